import { describe, expect, it } from "vitest";
import { createClock } from "../../src/core/calendar/business-calendar.js";
import { CN_COVERED_YEARS, CN_HOLIDAYS, CN_MAKEUP_WORKDAYS } from "../../src/core/calendar/cn-holidays.js";

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const inYear = (days: ReadonlyMap<string, string>, year: number) => [...days.keys()].filter((d) => d.startsWith(`${year}-`));
const range = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00Z`); t <= Date.parse(`${to}T00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

describe("cn holiday data", () => {
  it("covers 2024–2026 and nothing it does not have", () => {
    expect(CN_COVERED_YEARS).toEqual([2024, 2025, 2026]);
    for (const d of [...CN_HOLIDAYS.keys(), ...CN_MAKEUP_WORKDAYS.keys()]) expect(CN_COVERED_YEARS).toContain(Number(d.slice(0, 4)));
  });

  it("has the published number of days off and make-up days per year", () => {
    expect([2024, 2025, 2026].map((y) => inYear(CN_HOLIDAYS, y).length)).toEqual([28, 28, 33]);
    expect([2024, 2025, 2026].map((y) => inYear(CN_MAKEUP_WORKDAYS, y).length)).toEqual([8, 5, 6]);
  });

  it("make-up workdays are all weekend days, and never also days off", () => {
    for (const d of CN_MAKEUP_WORKDAYS.keys()) {
      expect([0, 6], d).toContain(weekday(d));
      expect(CN_HOLIDAYS.has(d), d).toBe(false);
    }
  });

  it("2026 National Day is Oct 1–7, made up on Sunday Sep 20 and Saturday Oct 10", () => {
    for (const d of range("2026-10-01", "2026-10-07")) expect(CN_HOLIDAYS.get(d), d).toBe("国庆节");
    expect(CN_HOLIDAYS.has("2026-09-30")).toBe(false);
    expect(CN_HOLIDAYS.has("2026-10-08")).toBe(false);
    expect(CN_MAKEUP_WORKDAYS.get("2026-09-20")).toBe("国庆节");
    expect(CN_MAKEUP_WORKDAYS.get("2026-10-10")).toBe("国庆节");
    expect([weekday("2026-09-20"), weekday("2026-10-10")]).toEqual([0, 6]);
  });

  it("2026 Spring Festival is Feb 15–23 (9 days), made up on Saturdays Feb 14 and Feb 28", () => {
    expect(range("2026-02-15", "2026-02-23").every((d) => CN_HOLIDAYS.get(d) === "春节")).toBe(true);
    expect(CN_HOLIDAYS.has("2026-02-14")).toBe(false);
    expect(CN_HOLIDAYS.has("2026-02-24")).toBe(false);
    expect([...CN_MAKEUP_WORKDAYS].filter(([, n]) => n === "春节").map(([d]) => d).filter((d) => d.startsWith("2026"))).toEqual([
      "2026-02-14",
      "2026-02-28",
    ]);
  });

  it("2025: National Day and Mid-Autumn Oct 1–8, and Saturday 2025-10-11 was worked", () => {
    expect(range("2025-10-01", "2025-10-08").every((d) => CN_HOLIDAYS.has(d))).toBe(true);
    expect(CN_MAKEUP_WORKDAYS.has("2025-10-11")).toBe(true);
    expect(weekday("2025-10-11")).toBe(6);
    expect(CN_MAKEUP_WORKDAYS.has("2025-09-28")).toBe(true);
  });

  it.each([
    // weekdays − holidays on weekdays + make-up days, counted by hand from the notices
    [2024, 262 - 19 + 8],
    [2025, 261 - 18 + 5],
    [2026, 261 - 19 + 6],
  ])("%i has %i workdays", (year, workdays) => {
    const clock = createClock("business", { preset: "cn", hours: ["00:00-24:00"] }, "Asia/Shanghai");
    const start = Date.parse(`${year}-01-01T00:00:00+08:00`);
    const end = Date.parse(`${year + 1}-01-01T00:00:00+08:00`);
    expect(clock.elapsedMs(start, end) / 86_400_000).toBe(workdays);
  });
});
