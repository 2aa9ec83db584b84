import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { KpiError, type Location } from "../../src/errors.js";
import { openTable } from "../../src/io/open-table.js";
import type { TableOptions, TableRow } from "../../src/io/table.js";

export const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/io/${name}`, import.meta.url));

const dir = mkdtempSync(join(tmpdir(), "kpi-io-"));
let count = 0;
/** Writes bytes or text to a fresh temporary file with the given extension. */
export function tempFile(content: string | Uint8Array, ext = ".csv"): string {
  const file = join(dir, `t${++count}${ext}`);
  writeFileSync(file, content);
  return file;
}

export async function readAll(file: string, options: TableOptions = {}) {
  const table = await openTable(file, options);
  const rows: TableRow[] = [];
  for await (const batch of table.rows()) rows.push(...batch);
  return { table, rows, cells: rows.map((r) => r.cells), stats: table.stats() };
}

/** The KpiError a promise rejects with (code + location), or a failure. */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; hint?: string; message: string } & Partial<Location>> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof KpiError) return { code: e.code, message: e.message, hint: e.hint, ...e.location };
    throw e;
  }
  throw new Error("expected a KpiError, nothing was thrown");
}
