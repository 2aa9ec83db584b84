// Ratios and exact rationals. A JS number is read as the decimal it prints as (String(x), the
// shortest round-trip form): 0.29 × 100 is then exactly 29, never 28.999999999999996, which is
// what head counts and money need (RELIABILITY §7, §8).
import { dataError } from "../errors.js";

/** num / den with den > 0; not necessarily reduced. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

/** A decimal int × 10^-scale (scale may be negative for 1e+21). */
export interface Decimal {
  int: bigint;
  scale: number;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

export function toDecimal(x: number | string): Decimal {
  const text = typeof x === "number" ? String(x) : x.trim();
  const m = DECIMAL.exec(text);
  if (!m || (typeof x === "number" && !Number.isFinite(x))) throw dataError("not_a_number", `not a finite number: ${text}`);
  const [, sign = "", whole = "", frac = "", exp = "0"] = m;
  const int = BigInt(sign + whole + frac);
  return { int, scale: frac.length - Number(exp) };
}

export function toFraction(x: number | string | Fraction): Fraction {
  if (typeof x === "object") return x;
  const text = typeof x === "string" ? x.trim() : x;
  const percent = typeof text === "string" && text.endsWith("%");
  const d = toDecimal(percent ? text.slice(0, -1) : text);
  const scale = d.scale + (percent ? 2 : 0);
  return scale >= 0 ? { num: d.int, den: 10n ** BigInt(scale) } : { num: d.int * 10n ** BigInt(-scale), den: 1n };
}

/** `0.9` or `"90%"` → 0.9 (the double nearest the decimal written). */
export function toRatio(x: number | string): number {
  if (typeof x === "number") return x;
  const f = toFraction(x);
  // "int e -k" is parsed by Number with one correct rounding; num/den could round twice.
  const k = f.den.toString().length - 1;
  return Number(`${f.num}e-${k}`);
}

export function fractionToNumber(f: Fraction): number {
  return Number(f.num) / Number(f.den);
}

export function multiplyFractions(...fs: Fraction[]): Fraction {
  return fs.reduce((a, b) => ({ num: a.num * b.num, den: a.den * b.den }), { num: 1n, den: 1n });
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** Floor for any sign (BigInt `/` truncates toward zero). */
export function floorFraction(f: Fraction): bigint {
  const q = f.num / f.den;
  return f.num % f.den !== 0n && f.num < 0n !== f.den < 0n ? q - 1n : q;
}

/** Round half up (toward +∞ at .5) to an integer. */
export function roundHalfUp(f: Fraction): bigint {
  return floorFraction({ num: 2n * f.num + f.den, den: 2n * f.den });
}

export function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
