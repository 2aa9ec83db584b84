// Text for `kpi calendar`: the business time of an interval, day by day.
import type { ChalkInstance } from "chalk";
import type { IntervalExplanation } from "../core/calendar/explain-interval.js";
import { padEndDisplay } from "./display-width.js";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const KIND_LABEL = { workday: "workday", makeup_workday: "make-up workday (调休)", weekend: "weekend", holiday: "holiday" } as const;

export function formatHoursMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h}h ${String(m).padStart(2, "0")}m`;
}

export interface CalendarReportInput {
  explanation: IntervalExplanation;
  from: string;
  to: string;
  timeZone: string;
  hours: string[];
  dayMs: number;
  target?: { text: string; ms: number } | undefined;
}

export function renderCalendarReport(input: CalendarReportInput, c: ChalkInstance): string {
  const { explanation, dayMs } = input;
  const lines = [
    `Business time from ${input.from} to ${input.to} (${input.timeZone}; hours ${input.hours.join(", ")}; 1d = ${formatHoursMinutes(dayMs)})`,
  ];
  for (const day of explanation.days) {
    const weekday = WEEKDAYS[new Date(`${day.date}T00:00:00Z`).getUTCDay()];
    const label = `${KIND_LABEL[day.kind]}${day.holiday ? ` ${day.holiday}` : ""}`;
    const counted = day.kind === "holiday" || day.kind === "weekend" ? c.dim("skipped") : formatHoursMinutes(day.workingMs);
    lines.push(`  ${day.date} ${weekday}  ${padEndDisplay(label, 30)} ${counted}`);
  }
  const workdays = dayMs > 0 ? (explanation.workingMs / dayMs).toFixed(2) : "0";
  lines.push(`working time: ${formatHoursMinutes(explanation.workingMs)} (${workdays} workdays) · wall time: ${formatHoursMinutes(explanation.wallMs)}`);
  if (input.target) {
    const met = explanation.workingMs <= input.target.ms;
    lines.push(met ? c.green(`within the target ${input.target.text}`) : c.red(`over the target ${input.target.text} by ${formatHoursMinutes(explanation.workingMs - input.target.ms)}`));
  }
  for (const year of explanation.uncoveredYears) lines.push(c.yellow(`warning: no official holiday calendar for ${year}; only weekends and the rubric's own holidays were skipped`));
  return `${lines.join("\n")}\n`;
}
