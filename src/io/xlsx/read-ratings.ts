// `--manual FILE.xlsx`: the ratings typed into an appraisal workbook, back as records (metric =
// indicator id, rater_role supervisor or self). Every sheet is searched for rating rows: rows whose
// hidden columns L–N hold a person id, an indicator id and a rater role (appraisal-layout.ts); the
// level is column E of that row. So rows may move, and sheets may be renamed or reordered.
// A half-filled workbook still scores: empty cells are counted (manual_rating_missing), invalid
// ones — text, or a number that is not a level — are counted and skipped (manual_rating_invalid),
// each listed as sheet!cell. Text is invalid even when it reads "4": the sheet's own formulas
// ignore it too, so the workbook total and the imported score agree.
import { levelPoints } from "../../core/manual-rating.js";
import { personKey } from "../../core/person-key.js";
import type { PersonRecord } from "../../core/types.js";
import type { Warnings } from "../../core/warnings.js";
import { dataError, usageError } from "../../errors.js";
import type { InputManifest } from "../../schema/result.js";
import type { Rubric } from "../../schema/rubric.js";
import { sha256File } from "../open-table.js";
import { HIDDEN, RATER_ROLES, RATING_COL, type RaterRole } from "./appraisal-layout.js";
import { columnLetters, readSheetRows, type CellFailure } from "./sheet-rows.js";
import { readWorkbookParts } from "./workbook-parts.js";
import { openZipFile } from "./zip-file.js";

export interface ManualRatings {
  records: PersonRecord[];
  manifest: InputManifest;
  /** Person key -> the first rating cell naming them, to report people this run does not rate. */
  people: Map<string, string>;
}

const COLUMNS = new Set([RATING_COL, HIDDEN.person, HIDDEN.indicator, HIDDEN.role]);
const LISTED = 20;

export async function readManualRatings(file: string, rubric: Rubric, warnings: Warnings): Promise<ManualRatings> {
  if (!/\.xlsx$/i.test(file)) throw usageError(`--manual ${file}: not an .xlsx workbook`, "pass the appraisal workbook kpi score --format xlsx wrote, with the ratings filled in");
  const levels = new Map(rubric.indicators.filter((i) => i.metric.type === "manual").map((i) => [i.id, levelPoints(i.scoring.manual)]));
  const zip = await openZipFile(file);
  const parts = await readWorkbookParts(zip);
  const records: PersonRecord[] = [];
  const people = new Map<string, string>();
  const found = { cells: 0, missing: [] as string[], missingSelf: [] as string[], invalid: [] as string[], unknown: [] as string[] };

  for (const sheet of parts.sheets) {
    if (!sheet.part) continue;
    const fail: CellFailure = (code, message, row, col, hint) =>
      dataError(code, `${cellRef(sheet.name, row, col)}: ${message}`, { file, ...(row > 0 ? { line: row } : {}), ...(col > 0 ? { column: col } : {}) }, hint);
    // Tolerant: only rating rows matter, and scripts that fill a workbook (exceljs, openpyxl) drop
    // cached formula results elsewhere; a Summary formula must not stop the import.
    for await (const batch of readSheetRows(zip, parts, sheet, fail, 1024, COLUMNS, true)) {
      for (const { row, cells } of batch) {
        const role = text(cells[HIDDEN.role - 1]) as RaterRole;
        const person = text(cells[HIDDEN.person - 1]);
        const indicator = text(cells[HIDDEN.indicator - 1]);
        if (!RATER_ROLES.includes(role) || !person || !indicator) continue; // not a rating row (the markers, or any other row)
        found.cells++;
        const at = cellRef(sheet.name, row, RATING_COL);
        const allowed = levels.get(indicator);
        if (!allowed) {
          found.unknown.push(`${at} (${indicator})`);
          continue;
        }
        const key = personKey(person);
        if (!people.has(key)) people.set(key, at);
        const value = cells[RATING_COL - 1];
        if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) (role === "self" ? found.missingSelf : found.missing).push(at);
        else if (typeof value !== "number" || !allowed.has(value)) found.invalid.push(`${at} (${JSON.stringify(value)})`);
        else records.push({ person: key, metric: indicator, value, date: Number.NaN, rater: undefined, raterRole: role, source: { file, line: row } });
      }
    }
  }
  if (found.cells === 0) {
    throw dataError("manual_no_rating_cells", "no rating cells in this workbook", { file },
      "pass the workbook kpi score --format xlsx wrote for a rubric with a manual indicator, after filling it in");
  }
  const listed = (cells: string[]) => `${file}: ${cells.slice(0, LISTED).join(", ")}${cells.length > LISTED ? `, … (${cells.length - LISTED} more)` : ""}`;
  if (found.missing.length) warnings.add("manual_rating_missing", "rating cells were empty: the indicator's insufficient policy applies", listed(found.missing), found.missing.length);
  if (found.missingSelf.length) warnings.add("manual_self_rating_missing", "self-rating cells were empty: only the supervisor's rating counts", listed(found.missingSelf), found.missingSelf.length);
  if (found.invalid.length) warnings.add("manual_rating_invalid", "rating cells that hold no allowed level were skipped; choose a level from the cell's list", listed(found.invalid), found.invalid.length);
  if (found.unknown.length) warnings.add("manual_unknown_indicator", "rating rows for an indicator that is not a manual indicator of this rubric were skipped", listed(found.unknown), found.unknown.length);
  const manifest: InputManifest = {
    kind: "manual", file, sha256: await sha256File(file), rows: found.cells, used: records.length, rejected: found.invalid.length + found.unknown.length,
  };
  return { records, manifest, people };
}

const text = (cell: unknown) => (typeof cell === "string" ? cell.trim() : typeof cell === "number" ? String(cell) : "");

/** Alice!E6, or 'Zhang Wei (zw)'!E6 when the name needs quotes. */
function cellRef(sheet: string, row: number, col: number): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return col > 0 ? `${name}!${columnLetters(col)}${row}` : name;
}
