/**
 * Audit Commission 2007, Putting commissioning into practice (src/policy/frameworks/ac2007-putting-commissioning-into-practice.ts).
 */
import { describe, expect, it } from 'vitest';
import {
ac2007PuttingCommissioningIntoPractice
} from '../../../src/policy/index.js';

describe('Audit Commission 2007, Putting commissioning into practice (§2; seed 002)', () => {
  it('has exactly the five factors for success, confirmed', () => {
    expect(ac2007PuttingCommissioningIntoPractice.factors.map((factor) => [factor.id, factor.confidence])).toEqual([
      ['AC07.F1_BUDGETS', 'confirmed'],
      ['AC07.F2_INFORMATION', 'confirmed'],
      ['AC07.F3_FREEDOM_SAVINGS', 'confirmed'],
      ['AC07.F4_GOVERNANCE_COI', 'confirmed'],
      ['AC07.F5_SHARED_OWNERSHIP', 'confirmed'],
    ]);
    expect(ac2007PuttingCommissioningIntoPractice.published).toBe('2007-11-22');
  });
  it('is ready only with all five in place; the 2–4 and 0–1 bands are INFERRED', () => {
    const bands = ac2007PuttingCommissioningIntoPractice.rating.bands;
    expect(ac2007PuttingCommissioningIntoPractice.rating.measure).toBe('met-count');
    expect(bands.map((band) => [band.id, band.ready, band.threshold, band.confidence])).toEqual([
      ['all_in_place', true, { all: true }, 'derived'],
      ['some_in_place', false, { parameter: 'readiness.ac2007.someInPlaceMinimum' }, 'unconfirmed'],
      ['few_in_place', false, { value: 0 }, 'unconfirmed'],
    ]);
  });
  it('gives each factor the call the report makes for it, and leadership as a general recommendation', () => {
    for (const factor of ac2007PuttingCommissioningIntoPractice.factors) {
      expect(ac2007PuttingCommissioningIntoPractice.recommendations?.filter((recommendation) => recommendation.addresses.includes(factor.id))).toHaveLength(1);
    }
    const general = ac2007PuttingCommissioningIntoPractice.recommendations?.filter((recommendation) => recommendation.addresses.length === 0).map((recommendation) => recommendation.id);
    expect(general).toEqual(['AC07.R.LEADERSHIP', 'AC07.R.FINANCIAL_INFRASTRUCTURE']);
  });
});
