// §4.4: with `categories`, each role's weights in each category sum to the category's number.
import { applicableIndicators, declaredRoles } from "./applicable.js";
import { compareExact, formatExact, sumExact } from "./decimal.js";
import { createReport, type Rule } from "./report.js";

export const checkCategories: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const categories = rubric.categories;
  if (!categories) return [];
  const known = Object.keys(categories);
  const total = sumExact(Object.values(categories));
  // Under 100 is allowed: uncategorised indicators may make up the rest.
  if (compareExact(total, 100) > 0) report.error("categories_total", ["categories"], { sum: formatExact(total) });
  rubric.indicators.forEach((indicator, i) => {
    if (indicator.category === undefined) report.warn("category_missing", ["indicators", i, "id"], { id: indicator.id });
    else if (!(indicator.category in categories)) {
      report.warn("category_unknown", ["indicators", i, "category"], { id: indicator.id, category: indicator.category, known });
    }
  });
  for (const role of declaredRoles(rubric)) {
    const applicable = applicableIndicators(rubric, role);
    for (const [category, expected] of Object.entries(categories)) {
      const sum = sumExact(applicable.filter((a) => a.indicator.category === category).map((a) => a.weight));
      if (compareExact(sum, expected) !== 0) {
        report.error("category_sum", ["categories", category], { role, category, sum: formatExact(sum), expected: String(expected) });
      }
    }
  }
  return report.diagnostics;
};
