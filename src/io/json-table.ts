// JSON array of objects and JSON Lines. Keys live in a Map and cells in arrays: a key such as
// "__proto__" is never assigned into a plain object (RELIABILITY 18).
import { dataError, type Location } from "../errors.js";
import { advanceLines, findBadText, readAllText, readText, type FileScan } from "./decode.js";
import { BATCH_ROWS, buildHeader, type Cell, type Table, type TableOptions, type TableRow } from "./table.js";

type Where = Location & { line: number };

/** Where a JSON.parse error points, when V8 says "at position N" (it does not always). */
function syntaxError(e: unknown, text: string, at: Where): Error {
  const message = (e as Error).message ?? String(e);
  const pos = /at position (\d+)/.exec(message);
  let { line, column } = at;
  if (pos) {
    const moved = advanceLines(text.slice(0, Number(pos[1])), line);
    [line, column] = moved.line === line ? [line, (column ?? 1) + moved.column - 1] : [moved.line, moved.column];
  }
  return dataError("json_syntax", `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`, { file: at.file, line, column });
}

function kindOf(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : typeof v;
}

/** Cells of one parsed record; a key not in `keys` yet is added (first-seen order). */
function toCells(value: unknown, keys: Map<string, number>, at: Where, recordText: string): Cell[] {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw dataError("json_not_object", `expected an object per record, found ${kindOf(value)}`, at);
  const record = value as Record<string, unknown>;
  const cells: Cell[] = new Array<Cell>(keys.size).fill(null);
  for (const key of Object.keys(record)) {
    let k = keys.get(key);
    if (k === undefined) keys.set(key, (k = keys.size));
    const v = record[key]; // an own property even for "__proto__": JSON.parse defines, never assigns
    if (v !== null && typeof v === "object") throw notScalar(key, v, at, recordText);
    if (typeof v === "number" && !Number.isSafeInteger(v) && Number.isInteger(v))
      throw dataError("json_unsafe_number", `${v} is beyond 2^53 and lost digits when parsed`, { ...at, field: key }, "write long IDs as strings");
    cells[k] = v as Cell;
  }
  return cells;
}

function notScalar(key: string, v: unknown, at: Where, recordText: string) {
  // Point at the key when it is written plainly; else at the record.
  const offset = recordText.indexOf(JSON.stringify(key));
  const where = offset < 0 ? at : { ...at, ...advanceLines(recordText.slice(0, offset), at.line) };
  if (where.line === at.line && offset >= 0) where.column = (at.column ?? 1) + offset;
  // {"tickets": [{…}, …]}: the records wrapped in an object, a common API export shape.
  const wrapped = Array.isArray(v) && v.length > 0 && v.every((item) => item !== null && typeof item === "object" && !Array.isArray(item));
  return dataError("json_not_scalar", `${kindOf(v)} where a string, number, boolean or null was expected`, { ...where, field: key },
    wrapped
      ? `the records look wrapped in an object under "${key}": give kpi the array itself (a JSON array of objects) or JSON Lines`
      : "flatten the export: one scalar value per field");
}

function checkText(text: string, at: Where, encoding: string): void {
  const bad = findBadText(text, encoding);
  if (!bad) return;
  const { line, column } = advanceLines(text.slice(0, bad.index), at.line);
  throw dataError(bad.code, bad.message, { file: at.file, line, column: line === at.line ? (at.column ?? 1) + column - 1 : column }, bad.hint);
}

function makeTable(file: string, format: "json" | "jsonl", scan: FileScan, keys: Map<string, number>, rest: Pick<Table, "rows" | "stats">): Table {
  return { file, format, encoding: scan.encoding, header: buildHeader([...keys.keys()]), sha256: async () => scan.sha256, ...rest };
}

function padded(batch: TableRow[], width: number): TableRow[] {
  for (const row of batch) while (row.cells.length < width) row.cells.push(null);
  return batch;
}

const noRecords = (file: string) => dataError("empty_file", "no records: the file is empty", { file }, "export the data again");
const noData = (file: string) => dataError("no_data_rows", "no data rows", { file }, "an empty input is accepted with --allow-empty");

const MAX_JSON_BYTES = 500_000_000; // below V8's longest string

/** .json: a JSON array of objects, or JSON Lines when the first character is "{". Read whole. */
export async function readJsonTable(file: string, scan: FileScan, options: TableOptions): Promise<Table> {
  if (scan.size > MAX_JSON_BYTES)
    throw dataError("file_too_large", `a JSON array over ${MAX_JSON_BYTES} bytes cannot be read whole`, { file }, "export JSON Lines (.jsonl) instead");
  const text = await readAllText(file, scan);
  checkText(text, { file, line: 1 }, scan.encoding);
  const first = text.search(/\S/);
  if (first < 0) throw noRecords(file);
  if (text[first] === "{") return readJsonLinesFrom(file, scan, options, async function* () { yield text; }, "json");
  if (text[first] !== "[")
    throw dataError("json_syntax", "expected a JSON array of objects, or JSON Lines", { file, ...advanceLines(text.slice(0, first), 1) });
  const keys = new Map<string, number>();
  const all: TableRow[] = [];
  for (const { start, end, line, column } of arrayElements(text, first, file)) {
    const at = { file, line, column };
    const slice = text.slice(start, end);
    let value: unknown;
    try {
      value = JSON.parse(slice);
    } catch (e) {
      throw syntaxError(e, slice, at);
    }
    all.push({ line, physicalLine: line, cells: toCells(value, keys, at, slice) });
  }
  if (all.length === 0 && !options.allowEmpty) throw noData(file);
  padded(all, keys.size);
  let stats = { rows: 0, blankRows: 0 };
  async function* rows(): AsyncGenerator<TableRow[]> {
    stats = { rows: 0, blankRows: 0 };
    for (let i = 0; i < all.length; i += BATCH_ROWS) yield all.slice(i, i + BATCH_ROWS);
    stats = { rows: all.length, blankRows: 0 };
  }
  return makeTable(file, "json", scan, keys, { rows, stats: () => ({ ...stats }) });
}

/** Spans of the top-level array's elements, with their start line and column. */
function* arrayElements(text: string, open: number, file: string): Generator<{ start: number; end: number; line: number; column: number }> {
  const n = text.length;
  const opened = advanceLines(text.slice(0, open), 1);
  let i = open + 1, line = opened.line, lineStart = open - opened.column + 1;
  const here = () => ({ file, line, column: i - lineStart + 1 });
  const skipSpace = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i))
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++, (lineStart = i + 1);
  };
  skipSpace();
  if (text.charCodeAt(i) === 93) i++;
  else
    for (;;) {
      skipSpace();
      const start = i, startLine = line, column = i - lineStart + 1;
      for (let depth = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 34) {
          // Skip the string; a quote preceded by an odd number of backslashes is escaped.
          for (let q = text.indexOf('"', i + 1); ; q = text.indexOf('"', q + 1)) {
            if (q < 0) throw dataError("json_syntax", "string never closed", here());
            let b = q - 1;
            while (text.charCodeAt(b) === 92) b--;
            if ((q - 1 - b) % 2 === 0) { i = q; break; }
          }
        } else if (c === 123 || c === 91) depth++;
        else if ((c === 125 || c === 93) && depth > 0) depth--;
        else if (depth === 0 && (c === 44 || c === 93 || c === 125)) break;
        else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++, (lineStart = i + 1);
      }
      if (i >= n) throw dataError("json_syntax", "the array is never closed with ']'", here());
      if (i === start) throw dataError("json_syntax", "missing array element (a trailing comma?)", here());
      yield { start, end: i, line: startLine, column };
      const c = text.charCodeAt(i);
      if (c === 125) throw dataError("json_syntax", "unexpected '}'", here());
      i++;
      if (c === 93) break;
    }
  skipSpace();
  if (i < n) throw dataError("json_syntax", "unexpected text after the array", here());
}

/** .jsonl / .ndjson: one object per line, blank lines skipped; two streaming passes (keys, then rows). */
export async function readJsonLinesTable(file: string, scan: FileScan, options: TableOptions): Promise<Table> {
  return readJsonLinesFrom(file, scan, options, () => readText(file, scan), "jsonl");
}

async function readJsonLinesFrom(file: string, scan: FileScan, options: TableOptions, source: () => AsyncIterable<string>,
  format: "json" | "jsonl"): Promise<Table> {
  const keys = new Map<string, number>();
  let stats = { rows: 0, blankRows: 0 };
  async function* parse(collect: boolean): AsyncGenerator<TableRow[]> {
    const counts = { rows: 0, blankRows: 0 };
    if (!collect) stats = counts;
    const fixed = new Map(keys);
    for await (const { first, lines } of splitLines(source(), file, scan.encoding)) {
      const batch: TableRow[] = [];
      lines.forEach((text, k) => {
        const line = first + k, at = { file, line, column: 1 };
        if (text.charCodeAt(0) !== 123 && text.trim() === "") return void counts.blankRows++;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (e) {
          throw syntaxError(e, text, at);
        }
        counts.rows++;
        const cells = toCells(value, collect ? keys : fixed, at, text);
        if (!collect) batch.push({ line, physicalLine: line, cells });
      });
      if (!collect && batch.length > 0) yield padded(batch, fixed.size);
    }
    if (counts.rows === 0 && counts.blankRows === 0) throw noRecords(file);
    if (counts.rows === 0 && !options.allowEmpty) throw noData(file);
  }
  for await (const _ of parse(true));
  return makeTable(file, format, scan, keys, { rows: () => parse(false), stats: () => ({ ...stats }) });
}

const EOL = /\r\n|\r|\n/;

/** Physical lines in batches, checked for damaged text; a "\r" at a chunk end waits for a possible "\n". */
async function* splitLines(chunks: AsyncIterable<string>, file: string, encoding: string): AsyncGenerator<{ first: number; lines: string[] }> {
  let carry = "", next = 1;
  for await (const chunk of chunks) {
    const text = carry + chunk;
    checkText(text, { file, line: next }, encoding);
    const lines = text.split(EOL);
    carry = lines.pop()!;
    if (carry === "" && text.endsWith("\r")) carry = lines.pop()! + "\r";
    if (lines.length > 0) yield { first: next, lines }, (next += lines.length);
  }
  const lines = carry.split(EOL);
  if (lines.at(-1) === "") lines.pop();
  if (lines.length > 0) yield { first: next, lines };
}
