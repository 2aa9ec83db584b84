import { describe, expect, it } from "vitest";
import { formatMinor, formatMinorText, toMinorUnits } from "../../src/core/money.js";
import { roundHalfUp, toFraction, toRatio } from "../../src/core/ratio.js";
import { errorCode } from "./error-code.js";

describe("toRatio / toFraction", () => {
  it.each([
    [0.9, 0.9],
    ["90%", 0.9],
    [" 12.5 % ", 0.125],
    ["7%", 0.07],
    [1, 1],
  ])("%j -> %j", (input, expected) => {
    expect(toRatio(input)).toBe(expected);
  });

  it("reads a number as the decimal it prints as", () => {
    expect(toFraction(0.29)).toEqual({ num: 29n, den: 100n });
    expect(toFraction(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(toFraction(1e-7)).toEqual({ num: 1n, den: 10n ** 7n });
  });

  it("rounds half up, also for negatives (toward +infinity)", () => {
    expect(roundHalfUp({ num: 5n, den: 2n })).toBe(3n);
    expect(roundHalfUp({ num: -5n, den: 2n })).toBe(-2n);
    expect(roundHalfUp({ num: 7n, den: 3n })).toBe(2n);
  });

  it("rejects NaN and Infinity", () => {
    expect(errorCode(() => toFraction(Number.NaN))).toBe("not_a_number");
    expect(errorCode(() => toFraction(Number.POSITIVE_INFINITY))).toBe("not_a_number");
  });
});

describe("toMinorUnits", () => {
  it.each([
    [100000, 0.01, 10000000n],
    [12345.67, 0.01, 1234567n],
    [0.1, 0.01, 10n],
    [1.15, 0.05, 23n],
    [300, 1, 300n],
    [0, 0.01, 0n],
  ])("%d in units of %d = %d", (amount, minor, units) => {
    expect(toMinorUnits(amount, minor)).toBe(units);
  });

  it("rejects more decimals than the minor unit allows (0.001 CNY)", () => {
    expect(errorCode(() => toMinorUnits(0.001, 0.01))).toBe("money_precision");
    expect(errorCode(() => toMinorUnits(1.12, 0.05))).toBe("money_precision");
  });

  it("rejects amounts past the exact range of doubles", () => {
    expect(errorCode(() => toMinorUnits(2 ** 60, 0.01))).toBe("money_unsafe");
  });
});

describe("formatMinor", () => {
  it.each([
    [1234567n, 0.01, "12345.67", 12345.67],
    [5n, 0.01, "0.05", 0.05],
    [-50n, 0.01, "-0.50", -0.5],
    [23n, 0.05, "1.15", 1.15],
    [300n, 1, "300", 300],
    [7n, 10, "70", 70],
  ])("%d × %d", (units, minor, text, value) => {
    expect(formatMinorText(units, minor)).toBe(text);
    expect(formatMinor(units, minor)).toBe(value);
    expect(String(formatMinor(units, minor))).toBe(String(value));
  });
});
