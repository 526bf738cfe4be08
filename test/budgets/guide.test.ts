/**
 * The worked examples of docs/guide/budgets.md, run as written. Each example runs several rules in turn, so it belongs to no single rule's file.
 */
import { describe, expect, it } from 'vitest';
import { applyPerPatientCap, assessBudgetBalancing, compareBudgetRegimes, freedUpResources, monitorBudget, priceHistoricActivity, resolveBudgetScope, setIndicativeBudget } from '../../src/index.js';
import { CORE_LINES } from './helpers.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { syntheticTariffSample } from '../../src/testing/index.js';
import { assessEarnedAutonomy, managementAllowance, priceActivityAtTariff } from '../../src/index.js';

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

describe('the budgets guide: groups, the management allowance and earned autonomy', () => {
  it('Leodis at the unconfirmed £2 per head; North Bradford at £5 per head', () => {
    expect(managementAllowance({ groupId: 'leodis', financialYear: '2009/10', registeredPatients: 203_000 })).toMatchObject({ allowance: 40_600_000, basis: 'national_default_per_head' });
    expect(managementAllowance({ groupId: 'north-bradford', financialYear: '2005/06', registeredPatients: 93_000, local: { perHead: 500 } }).allowance).toBe(46_500_000);
  });
  it('earned autonomy on evidence of improved health outcomes', () => {
    const result = assessEarnedAutonomy({
      groupId: 'leodis',
      financialYear: '2009/10',
      evidence: [{ criterion: 'improved_health_outcomes', met: true, evidence: 'emergency COPD admissions down (PCT board, March 2010)' }],
    });
    expect(result.earnedFreedoms).toEqual(['managing_resources', 'designing_services']);
  });
});

describe('the budgets guide: historic activity at the tariff’s own rules', () => {
  it('the synthetic sample: 2008/09 activity at the 2009/10 tariff, HRG4 warned, no MFF by default', () => {
    const result = priceActivityAtTariff(syntheticTariffSample);
    expect([result.pricingYear, result.total, result.currencies.pricing]).toEqual(['2009/10', 3_990_000, 'HRG4']);
    const mff = applyReform(baselinePolicy, { id: 'mff', label: 'mff', parameters: { 'tariff.mff.inPbcBudgets': [{ from: '2005-04-01', value: 'provider_mff', sources: ['pathwayanalytics-mff'], confidence: 'unconfirmed' }] } });
    expect(priceActivityAtTariff(syntheticTariffSample, { policy: mff }).total).toBe(4_124_400);
  });
});
