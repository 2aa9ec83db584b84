// Numbers from text cells by an explicit grammar (RELIABILITY §7, §20): never Number('') === 0,
// never parseFloat('90分') === 90 by accident. Accepted, and documented in the README:
//   -12, 3.5, 1,234 and 1,234.5 (comma thousands in groups of three), full-width digits (NFKC),
//   a leading currency sign ¥ ￥ $, a trailing % (90% = 0.9), a trailing 分 ("points": 90分 = 90).
// Everything else (1e3, 0x1A, Infinity, N/A, 9 0) is NaN, which callers report with a location.

const PLAIN = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function parseNumberCell(raw: string): number {
  let s = raw.trim();
  if (s.length === 0) return Number.NaN;
  if (PLAIN.test(s)) return Number(s);
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize("NFKC").trim();
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1).trimEnd();
  } else if (s.endsWith("分")) {
    s = s.slice(0, -1).trimEnd();
  }
  if (s.startsWith("¥") || s.startsWith("$")) s = s.slice(1).trimStart();
  if (GROUPED.test(s)) s = s.replace(/,/g, "");
  if (!PLAIN.test(s)) return Number.NaN;
  const value = Number(s);
  // 90% -> 0.9 exactly: scale by division on the decimal, not multiplication by 0.01.
  return scale === 1 ? value : value / 100;
}

const TRUE = new Set(["true", "1", "yes", "y", "t", "是", "真"]);
const FALSE = new Set(["false", "0", "no", "n", "f", "否", "假"]);

/** true/false/1/0/yes/no (and 是/否); undefined when it is none of those. */
export function parseBooleanCell(raw: string): boolean | undefined {
  const s = raw.trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}
