// Money in integer minor units (BigInt). Amounts are converted by decimal arithmetic on the
// number as written, never by float multiplication: 0.001 CNY is an error, not 0 (RELIABILITY §47).
import { dataError } from "../errors.js";
import { toDecimal, toFraction } from "./ratio.js";

/** `amount` as a whole number of `minorUnit`s; `what` names the value in errors (e.g. "bonus.pool"). */
export function toMinorUnits(amount: number, minorUnit: number, what = "amount"): bigint {
  if (!Number.isFinite(amount)) throw dataError("money_invalid", `${what} is not a finite number: ${amount}`);
  // Past 2^53 the number read is not necessarily the number written.
  if (Math.abs(amount) > Number.MAX_SAFE_INTEGER) {
    throw dataError("money_unsafe", `${what} ${amount} is too large to be exact`, undefined, "keep amounts below 9,007,199,254,740,991");
  }
  if (!Number.isFinite(minorUnit) || minorUnit <= 0) throw dataError("money_minor_unit", `minor unit must be positive: ${minorUnit}`);
  const a = toFraction(amount);
  const m = toFraction(minorUnit);
  const num = a.num * m.den;
  const den = a.den * m.num;
  if (num % den !== 0n) {
    throw dataError(
      "money_precision",
      `${what} ${amount} is not a whole number of the minor unit ${minorUnit}`,
      undefined,
      `write ${what} with at most the decimals of ${minorUnit}`,
    );
  }
  return num / den;
}

/** Exact decimal text of units × minorUnit, with the minor unit's decimals: "12345.67", "-0.50". */
export function formatMinorText(units: bigint, minorUnit: number): string {
  const m = toDecimal(minorUnit);
  const scale = Math.max(m.scale, 0);
  const value = units * m.int * 10n ** BigInt(scale - m.scale);
  const digits = (value < 0n ? -value : value).toString().padStart(scale + 1, "0");
  const sign = value < 0n ? "-" : "";
  return scale === 0 ? sign + digits : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** For JSON: the double nearest the exact amount, which prints back as exactly that decimal. */
export function formatMinor(units: bigint, minorUnit: number): number {
  const value = Number(formatMinorText(units, minorUnit));
  if (!Number.isSafeInteger(Math.trunc(value))) {
    throw dataError("money_unsafe", `amount ${formatMinorText(units, minorUnit)} is too large for JSON numbers`);
  }
  return value;
}
