// Distribution of grades after absolute grading (spec §6): `cap` moves the excess down one grade
// at a time; `force` grades by rank alone. Head counts use exact fractions (0.29 × 100 = 29).
import { dataError, KpiError } from "../errors.js";
import type { Distribution } from "../schema/rubric.js";
import { compareCodeUnits } from "./person-key.js";
import { addFractions, toFraction, type Fraction } from "./ratio.js";

export interface DistributedPerson {
  key: string;
  score: number;
  /** Grade after absolute grading and veto caps. */
  grade: string;
  /** Group value (e.g. the team); "" when the rubric has no `group`. */
  group: string;
  /** Best grade a veto allows; force mode never ranks the person above it. */
  cap?: string;
}

export interface DistributionTie {
  group: string;
  /** The grade whose cut separated people with equal scores. */
  grade: string;
  /** Everyone at the cut with that score, key ascending (the order that decided). */
  keys: string[];
}

export interface DistributionResult {
  grades: Map<string, string>;
  ties: DistributionTie[];
}

type Round = "floor" | "nearest";

export function applyDistribution(
  people: readonly DistributedPerson[],
  grades: readonly { id: string }[],
  distribution: Distribution,
): DistributionResult {
  const ids = grades.map((g) => g.id);
  const shares = readShares(ids, distribution);
  const index = new Map(ids.map((id, i) => [id, i]));
  const groups = new Map<string, DistributedPerson[]>();
  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.key)) throw new KpiError("internal", `distribution lists ${p.key} twice`, { exitCode: 3 });
    seen.add(p.key);
    for (const g of [p.grade, p.cap]) {
      if (g !== undefined && !index.has(g)) throw dataError("unknown_grade", `${p.key} has grade ${g}, which the rubric does not define`);
    }
    const members = groups.get(p.group);
    if (members) members.push(p);
    else groups.set(p.group, [p]);
  }
  const result: DistributionResult = { grades: new Map(), ties: [] };
  const round = distribution.round ?? "floor";
  for (const group of [...groups.keys()].sort(compareCodeUnits)) {
    const members = groups.get(group) ?? [];
    const cut = { group, round, n: members.length, result };
    if (distribution.mode === "cap") capGroup(members, ids, shares, cut);
    else forceGroup(members, ids, shares, index, cut);
  }
  return result;
}

interface Cut {
  group: string;
  round: Round;
  n: number;
  result: DistributionResult;
}

function readShares(ids: string[], distribution: Distribution): Map<string, Fraction> {
  const shares = new Map<string, Fraction>();
  for (const [id, raw] of Object.entries(distribution.shares)) {
    if (!ids.includes(id)) throw dataError("distribution_unknown_grade", `distribution.shares names grade ${id}, which the rubric does not define`);
    const f = toFraction(raw);
    if (f.num < 0n || f.num > f.den) throw dataError("distribution_share_range", `distribution share of ${id} must be between 0 and 1`);
    shares.set(id, f);
  }
  if (distribution.mode === "force") {
    const rest = ids.filter((id) => !shares.has(id));
    if (rest.length !== 1) {
      throw dataError("distribution_force_rest", `force mode needs exactly one grade without a share (it takes the rest); found ${rest.length}: ${rest.join(", ") || "none"}`);
    }
    const total = [...shares.values()].reduce(addFractions, { num: 0n, den: 1n });
    if (total.num > total.den) throw dataError("distribution_shares_exceed", "force mode shares add up to more than 1");
  }
  return shares;
}

/** floor(share × n), or nearest with .5 rounded up. */
function headCount(share: Fraction, n: number, round: Round): number {
  const x = share.num * BigInt(n);
  return Number(round === "nearest" ? (2n * x + share.den) / (2n * share.den) : x / share.den);
}

function byRank(a: DistributedPerson, b: DistributedPerson): number {
  if (a.score > b.score) return -1;
  if (a.score < b.score) return 1;
  return compareCodeUnits(a.key, b.key);
}

/** Keeps the first `count` of the ranked list in `grade`, reports an equal-score cut, returns the rest. */
function take(ranked: DistributedPerson[], count: number, grade: string, cut: Cut): DistributedPerson[] {
  const kept = ranked.slice(0, count);
  for (const p of kept) cut.result.grades.set(p.key, grade);
  const last = kept.at(-1);
  const next = ranked[count];
  if (last && next && last.score === next.score) {
    const keys = ranked.filter((p) => p.score === last.score).map((p) => p.key);
    cut.result.ties.push({ group: cut.group, grade, keys });
  }
  return ranked.slice(count);
}

// Highest grade first; people over a cap move down one grade and count against the next cap.
function capGroup(members: DistributedPerson[], ids: string[], shares: Map<string, Fraction>, cut: Cut): void {
  let carried: DistributedPerson[] = [];
  ids.forEach((id, i) => {
    const holders = [...carried, ...members.filter((p) => p.grade === id)].sort(byRank);
    const share = shares.get(id);
    const last = i === ids.length - 1;
    carried = take(holders, last || !share ? holders.length : headCount(share, cut.n, cut.round), id, cut);
  });
}

// Grades by rank; each grade is filled from the best-ranked people its veto caps allow. If rounding
// to nearest overshoots, lower grades get fewer; the lowest grade takes whoever is left.
function forceGroup(members: DistributedPerson[], ids: string[], shares: Map<string, Fraction>, index: Map<string, number>, cut: Cut): void {
  const counts = ids.map((id) => {
    const share = shares.get(id);
    return share ? headCount(share, cut.n, cut.round) : undefined;
  });
  const fixed = counts.reduce<number>((a, c) => a + (c ?? 0), 0);
  const capAt = (p: DistributedPerson) => (p.cap === undefined ? 0 : (index.get(p.cap) ?? 0));
  let remaining = [...members].sort(byRank);
  ids.forEach((id, i) => {
    const allowed = remaining.filter((p) => capAt(p) <= i);
    const count = i === ids.length - 1 ? allowed.length : (counts[i] ?? Math.max(0, cut.n - fixed));
    const taken = new Set(allowed.slice(0, count));
    take(allowed, count, id, cut);
    remaining = remaining.filter((p) => !taken.has(p));
  });
}
