// Manual indicators on a 考核表: a rating cell (left empty until rated; a dropdown of the levels)
// with the anchor texts beside it, a self-rating row when self_weight > 0, hidden ids that
// `--manual` reads back, and live formulas — points and n from the rating and, on such sheets,
// every weight, so that rating (or leaving empty) a manual indicator re-weights the others as
// §4.3 does. Every cached result is the JSON number of the same run.
import type { Worksheet } from "exceljs";
import { NEUTRAL_POINTS, weightFor } from "../../core/evaluate.js";
import { levelPoints } from "../../core/manual-rating.js";
import { describeLevels, formatBound } from "../../render/describe-indicator.js";
import type { IndicatorResult, PersonResult } from "../../schema/result.js";
import type { Indicator } from "../../schema/rubric.js";
import { C, HIDDEN, LAST, MARKERS, RATING_COL, TABLE_HEADER_ROW, WIDTHS, type RaterRole } from "./appraisal-layout.js";
import { addressOf, BOXED, type Look } from "./sheet-writer.js";
import { linesFor, sourceOf, type WorkbookContext } from "./workbook-context.js";

/** The indicator rows of one sheet, for the weight formulas. */
export interface LiveRows {
  person: PersonResult;
  first: number;
  last: number;
}

const INPUT: Look = { ...BOXED, h: "center", numFmt: "General", bold: true, fill: "FFFFF2CC" };
const WRAP: Look = { ...BOXED, wrap: true };
const CENTER: Look = { ...BOXED, numFmt: "General", h: "center" };
const POINTS: Look = { ...BOXED, numFmt: "0.00", h: "center" };
const AMOUNT: Look = { ...BOXED, numFmt: "0.00", h: "right" };
const HIDDEN_ID: Look = {};

type ManualIndicator = Indicator & { scoring: { manual: NonNullable<Indicator["scoring"]["manual"]> } };

export function isManual(indicator: Indicator | undefined): indicator is ManualIndicator {
  return indicator?.metric.type === "manual" && indicator.scoring.manual !== undefined;
}

/** Rows an indicator takes on the sheet: a manual one with a self-rating takes two. */
export function rowsFor(indicator: Indicator | undefined): number {
  return isManual(indicator) && (indicator.scoring.manual.self_weight ?? 0) > 0 ? 2 : 1;
}

/** Hidden columns K–N with their marker names in the header row. */
export function writeHiddenHeader(ws: Worksheet, ctx: WorkbookContext): void {
  for (const key of Object.keys(HIDDEN) as (keyof typeof HIDDEN)[]) {
    ctx.writer.text(ws, TABLE_HEADER_ROW, HIDDEN[key], MARKERS[key], HIDDEN_ID);
    ws.getColumn(HIDDEN[key]).hidden = true;
  }
}

/** Nominal weight in hidden K; effective weight = nominal × 100 ÷ the nominal weights that have points (§4.3). */
export function writeLiveWeight(ws: Worksheet, ctx: WorkbookContext, row: number, item: IndicatorResult, live: LiveRows): void {
  const indicator = ctx.indicators.get(item.id);
  const nominal = indicator ? (weightFor(indicator, live.person.role) ?? item.weight) : item.weight;
  ctx.writer.number(ws, row, HIDDEN.weight, nominal, HIDDEN_ID);
  const range = (col: number) => `${addressOf(live.first, col, true)}:${addressOf(live.last, col, true)}`;
  const [points, weights] = [range(C.points), range(HIDDEN.weight)];
  const remaining = `SUMPRODUCT(ISNUMBER(${points})*${weights})`;
  const [own, ownNominal] = [addressOf(row, C.points), addressOf(row, HIDDEN.weight)];
  const formula = `IF(ISNUMBER(${own}),IF(AND(COUNT(${points})<COUNT(${weights}),${remaining}>0),${ownNominal}*100/${remaining},${ownNominal}),0)`;
  ctx.writer.formula(ws, row, C.weight, formula, item.weight, { ...CENTER, numFmt: "0.00" }); // live weights may rescale (§4.3)
}

/** The rating row (and self-rating row); returns the address of the points cell. */
export function writeRatingRows(ws: Worksheet, ctx: WorkbookContext, row: number, item: IndicatorResult, live: LiveRows): string {
  const { writer: w, labels: L } = ctx;
  const indicator = ctx.indicators.get(item.id);
  if (!isManual(indicator)) throw new Error(`internal: ${item.id} is not a manual indicator`);
  const manual = indicator.scoring.manual;
  const selfWeight = manual.self_weight ?? 0;
  const sup = addressOf(row, RATING_COL);
  const self = selfWeight > 0 ? addressOf(row + 1, RATING_COL) : undefined;
  const f = ratingFormulas(indicator, sup, self);

  const standard = [...describeLevels(manual), ...(ctx.descriptions.get(item.id)?.conditions ?? [])].join("\n");
  const unrated = (indicator.insufficient ?? "exclude") === "exclude" ? L.excluded : L.insufficient;
  const rated = item.status === "veto" ? L.veto : "";
  w.text(ws, row, C.indicator, indicator.label ?? item.id, WRAP);
  writeLiveWeight(ws, ctx, row, item, live);
  w.text(ws, row, C.standard, standard, WRAP);
  const levels = [...levelPoints(manual).keys()];
  writeRatingCell(ws, ctx, levels, live.person.id, item.id, { row, level: item.ratings?.supervisor ?? null, role: "supervisor" });
  w.formula(ws, row, C.n, f.n, item.n, CENTER);
  w.formula(ws, row, C.points, f.points, item.points ?? "", POINTS);
  const [weight, points] = [addressOf(row, C.weight), addressOf(row, C.points)];
  w.formula(ws, row, C.contribution, `IF(ISNUMBER(${points}),${weight}*${points}/100,0)`, item.contribution, AMOUNT);
  w.text(ws, row, C.source, sourceOf(ctx, indicator.metric), WRAP);
  w.formula(ws, row, C.remark, `IF(${f.rated},${literal(rated)},${literal(unrated)})`, item.status === "insufficient" ? unrated : rated, WRAP);
  ws.getRow(row).height = Math.max(20, linesFor(standard, WIDTHS[C.standard - 1]!) * 14 + 4, linesFor(unrated, WIDTHS[C.remark - 1]!) * 14 + 4);

  if (self) {
    for (let c = C.indicator; c <= LAST; c++) w.blank(ws, row + 1, c, BOXED);
    w.text(ws, row + 1, C.indicator, L.selfRating, WRAP);
    w.text(ws, row + 1, C.standard, L.selfRule(formatBound(selfWeight, "ratio")), WRAP);
    writeRatingCell(ws, ctx, levels, live.person.id, item.id, { row: row + 1, level: item.ratings?.self ?? null, role: "self" });
    ws.getRow(row + 1).height = 30;
  }
  return points;
}

interface RatingCell {
  row: number;
  level: number | null;
  role: RaterRole;
}

/** The rating cell with its dropdown, and the hidden ids `--manual` finds it by. */
function writeRatingCell(ws: Worksheet, ctx: WorkbookContext, levels: number[], person: string, indicator: string, cell: RatingCell): void {
  const { writer: w, labels: L } = ctx;
  w.number(ws, cell.row, RATING_COL, cell.level, INPUT);
  const list = levels.join(",");
  // Excel refuses a list literal over 255 characters: a long scale falls back to "a whole number between".
  const rule = list.length <= 255
    ? { type: "list" as const, formulae: [`"${list}"`] }
    : { type: "whole" as const, operator: "between" as const, formulae: [levels[0]!, levels.at(-1)!] };
  ws.getCell(cell.row, RATING_COL).dataValidation = {
    ...rule, allowBlank: true, showErrorMessage: true, errorStyle: "stop", errorTitle: L.invalidRating, error: L.chooseLevel(levels.join(", ")).slice(0, 225),
  };
  w.text(ws, cell.row, HIDDEN.person, person, HIDDEN_ID);
  w.text(ws, cell.row, HIDDEN.indicator, indicator, HIDDEN_ID);
  w.text(ws, cell.row, HIDDEN.role, cell.role, HIDDEN_ID);
}

/**
 * The spreadsheet reading of core/manual-rating.ts and evaluate.ts: a rating counts when it is a
 * number that is one of the levels; without a supervisor rating (or below min_sample) the
 * insufficient policy gives the points — "" for exclude, which the weights then leave out.
 */
function ratingFormulas(indicator: ManualIndicator, sup: string, self: string | undefined) {
  const levels = levelPoints(indicator.scoring.manual);
  const lv = `{${[...levels.keys()].join(",")}}`;
  const pts = `{${[...levels.values()].join(",")}}`;
  const ok = (cell: string) => `AND(ISNUMBER(${cell}),ISNUMBER(MATCH(${cell},${lv},0)))`;
  const pointsOf = (cell: string) => `INDEX(${pts},MATCH(${cell},${lv},0))`;
  const sw = indicator.scoring.manual.self_weight ?? 0;
  const n = self ? `IF(${ok(sup)},1,0)+IF(${ok(self)},1,0)` : `IF(${ok(sup)},1,0)`;
  const minSample = indicator.min_sample ?? 0;
  const rated = minSample > 1 ? `AND(${ok(sup)},${n}>=${minSample})` : ok(sup);
  const value = self ? `IF(${ok(self)},(1-${sw})*${pointsOf(sup)}+${sw}*${pointsOf(self)},${pointsOf(sup)})` : pointsOf(sup);
  const fallback = { exclude: '""', neutral: String(NEUTRAL_POINTS), zero: "0" }[indicator.insufficient ?? "exclude"];
  return { n, rated, points: `IF(${rated},${value},${fallback})` };
}

/** Text literal inside a formula: quotes doubled. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;
