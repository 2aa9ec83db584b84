// Picks a reader by file extension; XLSX: src/io/xlsx/xlsx-table.ts (`file.xlsx#Sheet` picks a sheet).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { extname } from "node:path";
import { dataError, KpiError } from "../errors.js";
import { readCsvTable } from "./csv-table.js";
import { scanFile } from "./decode.js";
import { readJsonLinesTable, readJsonTable } from "./json-table.js";
import type { Table, TableFormat, TableOptions } from "./table.js";
import { readXlsxTable, splitSheetRef } from "./xlsx/xlsx-table.js";

type Reader = (file: string, options: TableOptions) => Promise<Table>;

const readers = {
  csv: async (file, options) => readCsvTable(file, await scanFile(file, options.encoding), options),
  tsv: async (file, options) => readCsvTable(file, await scanFile(file, options.encoding), options, "\t"),
  json: async (file, options) => readJsonTable(file, await scanFile(file, options.encoding), options),
  jsonl: async (file, options) => readJsonLinesTable(file, await scanFile(file, options.encoding), options),
  xlsx: readXlsxTable,
} satisfies Record<TableFormat, Reader>;

const EXTENSIONS = new Map<string, TableFormat>([
  [".csv", "csv"], [".txt", "csv"], [".tsv", "tsv"],
  [".json", "json"], [".jsonl", "jsonl"], [".ndjson", "jsonl"],
  [".xlsx", "xlsx"],
]);

export function formatOf(file: string): TableFormat {
  const ext = extname(splitSheetRef(file).file).toLowerCase();
  const format = EXTENSIONS.get(ext);
  if (format) return format;
  const hint = ext === ".xls" || ext === ".et"
    ? "save it as .xlsx or CSV"
    : "use .csv, .tsv, .txt, .json, .jsonl, .ndjson or .xlsx";
  throw dataError("unknown_format", `cannot tell the format of '${ext || "(no extension)"}' files`, { file }, hint);
}

/** Opens a data file: reads the header now; rows stream later (see Table). */
export async function openTable(path: string, options: TableOptions = {}): Promise<Table> {
  const format = formatOf(path);
  try {
    const info = await stat(splitSheetRef(path).file);
    if (info.isDirectory()) throw dataError("not_a_file", "is a directory, not a data file", { file: path });
  } catch (e) {
    if (e instanceof KpiError) throw e;
    throw fileError(e, path);
  }
  try {
    return await readers[format](path, options);
  } catch (e) {
    if (e instanceof KpiError || !isErrno(e)) throw e;
    throw fileError(e, path);
  }
}

/** Streaming SHA-256 of a file, for readers that do not scan the bytes themselves (XLSX). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string";
}

function fileError(e: unknown, file: string): KpiError {
  const code = isErrno(e) ? e.code : undefined;
  const reason = code === "ENOENT" ? "no such file" : code === "EACCES" || code === "EPERM" ? "permission denied" : (e as Error).message;
  return dataError(code === "ENOENT" ? "file_not_found" : "file_unreadable", reason, { file });
}
