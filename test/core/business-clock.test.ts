import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createClock } from "../../src/core/calendar/business-calendar.js";
import { CN_HOLIDAYS, CN_MAKEUP_WORKDAYS } from "../../src/core/calendar/cn-holidays.js";
import { explainInterval } from "../../src/core/calendar/explain-interval.js";
import { KpiError } from "../../src/errors.js";
import type { CalendarSpec } from "../../src/schema/rubric.js";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const SH = "Asia/Shanghai";
const sh = (local: string) => Date.parse(`${local}+08:00`);
const utc = (s: string) => Date.parse(`${s}Z`);
const CN: CalendarSpec = { hours: ["09:00-12:00", "13:00-18:00"], preset: "cn" };
const cnClock = createClock("business", CN, SH);
const minutes = (from: string, to: string) => cnClock.elapsedMs(sh(from), sh(to)) / MIN;

describe("business clock, Asia/Shanghai 09:00-12:00 + 13:00-18:00 with the cn preset", () => {
  it.each([
    // [from, to, working minutes, why] — 2026-03-03 is a Tuesday
    ["2026-03-03T09:30", "2026-03-03T11:00", 90, "inside one interval"],
    ["2026-03-03T09:00", "2026-03-03T12:00", 180, "exactly the morning"],
    ["2026-03-03T11:00", "2026-03-03T14:00", 120, "across lunch"],
    ["2026-03-03T12:30", "2026-03-03T13:30", 30, "starting at lunch"],
    ["2026-03-03T12:10", "2026-03-03T12:50", 0, "inside lunch"],
    ["2026-03-03T07:00", "2026-03-03T10:00", 60, "before opening"],
    ["2026-03-03T17:00", "2026-03-03T20:00", 60, "after closing"],
    ["2026-03-03T19:00", "2026-03-03T23:59", 0, "all after closing"],
    ["2026-03-03T00:00", "2026-03-04T00:00", 480, "a whole workday"],
    ["2026-03-03T17:00", "2026-03-04T10:00", 120, "overnight"],
    ["2026-03-03T18:00", "2026-03-04T09:00", 0, "closing to opening"],
    ["2026-03-03T09:00:30", "2026-03-03T09:01", 0.5, "seconds count"],
    ["2026-03-06T17:00", "2026-03-09T10:00", 120, "Friday evening to Monday morning"],
    ["2026-03-07T00:00", "2026-03-09T00:00", 0, "a full weekend"],
    ["2026-03-02T00:00", "2026-03-09T00:00", 5 * 480, "a plain week"],
    ["2026-10-01T09:00", "2026-10-01T18:00", 0, "National Day (Thursday) counts zero"],
    ["2026-09-25T00:00", "2026-09-26T00:00", 0, "Mid-Autumn Festival (Friday)"],
    ["2026-09-30T17:00", "2026-10-08T10:00", 120, "across the National Day week"],
    ["2026-09-20T09:00", "2026-09-20T18:00", 480, "make-up Sunday 2026-09-20 counts like a weekday"],
    ["2026-09-19T00:00", "2026-09-20T00:00", 0, "the Saturday before it stays a weekend"],
    ["2026-10-10T00:00", "2026-10-11T00:00", 480, "make-up Saturday 2026-10-10"],
    ["2026-10-09T17:00", "2026-10-10T10:00", 120, "Friday into the make-up Saturday"],
    ["2026-10-11T00:00", "2026-10-12T00:00", 0, "the Sunday after stays a weekend"],
    // Sep 28–30 (3) + Oct 8, 9 (2) + make-up Oct 10 (1) = 6 days
    ["2026-09-28T00:00", "2026-10-12T00:00", 6 * 480, "two weeks around National Day"],
    // Feb 13 Fri + make-up Feb 14 Sat + Feb 24 Tue; Feb 15–23 off
    ["2026-02-13T00:00", "2026-02-25T00:00", 3 * 480, "across Spring Festival 2026"],
    ["2026-02-15T00:00", "2026-02-24T00:00", 0, "the Spring Festival break itself"],
    ["2026-02-27T17:00", "2026-03-02T10:00", 60 + 480 + 60, "Friday, make-up Saturday Feb 28, Sunday, Monday"],
    ["2025-10-11T09:00", "2025-10-11T18:00", 480, "make-up Saturday 2025-10-11"],
    ["2025-10-08T00:00", "2025-10-09T00:00", 0, "2025 National Day lasted to Oct 8"],
    // 2026: 261 weekdays − 19 holiday weekdays + 6 make-up days = 248 workdays
    ["2026-01-01T00:00", "2027-01-01T00:00", 248 * 480, "the whole year 2026"],
    ["2024-01-01T00:00", "2025-01-01T00:00", 251 * 480, "the whole year 2024"],
  ] as const)("%s → %s = %d min (%s)", (from, to, expected) => {
    expect(minutes(from, to)).toBe(expected);
  });

  it("1d is one workday's working time", () => {
    expect(cnClock.dayMs).toBe(8 * HOUR);
    expect(createClock("business", undefined, SH).dayMs).toBe(9 * HOUR);
    expect(createClock("calendar", CN, SH).dayMs).toBe(DAY);
  });

  it("is zero for an empty interval and antisymmetric for a reversed one", () => {
    expect(minutes("2026-03-03T10:00", "2026-03-03T10:00")).toBe(0);
    expect(minutes("2026-03-04T10:00", "2026-03-03T17:00")).toBe(-120);
    expect(cnClock.elapsedMs(Number.NaN, sh("2026-03-03T10:00"))).toBeNaN();
  });

  it("does not depend on the order in which years are first touched", () => {
    const clock = createClock("business", CN, SH);
    expect(clock.elapsedMs(sh("2026-10-09T17:00"), sh("2026-10-10T10:00")) / MIN).toBe(120);
    expect(clock.elapsedMs(sh("2024-02-09T17:00"), sh("2024-02-18T10:00")) / MIN).toBe(120); // Feb 18 2024: make-up Sunday
    expect(clock.elapsedMs(sh("2025-12-31T17:00"), sh("2024-01-02T10:00")) / MIN).toBe(-((251 + 248) * 480 - 60 - 60));
  });
});

describe("calendar clock", () => {
  it("is wall time", () => {
    const clock = createClock("calendar", undefined, SH);
    expect(clock.elapsedMs(sh("2026-09-30T17:00"), sh("2026-10-08T10:00"))).toBe(7 * DAY + 17 * HOUR);
    expect(clock.uncoveredYears).toBeUndefined();
  });
});

describe("DST days are measured in real time", () => {
  const allWeek: CalendarSpec["workdays"] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const clockIn = (zone: string, hours: string[]) => createClock("business", { workdays: allWeek, hours }, zone);
  const dayLength = (zone: string, hours: string[], from: string, to: string) => clockIn(zone, hours).elapsedMs(utc(from), utc(to)) / HOUR;

  it.each([
    // zone, hours, local day as [UTC start, UTC end of the whole day], expected hours
    ["America/New_York", ["00:00-24:00"], "2026-03-08T05:00", "2026-03-09T04:00", 23],
    ["America/New_York", ["00:00-24:00"], "2026-11-01T04:00", "2026-11-02T05:00", 25],
    ["America/New_York", ["00:00-24:00"], "2026-07-01T04:00", "2026-07-02T04:00", 24],
    ["America/New_York", ["01:00-04:00"], "2026-03-08T05:00", "2026-03-09T04:00", 2],
    ["America/New_York", ["01:00-04:00"], "2026-11-01T04:00", "2026-11-02T05:00", 4],
    ["America/New_York", ["01:00-03:00"], "2026-03-08T05:00", "2026-03-09T04:00", 1],
    ["America/New_York", ["01:00-02:30"], "2026-03-08T05:00", "2026-03-09T04:00", 1],
    ["America/New_York", ["02:15-02:45"], "2026-03-08T05:00", "2026-03-09T04:00", 0],
    ["America/New_York", ["01:00-04:00", "09:00-17:00"], "2026-03-08T05:00", "2026-03-09T04:00", 10],
    ["Europe/Berlin", ["00:00-24:00"], "2026-03-28T23:00", "2026-03-29T22:00", 23],
    ["Europe/Berlin", ["00:00-24:00"], "2026-10-24T22:00", "2026-10-25T23:00", 25],
    ["Europe/Berlin", ["01:00-04:00"], "2026-03-28T23:00", "2026-03-29T22:00", 2],
    ["Europe/Berlin", ["01:00-04:00"], "2026-10-24T22:00", "2026-10-25T23:00", 4],
    ["Australia/Lord_Howe", ["01:00-03:00"], "2026-04-04T14:00", "2026-04-05T13:30", 2.5],
    // Brazil used to change clocks at midnight: the day starts at the transition / lasts 25 h
    ["America/Sao_Paulo", ["00:00-24:00"], "2018-11-04T03:00", "2018-11-05T02:00", 23],
    ["America/Sao_Paulo", ["00:00-24:00"], "2019-02-16T02:00", "2019-02-17T03:00", 25],
  ] as const)("%s %j on %s = %d h", (zone, hours, from, to, expected) => {
    expect(dayLength(zone, [...hours], from, to)).toBe(expected);
  });

  it("counts the repeated hour twice inside one interval", () => {
    // New York 2026-11-01: 01:30 EDT (05:30Z) to 01:30 EST (06:30Z) is one real hour
    expect(dayLength("America/New_York", ["00:00-24:00"], "2026-11-01T05:30", "2026-11-01T06:30")).toBe(1);
    expect(dayLength("America/New_York", ["01:00-04:00"], "2026-11-01T05:30", "2026-11-01T06:30")).toBe(1);
  });

  it("keeps 1d at the nominal workday length", () => {
    expect(clockIn("America/New_York", ["01:00-04:00"]).dayMs).toBe(3 * HOUR);
  });
});

describe("explicit dates and the preset", () => {
  const day = (calendar: CalendarSpec, date: string) =>
    createClock("business", calendar, SH).elapsedMs(sh(`${date}T00:00`), sh(`${date}T00:00`) + DAY) / HOUR;

  it.each([
    [{ preset: "cn", extra_workdays: ["2026-10-05"] }, "2026-10-05", 9, "extra workday beats a preset holiday"],
    [{ preset: "cn", holidays: ["2026-10-10"] }, "2026-10-10", 0, "holiday beats a preset make-up day"],
    [{ preset: "cn", holidays: ["2026-03-03"] }, "2026-03-03", 0, "company holiday on a weekday"],
    [{ extra_workdays: ["2026-03-07"] }, "2026-03-07", 9, "extra Saturday without a preset"],
    [{ holidays: ["2026-03-07"], extra_workdays: ["2026-03-07"] }, "2026-03-07", 0, "listed both ways: holiday"],
    [{}, "2026-10-01", 9, "without the preset National Day is a Thursday"],
    [{ workdays: ["sat", "sun"] }, "2026-03-07", 9, "custom workdays"],
    [{ workdays: ["sat", "sun"] }, "2026-03-03", 0, "custom workdays leave Tuesday off"],
    [{ workdays: ["sun"], preset: "cn" }, "2026-02-14", 9, "a make-up day is worked whatever the weekday"],
  ] as const)("%j %s = %d h (%s)", (calendar, date, expected) => {
    expect(day(calendar as CalendarSpec, date)).toBe(expected);
  });

  it("rejects hours that are not working intervals", () => {
    for (const hours of [[], ["18:00-09:00"], ["09:00-24:30"], ["09:60-10:00"], ["9-18"]]) {
      expect(() => createClock("business", { hours }, SH)).toThrow(KpiError);
    }
  });

  it("merges overlapping hours", () => {
    const clock = createClock("business", { hours: ["09:00-12:00", "11:00-13:00", "13:00-14:00"] }, SH);
    expect(clock.dayMs).toBe(5 * HOUR);
    expect(clock.elapsedMs(sh("2026-03-03T00:00"), sh("2026-03-04T00:00"))).toBe(5 * HOUR);
  });
});

describe("years the preset does not cover", () => {
  it("are reported, not silently treated as holiday-free", () => {
    const clock = createClock("business", CN, SH);
    clock.elapsedMs(sh("2026-03-03T09:00"), sh("2026-03-05T09:00"));
    expect([...clock.uncoveredYears!]).toEqual([]);
    expect(clock.findUncoveredYears!(sh("2026-12-30T09:00"), sh("2028-01-03T09:00"))).toEqual([2027, 2028]);
    expect([...clock.uncoveredYears!]).toEqual([]); // find does not record
    clock.elapsedMs(sh("2026-12-31T09:00"), sh("2027-01-04T09:00"));
    clock.elapsedMs(sh("2023-06-01T09:00"), sh("2023-06-02T09:00"));
    expect([...clock.uncoveredYears!].sort()).toEqual([2023, 2027]);
  });

  it("a year whose holidays the rubric lists counts as covered", () => {
    const clock = createClock("business", { ...CN, holidays: ["2027-01-01"] }, SH);
    expect(clock.findUncoveredYears!(sh("2026-12-31T09:00"), sh("2027-01-04T09:00"))).toEqual([]);
  });

  it("without a preset nothing can be missing", () => {
    const clock = createClock("business", { hours: ["09:00-18:00"] }, SH);
    clock.elapsedMs(sh("2030-01-01T00:00"), sh("2030-01-02T00:00"));
    expect(clock.uncoveredYears).toBeUndefined();
    expect(clock.findUncoveredYears!(sh("2030-01-01T00:00"), sh("2030-01-02T00:00"))).toEqual([]);
  });
});

describe("explainInterval", () => {
  it("lists each local day with its kind and working time", () => {
    const out = explainInterval({ calendar: CN, timeZone: SH }, sh("2026-09-30T17:00"), sh("2026-10-10T10:00"));
    expect(out.workingMs).toBe(cnClock.elapsedMs(sh("2026-09-30T17:00"), sh("2026-10-10T10:00")));
    expect(out.workingMs).toBe((60 + 480 + 480 + 60) * MIN);
    expect(out.wallMs).toBe(9 * DAY + 17 * HOUR);
    expect(out.days.map((d) => [d.date, d.kind, d.workingMs / MIN, d.holiday])).toEqual([
      ["2026-09-30", "workday", 60, undefined],
      ["2026-10-01", "holiday", 0, "国庆节"],
      ["2026-10-02", "holiday", 0, "国庆节"],
      ["2026-10-03", "holiday", 0, "国庆节"],
      ["2026-10-04", "holiday", 0, "国庆节"],
      ["2026-10-05", "holiday", 0, "国庆节"],
      ["2026-10-06", "holiday", 0, "国庆节"],
      ["2026-10-07", "holiday", 0, "国庆节"],
      ["2026-10-08", "workday", 480, undefined],
      ["2026-10-09", "workday", 480, undefined],
      ["2026-10-10", "makeup_workday", 60, "国庆节"],
    ]);
    expect(out.uncoveredYears).toEqual([]);
  });

  it("stops before a day the interval only touches at midnight, and reports uncovered years", () => {
    const out = explainInterval({ calendar: CN, timeZone: SH }, sh("2027-03-06T00:00"), sh("2027-03-08T00:00"));
    expect(out.days.map((d) => [d.date, d.kind])).toEqual([
      ["2027-03-06", "weekend"],
      ["2027-03-07", "weekend"],
    ]);
    expect(out.uncoveredYears).toEqual([2027]);
  });

  it("rejects a reversed interval", () => {
    expect(() => explainInterval({ calendar: CN, timeZone: SH }, sh("2026-03-04T00:00"), sh("2026-03-03T00:00"))).toThrow(KpiError);
  });
});

// ---- properties (RELIABILITY invariant 13) ----

const zones = [
  { zone: SH, calendar: CN },
  { zone: "America/New_York", calendar: { hours: ["01:00-04:00", "09:00-17:00"], workdays: ["mon", "tue", "wed", "thu", "fri", "sun"] } as CalendarSpec },
  { zone: "Europe/Berlin", calendar: { hours: ["00:00-24:00"] } as CalendarSpec },
];
const clocks = zones.map(({ zone, calendar }) => createClock("business", calendar, zone));
const clockArb = fc.integer({ min: 0, max: clocks.length - 1 }).map((i) => clocks[i]!);
const instantArb = fc.oneof(
  fc.integer({ min: utc("2024-01-01T00:00:00"), max: utc("2027-12-31T00:00:00") }),
  // whole minutes around DST transitions and midnights hit the edges more often
  fc.integer({ min: utc("2026-03-07T00:00:00") / MIN, max: utc("2026-03-31T00:00:00") / MIN }).map((m) => m * MIN),
  fc.integer({ min: utc("2026-10-24T00:00:00") / MIN, max: utc("2026-11-02T00:00:00") / MIN }).map((m) => m * MIN),
);
const sorted = (...xs: number[]) => xs.sort((a, b) => a - b);

describe("business clock properties", () => {
  it("bm(a,b) ≥ 0 and bm(a,b) ≤ b − a for a ≤ b", () => {
    fc.assert(
      fc.property(clockArb, instantArb, instantArb, (clock, x, y) => {
        const [a, b] = sorted(x, y) as [number, number];
        const bm = clock.elapsedMs(a, b);
        expect(bm).toBeGreaterThanOrEqual(0);
        expect(bm).toBeLessThanOrEqual(b - a);
      }),
      { numRuns: 2000 },
    );
  });

  it("bm(a,c) = bm(a,b) + bm(b,c) for a ≤ b ≤ c", () => {
    fc.assert(
      fc.property(clockArb, instantArb, instantArb, instantArb, (clock, x, y, z) => {
        const [a, b, c] = sorted(x, y, z) as [number, number, number];
        expect(clock.elapsedMs(a, c)).toBe(clock.elapsedMs(a, b) + clock.elapsedMs(b, c));
      }),
      { numRuns: 2000 },
    );
  });

  it("every Shanghai day of 2024–2026 has 0 h or 8 h, as the preset and the weekday say", () => {
    const first = Date.UTC(2024, 0, 1) / DAY;
    fc.assert(
      fc.property(fc.integer({ min: first, max: Date.UTC(2026, 11, 31) / DAY }), (dayNumber) => {
        const date = new Date(dayNumber * DAY).toISOString().slice(0, 10);
        const weekday = new Date(dayNumber * DAY).getUTCDay();
        const works = CN_MAKEUP_WORKDAYS.has(date) || (!CN_HOLIDAYS.has(date) && weekday !== 0 && weekday !== 6);
        const start = sh(`${date}T00:00`);
        expect(cnClock.elapsedMs(start, start + DAY)).toBe(works ? 8 * HOUR : 0);
      }),
      { numRuns: 1000 },
    );
  });

  it("with every hour of every day working it is wall time, DST or not", () => {
    const allWeek: CalendarSpec = { hours: ["00:00-24:00"], workdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] };
    const always = ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "America/Sao_Paulo"].map((z) => createClock("business", allWeek, z));
    const anyInstant = fc.integer({ min: utc("2010-01-01T00:00:00"), max: utc("2030-01-01T00:00:00") });
    fc.assert(
      fc.property(fc.constantFrom(...always), anyInstant, fc.integer({ min: 0, max: 40 * DAY }), (clock, a, len) => {
        expect(clock.elapsedMs(a, a + len)).toBe(len);
      }),
      { numRuns: 2000 },
    );
  });

  it("any interval inside a weekend or holiday is 0", () => {
    const offDays = [...CN_HOLIDAYS.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...offDays), fc.integer({ min: 0, max: DAY }), fc.integer({ min: 0, max: DAY }), (date, x, y) => {
        const [a, b] = sorted(x, y) as [number, number];
        const start = sh(`${date}T00:00`);
        expect(cnClock.elapsedMs(start + a, start + b)).toBe(0);
      }),
    );
  });

  it("matches a brute-force oracle over Shanghai intervals of up to three weeks", () => {
    // Shanghai has no DST, so working intervals are fixed UTC+8 wall times: easy to enumerate.
    const oracle = (a: number, b: number) => {
      let total = 0;
      for (let d = Math.floor((a + 8 * HOUR) / DAY) * DAY - 8 * HOUR; d < b; d += DAY) {
        const date = new Date(d + 8 * HOUR).toISOString().slice(0, 10);
        const weekday = new Date(d + 8 * HOUR).getUTCDay();
        const works = CN_MAKEUP_WORKDAYS.has(date) || (!CN_HOLIDAYS.has(date) && weekday !== 0 && weekday !== 6);
        if (!works) continue;
        for (const [s, e] of [[9, 12], [13, 18]] as const) {
          total += Math.max(0, Math.min(b, d + e * HOUR) - Math.max(a, d + s * HOUR));
        }
      }
      return total;
    };
    fc.assert(
      fc.property(fc.integer({ min: utc("2024-01-01T00:00:00"), max: utc("2026-12-01T00:00:00") }), fc.integer({ min: 0, max: 21 * DAY }), (a, len) => {
        expect(cnClock.elapsedMs(a, a + len)).toBe(oracle(a, a + len));
      }),
      { numRuns: 1000 },
    );
  });
});
