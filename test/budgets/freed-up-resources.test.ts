import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessBudgetBalancing, freedUpResources, monitorBudget, renderExplanation } from '../../src/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { expectWellFormed, practiceBudget, untyped } from './helpers.js';
import { expectIssue } from '../support/errors.js';

const outcome = (financialYear: string, budget: number, outturn: number) => ({ financialYear, budget, outturn });
const codes = (result: { findings: readonly { code: string }[] }) => result.findings.map((entry) => entry.code);

describe('assessBudgetBalancing: the 3-year balancing window (DH, October 2004)', () => {
  it('an overspend recovered within the window leaves the practice balanced', () => {
    const balancing = assessBudgetBalancing({
      financialYear: '2007/08',
      budget: 100_000_000,
      outturn: 97_000_000,
      history: [outcome('2006/07', 100_000_000, 102_000_000), outcome('2005/06', 100_000_000, 100_000_000)],
    });
    expect(balancing.status).toBe('balanced');
    expect(balancing.rightToBudget).toBe('retained');
    expect(balancing.years.map((year) => year.financialYear)).toEqual(['2005/06', '2006/07', '2007/08']);
    expect(balancing.years[2]).toEqual({ financialYear: '2007/08', budget: 100_000_000, outturn: 97_000_000, variance: 3_000_000, repaidEarlierOverspends: 2_000_000, underspendLeft: 1_000_000 });
    expect(balancing).toMatchObject({ windowYears: 3, offsetThisYear: 2_000_000, underspendAfterOffset: 1_000_000, outstanding: [], findings: [] });
    expectWellFormed(balancing);
  });

  it('an overspend still within its window: recovering, with the year it must be recovered by', () => {
    const balancing = assessBudgetBalancing({ financialYear: '2007/08', budget: 100, outturn: 90, history: [outcome('2006/07', 100, 130)] });
    expect(balancing.status).toBe('recovering');
    expect(balancing.outstanding).toEqual([{ incurredIn: '2006/07', amount: 20, mustBalanceBy: '2008/09', windowClosed: false }]);
    expect(codes(balancing)).toEqual(['BALANCING_WINDOW_OPEN']);
  });

  it('the day before and after the window closes: 2005/06 overspend outstanding at the end of 2006/07 is open, at the end of 2007/08 failed', () => {
    const history = [outcome('2005/06', 100, 130)];
    expect(assessBudgetBalancing({ financialYear: '2006/07', budget: 100, outturn: 100, history }).status).toBe('recovering');
    const failed = assessBudgetBalancing({ financialYear: '2007/08', budget: 100, outturn: 100, history: [...history, outcome('2006/07', 100, 100)] });
    expect(failed.status).toBe('failedToBalance');
    expect(failed.rightToBudget).toBe('atRiskPendingArbitration');
    expect(failed.findings).toMatchObject([{ code: 'FAILED_TO_BALANCE', outcome: 'breach' }]);
    expect(failed.explanation.notes.join(' ')).toContain('arbitration');
  });

  it('repays the oldest overspend first and keeps later ones open', () => {
    const balancing = assessBudgetBalancing({ financialYear: '2008/09', budget: 100, outturn: 85, history: [outcome('2006/07', 100, 110), outcome('2007/08', 100, 110)] });
    expect(balancing.outstanding).toEqual([{ incurredIn: '2007/08', amount: 5, mustBalanceBy: '2009/10', windowClosed: false }]);
    expect(balancing.status).toBe('recovering');
  });

  it('SHA arbitration decides the right to a budget (DH FAQ: the SHA as arbiter)', () => {
    const base = { financialYear: '2007/08', budget: 100, outturn: 100, history: [outcome('2005/06', 100, 130)] };
    const removed = assessBudgetBalancing({ ...base, shaArbitration: { decision: 'rightRemoved', decidedOn: '2008-07-01' } });
    expect(removed.rightToBudget).toBe('removed');
    expect(codes(removed)).toEqual(['FAILED_TO_BALANCE', 'RIGHT_TO_BUDGET_REMOVED']);
    const retained = assessBudgetBalancing({ ...base, shaArbitration: { decision: 'rightRetained' } });
    expect(retained.rightToBudget).toBe('retained');
    expect(codes(retained)).toEqual(['FAILED_TO_BALANCE', 'RIGHT_TO_BUDGET_RETAINED_ON_ARBITRATION']);
    const needless = assessBudgetBalancing({ financialYear: '2007/08', budget: 100, outturn: 100, shaArbitration: { decision: 'rightRemoved' } });
    expect(needless.rightToBudget).toBe('retained');
    expect(needless.findings).toMatchObject([{ code: 'ARBITRATION_NOT_NEEDED', path: ['shaArbitration'] }]);
  });

  it('a reform can lengthen the window (a "Foundation Trust" style carry-over)', () => {
    const fiveYears = applyReform(baselinePolicy, {
      id: 'five-year-window',
      label: 'Five years to balance',
      parameters: { 'budget.overspendBalancingYears': [{ from: '2005-04-01', value: 5, sources: ['pulse-2010-where-next-real-budgets'], confidence: 'unconfirmed' }] },
    });
    const input = { financialYear: '2007/08', budget: 100, outturn: 100, history: [outcome('2005/06', 100, 130)] };
    expect(assessBudgetBalancing(input, { policy: fiveYears }).status).toBe('recovering');
  });

  it('refuses a year twice, a year not before the one assessed, negative money and years before PBC', () => {
    expectIssue(() => assessBudgetBalancing({ financialYear: '2007/08', budget: 1, outturn: 1, history: [outcome('2006/07', 1, 1), outcome('2006/07', 1, 1)] }), 'INVALID_INPUT', ['history', 1, 'financialYear'], 'budget.balancing.uniqueYears');
    expectIssue(() => assessBudgetBalancing({ financialYear: '2007/08', budget: 1, outturn: 1, history: [outcome('2007/08', 1, 1)] }), 'CONFLICTING_INPUT', ['history', 0, 'financialYear'], 'budget.balancing.earlierYears');
    expectIssue(() => assessBudgetBalancing({ financialYear: '2007/08', budget: 1, outturn: -1 }), 'INVALID_INPUT', ['outturn']);
    expectIssue(() => assessBudgetBalancing({ financialYear: '2007/08', budget: 1, outturn: 1, history: [outcome('2004/05', 1, 1)] }), 'NOT_IN_FORCE', ['history', 0, 'financialYear']);
    expectIssue(() => assessBudgetBalancing({ financialYear: '2004/05', budget: 1, outturn: 1 }), 'NOT_IN_FORCE', ['financialYear']);
  });
});

describe('freedUpResources', () => {
  it('2005/06: the practice keeps 50%; the rest is charged against reasonable management costs, the balance to the PCT (DH, October 2004)', () => {
    const fur = freedUpResources({ outcome: outcome('2005/06', 1_000_000_000, 990_000_000), managementCosts: 1_500_000, businessCase: { status: 'approved' } });
    expect(fur).toMatchObject({
      underspend: 10_000_000,
      practiceShareRatio: '0.5',
      practiceShare: 5_000_000,
      managementCostsCharged: 1_500_000,
      pctShare: 3_500_000,
      released: 5_000_000,
      releaseStatus: 'released',
      overspendBorneBy: null,
    });
    expect(codes(fur)).toEqual(['MANAGEMENT_COSTS_CHARGED', 'FUR_RELEASED']);
    expectWellFormed(fur);
  });

  it('the day before and after 1 April 2006: 50% for 2005/06, at least 70% for 2006/07 (Hansard, 6 Nov 2006)', () => {
    const u = 12_345_679;
    const before = freedUpResources({ outcome: outcome('2005/06', 1_000_000_000, 1_000_000_000 - u) });
    const after = freedUpResources({ outcome: outcome('2006/07', 1_000_000_000, 1_000_000_000 - u), managementCosts: 1_000_000 });
    expect(before.practiceShare).toBe(6_172_840); // 6,172,839.5 half-up
    expect(after.practiceShare).toBe(8_641_975); // 8,641,975.3
    expect(after.managementCostsCharged).toBe(0); // no management-cost step from 2006/07 (unconfirmed)
    expect(after.pctShare).toBe(3_703_704);
  });

  it('the PCT in deficit takes its prior claim from the whole underspend first (the default reading)', () => {
    const fur = freedUpResources({ outcome: outcome('2007/08', 1_000_000_000, 990_000_000), pctDeficit: 4_000_000 });
    // £100,000 − £40,000 prior claim = £60,000 shared 70/30.
    expect(fur).toMatchObject({ pctPriorClaim: 4_000_000, practiceShare: 4_200_000, pctShare: 1_800_000, releaseStatus: 'awaitingBusinessCase', released: 0, notReleased: 4_200_000 });
    expect(codes(fur)).toEqual(['PCT_PRIOR_CLAIM', 'FUR_AWAITING_BUSINESS_CASE']);
    const all = freedUpResources({ outcome: outcome('2007/08', 1_000_000_000, 990_000_000), pctDeficit: 50_000_000 });
    expect(all).toMatchObject({ pctPriorClaim: 10_000_000, practiceShare: 0, pctShare: 0, releaseStatus: 'nothingToRelease' });
  });

  it('the alternative reading: the PCT\'s own 30% meets its deficit first', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'pct-share-first',
      label: "The PCT's share meets its deficit first",
      parameters: { 'fur.pctPriorClaim.basis': [{ from: '2005-04-01', value: 'pctShareFirst', sources: ['diabetesonthenet-pbc-responsibilities'], confidence: 'unconfirmed' }] },
    });
    const small = freedUpResources({ outcome: outcome('2007/08', 1_000_000_000, 990_000_000), pctDeficit: 2_000_000 }, { policy });
    expect(small).toMatchObject({ pctPriorClaim: 2_000_000, practiceShare: 7_000_000, pctShare: 1_000_000 });
    const large = freedUpResources({ outcome: outcome('2007/08', 1_000_000_000, 990_000_000), pctDeficit: 4_000_000 }, { policy });
    expect(large).toMatchObject({ pctPriorClaim: 4_000_000, practiceShare: 6_000_000, pctShare: 0 });
    const broken = applyReform(baselinePolicy, {
      id: 'unknown-basis',
      label: 'x',
      parameters: { 'fur.pctPriorClaim.basis': [{ from: '2005-04-01', value: 'halfEach', sources: ['diabetesonthenet-pbc-responsibilities'], confidence: 'unconfirmed' }] },
    });
    expectIssue(() => freedUpResources({ outcome: outcome('2007/08', 100, 90), pctDeficit: 1 }, { policy: broken }), 'INVALID_POLICY', ['parameters', 'fur.pctPriorClaim.basis']);
  });

  it('release needs an approved business case: approved in part, pending, rejected, not submitted', () => {
    const base = { outcome: outcome('2008/09', 1_000_000_000, 990_000_000) };
    expect(freedUpResources({ ...base, businessCase: { status: 'approved', approvedAmount: 3_000_000 } })).toMatchObject({ released: 3_000_000, notReleased: 4_000_000, releaseStatus: 'partlyReleased' });
    expect(freedUpResources({ ...base, businessCase: { status: 'approved', approvedAmount: 9_000_000 } })).toMatchObject({ released: 7_000_000, releaseStatus: 'released' });
    expect(freedUpResources({ ...base, businessCase: { status: 'pending' } }).releaseStatus).toBe('awaitingBusinessCase');
    const refused = freedUpResources({ ...base, businessCase: { status: 'rejected' } });
    expect(refused.releaseStatus).toBe('refused');
    expect(codes(refused)).toEqual(['FUR_BUSINESS_CASE_REJECTED']);
    expect(freedUpResources(base).releaseStatus).toBe('awaitingBusinessCase');
    const noCaseNeeded = applyReform(baselinePolicy, {
      id: 'automatic-release',
      label: 'Released without a business case',
      parameters: { 'fur.releaseRequiresApprovedBusinessCase': [{ from: '2005-04-01', value: false, sources: ['pulse-what-next-for-fur'], confidence: 'unconfirmed' }] },
    });
    expect(freedUpResources(base, { policy: noCaseNeeded })).toMatchObject({ released: 7_000_000, releaseStatus: 'released' });
    expectIssue(() => freedUpResources({ ...base, businessCase: { status: 'pending', approvedAmount: 1 } }), 'CONFLICTING_INPUT', ['businessCase', 'approvedAmount'], 'fur.release.approvedAmountOnlyWhenApproved');
  });

  it('a proposed use as personal income is a warning, not an error (DH position; disputed by the GPC)', () => {
    const fur = freedUpResources({
      outcome: outcome('2008/09', 1_000_000_000, 990_000_000),
      businessCase: { status: 'approved' },
      proposedUses: [
        { description: 'Community anticoagulation clinic', amount: 5_000_000, purpose: 'patientServices' },
        { description: "Partners' drawings", amount: 2_000_000, purpose: 'personalIncome' },
      ],
    });
    expect(fur.practiceShare).toBe(7_000_000);
    expect(fur.findings.find((entry) => entry.code === 'FUR_PERSONAL_INCOME')).toMatchObject({ outcome: 'warning', path: ['proposedUses', 1, 'purpose'], rule: 'fur.use' });
    const permitted = applyReform(baselinePolicy, {
      id: 'gpc-reading',
      label: 'The GPC reading: savings may be taken as income',
      parameters: { 'fur.personalIncomePermitted': [{ from: '2005-04-01', value: true, sources: ['pulse-gpc-keep-savings'], confidence: 'unconfirmed' }] },
    });
    expect(codes(freedUpResources({ outcome: outcome('2008/09', 100, 90), proposedUses: [{ description: 'x', amount: 1, purpose: 'personalIncome' }] }, { policy: permitted }))).not.toContain('FUR_PERSONAL_INCOME');
  });

  it('proposed uses above the practice\'s share draw a warning', () => {
    const fur = freedUpResources({ outcome: outcome('2008/09', 100, 90), proposedUses: [{ description: 'Premises', amount: 8, purpose: 'premises' }] });
    expect(codes(fur)).toContain('FUR_USES_EXCEED_SHARE');
  });

  it('carry-over: unspent FUR lapses by default (unconfirmed), carries over under a reform', () => {
    const input = { outcome: outcome('2008/09', 100, 100), unspentFromPriorYear: 500 };
    expect(freedUpResources(input).carryOver).toEqual({ allowed: false, unspentFromPriorYear: 500, carriedForward: 0, lapsed: 500 });
    expect(codes(freedUpResources(input))).toEqual(['FUR_LAPSED']);
    const carry = applyReform(baselinePolicy, {
      id: 'carry',
      label: 'FUR carries over',
      parameters: { 'fur.carryOver': [{ from: '2005-04-01', value: true, sources: ['dh-2004-engaging-practices'], confidence: 'unconfirmed' }] },
    });
    expect(freedUpResources(input, { policy: carry }).carryOver).toEqual({ allowed: true, unspentFromPriorYear: 500, carriedForward: 500, lapsed: 0 });
  });

  it('an overspend under an indicative budget: the PCT carries the risk; it counts in the balancing window', () => {
    const fur = freedUpResources({ outcome: outcome('2007/08', 1_000_000, 1_100_000), history: [outcome('2006/07', 1_000_000, 1_000_000)] });
    expect(fur).toMatchObject({ overspent: true, overspend: 100_000, overspendBorneBy: 'pct', practiceShare: 0, pctShare: 0, releaseStatus: 'nothingToRelease', rightToBudget: 'retained' });
    expect(fur.balancing.outstanding).toEqual([{ incurredIn: '2007/08', amount: 100_000, mustBalanceBy: '2009/10', windowClosed: false }]);
    expect(codes(fur)).toEqual(['BALANCING_WINDOW_OPEN', 'OVERSPEND_PCT_CARRIES_RISK']);
    const practiceCarries = applyReform(baselinePolicy, {
      id: 'risk-to-practice',
      label: 'Practices carry their overspends',
      parameters: { 'budget.indicative.pctCarriesOverspendRisk': [{ from: '2005-04-01', value: false, sources: ['pulse-2010-where-next-real-budgets'], confidence: 'unconfirmed' }] },
    });
    const moved = freedUpResources({ outcome: outcome('2007/08', 1_000_000, 1_100_000) }, { policy: practiceCarries });
    expect(moved.overspendBorneBy).toBe('practice');
    expect(moved.findings.find((entry) => entry.code === 'OVERSPEND_PCT_CARRIES_RISK')?.outcome).toBe('warning');
  });

  it('an underspend first repays earlier overspends; a failed window and the SHA decision carry through', () => {
    const fur = freedUpResources({
      outcome: outcome('2007/08', 1_000_000, 900_000),
      history: [outcome('2005/06', 1_000_000, 1_150_000), outcome('2006/07', 1_000_000, 1_000_000)],
      shaArbitration: { decision: 'rightRemoved' },
    });
    expect(fur).toMatchObject({ offsetAgainstEarlierOverspends: 100_000, practiceShare: 0, rightToBudget: 'removed' });
    expect(codes(fur)).toEqual(['FAILED_TO_BALANCE', 'RIGHT_TO_BUDGET_REMOVED', 'OFFSET_EARLIER_OVERSPEND']);
  });

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

  it('property: every penny of an underspend is accounted for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 500_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom('2005/06', '2006/07', '2009/10'),
        fc.integer({ min: 0, max: 200_000_000 }),
        (budget, outturn, deficit, management, year, earlierOverspend) => {
          const previous = year === '2005/06' ? [] : [outcome(year === '2006/07' ? '2005/06' : '2008/09', 0, earlierOverspend)];
          const fur = freedUpResources({ outcome: outcome(year, budget, outturn), pctDeficit: deficit, managementCosts: management, history: previous });
          expect(fur.offsetAgainstEarlierOverspends + fur.pctPriorClaim + fur.practiceShare + fur.managementCostsCharged + fur.pctShare).toBe(fur.underspend);
          expect(fur.released + fur.notReleased).toBe(fur.practiceShare);
          for (const amount of [fur.pctPriorClaim, fur.practiceShare, fur.managementCostsCharged, fur.pctShare]) expect(amount).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('property: a larger underspend never yields a smaller practice share (either prior-claim reading)', () => {
    const pctShareFirst = applyReform(baselinePolicy, {
      id: 'pct-share-first',
      label: 'x',
      parameters: { 'fur.pctPriorClaim.basis': [{ from: '2005-04-01', value: 'pctShareFirst', sources: ['diabetesonthenet-pbc-responsibilities'], confidence: 'unconfirmed' }] },
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000_000 }),
        fc.integer({ min: 0, max: 500_000_000 }),
        fc.integer({ min: 0, max: 300_000_000 }),
        fc.integer({ min: 0, max: 300_000_000 }),
        fc.constantFrom('2005/06', '2006/07', '2008/09'),
        fc.boolean(),
        (smaller, extra, deficit, earlierOverspend, year, alternative) => {
          const policy = alternative ? pctShareFirst : baselinePolicy;
          const budget = 1_000_000_000;
          const history = year === '2005/06' ? [] : [outcome('2005/06', 0, earlierOverspend)];
          const share = (underspend: number) => freedUpResources({ outcome: outcome(year, budget, budget - underspend), pctDeficit: deficit, history }, { policy }).practiceShare;
          expect(share(smaller + extra)).toBeGreaterThanOrEqual(share(smaller));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
