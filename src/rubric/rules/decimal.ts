// Exact decimal arithmetic for rule checks: 33.33 + 33.33 + 33.34 is 100, and 99.99 is not
// (RELIABILITY 45). Numbers are read as the decimal they print as (core/ratio.ts).
import { addFractions, toFraction, type Fraction } from "../../core/ratio.js";

export type Exact = Fraction;

export const ZERO: Exact = { num: 0n, den: 1n };

export function exact(x: number | string): Exact {
  return toFraction(x);
}

export function sumExact(values: (number | string)[]): Exact {
  return values.reduce<Exact>((acc, v) => addFractions(acc, exact(v)), ZERO);
}

/** -1, 0 or 1; denominators are positive. */
export function compareExact(a: Exact, b: Exact | number | string): number {
  const other = typeof b === "object" ? b : exact(b);
  const left = a.num * other.den;
  const right = other.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Fractions from decimals have power-of-ten denominators; print them without binary noise. */
export function formatExact(f: Exact): string {
  const num = f.num;
  let den = f.den;
  let scale = 0;
  while (den % 10n === 0n && den > 1n) {
    den /= 10n;
    scale++;
  }
  if (den !== 1n) return String(Number(f.num) / Number(f.den));
  const negative = num < 0n;
  let digits = (negative ? -num : num).toString().padStart(scale + 1, "0");
  if (scale > 0) digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, "");
  return (negative ? "-" : "") + digits;
}
