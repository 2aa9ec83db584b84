// §7 bonus: a pool exact to the minor unit, settings that match the method, and somebody who
// can receive money (RELIABILITY 47, 48).
import { toRatio } from "../../core/ratio.js";
import type { Bonus } from "../../schema/rubric.js";
import { exact, formatExact } from "./decimal.js";
import { createReport, type Report, type Rule } from "./report.js";

const METHOD_SETTINGS: Record<NonNullable<Bonus["method"]>, (keyof Bonus)[]> = {
  coefficient: [],
  top_share: ["top_share"],
  redistribute: ["withhold", "to"],
};

function checkPool(bonus: Bonus, report: Report): void {
  const pool = exact(bonus.pool);
  const minor = exact(bonus.minor_unit ?? 0.01);
  // pool / minor must be a whole number of minor units.
  const units = { num: pool.num * minor.den, den: pool.den * minor.num };
  if (units.num % units.den !== 0n) report.error("bonus_pool_precision", ["bonus", "pool"], { pool: formatExact(pool), minor: formatExact(minor) });
  else if (units.num / units.den > BigInt(Number.MAX_SAFE_INTEGER)) report.error("bonus_pool_too_large", ["bonus", "pool"]);
  if (bonus.pool === 0) report.warn("bonus_pool_zero", ["bonus", "pool"]);
}

export const checkBonus: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  const bonus = rubric.bonus;
  if (!bonus) return [];
  const method = bonus.method ?? "coefficient";
  const grades = [...new Set(rubric.grades.map((g) => g.id))];
  checkPool(bonus, report);
  if (method === "top_share") {
    if (!bonus.top_share) report.error("bonus_top_share_missing", ["bonus", "method"]);
    for (const key of ["top", "share"] as const) {
      const value = bonus.top_share?.[key];
      if (value !== undefined && !(toRatio(value) > 0 && toRatio(value) <= 1)) {
        report.error("bonus_top_share_range", ["bonus", "top_share", key], { key, value: String(value) });
      }
    }
  }
  if (method === "redistribute") {
    for (const key of ["withhold", "to"] as const) if (!bonus[key]) report.error("bonus_redistribute_missing", ["bonus", "method"], { key });
  }
  const used = new Set(METHOD_SETTINGS[method]);
  for (const key of ["top_share", "withhold", "to"] as const) {
    if (bonus[key] !== undefined && !used.has(key)) report.warn("bonus_setting_ignored", ["bonus", key], { key, method });
  }
  for (const [grade, value] of Object.entries(bonus.withhold ?? {})) {
    const path = ["bonus", "withhold", grade];
    if (!grades.includes(grade)) report.errorAtKey("bonus_unknown_grade", path, { grade, known: grades });
    const x = toRatio(value);
    if (x < 0 || x > 1) report.error("bonus_withhold_range", path, { grade, value: String(value) });
  }
  (bonus.to ?? []).forEach((grade, j) => {
    if (!grades.includes(grade)) report.error("bonus_unknown_grade", ["bonus", "to", j], { grade, known: grades });
    else if (bonus.withhold?.[grade] !== undefined && toRatio(bonus.withhold[grade]) > 0) report.error("bonus_withhold_to", ["bonus", "to", j], { grade });
  });
  const coefficients = rubric.grades.map((g) => g.coefficient);
  if (method !== "redistribute" && coefficients.every((c) => c === 0)) report.error("bonus_all_coefficients_zero", ["grades"]);
  return report.diagnostics;
};
