// `kpi score`: options -> readers -> pure core -> writer. Thin wiring only.
import { Command, Option } from "commander";
import { z } from "zod";
import { usageError } from "../errors.js";
import { FORMAT_NAMES, formatFromPath, type Format } from "../render/format-names.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const scoreOptionsSchema = z.object({
  rubric: z.string({ error: "--rubric is required" }),
  tickets: z.array(z.string()).default([]),
  surveys: z.array(z.string()).default([]),
  records: z.array(z.string()).default([]),
  roster: z.array(z.string()).default([]),
  events: z.array(z.string()).default([]),
  period: z.string().optional(),
  asOf: z.string().optional(),
  format: z.enum(FORMAT_NAMES).optional(),
  out: z.string().optional(),
  bom: z.boolean().default(false),
  strictRoster: z.boolean().default(false),
  force: z.boolean().default(false),
  lang: z.enum(["zh", "en"]).default("zh"),
  dirs: z.array(z.string()).default([]),
});

export function registerScoreCommand(program: Command): void {
  program
    .command("score")
    .description("score people from a month's exports against a rubric")
    .argument("[dir...]", "directories holding tickets.*, surveys.*, records.*, roster.*, events.*")
    .requiredOption("-r, --rubric <file>", "rubric file (YAML or JSON)")
    .option("-t, --tickets <file>", "ticket export (CSV, TSV, JSON, JSON Lines); repeatable", collect)
    .option("-s, --surveys <file>", "survey results; repeatable", collect)
    .option("--records <file>", "per-person records (training, certifications, ratings); repeatable", collect)
    .option("--roster <file>", "people: person, name, role, team, bonus_base, start_date, end_date", collect)
    .option("--events <file>", "ticket events, to derive the first human response; repeatable", collect)
    .option("-p, --period <period>", "2026-10 | 2026-Q4 | 2026 | 2026-10-05..2026-10-18 (required)")
    .option("--as-of <timestamp>", "open tickets are judged at this instant (default: end of period)")
    .addOption(new Option("-f, --format <format>", "output format (default: table, or from --out's extension)").choices(FORMAT_NAMES))
    .option("-o, --out <file>", "write to a file instead of stdout")
    .option("--force", "replace the --out file if it exists", false)
    .option("--bom", "CSV: start with a UTF-8 byte-order mark so Excel reads Chinese text", false)
    .option("--strict-roster", "an assignee missing from the roster is an error, not a warning", false)
    .addOption(new Option("--lang <lang>", "wording of the xlsx workbook").choices(["zh", "en"]).default("zh"))
    .addHelpText(
      "after",
      `
Examples:
  $ kpi score --rubric examples/support-dept.rubric.yaml examples/2026-10 --period 2026-10
  $ kpi score -r rubric.yaml -t tickets.csv -s surveys.csv --roster roster.csv -p 2026-Q4 --format json
  $ kpi score -r rubric.yaml data/ -p 2026-10 --out ratings.csv --bom
  $ kpi score -r rubric.yaml data/ -p 2026-10 --out appraisal-2026-10.xlsx --lang zh
  $ kpi score -r rubric.yaml data/ -p 2026-10 --as-of "2026-11-03 18:00" --format json | jq '.people[0]'

Exit codes: 0 success (also with warnings) · 1 invalid rubric or data · 2 usage error · 3 bug`,
    )
    .action(async (dirs: string[], raw: Record<string, unknown>) => {
      const options = parseOptions({ ...raw, dirs });
      // Heavy modules load here, so `kpi --help` and `kpi check` start fast.
      const [{ findInputs }, { runScore }, { renderResult }, { writeOutput }, { colorsFor }, { renderRunSummary }] = await Promise.all([
        import("../io/find-inputs.js"),
        import("../run-score.js"),
        import("../render/formats.js"),
        import("../io/write-output.js"),
        import("../render/colors.js"),
        import("../render/run-summary.js"),
      ]);
      const files = await findInputs(options.dirs, options);
      const format: Format = options.format ?? (options.out ? formatFromPath(options.out) : undefined) ?? "table";
      if (format === "xlsx" && (options.out ?? "-") === "-" && process.stdout.isTTY) throw usageError("--format xlsx writes a binary workbook: give --out FILE.xlsx", "or redirect stdout to a file");
      const { result, rubric } = await runScore({
        rubricPath: options.rubric,
        files,
        period: options.period!,
        asOf: options.asOf,
        strictRoster: options.strictRoster,
        progress: format !== "json" && process.stderr.isTTY ? (line) => process.stderr.write(`\r${line}\x1b[K`) : undefined,
      });
      const output = await renderResult(format, result, rubric, { bom: options.bom, colors: colorsFor(process.stdout), toTerminal: !options.out, lang: options.lang });
      await writeOutput(output, options.out, options.force);
      process.stderr.write(renderRunSummary(result, colorsFor(process.stderr)));
    });
}

function parseOptions(raw: Record<string, unknown>) {
  const parsed = scoreOptionsSchema.safeParse(raw);
  if (!parsed.success) throw usageError(parsed.error.issues.map((i) => i.message).join("; "));
  if (!parsed.data.period) throw usageError("--period is required", "e.g. --period 2026-10 (a month), 2026-Q4, 2026 or 2026-10-05..2026-10-18");
  return parsed.data;
}
