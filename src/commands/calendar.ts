// `kpi calendar`: "why was this ticket late?" — the working time between two instants under the
// rubric's business calendar, and the days it skipped.
import { Option, type Command } from "commander";
import { z } from "zod";
import { usageError } from "../errors.js";

export const calendarOptionsSchema = z.object({
  rubric: z.string(),
  from: z.string(),
  to: z.string(),
  target: z.string().optional(),
  format: z.enum(["text", "json"]).default("text"),
});

export function registerCalendarCommand(program: Command): void {
  program
    .command("calendar")
    .description("show the business time between two timestamps under a rubric's calendar, day by day")
    .requiredOption("-r, --rubric <file>", "rubric whose calendar and timezone apply")
    .requiredOption("--from <timestamp>", "start, e.g. ticket created_at: \"2026-09-30 17:00\"")
    .requiredOption("--to <timestamp>", "end, e.g. its resolved_at: \"2026-10-09 10:00\"")
    .option("--target <duration>", "compare with an SLA target in business time, e.g. 1d or 4h")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText(
      "after",
      `
Examples:
  $ kpi calendar -r examples/business-hours.rubric.yaml --from "2026-09-30 17:00" --to "2026-10-09 10:00"
  $ kpi calendar -r rubric.yaml --from 2026-10-09T16:30:00+08:00 --to "2026-10-12 10:00" --target 1d
  $ kpi calendar -r rubric.yaml --from "2026-10-09 16:30" --to "2026-10-12 10:00" --format json`,
    )
    .action(async (raw: Record<string, unknown>) => {
      const parsed = calendarOptionsSchema.safeParse(raw);
      if (!parsed.success) throw usageError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
      const options = parsed.data;
      const [{ loadRubricFile }, { parseDefaultTimestamp }, { explainInterval }, { createClock }, { durationMs }, { renderCalendarReport }, { colorsFor }] =
        await Promise.all([
          import("../io/rubric-file.js"),
          import("../core/timestamp.js"),
          import("../core/calendar/explain-interval.js"),
          import("../core/calendar/business-calendar.js"),
          import("../core/duration.js"),
          import("../render/calendar-report.js"),
          import("../render/colors.js"),
        ]);
      const { rubric } = await loadRubricFile(options.rubric);
      const timeZone = rubric.timezone ?? "UTC";
      const instant = (text: string, flag: string) => {
        const at = parseDefaultTimestamp(text, timeZone);
        if (Number.isNaN(at)) throw usageError(`${flag} '${text}' is not a timestamp`, 'e.g. "2026-10-09 16:30" or 2026-10-09T16:30:00+08:00');
        return at;
      };
      const start = instant(options.from, "--from");
      const end = instant(options.to, "--to");
      if (end < start) throw usageError("--to is before --from");
      const clock = createClock("business", rubric.calendar, timeZone);
      let target: { text: string; ms: number } | undefined;
      if (options.target !== undefined) {
        try {
          target = { text: options.target, ms: durationMs(options.target, clock) };
        } catch {
          throw usageError(`--target '${options.target}' is not a duration`, "e.g. 30m, 4h, 1d");
        }
      }
      const explanation = explainInterval({ calendar: rubric.calendar, timeZone }, start, end);
      if (options.format === "json") {
        // snake_case like the score result's JSON (as_of, sha256).
        const json = {
          from: options.from, to: options.to, timezone: timeZone, day_ms: clock.dayMs,
          working_ms: explanation.workingMs, wall_ms: explanation.wallMs,
          days: explanation.days.map(({ workingMs, ...day }) => ({ ...day, working_ms: workingMs })),
          uncovered_years: explanation.uncoveredYears,
          ...(target ? { target: { text: target.text, ms: target.ms, met: explanation.workingMs <= target.ms } } : {}),
        };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      const hours = rubric.calendar?.hours ?? ["09:00-18:00"];
      process.stdout.write(renderCalendarReport({ explanation, from: options.from, to: options.to, timeZone, hours, dayMs: clock.dayMs, target }, colorsFor(process.stdout)));
    });
}
