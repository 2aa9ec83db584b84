// §3 calendar and the time zone: intervals well-formed and disjoint, real dates, a real zone.
import { isValidTimeZone } from "../../core/zone.js";
import { createReport, type Rule } from "./report.js";

function minutesOf(hhmm: string): number | undefined {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  if (m > 59 || h > 24 || (h === 24 && m > 0)) return undefined;
  return h * 60 + m;
}

/** 2026-02-30 and 2026-13-01 are not dates (RELIABILITY 23). */
export function isRealDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const checkCalendar: Rule = (rubric, ctx) => {
  const report = createReport(ctx);
  if (rubric.timezone !== undefined && !isValidTimeZone(rubric.timezone)) report.error("timezone_invalid", ["timezone"], { zone: rubric.timezone });
  // "CST" is America/Chicago to the IANA database, though a Chinese team means China Standard Time.
  else if (rubric.timezone !== undefined && !rubric.timezone.includes("/") && !/^(UTC|GMT|Etc\b)/i.test(rubric.timezone)) {
    report.warn("timezone_abbreviation", ["timezone"], { zone: rubric.timezone });
  }
  const calendar = rubric.calendar;
  if (!calendar) return report.diagnostics;
  if (calendar.workdays?.length === 0 && !calendar.extra_workdays?.length) report.error("calendar_no_workdays", ["calendar", "workdays"]);
  if (calendar.hours?.length === 0) report.error("calendar_hours_empty", ["calendar", "hours"]);
  const intervals: { text: string; start: number; end: number }[] = [];
  (calendar.hours ?? []).forEach((text, j) => {
    const path = ["calendar", "hours", j];
    const [start, end] = text.split("-").map(minutesOf);
    if (start === undefined || end === undefined) return report.error("calendar_hours_invalid", path, { interval: text });
    if (start >= end) return report.error("calendar_hours_order", path, { interval: text });
    const other = intervals.find((o) => start < o.end && o.start < end);
    if (other) report.error("calendar_hours_overlap", path, { interval: text, other: other.text });
    intervals.push({ text, start, end });
  });
  const holidays = new Set<string>();
  for (const list of ["holidays", "extra_workdays"] as const) {
    (calendar[list] ?? []).forEach((date, j) => {
      if (!isRealDate(date)) report.error("calendar_date_invalid", ["calendar", list, j], { date });
      else if (list === "holidays") holidays.add(date);
      else if (holidays.has(date)) report.error("calendar_date_conflict", ["calendar", list, j], { date });
    });
  }
  return report.diagnostics;
};
