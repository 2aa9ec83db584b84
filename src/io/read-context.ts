import type { Rubric } from "../schema/rubric.js";
import type { Warnings } from "../core/warnings.js";
import type { InputKind } from "./fields.js";
import type { Table, TableRow } from "./table.js";

export interface ReadContext {
  rubric: Rubric;
  timeZone: string;
  warnings: Warnings;
  /** Non-canonical ticket fields some `where` needs, and roster fields a distribution groups by. */
  extraFields: Partial<Record<InputKind, string[]>>;
  /** Rows read so far in a file, every 100,000 rows or so (progress on a terminal). */
  onRows?: ((file: string, rows: number) => void) | undefined;
}

export interface ReadStats {
  rows: number;
  used: number;
  rejected: number;
}

export function inputSpec(rubric: Rubric, kind: InputKind) {
  return rubric.inputs?.[kind];
}

export function dateFormats(rubric: Rubric, kind: InputKind): string[] {
  const format = rubric.inputs?.[kind]?.date_format;
  return format === undefined ? [] : Array.isArray(format) ? format : [format];
}

const PROGRESS_EVERY = 100_000;

/** Walks every row of a table, calling `visit` which returns false for a rejected row. */
export async function eachRow(table: Table, visit: (row: TableRow) => boolean, onRows?: ReadContext["onRows"]): Promise<ReadStats> {
  const stats: ReadStats = { rows: 0, used: 0, rejected: 0 };
  let nextReport = PROGRESS_EVERY;
  for await (const batch of table.rows()) {
    for (const row of batch) {
      stats.rows++;
      if (visit(row)) stats.used++;
      else stats.rejected++;
    }
    if (onRows && stats.rows >= nextReport) {
      onRows(table.file, stats.rows);
      nextReport += PROGRESS_EVERY;
    }
  }
  return stats;
}
