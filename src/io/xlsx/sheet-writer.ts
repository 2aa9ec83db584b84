// The only way workbook code puts values into cells (RELIABILITY 3, 34, 35, 51):
// - text from data is always a plain string with the Text number format "@". A string cell is
//   never evaluated, and "@" keeps it text when someone edits it (F2, Enter), so "=1+1" or "＋86…"
//   stays as written — the raw string, no apostrophe (unlike CSV, where sanitizeCell prefixes one);
// - control characters and ANSI escapes are removed (XML cannot hold most of them) and counted;
// - numbers must be finite; formulas are built here from cell addresses only, never from data.
// Styles are cached objects shared by many cells, so a style is never mutated after creation.
import type { Style, Worksheet } from "exceljs";

/** Has CJK glyphs on Windows and macOS Office; Excel substitutes (e.g. SimSun) where missing. */
export const FONT_NAME = "Microsoft YaHei";
const GB2312_CHARSET = 134;
const MAX_CELL_TEXT = 32767;
// eslint-disable-next-line no-control-regex
const UNWANTED = /\x1b\[[0-9;?]*[ -/]*[@-~]|[\u0000-\u0008\u000b-\u001f\u007f]/g;

export interface Look {
  bold?: boolean;
  size?: number;
  numFmt?: string;
  /** ARGB background, e.g. "FFEFEFEF". */
  fill?: string;
  h?: "left" | "center" | "right";
  v?: "top" | "middle";
  wrap?: boolean;
  border?: boolean;
}

export const HEADER: Look = { bold: true, fill: "FFDDEBF7", h: "center", v: "middle", wrap: true, border: true };
export const BOXED: Look = { border: true, v: "middle" };

const thin = { style: "thin", color: { argb: "FF808080" } } as const;

export class SheetWriter {
  /** Control characters and escape sequences removed from text, for the Warnings sheet. */
  removedControlChars = 0;
  private readonly styles = new Map<string, Partial<Style>>();
  // Most looks are module constants: resolving them by identity keeps 2,000 sheets fast.
  private readonly byLook = new WeakMap<Look, Partial<Style>>();
  private readonly asText = new WeakMap<Look, Partial<Style>>();

  style(look: Look): Partial<Style> {
    const known = this.byLook.get(look);
    if (known) return known;
    const key = `${look.bold}|${look.size}|${look.numFmt}|${look.fill}|${look.h}|${look.v}|${look.wrap}|${look.border}`;
    let style = this.styles.get(key);
    if (!style) {
      style = {
        font: { name: FONT_NAME, size: look.size ?? 10, bold: look.bold ?? false, family: 2, charset: GB2312_CHARSET },
        // no horizontal alignment unless asked: text left, numbers right, as Excel does
        alignment: { ...(look.h ? { horizontal: look.h } : {}), vertical: look.v ?? "middle", wrapText: look.wrap ?? false },
        ...(look.numFmt ? { numFmt: look.numFmt } : {}),
        ...(look.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: look.fill } } } : {}),
        ...(look.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
      } as Partial<Style>;
      this.styles.set(key, style);
    }
    this.byLook.set(look, style);
    return style;
  }

  private textStyle(look: Look): Partial<Style> {
    let style = this.asText.get(look);
    if (!style) this.asText.set(look, (style = this.style({ ...look, numFmt: "@" })));
    return style;
  }

  cleanText(text: string): string {
    let out = text.replace(UNWANTED, () => (this.removedControlChars++, ""));
    if (out.length > MAX_CELL_TEXT) out = `${out.slice(0, MAX_CELL_TEXT - 1)}…`;
    return out;
  }

  text(ws: Worksheet, row: number, col: number, value: string | null | undefined, look: Look = {}): void {
    const cell = ws.getRow(row).getCell(col);
    if (value !== null && value !== undefined && value !== "") cell.value = this.cleanText(String(value));
    cell.style = this.textStyle(look);
  }

  number(ws: Worksheet, row: number, col: number, value: number | null | undefined, look: Look = {}): void {
    const cell = ws.getRow(row).getCell(col);
    if (value !== null && value !== undefined) cell.value = finite(value, ws, row, col);
    cell.style = this.style(look);
  }

  /** A text result ("" for "no points") is cached as text; the look must not be Text ("@"), or an edit turns the formula into text. */
  formula(ws: Worksheet, row: number, col: number, formula: string, result: number | string, look: Look = {}): void {
    const cell = ws.getRow(row).getCell(col);
    cell.value = { formula, result: typeof result === "number" ? finite(result, ws, row, col) : this.cleanText(result) };
    cell.style = this.style(look);
  }

  /** Style only (borders of empty boxes, merged areas). */
  blank(ws: Worksheet, row: number, col: number, look: Look): void {
    ws.getRow(row).getCell(col).style = this.style(look);
  }

  /** Merge a range; exceljs gives every merged cell the top-left cell's value and style. */
  merge(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
  }
}

function finite(value: number, ws: Worksheet, row: number, col: number): number {
  if (!Number.isFinite(value)) throw new Error(`internal: ${value} for ${ws.name}!${ws.getCell(row, col).address}`);
  return value;
}

/** A1-style address, e.g. (2, 3) → "C2"; `absolute` gives "$C$2". */
export function addressOf(row: number, col: number, absolute = false): string {
  let letters = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return absolute ? `$${letters}$${row}` : `${letters}${row}`;
}
