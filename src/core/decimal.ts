/**
 * The library's private decimal arithmetic: a `Decimal.clone` with ample precision, so no
 * caller's global decimal.js configuration can change a result.
 *
 * @module
 */
import DecimalJs from 'decimal.js';
import { PbcError, printable } from './errors.js';

/**
 * The private Decimal constructor: 60 significant digits, half-up rounding, exponents wide enough
 * for any amount of NHS money. Never exported from the package.
 * @internal
 */
export const Dec = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
/** A value of the private Decimal type. @internal */
export type Dec = InstanceType<typeof Dec>;

/**
 * A rate, ratio or weight as the API accepts it: a finite number (`0.7`) or a decimal string
 * (`'0.7'`, `'1/3'` is not accepted) of at most 200 characters. Strings are exact; numbers are read
 * from their shortest round-trip form, so `0.1` means exactly one tenth.
 *
 * @category Money
 * @example
 * ```ts
 * import type { DecimalInput } from 'practice-based-commissioning/core';
 * const share: DecimalInput = '0.7';
 * const weight: DecimalInput = 1.25;
 * ```
 */
export type DecimalInput = number | string;

/**
 * The longest decimal string the library reads: 200 characters, far more digits than the 60
 * significant digits it computes with. Longer text is refused before it is matched or converted, so
 * a megabyte-long "rate" costs nothing.
 * @internal
 */
export const MAX_DECIMAL_LENGTH = 200;

// Linear: the integer part, an optional fraction, an optional exponent, each with one way to match
// (`\d+\.?\d*` could split a run of digits many ways and backtracked quadratically on a long miss).
const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a {@link DecimalInput} into the private Decimal type, refusing NaN, Infinity, junk and
 * strings longer than {@link MAX_DECIMAL_LENGTH}.
 * @internal
 */
export function toDecimal(value: DecimalInput, what = 'rate'): Dec {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PbcError('INVALID_RATE', `${what} must be a finite number, got ${String(value)}`);
    return new Dec(String(value));
  }
  if (typeof value === 'string' && value.length > MAX_DECIMAL_LENGTH) {
    throw new PbcError('INVALID_RATE', `${what} must be a decimal number of at most ${MAX_DECIMAL_LENGTH} characters, got ${printable(value)}`, {
      issues: [{ path: [what], message: `longer than ${MAX_DECIMAL_LENGTH} characters`, rule: 'decimal.maxLength' }],
    });
  }
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value.trim())) {
    throw new PbcError('INVALID_RATE', `${what} must be a decimal number, got ${printable(value)}`);
  }
  return new Dec(value.trim());
}

/**
 * How a decimal result is rounded to whole pence.
 * - `half-up`: halves away from zero (the default; the usual reading of "to the nearest penny").
 * - `half-even`: banker's rounding.
 * - `down`: towards zero (truncate). `up`: away from zero.
 * - `floor`: towards −∞. `ceil`: towards +∞.
 *
 * @category Money
 * @example
 * ```ts
 * import { multiplyByRate, pence } from 'practice-based-commissioning/core';
 * multiplyByRate(pence(5), '0.5');                        //=> 3 (half-up)
 * multiplyByRate(pence(5), '0.5', { rounding: 'down' });  //=> 2
 * ```
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up' | 'floor' | 'ceil';

const ROUNDING: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
  floor: DecimalJs.ROUND_FLOOR,
  ceil: DecimalJs.ROUND_CEIL,
};

/**
 * Rounds a decimal to an integer with the given mode, never producing −0. A mode that is not one of
 * the {@link RoundingMode}s (a caller's typo, or data from JSON) is a PbcError, not a decimal.js one.
 * @internal
 */
export function roundToInteger(value: Dec, mode: RoundingMode): number {
  if (typeof mode !== 'string' || !Object.hasOwn(ROUNDING, mode)) {
    throw new PbcError('INVALID_INPUT', `rounding must be one of ${Object.keys(ROUNDING).join(', ')}, got ${printable(mode)}`, {
      issues: [{ path: ['rounding'], message: 'unknown rounding mode', rule: 'money.roundingMode' }],
    });
  }
  const rounded = value.toDecimalPlaces(0, ROUNDING[mode]).toNumber();
  return rounded === 0 ? 0 : rounded;
}
