// Typed values from cells, with errors that name file, row and column (§2.2, §8).
import { parseBooleanCell, parseNumberCell } from "../core/number-cell.js";
import { createTimestampParser, excelSerialToInstant } from "../core/timestamp.js";
import { localDate } from "../core/zone.js";
import { dataError } from "../errors.js";
import type { Cell, Table, TableRow } from "./table.js";

const SCIENTIFIC = /^\d(\.\d+)?E\+\d+$/i;

export interface CellParserOptions {
  timeZone: string;
  dateFormats: string[];
  missing: string[];
}

export class CellParser {
  private readonly missing: Set<string>;
  private readonly parseTimestamp: (text: string) => number;
  private lastText = "";
  private lastInstant = Number.NaN;

  constructor(
    private readonly table: Pick<Table, "file" | "format" | "header">,
    private readonly options: CellParserOptions,
  ) {
    this.missing = new Set(options.missing.map((m) => m.trim()));
    this.parseTimestamp = createTimestampParser(options.timeZone, options.dateFormats);
  }

  /** Trimmed text, or undefined for an empty or "missing" cell. */
  text(row: TableRow, index: number | undefined): string | undefined {
    if (index === undefined) return undefined;
    const cell: Cell | undefined = row.cells[index];
    if (cell === null || cell === undefined || cell === "") return undefined;
    const text = typeof cell === "string" ? trimIfNeeded(cell) : String(cell);
    if (text.length === 0 || (this.missing.size > 0 && this.missing.has(text))) return undefined;
    return text;
  }

  /** An id cell; `1.23457E+17` is an 18-digit id that Excel turned into a number: lost digits. */
  id(row: TableRow, index: number | undefined): string | undefined {
    const text = this.text(row, index);
    // The cheap "E+" look-up first: this runs on two cells of every ticket row.
    if (text !== undefined && (text.includes("E+") || text.includes("e+")) && SCIENTIFIC.test(text)) {
      throw this.error(row, index!, "id_mangled", `"${text}" looks like an id Excel turned into a number (digits are lost)`,
        "format the id column as Text in Excel before exporting, or export from the source system directly");
    }
    return text;
  }

  /** Epoch ms; NaN when empty. A value that is not a timestamp is an error. */
  timestamp(row: TableRow, index: number | undefined): number {
    if (index === undefined) return Number.NaN;
    const cell = row.cells[index];
    if (typeof cell === "number" && this.table.format === "xlsx") {
      const at = excelSerialToInstant(cell, this.options.timeZone);
      if (!Number.isNaN(at)) return at;
    }
    const text = this.text(row, index);
    if (text === undefined) return Number.NaN;
    const at = this.parseTimestamp(text);
    if (Number.isNaN(at)) {
      const formats = this.options.dateFormats.length > 0 ? `${this.options.dateFormats.join(", ")} or ` : "";
      throw this.error(row, index, "bad_timestamp", `"${text}" is not a timestamp`,
        `expected ${formats}2026-10-08 09:15, 2026-10-08T09:15:00+08:00 or 2026/10/08 09:15; set inputs.<kind>.date_format for other layouts`);
    }
    return at;
  }

  /** YYYY-MM-DD local date (roster dates). */
  date(row: TableRow, index: number | undefined): string | undefined {
    const at = this.timestamp(row, index);
    return Number.isNaN(at) ? undefined : localDate(this.options.timeZone, at);
  }

  number(row: TableRow, index: number | undefined): number | undefined {
    if (index === undefined) return undefined;
    const cell = row.cells[index];
    if (typeof cell === "number") return Number.isFinite(cell) ? cell : this.badNumber(row, index, String(cell));
    const text = this.text(row, index);
    if (text === undefined) return undefined;
    const value = parseNumberCell(text);
    return Number.isNaN(value) ? this.badNumber(row, index, text) : value;
  }

  /** A whole number ≥ 0 (reopen_count). */
  count(row: TableRow, index: number | undefined): number | undefined {
    const value = this.number(row, index);
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw this.error(row, index!, "bad_count", `"${this.text(row, index)}" is not a count`, "a count is a whole number, 0 or more");
    }
    return value;
  }

  boolean(row: TableRow, index: number | undefined): boolean | undefined {
    if (index === undefined) return undefined;
    const cell = row.cells[index];
    if (typeof cell === "boolean") return cell;
    const text = this.text(row, index);
    if (text === undefined) return undefined;
    const value = parseBooleanCell(text);
    if (value === undefined) {
      throw this.error(row, index, "bad_boolean", `"${text}" is not true/false`, "write true/false, yes/no, 1/0 or 是/否");
    }
    return value;
  }

  private badNumber(row: TableRow, index: number, text: string): never {
    throw this.error(row, index, "bad_number", `"${text}" is not a number`,
      "numbers may be written 12, 3.5, 1,234, 90% or 90分; other text is not guessed");
  }

  error(row: TableRow, index: number, code: string, message: string, hint?: string) {
    return dataError(code, message, { file: this.table.file, line: row.line, column: index + 1, field: this.table.header.names[index] }, hint);
  }
}

/** Most cells have no surrounding blanks: skip the allocation of trim() for them. */
function trimIfNeeded(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && last > 32 && first !== 0xa0 && last !== 0xa0 && first !== 0x3000 && last !== 0x3000 ? text : text.trim();
}

/**
 * A copy of a cell's text that does not keep the reader's 64 KB text chunk alive: V8 makes
 * strings of 13+ characters cut from a larger one point into it. Used for values kept for the
 * whole run (ticket ids), so a million tickets do not pin the whole file in memory.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}
