import { describe, expect, it } from "vitest";
import { prorateByWorkdays, prorationFactor, weekdaysBetween } from "../../src/core/proration.js";
import { errorCode } from "./error-code.js";

const october = weekdaysBetween("2026-10-01", "2026-11-01");

describe("weekdaysBetween", () => {
  it("lists Mon–Fri dates of October 2026 (22 days, Thu 1st to Fri 30th)", () => {
    expect(october).toHaveLength(22);
    expect(october[0]).toBe("2026-10-01");
    expect(october.at(-1)).toBe("2026-10-30");
    expect(october).not.toContain("2026-10-03");
  });

  it("is empty for an empty range and rejects impossible dates", () => {
    expect(weekdaysBetween("2026-10-05", "2026-10-05")).toEqual([]);
    expect(errorCode(() => weekdaysBetween("2026-02-30", "2026-03-05"))).toBe("invalid_date");
  });
});

describe("prorationFactor", () => {
  it.each([
    [undefined, undefined, 1],
    ["2026-10-19", undefined, 10 / 22], // new joiner: 19–23 and 26–30
    [undefined, "2026-10-09", 7 / 22], // leaver: 1–2 and 5–9, end date inclusive
    ["2026-10-05", "2026-10-05", 1 / 22],
    ["2026-09-01", "2026-12-31", 1],
    ["2026-11-02", undefined, 0],
  ])("start %s, end %s", (start, end, expected) => {
    expect(prorationFactor(start, end, october)).toBe(expected);
  });

  it("gives the exact fraction for money", () => {
    expect(prorateByWorkdays("2026-10-19", undefined, october)).toEqual({ num: 10n, den: 22n });
  });

  it("counts a make-up workday the caller puts in the list", () => {
    const days = [...october, "2026-10-10"].sort();
    expect(prorateByWorkdays("2026-10-10", undefined, days)).toEqual({ num: 16n, den: 23n });
  });

  it("refuses a period without workdays", () => {
    expect(errorCode(() => prorationFactor(undefined, undefined, []))).toBe("period_no_workdays");
  });
});
