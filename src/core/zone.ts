// Wall-clock <-> instant conversion in an explicit IANA zone, never the process TZ.
// Offsets are cached per zone and UTC hour: a month of tickets touches ~750 hours, so
// Intl (slow, ~µs per call) runs a few hundred times, not millions.

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();
const HOUR = 3_600_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeOffset(timeZone: string, instant: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = utcFields(get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second"), 0);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** Offset (ms, local − UTC) of `timeZone` at `instant`. Zone offsets only change on whole hours
 *  or half hours in practice... but not always (e.g. +05:45), so cache by exact UTC hour start
 *  and verify transitions inside an hour by checking both ends. */
export function offsetAt(timeZone: string, instant: number): number {
  if (timeZone === "UTC") return 0;
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const hour = Math.floor(instant / HOUR);
  let entry = cache.get(hour);
  if (entry === undefined) {
    const start = computeOffset(timeZone, hour * HOUR);
    const end = computeOffset(timeZone, hour * HOUR + HOUR - 1000);
    // A transition inside this hour: mark with NaN and compute exactly each time.
    entry = start === end ? start : Number.NaN;
    cache.set(hour, entry);
  }
  return Number.isNaN(entry) ? computeOffset(timeZone, instant) : entry;
}

/**
 * The instant at which the wall clock in `timeZone` shows the given local time.
 * Skipped local times (DST gap) move forward by the gap; repeated ones take the earlier
 * instant — the "compatible" disambiguation of Temporal and date-fns/tz.
 */
export function wallToInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const wall = utcFields(year, month, day, hour, minute, second, ms);
  if (timeZone === "UTC") return wall;
  const o1 = offsetAt(timeZone, wall - offsetAt(timeZone, wall));
  const guess = wall - o1;
  const o2 = offsetAt(timeZone, guess);
  if (o1 === o2) {
    // Repeated hour: an earlier instant with a larger offset may show the same wall time.
    const earlierOffset = offsetAt(timeZone, guess - HOUR);
    if (earlierOffset > o1 && offsetAt(timeZone, wall - earlierOffset) === earlierOffset) return wall - earlierOffset;
    return guess;
  }
  // Gap: the wall time does not exist; use the offset before the transition (moves forward).
  return wall - Math.min(o1, o2);
}

/** Date.UTC, except that years 0–99 stay years 0–99 instead of becoming 1900–1999. */
function utcFields(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  if (year < 0 || year > 99) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export function instantToWall(timeZone: string, instant: number): WallTime {
  const local = new Date(instant + offsetAt(timeZone, instant));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    ms: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
  };
}

/** `2026-10-08T09:15:00+08:00` style, in the zone, second precision. */
export function formatInstant(timeZone: string, instant: number): string {
  const offset = offsetAt(timeZone, instant);
  const w = instantToWall(timeZone, instant);
  const p = (n: number, l = 2) => String(n).padStart(l, "0");
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset) / 60_000;
  const zone = offset === 0 && timeZone === "UTC" ? "Z" : `${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
  return `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}:${p(w.second)}${zone}`;
}

/** YYYY-MM-DD of the instant in the zone. */
export function localDate(timeZone: string, instant: number): string {
  const w = instantToWall(timeZone, instant);
  return `${String(w.year).padStart(4, "0")}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}

export type WallConverter = (year: number, month: number, day: number, hour?: number, minute?: number, second?: number, ms?: number) => number;

/**
 * wallToInstant for one zone, memoising each local day's midnight: on a day without an offset
 * change, a wall time is midnight + its time of day. Days with a change take the exact path.
 * A million timestamps then cost a million additions, not a million zone look-ups.
 */
export function createWallConverter(timeZone: string): WallConverter {
  const midnights = new Map<number, number>();
  // Timestamps in a column cluster by day: remember the last day without a map look-up.
  let lastKey = -1;
  let lastMidnight = Number.NaN;
  return (year, month, day, hour = 0, minute = 0, second = 0, ms = 0) => {
    const key = year * 10_000 + month * 100 + day;
    let midnight = key === lastKey ? lastMidnight : midnights.get(key);
    if (midnight === undefined) {
      midnight = wallToInstant(timeZone, year, month, day);
      const end = midnight + 86_400_000 - 1000;
      if (offsetAt(timeZone, midnight) !== offsetAt(timeZone, end)) midnight = Number.NaN;
      midnights.set(key, midnight);
    }
    lastKey = key;
    lastMidnight = midnight;
    if (Number.isNaN(midnight)) return wallToInstant(timeZone, year, month, day, hour, minute, second, ms);
    return midnight + hour * HOUR + minute * 60_000 + second * 1000 + ms;
  };
}
