/**
 * The specification of `src/budgets/apportion-group-budget.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { apportionGroupBudget, rollUpGroupBudget } from '../../src/index.js';
import { expectWellFormed, group, practiceBudget } from './helpers.js';
import { expectIssue } from '../support/errors.js';
import fc from 'fast-check';
import { sumMoney } from '../../src/core/index.js';

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
    expectIssue(
      () =>
        apportionGroupBudget({
          group,
          financialYear: '2008/09',
          lines: [{ serviceLine: 'DAY_CASE', amount: 10 }],
          basis: { by: 'memberBudgets', budgets: [memberBudget('Z90001'), memberBudget('Z90002')] },
        }),
      'INVALID_INPUT',
      ['lines', 0],
    );
  });
});

describe('apportionGroupBudget', () => {
  const weights = (a: number, b: number, c: number) => ({ by: 'weights' as const, weights: [{ practiceCode: 'Z90001', weight: a }, { practiceCode: 'Z90002', weight: b }, { practiceCode: 'Z90003', weight: c }] });

  it('splits each of a cluster\'s lines by weight, exactly (largest remainder), and can return the shares as budgets', () => {
    const result = apportionGroupBudget({ group, financialYear: '2008/09', figure: 'budget', lines: [{ serviceLine: 'PRESCRIBING', amount: 100 }, { serviceLine: 'DAY_CASE', amount: 0 }], basis: weights(1, 1, 1), kind: 'indicative' });
    expect(result.rows).toEqual([
      { practiceCode: 'Z90001', serviceLine: 'DAY_CASE', amount: 0 },
      { practiceCode: 'Z90001', serviceLine: 'PRESCRIBING', amount: 34 },
      { practiceCode: 'Z90002', serviceLine: 'DAY_CASE', amount: 0 },
      { practiceCode: 'Z90002', serviceLine: 'PRESCRIBING', amount: 33 },
      { practiceCode: 'Z90003', serviceLine: 'DAY_CASE', amount: 0 },
      { practiceCode: 'Z90003', serviceLine: 'PRESCRIBING', amount: 33 },
    ]);
    expect(result.budgets[0]).toEqual(practiceBudget('Z90001', { DAY_CASE: 0, PRESCRIBING: 34 }));
    expect(result.figure).toBe('budget');
    expectWellFormed(result);
  });

  it('splits a cluster overspend (a negative variance) by the members\' own budgets for each line', () => {
    const budgets = [practiceBudget('Z90001', { PRESCRIBING: 600 }), practiceBudget('Z90002', { PRESCRIBING: 300 }), practiceBudget('Z90003', { PRESCRIBING: 100, OUTPATIENT: 5 })];
    const result = apportionGroupBudget({ group, financialYear: '2008/09', figure: 'forecast variance', lines: [{ serviceLine: 'PRESCRIBING', amount: -1_001 }, { serviceLine: 'OUTPATIENT', amount: -3 }], basis: { by: 'memberBudgets', budgets } });
    expect(result.members).toEqual([
      { practiceCode: 'Z90001', total: -601 },
      { practiceCode: 'Z90002', total: -300 },
      { practiceCode: 'Z90003', total: -103 },
    ]);
    expect(result.budgets).toEqual([]);
    expect(apportionGroupBudget({ group, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', amount: 9 }], basis: weights(1, 0, 2) }).figure).toBe('figure');
  });

  it('refuses weights for non-members, twice or missing, all-zero weights for a line with a figure, and a negative budget', () => {
    const line = [{ serviceLine: 'PRESCRIBING' as const, amount: 10 }];
    expectIssue(() => apportionGroupBudget({ group, financialYear: '2008/09', lines: line, basis: { by: 'weights', weights: [...weights(1, 1, 1).weights, { practiceCode: 'Z90009', weight: 1 }] } }), 'INVALID_INPUT', ['basis', 'weights', 3, 'practiceCode'], 'budget.group.memberWeight');
    expectIssue(() => apportionGroupBudget({ group, financialYear: '2008/09', lines: line, basis: { by: 'weights', weights: [...weights(1, 1, 1).weights, { practiceCode: 'Z90001', weight: 1 }] } }), 'INVALID_INPUT', ['basis', 'weights', 3, 'practiceCode'], 'budget.group.memberWeight');
    expectIssue(() => apportionGroupBudget({ group, financialYear: '2008/09', lines: line, basis: { by: 'weights', weights: weights(1, 1, 1).weights.slice(0, 2) } }), 'MISSING_INPUT', ['group', 'memberPracticeCodes', 2], 'budget.group.memberWeight');
    expectIssue(() => apportionGroupBudget({ group, financialYear: '2008/09', lines: line, basis: weights(0, 0, 0) }), 'INVALID_INPUT', ['lines', 0], 'budget.group.apportionWeights');
    expectIssue(() => apportionGroupBudget({ group, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', amount: -1 }], basis: weights(1, 1, 1), kind: 'indicative' }), 'INVALID_INPUT', ['lines', 0, 'amount'], 'budget.group.budgetNonNegative');
    expectIssue(() => apportionGroupBudget({ group, financialYear: '2008/09', lines: [...line, ...line], basis: weights(1, 1, 1) }), 'INVALID_INPUT', ['lines', 1, 'serviceLine'], 'budget.lines.unique');
    expectIssue(() => apportionGroupBudget({ group: { kind: 'practice', practiceCode: 'Z90001' }, financialYear: '2008/09', lines: line, basis: weights(1, 1, 1) }), 'INVALID_INPUT', ['group', 'kind'], 'budget.group.holderIsGroup');
    const budgets = group.memberPracticeCodes.map((code) => practiceBudget(code, { PRESCRIBING: 1 }, '2007/08'));
    expectIssue(() => apportionGroupBudget({ group, financialYear: '2008/09', lines: line, basis: { by: 'memberBudgets', budgets } }), 'CONFLICTING_INPUT', ['basis', 'budgets', 0, 'financialYear'], 'budget.group.sameYearAndKind');
    expectIssue(() => apportionGroupBudget({ group, financialYear: '2008/09', lines: line, basis: { by: 'memberBudgets', budgets: budgets.slice(0, 2).map((budget) => ({ ...budget, financialYear: '2008/09' })) } }), 'MISSING_INPUT', ['group', 'memberPracticeCodes', 2], 'budget.group.memberWithoutBudget');
  });

  it('property: apportioning conserves every penny of every line, positive or negative, and a roll-up of the shares gives the figures back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 3, maxLength: 3 }).filter((entry) => entry.some((weight) => weight > 0)),
        (prescribing, dayCase, [a, b, c]) => {
          const result = apportionGroupBudget({ group, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', amount: prescribing }, { serviceLine: 'DAY_CASE', amount: dayCase }], basis: weights(a!, b!, c!) });
          expect(sumMoney(result.rows.filter((row) => row.serviceLine === 'PRESCRIBING').map((row) => row.amount))).toBe(prescribing);
          expect(sumMoney(result.rows.filter((row) => row.serviceLine === 'DAY_CASE').map((row) => row.amount))).toBe(dayCase);
          const asBudgets = apportionGroupBudget({ group, financialYear: '2008/09', lines: [{ serviceLine: 'DAY_CASE', amount: dayCase }], basis: weights(a!, b!, c!), kind: 'indicative' });
          expect(rollUpGroupBudget({ group, budgets: [...asBudgets.budgets] }).budget.lines).toEqual([{ serviceLine: 'DAY_CASE', amount: dayCase }]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('apportionGroupBudget: the basis', () => {

  it('member budgets held by a group are refused as an apportionment basis', () => {
    const group = { kind: 'group' as const, groupId: 'g', memberPracticeCodes: ['Z90001'] };
    expectIssue(
      () => apportionGroupBudget({ group, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', amount: 1 }], basis: { by: 'memberBudgets', budgets: [{ ...practiceBudget('Z90001', { PRESCRIBING: 1 }), holder: group }] } }),
      'INVALID_INPUT',
      ['basis', 'budgets', 0, 'holder', 'kind'],
      'budget.group.memberBudget',
    );
  });
});
