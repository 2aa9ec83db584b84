// The bonus pool (spec §7, issue 4 item 6): every method works in integer minor units and sums
// exactly to the pool (redistribute: to the total nominal bonus).
import { dataError } from "../errors.js";
import type { Bonus } from "../schema/rubric.js";
import { allocateLargestRemainder } from "./allocate.js";
import { checkFraction, coefficientOf, nominalWeight, type BonusInput, type WeightedPerson } from "./bonus-weights.js";
import { toMinorUnits } from "./money.js";
import { compareCodeUnits } from "./person-key.js";
import { multiplyFractions, roundHalfUp } from "./ratio.js";
import { redistributeBonus } from "./redistribute.js";

export type { BonusInput, BonusPerson } from "./bonus-weights.js";

/** Bonus per person key, in minor units of `bonus.minor_unit` (default 0.01). */
export function allocateBonus(input: BonusInput): Map<string, bigint> {
  const { bonus } = input;
  const pool = toMinorUnits(bonus.pool, bonus.minor_unit ?? 0.01, "bonus.pool");
  const method = bonus.method ?? "coefficient";
  if (method === "redistribute") return redistributeBonus(input, pool);
  const weighted = input.people.map((p) => {
    const c = coefficientOf(p, input.grades);
    if (c === undefined) throw dataError("bonus_no_coefficient", `grade ${p.grade} has no coefficient, which bonus method ${method} needs`);
    const nominal = nominalWeight(p, bonus);
    return { ...nominal, weight: multiplyFractions(nominal.weight, c) };
  });
  return method === "top_share" ? splitTopShare(weighted, pool, bonus, input.warn) : allocateLargestRemainder(pool, weighted);
}

// The top head count (by score desc, key asc) shares pool × share; the others share the rest.
function splitTopShare(weighted: WeightedPerson[], pool: bigint, bonus: Bonus, warn: BonusInput["warn"]): Map<string, bigint> {
  if (!bonus.top_share) throw dataError("bonus_top_share_missing", "method top_share needs bonus.top_share: { top, share }");
  const top = checkFraction(bonus.top_share.top, "bonus.top_share.top");
  const share = checkFraction(bonus.top_share.share, "bonus.top_share.share");
  const ranked = [...weighted].sort((a, b) => (a.score > b.score ? -1 : a.score < b.score ? 1 : compareCodeUnits(a.key, b.key)));
  const head = Math.min(ranked.length, Math.max(1, Number((top.num * BigInt(ranked.length)) / top.den)));
  const best = ranked.slice(0, head);
  const rest = ranked.slice(head);
  // A group without weight (a one-person team, or a top scorer vetoed to coefficient 0) cannot take
  // its sub-pool: it goes to the other group so the pool is still paid out in full.
  const hasWeight = (group: WeightedPerson[]) => group.some((e) => e.weight.num > 0n);
  if (!hasWeight(best) || !hasWeight(rest)) {
    const empty = hasWeight(best) ? "everyone outside the top group has" : "the top group has";
    warn?.("bonus_top_share_merged", `top_share: ${empty} coefficient 0, so the whole pool was split by coefficient`);
    return allocateLargestRemainder(pool, weighted);
  }
  const topPool = roundHalfUp({ num: pool * share.num, den: share.den });
  const paid = new Map([...allocateLargestRemainder(topPool, best), ...allocateLargestRemainder(pool - topPool, rest)]);
  return new Map(weighted.map((e) => [e.key, paid.get(e.key) ?? 0n]));
}
