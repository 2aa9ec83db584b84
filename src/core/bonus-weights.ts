// Bonus weights shared by every method: base, proration and grade coefficient as exact fractions.
import { dataError } from "../errors.js";
import type { Bonus, Grade } from "../schema/rubric.js";
import type { AllocationEntry } from "./allocate.js";
import { multiplyFractions, toFraction, type Fraction } from "./ratio.js";

export interface BonusPerson {
  key: string;
  score: number;
  /** Grade after distribution. */
  grade: string;
  /** Roster bonus_base in currency units; used only with `base: roster` (NaN = missing). */
  base: number;
  /** Share of the period on the roster (proration.ts); used only with `prorate: true`. */
  proration: number | Fraction;
}

export interface BonusInput {
  people: readonly BonusPerson[];
  grades: readonly Grade[];
  bonus: Bonus;
  /** Told when the pool is split other than the method says (never silently). */
  warn?: (code: string, message: string) => void;
}

export interface WeightedPerson extends AllocationEntry {
  weight: Fraction;
  grade: string;
}

/** base × proration: the coefficient-free weight (`base: equal` counts everyone's base as 1). */
export function nominalWeight(p: BonusPerson, bonus: Bonus): WeightedPerson {
  let base: Fraction = { num: 1n, den: 1n };
  if (bonus.base === "roster") {
    if (!Number.isFinite(p.base) || p.base < 0) throw dataError("bonus_base_missing", `${p.key} has no valid bonus_base in the roster (base: roster)`);
    base = toFraction(p.base);
  }
  const proration = bonus.prorate === true ? toFraction(p.proration) : { num: 1n, den: 1n };
  if (proration.num < 0n || proration.num > proration.den) throw dataError("bonus_proration_range", `proration of ${p.key} must be in [0, 1]`);
  return { key: p.key, score: p.score, grade: p.grade, weight: multiplyFractions(base, proration) };
}

/** The grade's coefficient as an exact fraction; undefined when the rubric gives none. */
export function coefficientOf(p: BonusPerson, grades: readonly Grade[]): Fraction | undefined {
  const grade = grades.find((g) => g.id === p.grade);
  if (!grade) throw dataError("unknown_grade", `${p.key} has grade ${p.grade}, which the rubric does not define`);
  return grade.coefficient === undefined ? undefined : toFraction(grade.coefficient);
}

export function checkFraction(x: number | string, what: string): Fraction {
  const f = toFraction(x);
  if (f.num < 0n || f.num > f.den) throw dataError("bonus_ratio_range", `${what} must be between 0 and 1, got ${x}`);
  return f;
}
