/**
 * The specification of `src/budgets/compare-budget-regimes.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { compareBudgetRegimes, type CompareBudgetRegimesInput } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { expectIssue, pbcError } from '../support/errors.js';
import fc from 'fast-check';
import { expectWellFormed, holder, readings, withParameter } from './helpers.js';

const lines: CompareBudgetRegimesInput['lines'] = [
  { serviceLine: 'ELECTIVE_INPATIENT', budget: 50_000_000, outturn: 45_000_000 },
  { serviceLine: 'PRESCRIBING', budget: 30_000_000, outturn: 32_000_000 },
];

describe('compareBudgetRegimes: findings, notes and readings', () => {
  const lines = [
    { serviceLine: 'PRESCRIBING' as const, budget: 30_000_000, outturn: 32_000_000 },
    { serviceLine: 'ELECTIVE_INPATIENT' as const, budget: 50_000_000, outturn: 45_000_000 },
  ];

  it('lines and real-budget lines come back in catalogue order whatever order they were given in', () => {
    const comparison = compareBudgetRegimes({
      holder,
      financialYear: '2008/09',
      lines: [{ serviceLine: 'PRESCRIBING', budget: 3, outturn: 3 }, { serviceLine: 'OUTPATIENT', budget: 2, outturn: 2 }, { serviceLine: 'ELECTIVE_INPATIENT', budget: 1, outturn: 1 }],
      realBudgetLines: ['OUTPATIENT', 'ELECTIVE_INPATIENT', 'PRESCRIBING'],
    });
    expect(comparison.lines.map((line) => line.serviceLine)).toEqual(['ELECTIVE_INPATIENT', 'OUTPATIENT', 'PRESCRIBING']);
    expect(comparison.realBudgetLines).toEqual(['ELECTIVE_INPATIENT', 'OUTPATIENT', 'PRESCRIBING']);
  });

  it('an overspent devolved line: the holder-bears warning; the indicative note records the PCT\'s prior claim', () => {
    const comparison = compareBudgetRegimes({ holder, financialYear: '2008/09', lines, realBudgetLines: ['PRESCRIBING'], pctDeficit: 1_000_000 });
    const [indicative, real] = comparison.regimes;
    expect(indicative.explanation.notes).toEqual([
      "the PCT's deficit takes £10,000.00 of the underspend first (prior claim)",
      'the PCT holds the cash and the contracts; the practice works within a notional budget',
    ]);
    expect(real.explanation.notes).toEqual(['lines not devolved stay indicative: ELECTIVE_INPATIENT']);
    expect(real.explanation.output).toEqual({ holderKeeps: 2_800_000, holderBears: 2_000_000 });
    expect(comparison.findings).toEqual([
      {
        code: 'OVERSPEND_HOLDER_BEARS',
        outcome: 'warning',
        rule: 'budget.compareRegimes.real',
        message: 'under the real budget the holder bears £20,000.00 of overspend that the PCT would carry under an indicative budget',
        sources: ['ukpga-1990-19-s15', 'hansard-1993-11-03-savings', 'kingsfund-gp-commissioning-real-budgets', 'pulse-2010-where-next-real-budgets'],
        path: ['realBudgetLines'],
      },
    ]);
  });

  it('a net overspend: the PCT carries it under the indicative budget; with everything devolved there is no note on lines left indicative', () => {
    const comparison = compareBudgetRegimes({ holder, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', budget: 1_000, outturn: 1_500 }], realBudgetLines: ['PRESCRIBING'] });
    expect(comparison.regimes[1].explanation.notes).toEqual([]);
    expect(comparison.findings[1]).toEqual({
      code: 'OVERSPEND_PCT_CARRIES_RISK',
      outcome: 'info',
      rule: 'budget.compareRegimes.indicative',
      message: 'under the indicative budget the PCT carries the £5.00 overspend',
      sources: ['pulse-nuts-and-bolts-pbc', 'dh-2004-engaging-practices', 'hansard-2006-11-06', 'diabetesonthenet-pbc-responsibilities'],
      path: ['lines'],
    });
  });

  it('a year exactly on budget reads no sharing or risk parameter under either regime, and lists the lines left indicative', () => {
    const comparison = compareBudgetRegimes({
      holder,
      financialYear: '2008/09',
      lines: [
        { serviceLine: 'PRESCRIBING', budget: 700, outturn: 700 },
        { serviceLine: 'OUTPATIENT', budget: 300, outturn: 300 },
        { serviceLine: 'ELECTIVE_INPATIENT', budget: 500, outturn: 500 },
      ],
      realBudgetLines: ['PRESCRIBING'],
    });
    const [indicative, real] = comparison.regimes;
    expect(indicative).toMatchObject({ holderKeeps: 0, pctKeeps: 0, holderBears: 0, pctBears: 0 });
    expect(readings(indicative.explanation)).toEqual([]);
    expect(readings(real.explanation)).toEqual([]);
    expect(real.explanation.notes).toEqual(['lines not devolved stay indicative: ELECTIVE_INPATIENT, OUTPATIENT']);
    expect(comparison.findings).toEqual([]);
  });

  it('when practices carry indicative overspends too, the real budget adds the devolved and retained overspends the holder bears', () => {
    const comparison = compareBudgetRegimes(
      {
        holder,
        financialYear: '2008/09',
        lines: [{ serviceLine: 'PRESCRIBING', budget: 1_000, outturn: 1_500 }, { serviceLine: 'OUTPATIENT', budget: 1_000, outturn: 1_300 }],
        realBudgetLines: ['PRESCRIBING'],
      },
      { policy: withParameter('budget.indicative.pctCarriesOverspendRisk', false) },
    );
    const real = comparison.regimes[1];
    expect(real).toMatchObject({ holderBears: 800, pctBears: 0 });
    expect(real.explanation.output).toEqual({ holderKeeps: 0, holderBears: 800 });
  });

  it('a broken policy: a practice share or a real-budget savings share above 1 is refused, naming the parameter', () => {
    const input = { holder, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING' as const, budget: 100, outturn: 90 }], realBudgetLines: ['PRESCRIBING' as const] };
    const share = pbcError(() => compareBudgetRegimes(input, { policy: withParameter('fur.practiceShare', '1.5') }), 'INVALID_POLICY');
    expect(share.issues).toEqual([{ path: ['parameters', 'fur.practiceShare'], message: 'must be between 0 and 1', rule: 'fur.practiceShare' }]);
    const saving = pbcError(() => compareBudgetRegimes(input, { policy: withParameter('budget.realBudget.holderSavingsShare', '1.5') }), 'INVALID_POLICY');
    expect(saving.issues).toEqual([{ path: ['parameters', 'budget.realBudget.holderSavingsShare'], message: 'must be between 0 and 1', rule: 'budget.realBudget.holderSavingsShare' }]);
  });
});

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

describe('compareBudgetRegimes: a devolved line on budget', () => {
  it('a devolved line exactly on budget: the holder neither keeps nor bears anything on it', () => {
    const comparison = compareBudgetRegimes({ holder: { kind: 'practice', practiceCode: 'Z90001' }, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', budget: 10, outturn: 10 }], realBudgetLines: ['PRESCRIBING'] });
    expect(comparison.regimes[1]).toMatchObject({ holderKeeps: 0, holderBears: 0, pctKeeps: 0, pctBears: 0 });
  });
});
