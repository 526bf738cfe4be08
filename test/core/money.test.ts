import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPbcError, type Pence } from '../../src/index.js';
import { addMoney, apportion, compareMoney, formatGbp, maxMoney, minMoney, multiplyByRate, negateMoney, parseMoney, pence, scaleMoney, formatCount, subtractMoney, sumMoney } from '../../src/core/index.js';

function expectPbcError(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(isPbcError(error)).toBe(true);
    expect((error as { code: string }).code).toBe(code);
    return;
  }
  throw new Error(`expected a PbcError ${code}, but nothing was thrown`);
}

describe('pence', () => {
  it('accepts safe integers and normalises negative zero', () => {
    expect(pence(95)).toBe(95);
    expect(pence(-1200)).toBe(-1200);
    expect(Object.is(pence(-0), 0)).toBe(true);
  });
  it('rejects fractions, NaN, Infinity and unsafe integers with typed errors', () => {
    expectPbcError(() => pence(1.5), 'FRACTION_OF_PENNY');
    expectPbcError(() => pence(Number.NaN), 'UNSAFE_INTEGER');
    expectPbcError(() => pence(Number.POSITIVE_INFINITY), 'UNSAFE_INTEGER');
    expectPbcError(() => pence(2 ** 53), 'UNSAFE_INTEGER');
    expectPbcError(() => pence('12' as unknown as number), 'UNSAFE_INTEGER');
  });
});

describe('parseMoney', () => {
  it.each([
    ['1234.56', 123456],
    ['£1,234.56', 123456],
    ['-12', -1200],
    ['-£12.00', -1200],
    ['£-12.00', -1200],
    ['0.95', 95],
    ['1234.5', 123450],
    ['£1,000,000', 100_000_000],
    ['1.230', 123],
    ['  £7  ', 700],
  ])('reads %s as %i pence', (text, expected) => {
    expect(parseMoney(text)).toBe(expected);
  });
  it('reads numbers of pounds exactly', () => {
    expect(parseMoney(0.95)).toBe(95);
    expect(parseMoney(12.34)).toBe(1234);
    expect(parseMoney(-0.01)).toBe(-1);
    expect(parseMoney(1e21 / 1e10)).toBe(1e13);
  });
  it('rejects a fraction of a penny', () => {
    expectPbcError(() => parseMoney('£1.234'), 'FRACTION_OF_PENNY');
    expectPbcError(() => parseMoney(0.001), 'FRACTION_OF_PENNY');
    expectPbcError(() => parseMoney(0.1 + 0.2), 'FRACTION_OF_PENNY');
  });
  it('rejects text that is not an amount', () => {
    for (const text of ['', '£', 'abc', '1,23.00', '12,3456', '--1', '-£-1', '1.2.3', '£ 12', '1e3']) {
      expectPbcError(() => parseMoney(text), 'INVALID_MONEY');
    }
    expectPbcError(() => parseMoney(null as unknown as string), 'INVALID_MONEY');
  });
  it('rejects NaN, Infinity and amounts too large to hold', () => {
    expectPbcError(() => parseMoney(Number.NaN), 'UNSAFE_INTEGER');
    expectPbcError(() => parseMoney(Number.NEGATIVE_INFINITY), 'UNSAFE_INTEGER');
    expectPbcError(() => parseMoney('100000000000000000000'), 'UNSAFE_INTEGER');
  });
});

describe('formatGbp', () => {
  it('formats with separators and two places, negatives with a leading minus', () => {
    expect(formatGbp(pence(123456))).toBe('£1,234.56');
    expect(formatGbp(pence(-1200))).toBe('-£12.00');
    expect(formatGbp(pence(5))).toBe('£0.05');
    expect(formatGbp(pence(0))).toBe('£0.00');
    expect(formatGbp(pence(9_800_000_000))).toBe('£98,000,000.00');
  });
  it('round-trips with parseMoney for any safe amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        expect(parseMoney(formatGbp(pence(amount)))).toBe(amount === 0 ? 0 : amount);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('arithmetic', () => {
  it('adds, subtracts, sums, negates and compares exactly', () => {
    expect(addMoney(pence(95), pence(95))).toBe(190);
    expect(subtractMoney(pence(570_000), pence(200_000))).toBe(370_000);
    expect(sumMoney([pence(1), pence(2), pence(3)])).toBe(6);
    expect(sumMoney([])).toBe(0);
    expect(negateMoney(pence(1200))).toBe(-1200);
    expect(Object.is(negateMoney(pence(0)), 0)).toBe(true);
    expect(compareMoney(pence(1), pence(2))).toBe(-1);
    expect(compareMoney(pence(2), pence(2))).toBe(0);
    expect(compareMoney(pence(3), pence(2))).toBe(1);
    expect(maxMoney(pence(0), pence(-5))).toBe(0);
    expect(maxMoney(pence(-5), pence(0))).toBe(0);
    expect(minMoney(pence(200_000), pence(570_000))).toBe(200_000);
    expect(minMoney(pence(570_000), pence(200_000))).toBe(200_000);
  });
  it('refuses to overflow', () => {
    const big = pence(Number.MAX_SAFE_INTEGER);
    expectPbcError(() => addMoney(big, pence(1)), 'UNSAFE_INTEGER');
    expectPbcError(() => subtractMoney(negateMoney(big), pence(1)), 'UNSAFE_INTEGER');
    expectPbcError(() => sumMoney([big, big]), 'UNSAFE_INTEGER');
  });
});

describe('multiplyByRate', () => {
  it('pays 95p for each of 6,000 patients as £5,700 (DES C2 worked example)', () => {
    expect(multiplyByRate(pence(95), 6000)).toBe(570_000);
  });
  it('rounds half-up by default and honours the other modes', () => {
    expect(multiplyByRate(pence(1_000_001), '0.7')).toBe(700_001);
    expect(multiplyByRate(pence(5), '0.5')).toBe(3);
    expect(multiplyByRate(pence(-5), '0.5')).toBe(-3);
    expect(multiplyByRate(pence(3), '0.5', { rounding: 'half-even' })).toBe(2);
    expect(multiplyByRate(pence(5), '0.5', { rounding: 'half-even' })).toBe(2);
    expect(multiplyByRate(pence(5), '0.5', { rounding: 'down' })).toBe(2);
    expect(multiplyByRate(pence(5), '0.5', { rounding: 'up' })).toBe(3);
    expect(multiplyByRate(pence(-5), '0.5', { rounding: 'floor' })).toBe(-3);
    expect(multiplyByRate(pence(-5), '0.5', { rounding: 'ceil' })).toBe(-2);
    expect(Object.is(multiplyByRate(pence(-1), '0.1'), 0)).toBe(true);
  });
  it('is exact where binary floating point is not', () => {
    // 0.1 × 3 = 0.30000000000000004 in floats; in pence it must be exactly 30.
    expect(multiplyByRate(pence(100), 0.1 * 3)).toBe(30);
    expect(multiplyByRate(pence(1_000_000_000_000), '0.000000000001')).toBe(1);
  });
  it('rejects bad rates and overflow', () => {
    expectPbcError(() => multiplyByRate(pence(1), Number.NaN), 'INVALID_RATE');
    expectPbcError(() => multiplyByRate(pence(1), 'seventy per cent'), 'INVALID_RATE');
    expectPbcError(() => multiplyByRate(pence(1), {} as unknown as string), 'INVALID_RATE');
    expectPbcError(() => multiplyByRate(pence(Number.MAX_SAFE_INTEGER), 2), 'UNSAFE_INTEGER');
  });
});

describe('scaleMoney and formatCount', () => {
  it('scales pro rata exactly, rounding once', () => {
    expect(scaleMoney(pence(1_000_000), 9, 12)).toBe(750_000);
    expect(scaleMoney(pence(100), 1, 3)).toBe(33);
    expect(scaleMoney(pence(100), 2, 3)).toBe(67);
    expect(scaleMoney(pence(-100), 2, 3)).toBe(-67);
    expect(scaleMoney(pence(5), 1, 2, { rounding: 'down' })).toBe(2);
    expectPbcError(() => scaleMoney(pence(1), 1, 0), 'INVALID_RATE');
    expectPbcError(() => scaleMoney(pence(Number.MAX_SAFE_INTEGER), 3, 2), 'UNSAFE_INTEGER');
  });
  it('formats counts without the locale', () => {
    expect(formatCount(52_706_250)).toBe('52,706,250');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(-1200)).toBe('-1,200');
    expectPbcError(() => formatCount(1.5), 'INVALID_INPUT');
  });
});

describe('apportion', () => {
  it('splits by largest remainder with ties to the earlier part', () => {
    expect(apportion(pence(100), [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(pence(-100), [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(apportion(pence(1000), [6000, 4000, 0])).toEqual([600, 400, 0]);
    expect(apportion(pence(5), ['0.2', '0.3', '0.5'])).toEqual([1, 2, 2]);
    expect(apportion(pence(0), [1, 2])).toEqual([0, 0]);
    expect(apportion(pence(2), [0, 1, 0, 1])).toEqual([0, 1, 0, 1]);
  });
  it('gives the largest remainders the spare pence', () => {
    // shares 3.3, 3.6, 3.1 → floors 3, 3, 3 and one spare penny to the 0.6 remainder
    expect(apportion(pence(10), [33, 36, 31])).toEqual([3, 4, 3]);
  });
  it('rejects empty, negative and all-zero weights clearly', () => {
    expectPbcError(() => apportion(pence(10), []), 'INVALID_WEIGHTS');
    expectPbcError(() => apportion(pence(10), [1, -1]), 'INVALID_WEIGHTS');
    expectPbcError(() => apportion(pence(10), [0, 0]), 'INVALID_WEIGHTS');
    expectPbcError(() => apportion(pence(10), [1, Number.POSITIVE_INFINITY]), 'INVALID_RATE');
  });
  it('conserves the total and respects proportions for any weights (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 40 }).filter((ws) => ws.some((w) => w > 0)),
        (total, weights) => {
          const parts = apportion(pence(total), weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce<number>((sum, part) => sum + part, 0)).toBe(total);
          const weightTotal = weights.reduce((sum, w) => sum + w, 0);
          parts.forEach((part, index) => {
            const exact = (Math.abs(total) * weights[index]!) / weightTotal;
            expect(Math.abs(Math.abs(part) - exact)).toBeLessThan(1 + 1e-6);
            if (weights[index] === 0) expect(part).toBe(0);
            expect(Object.is(part, -0)).toBe(false);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// Type-level: plain numbers are not Pence.
const typed: Pence = pence(1);
void typed;
