// Half-up rounding on the decimal value, so 1.005 -> 1.01 and 87.125 -> 87.13 even though the
// binary doubles are 1.00499999… and 87.12499999…; §5 "rounded half-up to 2 decimals".
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) throw new Error(`cannot round ${value}`);
  const factor = 10 ** decimals;
  // 15 significant digits remove the binary noise of the multiplication without changing any
  // decimal digit a person could have written.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
