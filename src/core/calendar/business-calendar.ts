// Clocks for `clock: calendar | business` (rubric §3). Pure: the zone and calendar are arguments.
import type { CalendarSpec } from "../../schema/rubric.js";
import type { Clock } from "../types.js";
import { createDayRules, type DayRules } from "./day-rules.js";
import { DayTable } from "./day-table.js";

const DAY = 86_400_000;
const MINUTE = 60_000;

// Several indicators use the same calendar: build its day table once per run, not per clock.
const shared = new Map<string, { rules: DayRules; table: DayTable }>();

export function getBusinessDays(calendar: CalendarSpec | undefined, timeZone: string): { rules: DayRules; table: DayTable } {
  const key = `${timeZone}\u0000${JSON.stringify(calendar ?? {})}`;
  let days = shared.get(key);
  if (!days) {
    const rules = createDayRules(calendar);
    days = { rules, table: new DayTable(rules, timeZone) };
    shared.set(key, days);
  }
  return days;
}

/**
 * calendar: wall time, 1d = 24 h. business: only the working intervals of workdays in `timeZone`
 * count, 1d = one workday's hours. Both are antisymmetric — elapsedMs(b, a) = −elapsedMs(a, b) —
 * rather than clamping a reversed interval to 0, which would pass a bad row off as an instant
 * response; callers reject end < start rows before measuring (§2.2).
 */
export function createClock(kind: "calendar" | "business", calendar: CalendarSpec | undefined, timeZone: string): Clock {
  if (kind === "calendar") return { elapsedMs: (start, end) => end - start, dayMs: DAY };
  const { rules, table } = getBusinessDays(calendar, timeZone);
  const covered = rules.coveredYears;
  const uncovered = new Set<number>();

  const findUncovered = (ka: number, kb: number, into: Set<number>): void => {
    if (!covered) return;
    const last = table.yearAt(Math.max(ka, kb));
    for (let y = table.yearAt(Math.min(ka, kb)); y <= last; y++) if (!covered.has(y)) into.add(y);
  };

  return {
    dayMs: rules.hours.reduce((sum, [from, to]) => sum + (to - from) * MINUTE, 0),
    uncoveredYears: covered ? uncovered : undefined,
    elapsedMs(start, end) {
      if (!Number.isFinite(start) || !Number.isFinite(end)) return Number.NaN;
      if (start === end) return 0;
      const [ka, kb] = table.locatePair(start, end);
      findUncovered(ka, kb, uncovered);
      return table.workingBefore(kb, end) - table.workingBefore(ka, start);
    },
    findUncoveredYears(start, end) {
      const found = new Set<number>();
      if (Number.isFinite(start) && Number.isFinite(end)) findUncovered(...table.locatePair(start, end), found);
      return [...found];
    },
  };
}
