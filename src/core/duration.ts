// Rubric durations ("30m", "2h", "1.5h", "1d") -> milliseconds of the chosen clock (§1, §3).
import type { Clock } from "./types.js";

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** `d` means one day of the clock: 24 h of wall time, or one workday's working time. */
export function durationMs(text: string, clock: Pick<Clock, "dayMs">): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d)\s*$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  const amount = Number(match[1]);
  const unit = match[2];
  const ms = unit === "d" ? amount * clock.dayMs : unit === "h" ? amount * HOUR : amount * MINUTE;
  return Math.round(ms);
}

export const WALL_DAY_MS = 24 * HOUR;
export const HOUR_MS = HOUR;
