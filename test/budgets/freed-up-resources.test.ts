/**
 * The specification of `src/budgets/freed-up-resources.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { freedUpResources, monitorBudget, renderExplanation } from '../../src/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { expectIssue, resultOrError } from '../support/errors.js';
import { freedUpResourcesOnParsed } from '../../src/budgets/freed-up-resources.js';
import { codes, outcome, practiceBudget, RELEASE_SOURCES, untyped, USE_SOURCES } from './helpers.js';

describe('freedUpResources: the earlier years it balances against', () => {

  it('an earlier year before PBC is refused at its place in the history; a year given twice likewise', () => {
    expectIssue(
      () => freedUpResources({ outcome: outcome('2006/07', 100, 90), history: [outcome('2005/06', 1, 1), outcome('2004/05', 1, 1)] }),
      'NOT_IN_FORCE',
      ['history', 1, 'financialYear'],
      'budget.indicative.inForce',
    );
    expectIssue(
      () => freedUpResources({ outcome: outcome('2007/08', 1, 1), history: [outcome('2006/07', 1, 1), outcome('2006/07', 1, 1)] }),
      'INVALID_INPUT',
      ['history', 1, 'financialYear'],
      'budget.balancing.uniqueYears',
    );
  });
});

describe("freedUpResources: every step's findings together", () => {
  it('2005/06 with management costs, a rejected case, a personal-income use and last year\'s unspent FUR', () => {
    const fur = freedUpResources({
      outcome: outcome('2005/06', 100_000, 80_000),
      managementCosts: 3_000,
      businessCase: { status: 'rejected' },
      proposedUses: [
        { description: 'Premises', amount: 9_000, purpose: 'premises' },
        { description: 'Partners drawings', amount: 500, purpose: 'personalIncome' },
      ],
      unspentFromPriorYear: 700,
    });
    expect(fur).toMatchObject({ practiceShare: 10_000, managementCostsCharged: 3_000, pctShare: 7_000, released: 0, releaseStatus: 'refused' });
    expect(fur.findings).toEqual([
      {
        code: 'MANAGEMENT_COSTS_CHARGED',
        outcome: 'info',
        rule: 'fur.share',
        message: "£30.00 of the remainder was charged against the practice's reasonable management costs",
        sources: ['dh-2004-engaging-practices'],
        path: ['managementCosts'],
      },
      {
        code: 'FUR_BUSINESS_CASE_REJECTED',
        outcome: 'warning',
        rule: 'fur.release',
        message: 'the PCT rejected the business case, so nothing is released; the SHA arbitrates disputes',
        sources: RELEASE_SOURCES,
        path: ['businessCase', 'status'],
      },
      {
        code: 'FUR_PERSONAL_INCOME',
        outcome: 'warning',
        rule: 'fur.use',
        message: 'proposed use 1 ("Partners drawings") is personal income: the DH position is that savings are reinvested in services, not taken as pay (the GPC disputed this)',
        sources: USE_SOURCES,
        path: ['proposedUses', 1, 'purpose'],
      },
      {
        code: 'FUR_LAPSED',
        outcome: 'warning',
        rule: 'fur.use',
        message: "£7.00 of last year's freed-up resources lapses: no carry-over under this policy",
        sources: ['dh-2004-engaging-practices'],
        path: ['unspentFromPriorYear'],
      },
    ]);
  });
});

describe('freedUpResources: the input it accepts', () => {

  it('a forecast outcome from monitorBudget is accepted with a warning', () => {
    const monitoring = monitorBudget({ budget: practiceBudget('Z90002', { PRESCRIBING: 1_200_000 }, '2007/08'), throughMonth: 6, spend: [{ serviceLine: 'PRESCRIBING', amount: 500_000, month: 6 }] });
    const fur = freedUpResources({ outcome: monitoring.outcome });
    expect(fur).toMatchObject({ basis: 'forecast', underspend: 200_000, practiceShare: 140_000, holder: { kind: 'practice', practiceCode: 'Z90002' } });
    expect(codes(fur)[0]).toBe('FORECAST_BASIS');
    expect(renderExplanation(fur.explanation, { policy: baselinePolicy })).toContain('fur.practiceShare = 0.7 (70%)');
  });

  it('refuses a real budget, inconsistent outcome fields, negative money and a year before PBC', () => {
    expectIssue(() => freedUpResources({ outcome: { ...outcome('2007/08', 100, 90), kind: 'real' } }), 'INVALID_INPUT', ['outcome', 'kind'], 'fur.indicativeOnly');
    expectIssue(() => freedUpResources({ outcome: { ...outcome('2007/08', 100, 90), underspend: 11 } }), 'CONFLICTING_INPUT', ['outcome', 'underspend'], 'budget.outcome.consistent');
    expectIssue(() => freedUpResources({ outcome: outcome('2007/08', 100, 90), pctDeficit: -5 }), 'INVALID_INPUT', ['pctDeficit']);
    expectIssue(() => freedUpResources({ outcome: outcome('2004/05', 100, 90) }), 'NOT_IN_FORCE', ['outcome', 'financialYear']);
    expectIssue(() => freedUpResources({ outcome: outcome('2007/08', 100, 90), history: [outcome('2008/09', 1, 1)] }), 'CONFLICTING_INPUT', ['history', 0, 'financialYear'], 'budget.balancing.earlierYears');
    expectIssue(() => freedUpResources({ outcome: outcome('2007/08', 100, 90), proposedUses: [{ description: 'x', amount: 1, purpose: untyped('holiday') }] }), 'INVALID_INPUT', ['proposedUses', 0, 'purpose']);
  });
});

describe('freedUpResourcesOnParsed (whole-area evaluation): the same result as freedUpResources, or the same error', () => {
  /** What a call gives: its result, or its error's code and issues. */
  const agree = (input: Record<string, unknown>) => {
    const onParsed = resultOrError(() => freedUpResourcesOnParsed(input as never, baselinePolicy));
    expect(onParsed).toEqual(resultOrError(() => freedUpResources(input as never, { policy: baselinePolicy })));
    return onParsed;
  };

  it('gives the public result for a plain outcome, with or without earlier years', () => {
    expect(agree({ outcome: outcome('2007/08', 100_000, 90_000) })).toMatchObject({ practiceShare: expect.any(Number) });
    expect(agree({ outcome: outcome('2007/08', 100_000, 90_000), history: [outcome('2006/07', 50_000, 60_000), outcome('2005/06', 10, 10)] })).toMatchObject({ practiceShare: expect.any(Number) });
  });

  it('raises the public error for an amount that is not whole pence of zero or more', () => {
    for (const [budget, outturn] of [[-1, 10], [1.5, 10], [10, -1], [10, 0.5]] as const) {
      expect(agree({ outcome: outcome('2007/08', budget, outturn) }), `${budget} / ${outturn}`).toMatchObject({ code: 'INVALID_INPUT' });
    }
  });

  it('raises the public error for a real budget, and for a variance, underspend, overspend or overspent that contradicts the figures', () => {
    expect(agree({ outcome: { ...outcome('2007/08', 100, 90), kind: 'real' } })).toMatchObject({ code: expect.any(String), issues: [expect.objectContaining({ rule: 'fur.indicativeOnly' })] });
    for (const wrong of [{ variance: 5 }, { underspend: 5 }, { overspend: 5 }, { overspent: true }]) {
      expect(agree({ outcome: { ...outcome('2007/08', 100, 90), ...wrong } }), JSON.stringify(wrong)).toMatchObject({ code: expect.any(String) });
    }
  });

  it('raises the public error for an earlier year that is not earlier, or is given twice', () => {
    expect(agree({ outcome: outcome('2007/08', 100, 90), history: [outcome('2007/08', 1, 1)] })).toMatchObject({ code: expect.any(String) });
    expect(agree({ outcome: outcome('2007/08', 100, 90), history: [outcome('2008/09', 1, 1)] })).toMatchObject({ code: expect.any(String) });
    expect(agree({ outcome: outcome('2007/08', 100, 90), history: [outcome('2006/07', 1, 1), outcome('2006/07', 1, 1)] })).toMatchObject({ issues: [expect.objectContaining({ rule: 'budget.balancing.uniqueYears' })] });
  });
});
