// The options every command that scores shares (score, explain): rubric, data files, period.
import type { Command } from "commander";
import { z } from "zod";
import { usageError } from "../errors.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const inputOptionsSchema = z.object({
  rubric: z.string({ error: "--rubric is required" }),
  tickets: z.array(z.string()).default([]),
  surveys: z.array(z.string()).default([]),
  records: z.array(z.string()).default([]),
  roster: z.array(z.string()).default([]),
  events: z.array(z.string()).default([]),
  manual: z.array(z.string()).default([]),
  period: z.string({ error: "--period is required" }),
  asOf: z.string().optional(),
  strictRoster: z.boolean().default(false),
  dirs: z.array(z.string()).default([]),
});

export function addInputOptions(command: Command): Command {
  return command
    .argument("[dir...]", "directories holding tickets.*, surveys.*, records.*, roster.*, events.*")
    .requiredOption("-r, --rubric <file>", "rubric file (YAML or JSON)")
    .option("-t, --tickets <file>", "ticket export (CSV, TSV, JSON, JSON Lines, XLSX); repeatable", collect)
    .option("-s, --surveys <file>", "survey results; repeatable", collect)
    .option("--records <file>", "per-person records (training, certifications, ratings); repeatable", collect)
    .option("--roster <file>", "people: person, name, role, team, bonus_base, start_date, end_date", collect)
    .option("--events <file>", "ticket events, to derive the first human response; repeatable", collect)
    .option("--manual <file>", "a filled appraisal workbook (.xlsx): its ratings of manual indicators count; repeatable", collect)
    .option("-p, --period <period>", "2026-10 | 2026-Q4 | 2026 | 2026-10-05..2026-10-18 (required)")
    .option("--as-of <timestamp>", "open tickets are judged at this instant (default: end of period)")
    .option("--strict-roster", "an assignee missing from the roster is an error, not a warning", false);
}

/** Parses commander's options with a schema; every problem is a usage error (exit 2). */
export function parseWith<T extends z.ZodType>(schema: T, raw: Record<string, unknown>): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const hint = parsed.error.issues.some((i) => i.path[0] === "period") ? "e.g. --period 2026-10 (a month), 2026-Q4, 2026 or 2026-10-05..2026-10-18" : undefined;
    throw usageError(parsed.error.issues.map((i) => i.message).join("; "), hint);
  }
  return parsed.data;
}
