/**
 * The specification of `src/budgets/share-freed-up-resources.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { freedUpResources } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { expectIssue, pbcError } from '../support/errors.js';
import fc from 'fast-check';
import { BALANCING_SOURCES, codes, expectWellFormed, outcome, readings, RELEASE_SOURCES, withParameter } from './helpers.js';

const SHARE_SOURCES = ['dh-2004-engaging-practices', 'hansard-2006-11-06', 'diabetesonthenet-pbc-responsibilities', 'pulse-nuts-and-bolts-pbc'];

describe('the share: the findings an overspent or forecast year draws', () => {
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
    expect(share.issues).toEqual([{ path: ['parameters', 'fur.practiceShare'], message: 'must be between 0 and 1', rule: 'fur.practiceShare' }]);
  });
});

describe('the share: earlier overspends and SHA arbitration', () => {
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

describe('the share of an underspend (DH, October 2004; Hansard, 6 Nov 2006)', () => {
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
