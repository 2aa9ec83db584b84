// The `record` metric's aggregation (spec §4.1), including 360 rater weights.
import type { SourceRef } from "./types.js";
import { addFractions, fractionToNumber, toFraction, type Fraction } from "./ratio.js";

export type RecordAgg = "sum" | "mean" | "max" | "min" | "last" | "count";

export interface AggregatedRecord {
  value: number;
  /** Epoch ms; NaN when the record has no date. */
  date: number;
  raterRole?: string | undefined;
  source: SourceRef;
}

export interface Aggregate {
  /** null = no observations where that means insufficient (§4.1). */
  value: number | null;
  n: number;
  notes: string[];
}

/** With `raters`, `agg` is not used: each rater group contributes its mean (§4.1 "weights the mean"). */
export function aggregateRecords(records: readonly AggregatedRecord[], agg: RecordAgg, raters?: Record<string, number>): Aggregate {
  if (raters) return aggregateRaters(records, raters);
  return { value: reduce(records, agg), n: records.length, notes: [] };
}

function reduce(records: readonly AggregatedRecord[], agg: RecordAgg): number | null {
  // No records: nothing happened for sum and count (0); anything else is insufficient.
  if (agg === "count") return records.length;
  if (records.length === 0) return agg === "sum" ? 0 : null;
  const values = records.map((r) => r.value);
  switch (agg) {
    case "sum":
      return sumInOrder(values);
    case "mean":
      return sumInOrder(values) / values.length;
    case "max":
      return values.reduce((a, b) => Math.max(a, b));
    case "min":
      return values.reduce((a, b) => Math.min(a, b));
    case "last":
      return pickLast(records).value;
  }
}

/** Float addition depends on order; sorting first keeps the result independent of row order. */
function sumInOrder(values: number[]): number {
  return [...values].sort((a, b) => a - b).reduce((a, b) => a + b, 0);
}

/** Latest by date, then the later in input order; undated records count as older than dated ones. */
function pickLast(records: readonly AggregatedRecord[]): AggregatedRecord {
  let best = records[0] as AggregatedRecord;
  for (const r of records.slice(1)) {
    if (Number.isNaN(r.date) ? Number.isNaN(best.date) : !(r.date < best.date)) best = r;
  }
  return best;
}

const normalizeRole = (role: string | undefined) => (role ?? "").trim().toLowerCase();

// Weighted mean of each rater_role's mean; absent groups are dropped and the rest re-weighted.
function aggregateRaters(records: readonly AggregatedRecord[], raters: Record<string, number>): Aggregate {
  const weights = new Map<string, Fraction>();
  for (const [role, w] of Object.entries(raters)) weights.set(normalizeRole(role), toFraction(w));
  const groups = new Map<string, number[]>();
  const ignored = new Map<string, number>();
  for (const r of records) {
    const role = normalizeRole(r.raterRole);
    const label = role || "(none)";
    if (!weights.has(role)) ignored.set(label, (ignored.get(label) ?? 0) + 1);
    else if (groups.has(role)) groups.get(role)?.push(r.value);
    else groups.set(role, [r.value]);
  }
  const notes: string[] = [];
  const present = [...weights.keys()].filter((role) => groups.has(role));
  const missing = [...weights.keys()].filter((role) => !groups.has(role));
  const total = present.reduce((a, role) => addFractions(a, weights.get(role) as Fraction), { num: 0n, den: 1n });
  const n = present.reduce((a, role) => a + (groups.get(role)?.length ?? 0), 0);
  if (ignored.size > 0) {
    const list = [...ignored].map(([role, count]) => `${role} ×${count}`).join(", ");
    notes.push(`ignored ${records.length - n} records whose rater_role is not in raters (${list})`);
  }
  if (present.length === 0 || total.num === 0n) {
    if (present.length > 0) notes.push("the rater groups present all have weight 0");
    return { value: null, n, notes };
  }
  const share = (role: string) => {
    const w = weights.get(role) as Fraction;
    return fractionToNumber({ num: w.num * total.den, den: w.den * total.num });
  };
  if (missing.length > 0) {
    const reweighted = present.map((role) => `${role} ${Number(share(role).toFixed(4))}`).join(", ");
    notes.push(`no ${missing.join(", ")} ratings: re-weighted ${reweighted}`);
  }
  const value = present.reduce((a, role) => {
    const values = groups.get(role) ?? [];
    return a + share(role) * (sumInOrder(values) / values.length);
  }, 0);
  return { value, n, notes };
}
