import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/period.js";

const iso = (ms: number) => new Date(ms).toISOString();

describe("parsePeriod", () => {
  it.each([
    ["2026-10", "Asia/Shanghai", "2026-09-30T16:00:00.000Z", "2026-10-31T16:00:00.000Z"],
    ["2026-12", "UTC", "2026-12-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"],
    ["2026-Q4", "UTC", "2026-10-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"],
    ["2026-Q1", "Asia/Shanghai", "2025-12-31T16:00:00.000Z", "2026-03-31T16:00:00.000Z"],
    ["2026", "UTC", "2026-01-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"],
    ["2026-10-05..2026-10-18", "Asia/Shanghai", "2026-10-04T16:00:00.000Z", "2026-10-18T16:00:00.000Z"],
    // DST: New York's October month starts at -04:00 and ends at -05:00.
    ["2026-10", "America/New_York", "2026-10-01T04:00:00.000Z", "2026-11-01T04:00:00.000Z"],
    ["2026-11", "America/New_York", "2026-11-01T04:00:00.000Z", "2026-12-01T05:00:00.000Z"],
  ])("%s in %s is [%s, %s)", (label, zone, start, end) => {
    const period = parsePeriod(label, zone)!;
    expect(iso(period.start)).toBe(start);
    expect(iso(period.end)).toBe(end);
  });

  it("knows its first and last local day", () => {
    expect(parsePeriod("2026-02", "UTC")).toMatchObject({ firstDay: "2026-02-01", lastDay: "2026-02-28" });
  });

  it.each(["2026-13", "2026-Q5", "Oct 2026", "2026-10-18..2026-10-05", "2026-02-30..2026-03-01", ""])("rejects %j", (label) => {
    expect(parsePeriod(label, "UTC")).toBeUndefined();
  });
});
