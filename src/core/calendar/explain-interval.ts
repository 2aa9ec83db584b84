// "Why was this ticket late?": the business time of an interval, day by day (`kpi calendar`).
import { dataError } from "../../errors.js";
import type { CalendarSpec } from "../../schema/rubric.js";
import { getBusinessDays } from "./business-calendar.js";
import type { DayKind } from "./day-rules.js";

export interface ClockParams {
  calendar: CalendarSpec | undefined;
  timeZone: string;
}

export interface ExplainedDay {
  /** Local date in the clock's zone. */
  date: string;
  kind: DayKind;
  /** Working ms of this day inside the interval. */
  workingMs: number;
  /** Preset holiday (or the holiday a make-up day is for), e.g. 国庆节. */
  holiday?: string;
}

export interface IntervalExplanation {
  workingMs: number;
  wallMs: number;
  days: ExplainedDay[];
  /** Years in the interval the holiday preset has no data for. */
  uncoveredYears: number[];
}

export function explainInterval(params: ClockParams, start: number, end: number): IntervalExplanation {
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
    throw dataError("interval_invalid", "the interval must have a start and an end, and end at or after its start");
  }
  const { rules, table } = getBusinessDays(params.calendar, params.timeZone);
  const [first, last] = table.locatePair(start, end);
  const days: ExplainedDay[] = [];
  const uncovered = new Set<number>();
  // An interval ending exactly at midnight does not touch the next day.
  const lastDay = last > first && table.startAt(last) === end ? last - 1 : last;
  for (let k = first; k <= lastDay; k++) {
    const from = Math.max(start, table.startAt(k));
    const to = Math.min(end, table.startAt(k + 1));
    const date = table.dateAt(k);
    const day: ExplainedDay = { date, kind: table.kindAt(k), workingMs: table.workingBefore(k, to) - table.workingBefore(k, from) };
    const name = rules.nameOf(date);
    if (name !== undefined) day.holiday = name;
    days.push(day);
    if (rules.coveredYears && !rules.coveredYears.has(table.yearAt(k))) uncovered.add(table.yearAt(k));
  }
  return {
    workingMs: table.workingBefore(last, end) - table.workingBefore(first, start),
    wallMs: end - start,
    days,
    uncoveredYears: [...uncovered],
  };
}
