/**
 * The specification of `src/budgets/budget-outcome.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { budgetOutcome } from '../../src/index.js';
import { expectIssue } from '../support/errors.js';

describe('budgetOutcome: a balanced year', () => {
  it('an outturn equal to the budget is neither an underspend nor an overspend, and a caller who says so is consistent', () => {
    const outcome = budgetOutcome({ financialYear: '2008/09', budget: 5_000_000, outturn: 5_000_000, variance: 0, underspend: 0, overspend: 0, overspent: false });
    expect(outcome).toMatchObject({ variance: 0, underspend: 0, overspend: 0, overspent: false });
  });

  it('a caller who calls a balanced year overspent contradicts the figures', () => {
    expectIssue(() => budgetOutcome({ financialYear: '2008/09', budget: 5_000_000, outturn: 5_000_000, overspent: true }), 'CONFLICTING_INPUT', ['overspent']);
  });

  it('the holder, when given, is carried into the outcome', () => {
    const holder = { kind: 'practice', practiceCode: 'Z90002' } as const;
    expect(budgetOutcome({ holder, financialYear: '2008/09', budget: 5, outturn: 6 }).holder).toEqual(holder);
    expect('holder' in budgetOutcome({ financialYear: '2008/09', budget: 5, outturn: 6 })).toBe(false);
  });
});

describe('budgetOutcome', () => {
  it('makes the outcome record: variance is budget − outturn; overspent exactly when the outturn is above the budget', () => {
    expect(budgetOutcome({ financialYear: '2006/07', budget: 100, outturn: 100 })).toMatchObject({ variance: 0, underspend: 0, overspend: 0, overspent: false, kind: 'indicative', basis: 'outturn' });
    expect(budgetOutcome({ financialYear: '2006/07', budget: 100, outturn: 101, kind: 'real', basis: 'forecast', holder: { kind: 'practice', practiceCode: 'Z90001' } })).toMatchObject({
      variance: -1,
      overspend: 1,
      overspent: true,
      kind: 'real',
      basis: 'forecast',
      holder: { kind: 'practice', practiceCode: 'Z90001' },
    });
  });
  it('checks derived fields against the budget and outturn', () => {
    expectIssue(() => budgetOutcome({ financialYear: '2006/07', budget: 100, outturn: 95, overspent: true, variance: 6 }), 'CONFLICTING_INPUT', ['overspent'], 'budget.outcome.consistent');
    expect(budgetOutcome({ financialYear: '2006/07', budget: 100, outturn: 95, overspent: false, variance: 5, underspend: 5, overspend: 0 }).variance).toBe(5);
    expectIssue(() => budgetOutcome({ financialYear: '2006/07', budget: -1, outturn: 95 }), 'INVALID_INPUT', ['budget']);
  });
});
