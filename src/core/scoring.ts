// Value -> points (§4.2). Points are in [0, 100], except `ratio` with a cap above 100.
import type { Scoring } from "../schema/rubric.js";
import { toRatio } from "./ratio.js";

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function scoreValue(value: number, scoring: Scoring): number {
  if (scoring.steps) {
    for (const step of scoring.steps) {
      if (step.min !== undefined) {
        if (value >= toRatio(step.min)) return step.points;
      } else if (step.max !== undefined) {
        if (value <= toRatio(step.max)) return step.points;
      } else {
        return step.points;
      }
    }
    return 0;
  }
  if (scoring.linear) {
    const zero = toRatio(scoring.linear.zero);
    const full = toRatio(scoring.linear.full);
    if (zero === full) return value >= full ? 100 : 0;
    return clamp(((value - zero) / (full - zero)) * 100, 0, 100);
  }
  if (scoring.ratio) {
    const target = toRatio(scoring.ratio.target);
    const cap = scoring.ratio.cap ?? 100;
    if (scoring.ratio.lower_is_better) {
      // A value of 0 on a lower-is-better measure is as good as it gets.
      if (value <= 0) return cap;
      return clamp((target / value) * 100, 0, cap);
    }
    if (target === 0) return cap;
    return clamp((value / target) * 100, 0, cap);
  }
  if (scoring.pass) {
    if (scoring.pass.min !== undefined) return value >= toRatio(scoring.pass.min) ? 100 : 0;
    if (scoring.pass.max !== undefined) return value <= toRatio(scoring.pass.max) ? 100 : 0;
    return 0;
  }
  if (scoring.deduct) {
    const from = scoring.deduct.from ?? 100;
    // Occurrences are counts: a negative value (a data error upstream) must not earn points.
    return Math.max(0, from - scoring.deduct.per * Math.max(0, value));
  }
  return 0;
}

/** The one scoring type a rubric entry uses, for explanations and sheets. */
export function scoringKind(scoring: Scoring): "steps" | "linear" | "ratio" | "pass" | "deduct" | "manual" | undefined {
  for (const kind of ["steps", "linear", "ratio", "pass", "deduct", "manual"] as const) if (scoring[kind]) return kind;
  return undefined;
}
