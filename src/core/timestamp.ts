// Timestamp cells -> epoch ms (§2.2). A dedicated parser for the default formats: date-fns
// `parse` costs ~15 s per million cells, this costs well under one. Wall times without an
// offset are read in the rubric zone, never the machine's.
import { parse as parseWithFormat, isValid } from "date-fns";
import { tz } from "@date-fns/tz";
import { createWallConverter, wallToInstant, type WallConverter } from "./zone.js";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(s: string, i: number, count: number): number {
  let value = 0;
  for (let k = 0; k < count; k++) {
    const c = s.charCodeAt(i + k) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

// 1–2 digit fields are read into `field` with the index after them in `next`: no array per call,
// which matters at four timestamps a row and a million rows.
let field = 0;
let next = 0;

function oneOrTwoDigits(s: string, i: number): boolean {
  const a = s.charCodeAt(i) - 48;
  if (!(a >= 0 && a <= 9)) return false;
  const b = s.charCodeAt(i + 1) - 48;
  if (b >= 0 && b <= 9) {
    field = a * 10 + b;
    next = i + 2;
  } else {
    field = a;
    next = i + 1;
  }
  return true;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (d > DAYS_IN_MONTH[m - 1]!) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

/**
 * ISO 8601 (`2026-10-08T09:15:00+08:00`, `2026-10-08 09:15`, `…Z`), `2026/10/08 09:15[:ss]`
 * (also `2026/10/8 9:15` as Chinese Excel writes it) and a date alone (midnight in the zone).
 * Returns NaN when the text is none of these.
 */
export function parseDefaultTimestamp(text: string, timeZone: string, toInstant: WallConverter = (...wall) => wallToInstant(timeZone, ...wall)): number {
  const s = text.trim();
  const y = digitsAt(s, 0, 4);
  if (y < 0) return Number.NaN;
  const sep = s.charCodeAt(4);
  if (sep !== 45 && sep !== 47) return Number.NaN; // - or /
  if (!oneOrTwoDigits(s, 5) || s.charCodeAt(next) !== sep) return Number.NaN;
  const m = field;
  if (!oneOrTwoDigits(s, next + 1)) return Number.NaN;
  const d = field;
  if (!validDay(y, m, d)) return Number.NaN;
  let i = next;
  if (i === s.length) return toInstant(y, m, d);
  const t = s.charCodeAt(i);
  if (t !== 84 && t !== 32) return Number.NaN; // T or space
  i++;
  while (s.charCodeAt(i) === 32) i++;
  if (!oneOrTwoDigits(s, i) || s.charCodeAt(next) !== 58) return Number.NaN;
  const hour = field;
  const minute = digitsAt(s, next + 1, 2);
  if (minute < 0) return Number.NaN;
  i = next + 3;
  let second = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58) {
    second = digitsAt(s, i + 1, 2);
    if (second < 0) return Number.NaN;
    i += 3;
    if (s[i] === "." || s[i] === ",") {
      let j = i + 1;
      let frac = "";
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) frac += s[j++];
      if (frac.length === 0) return Number.NaN;
      ms = Math.floor(Number(`0.${frac}`) * 1000);
      i = j;
    }
  }
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const utcWall = Date.UTC(y, m - 1, d, hour, minute, second, ms);
  if (i === s.length) return toInstant(y, m, d, hour, minute, second, ms);
  const offset = parseOffset(s, i);
  if (Number.isNaN(offset)) return Number.NaN;
  return utcWall - offset;
}

/** `Z`, `+08:00`, `+0800`, `+08` (optionally after a space) -> ms; NaN when malformed. */
function parseOffset(s: string, start: number): number {
  let i = start;
  if (s[i] === " ") i++;
  if (s[i] === "Z" || s[i] === "z") return i + 1 === s.length ? 0 : Number.NaN;
  const sign = s[i] === "+" ? 1 : s[i] === "-" ? -1 : 0;
  if (sign === 0) return Number.NaN;
  const h = digitsAt(s, i + 1, 2);
  if (h < 0) return Number.NaN;
  let j = i + 3;
  let m = 0;
  if (s[j] === ":") j++;
  if (j < s.length) {
    m = digitsAt(s, j, 2);
    if (m < 0) return Number.NaN;
    j += 2;
  }
  if (j !== s.length || h > 14 || m > 59) return Number.NaN;
  return sign * (h * 60 + m) * 60_000;
}

const OFFSET_TOKENS = /[XxO]/;
const utc = tz("UTC");
// Two-digit years (`yy`) resolve to the century nearest this reference: 1950–2049.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** A user-given date-fns format; wall times are placed in the zone, offsets are honoured. */
export function parseWithDateFormat(text: string, format: string, timeZone: string): number {
  const s = text.trim();
  if (OFFSET_TOKENS.test(format.replace(/'[^']*'/g, ""))) {
    const date = parseWithFormat(s, format, REFERENCE);
    return isValid(date) ? date.getTime() : Number.NaN;
  }
  const wall = parseWithFormat(s, format, REFERENCE, { in: utc });
  return isValid(wall) ? placeWallInZone(wall, timeZone) : Number.NaN;
}

/** A Date whose UTC fields hold a wall-clock time -> the instant of that wall time in the zone. */
function placeWallInZone(wall: Date, timeZone: string): number {
  return wallToInstant(
    timeZone,
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
}

/** Excel serial day numbers (1900 date system) as wall time in the zone (§2.2: XLSX cells). */
export function excelSerialToInstant(serial: number, timeZone: string): number {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return Number.NaN;
  return placeWallInZone(new Date(Math.round((serial - 25569) * 86_400_000)), timeZone);
}

export function createTimestampParser(timeZone: string, formats: string[]): (text: string) => number {
  const toInstant = createWallConverter(timeZone);
  if (formats.length === 0) return (text) => parseDefaultTimestamp(text, timeZone, toInstant);
  return (text) => {
    for (const format of formats) {
      const value = parseWithDateFormat(text, format, timeZone);
      if (!Number.isNaN(value)) return value;
    }
    return parseDefaultTimestamp(text, timeZone, toInstant);
  };
}
