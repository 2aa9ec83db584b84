// Bonus method `redistribute` (issue 4 item 6): everyone's nominal bonus is their (prorated) base;
// grades in `withhold` lose that fraction and the withheld total goes to the grades in `to`,
// in proportion to (prorated) base. The result sums exactly to the total nominal.
import { dataError } from "../errors.js";
import { allocateLargestRemainder } from "./allocate.js";
import { checkFraction, coefficientOf, nominalWeight, type BonusInput, type BonusPerson } from "./bonus-weights.js";
import { formatMinorText } from "./money.js";
import { addFractions, roundHalfUp, toFraction, type Fraction } from "./ratio.js";

/**
 * `base: roster`: the nominal is the prorated bonus_base and `pool` is not used (the total is
 * Σ nominal, rounded half-up to the minor unit once, then split by largest remainder so each
 * nominal is within one unit of exact). `base: equal`: the pool split equally (by proration).
 * A grade with coefficient 0 is withheld in full. If money is withheld but nobody can receive it,
 * that is an error: silently keeping, returning or dropping it would each surprise someone.
 */
export function redistributeBonus(input: BonusInput, pool: bigint): Map<string, bigint> {
  const { bonus, grades, people } = input;
  const minorUnit = bonus.minor_unit ?? 0.01;
  const known = new Set(grades.map((g) => g.id));
  const withhold = new Map<string, Fraction>();
  for (const [grade, x] of Object.entries(bonus.withhold ?? {})) {
    if (!known.has(grade)) throw dataError("unknown_grade", `bonus.withhold names grade ${grade}, which the rubric does not define`);
    withhold.set(grade, checkFraction(x, `bonus.withhold.${grade}`));
  }
  const to = new Set(bonus.to ?? []);
  for (const grade of to) {
    if (!known.has(grade)) throw dataError("unknown_grade", `bonus.to names grade ${grade}, which the rubric does not define`);
    if ((withhold.get(grade)?.num ?? 0n) > 0n) throw dataError("bonus_withhold_to", `grade ${grade} is both withheld from and given to`);
  }

  const weighted = people.map((p) => nominalWeight(p, bonus));
  const minor = toFraction(minorUnit);
  const sum = weighted.reduce((a, w) => addFractions(a, w.weight), { num: 0n, den: 1n });
  const total = bonus.base === "roster" ? roundHalfUp({ num: sum.num * minor.den, den: sum.den * minor.num }) : pool;
  const nominal = allocateLargestRemainder(total, weighted);

  const paid = new Map<string, bigint>();
  let withheld = 0n;
  const receivers = weighted.filter((w, i) => {
    const p = people[i] as BonusPerson;
    const own = nominal.get(p.key) ?? 0n;
    const zero = coefficientOf(p, grades)?.num === 0n;
    const fraction = zero ? { num: 1n, den: 1n } : withhold.get(p.grade);
    const cut = fraction ? roundHalfUp({ num: own * fraction.num, den: fraction.den }) : 0n;
    paid.set(p.key, own - cut);
    withheld += cut;
    return to.has(p.grade) && !zero && w.weight.num > 0n;
  });
  if (withheld === 0n) return paid;
  if (receivers.length === 0) {
    throw dataError(
      "bonus_no_recipient",
      `redistribute: ${formatMinorText(withheld, minorUnit)} withheld, but nobody holds a grade in bonus.to (${[...to].join(", ") || "none"}) to receive it`,
      undefined,
      "list more grades in bonus.to, or lower bonus.withhold",
    );
  }
  for (const [key, extra] of allocateLargestRemainder(withheld, receivers)) paid.set(key, (paid.get(key) ?? 0n) + extra);
  return paid;
}
