/**
 * Pins what freedUpResources, compareBudgetRegimes and assessBudgetBalancing report beyond their
 * headline figures: every finding in full (outcome, rule, message, sources and the input path it
 * points at), the parameters each rule reads and the notes it records at the zero-variance boundaries,
 * the errors raised by a broken policy, and the order of lines in a comparison.
 *
 * Written against the mutants Stryker found surviving in src/budgets/freed-up-resources.ts,
 * compare-budget-regimes.ts and assess-budget-balancing.ts (see docs/quality.md); the mutants judged
 * equivalent are listed, with reasons, in .mutants/budgets-a-notes.md.
 */
import { describe, expect, it } from 'vitest';
import { assessBudgetBalancing, compareBudgetRegimes, freedUpResources, type Explanation } from '../../src/index.js';
import { applyReform, type Policy } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { expectIssue, pbcError } from '../support/errors.js';

const outcome = (financialYear: string, budget: number, outturn: number) => ({ financialYear, budget, outturn });
const holder = { kind: 'practice', practiceCode: 'Z90002' } as const;

/** A baseline policy with one parameter replaced from 2005/06 on. */
function withParameter(id: string, value: string | boolean): Policy {
  return applyReform(baselinePolicy, {
    id: `test-${id}`,
    label: `Test value for ${id}`,
    parameters: { [id]: [{ from: '2005-04-01', value, sources: ['dh-2004-engaging-practices'], confidence: 'unconfirmed' }] },
  });
}

/** The ids of the parameters one explanation node read, in order. */
const readings = (explanation: Explanation | undefined): string[] => (explanation?.parameters ?? []).map((reading) => reading.id);

/** The child explanation with `rule`. */
const childOf = (explanation: Explanation, rule: string): Explanation | undefined => explanation.children.find((child) => child.rule === rule);

const BALANCING_SOURCES = ['dh-2004-engaging-practices', 'hsj-2004-10-07'];
const RELEASE_SOURCES = ['pulse-2009-kick-starting-pbc', 'pulse-what-next-for-fur', 'dh-faq-fur-sharing'];
const USE_SOURCES = ['pulse-gpc-keep-savings', 'lse-hpm-pbc-developments'];
const SHARE_SOURCES = ['dh-2004-engaging-practices', 'hansard-2006-11-06', 'diabetesonthenet-pbc-responsibilities', 'pulse-nuts-and-bolts-pbc'];

describe('freedUpResources: the findings an overspent or forecast year draws', () => {
  it('a forecast overspend: the forecast warning, the open balancing window, an ignored SHA decision and the PCT carrying the risk', () => {
    const fur = freedUpResources({ outcome: { ...outcome('2006/07', 1_000, 1_200), basis: 'forecast' }, shaArbitration: { decision: 'rightRemoved' } });
    expect(fur.findings).toEqual([
      {
        code: 'FORECAST_BASIS',
        outcome: 'warning',
        rule: 'fur.share',
        message: 'the figures rest on a forecast outturn: freed-up resources are settled on the year-end outturn',
        sources: SHARE_SOURCES,
        path: ['outcome', 'basis'],
      },
      { code: 'BALANCING_WINDOW_OPEN', outcome: 'warning', rule: 'budget.balancing', message: 'the 2006/07 overspend of £2.00 must be recovered by the end of 2008/09', sources: BALANCING_SOURCES },
      {
        code: 'ARBITRATION_NOT_NEEDED',
        outcome: 'info',
        rule: 'budget.balancing',
        message: 'an SHA decision was given, but the practice has not failed to balance: it is ignored',
        sources: ['dh-faq-fur-sharing'],
        path: ['shaArbitration'],
      },
      {
        code: 'OVERSPEND_PCT_CARRIES_RISK',
        outcome: 'info',
        rule: 'fur.share',
        message: 'overspent by £2.00: the budget is indicative, so the PCT carries the risk; it counts against the practice in its balancing window',
        sources: ['pulse-nuts-and-bolts-pbc', 'hsj-2004-09-30-savings-pledge'],
        path: ['outcome', 'outturn'],
      },
    ]);
    expect(fur.overspendBorneBy).toBe('pct');
  });

  it('when a reform puts the overspend on the practice, the finding is a warning saying so', () => {
    const fur = freedUpResources({ outcome: outcome('2007/08', 1_000_000, 1_100_000) }, { policy: withParameter('budget.indicative.pctCarriesOverspendRisk', false) });
    expect(fur.overspendBorneBy).toBe('practice');
    expect(fur.findings.filter((entry) => entry.code === 'OVERSPEND_PCT_CARRIES_RISK')).toEqual([
      {
        code: 'OVERSPEND_PCT_CARRIES_RISK',
        outcome: 'warning',
        rule: 'fur.share',
        message: 'overspent by £1,000.00: under this policy the practice carries the risk',
        sources: ['pulse-nuts-and-bolts-pbc', 'hsj-2004-09-30-savings-pledge'],
        path: ['outcome', 'outturn'],
      },
    ]);
  });

  it('an overspent year with a PCT deficit and management costs reads neither the prior-claim basis nor the management-cost rule', () => {
    const fur = freedUpResources({ outcome: outcome('2005/06', 1_000, 1_000), pctDeficit: 500, managementCosts: 300 });
    expect(fur).toMatchObject({ pctPriorClaim: 0, practiceShare: 0, managementCostsCharged: 0, pctShare: 0 });
    expect(readings(fur.explanation)).toEqual(['budget.indicative.inForce', 'fur.practiceShare']);
    expect(fur.explanation.inputs).toEqual({ financialYear: '2005/06', budget: 1_000, outturn: 1_000, pctDeficit: 500 });
    const over = freedUpResources({ outcome: outcome('2005/06', 1_000, 1_400), pctDeficit: 500, managementCosts: 300 });
    expect(readings(over.explanation)).toEqual(['budget.indicative.inForce', 'budget.indicative.pctCarriesOverspendRisk', 'fur.practiceShare']);
  });

  it('a broken policy: an unknown prior-claim basis or a practice share above 1 is refused, naming the parameter', () => {
    const basis = pbcError(() => freedUpResources({ outcome: outcome('2007/08', 100, 90), pctDeficit: 1 }, { policy: withParameter('fur.pctPriorClaim.basis', 'halfEach') }), 'INVALID_POLICY');
    expect(basis.issues).toEqual([{ path: ['parameters', 'fur.pctPriorClaim.basis'], message: "must be 'wholeUnderspend' or 'pctShareFirst'", rule: 'fur.pctPriorClaim.basis' }]);
    const share = pbcError(() => freedUpResources({ outcome: outcome('2007/08', 100, 90) }, { policy: withParameter('fur.practiceShare', '1.5') }), 'INVALID_POLICY');
    expect(share.message).toBe('"fur.practiceShare" is 1.5; the rule needs a share between 0 and 1');
    expect(share.issues).toEqual([{ path: ['parameters', 'fur.practiceShare'], message: 'must be between 0 and 1', rule: 'fur.practiceShare' }]);
  });
});

describe('freedUpResources: the earlier years it balances against', () => {
  it('an underspend that repays an earlier overspend says so, pointing at the history', () => {
    const fur = freedUpResources({ outcome: outcome('2007/08', 1_000, 900), history: [outcome('2006/07', 1_000, 1_040)] });
    expect(fur.offsetAgainstEarlierOverspends).toBe(40);
    expect(fur.findings).toEqual([
      { code: 'OFFSET_EARLIER_OVERSPEND', outcome: 'info', rule: 'budget.balancing', message: '£0.40 of the underspend repaid earlier overspends first', sources: ['dh-2004-engaging-practices'], path: ['history'] },
      {
        code: 'FUR_AWAITING_BUSINESS_CASE',
        outcome: 'info',
        rule: 'fur.release',
        message: "£0.42 of the practice's share is held until the PCT approves a business case for its use",
        sources: RELEASE_SOURCES,
        path: ['businessCase'],
      },
    ]);
  });

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

  it('SHA arbitration after a failure to balance: removal and retention, each pointing at the decision', () => {
    const base = { outcome: outcome('2007/08', 100, 100), history: [outcome('2005/06', 100, 130), outcome('2006/07', 100, 100)] };
    const removed = freedUpResources({ ...base, shaArbitration: { decision: 'rightRemoved' } });
    expect(removed.rightToBudget).toBe('removed');
    expect(removed.findings.filter((entry) => entry.code.startsWith('RIGHT_TO_BUDGET'))).toEqual([
      {
        code: 'RIGHT_TO_BUDGET_REMOVED',
        outcome: 'breach',
        rule: 'budget.balancing',
        message: 'after arbitration the practice loses its right to hold a budget',
        sources: [...BALANCING_SOURCES, 'dh-faq-fur-sharing'],
        path: ['shaArbitration'],
      },
    ]);
    const retained = freedUpResources({ ...base, shaArbitration: { decision: 'rightRetained' } });
    expect(retained.findings.filter((entry) => entry.code.startsWith('RIGHT_TO_BUDGET'))).toEqual([
      {
        code: 'RIGHT_TO_BUDGET_RETAINED_ON_ARBITRATION',
        outcome: 'info',
        rule: 'budget.balancing',
        message: 'after arbitration the practice keeps its right to hold a budget',
        sources: [...BALANCING_SOURCES, 'dh-faq-fur-sharing'],
        path: ['shaArbitration'],
      },
    ]);
  });
});

describe('freedUpResources: management costs, release, uses and carry-over findings', () => {
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

  it('uses above the share, and FUR carried over under a reform', () => {
    const fur = freedUpResources(
      { outcome: outcome('2008/09', 10_000, 9_000), businessCase: { status: 'approved' }, proposedUses: [{ description: 'Premises', amount: 800, purpose: 'premises' }], unspentFromPriorYear: 250 },
      { policy: withParameter('fur.carryOver', true) },
    );
    expect(fur.carryOver).toEqual({ allowed: true, unspentFromPriorYear: 250, carriedForward: 250, lapsed: 0 });
    expect(fur.findings).toEqual([
      { code: 'FUR_RELEASED', outcome: 'info', rule: 'fur.release', message: "£7.00 of the practice's £7.00 share is released", sources: RELEASE_SOURCES, path: ['businessCase'] },
      {
        code: 'FUR_USES_EXCEED_SHARE',
        outcome: 'warning',
        rule: 'fur.use',
        message: "the proposed uses add up to £8.00, more than the practice's share of £7.00",
        sources: USE_SOURCES,
        path: ['proposedUses'],
      },
      { code: 'FUR_CARRIED_OVER', outcome: 'info', rule: 'fur.use', message: "£2.50 of last year's freed-up resources carries over", sources: ['dh-2004-engaging-practices'], path: ['unspentFromPriorYear'] },
    ]);
  });
});

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

describe('assessBudgetBalancing: findings, the holder and the explanation', () => {
  it('an overspend within its window: the open-window warning in full, the holder kept, no arbitration note', () => {
    const balancing = assessBudgetBalancing({ holder, financialYear: '2007/08', budget: 100, outturn: 90, history: [outcome('2006/07', 100, 130)] });
    expect(balancing.holder).toEqual(holder);
    expect(balancing.findings).toEqual([
      { code: 'BALANCING_WINDOW_OPEN', outcome: 'warning', rule: 'budget.balancing', message: 'the 2006/07 overspend of £0.20 must be recovered by the end of 2008/09', sources: BALANCING_SOURCES },
    ]);
    expect(balancing.explanation.notes).toEqual([]);
  });

  it('an SHA decision is recorded as an input, and its finding points at it', () => {
    const needless = assessBudgetBalancing({ financialYear: '2007/08', budget: 100, outturn: 100, shaArbitration: { decision: 'rightRemoved' } });
    expect(needless.explanation.inputs).toEqual({ financialYear: '2007/08', earlierYears: 0, shaArbitration: 'rightRemoved' });
    expect(needless.explanation.notes).toEqual([]);
    expect(needless.findings).toEqual([
      {
        code: 'ARBITRATION_NOT_NEEDED',
        outcome: 'info',
        rule: 'budget.balancing',
        message: 'an SHA decision was given, but the practice has not failed to balance: it is ignored',
        sources: ['dh-faq-fur-sharing'],
        path: ['shaArbitration'],
      },
    ]);
    const failed = { financialYear: '2007/08', budget: 100, outturn: 100, history: [outcome('2005/06', 100, 130)] };
    const removed = assessBudgetBalancing({ ...failed, shaArbitration: { decision: 'rightRemoved' } });
    expect(removed.explanation.notes).toEqual([]);
    expect(removed.findings[1]).toEqual({
      code: 'RIGHT_TO_BUDGET_REMOVED',
      outcome: 'breach',
      rule: 'budget.balancing',
      message: 'after arbitration the practice loses its right to hold a budget',
      sources: [...BALANCING_SOURCES, 'dh-faq-fur-sharing'],
      path: ['shaArbitration'],
    });
    const retained = assessBudgetBalancing({ ...failed, shaArbitration: { decision: 'rightRetained' } });
    expect(retained.findings[1]).toEqual({
      code: 'RIGHT_TO_BUDGET_RETAINED_ON_ARBITRATION',
      outcome: 'info',
      rule: 'budget.balancing',
      message: 'after arbitration the practice keeps its right to hold a budget',
      sources: [...BALANCING_SOURCES, 'dh-faq-fur-sharing'],
      path: ['shaArbitration'],
    });
  });
});

describe('freedUpResources: the release step of the explanation', () => {
  it('records the practice share and a missing business case as not submitted', () => {
    const fur = freedUpResources({ outcome: outcome('2008/09', 1_000, 900) });
    expect(childOf(fur.explanation, 'fur.release')?.inputs).toEqual({ practiceShare: 70, businessCase: 'notSubmitted' });
  });
});
