// What every sheet needs, computed once: rubric lookups, descriptions, wording, number formats.
import { basename } from "node:path";
import { describeIndicator, valueUnit, type IndicatorDescription, type Lang, type ValueUnit } from "../../render/describe-indicator.js";
import type { ScoreResult } from "../../schema/result.js";
import type { Adjustment, Indicator, Metric, Rubric } from "../../schema/rubric.js";
import { labelsFor, type Labels } from "./labels.js";
import type { SheetWriter } from "./sheet-writer.js";

export interface WorkbookContext {
  result: ScoreResult;
  rubric: Rubric;
  lang: Lang;
  labels: Labels;
  writer: SheetWriter;
  indicators: Map<string, Indicator>;
  adjustments: Map<string, Adjustment>;
  descriptions: Map<string, IndicatorDescription>;
  /** Input kind -> file names, for the "data source" column. */
  files: Map<string, string[]>;
  /** Number format of money: as many decimals as the minor unit has. */
  moneyFormat: string;
}

export function buildContext(result: ScoreResult, rubric: Rubric, lang: Lang, writer: SheetWriter): WorkbookContext {
  const files = new Map<string, string[]>();
  for (const input of result.inputs) files.set(input.kind, [...(files.get(input.kind) ?? []), basename(input.file)]);
  const decimals = Math.max(0, Math.min(6, Math.round(-Math.log10(rubric.bonus?.minor_unit ?? 0.01))));
  return {
    result,
    rubric,
    lang,
    labels: labelsFor(lang),
    writer,
    indicators: new Map(rubric.indicators.map((i) => [i.id, i])),
    adjustments: new Map((rubric.adjustments ?? []).map((a) => [a.id, a])),
    descriptions: new Map(rubric.indicators.map((i) => [i.id, describeIndicator(i, lang)])),
    files,
    moneyFormat: decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0",
  };
}

const FORMATS: Record<ValueUnit, string> = { ratio: "0.0%", hours: '0.00"h"', count: "0", number: "0.00" };

export function valueFormat(metric: Metric | undefined): string {
  return metric ? FORMATS[valueUnit(metric)] : "General";
}

const KIND_OF: Record<Metric["type"], string> = {
  count: "tickets", sla_rate: "tickets", duration: "tickets", fcr_rate: "tickets", reopen_rate: "tickets",
  csat: "surveys", ces: "surveys", nps: "surveys", record: "records", manual: "manual",
};

/** "tickets.csv", "records.csv · training": where an indicator's value came from. */
export function sourceOf(ctx: WorkbookContext, metric: Metric): string {
  const kind = KIND_OF[metric.type];
  const names = ctx.files.get(kind)?.join(", ") ?? ctx.labels.kinds[kind] ?? kind;
  return metric.type === "record" ? `${names} · ${metric.name}` : names;
}

/** Display width in Excel column units: CJK and other wide characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its pair
    width += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xd840 && c <= 0xd8bf) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return width;
}

/** Lines a wrapped cell needs at `width` column units (Excel does not fit row heights on load). */
export function linesFor(text: string, width: number): number {
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, width - 1))), 0);
}
