/**
 * Sharper tests for the money functions, written against the mutants Stryker found surviving (see
 * docs/quality.md): numbers in exponent form, trailing zeros past the penny, the error codes and
 * issue paths of bad amounts, weights and options, and formatting zero.
 */
import { describe, expect, it } from 'vitest';
import { apportion, formatCount, multiplyByRate, parseMoney, pence, scaleMoney, sumMoney } from '../../src/core/index.js';
import { pbcErrorOf as errorOf } from '../reliability/fuzz-suite.js';


describe('parseMoney', () => {
  it('reads a number that prints in exponent form exactly: a tiny one is a fraction of a penny, a huge one too large', () => {
    expect(errorOf(() => parseMoney(1e-7)).code).toBe('FRACTION_OF_PENNY');
    expect(errorOf(() => parseMoney(1e21)).code).toBe('UNSAFE_INTEGER');
  });

  it('allows zeros past the penny, and only zeros', () => {
    expect(parseMoney('1.2300')).toBe(123);
    expect(parseMoney('£1.000')).toBe(100);
    expect(errorOf(() => parseMoney('£1.2310')).code).toBe('FRACTION_OF_PENNY');
    expect(errorOf(() => parseMoney('1.2301')).code).toBe('FRACTION_OF_PENNY');
  });
});

describe('pence', () => {
  it.each([NaN, Infinity, -Infinity])('%s is not a safe integer (UNSAFE_INTEGER), not a fraction of a penny', (value) => {
    expect(errorOf(() => pence(value)).code).toBe('UNSAFE_INTEGER');
  });
});

describe('sumMoney', () => {
  it.each([5, null, undefined, {}, '123'])('%s is not a list of amounts: INVALID_MONEY', (value) => {
    expect(errorOf(() => sumMoney(value as never)).code).toBe('INVALID_MONEY');
  });

  it('sums any iterable, a Set included', () => {
    expect(sumMoney(new Set([pence(1), pence(2)]))).toBe(3);
  });
});

describe('rounding options', () => {
  it('options that are not an object are INVALID_INPUT at path options', () => {
    for (const call of [() => multiplyByRate(pence(1), 1, null as never), () => scaleMoney(pence(1), 1, 2, 'down' as never)]) {
      const error = errorOf(call);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues.map((issue) => issue.path)).toEqual([['options']]);
    }
  });

  it('an unknown rounding mode is INVALID_INPUT at path rounding, with its rule', () => {
    const error = errorOf(() => multiplyByRate(pence(5), '0.5', { rounding: 'sideways' as never }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([{ path: ['rounding'], message: 'unknown rounding mode', rule: 'money.roundingMode' }]);
    expect(errorOf(() => multiplyByRate(pence(5), '0.5', { rounding: 'constructor' as never })).code).toBe('INVALID_INPUT');
  });

  it('no options, or empty ones, round half-up', () => {
    expect(multiplyByRate(pence(5), '0.5')).toBe(3);
    expect(multiplyByRate(pence(5), '0.5', {})).toBe(3);
    expect(scaleMoney(pence(5), 1, 2, {})).toBe(3);
  });
});

describe('apportion', () => {
  it('a negative weight is refused with its index as the path and the rule', () => {
    const error = errorOf(() => apportion(pence(100), [2, -1]));
    expect(error.code).toBe('INVALID_WEIGHTS');
    expect(error.issues).toEqual([{ path: [1], message: 'must be zero or more', rule: 'apportion.nonNegativeWeights' }]);
  });

  it('a weight of minus zero is a zero weight, not a negative one', () => {
    expect(apportion(pence(10), ['-0', 1])).toEqual([0, 10]);
  });

  it('weights that are not a list are INVALID_WEIGHTS', () => {
    expect(errorOf(() => apportion(pence(10), 'abc' as never)).code).toBe('INVALID_WEIGHTS');
  });
});

describe('formatCount', () => {
  it('formats zero as "0", never "-0"', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(-0)).toBe('0');
  });

  it('refuses a fraction with INVALID_INPUT at path count', () => {
    const error = errorOf(() => formatCount(1.5));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([{ path: ['count'], message: 'must be a safe integer' }]);
  });
});
