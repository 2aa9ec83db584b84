import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreValue } from "../../src/core/scoring.js";
import type { Scoring } from "../../src/schema/rubric.js";

const steps: Scoring = { steps: [{ min: 0.95, points: 100 }, { min: 0.9, points: 85 }, { min: "80%", points: 70 }, { points: 60 }] };

describe("scoreValue", () => {
  it.each([
    [0.97, 100],
    [0.95, 100],
    [0.9499, 85],
    [0.9, 85],
    [0.8, 70],
    [0.1, 60],
  ])("steps: %f -> %d points", (value, points) => {
    expect(scoreValue(value, steps)).toBe(points);
  });

  it("max steps pick the first bound the value is under", () => {
    const lowerBetter: Scoring = { steps: [{ max: 2, points: 100 }, { max: 3, points: 80 }, { points: 40 }] };
    expect(scoreValue(1.5, lowerBetter)).toBe(100);
    expect(scoreValue(2.5, lowerBetter)).toBe(80);
    expect(scoreValue(3.01, lowerBetter)).toBe(40);
  });

  it.each([
    [{ linear: { zero: 3, full: 5 } }, 4, 50],
    [{ linear: { zero: 3, full: 5 } }, 6, 100],
    [{ linear: { zero: 3, full: 5 } }, 2, 0],
    [{ linear: { zero: 4, full: 2 } }, 2.5, 75],
    [{ ratio: { target: 200 } }, 150, 75],
    [{ ratio: { target: 200 } }, 300, 100],
    [{ ratio: { target: 200, cap: 120 } }, 300, 120],
    [{ ratio: { target: 2, lower_is_better: true } }, 4, 50],
    [{ pass: { min: 4.5 } }, 4.5, 100],
    [{ pass: { min: 4.5 } }, 4.49, 0],
    [{ pass: { max: 2 } }, 2.1, 0],
    [{ deduct: { per: 5 } }, 3, 85],
    [{ deduct: { per: 5, from: 10 } }, 3, 0],
  ] as [Scoring, number, number][])("%j on %f -> %f", (scoring, value, points) => {
    expect(scoreValue(value, scoring)).toBeCloseTo(points, 10);
  });

  it("property: points stay in [0, 100] for every scoring type without a cap above 100", () => {
    const scorings: Scoring[] = [steps, { linear: { zero: 0.5, full: 0.95 } }, { linear: { zero: 4, full: 1 } }, { ratio: { target: 0.9 } }, { ratio: { target: 2, lower_is_better: true } }, { pass: { min: 0.9 } }, { deduct: { per: 5 } }];
    fc.assert(
      fc.property(fc.constantFrom(...scorings), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (scoring, value) => {
        const points = scoreValue(value, scoring);
        return points >= 0 && points <= 100;
      }),
    );
  });

  it("property: min steps are monotone — a higher value never earns fewer points", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return scoreValue(lo, steps) <= scoreValue(hi, steps);
      }),
    );
  });
});
