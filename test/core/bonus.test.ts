import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateBonus, type BonusPerson } from "../../src/core/bonus.js";
import type { Bonus, Grade } from "../../src/schema/rubric.js";
import { errorCode } from "./error-code.js";

const grades: Grade[] = [
  { id: "S", min: 90, coefficient: 1.5 },
  { id: "A", min: 80, coefficient: 1.2 },
  { id: "B", min: 60, coefficient: 1.0 },
  { id: "C", min: 40, coefficient: 0.6 },
  { id: "D", min: 0, coefficient: 0 },
];
const scoreOf: Record<string, number> = { S: 95, A: 85, B: 70, C: 50, D: 20 };
const person = (key: string, grade: string, base = Number.NaN, proration: BonusPerson["proration"] = 1, score = scoreOf[grade] ?? 0): BonusPerson => ({ key, grade, base, proration, score });
const pay = (people: BonusPerson[], bonus: Partial<Bonus>) => allocateBonus({ people, grades, bonus: { pool: 100000, ...bonus } });

describe("method coefficient", () => {
  it("splits 100000.00 CNY over 1.5 / 1.2 / 1.0 to the cent", () => {
    const out = pay([person("ann", "S"), person("bob", "A"), person("cat", "B")], {});
    expect(out).toEqual(new Map([["ann", 4054054n], ["bob", 3243243n], ["cat", 2702703n]]));
  });

  it("weights by roster base", () => {
    const out = pay([person("ann", "B", 12000), person("bob", "B", 8000)], { base: "roster" });
    expect(out).toEqual(new Map([["ann", 6000000n], ["bob", 4000000n]]));
  });

  it("prorates a new joiner by workdays (10 of 22) when prorate is true", () => {
    const people = [person("old", "B", Number.NaN, 1), person("new", "B", Number.NaN, { num: 10n, den: 22n })];
    // weights 22 : 10 of 32 → 6875.00 and 3125.00
    expect(allocateBonus({ people, grades, bonus: { pool: 10000, prorate: true } })).toEqual(new Map([["old", 687500n], ["new", 312500n]]));
    expect(allocateBonus({ people, grades, bonus: { pool: 10000 } })).toEqual(new Map([["old", 500000n], ["new", 500000n]]));
  });

  it("gives nothing to coefficient 0", () => {
    const out = pay([person("ann", "A"), person("dan", "D")], { pool: 500 });
    expect(out).toEqual(new Map([["ann", 50000n], ["dan", 0n]]));
  });

  it("all-zero weights are an error, never a silent zero", () => {
    expect(errorCode(() => pay([person("dan", "D"), person("eve", "D")], {}))).toBe("bonus_no_weight");
    expect(errorCode(() => pay([], {}))).toBe("bonus_no_weight");
  });

  it("rejects a pool finer than the minor unit (0.001 CNY)", () => {
    expect(errorCode(() => pay([person("ann", "A")], { pool: 0.001 }))).toBe("money_precision");
    expect(pay([person("ann", "A")], { pool: 1, minor_unit: 1 }).get("ann")).toBe(1n);
  });

  it("needs a coefficient and a bonus_base when they are used", () => {
    const noCoefficient = [{ id: "X", min: 0 }];
    expect(errorCode(() => allocateBonus({ people: [person("ann", "X")], grades: noCoefficient, bonus: { pool: 1 } }))).toBe("bonus_no_coefficient");
    expect(errorCode(() => pay([person("ann", "A")], { base: "roster" }))).toBe("bonus_base_missing");
  });
});

describe("method top_share", () => {
  it("the top 20% (2 of 10) share 40%; the other 8 share the rest by coefficient", () => {
    const people = [person("s1", "S", Number.NaN, 1, 97), person("s2", "S", Number.NaN, 1, 96), ...Array.from({ length: 8 }, (_, i) => person(`b${i}`, "B"))];
    const out = pay(people, { method: "top_share", top_share: { top: 0.2, share: "40%" } });
    expect(out.get("s1")).toBe(2000000n);
    expect(out.get("s2")).toBe(2000000n);
    for (let i = 0; i < 8; i++) expect(out.get(`b${i}`)).toBe(750000n);
  });

  it("head count is at least 1; the top sub-pool is rounded half up to the minor unit", () => {
    // 3 people: floor(0.2 × 3) = 0 → 1. Pool 0.05 × 0.5 = 2.5 cents → 3 cents to the top.
    const out = pay([person("a", "B", Number.NaN, 1, 90), person("b", "B", Number.NaN, 1, 80), person("c", "B", Number.NaN, 1, 70)], {
      pool: 0.05,
      method: "top_share",
      top_share: { top: 0.2, share: 0.5 },
    });
    expect(out).toEqual(new Map([["a", 3n], ["b", 1n], ["c", 1n]]));
  });

  it("a group without weight passes its sub-pool to the other group", () => {
    const out = pay([person("solo", "A")], { pool: 100, method: "top_share", top_share: { top: 0.2, share: 0.4 } });
    expect(out.get("solo")).toBe(10000n);
  });

  it("says so when a top scorer with coefficient 0 leaves the top group without weight", () => {
    const said: string[] = [];
    const people = [person("vetoed", "D", Number.NaN, 1, 99), person("b1", "B"), person("b2", "B"), person("b3", "B"), person("b4", "B")];
    const out = allocateBonus({ people, grades, bonus: { pool: 1000, method: "top_share", top_share: { top: 0.2, share: 0.4 } }, warn: (code) => said.push(code) });
    expect(out.get("vetoed")).toBe(0n);
    expect(out.get("b1")).toBe(25000n);
    expect(said).toEqual(["bonus_top_share_merged"]);
  });
});

describe("method redistribute", () => {
  const team = () => [person("alice", "S", 10000), person("bob", "A", 8000), person("carol", "C", 8000), person("dan", "D", 6000)];
  const redistribute: Partial<Bonus> = { method: "redistribute", base: "roster", withhold: { C: 0.5, D: 1 }, to: ["S", "A"] };

  it("moves what C and D lose to S and A in proportion to base, summing to the total nominal", () => {
    // Withheld 4000 + 6000 = 10000, shared 10000 : 8000 → 5555.56 and 4444.44.
    const out = pay(team(), redistribute);
    expect(out).toEqual(new Map([["alice", 1555556n], ["bob", 1244444n], ["carol", 400000n], ["dan", 0n]]));
    expect([...out.values()].reduce((a, b) => a + b)).toBe(3200000n);
  });

  it("pays everyone their nominal when nobody is withheld", () => {
    expect(pay([person("alice", "S", 10000), person("bob", "B", 7000.5)], redistribute)).toEqual(new Map([["alice", 1000000n], ["bob", 700050n]]));
  });

  it("refuses to withhold money nobody can receive", () => {
    expect(errorCode(() => pay([person("bob", "B", 8000), person("carol", "C", 8000)], redistribute))).toBe("bonus_no_recipient");
  });

  it("with base: equal, the nominal is the pool split equally", () => {
    const out = pay([person("a", "S"), person("b", "B"), person("c", "C"), person("d", "B")], { pool: 1000, method: "redistribute", withhold: { C: 0.5 }, to: ["S"] });
    expect(out).toEqual(new Map([["a", 37500n], ["b", 25000n], ["c", 12500n], ["d", 25000n]]));
  });
});

// Property tests over all three methods.
const gradeIds = grades.map((g) => g.id);
const peopleArb = fc.uniqueArray(
  fc.record({ key: fc.string({ minLength: 1, maxLength: 3 }), grade: fc.constantFrom(...gradeIds), base: fc.integer({ min: 1, max: 4 }).map((b) => b * 2500), days: fc.integer({ min: 1, max: 22 }) }),
  { minLength: 1, maxLength: 20, selector: (p) => p.key },
);
const bonusArb = fc.record({
  pool: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100),
  method: fc.constantFrom("coefficient" as const, "top_share" as const, "redistribute" as const),
  base: fc.constantFrom("equal" as const, "roster" as const),
  prorate: fc.boolean(),
});
const toPeople = (ps: { key: string; grade: string; base: number; days: number }[]) =>
  ps.map((p) => person(p.key, p.grade, p.base, { num: BigInt(p.days), den: 22n }, (scoreOf[p.grade] ?? 0) + (p.days % 5)));
const toBonus = (b: { pool: number; method: Bonus["method"]; base: Bonus["base"]; prorate: boolean }): Bonus => ({
  ...b,
  top_share: { top: 0.2, share: 0.4 },
  withhold: { C: 0.5, D: 1 },
  to: ["S", "A", "B"],
});
const tryPay = (people: BonusPerson[], bonus: Bonus) => {
  try {
    return allocateBonus({ people, grades, bonus });
  } catch (error) {
    if (["bonus_no_weight", "bonus_no_recipient"].includes((error as { code?: string }).code ?? "")) return undefined;
    throw error;
  }
};

describe("bonus properties", () => {
  it("non-negative bigints summing exactly to the pool (redistribute: to the total nominal)", () => {
    fc.assert(
      fc.property(peopleArb, bonusArb, (ps, b) => {
        const bonus = toBonus(b);
        const out = tryPay(toPeople(ps), bonus);
        if (!out) return;
        const total = [...out.values()].reduce((x, y) => x + y, 0n);
        for (const v of out.values()) expect(typeof v === "bigint" && v >= 0n).toBe(true);
        if (b.method !== "redistribute" || b.base === "equal") expect(total).toBe(BigInt(Math.round(b.pool * 100)));
        const nominal = tryPay(toPeople(ps), { ...bonus, withhold: {} });
        if (b.method === "redistribute" && nominal) expect(total).toBe([...nominal.values()].reduce((x, y) => x + y, 0n));
      }),
    );
  });

  it("does not depend on input order", () => {
    fc.assert(
      fc.property(peopleArb, bonusArb, (ps, b) => {
        const a = tryPay(toPeople(ps), toBonus(b));
        const r = tryPay(toPeople([...ps].reverse()), toBonus(b));
        expect(r && [...r].sort()).toEqual(a && [...a].sort());
      }),
    );
  });

  it("coefficient: a higher grade never gets less than a lower grade with the same base; twins differ by at most one unit", () => {
    fc.assert(
      fc.property(peopleArb, bonusArb, (ps, b) => {
        const people = toPeople(ps);
        const out = tryPay(people, { ...toBonus(b), method: "coefficient" });
        if (!out) return;
        const rank = (i: number) => gradeIds.indexOf(ps[i]?.grade ?? "");
        const sameBase = (i: number, j: number) => ps[i]?.base === ps[j]?.base && (!b.prorate || ps[i]?.days === ps[j]?.days);
        people.forEach((p, i) =>
          people.forEach((q, j) => {
            if (!sameBase(i, j)) return;
            const [x, y] = [out.get(p.key) ?? 0n, out.get(q.key) ?? 0n];
            if (rank(i) < rank(j)) expect(x >= y).toBe(true);
            if (rank(i) === rank(j)) expect(x - y <= 1n && y - x <= 1n).toBe(true);
          }),
        );
      }),
    );
  });
});
