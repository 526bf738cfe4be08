/**
 * The specification of `src/budgets/roll-up-group-budget.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { monitorBudget, type MonitorBudgetInput, rollUpGroupBudget, setIndicativeBudget } from '../../src/index.js';
import { CORE_LINES, expectWellFormed, group, practiceBudget } from './helpers.js';
import { expectIssue, resultOrError } from '../support/errors.js';
import fc from 'fast-check';
import { sumMoney } from '../../src/core/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { rollUpGroupBudgetOnParsed } from '../../src/budgets/roll-up-group-budget.js';

type Budget = MonitorBudgetInput['budget'];

describe('rollUpGroupBudget: kinds of budget and holders', () => {
  const group = { kind: 'group' as const, groupId: 'north', memberPracticeCodes: ['A81001', 'A81002'] };

  it('real (fundholding) budgets roll up in a year before PBC indicative budgets', () => {
    const rollUp = rollUpGroupBudget({
      group,
      budgets: [practiceBudget('A81001', { PRESCRIBING: 1_000 }, '1996/97', 'real'), practiceBudget('A81002', { PRESCRIBING: 2_000 }, '1996/97', 'real')],
    });
    expect(rollUp.budget.lines).toEqual([{ serviceLine: 'PRESCRIBING', amount: 3_000 }]);
  });

  it('a member budget held by a group is refused at its holder', () => {
    const error = expectIssue(
      () =>
        rollUpGroupBudget({
          group,
          budgets: [
            practiceBudget('A81001', { PRESCRIBING: 1_000 }),
            practiceBudget('A81002', { PRESCRIBING: 1_000 }),
            { holder: group, financialYear: '2008/09', kind: 'indicative', lines: [{ serviceLine: 'PRESCRIBING', amount: 1 }] },
          ],
        }),
      'INVALID_INPUT',
      ['budgets', 2, 'holder', 'kind'],
      'budget.group.memberBudget',
    );
    expect(error.issues).toHaveLength(1);
  });
});

describe('rollUpGroupBudget: kinds of budget and holders', () => {
  it('sums the members\' budgets line by line into the group\'s; its scope is the union of theirs', () => {
    const rollUp = rollUpGroupBudget({
      group,
      budgets: [practiceBudget('Z90003', { PRESCRIBING: 3, MENTAL_HEALTH: 7 }), practiceBudget('Z90001', { PRESCRIBING: 12_000_000, DAY_CASE: 5 }), practiceBudget('Z90002', { PRESCRIBING: 6_500_001 })],
    });
    expect(rollUp.budget).toEqual({
      holder: group,
      financialYear: '2008/09',
      kind: 'indicative',
      lines: [
        { serviceLine: 'DAY_CASE', amount: 5 },
        { serviceLine: 'PRESCRIBING', amount: 18_500_004 },
        { serviceLine: 'MENTAL_HEALTH', amount: 7 },
      ],
    });
    expect(rollUp.total).toBe(18_500_016);
    expect(rollUp.members).toEqual([
      { practiceCode: 'Z90001', total: 12_000_005 },
      { practiceCode: 'Z90002', total: 6_500_001 },
      { practiceCode: 'Z90003', total: 10 },
    ]);
    expect(rollUp.rows[0]).toEqual({ practiceCode: 'Z90001', serviceLine: 'DAY_CASE', amount: 5 });
    expectWellFormed(rollUp);
    // The group's budget is monitored like a practice's.
    expect(monitorBudget({ budget: rollUp.budget, throughMonth: 12, spend: [] }).total.budget).toBe(18_500_016);
  });

  it('rolls up a PCT\'s indicative budgets straight from setIndicativeBudget', () => {
    const set = setIndicativeBudget({
      pctCode: '5ZZ',
      financialYear: '2007/08',
      method: 'weightedCapitation',
      pctResources: CORE_LINES.map((serviceLine) => ({ serviceLine, amount: 1_000_001 })),
      practices: group.memberPracticeCodes.map((practiceCode, index) => ({ practiceCode, weightedPopulation: 1000 + index })),
    });
    const rollUp = rollUpGroupBudget({ group, budgets: [...set.budgets] });
    expect(rollUp.budget.lines.every((line) => line.amount === 1_000_001)).toBe(true);
  });

  it('refuses a holder that is not a group, an empty or duplicated membership, non-members, a member twice or missing, mixed years or kinds', () => {
    const [first, second, third] = group.memberPracticeCodes.map((code) => practiceBudget(code, { PRESCRIBING: 1 })) as [Budget, Budget, Budget];
    const budgets = [first, second, third];
    expectIssue(() => rollUpGroupBudget({ group: { kind: 'practice', practiceCode: 'Z90001' }, budgets }), 'INVALID_INPUT', ['group', 'kind'], 'budget.group.holderIsGroup');
    expectIssue(() => rollUpGroupBudget({ group: { ...group, memberPracticeCodes: [] }, budgets }), 'INVALID_INPUT', ['group', 'memberPracticeCodes'], 'budget.group.hasMembers');
    expectIssue(() => rollUpGroupBudget({ group: { ...group, memberPracticeCodes: ['Z90001', 'Z90001'] }, budgets }), 'INVALID_INPUT', ['group', 'memberPracticeCodes', 1], 'budget.group.uniqueMembers');
    expectIssue(() => rollUpGroupBudget({ group, budgets: [...budgets, practiceBudget('Z90009', { PRESCRIBING: 1 })] }), 'INVALID_INPUT', ['budgets', 3, 'holder', 'practiceCode'], 'budget.group.memberBudget');
    expectIssue(() => rollUpGroupBudget({ group, budgets: [...budgets, first] }), 'INVALID_INPUT', ['budgets', 3, 'holder', 'practiceCode'], 'budget.group.oneBudgetPerMember');
    expectIssue(() => rollUpGroupBudget({ group, budgets: budgets.slice(1) }), 'MISSING_INPUT', ['group', 'memberPracticeCodes', 0], 'budget.group.memberWithoutBudget');
    expectIssue(() => rollUpGroupBudget({ group, budgets: [first, practiceBudget('Z90002', { PRESCRIBING: 1 }, '2007/08'), third] }), 'CONFLICTING_INPUT', ['budgets', 1, 'financialYear'], 'budget.group.sameYearAndKind');
    expectIssue(() => rollUpGroupBudget({ group, budgets: [first, practiceBudget('Z90002', { PRESCRIBING: 1 }, '2008/09', 'real'), third] }), 'CONFLICTING_INPUT', ['budgets', 1, 'kind'], 'budget.group.sameYearAndKind');
    expectIssue(() => rollUpGroupBudget({ group, budgets: [{ ...first, holder: group }, second, third] }), 'INVALID_INPUT', ['budgets', 0, 'holder', 'kind'], 'budget.group.memberBudget');
    expectIssue(() => rollUpGroupBudget({ group, budgets: group.memberPracticeCodes.map((code) => practiceBudget(code, { PRESCRIBING: 1 }, '2004/05')) }), 'NOT_IN_FORCE', ['budgets', 0, 'financialYear']);
  });

  it('property: a roll-up conserves every penny, line by line', () => {
    const amounts = fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(amounts, amounts, (prescribing, dayCase) => {
        const rollUp = rollUpGroupBudget({ group, budgets: group.memberPracticeCodes.map((code, index) => practiceBudget(code, { PRESCRIBING: prescribing[index]!, DAY_CASE: dayCase[index]! })) });
        expect(rollUp.budget.lines.find((line) => line.serviceLine === 'PRESCRIBING')?.amount).toBe(prescribing.reduce((a, b) => a + b, 0));
        expect(rollUp.total).toBe([...prescribing, ...dayCase].reduce((a, b) => a + b, 0));
        expect(sumMoney(rollUp.members.map((member) => member.total))).toBe(rollUp.total);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('rollUpGroupBudgetOnParsed (whole-area evaluation): the same roll-up as rollUpGroupBudget, or the same error', () => {
  const north = { kind: 'group' as const, groupId: 'north', memberPracticeCodes: ['A81001', 'A81002'] };
  const agree = (input: { group: unknown; budgets: unknown[] }) => {
    const onParsed = resultOrError(() => rollUpGroupBudgetOnParsed(input as never, baselinePolicy));
    expect(onParsed).toEqual(resultOrError(() => rollUpGroupBudget(input as never, { policy: baselinePolicy })));
    return onParsed;
  };
  const budgets = () => [practiceBudget('A81002', { PRESCRIBING: 2_000, DAY_CASE: 500 }), practiceBudget('A81001', { PRESCRIBING: 1_000, OUTPATIENT: 7 })];

  it('rolls up budgets given in any order, each member in the group’s order, line by line', () => {
    const rollUp = agree({ group: north, budgets: budgets() });
    expect(rollUp).toMatchObject({
      total: 3_507,
      budget: { lines: [{ serviceLine: 'DAY_CASE', amount: 500 }, { serviceLine: 'OUTPATIENT', amount: 7 }, { serviceLine: 'PRESCRIBING', amount: 3_000 }] },
      members: [{ practiceCode: 'A81001', total: 1_007 }, { practiceCode: 'A81002', total: 2_500 }],
    });
  });

  it('raises the public error for a holder that is not a group, a group with no members, a member budget held by a group', () => {
    expect(agree({ group: { kind: 'practice', practiceCode: 'A81001' }, budgets: budgets() })).toMatchObject({ code: expect.any(String) });
    expect(agree({ group: { ...north, memberPracticeCodes: [] }, budgets: [] })).toMatchObject({ code: expect.any(String) });
    expect(agree({ group: north, budgets: [...budgets(), { holder: north, financialYear: '2008/09', kind: 'indicative', lines: [{ serviceLine: 'PRESCRIBING', amount: 1 }] }] })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('raises the public error for a budget with no lines, a line twice, or an amount that is not whole pence of zero or more', () => {
    const [second, first] = budgets();
    for (const lines of [[], [{ serviceLine: 'PRESCRIBING', amount: 1 }, { serviceLine: 'PRESCRIBING', amount: 2 }], [{ serviceLine: 'PRESCRIBING', amount: -1 }], [{ serviceLine: 'PRESCRIBING', amount: 0.5 }]]) {
      expect(agree({ group: north, budgets: [second, { ...first!, lines }] }), JSON.stringify(lines)).toMatchObject({ code: expect.any(String) });
    }
  });

  it('raises the public error for a member without a budget, and a member given two', () => {
    const [second, first] = budgets();
    expect(agree({ group: north, budgets: [second] })).toMatchObject({ code: expect.any(String) });
    expect(agree({ group: north, budgets: [second, first, first] })).toMatchObject({ code: expect.any(String) });
  });
});
