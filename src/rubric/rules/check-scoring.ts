// §4.2: exactly one scoring type per indicator, with parameters that make sense.
import { toRatio } from "../../core/ratio.js";
import type { Scoring } from "../../schema/rubric.js";
import { compareExact, exact } from "./decimal.js";
import { metricRange, type MetricRange } from "./metric-range.js";
import { createReport, type Report, type Rule } from "./report.js";

type Path = (string | number)[];
const KINDS = ["steps", "linear", "ratio", "pass", "deduct", "manual"] as const;

export const checkScoring: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  rubric.indicators.forEach((indicator, i) => {
    const path = ["indicators", i, "scoring"];
    const scoring = indicator.scoring;
    const found = KINDS.filter((kind) => scoring[kind] !== undefined);
    if (found.length !== 1) report.error("scoring_type_count", path, { found: [...found] });
    if (scoring.steps) checkSteps(scoring.steps, metricRange(indicator.metric), [...path, "steps"], report);
    checkParameters(scoring, path, report);
  });
  return report.diagnostics;
};

function checkParameters(scoring: Scoring, path: Path, report: Report): void {
  const { linear, ratio, pass, deduct } = scoring;
  if (linear && compareExact(exact(linear.zero), linear.full) === 0) report.error("linear_zero_equals_full", [...path, "linear"]);
  if (ratio && compareExact(exact(ratio.target), 0) <= 0) report.error("ratio_target_not_positive", [...path, "ratio", "target"]);
  if (ratio?.cap !== undefined && ratio.cap <= 0) report.error("ratio_cap_not_positive", [...path, "ratio", "cap"]);
  if (pass && (pass.min === undefined) === (pass.max === undefined)) report.error("pass_bound_count", [...path, "pass"]);
  if (deduct && deduct.per < 0) report.error("deduct_per_negative", [...path, "deduct", "per"]);
  if (deduct?.from !== undefined && (deduct.from < 0 || deduct.from > 100)) report.error("deduct_from_range", [...path, "deduct", "from"], { from: deduct.from });
}

type Step = NonNullable<Scoring["steps"]>[number];

/** Bounds monotone so every step can be reached, and some step for every value. */
function checkSteps(steps: Step[], range: MetricRange, path: Path, report: Report): void {
  const fallback = steps.findIndex((s) => s.min === undefined && s.max === undefined);
  steps.forEach((step, j) => {
    if (step.points < 0 || step.points > 100) report.error("points_range", [...path, j, "points"], { points: step.points });
    if (step.min !== undefined && step.max !== undefined) report.error("step_both_bounds", [...path, j]);
    if (fallback >= 0 && j > fallback) report.error("steps_after_fallback", [...path, j]);
  });
  const bounded = steps.flatMap((s, j) => (s.min === undefined && s.max === undefined ? [] : [{ step: s, j }]));
  const usesMin = bounded.some((b) => b.step.min !== undefined);
  const usesMax = bounded.some((b) => b.step.max !== undefined);
  if (usesMin && usesMax) {
    report.error("steps_mixed_bounds", path);
    return;
  }
  const key = usesMin ? "min" : "max";
  for (let k = 1; k < bounded.length; k++) {
    const prev = bounded[k - 1]!;
    const cur = bounded[k]!;
    const order = compareExact(exact(cur.step[key]!), exact(prev.step[key]!));
    if (usesMin ? order >= 0 : order <= 0) {
      report.error("steps_not_monotone", [...path, cur.j, key], {
        bound: String(cur.step[key]),
        previous: String(prev.step[key]),
        order: usesMin ? "list min bounds from highest to lowest" : "list max bounds from lowest to highest",
      });
    }
  }
  const last = bounded.at(-1)?.step[key];
  const covers = last !== undefined && (usesMin ? toRatio(last) <= range.min : toRatio(last) >= range.max);
  if (fallback < 0 && !covers) report.error("steps_no_fallback", path);
}
