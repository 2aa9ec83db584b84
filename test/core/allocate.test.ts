import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateLargestRemainder, type AllocationEntry } from "../../src/core/allocate.js";
import { errorCode } from "./error-code.js";

const entry = (key: string, weight: AllocationEntry["weight"], score = 0): AllocationEntry => ({ key, weight, score });

describe("allocateLargestRemainder", () => {
  it("splits 100000.00 over 1.5 / 1.2 / 1.0 exactly (the last cent goes to the largest remainder)", () => {
    // Quotas in cents: 4054054.05…, 3243243.24…, 2702702.70… → the leftover cent goes to c.
    const out = allocateLargestRemainder(10_000_000n, [entry("a", 1.5), entry("b", 1.2), entry("c", 1.0)]);
    expect(out).toEqual(new Map([["a", 4054054n], ["b", 3243243n], ["c", 2702703n]]));
  });

  it("breaks equal remainders by the higher score, then by key in code-unit order", () => {
    const byScore = allocateLargestRemainder(1n, [entry("a", 1, 80), entry("b", 1, 90)]);
    expect(byScore.get("b")).toBe(1n);
    const byKey = allocateLargestRemainder(2n, [entry("b", 1, 90), entry("a", 1, 90), entry("B", 1, 90)]);
    expect(byKey).toEqual(new Map([["b", 0n], ["a", 1n], ["B", 1n]]));
  });

  it("compares remainders exactly: 3 × 1.1 and 3.3 are the same weight", () => {
    // In floats 3 * 1.1 = 3.3000000000000003 > 3.3; as fractions they tie and the score decides.
    const out = allocateLargestRemainder(1n, [
      entry("x", { num: 33n, den: 10n }, 90),
      entry("y", 3.3, 95),
    ]);
    expect(out.get("y")).toBe(1n);
  });

  it("gives weight 0 nothing", () => {
    const out = allocateLargestRemainder(101n, [entry("a", 0, 100), entry("b", 1), entry("c", 1)]);
    expect(out).toEqual(new Map([["a", 0n], ["b", 51n], ["c", 50n]]));
  });

  it("accepts exact fractions such as a proration of 10/22", () => {
    const out = allocateLargestRemainder(100n, [entry("new", { num: 10n, den: 22n }), entry("old", 1)]);
    expect(out.get("new")).toBe(31n); // 100 × 10/32 = 31.25
    expect(out.get("old")).toBe(69n); // 68.75 → the leftover unit
  });

  it("refuses all-zero weights, nobody at all, negative weights and a negative total", () => {
    expect(errorCode(() => allocateLargestRemainder(100n, [entry("a", 0), entry("b", 0)]))).toBe("bonus_no_weight");
    expect(errorCode(() => allocateLargestRemainder(0n, []))).toBe("bonus_no_weight");
    expect(errorCode(() => allocateLargestRemainder(100n, [entry("a", -1), entry("b", 2)]))).toBe("bonus_negative_weight");
    expect(errorCode(() => allocateLargestRemainder(-1n, [entry("a", 1)]))).toBe("bonus_negative_pool");
  });
});

// Weights in hundredths so the test's own quota arithmetic is plain integers.
const entriesArb = fc
  .uniqueArray(
    fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }), cents: fc.nat({ max: 1_000_000 }), score: fc.integer({ min: 0, max: 100 }) }),
    { minLength: 1, maxLength: 25, selector: (e) => e.key },
  )
  .filter((es) => es.some((e) => e.cents > 0));
const totalArb = fc.bigInt({ min: 0n, max: 10n ** 12n });

describe("allocateLargestRemainder properties", () => {
  it("non-negative, sums exactly to the total, within the quota bounds", () => {
    fc.assert(
      fc.property(totalArb, entriesArb, (total, es) => {
        const out = allocateLargestRemainder(total, es.map((e) => entry(e.key, e.cents / 100, e.score)));
        const sumW = es.reduce((a, e) => a + BigInt(e.cents), 0n);
        let sum = 0n;
        for (const e of es) {
          const a = out.get(e.key) ?? -1n;
          const exact = total * BigInt(e.cents);
          const floor = exact / sumW;
          const ceil = exact % sumW === 0n ? floor : floor + 1n;
          expect(a >= floor && a <= ceil).toBe(true);
          if (e.cents === 0) expect(a).toBe(0n);
          sum += a;
        }
        expect(sum).toBe(total);
      }),
    );
  });

  it("does not depend on input order", () => {
    fc.assert(
      fc.property(totalArb, entriesArb, fc.array(fc.nat(), { minLength: 25, maxLength: 25 }), (total, es, order) => {
        const input = es.map((e) => entry(e.key, e.cents / 100, e.score));
        const shuffled = input.map((e, i) => ({ e, k: order[i] ?? 0 })).sort((a, b) => a.k - b.k).map((x) => x.e);
        const a = allocateLargestRemainder(total, input);
        const b = allocateLargestRemainder(total, shuffled);
        for (const e of input) expect(b.get(e.key)).toBe(a.get(e.key));
      }),
    );
  });

  it("people with the same weight differ by at most one unit", () => {
    fc.assert(
      fc.property(totalArb, entriesArb, fc.nat({ max: 1_000_000 }), (total, es, cents) => {
        const input = [...es.map((e) => entry(e.key, e.cents / 100, e.score)), entry("twin-1", cents / 100 + 0.01), entry("twin-2", cents / 100 + 0.01, 50)];
        const out = allocateLargestRemainder(total, input);
        const diff = (out.get("twin-1") ?? 0n) - (out.get("twin-2") ?? 0n);
        expect(diff >= -1n && diff <= 1n).toBe(true);
      }),
    );
  });

  it("pool scaling: a person's change is at most ceil(Δpool·w/Σw) + 1", () => {
    fc.assert(
      fc.property(totalArb, fc.bigInt({ min: 0n, max: 10n ** 6n }), entriesArb, (total, delta, es) => {
        const input = es.map((e) => entry(e.key, e.cents / 100, e.score));
        const before = allocateLargestRemainder(total, input);
        const after = allocateLargestRemainder(total + delta, input);
        const sumW = es.reduce((a, e) => a + BigInt(e.cents), 0n);
        for (const e of es) {
          const change = (after.get(e.key) ?? 0n) - (before.get(e.key) ?? 0n);
          const bound = (delta * BigInt(e.cents) + sumW - 1n) / sumW + 1n;
          expect(change <= bound && change >= -1n).toBe(true);
        }
      }),
    );
  });
});
