/**
 * Money as integer pence: construction, parsing, formatting, arithmetic, rates and apportionment.
 *
 * @module
 */
import { z } from 'zod';
import { Dec, roundToInteger, toDecimal, type DecimalInput, type RoundingMode } from './decimal.js';
import { PbcError, fieldError, isPbcError, printable } from './errors.js';

/** The rule every amount of money keeps: a safe integer of pence, within ±(2^53−1). @internal */
export const SAFE_PENCE_RULE = 'money.safeInteger';

/** The rule every count (patients, practices) summed by the library keeps: a safe integer. @internal */
export const SAFE_COUNT_RULE = 'count.safeInteger';

/**
 * The zod schema for an amount of money in whole pence: a safe integer (negative allowed).
 *
 * @category Money
 * @example
 * ```ts
 * import { PenceSchema } from 'practice-based-commissioning/schemas';
 * PenceSchema.parse(123456); //=> 123456 (as Pence)
 * PenceSchema.safeParse(1.5).success; //=> false
 * ```
 */
export const PenceSchema = z
  .number()
  .int({ message: 'must be a whole number of pence' })
  .refine((n) => Number.isSafeInteger(n), { message: 'must be a safe integer of pence' })
  .brand<'Pence'>()
  .meta({ description: 'An amount of money in whole pence (integer, may be negative).' });

/**
 * The zod schema for an amount of money in whole pence that cannot be negative (a budget, a
 * spend, freed-up resources): a safe integer, zero or more, branded as {@link Pence}.
 *
 * @category Money
 * @example
 * ```ts
 * import { NonNegativePenceSchema } from 'practice-based-commissioning/schemas';
 * NonNegativePenceSchema.parse(200_000); //=> 200000 (£2,000.00)
 * NonNegativePenceSchema.safeParse(-1).success; //=> false
 * ```
 */
export const NonNegativePenceSchema = z
  .number()
  .int({ message: 'must be a whole number of pence' })
  .min(0, { message: 'must be zero or more' })
  .max(Number.MAX_SAFE_INTEGER, { message: 'must be a safe integer of pence' })
  .brand<'Pence'>()
  .meta({ description: 'An amount of money in whole pence, zero or more.' });

/**
 * An amount of money in whole pence: a safe integer, branded so that plain numbers (a count of
 * patients, say) cannot be mistaken for money. Make one with {@link pence} or {@link parseMoney}.
 *
 * @category Money
 * @example
 * ```ts
 * import { type Pence } from 'practice-based-commissioning';
 * import { pence } from 'practice-based-commissioning/core';
 * const c2: Pence = pence(570_000); // £5,700.00
 * ```
 */
export type Pence = z.infer<typeof PenceSchema>;

/**
 * Makes a {@link Pence} from a whole number of pence.
 *
 * @param amount - a safe integer number of pence
 * @returns the same amount, branded (`-0` becomes `0`)
 * @throws PbcError `FRACTION_OF_PENNY` for a non-integer; `UNSAFE_INTEGER` for NaN, ±Infinity or
 *   beyond ±(2^53−1)
 * @category Money
 * @example
 * ```ts
 * import { pence } from 'practice-based-commissioning/core';
 * pence(95);   //=> 95
 * pence(-1200); //=> -1200
 * pence(1.5);  // throws PbcError FRACTION_OF_PENNY
 * ```
 */
export function pence(amount: number): Pence {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    throw fieldError('UNSAFE_INTEGER', ['amount'], `an amount of pence must be a finite number, got ${printable(amount)}`, SAFE_PENCE_RULE);
  }
  if (!Number.isInteger(amount)) {
    throw fieldError('FRACTION_OF_PENNY', ['amount'], `an amount of pence must be whole, got ${amount}`, 'money.wholePence');
  }
  if (!Number.isSafeInteger(amount)) {
    throw fieldError('UNSAFE_INTEGER', ['amount'], `an amount of pence must be a safe integer, got ${amount}`, SAFE_PENCE_RULE);
  }
  return (amount === 0 ? 0 : amount) as Pence;
}

const POUNDS_PATTERN = /^(-)?£?(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Reads an amount written in pounds — `'1234.56'`, `'£1,234.56'`, `'-12'`, `'-£12.00'` — or a
 * number of pounds, into exact {@link Pence}. Nothing is rounded: a fraction of a penny is an error.
 *
 * @param input - pounds as a string (optional `£`, optional thousands commas in groups of three,
 *   optional minus sign, at most two decimal places) or as a finite number
 * @returns the amount in pence
 * @throws PbcError `INVALID_MONEY` for text that is not an amount; `FRACTION_OF_PENNY` for more than
 *   two decimal places that are not all zero; `UNSAFE_INTEGER` for NaN, Infinity or an amount too
 *   large to hold exactly
 * @category Money
 * @example
 * ```ts
 * import { parseMoney } from 'practice-based-commissioning/core';
 * parseMoney('£1,234.56'); //=> 123456
 * parseMoney('1234.5');    //=> 123450
 * parseMoney('-12');       //=> -1200
 * parseMoney(0.95);        //=> 95
 * parseMoney('£1.234');    // throws PbcError FRACTION_OF_PENNY
 * ```
 */
export function parseMoney(input: string | number): Pence {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw fieldError('UNSAFE_INTEGER', ['input'], `an amount of pounds must be finite, got ${String(input)}`, SAFE_PENCE_RULE);
    text = String(input);
    if (/e/i.test(text)) text = new Dec(input).toFixed();
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    throw new PbcError('INVALID_MONEY', `an amount of pounds must be a string or a number, got ${typeof input}`);
  }
  const match = POUNDS_PATTERN.exec(text);
  if (match === null || (match[1] !== undefined && match[2] !== undefined)) {
    throw new PbcError('INVALID_MONEY', `cannot read ${printable(input)} as an amount of pounds`);
  }
  const negative = match[1] !== undefined || match[2] !== undefined;
  const whole = (match[3] ?? '0').replaceAll(',', '');
  const fraction = match[4] ?? '';
  if (fraction.length > 2 && !/^0+$/.test(fraction.slice(2))) {
    throw new PbcError('FRACTION_OF_PENNY', `${printable(input)} has a fraction of a penny`);
  }
  const amount = new Dec(`${whole}.${(fraction + '00').slice(0, 2)}`).times(100);
  const result = negative ? amount.negated() : amount;
  if (result.abs().greaterThan(Number.MAX_SAFE_INTEGER)) {
    throw fieldError('UNSAFE_INTEGER', ['input'], `${printable(input)} is too large to hold exactly in pence`, SAFE_PENCE_RULE);
  }
  return pence(result.toNumber());
}

/**
 * Formats pence as pounds sterling with thousands separators and two decimal places. The output
 * does not depend on the machine's locale.
 *
 * @param amount - pence
 * @returns for example `'£1,234.56'`; negatives as `'-£12.00'`
 * @category Money
 * @example
 * ```ts
 * import { formatGbp, pence } from 'practice-based-commissioning/core';
 * formatGbp(pence(123456)); //=> '£1,234.56'
 * formatGbp(pence(-1200));  //=> '-£12.00'
 * formatGbp(pence(5));      //=> '£0.05'
 * ```
 */
export function formatGbp(amount: Pence): string {
  const checked = pence(amount);
  const absolute = Math.abs(checked);
  const pounds = Math.trunc(absolute / 100);
  const rest = absolute % 100;
  const grouped = String(pounds).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${checked < 0 ? '-' : ''}£${grouped}.${String(rest).padStart(2, '0')}`;
}

function checkedResult(value: number, operation: string, path: readonly (string | number)[]): Pence {
  if (!Number.isSafeInteger(value)) {
    throw fieldError('UNSAFE_INTEGER', path, `${operation} overflowed the safe integer range of pence (±9,007,199,254,740,991)`, SAFE_PENCE_RULE);
  }
  return pence(value);
}

/**
 * Adds two amounts exactly.
 *
 * @throws PbcError `UNSAFE_INTEGER` if the sum leaves the safe integer range
 * @category Money
 * @example
 * ```ts
 * import { addMoney, pence } from 'practice-based-commissioning/core';
 * addMoney(pence(95), pence(95)); //=> 190
 * ```
 */
export function addMoney(a: Pence, b: Pence): Pence {
  return checkedResult(pence(a) + pence(b), 'addMoney', ['b']);
}

/**
 * Subtracts `b` from `a` exactly.
 *
 * @throws PbcError `UNSAFE_INTEGER` if the difference leaves the safe integer range
 * @category Money
 * @example
 * ```ts
 * import { subtractMoney, pence } from 'practice-based-commissioning/core';
 * subtractMoney(pence(570_000), pence(200_000)); //=> 370000
 * ```
 */
export function subtractMoney(a: Pence, b: Pence): Pence {
  return checkedResult(pence(a) - pence(b), 'subtractMoney', ['b']);
}

/**
 * Sums any number of amounts exactly; the sum of none is zero.
 *
 * @throws PbcError `UNSAFE_INTEGER` if a partial sum leaves the safe integer range; `INVALID_MONEY` when
 *   `amounts` is not a list
 * @category Money
 * @example
 * ```ts
 * import { sumMoney, pence } from 'practice-based-commissioning/core';
 * sumMoney([pence(1), pence(2), pence(3)]); //=> 6
 * sumMoney([]); //=> 0
 * ```
 */
export function sumMoney(amounts: Iterable<Pence>): Pence {
  if (typeof (amounts as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== 'function' || typeof amounts === 'string') {
    throw new PbcError('INVALID_MONEY', `sumMoney needs a list of amounts, got ${printable(amounts)}`);
  }
  let total = 0;
  let index = 0;
  for (const amount of amounts) {
    total = checkedResult(total + pence(amount), 'sumMoney', [index]);
    index += 1;
  }
  return pence(total);
}

/** Sums numbers, refusing a partial sum that is not a safe integer with an error naming the field of the number that made it so. */
function checkedSum(values: readonly number[], pathOf: (index: number) => readonly (string | number)[], refuse: (path: readonly (string | number)[]) => PbcError): number {
  let total = 0;
  for (let index = 0; index < values.length; index += 1) {
    // index < length.
    total += values[index]!;
    if (!Number.isSafeInteger(total)) throw refuse(pathOf(index));
  }
  return total;
}

/**
 * Sums amounts exactly; when a partial sum leaves the safe integer range, the PbcError
 * `UNSAFE_INTEGER` names the input field of the amount that took it there (`pathOf(index)`) and the
 * rule `money.safeInteger`. For roll-ups, whose amounts come from several places in the input.
 * @internal
 */
export function sumMoneyAt(amounts: readonly number[], pathOf: (index: number) => readonly (string | number)[], what = 'the sum'): Pence {
  return pence(checkedSum(amounts, pathOf, (path) => fieldError('UNSAFE_INTEGER', path, `${what} overflows the safe integer range of pence (±9,007,199,254,740,991) here`, SAFE_PENCE_RULE)));
}

/**
 * Sums counts (patients, practices) exactly; when a partial sum is no longer a safe integer, the
 * PbcError `INVALID_INPUT` names the input field of the count that took it there and the rule
 * `count.safeInteger`. Counts beyond 2^53 cannot be held exactly, so they are refused, never rounded.
 * @internal
 */
export function sumCountsAt(counts: readonly number[], pathOf: (index: number) => readonly (string | number)[], what = 'the count'): number {
  return checkedSum(counts, pathOf, (path) => fieldError('INVALID_INPUT', path, `${what} is too large to count exactly (more than 9,007,199,254,740,991) from here`, SAFE_COUNT_RULE));
}

/**
 * Negates an amount (never producing `-0`).
 *
 * @category Money
 * @example
 * ```ts
 * import { negateMoney, pence } from 'practice-based-commissioning/core';
 * negateMoney(pence(1200)); //=> -1200
 * negateMoney(pence(0));    //=> 0
 * ```
 */
export function negateMoney(amount: Pence): Pence {
  return pence(-pence(amount));
}

/**
 * Compares two amounts: −1 when `a < b`, 0 when equal, 1 when `a > b`. Suitable for `Array#sort`.
 *
 * @category Money
 * @example
 * ```ts
 * import { compareMoney, pence } from 'practice-based-commissioning/core';
 * compareMoney(pence(1), pence(2)); //=> -1
 * [pence(3), pence(1)].sort(compareMoney); //=> [1, 3]
 * ```
 */
export function compareMoney(a: Pence, b: Pence): -1 | 0 | 1 {
  const difference = pence(a) - pence(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/**
 * The larger of two amounts.
 *
 * @category Money
 * @example
 * ```ts
 * import { maxMoney, pence } from 'practice-based-commissioning/core';
 * maxMoney(pence(0), pence(-5)); //=> 0
 * ```
 */
export function maxMoney(a: Pence, b: Pence): Pence {
  return compareMoney(a, b) >= 0 ? pence(a) : pence(b);
}

/**
 * The smaller of two amounts.
 *
 * @category Money
 * @example
 * ```ts
 * import { minMoney, pence } from 'practice-based-commissioning/core';
 * minMoney(pence(200_000), pence(570_000)); //=> 200000
 * ```
 */
export function minMoney(a: Pence, b: Pence): Pence {
  return compareMoney(a, b) <= 0 ? pence(a) : pence(b);
}

/**
 * Options for {@link multiplyByRate}.
 *
 * @category Money
 * @example
 * ```ts
 * import type { MultiplyOptions } from 'practice-based-commissioning/core';
 * const options: MultiplyOptions = { rounding: 'half-even' };
 * ```
 */
export interface MultiplyOptions {
  /** How the exact product is rounded to whole pence; `half-up` unless a rule says otherwise. */
  readonly rounding?: RoundingMode;
}

/** The rounding mode asked for (half-up by default); options that are not an object are an error. */
function roundingOf(options: MultiplyOptions): RoundingMode {
  if (typeof options !== 'object' || options === null) {
    throw new PbcError('INVALID_INPUT', `options must be an object such as { rounding: 'half-up' }, got ${printable(options)}`, {
      issues: [{ path: ['options'], message: 'must be an object' }],
    });
  }
  return options.rounding ?? 'half-up';
}

/**
 * Multiplies an amount by a rate (a share, a percentage as a fraction, a count of patients) with
 * exact decimal arithmetic, rounding once, to whole pence, with an explicit mode.
 *
 * @param amount - pence
 * @param rate - a finite decimal (`'0.7'`, `1.025`, `6000`)
 * @param options - `rounding` (default `'half-up'`)
 * @returns the rounded product in pence
 * @throws PbcError `INVALID_RATE` for a non-finite or malformed rate; `UNSAFE_INTEGER` on overflow;
 *   `INVALID_INPUT` for options that are not an object or an unknown rounding mode
 * @category Money
 * @example
 * ```ts
 * import { multiplyByRate, pence } from 'practice-based-commissioning/core';
 * multiplyByRate(pence(1_000_001), '0.7');  //=> 700001 (700000.7 rounds half-up)
 * multiplyByRate(pence(95), 6000);          //=> 570000 (95p × 6,000 patients)
 * multiplyByRate(pence(3), '0.5', { rounding: 'half-even' }); //=> 2
 * ```
 */
export function multiplyByRate(amount: Pence, rate: DecimalInput, options: MultiplyOptions = {}): Pence {
  const product = new Dec(pence(amount)).times(toDecimal(rate));
  if (product.abs().greaterThan(Number.MAX_SAFE_INTEGER)) {
    throw fieldError('UNSAFE_INTEGER', ['rate'], 'multiplyByRate overflowed the safe integer range of pence', SAFE_PENCE_RULE);
  }
  return pence(roundToInteger(product, roundingOf(options)));
}

/**
 * Scales an amount by a ratio of two numbers — `amount × numerator ÷ denominator` — exactly, rounding
 * once, to whole pence (half-up unless told otherwise). Use it for pro rata figures: a year's budget
 * to date after 9 of 12 months, a share by list size.
 *
 * @param amount - pence
 * @param numerator - a finite decimal
 * @param denominator - a finite, non-zero decimal
 * @param options - `rounding` (default `'half-up'`)
 * @returns the scaled amount in pence
 * @throws PbcError `INVALID_RATE` for a zero denominator or a malformed number; `UNSAFE_INTEGER` on overflow;
 *   `INVALID_INPUT` for options that are not an object or an unknown rounding mode
 * @category Money
 * @example
 * ```ts
 * import { scaleMoney, pence } from 'practice-based-commissioning/core';
 * scaleMoney(pence(1_000_000), 9, 12); //=> 750000 (nine months of a £10,000 year)
 * scaleMoney(pence(100), 1, 3);        //=> 33
 * scaleMoney(pence(100), 2, 3);        //=> 67
 * ```
 */
export function scaleMoney(amount: Pence, numerator: DecimalInput, denominator: DecimalInput, options: MultiplyOptions = {}): Pence {
  const divisor = toDecimal(denominator, 'denominator');
  if (divisor.isZero()) throw new PbcError('INVALID_RATE', 'cannot scale money by a ratio with a zero denominator');
  const scaled = new Dec(pence(amount)).times(toDecimal(numerator, 'numerator')).dividedBy(divisor);
  if (scaled.abs().greaterThan(Number.MAX_SAFE_INTEGER)) throw fieldError('UNSAFE_INTEGER', ['numerator'], 'scaleMoney overflowed the safe integer range of pence', SAFE_PENCE_RULE);
  return pence(roundToInteger(scaled, roundingOf(options)));
}

/**
 * Formats a whole count with thousands separators, independent of the machine's locale.
 *
 * @param count - a safe integer (a list size, a number of practices)
 * @returns for example `'8,433'`
 * @throws PbcError `INVALID_INPUT` for a count that is not a safe integer
 * @category Money
 * @example
 * ```ts
 * import { formatCount } from 'practice-based-commissioning/core';
 * formatCount(52_706_250); //=> '52,706,250'
 * formatCount(-1200);      //=> '-1,200'
 * ```
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) throw new PbcError('INVALID_INPUT', `a count must be a whole number, got ${printable(count)}`, { issues: [{ path: ['count'], message: 'must be a safe integer' }] });
  const digits = String(Math.abs(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return count < 0 ? `-${digits}` : digits;
}

/**
 * Splits a total into parts proportional to `weights` that sum to the total **exactly**, by the
 * largest-remainder method: each part takes the whole pence of its exact share (rounded towards
 * zero) and the pence left over go one each to the parts with the largest remainders; ties go to
 * the earlier part. A zero weight gets nothing.
 *
 * @param total - the amount to split (may be negative: the parts are then the negatives of the
 *   parts of its absolute value)
 * @param weights - one non-negative finite weight per part, at least one of them positive
 * @returns one amount per weight, in the same order, summing to `total`
 * @throws PbcError `INVALID_WEIGHTS` for weights that are not a list, an empty list, a negative weight
 *   or all-zero weights, and a missing weight (a hole in the list: path `[index]`, rule
 *   `apportion.weightGiven`); `INVALID_RATE` for a weight that is not a finite number (path `[index]`)
 * @category Money
 * @example
 * ```ts
 * import { apportion, pence } from 'practice-based-commissioning/core';
 * apportion(pence(100), [1, 1, 1]);  //=> [34, 33, 33]
 * apportion(pence(-100), [1, 1, 1]); //=> [-34, -33, -33]
 * apportion(pence(1000), [6000, 4000, 0]); //=> [600, 400, 0]
 * ```
 */
export function apportion(total: Pence, weights: readonly DecimalInput[]): Pence[] {
  const checkedTotal = pence(total);
  if (!Array.isArray(weights)) throw fieldError('INVALID_WEIGHTS', ['weights'], `apportion needs a list of weights, got ${printable(weights)}`, 'apportion.weightsList');
  const count = weights.length;
  if (count === 0) throw fieldError('INVALID_WEIGHTS', ['weights'], 'apportion needs at least one weight', 'apportion.weightsList');
  // Each weight is read once, into a copy that both paths use: a hole is refused (map would skip it
  // and return a hole), and a weight that changes after it was read cannot change the result.
  const read: unknown[] = [];
  for (let index = 0; index < count; index += 1) {
    if (!Object.hasOwn(weights, index)) {
      throw fieldError('INVALID_WEIGHTS', [index], `weight ${index} is missing (a hole in the list); give one weight per part`, 'apportion.weightGiven');
    }
    read.push(weights[index]);
  }
  const whole = apportionWhole(checkedTotal, read as DecimalInput[]);
  if (whole !== null) return whole;
  const decimals: Dec[] = [];
  for (let index = 0; index < count; index += 1) {
    const weight = read[index];
    let value: Dec;
    try {
      value = toDecimal(weight as DecimalInput, `weight ${index}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : `weight ${index} is not a finite decimal number`;
      // The rule the weight broke (e.g. decimal.maxLength), where the decimal check names one.
      const rule = (isPbcError(error) ? error.issues[0]?.rule : undefined) ?? 'apportion.finiteWeight';
      throw new PbcError('INVALID_RATE', message, { issues: [{ path: [index], message, rule }], rule, cause: error });
    }
    if (value.isNegative() && !value.isZero()) {
      throw new PbcError('INVALID_WEIGHTS', `weight ${index} is negative (${printable(weight)}); weights must be zero or more`, {
        issues: [{ path: [index], message: 'must be zero or more', rule: 'apportion.nonNegativeWeights' }],
      });
    }
    decimals.push(value);
  }
  const weightTotal = decimals.reduce((sum, value) => sum.plus(value), new Dec(0));
  if (weightTotal.isZero()) throw fieldError('INVALID_WEIGHTS', ['weights'], 'apportion needs at least one positive weight', 'apportion.positiveWeight');

  const magnitude = Math.abs(checkedTotal);
  const exactShares = decimals.map((value) => value.times(magnitude).dividedBy(weightTotal));
  const parts = exactShares.map((share) => share.floor().toNumber());
  let leftOver = magnitude - parts.reduce((sum, part) => sum + part, 0);
  const order = exactShares
    .map((share, index) => ({ index, remainder: share.minus(share.floor()), positive: !decimals[index]!.isZero() }))
    .filter((entry) => entry.positive)
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (let i = 0; leftOver > 0; i = (i + 1) % order.length, leftOver -= 1) {
    // order is non-empty: weightTotal is positive, so at least one weight is positive.
    parts[order[i]!.index]! += 1;
  }
  const sign = checkedTotal < 0 ? -1 : 1;
  return parts.map((part) => pence(sign * part));
}

/**
 * `apportion` in integers, for whole-number weights: the same parts as the decimal path (the
 * largest remainder, ties to the earlier part) when every weight is a safe whole number of zero or
 * more, at least one is positive, and `|total| × Σ weights` stays within 2^53 (so every product and
 * remainder is exact). Otherwise `null`, and the decimal path decides (and raises its errors).
 */
function apportionWhole(total: Pence, weights: readonly DecimalInput[]): Pence[] | null {
  const count = weights.length;
  let weightTotal = 0;
  for (let index = 0; index < count; index += 1) {
    const weight = weights[index];
    if (typeof weight !== 'number' || !Number.isSafeInteger(weight) || weight < 0 || !Object.hasOwn(weights, index)) return null;
    weightTotal += weight;
  }
  const magnitude = Math.abs(total);
  if (weightTotal === 0 || !Number.isSafeInteger(weightTotal) || magnitude * weightTotal > Number.MAX_SAFE_INTEGER) return null;
  const parts = new Array<number>(count);
  const remainders = new Array<number>(count);
  let leftOver = magnitude;
  for (let index = 0; index < count; index += 1) {
    const product = magnitude * (weights[index] as number);
    // The float quotient may round across a whole number: the exact remainder puts it right.
    let part = Math.floor(product / weightTotal);
    let remainder = product - part * weightTotal;
    if (remainder < 0) {
      part -= 1;
      remainder += weightTotal;
    } else if (remainder >= weightTotal) {
      part += 1;
      remainder -= weightTotal;
    }
    parts[index] = part;
    remainders[index] = remainder;
    leftOver -= part;
  }
  if (leftOver > 0) {
    const order: number[] = [];
    for (let index = 0; index < count; index += 1) if ((weights[index] as number) > 0) order.push(index);
    order.sort((a, b) => remainders[b]! - remainders[a]! || a - b);
    for (let i = 0; leftOver > 0; i = (i + 1) % order.length, leftOver -= 1) parts[order[i]!]! += 1;
  }
  const sign = total < 0 ? -1 : 1;
  return parts.map((part) => pence(sign * part));
}
