// Proration of a bonus by the share of the period's workdays a person was on the roster (spec §7).
// Dates are YYYY-MM-DD local dates, compared as text (that order is calendar order).
import { dataError } from "../errors.js";
import type { Fraction } from "./ratio.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Workdays in [start, end] (both inclusive; undefined = open) over all of the period's workdays. */
export function prorateByWorkdays(start: string | undefined, end: string | undefined, periodDays: readonly string[]): Fraction {
  if (periodDays.length === 0) throw dataError("period_no_workdays", "the period has no workdays, so nobody can be prorated");
  for (const d of [start, end]) if (d !== undefined) checkDate(d);
  const on = periodDays.filter((d) => (start === undefined || d >= start) && (end === undefined || d <= end)).length;
  return { num: BigInt(on), den: BigInt(periodDays.length) };
}

/** The same share as a number in [0, 1], for display; money uses `prorateByWorkdays`. */
export function prorationFactor(start: string | undefined, end: string | undefined, periodDays: readonly string[]): number {
  const f = prorateByWorkdays(start, end, periodDays);
  return Number(f.num) / Number(f.den);
}

/** Mon–Fri dates in [startDate, endDateExclusive): the default workdays without a calendar. */
export function weekdaysBetween(startDate: string, endDateExclusive: string): string[] {
  const from = checkDate(startDate);
  const to = checkDate(endDateExclusive);
  const days: string[] = [];
  for (let t = from; t < to; t += DAY_MS) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** Validates a calendar date (2026-02-30 is an error, never 2026-03-02); returns its UTC midnight. */
function checkDate(text: string): number {
  const m = DATE.exec(text);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || new Date(t).toISOString().slice(0, 10) !== text) throw dataError("invalid_date", `not a calendar date (YYYY-MM-DD): ${text}`);
  return t;
}
