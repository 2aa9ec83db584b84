import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../../src/core/round.js";

describe("roundHalfUp", () => {
  it.each([
    [87.125, 87.13],
    [1.005, 1.01],
    [2.675, 2.68],
    [12.75, 12.75],
    [99.995, 100],
    [59.994999, 59.99],
    [0.1 + 0.2, 0.3],
    [0, 0],
  ])("%f -> %f", (value, expected) => {
    expect(roundHalfUp(value)).toBe(expected);
  });

  it("property: the result is within half a cent and has at most 2 decimals", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), (value) => {
        const rounded = roundHalfUp(value);
        return Math.abs(rounded - value) <= 0.005 + 1e-9 && Number(rounded.toFixed(2)) === rounded;
      }),
    );
  });
});
