import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInstant, instantToWall, localDate, offsetAt, wallToInstant } from "../../src/core/zone.js";

const utc = (s: string) => Date.parse(`${s}Z`);
const HOUR = 3_600_000;

describe("wallToInstant", () => {
  it.each([
    // zone, wall [y, m, d, h, min], expected instant — ordinary times
    ["UTC", [2026, 10, 8, 9, 15], "2026-10-08T09:15:00"],
    ["Asia/Shanghai", [2026, 10, 8, 9, 15], "2026-10-08T01:15:00"],
    ["Asia/Kathmandu", [2026, 10, 1, 9, 0], "2026-10-01T03:15:00"],
    ["America/New_York", [2026, 7, 1, 12, 0], "2026-07-01T16:00:00"],
    ["America/New_York", [2026, 12, 1, 12, 0], "2026-12-01T17:00:00"],
    // DST gap: the wall time does not exist and moves forward by the gap
    ["America/New_York", [2026, 3, 8, 2, 30], "2026-03-08T07:30:00"],
    ["Europe/Berlin", [2026, 3, 29, 2, 30], "2026-03-29T01:30:00"],
    // DST overlap: the wall time happens twice; the earlier instant wins
    ["America/New_York", [2026, 11, 1, 1, 30], "2026-11-01T05:30:00"],
    ["Europe/Berlin", [2026, 10, 25, 2, 30], "2026-10-25T00:30:00"],
    ["Australia/Lord_Howe", [2026, 4, 5, 1, 45], "2026-04-04T14:45:00"], // 30-minute overlap
  ] as const)("%s %j → %s", (zone, [y, m, d, h, min], expected) => {
    expect(wallToInstant(zone, y, m, d, h, min)).toBe(utc(expected));
  });

  it("keeps years 0–99 (Date.UTC would move them to 1900–1999)", () => {
    expect(new Date(wallToInstant("UTC", 50, 1, 1)).getUTCFullYear()).toBe(50);
    expect(instantToWall("Asia/Shanghai", wallToInstant("Asia/Shanghai", 99, 12, 31, 23, 0))).toMatchObject({ year: 99, month: 12, day: 31, hour: 23 });
  });

  it("just outside the gap and overlap is exact", () => {
    expect(wallToInstant("America/New_York", 2026, 3, 8, 1, 59)).toBe(utc("2026-03-08T06:59:00"));
    expect(wallToInstant("America/New_York", 2026, 3, 8, 3, 0)).toBe(utc("2026-03-08T07:00:00"));
    expect(wallToInstant("America/New_York", 2026, 11, 1, 2, 0)).toBe(utc("2026-11-01T07:00:00"));
    expect(wallToInstant("America/New_York", 2026, 11, 1, 0, 59)).toBe(utc("2026-11-01T04:59:00"));
  });
});

describe("offsetAt and formatting", () => {
  it("Asia/Kathmandu is +05:45", () => {
    const t = utc("2026-10-01T03:15:00");
    expect(offsetAt("Asia/Kathmandu", t)).toBe(5 * HOUR + 45 * 60_000);
    expect(formatInstant("Asia/Kathmandu", t)).toBe("2026-10-01T09:00:00+05:45");
  });

  it("changes exactly at the transition instant, also when cached", () => {
    const t = utc("2026-03-08T07:00:00");
    for (let i = 0; i < 2; i++) {
      expect(offsetAt("America/New_York", t - 1)).toBe(-5 * HOUR);
      expect(offsetAt("America/New_York", t)).toBe(-4 * HOUR);
    }
    expect(offsetAt("Australia/Lord_Howe", utc("2026-04-04T14:59:59"))).toBe(11 * HOUR);
    expect(offsetAt("Australia/Lord_Howe", utc("2026-04-04T15:00:00"))).toBe(10.5 * HOUR);
  });

  it("formats negative offsets and UTC", () => {
    expect(formatInstant("America/New_York", utc("2026-11-01T05:30:00"))).toBe("2026-11-01T01:30:00-04:00");
    expect(formatInstant("America/New_York", utc("2026-11-01T06:30:00"))).toBe("2026-11-01T01:30:00-05:00");
    expect(formatInstant("UTC", utc("2026-11-01T06:30:00"))).toBe("2026-11-01T06:30:00Z");
  });

  it("localDate follows the zone, not the process TZ", () => {
    const t = utc("2026-09-30T16:30:00");
    expect(localDate("Asia/Shanghai", t)).toBe("2026-10-01");
    expect(localDate("UTC", t)).toBe("2026-09-30");
    expect(localDate("America/New_York", t)).toBe("2026-09-30");
    expect(instantToWall("Asia/Shanghai", t).weekday).toBe(4); // Thursday
  });
});

describe("round trips", () => {
  const zones = ["UTC", "Asia/Shanghai", "Asia/Kathmandu", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "America/Sao_Paulo"];
  const instant = fc.integer({ min: utc("1990-01-01T00:00:00"), max: utc("2040-01-01T00:00:00") });

  it("instant → wall → instant gives the instant back, or the earlier twin of a repeated wall time", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, t) => {
        const w = instantToWall(zone, t);
        const back = wallToInstant(zone, w.year, w.month, w.day, w.hour, w.minute, w.second, w.ms);
        if (back === t) return;
        expect(back).toBeLessThan(t);
        expect(instantToWall(zone, back)).toEqual(w);
      }),
      { numRuns: 3000 },
    );
  });

  it("wall → instant → wall is the identity for wall times that exist", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, t) => {
        const w = instantToWall(zone, t);
        const back = instantToWall(zone, wallToInstant(zone, w.year, w.month, w.day, w.hour, w.minute, w.second, w.ms));
        expect(back).toEqual(w);
      }),
      { numRuns: 3000 },
    );
  });

  it("a wall time in a gap lands after the gap, by the gap's length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 59 }), (minute) => {
        const t = wallToInstant("America/New_York", 2026, 3, 8, 2, minute);
        expect(instantToWall("America/New_York", t)).toMatchObject({ hour: 3, minute });
      }),
    );
  });
});
