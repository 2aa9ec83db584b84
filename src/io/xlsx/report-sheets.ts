// Bonus and Warnings sheets: plain tables of what the JSON result reports.
import type { Worksheet } from "exceljs";
import { HEADER } from "./sheet-writer.js";
import type { WorkbookContext } from "./workbook-context.js";

const body = { border: true } as const;

export function writeBonusSheet(ws: Worksheet, ctx: WorkbookContext): void {
  const { writer: w, labels: L, rubric, result } = ctx;
  const bonus = rubric.bonus;
  ws.columns = [6, 14, 12, 11, 8, 7, 10, 14].map((width) => ({ width }));
  const facts: [string, string | number | undefined][] = [
    [L.pool, bonus?.pool], [L.currency, bonus?.currency ?? "CNY"], [L.method, bonus?.method ?? "coefficient"],
  ];
  facts.forEach(([label, value], i) => {
    w.text(ws, i + 1, 1, label, { bold: true });
    w.merge(ws, i + 1, 1, i + 1, 2);
    if (typeof value === "number") w.number(ws, i + 1, 3, value, { numFmt: ctx.moneyFormat, h: "left" });
    else w.text(ws, i + 1, 3, value);
  });
  const top = facts.length + 2;
  [L.rank, L.id, L.name, L.team, L.score, L.grade, L.coefficient, L.bonus].forEach((text, i) => w.text(ws, top, i + 1, text, HEADER));
  const coefficient = new Map(rubric.grades.map((g) => [g.id, g.coefficient ?? null]));
  let minor = 0;
  const unit = bonus?.minor_unit ?? 0.01;
  result.people.forEach((person, k) => {
    const row = top + 1 + k;
    w.number(ws, row, 1, person.rank, { ...body, h: "center" });
    w.text(ws, row, 2, person.id, body);
    w.text(ws, row, 3, person.name, body);
    w.text(ws, row, 4, person.team, body);
    w.number(ws, row, 5, person.score, { ...body, numFmt: "0.00" });
    w.text(ws, row, 6, person.grade, { ...body, h: "center" });
    w.number(ws, row, 7, coefficient.get(person.grade), { ...body, numFmt: "General" });
    w.number(ws, row, 8, person.bonus, { ...body, numFmt: ctx.moneyFormat });
    minor += Math.round((person.bonus ?? 0) / unit);
  });
  const sumRow = top + 1 + result.people.length;
  w.text(ws, sumRow, 1, L.sum, { ...body, bold: true });
  w.merge(ws, sumRow, 1, sumRow, 7);
  // The cached total is summed in minor units: the amounts are exact, their float sum need not be.
  const total = Number((minor * unit).toFixed(6));
  const range = result.people.length > 0 ? `H${top + 1}:H${sumRow - 1}` : `H${sumRow}:H${sumRow}`;
  if (result.people.length > 0) w.formula(ws, sumRow, 8, `SUM(${range})`, total, { ...body, bold: true, numFmt: ctx.moneyFormat });
  ws.views = [{ state: "frozen", ySplit: top }];
  ws.pageSetup = { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${top}:${top}` } as Worksheet["pageSetup"];
}

export function writeWarningsSheet(ws: Worksheet, ctx: WorkbookContext): void {
  const { writer: w, labels: L, result } = ctx;
  ws.columns = [26, 8, 70, 34].map((width) => ({ width }));
  [L.code, L.times, L.message, L.example].forEach((text, i) => w.text(ws, 1, i + 1, text, HEADER));
  let row = 2;
  for (const warning of result.warnings) {
    w.text(ws, row, 1, warning.code, body);
    w.number(ws, row, 2, warning.count, { ...body, h: "center" });
    w.text(ws, row, 3, warning.message, { ...body, wrap: true });
    w.text(ws, row, 4, warning.example, { ...body, wrap: true });
    row++;
  }
  // Written last, after every other sheet: only then is the count of removed characters known.
  const removed = w.removedControlChars;
  if (removed > 0) {
    w.text(ws, row, 1, "xlsx_control_chars", body);
    w.number(ws, row, 2, removed, { ...body, h: "center" });
    w.text(ws, row, 3, L.controlChars(removed), { ...body, wrap: true });
    w.text(ws, row, 4, "", body);
    row++;
  }
  if (row === 2) w.text(ws, row, 1, L.none, body);
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.autoFilter = `A1:D${Math.max(2, row - 1)}`;
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" } as Worksheet["pageSetup"];
}
