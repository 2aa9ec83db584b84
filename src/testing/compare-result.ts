// Expected outcome vs actual result -> the list of differences, in the order the case lists them.
// Pure: no I/O, so every message is unit-testable.
import type { PersonResult } from "../schema/result.js";
import type { PersonExpect, TestCase } from "./case-schema.js";

export interface Mismatch {
  /** Dotted path, e.g. "alice.indicators.frt_sla.points". */
  path: string;
  /** The same path as keys under `expect` (ids may hold dots); set for values `--update` can rewrite. */
  keys?: string[];
  expected: unknown;
  actual: unknown;
  tolerance?: number;
  message: string;
}

type Expectations = Pick<TestCase, "expect" | "tolerance" | "exhaustive">;

const PERSON_FIELDS = ["score", "grade", "rank", "bonus", "role", "team"] as const;
const INDICATOR_FIELDS = ["value", "n", "points", "weight", "contribution", "status"] as const;
const ADJUSTMENT_FIELDS = ["value", "points"] as const;

/** Person ids compare trimmed and case-insensitively (spec §2.3). */
export const personKey = (id: string) => id.trim().toLowerCase();

export function compareResult(testCase: Expectations, people: PersonResult[]): Mismatch[] {
  const byKey = new Map(people.map((p) => [personKey(p.id), p]));
  const out: Mismatch[] = [];
  const listed = new Set<string>();
  for (const [id, expect] of Object.entries(testCase.expect)) {
    listed.add(personKey(id));
    const actual = byKey.get(personKey(id));
    const tolerance = expect.tolerance ?? testCase.tolerance ?? 0;
    out.push(...comparePerson(id, expect, actual, tolerance));
  }
  if (testCase.exhaustive) {
    for (const p of people) {
      if (listed.has(personKey(p.id))) continue;
      out.push({ path: p.id, expected: undefined, actual: summary(p), message: `${p.id}: rated (${summary(p)}), not expected` });
    }
  }
  return out;
}

function comparePerson(id: string, expect: PersonExpect, actual: PersonResult | undefined, tolerance: number): Mismatch[] {
  if (expect.rated === false) {
    return actual ? [{ path: id, expected: "not rated", actual: summary(actual), message: `${id}: expected not rated, got ${summary(actual)}` }] : [];
  }
  if (!actual) return [{ path: id, expected: "rated", actual: "not rated", message: `${id}: expected in results, not rated` }];
  const out: Mismatch[] = [];
  for (const field of PERSON_FIELDS) out.push(...compareValue([id, field], expect[field], actual[field], tolerance));
  for (const [indicator, fields] of Object.entries(expect.indicators ?? {})) {
    const found = actual.indicators.find((i) => i.id === indicator);
    const path = `${id}.indicators.${indicator}`;
    if (!found) out.push({ path, expected: "present", actual: "absent", message: `${path}: expected in results, not present` });
    else for (const field of INDICATOR_FIELDS) out.push(...compareValue([id, "indicators", indicator, field], fields[field], found[field], tolerance));
  }
  for (const [adjustment, fields] of Object.entries(expect.adjustments ?? {})) {
    const found = actual.adjustments.find((a) => a.id === adjustment);
    const path = `${id}.adjustments.${adjustment}`;
    if (!found) out.push({ path, expected: "present", actual: "absent", message: `${path}: expected in results, not present` });
    else for (const field of ADJUSTMENT_FIELDS) out.push(...compareValue([id, "adjustments", adjustment, field], fields[field], found[field], tolerance));
  }
  for (const text of expect.notes ?? []) {
    if (actual.notes.some((note) => note.includes(text))) continue;
    const got = actual.notes.length ? actual.notes.map((n) => JSON.stringify(n)).join("; ") : "none";
    out.push({ path: `${id}.notes`, expected: text, actual: actual.notes, message: `${id}.notes: expected a note containing ${JSON.stringify(text)}, got ${got}` });
  }
  return out;
}

function compareValue(keys: string[], expected: unknown, actual: unknown, tolerance: number): Mismatch[] {
  if (expected === undefined) return [];
  const path = keys.join(".");
  if (typeof expected === "number" && typeof actual === "number") {
    // Float noise (12.749999999999998) is never a regression; anything beyond it is.
    const noise = 1e-9 * Math.max(1, Math.abs(expected), Math.abs(actual));
    if (Math.abs(expected - actual) <= tolerance + noise) return [];
    const range = tolerance > 0 ? ` ± ${tolerance}` : "";
    return [{ path, keys, expected, actual, ...(tolerance > 0 ? { tolerance } : {}), message: `${path}: expected ${expected}${range}, got ${actual}` }];
  }
  if (expected === actual) return [];
  return [{ path, keys, expected, actual, message: `${path}: expected ${show(expected)}, got ${show(actual)}` }];
}

const show = (v: unknown) => (v === null || v === undefined ? "null" : String(v));
const summary = (p: PersonResult) => `score ${p.score}, grade ${p.grade}`;
