// A manual indicator (metric type manual, scoring.manual): ratings -> value, n and points.
// Ratings are records whose metric is the indicator id, rater_role supervisor (or none) or self,
// from a records file or a filled workbook (--manual). The last rating of each role in input order
// counts, so a workbook read after the records files corrects them.
import type { ManualScoring } from "../schema/rubric.js";
import type { PersonRecord } from "./types.js";

export interface ManualRating {
  /** The supervisor's level, or (1 − w) × supervisor's + w × self's; null without a supervisor rating. */
  value: number | null;
  /** Ratings that count: the supervisor's, and the self-rating when self_weight > 0. */
  n: number;
  points: number | null;
  ratings: { supervisor: number | null; self: number | null };
  notes: string[];
}

/** Level -> points, levels ascending. */
export function levelPoints(scoring: ManualScoring | undefined): Map<number, number> {
  const entries = Object.entries(scoring?.levels ?? {}).map(([level, spec]) => [Number(level), spec.points] as const);
  return new Map(entries.sort((a, b) => a[0] - b[0]));
}

export function rateManually(id: string, scoring: ManualScoring | undefined, records: readonly PersonRecord[]): ManualRating {
  const levels = levelPoints(scoring);
  const selfWeight = scoring?.self_weight ?? 0;
  const given: Record<"supervisor" | "self", number[]> = { supervisor: [], self: [] };
  const notes: string[] = [];
  const invalid: number[] = [];
  let otherRoles = 0;
  for (const record of records) {
    if (record.metric !== id) continue;
    const role = record.raterRole?.trim().toLowerCase() || "supervisor";
    if (role !== "supervisor" && role !== "self") otherRoles++;
    else if (!levels.has(record.value)) invalid.push(record.value);
    else given[role].push(record.value);
  }
  if (invalid.length > 0) notes.push(`ignored ratings that are not a level (${[...levels.keys()].join(", ")}): ${invalid.join(", ")}`);
  if (otherRoles > 0) notes.push(`ignored ${otherRoles} ratings whose rater_role is neither supervisor nor self`);
  const last = (role: "supervisor" | "self"): number | null => {
    const list = given[role];
    if (new Set(list).size > 1) notes.push(`${list.length} ${role} ratings (${list.join(", ")}): the last one, ${list.at(-1)}, counts`);
    return list.at(-1) ?? null;
  };
  const supervisor = last("supervisor");
  const self = selfWeight > 0 ? last("self") : null;
  const n = (supervisor === null ? 0 : 1) + (self === null ? 0 : 1);
  const ratings = { supervisor, self };
  if (supervisor === null) {
    if (self !== null) notes.push("a self-rating without a supervisor rating does not count");
    return { value: null, n, points: null, ratings, notes };
  }
  const points = levels.get(supervisor)!;
  if (self === null) {
    if (selfWeight > 0) notes.push("no self-rating: the supervisor rating alone counts");
    return { value: supervisor, n, points, ratings, notes };
  }
  // The workbook's points formula computes the same expression in the same order.
  return { value: (1 - selfWeight) * supervisor + selfWeight * self, n, points: (1 - selfWeight) * points + selfWeight * levels.get(self)!, ratings, notes };
}
