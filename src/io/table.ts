// The shape every reader (CSV, TSV, JSON, JSON Lines, later XLSX) returns: header + batches of cells.
export type Cell = string | number | boolean | null;

export interface TableOptions {
  /** Forced encoding label (e.g. "gb18030", "utf-16le"); default: detected (spec §2.2). */
  encoding?: string;
  /** "," ";" "\t" (or "tab") or any single character; default or "auto": detected from the header. */
  delimiter?: string;
  /** A header without data rows is not an error; check `stats().rows === 0` yourself. */
  allowEmpty?: boolean;
  /** Input kind ("tickets", "surveys", …); informational. */
  kind?: string;
  /** Longest CSV record accepted, in characters (RELIABILITY 17). Default 16 Mi. */
  maxRecordChars?: number;
}

export interface HeaderInfo {
  /** As written in the file. */
  names: string[];
  /** NFKC, zero-width characters removed, whitespace collapsed and trimmed: for matching. */
  normalized: string[];
  /** Names equal after normalisation; positions are 0-based indices into `names` (and cells). */
  duplicates: { name: string; positions: number[] }[];
  /** 0-based indices of names that are empty after normalisation. */
  empty: number[];
}

export interface TableRow {
  /** CSV: spreadsheet row number (header = 1, counting records, blank ones too). JSON: as physicalLine. */
  line: number;
  /** Physical line where the record starts: use it in file:line messages. */
  physicalLine: number;
  /** Aligned with header.names. */
  cells: Cell[];
}

export type TableFormat = "csv" | "tsv" | "json" | "jsonl" | "xlsx";

export interface Table {
  file: string;
  format: TableFormat;
  /** Detected ("utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030") or the forced label. */
  encoding: string;
  delimiter?: string;
  header: HeaderInfo;
  /** Batches of rows; each call reads the file again from the start. */
  rows(): AsyncIterable<TableRow[]>;
  /** Valid after rows() is exhausted. */
  stats(): { rows: number; blankRows: number };
  sha256(): Promise<string>;
}

/** Rows per yielded batch: measured, bigger batches survive more scavenges and cost more GC than they save. */
export const BATCH_ROWS = 1024;

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /\s+/g;

export function normalizeHeaderName(name: string): string {
  return name.normalize("NFKC").replace(ZERO_WIDTH, "").replace(SPACES, " ").trim();
}

export function buildHeader(names: string[]): HeaderInfo {
  const normalized = names.map(normalizeHeaderName);
  const seen = new Map<string, number[]>();
  const empty: number[] = [];
  normalized.forEach((name, i) => {
    if (name === "") return void empty.push(i);
    const positions = seen.get(name);
    if (positions) positions.push(i);
    else seen.set(name, [i]);
  });
  const duplicates = [...seen].filter(([, p]) => p.length > 1).map(([name, positions]) => ({ name, positions }));
  return { names, normalized, duplicates, empty };
}
