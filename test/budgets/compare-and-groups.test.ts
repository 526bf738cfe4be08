import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportionGroupBudget, compareBudgetRegimes, monitorBudget, rollUpGroupBudget, setIndicativeBudget, type CompareBudgetRegimesInput, type MonitorBudgetInput } from '../../src/index.js';
import { sumMoney } from '../../src/core/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { CORE_LINES, expectWellFormed, practiceBudget } from './helpers.js';
import { expectIssue } from '../support/errors.js';

type Budget = MonitorBudgetInput['budget'];
const holder = { kind: 'practice', practiceCode: 'Z90002' } as const;
const lines: CompareBudgetRegimesInput['lines'] = [
  { serviceLine: 'ELECTIVE_INPATIENT', budget: 50_000_000, outturn: 45_000_000 },
  { serviceLine: 'PRESCRIBING', budget: 30_000_000, outturn: 32_000_000 },
];

describe('compareBudgetRegimes', () => {
  it('the same practice-year: indicative (PCT holds the cash and the risk; 70% of the net underspend) against a real elective budget (all of its savings, its overspends)', () => {
    const comparison = compareBudgetRegimes({ holder, financialYear: '2008/09', lines, realBudgetLines: ['ELECTIVE_INPATIENT'] });
    const [indicative, real] = comparison.regimes;
    expect(indicative).toMatchObject({ regime: 'indicative', cashHeldByHolder: 0, cashHeldByPct: 80_000_000, variance: 3_000_000, holderKeeps: 2_100_000, pctKeeps: 900_000, holderBears: 0, pctBears: 0 });
    expect(real).toMatchObject({ regime: 'real', cashHeldByHolder: 50_000_000, cashHeldByPct: 30_000_000, variance: 3_000_000, holderKeeps: 5_000_000, pctKeeps: 0, holderBears: 0, pctBears: 2_000_000 });
    expect(comparison.difference).toEqual({ holderKeeps: 2_900_000, holderBears: 0 });
    expect(comparison.lines.map((line) => [line.serviceLine, line.variance, line.devolvedUnderRealBudget])).toEqual([
      ['ELECTIVE_INPATIENT', 5_000_000, true],
      ['PRESCRIBING', -2_000_000, false],
    ]);
    expect(comparison.explanation.children.map((child) => child.rule)).toEqual(['budget.compareRegimes.indicative', 'budget.compareRegimes.real']);
    expect(comparison.findings).toEqual([]);
    expectWellFormed(comparison);
  });

  it('an overspend on a devolved line is the holder\'s under a real budget and the PCT\'s under an indicative one', () => {
    const comparison = compareBudgetRegimes({
      holder,
      financialYear: '2008/09',
      lines: [...lines].reverse(),
      realBudgetLines: ['PRESCRIBING'],
      pctDeficit: 1_000_000,
    });
    const [indicative, real] = comparison.regimes;
    // Indicative: the £30,000 net underspend less the PCT's £10,000 prior claim, 70% to the practice.
    expect(indicative).toMatchObject({ holderKeeps: 1_400_000, pctKeeps: 1_600_000 });
    // Real: prescribing's £20,000 overspend is the holder's; elective stays indicative.
    expect(real).toMatchObject({ holderBears: 2_000_000, holderKeeps: 2_800_000, pctKeeps: 2_200_000 }); // £12,000 share plus the £10,000 prior claim
    expect(comparison.findings.map((entry) => entry.code)).toEqual(['OVERSPEND_HOLDER_BEARS']);
    expect(comparison.realBudgetLines).toEqual(['PRESCRIBING']);
  });

  it('a net overspend under the indicative budget falls on the PCT', () => {
    const comparison = compareBudgetRegimes({ holder, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', budget: 10, outturn: 15 }], realBudgetLines: ['PRESCRIBING'] });
    expect(comparison.regimes[0]).toMatchObject({ pctBears: 5, holderBears: 0 });
    expect(comparison.regimes[1]).toMatchObject({ pctBears: 0, holderBears: 5 });
    expect(comparison.findings.map((entry) => entry.code)).toEqual(['OVERSPEND_HOLDER_BEARS', 'OVERSPEND_PCT_CARRIES_RISK']);
  });

  it('reforms change the real budget\'s terms: a 50% savings share, or the PCT keeping the risk', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'soft-real-budgets',
      label: 'Real budgets with half the savings and no risk',
      parameters: {
        'budget.realBudget.holderSavingsShare': [{ from: '2008-04-01', value: '0.5', sources: ['kingsfund-gp-commissioning-real-budgets'], confidence: 'unconfirmed' }],
        'budget.realBudget.holderBearsOverspend': [{ from: '2008-04-01', value: false, sources: ['pulse-2010-where-next-real-budgets'], confidence: 'unconfirmed' }],
        'budget.indicative.pctCarriesOverspendRisk': [{ from: '2008-04-01', value: false, sources: ['pulse-2010-where-next-real-budgets'], confidence: 'unconfirmed' }],
      },
    });
    const saved = compareBudgetRegimes({ holder, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', budget: 10, outturn: 5 }], realBudgetLines: ['PRESCRIBING'] }, { policy });
    expect(saved.regimes[1]).toMatchObject({ holderKeeps: 3, pctKeeps: 2 });
    const over = compareBudgetRegimes({ holder, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', budget: 10, outturn: 15 }], realBudgetLines: ['PRESCRIBING'] }, { policy });
    expect(over.regimes[1]).toMatchObject({ holderBears: 0, pctBears: 5 });
    expect(over.regimes[0]).toMatchObject({ holderBears: 5, pctBears: 0 });
  });

  it('refuses a real-budget line not among the lines, a line twice, negative money and a year before PBC', () => {
    expectIssue(() => compareBudgetRegimes({ holder, financialYear: '2008/09', lines, realBudgetLines: ['MENTAL_HEALTH'] }), 'INVALID_INPUT', ['realBudgetLines', 0], 'budget.scope.lineOutsideScope');
    expectIssue(() => compareBudgetRegimes({ holder, financialYear: '2008/09', lines, realBudgetLines: ['PRESCRIBING', 'PRESCRIBING'] }), 'INVALID_INPUT', ['realBudgetLines', 1], 'budget.compareRegimes.uniqueRealLines');
    expectIssue(() => compareBudgetRegimes({ holder, financialYear: '2008/09', lines: [...lines, lines[0]!], realBudgetLines: ['PRESCRIBING'] }), 'INVALID_INPUT', ['lines', 2, 'serviceLine'], 'budget.lines.unique');
    expectIssue(() => compareBudgetRegimes({ holder, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', budget: 1, outturn: -1 }], realBudgetLines: ['PRESCRIBING'] }), 'INVALID_INPUT', ['lines', 0, 'outturn']);
    expectIssue(() => compareBudgetRegimes({ holder, financialYear: '1996/97', lines, realBudgetLines: ['PRESCRIBING'] }), 'NOT_IN_FORCE', ['financialYear']);
  });

  it('property: under each regime the underspends kept and the overspends borne account for every line\'s variance', () => {
    const line = fc.record({ budget: fc.integer({ min: 0, max: 50_000_000 }), outturn: fc.integer({ min: 0, max: 50_000_000 }) });
    fc.assert(
      fc.property(line, line, line, fc.subarray(['ELECTIVE_INPATIENT', 'OUTPATIENT', 'PRESCRIBING'] as const, { minLength: 1 }), fc.integer({ min: 0, max: 10_000_000 }), (a, b, c, real, deficit) => {
        const input = [
          { serviceLine: 'ELECTIVE_INPATIENT' as const, ...a },
          { serviceLine: 'OUTPATIENT' as const, ...b },
          { serviceLine: 'PRESCRIBING' as const, ...c },
        ];
        const comparison = compareBudgetRegimes({ holder, financialYear: '2009/10', lines: input, realBudgetLines: real, pctDeficit: deficit });
        for (const regime of comparison.regimes) {
          expect(regime.holderKeeps + regime.pctKeeps - regime.holderBears - regime.pctBears).toBe(regime.variance);
          expect(regime.cashHeldByHolder + regime.cashHeldByPct).toBe(a.budget + b.budget + c.budget);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

const group = { kind: 'group' as const, groupId: 'vale-north', name: 'Vale North cluster', memberPracticeCodes: ['Z90001', 'Z90002', 'Z90003'] };

describe('rollUpGroupBudget', () => {
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
