/**
 * The budgets area's internal helpers (src/budgets/internal.ts).
 */
import { describe, expect, it } from 'vitest';
import { pence } from '../../src/core/index.js';
import { scaleMoney, sumDecimal } from '../../src/budgets/internal.js';
import { pbcError } from '../support/errors.js';

describe('budgets internals: money and decimals', () => {

  it('scaling money refuses a zero denominator; decimals sum without floating-point drift', () => {
    pbcError(() => scaleMoney(pence(10), 1, 0), 'INVALID_RATE');
    expect(scaleMoney(pence(10), 12, 7)).toBe(17);
    expect(sumDecimal([0.1, 0.2])).toBe('0.3');
  });
});
