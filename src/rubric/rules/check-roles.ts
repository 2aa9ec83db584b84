// Roles named on indicators and adjustments must be declared under `roles:` (default [default]).
import { declaredRoles } from "./applicable.js";
import { createReport, type Rule } from "./report.js";

export const checkRoles: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const roles = declaredRoles(rubric);
  const seen = new Set<string>();
  (rubric.roles ?? []).forEach((role, i) => {
    if (seen.has(role)) report.error("duplicate_role", ["roles", i], { role });
    seen.add(role);
  });
  for (const list of ["indicators", "adjustments"] as const) {
    (rubric[list] ?? []).forEach((item, i) => {
      (item.roles ?? []).forEach((role, j) => {
        if (!roles.includes(role)) report.error("unknown_role", [list, i, "roles", j], { id: item.id, role, roles });
      });
    });
  }
  return report.diagnostics;
};
