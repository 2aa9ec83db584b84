// Warnings for thresholds no value of the metric can meet: 90 written for 0.9 on a rate, a CSAT
// above 5, an NPS outside ±100 (RELIABILITY 45, issue #5 "likely mistakes").
import { toRatio } from "../../core/ratio.js";
import type { Indicator } from "../../schema/rubric.js";
import { formatRange, metricRange, type MetricRange } from "./metric-range.js";
import { createReport, type Report, type Rule } from "./report.js";

type Path = (string | number)[];
/** `unreachable`: "above" when a threshold over the metric's maximum can never be met. */
interface Threshold {
  path: Path;
  value: number | string;
  unreachable: "above" | "below";
  /** A veto bound out of range is the opposite of unreachable: it always applies. */
  veto?: boolean;
}

function thresholdsOf(indicator: Indicator, base: Path): Threshold[] {
  const out: Threshold[] = [];
  const s = indicator.scoring;
  const at = (path: Path, value: number | string | undefined, unreachable: Threshold["unreachable"], veto = false) => {
    if (value !== undefined) out.push({ path: [...base, ...path], value, unreachable, veto });
  };
  s.steps?.forEach((step, j) => {
    at(["scoring", "steps", j, "min"], step.min, "above");
    at(["scoring", "steps", j, "max"], step.max, "below");
  });
  at(["scoring", "pass", "min"], s.pass?.min, "above");
  at(["scoring", "pass", "max"], s.pass?.max, "below");
  if (s.linear) {
    const higherBetter = toRatio(s.linear.full) > toRatio(s.linear.zero);
    at(["scoring", "linear", "full"], s.linear.full, higherBetter ? "above" : "below");
  }
  if (s.ratio) at(["scoring", "ratio", "target"], s.ratio.target, s.ratio.lower_is_better ? "below" : "above");
  // A veto bound outside the range vetoes everybody.
  at(["veto", "below"], indicator.veto?.below, "above", true);
  at(["veto", "above"], indicator.veto?.above, "below", true);
  return out;
}

function checkThreshold(t: Threshold, range: MetricRange, report: Report): void {
  const x = toRatio(t.value);
  // 90 written for 0.9: only a plain number of ten or more reads as a percentage; "150%" or 4.5
  // on a rate is simply out of range (dividing again by 100 would suggest nonsense).
  if (range.rate && typeof t.value === "number" && x >= 10 && x <= 100) {
    report.warn("ratio_as_percent", t.path, { value: String(t.value), metric: range.label, suggested: String(x / 100) });
    return;
  }
  const unreachable = t.unreachable === "above" ? x > range.max : x < range.min;
  if (unreachable) report.warn(t.veto ? "veto_always" : "threshold_out_of_range", t.path, { value: String(t.value), metric: range.label, range: formatRange(range) });
}

export const checkThresholds: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  rubric.indicators.forEach((indicator, i) => {
    const range = metricRange(indicator.metric);
    for (const t of thresholdsOf(indicator, ["indicators", i])) checkThreshold(t, range, report);
  });
  return report.diagnostics;
};
