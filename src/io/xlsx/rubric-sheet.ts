// Rubric: what the scores were computed from — the rubric as tables, its sha256, and every input
// file with its sha256 and row counts, so a printed workbook can be traced to its data.
import type { Worksheet } from "exceljs";
import { describeMetric } from "../../render/describe-indicator.js";
import { HEADER } from "./sheet-writer.js";
import { linesFor, type WorkbookContext } from "./workbook-context.js";

type Value = string | number | null | undefined;
const body = { border: true, wrap: true, v: "top" } as const;
// Column G is wide: it holds the sha256 of the inputs and the indicators' standards.
const WIDTHS = [16, 24, 12, 16, 10, 30, 66, 10, 12];

export function writeRubricSheet(ws: Worksheet, ctx: WorkbookContext): void {
  const { writer: w, labels: L, rubric, result, lang } = ctx;
  ws.columns = WIDTHS.map((width) => ({ width }));
  let row = 1;
  w.text(ws, row++, 1, rubric.name, { bold: true, size: 14 });
  const facts: [string, Value][] = [
    [`${L.rubric} ${L.sha256}`, result.rubric.sha256], [L.period, result.period.label], [L.start, result.period.start],
    [L.end, result.period.end], [L.asOf, result.period.as_of], [L.tool, result.tool],
  ];
  for (const [label, value] of facts) {
    if (value === undefined) continue;
    w.text(ws, row, 1, label, { bold: true });
    w.text(ws, row, 2, String(value));
    w.merge(ws, row, 2, row, 7);
    row++;
  }

  const table = (title: string, headers: string[], rows: Value[][]) => {
    row++;
    w.text(ws, row++, 1, title, { bold: true, size: 11 });
    headers.forEach((text, i) => w.text(ws, row, i + 1, text, HEADER));
    row++;
    for (const cells of rows) {
      let lines = 1;
      cells.forEach((value, i) => {
        if (typeof value === "number") w.number(ws, row, i + 1, value, { ...body, numFmt: "General" });
        else w.text(ws, row, i + 1, value, body);
        if (typeof value === "string") lines = Math.max(lines, linesFor(value, WIDTHS[i] ?? 10));
      });
      ws.getRow(row).height = lines * 14 + 2;
      row++;
    }
  };

  table(L.inputs, [L.kind, L.file, L.encoding, L.rows, L.used, L.rejected, L.sha256],
    result.inputs.map((i) => [i.kind, i.file, i.encoding, i.rows, i.used, i.rejected, i.sha256]));
  table(L.indicators, ["id", L.label, L.category, L.roles, L.weight, L.metric, L.standard, L.minSample, L.insufficientPolicy],
    rubric.indicators.map((i) => [
      i.id, i.label, i.category, i.roles?.join(", "),
      typeof i.weight === "number" ? i.weight : Object.entries(i.weight).map(([role, x]) => `${role}: ${x}`).join(", "),
      describeMetric(i.metric, lang), ctx.descriptions.get(i.id)?.text, i.min_sample, i.insufficient ?? "exclude",
    ]));
  if (rubric.adjustments?.length) {
    table(L.adjustments, ["id", L.label, L.roles, L.perUnit, L.min, L.max, L.metric],
      rubric.adjustments.map((a) => [a.id, a.label, a.roles?.join(", "), a.points_per, a.min ?? 0, a.max, describeMetric(a.metric, lang)]));
  }
  table(L.grades, [L.grade, L.label, L.min, L.coefficient], rubric.grades.map((g) => [g.id, g.label, g.min, g.coefficient]));
  const bonus = rubric.bonus;
  if (bonus) {
    table(L.bonus, [L.pool, L.currency, L.method, "base", "prorate"],
      [[bonus.pool, bonus.currency ?? "CNY", bonus.method ?? "coefficient", bonus.base ?? "equal", String(bonus.prorate ?? false)]]);
  }
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as Worksheet["pageSetup"];
}
