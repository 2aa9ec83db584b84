// An indicator's metric, target and scoring rule in words, from the rubric alone (appraisal
// sheets, Rubric sheet, and `kpi explain` later): "urgent ≤ 30m, high ≤ 2h; ≥ 95% → 100; else 60".
import { toRatio } from "../core/ratio.js";
import type { Indicator, ManualScoring, Metric, Scoring } from "../schema/rubric.js";

export type Lang = "zh" | "en";

/** How a metric's value reads: a fraction shown as %, hours, or a plain number. */
export type ValueUnit = "ratio" | "hours" | "count" | "number";

export interface IndicatorDescription {
  metric: string;
  /** Per-priority targets of sla_rate. */
  target?: string;
  scoring: string;
  /** Sample rule and veto, when set. */
  conditions: string[];
  /** target; scoring; conditions — one line for a sheet cell. */
  text: string;
}

export function valueUnit(metric: Metric): ValueUnit {
  switch (metric.type) {
    case "sla_rate": case "fcr_rate": case "reopen_rate": return "ratio";
    case "csat": return metric.satisfied_rate ? "ratio" : "number";
    case "duration": return "hours";
    case "count": return "count";
    default: return "number";
  }
}

/** A bound written in the metric's unit: 0.95 → "95%", 2 → "2h". */
export function formatBound(x: number | string, unit: ValueUnit): string {
  const v = toRatio(x);
  const plain = (n: number) => String(Number(n.toPrecision(12)));
  if (unit === "ratio") return `${plain(v * 100)}%`;
  if (unit === "hours") return `${plain(v)}h`;
  return plain(v);
}

const W = {
  zh: {
    else: "否则", sep: "；", list: "，", linear: "之间线性", cap: "上限", min0: "最低 0", per: "次",
    business: "（工作时间）", sample: (n: number) => `样本少于 ${n} 时数据不足`, self: (w: string) => `自评占 ${w}`,
    veto: (cmp: string, grade: string) => `一票否决：${cmp} 时等级最高 ${grade}`,
    stat: { mean: "平均", median: "中位", p90: "90 分位" },
    event: { first_response: "首次响应", resolution: "解决" },
  },
  en: {
    else: "else", sep: "; ", list: ", ", linear: "linear between", cap: "cap", min0: "min 0", per: "per occurrence",
    business: " (business hours)", sample: (n: number) => `insufficient below n = ${n}`, self: (w: string) => `self-rating ${w}`,
    veto: (cmp: string, grade: string) => `veto: ${cmp} caps the grade at ${grade}`,
    stat: { mean: "mean", median: "median", p90: "p90" },
    event: { first_response: "first response", resolution: "resolution" },
  },
} as const;

export function describeMetric(metric: Metric, lang: Lang): string {
  const w = W[lang];
  const zh = lang === "zh";
  const clock = "clock" in metric && metric.clock === "business" ? w.business : "";
  switch (metric.type) {
    case "count": return zh ? "工单数" : "tickets assigned";
    case "sla_rate": return (zh ? `${w.event[metric.event]}及时率` : `${w.event[metric.event]} within target`) + clock;
    case "duration": {
      const stat = w.stat[metric.stat ?? "mean"];
      return (zh ? `${w.event[metric.event]}时长（${stat}，小时）` : `${stat} time to ${w.event[metric.event]} (h)`) + clock;
    }
    case "fcr_rate": return zh ? `一次解决率（${metric.window ?? "72h"} 内未重开、未升级）` : `first-contact resolution (not reopened within ${metric.window ?? "72h"}, not escalated)`;
    case "reopen_rate": return zh ? `重开率（${metric.window ?? "72h"} 内）` : `reopened within ${metric.window ?? "72h"}`;
    case "csat": return metric.satisfied_rate ? (zh ? "满意率（CSAT ≥ 4 的占比）" : "share of CSAT ≥ 4") : zh ? "CSAT 平均分（1–5）" : "mean CSAT (1–5)";
    case "ces": return zh ? "CES 平均分（1–7，越低越好）" : "mean CES (1–7, lower is better)";
    case "nps": return zh ? "NPS（推荐者% − 贬损者%）" : "NPS (% promoters − % detractors)";
    case "record": {
      const raters = metric.raters ? ` [${Object.entries(metric.raters).map(([r, x]) => `${r} ${x}`).join(w.list)}]` : "";
      return `${zh ? "记录" : "records"} ${metric.name} (${metric.agg ?? "sum"})${raters}`;
    }
    case "manual": return zh ? "上级评分（行为锚定等级）" : "supervisor rating on behaviour-anchored levels";
  }
}

/** "1 远低于要求 → 20", one per level, lowest first: the anchors beside a rating cell. */
export function describeLevels(manual: ManualScoring): string[] {
  return Object.entries(manual.levels)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([level, spec]) => `${level} ${spec.label} → ${spec.points}`);
}

/** "自评占 20%" when the self-rating counts, else "". */
export function describeSelfWeight(manual: ManualScoring, lang: Lang): string {
  const w = manual.self_weight ?? 0;
  return w > 0 ? W[lang].self(formatBound(w, "ratio")) : "";
}

export function describeScoring(scoring: Scoring, unit: ValueUnit, lang: Lang): string {
  const w = W[lang];
  const b = (x: number | string) => formatBound(x, unit);
  if (scoring.steps) {
    return scoring.steps
      .map((s) => (s.min !== undefined ? `≥ ${b(s.min)} → ${s.points}` : s.max !== undefined ? `≤ ${b(s.max)} → ${s.points}` : `${w.else} ${s.points}`))
      .join(w.sep);
  }
  if (scoring.linear) return `${b(scoring.linear.zero)} → 0${w.list}${b(scoring.linear.full)} → 100${w.list}${w.linear}`;
  if (scoring.ratio) {
    const { target, cap, lower_is_better } = scoring.ratio;
    const x = lang === "zh" ? "实际" : "value";
    const formula = lower_is_better ? `${b(target)} ÷ ${x} × 100` : `${x} ÷ ${b(target)} × 100`;
    return `${formula}${w.list}${w.cap} ${cap ?? 100}`;
  }
  if (scoring.pass) {
    const bound = scoring.pass.min !== undefined ? `≥ ${b(scoring.pass.min)}` : scoring.pass.max !== undefined ? `≤ ${b(scoring.pass.max)}` : "";
    return `${bound} → 100${w.sep}${w.else} 0`;
  }
  if (scoring.deduct) return `${scoring.deduct.from ?? 100} − ${scoring.deduct.per} × ${w.per}${w.list}${w.min0}`;
  if (scoring.manual) return [...describeLevels(scoring.manual), describeSelfWeight(scoring.manual, lang)].filter(Boolean).join(w.sep);
  return "";
}

export function describeIndicator(indicator: Indicator, lang: Lang): IndicatorDescription {
  const w = W[lang];
  const unit = valueUnit(indicator.metric);
  const metric = describeMetric(indicator.metric, lang);
  const target = indicator.metric.type === "sla_rate"
    ? Object.entries(indicator.metric.targets).map(([priority, d]) => `${priority} ≤ ${d.trim()}`).join(w.list)
    : undefined;
  const scoring = describeScoring(indicator.scoring, unit, lang);
  const conditions: string[] = [];
  if (indicator.min_sample !== undefined) conditions.push(w.sample(indicator.min_sample));
  const veto = indicator.veto;
  if (veto) {
    const cmp = veto.below !== undefined ? `< ${formatBound(veto.below, unit)}` : veto.above !== undefined ? `> ${formatBound(veto.above, unit)}` : "";
    conditions.push(w.veto(cmp, veto.cap_grade));
  }
  const text = [target, scoring, ...conditions].filter((s) => s).join(w.sep);
  return { metric, ...(target !== undefined ? { target } : {}), scoring, conditions, text };
}
