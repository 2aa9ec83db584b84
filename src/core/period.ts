// Period labels (§2): 2026-10, 2026-Q4, 2026, 2026-10-05..2026-10-18 -> [start, end) in a zone.
import { wallToInstant } from "./zone.js";

export interface Period {
  label: string;
  start: number;
  end: number;
  /** Local dates of the first and last day, YYYY-MM-DD. */
  firstDay: string;
  lastDay: string;
}

interface YMD {
  y: number;
  m: number;
  d: number;
}

function isValidDate({ y, m, d }: YMD): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function addDays({ y, m, d }: YMD, days: number): YMD {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function formatYmd({ y, m, d }: YMD): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function parseYmd(text: string): YMD | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const ymd = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidDate(ymd) ? ymd : undefined;
}

/** Returns undefined when the label is not a period; callers turn that into a usage error. */
export function parsePeriod(label: string, timeZone: string): Period | undefined {
  const text = label.trim();
  let first: YMD | undefined;
  let afterLast: YMD | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})$/.exec(text))) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    if (m < 1 || m > 12) return undefined;
    first = { y, m, d: 1 };
    afterLast = m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 };
  } else if ((match = /^(\d{4})-[Qq]([1-4])$/.exec(text))) {
    const y = Number(match[1]);
    const q = Number(match[2]);
    first = { y, m: (q - 1) * 3 + 1, d: 1 };
    afterLast = q === 4 ? { y: y + 1, m: 1, d: 1 } : { y, m: q * 3 + 1, d: 1 };
  } else if ((match = /^(\d{4})$/.exec(text))) {
    const y = Number(match[1]);
    first = { y, m: 1, d: 1 };
    afterLast = { y: y + 1, m: 1, d: 1 };
  } else if ((match = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(text))) {
    first = parseYmd(match[1]!);
    const last = parseYmd(match[2]!);
    if (!first || !last || formatYmd(last) < formatYmd(first)) return undefined;
    afterLast = addDays(last, 1);
  } else {
    return undefined;
  }
  return {
    label: text,
    start: wallToInstant(timeZone, first.y, first.m, first.d),
    end: wallToInstant(timeZone, afterLast.y, afterLast.m, afterLast.d),
    firstDay: formatYmd(first),
    lastDay: formatYmd(addDays(afterLast, -1)),
  };
}
