/**
 * The worked examples of docs/guide/budgets.md, run as written. Each example runs several rules in turn, so it belongs to no single rule's file.
 */
import { describe, expect, it } from 'vitest';
import { applyPerPatientCap, assessBudgetBalancing, compareBudgetRegimes, freedUpResources, monitorBudget, priceHistoricActivity, resolveBudgetScope, setIndicativeBudget } from '../../src/index.js';
import { CORE_LINES } from './helpers.js';

describe('the budgets guide, run as written', () => {
  const set = setIndicativeBudget({
    pctCode: '5ZZ',
    financialYear: '2007/08',
    method: 'blended',
    pctResources: CORE_LINES.map((serviceLine) => ({ serviceLine, amount: serviceLine === 'PRESCRIBING' ? 30_000_000 : 0 })),
    practices: [
      { practiceCode: 'Z90001', weightedPopulation: 1, historic: { costs: [{ serviceLine: 'PRESCRIBING', amount: 14_000_000 }] } },
      { practiceCode: 'Z90002', weightedPopulation: 1, historic: { costs: [{ serviceLine: 'PRESCRIBING', amount: 10_500_000 }] } },
      { practiceCode: 'Z90003', weightedPopulation: 1, historic: { costs: [{ serviceLine: 'PRESCRIBING', amount: 5_500_000 }] } },
    ],
  });

  it('April: scope, pricing and budgets', () => {
    expect(resolveBudgetScope({ financialYear: '2007/08', include: ['MENTAL_HEALTH'] }).optionalIncluded).toEqual(['MENTAL_HEALTH']);
    const priced = priceHistoricActivity({
      financialYear: '2007/08',
      activity: [{ serviceLine: 'NON_ELECTIVE', count: 110, unitPrice: 100_000, baselineCount: 100 }],
      costs: [{ serviceLine: 'PRESCRIBING', amount: 50_000_000 }],
    });
    expect(priced.total).toBe(60_500_000);
    expect(set.practices.map((p) => [p.basis, p.distanceFromFairShare])).toEqual([
      ['movedTowardsFairShare', '0.4000'],
      ['withinThreshold', '0.0500'],
      ['movedTowardsFairShare', '-0.4500'],
    ]);
    expect(set.practices.map((p) => p.total)).toEqual([12_946_058, 10_456_432, 6_597_510]);
  });

  it('every month: monitoring', () => {
    const monitoring = monitorBudget({ budget: set.budgets[1]!, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBING', amount: 2_800_000, date: '2007-06-30' }] });
    expect(monitoring.total.forecastOutturn).toBe(11_200_000);
    expect(monitoring.projectedOverspend).toBe(true);
  });

  it('year end: freed-up resources and the balancing window', () => {
    const fur = freedUpResources({
      outcome: { financialYear: '2007/08', budget: 1_000_000_000, outturn: 990_000_000 },
      pctDeficit: 4_000_000,
      businessCase: { status: 'approved', approvedAmount: 3_000_000 },
      proposedUses: [{ description: 'Community anticoagulation clinic', amount: 3_000_000, purpose: 'patientServices' }],
    });
    expect([fur.pctPriorClaim, fur.practiceShare, fur.pctShare, fur.released, fur.releaseStatus]).toEqual([4_000_000, 4_200_000, 1_800_000, 3_000_000, 'partlyReleased']);
    expect(
      assessBudgetBalancing({
        financialYear: '2007/08',
        budget: 100_000_000,
        outturn: 99_000_000,
        history: [
          { financialYear: '2005/06', budget: 100_000_000, outturn: 103_000_000 },
          { financialYear: '2006/07', budget: 100_000_000, outturn: 100_000_000 },
        ],
      }).rightToBudget,
    ).toBe('atRiskPendingArbitration');
  });

  it('the real budget', () => {
    expect(applyPerPatientCap({ financialYear: '1994/95', patients: [{ patientId: 'p1', cost: 750_000 }] }).patients[0]).toEqual({ patientId: 'p1', cost: 750_000, paidByBudget: 600_000, excess: 150_000 });
    const comparison = compareBudgetRegimes({
      holder: { kind: 'practice', practiceCode: 'Z90002' },
      financialYear: '2008/09',
      lines: [
        { serviceLine: 'ELECTIVE_INPATIENT', budget: 50_000_000, outturn: 45_000_000 },
        { serviceLine: 'PRESCRIBING', budget: 30_000_000, outturn: 32_000_000 },
      ],
      realBudgetLines: ['ELECTIVE_INPATIENT'],
    });
    expect(comparison.regimes.map((r) => [r.regime, r.holderKeeps, r.pctBears])).toEqual([
      ['indicative', 2_100_000, 0],
      ['real', 5_000_000, 2_000_000],
    ]);
  });
});
