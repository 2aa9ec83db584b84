import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyDistribution, type DistributedPerson } from "../../src/core/distribution.js";
import type { Distribution } from "../../src/schema/rubric.js";
import { errorCode } from "./error-code.js";

const grades = [{ id: "S" }, { id: "A" }, { id: "B" }, { id: "C" }, { id: "D" }];
const bands: [string, number][] = [["S", 90], ["A", 80], ["B", 60], ["C", 40], ["D", 0]];
const gradeOf = (score: number) => (bands.find(([, min]) => score >= min) ?? ["D"])[0];
const person = (key: string, score: number, group = "", grade = gradeOf(score)): DistributedPerson => ({ key, score, grade, group });
const team = (scores: number[], group = "") => scores.map((s, i) => person(`p${String(i).padStart(2, "0")}`, s, group));
const gradesOf = (people: DistributedPerson[], d: Distribution) => {
  const out = applyDistribution(people, grades, d).grades;
  return people.map((p) => out.get(p.key)).join("");
};

describe("cap mode", () => {
  it("10-person team, S share 0.1 with floor: exactly 1 S", () => {
    const people = team([95, 93, 91, 85, 70, 70, 65, 60, 50, 30]);
    expect(gradesOf(people, { mode: "cap", shares: { S: 0.1 } })).toBe("SAAABBBBCD");
  });

  it("cascades: the excess moves down one grade and counts against the next cap", () => {
    // S cap 1 → 93 and 91 move to A; A cap 2 keeps 93 and 91, so 85 and 82 move on to B.
    const people = team([95, 93, 91, 85, 82, 70, 65, 60, 50, 30]);
    expect(gradesOf(people, { mode: "cap", shares: { S: 0.1, A: 0.2 } })).toBe("SAABBBBBCD");
  });

  it("breaks a tie at the cut by key and reports it", () => {
    const people = [person("bob", 92), person("ann", 92), ...team([70, 70, 70, 70, 70, 70, 70, 70])];
    const out = applyDistribution(people, grades, { mode: "cap", shares: { S: 0.1 } });
    expect(out.grades.get("ann")).toBe("S");
    expect(out.grades.get("bob")).toBe("A");
    expect(out.ties).toEqual([{ group: "", grade: "S", keys: ["ann", "bob"] }]);
  });

  it("reports no tie when the people at the cut differ in score", () => {
    const out = applyDistribution(team([95, 92, 70, 70, 70, 70, 70, 70, 70, 70]), grades, { mode: "cap", shares: { S: 0.1 } });
    expect(out.ties).toEqual([]);
  });

  it("rounds to nearest with .5 up", () => {
    const five = team([95, 94, 93, 70, 70]);
    expect(gradesOf(five, { mode: "cap", shares: { S: 0.1 } })).toBe("AAABB"); // floor(0.5) = 0
    expect(gradesOf(five, { mode: "cap", shares: { S: 0.1 }, round: "nearest" })).toBe("SAABB"); // 0.5 → 1
    expect(gradesOf(team([95, 94, 93, 92, 70, 70, 70, 70, 70, 70]), { mode: "cap", shares: { S: 0.25 }, round: "nearest" })).toBe("SSSABBBBBB"); // 2.5 → 3
  });

  it("computes head counts exactly: 29% of 100 is 29, not 28.999…", () => {
    const people = Array.from({ length: 100 }, (_, i) => person(`p${String(i).padStart(3, "0")}`, 95));
    const out = applyDistribution(people, grades, { mode: "cap", shares: { S: 0.29 } });
    expect([...out.grades.values()].filter((g) => g === "S")).toHaveLength(29);
  });

  it("caps each group separately", () => {
    const people = [...team([95, 94, 70, 70, 70], "L1"), ...team([99, 98, 97, 70, 70], "L2").map((p) => ({ ...p, key: `x${p.key}` }))];
    const out = applyDistribution(people, grades, { mode: "cap", shares: { S: "20%" } });
    expect(people.map((p) => out.grades.get(p.key)).join("")).toBe("SABBBSAABB");
  });

  it("keeps a vetoed grade (cap mode only moves people down)", () => {
    const people = [person("vetoed", 99, "", "C"), ...team([95, 70, 70])];
    const out = applyDistribution(people, grades, { mode: "cap", shares: { S: 0.5 } });
    expect(out.grades.get("vetoed")).toBe("C");
  });
});

describe("force mode", () => {
  const shares = { S: 0.1, A: 0.2, C: 0.1, D: 0 };
  it("grades by rank alone; the grade without a share takes the rest", () => {
    const people = team([50, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
    expect(gradesOf(people, { mode: "force", shares })).toBe("CBBBBBBAAS");
  });

  it("reports a tie at a cut", () => {
    const people = team([90, 90, 80, 70, 70, 70, 70, 70, 70, 60]);
    const out = applyDistribution(people, grades, { mode: "force", shares });
    expect(people.map((p) => out.grades.get(p.key)).join("")).toBe("SAABBBBBBC");
    expect(out.ties).toEqual([{ group: "", grade: "S", keys: ["p00", "p01"] }]);
  });

  it("never ranks a vetoed person above the veto's cap", () => {
    const people = [{ ...person("vetoed", 99), cap: "C" }, ...team([90, 80, 70, 70, 70, 70, 70, 70, 60])];
    const out = applyDistribution(people, grades, { mode: "force", shares });
    expect(out.grades.get("vetoed")).toBe("C");
    expect(out.grades.get("p00")).toBe("S");
    // The vetoed person takes C's one place; the head counts (1 S, 2 A, 6 B, 1 C) still hold.
    expect(people.map((p) => out.grades.get(p.key)).join("")).toBe("CSAABBBBBB");
  });

  it("needs exactly one grade without a share, and shares of at most 1", () => {
    expect(errorCode(() => applyDistribution([], grades, { mode: "force", shares: { S: 0.1 } }))).toBe("distribution_force_rest");
    const all = { S: 0.1, A: 0.2, B: 0.4, C: 0.2, D: 0.1 };
    expect(errorCode(() => applyDistribution([], grades, { mode: "force", shares: all }))).toBe("distribution_force_rest");
    expect(errorCode(() => applyDistribution([], grades, { mode: "force", shares: { S: 0.6, A: 0.5, C: 0, D: 0 } }))).toBe("distribution_shares_exceed");
    expect(errorCode(() => applyDistribution([], grades, { mode: "cap", shares: { X: 0.1 } }))).toBe("distribution_unknown_grade");
  });
});

const peopleArb = fc.uniqueArray(
  fc.record({ key: fc.string({ minLength: 1, maxLength: 3 }), score: fc.integer({ min: 0, max: 20 }).map((x) => x * 5), group: fc.constantFrom("", "L1", "L2") }),
  { maxLength: 30, selector: (p) => p.key },
);
const distributionArb = fc.record({
  mode: fc.constantFrom("cap" as const, "force" as const),
  round: fc.constantFrom("floor" as const, "nearest" as const),
  s: fc.integer({ min: 0, max: 30 }),
  a: fc.integer({ min: 0, max: 30 }),
});
const toDistribution = (d: { mode: "cap" | "force"; round: "floor" | "nearest"; s: number; a: number }): Distribution =>
  d.mode === "cap" ? { mode: "cap", round: d.round, shares: { S: d.s / 100, A: d.a / 100 } } : { mode: "force", round: d.round, shares: { S: d.s / 100, A: d.a / 100, C: 0.1, D: 0.05 } };

describe("distribution properties", () => {
  it("does not depend on input order", () => {
    fc.assert(
      fc.property(peopleArb, distributionArb, (ps, d) => {
        const people = ps.map((p) => person(p.key, p.score, p.group));
        const a = applyDistribution(people, grades, toDistribution(d));
        const b = applyDistribution([...people].reverse(), grades, toDistribution(d));
        expect([...b.grades].sort()).toEqual([...a.grades].sort());
        expect(b.ties).toEqual(a.ties);
      }),
    );
  });

  it("within a group a higher score never gets a lower grade; cap mode never moves anyone up", () => {
    fc.assert(
      fc.property(peopleArb, distributionArb, (ps, d) => {
        const people = ps.map((p) => person(p.key, p.score, p.group));
        const out = applyDistribution(people, grades, toDistribution(d)).grades;
        const rank = (k: string) => grades.findIndex((g) => g.id === out.get(k));
        for (const p of people) {
          if (d.mode === "cap") expect(rank(p.key)).toBeGreaterThanOrEqual(grades.findIndex((g) => g.id === p.grade));
          for (const q of people) if (p.group === q.group && p.score > q.score) expect(rank(p.key)).toBeLessThanOrEqual(rank(q.key));
        }
      }),
    );
  });
});
