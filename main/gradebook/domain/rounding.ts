// Rounding that agrees with what a teacher computes by hand: halves go away from zero, and a value
// such as 1.005 (stored in binary as 1.00499999…) still counts as a half. `Math.round(x * 100) / 100`
// gets those wrong, because the error of the binary value survives the multiplication.

/** Significant digits kept before rounding: enough for any gradebook value, few enough to drop binary noise. */
const significantDigits = 15;
const maxDecimals = 20;

/**
 * Rounds `x` to `decimals` places, halves away from zero: 1.005 → 1.01, 3.475 → 3.48, −2.675 → −2.68.
 * Works on the shortest decimal form of `x` (15 significant digits), so the result is the one the
 * decimal number would give, not the one its binary approximation would.
 */
export function roundHalfAwayFromZero(x: number, decimals: number): number {
  if (!Number.isFinite(x)) {
    throw new RangeError(`Cannot round ${String(x)}: only finite numbers can be rounded.`);
  }
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > maxDecimals) {
    throw new RangeError(`Cannot round to ${String(decimals)} decimals: use a whole number from 0 to ${maxDecimals}.`);
  }
  // a whole number is already rounded (most levels of a big class are: one piece of evidence, 1–4),
  // and the text round trip below is the costly part of a 200,000-cell recompute
  if (Number.isInteger(x)) return x + 0;
  const magnitude = Number(Math.abs(x).toPrecision(significantDigits));
  const rounded = shiftDecimal(Math.round(shiftDecimal(magnitude, decimals)), -decimals);
  // `+ 0` turns −0 into 0, so −0.001 rounds to a plain 0 rather than a confusing "-0".
  return Math.sign(x) * rounded + 0;
}

/**
 * Multiplies by 10^places by moving the decimal exponent in the number's text, which is exact,
 * unlike a floating multiplication (1.005 * 100 === 100.49999999999999).
 */
function shiftDecimal(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
