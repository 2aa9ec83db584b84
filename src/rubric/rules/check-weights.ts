// §4: for every role, the weights of the indicators that apply to it sum to exactly 100.
import { applicableIndicators, declaredRoles } from "./applicable.js";
import { compareExact, formatExact, sumExact } from "./decimal.js";
import { createReport, type Rule } from "./report.js";

export const checkWeights: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const roles = declaredRoles(rubric);
  rubric.indicators.forEach((indicator, i) => {
    const entries = typeof indicator.weight === "number" ? [[undefined, indicator.weight] as const] : Object.entries(indicator.weight);
    for (const [role, weight] of entries) {
      const path = role === undefined ? ["indicators", i, "weight"] : ["indicators", i, "weight", role];
      if (role !== undefined && !roles.includes(role)) report.errorAtKey("weight_unknown_role", path, { id: indicator.id, role, roles });
      if (weight < 0) report.error("weight_negative", path, { id: indicator.id, weight: String(weight) });
      if (weight === 0) report.warn("weight_zero", path, { id: indicator.id, role });
    }
    if (typeof indicator.weight === "object") {
      for (const role of indicator.roles ?? []) {
        if (!(role in indicator.weight)) report.warn("weight_missing_role", ["indicators", i, "roles"], { id: indicator.id, role });
      }
    }
  });
  for (const role of roles) {
    const applicable = applicableIndicators(rubric, role);
    const sum = sumExact(applicable.map((a) => a.weight));
    if (compareExact(sum, 100) !== 0) {
      report.errorAtKey("weights_sum", ["indicators"], { role, sum: formatExact(sum), ids: applicable.map((a) => a.indicator.id) });
    }
  }
  return report.diagnostics;
};
