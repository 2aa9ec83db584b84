// Largest remainder (Hamilton) in integer minor units (spec §7, RELIABILITY §8).
import { dataError, KpiError } from "../errors.js";
import { compareCodeUnits } from "./person-key.js";
import { gcd, toFraction, type Fraction } from "./ratio.js";

export interface AllocationEntry {
  key: string;
  /** A number is read as the decimal it prints as; pass a Fraction for exact rationals (e.g. 15/22 of a period). */
  weight: number | Fraction;
  score: number;
}

/**
 * Splits `total` units in proportion to the weights; the result sums exactly to `total`.
 * Exactness: every weight becomes a fraction n_i/d_i, all are brought to one common denominator
 * D (the lcm of the d_i), so w_i = m_i / D with integer m_i. Then quota_i = total × m_i / M with
 * M = Σ m_i: floor and remainder come from BigInt division by the same M, so remainders compare
 * exactly and no float ever decides who gets the last cent.
 * Leftover units go by remainder desc, then score desc ("ties to the higher score"), then key asc.
 */
export function allocateLargestRemainder(total: bigint, entries: readonly AllocationEntry[]): Map<string, bigint> {
  if (total < 0n) throw dataError("bonus_negative_pool", `cannot allocate a negative amount (${total} minor units)`);
  const seen = new Set<string>();
  const fractions = entries.map((e) => {
    if (seen.has(e.key)) throw new KpiError("internal", `allocation lists ${e.key} twice`, { exitCode: 3 });
    seen.add(e.key);
    const f = toFraction(e.weight);
    if (f.den <= 0n || f.num < 0n) throw dataError("bonus_negative_weight", `weight of ${e.key} is negative or invalid`);
    return f;
  });
  const common = fractions.reduce((d, f) => (d / gcd(d, f.den)) * f.den, 1n);
  const scaled = fractions.map((f) => f.num * (common / f.den));
  const sum = scaled.reduce((a, b) => a + b, 0n);
  if (sum === 0n) {
    throw dataError(
      "bonus_no_weight",
      entries.length === 0 ? "nobody is eligible for the bonus pool" : `every bonus weight is 0 (${entries.length} people): the pool cannot be distributed`,
      undefined,
      "check grade coefficients, bonus_base in the roster and start/end dates",
    );
  }
  const rows = entries.map((e, i) => {
    const product = total * (scaled[i] ?? 0n);
    return { entry: e, weight: scaled[i] ?? 0n, units: product / sum, remainder: product % sum };
  });
  let leftover = total - rows.reduce((a, r) => a + r.units, 0n);
  const order = rows.filter((r) => r.weight > 0n).sort(compareClaims);
  // leftover < number of non-zero remainders, so weight-0 entries are never reached.
  for (const row of order) {
    if (leftover === 0n) break;
    row.units += 1n;
    leftover -= 1n;
  }
  return new Map(rows.map((r) => [r.entry.key, r.units]));
}

function compareClaims(
  a: { entry: AllocationEntry; remainder: bigint },
  b: { entry: AllocationEntry; remainder: bigint },
): number {
  if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
  if (a.entry.score > b.entry.score) return -1;
  if (a.entry.score < b.entry.score) return 1;
  return compareCodeUnits(a.entry.key, b.entry.key);
}
