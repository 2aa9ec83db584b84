// Working time as a running total over local days, built lazily a whole year at a time:
// W(t) = working ms of the days before day(t) + working ms of day(t) before t, so an elapsed
// time W(b) − W(a) costs the same for an hour-long ticket as for a year-long one.
import { dataError } from "../../errors.js";
import { instantToWall, offsetAt, wallToInstant } from "../zone.js";
import type { DayKind, DayRules } from "./day-rules.js";

const DAY = 86_400_000;
const MINUTE = 60_000;
const KINDS: readonly DayKind[] = ["workday", "makeup_workday", "weekend", "holiday"];
/** Garbage timestamps (year 1 or 9999) must not allocate millions of days. */
const MAX_YEARS = 200;

interface Segment {
  starts: Float64Array; // n + 1: first instant of each local day, then of the day after
  work: Float64Array; // n
  bounds: Float64Array; // n × hours × 2: real start/end instants of each working interval
  kinds: Uint8Array; // n
  years: Int32Array; // n
}

export class DayTable {
  private firstYear = 0;
  private lastYear = -1;
  private firstDay = 0; // local date of index 0, as days since 1970-01-01
  private count = 0;
  private starts = new Float64Array(1);
  private before = new Float64Array(1); // count + 1: working ms of the days before index k
  private bounds = new Float64Array(0);
  private kinds = new Uint8Array(0);
  private years = new Int32Array(0);
  private readonly perDay: number;

  constructor(
    private readonly rules: DayRules,
    private readonly timeZone: string,
  ) {
    this.perDay = rules.hours.length * 2;
  }

  /** Index of the local day holding instant t (finite), building years as needed. */
  locate(t: number): number {
    const starts = this.starts;
    if (this.count === 0 || t < starts[0]! || t >= starts[this.count]!) return this.locateSlow(t);
    // Days are 24 h give or take a DST shift: the guess is at most a step or two off.
    let k = Math.min(this.count - 1, Math.floor((t - starts[0]!) / DAY));
    while (t < starts[k]!) k--;
    while (t >= starts[k + 1]!) k++;
    return k;
  }

  /** Both indices; locating b may prepend years, which shifts a's index. */
  locatePair(a: number, b: number): [number, number] {
    const origin = this.firstDay;
    let ka = this.locate(a);
    const kb = this.locate(b);
    if (this.firstDay !== origin) ka = this.locate(a);
    return [ka, kb];
  }

  /** Working ms from the table's origin to t, where k = locate(t). */
  workingBefore(k: number, t: number): number {
    let w = this.before[k]!;
    for (let i = k * this.perDay, end = i + this.perDay; i < end; i += 2) {
      const s = this.bounds[i]!;
      if (t <= s) break;
      const e = this.bounds[i + 1]!;
      w += (t < e ? t : e) - s;
    }
    return w;
  }

  yearAt(k: number): number {
    return this.years[k]!;
  }

  dateAt(k: number): string {
    return new Date((this.firstDay + k) * DAY).toISOString().slice(0, 10);
  }

  kindAt(k: number): DayKind {
    return KINDS[this.kinds[k]!]!;
  }

  startAt(k: number): number {
    return this.starts[k]!;
  }

  private locateSlow(t: number): number {
    const year = instantToWall(this.timeZone, t).year;
    for (let pad = 0; pad <= 1; pad++) {
      this.extend(year - pad, year + pad);
      if (t >= this.starts[0]! && t < this.starts[this.count]!) return this.locate(t);
    }
    throw new RangeError(`instant ${t} is outside the business calendar it just built`);
  }

  private extend(fromYear: number, toYear: number): void {
    const from = this.count === 0 ? fromYear : Math.min(fromYear, this.firstYear);
    const to = this.count === 0 ? toYear : Math.max(toYear, this.lastYear);
    if (this.count > 0 && from === this.firstYear && to === this.lastYear) return;
    if (to - from >= MAX_YEARS) {
      throw dataError("calendar_range", `business clock asked to span ${from}–${to}; at most ${MAX_YEARS} years`, undefined, "check for mistyped dates");
    }
    const parts: Segment[] = [];
    if (this.count === 0) parts.push(this.buildYears(from, to));
    else {
      if (from < this.firstYear) parts.push(this.buildYears(from, this.firstYear - 1));
      parts.push({ starts: this.starts, work: this.dayWork(), bounds: this.bounds, kinds: this.kinds, years: this.years });
      if (to > this.lastYear) parts.push(this.buildYears(this.lastYear + 1, to));
    }
    this.join(parts);
    this.firstYear = from;
    this.lastYear = to;
    this.firstDay = firstDayOf(from);
  }

  private dayWork(): Float64Array {
    const work = new Float64Array(this.count);
    for (let k = 0; k < this.count; k++) work[k] = this.before[k + 1]! - this.before[k]!;
    return work;
  }

  private join(parts: Segment[]): void {
    const n = parts.reduce((sum, p) => sum + p.kinds.length, 0);
    this.starts = new Float64Array(n + 1);
    this.before = new Float64Array(n + 1);
    this.bounds = new Float64Array(n * this.perDay);
    this.kinds = new Uint8Array(n);
    this.years = new Int32Array(n);
    let k = 0;
    for (const p of parts) {
      this.starts.set(p.starts, k); // its trailing entry is overwritten by the next part's first
      this.bounds.set(p.bounds, k * this.perDay);
      this.kinds.set(p.kinds, k);
      this.years.set(p.years, k);
      for (let i = 0; i < p.kinds.length; i++, k++) this.before[k + 1] = this.before[k]! + p.work[i]!;
    }
    this.count = n;
  }

  private buildYears(fromYear: number, toYear: number): Segment {
    const day0 = firstDayOf(fromYear);
    const n = firstDayOf(toYear + 1) - day0;
    const seg: Segment = {
      starts: new Float64Array(n + 1),
      work: new Float64Array(n),
      bounds: new Float64Array(n * this.perDay),
      kinds: new Uint8Array(n),
      years: new Int32Array(n),
    };
    let offset = Number.NaN; // offset at the previous day's start
    for (let k = 0; k <= n; k++) {
      const wall = (day0 + k) * DAY;
      // Fast path: the offset is the same at the previous, this and the next midnight, so the
      // whole day has one offset. Otherwise (DST days and their neighbours) map each bound exactly.
      const steady =
        !Number.isNaN(offset) &&
        offsetAt(this.timeZone, wall - offset) === offset && offsetAt(this.timeZone, wall - offset + DAY) === offset;
      const toInstant = steady ? (w: number) => w - offset : (w: number) => firstInstantAtWall(this.timeZone, w);
      const start = toInstant(wall);
      seg.starts[k] = start;
      offset = offsetAt(this.timeZone, start);
      if (k === n) break;
      const date = new Date(wall);
      const kind = this.rules.kindOf(date.toISOString().slice(0, 10), date.getUTCDay());
      seg.kinds[k] = KINDS.indexOf(kind);
      seg.years[k] = date.getUTCFullYear();
      const works = kind === "workday" || kind === "makeup_workday";
      let total = 0;
      this.rules.hours.forEach(([from, to], i) => {
        const s = works ? toInstant(wall + from * MINUTE) : start;
        const e = works ? Math.max(s, toInstant(wall + to * MINUTE)) : start;
        seg.bounds[k * this.perDay + 2 * i] = s;
        seg.bounds[k * this.perDay + 2 * i + 1] = e;
        total += e - s;
      });
      seg.work[k] = total;
    }
    return seg;
  }
}

/** Days since 1970-01-01 of January 1st (Date.UTC would read years 0–99 as 1900–1999). */
function firstDayOf(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime() / DAY;
}

/**
 * The first instant at which the wall clock in `timeZone` reads `wall` (local time as UTC ms) or
 * later. Inside a DST gap that is the transition itself, so 01:00–02:30 on a spring-forward day
 * lasts 1 h, not the 1.5 h that moving 02:30 forward to 03:30 would give.
 */
export function firstInstantAtWall(timeZone: string, wall: number): number {
  const w = new Date(wall);
  const t = wallToInstant(timeZone, w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes());
  const after = offsetAt(timeZone, t);
  if (t + after === wall) return t;
  let lo = wall - after; // still before the transition
  let hi = t;
  if (!(lo < hi)) return t;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(timeZone, mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}
