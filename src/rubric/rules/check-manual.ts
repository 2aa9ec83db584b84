// Manual indicators (scoring.manual): whole-number levels, points in [0, 100] that do not fall as
// the level rises, self_weight in [0, 1], and a manual scoring exactly with a manual metric.
import { createReport, type Rule } from "./report.js";

export const checkManual: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  rubric.indicators.forEach((indicator, i) => {
    const path = ["indicators", i];
    const manual = indicator.scoring.manual;
    const isManualMetric = indicator.metric.type === "manual";
    if (manual && !isManualMetric) report.error("manual_scoring_needs_manual_metric", [...path, "metric", "type"], { type: indicator.metric.type });
    if (isManualMetric && !manual) report.error("manual_metric_needs_manual_scoring", [...path, "scoring"]);
    if (!manual) return;
    const base = [...path, "scoring", "manual"];
    const weight = manual.self_weight;
    if (weight !== undefined && (weight < 0 || weight > 1)) report.error("manual_self_weight_range", [...base, "self_weight"], { value: weight });
    const entries = Object.entries(manual.levels);
    if (entries.length === 0) report.error("manual_levels_empty", [...base, "levels"]);
    const levels: { key: string; points: number }[] = [];
    for (const [key, level] of entries) {
      if (level.points < 0 || level.points > 100) report.error("points_range", [...base, "levels", key, "points"], { points: level.points });
      if (/^(0|[1-9]\d{0,5})$/.test(key)) levels.push({ key, points: level.points });
      else report.errorAtKey("manual_level_not_integer", [...base, "levels", key], { level: key });
    }
    levels.sort((a, b) => Number(a.key) - Number(b.key));
    for (let k = 1; k < levels.length; k++) {
      const [lower, cur] = [levels[k - 1]!, levels[k]!];
      if (cur.points < lower.points) {
        report.warn("manual_levels_not_monotone", [...base, "levels", cur.key, "points"], { level: cur.key, points: cur.points, lower: lower.key, lowerPoints: lower.points });
      }
    }
  });
  (rubric.adjustments ?? []).forEach((adjustment, i) => {
    if (adjustment.metric.type === "manual") report.error("manual_in_adjustment", ["adjustments", i, "metric", "type"]);
  });
  return report.diagnostics;
};
