/**
 * Sharper tests for the budgets rules, written against the mutants Stryker found surviving (see
 * docs/quality.md): the boundary of a balanced outcome, a group figure of zero on a line no member
 * holds, grouping refused under a reform, and the PBC years of the per-patient cap.
 */
import { describe, expect, it } from 'vitest';
import { applyPerPatientCap, apportionGroupBudget, budgetOutcome, fundholdingEligibility } from '../../src/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { practiceBudget } from './helpers.js';

describe('budgetOutcome: a balanced year', () => {
  it('an outturn equal to the budget is neither an underspend nor an overspend, and a caller who says so is consistent', () => {
    const outcome = budgetOutcome({ financialYear: '2008/09', budget: 5_000_000, outturn: 5_000_000, variance: 0, underspend: 0, overspend: 0, overspent: false });
    expect(outcome).toMatchObject({ variance: 0, underspend: 0, overspend: 0, overspent: false });
  });

  it('a caller who calls a balanced year overspent contradicts the figures', () => {
    expect(() => budgetOutcome({ financialYear: '2008/09', budget: 5_000_000, outturn: 5_000_000, overspent: true })).toThrow(/budget and outturn give false/);
  });

  it('the holder, when given, is carried into the outcome', () => {
    const holder = { kind: 'practice', practiceCode: 'Z90002' } as const;
    expect(budgetOutcome({ holder, financialYear: '2008/09', budget: 5, outturn: 6 }).holder).toEqual(holder);
    expect('holder' in budgetOutcome({ financialYear: '2008/09', budget: 5, outturn: 6 })).toBe(false);
  });
});

describe('apportionGroupBudget: a line that no member holds', () => {
  const group = { kind: 'group' as const, groupId: 'north', memberPracticeCodes: ['Z90001', 'Z90002'] };
  const memberBudget = (code: string) => practiceBudget(code, { PRESCRIBING: 1_000 });

  it('a group figure of zero on a line every member holds nothing of is zero for each member, not an error', () => {
    const result = apportionGroupBudget({
      group,
      financialYear: '2008/09',
      lines: [
        { serviceLine: 'PRESCRIBING', amount: 300 },
        { serviceLine: 'DAY_CASE', amount: 0 },
      ],
      basis: { by: 'memberBudgets', budgets: [memberBudget('Z90001'), memberBudget('Z90002')] },
    });
    expect(result.rows.filter((row) => row.serviceLine === 'DAY_CASE').map((row) => row.amount)).toEqual([0, 0]);
    expect(result.rows.filter((row) => row.serviceLine === 'PRESCRIBING').map((row) => row.amount)).toEqual([150, 150]);
  });

  it('a figure that is not zero on such a line cannot be apportioned, naming the line', () => {
    expect(() =>
      apportionGroupBudget({
        group,
        financialYear: '2008/09',
        lines: [{ serviceLine: 'DAY_CASE', amount: 10 }],
        basis: { by: 'memberBudgets', budgets: [memberBudget('Z90001'), memberBudget('Z90002')] },
      }),
    ).toThrow(/every member's weight for DAY_CASE is zero/);
  });
});

describe('fundholdingEligibility: grouping refused under a reform', () => {
  it('where practices may not combine, each must reach the minimum alone: not eligible, an error finding citing the 1991 Regulations', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'no-grouping',
      label: 'No grouping of lists',
      parameters: { 'fundholding.groupingAllowed': [{ from: '1991-04-01', to: '1993-03-31', value: false, sources: ['uksi-1991-582'], confidence: 'unconfirmed' }] },
    });
    const result = fundholdingEligibility(
      {
        date: '1992-06-01',
        practices: [
          { practiceCode: 'A81001', listSize: 5_000 },
          { practiceCode: 'A81002', listSize: 6_500 },
        ],
      },
      { policy },
    );
    expect(result.eligible).toBe(false);
    expect(result.listSize).toBe(6_500);
    expect(result.findings).toEqual([
      {
        code: 'FUNDHOLDING_GROUPING_NOT_ALLOWED',
        outcome: 'breach',
        rule: result.explanation.rule,
        message: 'practices may not combine their lists on 1992-06-01; each must reach the minimum alone',
        sources: ['uksi-1991-582'],
        path: ['practices'],
      },
    ]);
  });
});

describe('applyPerPatientCap under PBC', () => {
  it('no national threshold: every cost stays in the budget, with an information finding that says so', () => {
    const result = applyPerPatientCap({ financialYear: '2007/08', patients: [{ patientId: 'p1', cost: 2_500_000 }] });
    expect(result).toMatchObject({ regime: 'PBC', cap: null, paidByBudget: 2_500_000, excess: 0 });
    expect(result.findings.map((finding) => [finding.code, finding.outcome])).toEqual([['NO_HIGH_COST_THRESHOLD', 'info']]);
    expect(result.findings[0]?.sources.length).toBeGreaterThan(0);
  });
});
