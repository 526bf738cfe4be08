/**
 * The specification of `src/budgets/apply-budget-control-total.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { setIndicativeBudget } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { practice, reform, request, resources } from './helpers.js';
import { expectIssue } from '../support/errors.js';
import fc from 'fast-check';
import { sumMoney } from '../../src/core/index.js';

describe('the control total: a contingency held back', () => {
  it('a contingency share held back is reported per line with its amount and share', () => {
    const policy = reform('budget.controlTotal.contingencyShare', [{ from: '2007-04-01', value: '0.02' }]);
    const set = setIndicativeBudget(request(), { policy });
    expect(set.findings.filter((entry) => entry.code === 'CONTINGENCY_HELD_BACK')).toEqual([
      {
        code: 'CONTINGENCY_HELD_BACK',
        outcome: 'info',
        rule: 'budget.controlTotal',
        message: 'PRESCRIBING: £6,000.00 held back as a contingency (share 0.02)',
        sources: ['napc-2005-budget-baseline'],
        path: ['pctResources'],
      },
    ]);
    expect(set.controlTotal.find((row) => row.serviceLine === 'PRESCRIBING')).toMatchObject({ contingency: 600_000, available: 29_400_000 });
  });

  it('a contingency share above one is refused as a policy error naming the parameter', () => {
    const policy = reform('budget.controlTotal.contingencyShare', [{ from: '2007-04-01', value: '1.5' }]);
    expectIssue(() => setIndicativeBudget(request(), { policy }), 'INVALID_POLICY', ['parameters', 'budget.controlTotal.contingencyShare'], 'budget.controlTotal.contingencyShare');
  });
});

describe('the control total, through setIndicativeBudget', () => {

  it('a contingency held back by a local reform lowers the control total', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'five-per-cent-reserve',
      label: 'A 5% PBC risk reserve',
      parameters: { 'budget.controlTotal.contingencyShare': [{ from: '2007-04-01', value: '0.05', sources: ['napc-2005-budget-baseline'], confidence: 'unconfirmed' }] },
    });
    const set = setIndicativeBudget(request({ method: 'weightedCapitation' }), { policy });
    expect(set.controlTotal.find((row) => row.serviceLine === 'PRESCRIBING')).toMatchObject({ contingency: 1_500_000, available: 28_500_000, sumOfBudgets: 28_500_000 });
    expect(set.findings.map((entry) => entry.code)).toContain('CONTINGENCY_HELD_BACK');
  });

  it('property: budgets never sum above the control total; when scaled they meet it exactly; rows add up to the budgets', () => {
    const practiceArbitrary = fc.record({ historic: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: undefined }), weight: fc.integer({ min: 1, max: 20_000 }) });
    fc.assert(
      fc.property(fc.array(practiceArbitrary, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 200_000_000 }), fc.constantFrom('historicActivityAtTariff', 'weightedCapitation', 'blended'), (practices, pot, method) => {
        const set = setIndicativeBudget(
          request({ method, pctResources: resources(pot), practices: practices.map((entry, index) => practice(`Z9${String(index).padStart(4, '0')}`, entry.historic, { weightedPopulation: entry.weight })) }),
        );
        for (const row of set.controlTotal) {
          expect(row.sumOfBudgets).toBeLessThanOrEqual(row.available);
          if (row.scaledDown) expect(row.sumOfBudgets).toBe(row.available);
          expect(row.sumOfBudgets + row.unallocated).toBe(row.available);
        }
        const total = sumMoney(set.practices.map((entry) => entry.total));
        expect(sumMoney(set.rows.map((row) => row.budget))).toBe(total);
        expect(total).toBeLessThanOrEqual(pot);
        for (const row of set.rows) expect(row.budget).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});
