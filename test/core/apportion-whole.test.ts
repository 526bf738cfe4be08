import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportion, pence } from '../../src/core/index.js';

// apportion takes an integer path for whole-number weights (issue 15); the same weights given as
// text take the decimal path. Both must give the same parts, penny for penny.
describe('apportion: the whole-number path agrees with the decimal path', () => {
  it('for any total and whole weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 30 }).filter((weights) => weights.some((weight) => weight > 0)),
        (total, weights) => {
          expect(apportion(pence(total), weights)).toEqual(apportion(pence(total), weights.map(String)));
        },
      ),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 200) },
    );
  });

  it('at the edges: ties to the earlier part, zero weights get nothing, totals near 2^53 fall back to decimals', () => {
    expect(apportion(pence(100), [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(pence(-100), [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(apportion(pence(5), [0, 2, 0, 2])).toEqual([0, 3, 0, 2]);
    const big = pence(Number.MAX_SAFE_INTEGER - 1);
    expect(apportion(big, [3, 7])).toEqual(apportion(big, ['3', '7']));
    expect(apportion(pence(1000), [Number.MAX_SAFE_INTEGER, 1])).toEqual(apportion(pence(1000), [String(Number.MAX_SAFE_INTEGER), '1']));
  });
});
