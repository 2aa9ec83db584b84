// Indicator and adjustment ids share one namespace: they key the JSON result and explanations.
import { createReport, type Rule } from "./report.js";

export const checkIds: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const first = new Map<string, string>();
  for (const list of ["indicators", "adjustments"] as const) {
    (rubric[list] ?? []).forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier) report.error("duplicate_id", [list, i, "id"], { id: item.id, first: earlier });
      else first.set(item.id, `${list}[${i}]`);
    });
  }
  return report.diagnostics;
};
