// §5: each adjustment adds points_per × value clamped to [min, max], min default 0.
import { createReport, type Rule } from "./report.js";

export const checkAdjustments: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  (rubric.adjustments ?? []).forEach((adjustment, i) => {
    const path = ["adjustments", i];
    const min = adjustment.min ?? 0;
    if (adjustment.max !== undefined && min > adjustment.max) report.error("adjustment_bounds", [...path, "min"], { min, max: adjustment.max });
    if (adjustment.points_per < 0 && min >= 0) report.warn("adjustment_penalty_without_min", [...path, "points_per"]);
  });
  return report.diagnostics;
};
