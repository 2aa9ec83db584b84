// 一票否决 (§4): exactly one bound, and a cap that is a declared grade.
import { createReport, type Rule } from "./report.js";

export const checkVeto: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const grades = [...new Set(rubric.grades.map((g) => g.id))];
  rubric.indicators.forEach((indicator, i) => {
    const veto = indicator.veto;
    if (!veto) return;
    const path = ["indicators", i, "veto"];
    if ((veto.below === undefined) === (veto.above === undefined)) report.error("veto_bound_count", path);
    if (!grades.includes(veto.cap_grade)) report.error("veto_unknown_grade", [...path, "cap_grade"], { grade: veto.cap_grade, known: grades });
  });
  return report.diagnostics;
};
