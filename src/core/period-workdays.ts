// The period's workdays (for bonus proration, §7): the rubric calendar, else Mon–Fri.
import type { CalendarSpec } from "../schema/rubric.js";
import { createDayRules } from "./calendar/day-rules.js";
import type { Period } from "./period.js";

export function periodWorkdays(period: Period, calendar: CalendarSpec | undefined): string[] {
  const rules = createDayRules(calendar);
  const days: string[] = [];
  const [y, m, d] = period.firstDay.split("-").map(Number) as [number, number, number];
  for (let day = new Date(Date.UTC(y, m - 1, d)); ; day = new Date(day.getTime() + 86_400_000)) {
    const date = day.toISOString().slice(0, 10);
    if (date > period.lastDay) break;
    const kind = rules.kindOf(date, day.getUTCDay());
    if (kind === "workday" || kind === "makeup_workday") days.push(date);
  }
  return days;
}
