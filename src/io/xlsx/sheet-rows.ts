// Streams a worksheet part as rows of plain cells (RELIABILITY 37):
// shared and inline strings (rich text → plain text, phonetic guides dropped) → string;
// numbers → number; date-formatted numbers → Excel serial in the 1900 system (wall clock, the
// 1904 system shifted by 1462 days) — never a JS Date; booleans → boolean; a formula → its cached
// result, or an error naming sheet!cell when there is none; error cells (#N/A…) → error.
// Hyperlink cells already hold their display text. Merged cells: only the top-left cell has a
// value, the others read as empty (as Excel stores them).
import type { Cell } from "../table.js";
import { decodeXstring, type SheetInfo, type WorkbookParts } from "./workbook-parts.js";
import { attr, XmlScanner } from "./xml-scanner.js";
import type { ZipFile } from "./zip-file.js";

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Sparse by 0-based column index. */
  cells: Cell[];
}

export type CellFailure = (code: string, message: string, row: number, col: number, hint?: string) => Error;

const DATE1904_OFFSET = 1462;
const MAX_COLUMNS = 16384;

export function columnLetters(col: number): string {
  let out = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper-case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

/**
 * batchSize 0: stop at the first row that has a value (the header), parsing nothing after it.
 * `columns` (1-based): read only these; other cells are not even evaluated, so an error cell
 * elsewhere on the sheet does not stop the read.
 */
export async function* readSheetRows(
  zip: ZipFile, parts: WorkbookParts, sheet: SheetInfo, fail: CellFailure, batchSize: number, columns?: ReadonlySet<number>,
  /** Error cells and formulas without a cached result read as empty instead of failing: for
   *  readers that only want some rows (the ratings of a filled workbook). */
  tolerant = false,
): AsyncGenerator<SheetRow[]> {
  const entry = sheet.part ? zip.entries.get(sheet.part) : undefined;
  if (!entry) throw fail("xlsx_damaged", `sheet '${sheet.name}' has no worksheet part`, 0, 0);
  let batch: SheetRow[] = [];
  let row: SheetRow | undefined;
  let lastRow = 0, col = 0, type = "n", style = 0, formula = false;
  let value: string | undefined, inline = "";
  let inV = false, inIs = false, inT = false, phonetic = 0;
  let stopped = false;

  const finishCell = () => {
    if (!row || (columns && !columns.has(col))) return;
    const cell = cellValue();
    if (cell !== null) row.cells[col - 1] = cell;
  };
  const cellValue = (): Cell => {
    const where = row!.row;
    if (tolerant && (type === "e" || (value === undefined && formula))) return null;
    if (type === "e") throw fail("xlsx_error_cell", `error value ${value ?? "#VALUE!"} in the cell`, where, col, "fix the formula or type the value");
    if (type === "inlineStr") return decodeXstring(inline);
    if (value === undefined) {
      if (formula) throw fail("xlsx_formula_no_result", "formula without a cached result", where, col,
        "the file was written by a program that does not calculate: open and save it in Excel or LibreOffice, or paste values");
      return null;
    }
    switch (type) {
      case "s": {
        const text = parts.sharedStrings[Number(value)];
        if (text === undefined) throw fail("xlsx_damaged", `shared string ${value} does not exist`, where, col);
        return text;
      }
      case "str": return decodeXstring(value);
      case "d": return value; // ISO 8601 text (strict OOXML); parsed like any timestamp text
      case "b": return value === "1" || value === "true";
      default: {
        const n = Number(value);
        if (value.trim() === "" || !Number.isFinite(n)) throw fail("xlsx_damaged", `"${value}" in a number cell`, where, col);
        return parts.date1904 && parts.dateStyles[style] ? n + DATE1904_OFFSET : n;
      }
    }
  };

  const scanner = new XmlScanner({
    open(name, a) {
      if (stopped) return;
      switch (name) {
        case "row": {
          const r = Number(attr(a, "r") ?? lastRow + 1);
          row = { row: r, cells: [] };
          lastRow = r;
          col = 0;
          break;
        }
        case "c": {
          const ref = attr(a, "r");
          col = ref ? columnOf(ref) : col + 1;
          if (col < 1 || col > MAX_COLUMNS) throw fail("xlsx_damaged", `bad cell reference '${ref}'`, row?.row ?? 0, 0);
          type = attr(a, "t") ?? "n";
          style = Number(attr(a, "s") ?? 0);
          formula = false;
          value = undefined;
          inline = "";
          break;
        }
        case "f": formula = true; break;
        case "v": inV = true; value = ""; break;
        case "is": inIs = true; break;
        case "t": inT = inIs; break;
        case "rPh": phonetic++; break;
      }
    },
    close(name) {
      if (stopped) return;
      switch (name) {
        case "v": inV = false; break;
        case "is": inIs = false; break;
        case "t": inT = false; break;
        case "rPh": phonetic--; break;
        case "c": finishCell(); break;
        case "row":
          if (row) batch.push(row);
          if (batchSize === 0 && row?.cells.some((c) => c !== null && c !== "")) stopped = true;
          row = undefined;
          break;
      }
    },
    wantText: () => !stopped && (inV || (inT && phonetic === 0)),
    text(t) {
      if (inV) value += t;
      else inline += t;
    },
  });

  for await (const chunk of zip.text(entry)) {
    try {
      scanner.push(chunk);
    } catch (error) {
      if (error instanceof Error && !("code" in error)) throw fail("xlsx_damaged", `sheet '${sheet.name}': ${error.message}`, row?.row ?? 0, 0);
      throw error;
    }
    if (stopped) return yield batch;
    if (batch.length >= batchSize) yield batch, (batch = []);
  }
  if (batch.length > 0) yield batch;
  try {
    scanner.end();
  } catch (error) {
    throw fail("xlsx_damaged", `sheet '${sheet.name}': ${(error as Error).message}`, lastRow, 0);
  }
}
