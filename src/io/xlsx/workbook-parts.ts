// The workbook-level parts an XLSX reader needs before any sheet: sheet list (names, hidden
// state, part paths), the 1904 date system flag, which cell styles are dates, shared strings.
import { dataError } from "../../errors.js";
import { attr, XmlScanner, type XmlHandler } from "./xml-scanner.js";
import type { ZipFile } from "./zip-file.js";

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Zip entry of the worksheet part; undefined for chart sheets and broken links. */
  part: string | undefined;
}

export interface WorkbookParts {
  sheets: SheetInfo[];
  date1904: boolean;
  /** Per cell style index (the `s` attribute): does its number format show a date or time? */
  dateStyles: boolean[];
  sharedStrings: string[];
}

export async function readWorkbookParts(zip: ZipFile): Promise<WorkbookParts> {
  const bookPath = await officeDocumentPath(zip);
  const relsPath = bookPath.replace(/[^/]*$/, (name) => `_rels/${name}.rels`);
  const targets = new Map<string, string>();
  let styles: string | undefined, shared: string | undefined;
  await scan(zip, relsPath, (name, a) => {
    if (name !== "Relationship") return;
    const target = resolvePart(bookPath, attr(a, "Target") ?? "");
    const type = attr(a, "Type") ?? "";
    targets.set(attr(a, "Id") ?? "", target);
    if (type.endsWith("/styles")) styles = target;
    if (type.endsWith("/sharedStrings")) shared = target;
  });

  const sheets: SheetInfo[] = [];
  let date1904 = false;
  await scan(zip, bookPath, (name, a) => {
    if (name === "workbookPr") date1904 = /^(1|true)$/.test(attr(a, "date1904") ?? "");
    if (name !== "sheet") return;
    const part = targets.get(attr(a, "id") ?? "");
    const state = attr(a, "state");
    sheets.push({ name: attr(a, "name") ?? "", hidden: state === "hidden" || state === "veryHidden", part: part && /worksheets\//i.test(part) ? part : undefined });
  });
  return { sheets, date1904, dateStyles: styles ? await readDateStyles(zip, styles) : [], sharedStrings: shared ? await readSharedStrings(zip, shared) : [] };
}

/** xl/workbook.xml normally; the root relationships say where it really is. */
async function officeDocumentPath(zip: ZipFile): Promise<string> {
  let path: string | undefined;
  if (zip.entries.has("_rels/.rels")) {
    await scan(zip, "_rels/.rels", (name, a) => {
      if (name === "Relationship" && (attr(a, "Type") ?? "").endsWith("/officeDocument")) path ??= resolvePart("", attr(a, "Target") ?? "");
    });
  }
  path ??= "xl/workbook.xml";
  if (!zip.entries.has(path)) throw dataError("xlsx_damaged", "no workbook part inside the .xlsx file", { file: zip.file }, "is it really an Excel workbook? save it again as .xlsx");
  return path;
}

/** A relationship target relative to the part's folder, or absolute from the package root. */
export function resolvePart(fromPart: string, target: string): string {
  const parts = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

type OnOpen = (name: string, attrs: string) => void;

async function scan(zip: ZipFile, path: string, onOpen: OnOpen, text?: { want: () => boolean; text: (t: string) => void; close?: (name: string) => void }): Promise<void> {
  const entry = zip.entries.get(path);
  if (!entry) return;
  const handler: XmlHandler = {
    open: (name, attrs) => onOpen(name, attrs),
    close: (name) => text?.close?.(name),
    text: (t) => text?.text(t),
    wantText: () => text?.want() ?? false,
  };
  const scanner = new XmlScanner(handler);
  try {
    for await (const chunk of zip.text(entry)) scanner.push(chunk);
    scanner.end();
  } catch (error) {
    if (error instanceof Error && !("code" in error)) throw dataError("xlsx_damaged", `${path}: ${error.message}`, { file: zip.file });
    throw error;
  }
}

// Built-in number formats that show dates or times, including the CJK locale ids (27–36, 50–58).
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);

export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "") // literal text
    .replace(/\\./g, "") // escaped characters
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "") // colours, conditions, locales; keep [h] [mm] [ss]
    .split(";")[0]!;
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

async function readDateStyles(zip: ZipFile, path: string): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const dates: boolean[] = [];
  let inXfs = false;
  await scan(zip, path, (name, a) => {
    if (name === "numFmt") custom.set(Number(attr(a, "numFmtId")), attr(a, "formatCode") ?? "");
    else if (name === "cellXfs") inXfs = true;
    else if (name === "cellStyleXfs") inXfs = false;
    else if (name === "xf" && inXfs) {
      const id = Number(attr(a, "numFmtId") ?? 0);
      dates.push(custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATES.has(id));
    }
  }, { want: () => false, text: () => {}, close: (name) => void (name === "cellXfs" && (inXfs = false)) });
  return dates;
}

/** Plain text of each <si>: rich-text runs joined, phonetic guides (<rPh>) left out. */
async function readSharedStrings(zip: ZipFile, path: string): Promise<string[]> {
  const strings: string[] = [];
  let current = "";
  let inT = false, phonetic = 0;
  await scan(zip, path, (name) => {
    if (name === "si") current = "";
    else if (name === "t") inT = true;
    else if (name === "rPh") phonetic++;
  }, {
    want: () => inT && phonetic === 0,
    text: (t) => void (current += t),
    close: (name) => {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(decodeXstring(current));
    },
  });
  return strings;
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for CR). */
export function decodeXstring(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}
