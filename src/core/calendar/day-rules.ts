// Which local dates are workdays, and the working intervals of one (rubric §3).
import { dataError } from "../../errors.js";
import type { CalendarSpec } from "../../schema/rubric.js";
import { CN_COVERED_YEARS, CN_HOLIDAYS, CN_MAKEUP_WORKDAYS } from "./cn-holidays.js";

export type DayKind = "workday" | "makeup_workday" | "weekend" | "holiday";

/** A working interval in minutes after local midnight: [start, end), end ≤ 1440. */
export type MinuteRange = readonly [number, number];

export interface DayRules {
  kindOf(date: string, weekday: number): DayKind;
  /** Name of the preset holiday or make-up day, when the preset decided the date. */
  nameOf(date: string): string | undefined;
  /** Years with official holiday data; undefined without a preset (then nothing can be missing). */
  coveredYears: ReadonlySet<number> | undefined;
  /** Sorted, non-overlapping. */
  hours: readonly MinuteRange[];
}

const WEEKDAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const DEFAULT_WORKDAYS: NonNullable<CalendarSpec["workdays"]> = ["mon", "tue", "wed", "thu", "fri"];
const DEFAULT_HOURS = ["09:00-18:00"];

export function createDayRules(calendar: CalendarSpec | undefined): DayRules {
  const workdays = new Set((calendar?.workdays ?? DEFAULT_WORKDAYS).map((w) => WEEKDAY_NAMES.indexOf(w)));
  const holidays = new Set(calendar?.holidays ?? []);
  const extra = new Set(calendar?.extra_workdays ?? []);
  const preset = calendar?.preset === "cn";
  const asWorkday = (weekday: number): DayKind => (workdays.has(weekday) ? "workday" : "makeup_workday");
  return {
    // Explicit dates beat the preset; a date listed both ways is a holiday (kpi check should flag it).
    kindOf(date, weekday) {
      if (holidays.has(date)) return "holiday";
      if (extra.has(date)) return asWorkday(weekday);
      if (preset && CN_HOLIDAYS.has(date)) return "holiday";
      if (preset && CN_MAKEUP_WORKDAYS.has(date)) return asWorkday(weekday);
      return workdays.has(weekday) ? "workday" : "weekend";
    },
    nameOf(date) {
      if (!preset || holidays.has(date) || extra.has(date)) return undefined;
      return CN_HOLIDAYS.get(date) ?? CN_MAKEUP_WORKDAYS.get(date);
    },
    // A year whose holidays the rubric lists itself counts as covered: that is the remedy we suggest.
    coveredYears: preset ? new Set([...CN_COVERED_YEARS, ...[...holidays].map((d) => Number(d.slice(0, 4)))]) : undefined,
    hours: parseHours(calendar?.hours ?? DEFAULT_HOURS),
  };
}

/** `["09:00-12:00", "13:00-18:00"]` → minute ranges, merged where they touch or overlap. */
export function parseHours(hours: readonly string[]): MinuteRange[] {
  if (hours.length === 0) {
    throw dataError("calendar_hours_empty", "calendar.hours is empty: a business clock needs working hours", undefined, 'e.g. hours: ["09:00-18:00"]');
  }
  const ranges = hours.map(parseRange).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function parseRange(text: string): [number, number] {
  const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  const start = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  const end = m ? Number(m[3]) * 60 + Number(m[4]) : NaN;
  const minutesOk = m !== null && Number(m[2]) < 60 && Number(m[4]) < 60;
  if (!minutesOk || !(start < end) || end > 1440) {
    throw dataError(
      "calendar_hours_invalid",
      `calendar.hours: "${text}" is not a working interval`,
      undefined,
      'write "HH:MM-HH:MM" with the end after the start, at most "24:00"; split a night shift into "22:00-24:00" and "00:00-06:00"',
    );
  }
  return [start, end];
}
