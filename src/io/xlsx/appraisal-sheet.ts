// One person's 考核表: header block, indicators grouped by category, adjustments, total, grade,
// bonus, notes, a comments box and signature lines; A4 portrait, one page wide.
// Contributions and the total are live formulas whose cached results are the JSON numbers.
// Manual indicators get rating cells to fill in (rating-rows.ts), read back by `--manual`.
import type { Worksheet } from "exceljs";
import type { IndicatorResult, PersonResult } from "../../schema/result.js";
import { C, LAST, TABLE_HEADER_ROW, WIDTHS } from "./appraisal-layout.js";
import { isManual, rowsFor, writeHiddenHeader, writeLiveWeight, writeRatingRows, type LiveRows } from "./rating-rows.js";
import { addressOf, BOXED, HEADER, type Look } from "./sheet-writer.js";
import { linesFor, sourceOf, valueFormat, type WorkbookContext } from "./workbook-context.js";
const LINE_HEIGHT = 14;
// Looks used on every row are constants (SheetWriter caches styles by identity).
const WRAP: Look = { ...BOXED, wrap: true };
const CENTER: Look = { ...BOXED, numFmt: "General", h: "center" };
const POINTS: Look = { ...BOXED, numFmt: "0.00", h: "center" };
const AMOUNT: Look = { ...BOXED, numFmt: "0.00", h: "right" };
const LABEL: Look = { ...BOXED, bold: true, fill: "FFF2F2F2" };
const SIGN: Look = { v: "top", size: 11 };
const VALUE_LOOKS = new Map<string, Look>();
const valueLook = (numFmt: string) => VALUE_LOOKS.get(numFmt) ?? VALUE_LOOKS.set(numFmt, { ...BOXED, numFmt, h: "right" }).get(numFmt)!;

export interface AppraisalCells {
  /** Address of the total score, e.g. "H15". */
  total: string;
  /** Indicator id -> address of its points cell. */
  points: Map<string, string>;
}

export function writeAppraisalSheet(ws: Worksheet, ctx: WorkbookContext, person: PersonResult): AppraisalCells {
  const { writer: w, labels: L, result } = ctx;
  ws.columns = WIDTHS.map((width) => ({ width }));
  w.text(ws, 1, 1, `${ctx.rubric.name} · ${L.appraisal}`, { bold: true, size: 14, h: "center" });
  w.merge(ws, 1, 1, 1, LAST);
  ws.getRow(1).height = 26;

  const pair = (row: number, col: number, label: string, value: string | null, span: number) => {
    w.text(ws, row, col, label, LABEL);
    w.text(ws, row, col + 1, value, BOXED);
    w.merge(ws, row, col + 1, row, col + span);
  };
  pair(2, 1, L.name, person.name ?? person.id, 1);
  pair(2, 3, L.id, person.id, 1);
  pair(2, 5, L.role, person.role, 2);
  pair(2, 8, L.team, person.team, 2);
  const { label, start, end } = result.period;
  pair(3, 1, L.period, `${label} (${start.slice(0, 10)} – ${dayBefore(end.slice(0, 10))})`, 3);
  pair(3, 5, L.rubric, ctx.rubric.name, 5);

  const headers = [L.category, L.indicator, L.weight, L.standard, L.actual, L.n, L.points, L.contribution, L.source, L.remark];
  headers.forEach((text, i) => w.text(ws, TABLE_HEADER_ROW, i + 1, text, HEADER));
  ws.getRow(TABLE_HEADER_ROW).height = 30;

  let row = TABLE_HEADER_ROW + 1;
  const points = new Map<string, string>();
  const first = row;
  const groups = groupByCategory(ctx, person.indicators);
  const height = (items: IndicatorResult[]) => items.reduce((sum, item) => sum + rowsFor(ctx.indicators.get(item.id)), 0);
  // A sheet with a manual indicator gets live weights; the others stay as they were.
  const withManual = person.indicators.some((item) => isManual(ctx.indicators.get(item.id)));
  const live: LiveRows | undefined = withManual ? { person, first, last: first + height(person.indicators) - 1 } : undefined;
  if (withManual) writeHiddenHeader(ws, ctx);
  for (const group of groups) {
    w.text(ws, row, C.category, group.category, { ...BOXED, h: "center", wrap: true });
    w.merge(ws, row, C.category, row + height(group.items) - 1, C.category);
    for (const item of group.items) {
      const manual = live && isManual(ctx.indicators.get(item.id));
      points.set(item.id, manual ? writeRatingRows(ws, ctx, row, item, live) : writeIndicatorRow(ws, ctx, row, item, live));
      row += rowsFor(ctx.indicators.get(item.id));
    }
  }
  const last = row - 1;
  const range = (col: number) => `${addressOf(first, col)}:${addressOf(last, col)}`;
  const labelRow = (text: string, look: Look = {}) => {
    w.text(ws, row, 1, text, { ...BOXED, bold: true, ...look });
    w.merge(ws, row, 1, row, C.weight - 1);
    for (let c = C.weight; c <= LAST; c++) w.blank(ws, row, c, BOXED);
  };

  labelRow(L.subtotal);
  const weights = person.indicators.reduce((s, i) => s + i.weight, 0);
  const weighted = person.indicators.reduce((s, i) => s + i.contribution, 0);
  if (last >= first) {
    w.formula(ws, row, C.weight, `SUM(${range(C.weight)})`, weights, CENTER);
    w.formula(ws, row, C.contribution, `SUM(${range(C.contribution)})`, weighted, { ...BOXED, numFmt: "0.00", bold: true });
  } else w.number(ws, row, C.contribution, 0, { ...BOXED, numFmt: "0.00" });
  const subtotal = addressOf(row++, C.contribution);

  const adjustFirst = row;
  for (const adjustment of person.adjustments) {
    const spec = ctx.adjustments.get(adjustment.id);
    for (let c = 1; c <= LAST; c++) w.blank(ws, row, c, BOXED);
    w.text(ws, row, 1, L.adjustments, { ...BOXED, bold: true, h: "center" });
    w.text(ws, row, C.indicator, spec?.label ?? adjustment.id, { ...BOXED, wrap: true });
    if (spec) w.text(ws, row, C.standard, adjustmentRule(spec), { ...BOXED, wrap: true });
    w.number(ws, row, C.actual, adjustment.value, { ...BOXED, numFmt: "General", h: "right" });
    w.number(ws, row, C.contribution, adjustment.points, { ...BOXED, numFmt: "0.00", h: "right" });
    row++;
  }
  if (row - 1 > adjustFirst) w.merge(ws, adjustFirst, 1, row - 1, 1);
  const adjustments = row > adjustFirst ? `+SUM(${addressOf(adjustFirst, C.contribution)}:${addressOf(row - 1, C.contribution)})` : "";

  labelRow(L.total, { size: 11 });
  w.formula(ws, row, C.contribution, `ROUND(MAX(0,${subtotal}${adjustments}),2)`, person.score, { ...BOXED, numFmt: "0.00", bold: true, size: 11 });
  const total = addressOf(row++, C.contribution);

  const grade = ctx.rubric.grades.find((g) => g.id === person.grade);
  pair(row, 1, L.grade, grade?.label ? `${person.grade} ${grade.label}` : person.grade, 1);
  w.text(ws, row, 3, L.rank, { ...BOXED, bold: true, fill: "FFF2F2F2" });
  w.number(ws, row, 4, person.rank, { ...BOXED, h: "left" });
  w.text(ws, row, 5, ctx.rubric.bonus ? L.bonus : "", { ...BOXED, bold: true, fill: "FFF2F2F2" });
  w.number(ws, row, 6, person.bonus, { ...BOXED, numFmt: ctx.moneyFormat, h: "left" });
  w.merge(ws, row, 6, row, LAST);
  row++;

  // Grade, rank and bonus need the whole team (distribution, veto, pool): no formula can follow a
  // typed rating there, so the sheet says where the final values come from.
  const manual = ctx.rubric.indicators.some((i) => i.metric.type === "manual");
  const notes = [...person.notes, ...(manual ? [L.manualFinal] : [])].join("\n");
  pair(row, 1, L.notes, notes, LAST - 1);
  ws.getCell(row, 2).style = w.style({ ...BOXED, wrap: true, numFmt: "@" });
  ws.getRow(row).height = Math.max(1, linesFor(notes, 150)) * LINE_HEIGHT + 4;
  row++;

  w.text(ws, row, 1, L.comments, { ...LABEL, v: "top" });
  w.merge(ws, row, 1, row + 2, 1);
  w.blank(ws, row, 2, { ...BOXED, v: "top", wrap: true });
  w.merge(ws, row, 2, row + 2, LAST);
  for (let r = row; r < row + 3; r++) ws.getRow(r).height = 26;
  row += 4;

  // Signature lines: plain cells; the text runs into the empty cells to its right.
  for (const [col, text] of [[1, L.signee], [4, L.appraiser], [7, L.date]] as const) w.text(ws, row, col, text, SIGN);
  ws.getRow(row).height = 36;

  ws.pageSetup = {
    paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
  } as Worksheet["pageSetup"];
  ws.headerFooter = { oddFooter: "&C&P / &N" } as Worksheet["headerFooter"];
  return { total, points };
}

function writeIndicatorRow(ws: Worksheet, ctx: WorkbookContext, row: number, item: IndicatorResult, live: LiveRows | undefined): string {
  const { writer: w, labels: L } = ctx;
  const spec = ctx.indicators.get(item.id);
  const standard = ctx.descriptions.get(item.id)?.text ?? "";
  const remark = item.status === "veto" ? L.veto : item.status === "insufficient" ? (item.points === null ? L.excluded : L.insufficient) : "";
  w.text(ws, row, C.indicator, spec?.label ?? item.id, WRAP);
  if (live) writeLiveWeight(ws, ctx, row, item, live);
  // A rescaled weight (§4.3) such as 15.789473… prints as 15.79, a whole one as 15.
  else w.number(ws, row, C.weight, item.weight, { ...CENTER, numFmt: Number.isInteger(item.weight) ? "0" : "0.00" });
  w.text(ws, row, C.standard, standard, WRAP);
  w.number(ws, row, C.actual, item.value, valueLook(valueFormat(spec?.metric)));
  w.number(ws, row, C.n, item.n, CENTER);
  w.number(ws, row, C.points, item.points, POINTS);
  const [weight, points] = [addressOf(row, C.weight), addressOf(row, C.points)];
  w.formula(ws, row, C.contribution, `${weight}*${points}/100`, item.contribution, AMOUNT);
  w.text(ws, row, C.source, spec ? sourceOf(ctx, spec.metric) : "", WRAP);
  w.text(ws, row, C.remark, remark, WRAP);
  const lines = Math.max(linesFor(standard, WIDTHS[C.standard - 1]!), linesFor(spec?.label ?? item.id, WIDTHS[C.indicator - 1]!), linesFor(remark, WIDTHS[C.remark - 1]!));
  ws.getRow(row).height = Math.max(20, lines * LINE_HEIGHT + 4);
  return addressOf(row, C.points);
}

function groupByCategory(ctx: WorkbookContext, items: IndicatorResult[]): { category: string; items: IndicatorResult[] }[] {
  const groups = new Map<string, IndicatorResult[]>();
  for (const item of items) {
    const category = ctx.indicators.get(item.id)?.category ?? "";
    groups.set(category, [...(groups.get(category) ?? []), item]);
  }
  return [...groups].map(([category, list]) => ({ category, items: list }));
}

function adjustmentRule(spec: { points_per: number; min?: number | undefined; max?: number | undefined }): string {
  const bounds = [`≥ ${spec.min ?? 0}`, spec.max !== undefined ? `≤ ${spec.max}` : ""].filter(Boolean).join(", ");
  return `${spec.points_per} × x${bounds ? ` (${bounds})` : ""}`;
}

/** The period end is exclusive; a sheet shows the last day: 2026-11-01 → 2026-10-31. */
function dayBefore(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
