// Summary: one row per person in rank order, points per indicator, a count per grade.
// Score and points refer to the appraisal sheets (absolute references survive sorting and
// filtering), so a correction there shows here; grade and rank stay as computed (distribution
// and veto rules are not spreadsheet formulas).
import type { Worksheet } from "exceljs";
import type { PersonResult } from "../../schema/result.js";
import type { AppraisalCells } from "./appraisal-sheet.js";
import { isManual } from "./rating-rows.js";
import { quoteSheet } from "./sheet-names.js";
import { addressOf, HEADER } from "./sheet-writer.js";
import type { WorkbookContext } from "./workbook-context.js";

export interface SummaryEntry {
  person: PersonResult;
  sheet: string;
  cells: AppraisalCells;
}

const GRADE_FILLS = ["FFC6EFCE", "FFDDEBF7", "FFFFF2CC", "FFFFEB9C", "FFFFC7CE"];
const GRADE_COL = 7;
const POINTS = { border: true, numFmt: "0.00" } as const;

const absolute = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
/** A text literal inside a formula: quotes doubled. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;
/** COUNTIF criteria match wildcards; ~ makes * ? ~ literal. */
const exactCriteria = (text: string) => literal(text.replace(/[~*?]/g, "~$&"));

export function writeSummarySheet(ws: Worksheet, ctx: WorkbookContext, entries: SummaryEntry[]): void {
  const { writer: w, labels: L, rubric } = ctx;
  const withBonus = entries.some((e) => e.person.bonus !== null);
  const fixed = [L.rank, L.id, L.name, L.role, L.team, L.score, L.grade, ...(withBonus ? [L.bonus] : [])];
  const indicators = rubric.indicators;
  const headers = [...fixed, ...indicators.map((i) => i.label ?? i.id)];
  ws.columns = headers.map((_, i) => ({ width: [6, 14, 12, 11, 11, 8, 7, 12][i] ?? 11 }));
  headers.forEach((text, i) => w.text(ws, 1, i + 1, text, HEADER));
  ws.getRow(1).height = 32;

  const body = { border: true } as const;
  entries.forEach(({ person, sheet, cells }, k) => {
    const row = k + 2;
    const ref = (address: string) => `${quoteSheet(sheet)}!${absolute(address)}`;
    w.number(ws, row, 1, person.rank, { ...body, h: "center" });
    w.text(ws, row, 2, person.id, body);
    w.text(ws, row, 3, person.name, body);
    w.text(ws, row, 4, person.role, body);
    w.text(ws, row, 5, person.team, body);
    w.formula(ws, row, 6, ref(cells.total), person.score, { ...body, numFmt: "0.00" });
    w.text(ws, row, GRADE_COL, person.grade, { ...body, h: "center" });
    if (withBonus) w.number(ws, row, 8, person.bonus, { ...body, numFmt: ctx.moneyFormat });
    indicators.forEach((indicator, i) => {
      const col = fixed.length + i + 1;
      const result = person.indicators.find((r) => r.id === indicator.id);
      const address = cells.points.get(indicator.id);
      // A manual indicator's points may appear once it is rated: referenced even while empty.
      const manual = isManual(indicator);
      if (result !== undefined && address && (result.points !== null || manual)) w.formula(ws, row, col, ref(address), result.points ?? "", POINTS);
      else w.blank(ws, row, col, body);
    });
  });

  const lastRow = Math.max(2, entries.length + 1);
  ws.autoFilter = `A1:${addressOf(entries.length + 1, headers.length)}`;
  ws.views = [{ state: "frozen", xSplit: 3, ySplit: 1, topLeftCell: "D2", activeCell: "A2" }];
  const gradeRange = `${addressOf(2, GRADE_COL, true)}:${addressOf(lastRow, GRADE_COL, true)}`;
  ws.addConditionalFormatting({
    ref: `${addressOf(2, GRADE_COL)}:${addressOf(lastRow, GRADE_COL)}`,
    rules: rubric.grades.map((grade, i) => ({
      type: "cellIs", operator: "equal", priority: i + 1, formulae: [literal(grade.id)],
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: gradeFill(i, rubric.grades.length) } } },
    })),
  } as Parameters<Worksheet["addConditionalFormatting"]>[0]);

  // Grade counts to the right of the table, outside the filter range.
  const col = headers.length + 2;
  [L.grade, L.gradeLabel, L.count].forEach((text, i) => w.text(ws, 1, col + i, text, HEADER));
  rubric.grades.forEach((grade, i) => {
    const row = i + 2;
    const count = entries.filter((e) => e.person.grade === grade.id).length;
    w.text(ws, row, col, grade.id, { border: true, h: "center", fill: gradeFill(i, rubric.grades.length) });
    w.text(ws, row, col + 1, grade.label, { border: true });
    w.formula(ws, row, col + 2, `COUNTIF(${gradeRange},${exactCriteria(grade.id)})`, count, { border: true, h: "center" });
  });
  ws.getColumn(col + 1).width = 10;

  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" } as Worksheet["pageSetup"];
}

export function gradeFill(index: number, count: number): string {
  const k = count <= 1 ? 0 : Math.round((index * (GRADE_FILLS.length - 1)) / (count - 1));
  return GRADE_FILLS[k]!;
}
