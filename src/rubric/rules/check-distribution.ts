// §6 distribution: shares name grades, lie in [0, 1] and sum to at most 1; force mode leaves
// exactly one grade without a share (it takes the rest).
import { toRatio } from "../../core/ratio.js";
import { compareExact, formatExact, sumExact } from "./decimal.js";
import { createReport, type Rule } from "./report.js";

export const checkDistribution: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const distribution = rubric.distribution;
  if (!distribution) return [];
  const grades = [...new Set(rubric.grades.map((g) => g.id))];
  const path = ["distribution", "shares"];
  for (const [grade, share] of Object.entries(distribution.shares)) {
    if (!grades.includes(grade)) report.errorAtKey("distribution_unknown_grade", [...path, grade], { grade, known: grades });
    const x = toRatio(share);
    if (x < 0 || x > 1) report.error("distribution_share_range", [...path, grade], { grade, share: String(share) });
  }
  const sum = sumExact(Object.values(distribution.shares));
  if (compareExact(sum, 1) > 0) report.error("distribution_share_sum", path, { sum: formatExact(sum) });
  if (distribution.mode === "force") {
    const rest = grades.filter((g) => !(g in distribution.shares));
    if (rest.length !== 1) report.error("distribution_force_rest", path, { grades: rest });
  }
  return report.diagnostics;
};
