// §6: grades highest first, min strictly decreasing, the last min 0 — so the half-open bands
// [min_i, min_{i-1}) partition [0, ∞) and every score gets exactly one grade (RELIABILITY 46).
import type { Rubric } from "../../schema/rubric.js";
import { compareExact, exact } from "./decimal.js";
import { createReport, type Rule } from "./report.js";

const COEFFICIENT_METHODS = new Set(["coefficient", "top_share"]);

function canPass100(rubric: Rubric): boolean {
  const overAchieves = rubric.indicators.some((i) => (i.scoring.ratio?.cap ?? 100) > 100);
  const adds = (rubric.adjustments ?? []).some((a) => a.points_per > 0 || (a.min ?? 0) > 0);
  return overAchieves || adds;
}

export const checkGrades: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const seen = new Set<string>();
  const grades = rubric.grades;
  grades.forEach((grade, i) => {
    if (seen.has(grade.id)) report.error("grade_duplicate_id", ["grades", i, "id"], { id: grade.id });
    seen.add(grade.id);
    const previous = grades[i - 1];
    if (previous && compareExact(exact(grade.min), previous.min) >= 0) {
      report.error("grade_min_order", ["grades", i, "min"], { id: grade.id, min: grade.min, previous: previous.min });
    }
  });
  const last = grades.at(-1);
  if (last && compareExact(exact(last.min), 0) !== 0) report.error("grade_last_min", ["grades", grades.length - 1, "min"], { id: last.id, min: last.min });
  const top = grades[0];
  if (top && top.min > 100 && !canPass100(rubric)) report.warn("grade_min_unreachable", ["grades", 0, "min"], { id: top.id, min: top.min });

  const method = rubric.bonus?.method ?? "coefficient";
  if (rubric.bonus && COEFFICIENT_METHODS.has(method)) {
    grades.forEach((grade, i) => {
      if (grade.coefficient === undefined) report.error("grade_coefficient_missing", ["grades", i], { id: grade.id, method });
    });
  }
  return report.diagnostics;
};
