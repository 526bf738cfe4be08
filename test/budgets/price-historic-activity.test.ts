/**
 * The specification of `src/budgets/price-historic-activity.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { priceHistoricActivity, setIndicativeBudget } from '../../src/index.js';
import { applyReform, baselinePolicy, type Policy, validatePolicy } from '../../src/policy/index.js';
import { broken, expectWellFormed, practice, request, resources } from './helpers.js';
import { expectIssue } from '../support/errors.js';

describe('priceHistoricActivity through setIndicativeBudget: emergency baselines', () => {

  it('emergency activity without a baseline in a practice\'s historic data is flagged at that practice\'s item', () => {
    const set = setIndicativeBudget(
      request({
        method: 'historicActivityAtTariff',
        pctResources: resources(30_000_000, 50_000_000),
        practices: [
          practice('Z90001', 14_000_000),
          { practiceCode: 'Z90002', weightedPopulation: 1, historic: { activity: [{ serviceLine: 'NON_ELECTIVE', count: 10, unitPrice: 100_000 }] } },
        ],
      }),
    );
    expect(set.findings.filter((entry) => entry.code === 'MARGINAL_RATE_WITHOUT_BASELINE').map((entry) => entry.path)).toEqual([['practices', 1, 'historic', 'activity', 0, 'baselineCount']]);
  });
});

describe('priceHistoricActivity: emergency activity and the marginal rate', () => {
  it('without emergency activity the marginal rate is not read, and an absent cost list counts as none', () => {
    const priced = priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'DAY_CASE', count: 2, unitPrice: 50_000 }] });
    expect(priced.explanation.inputs).toMatchObject({ activityItems: 1, costItems: 0 });
    expect(priced.explanation.parameters.map((reading) => reading.id)).toEqual(['budget.indicative.inForce']);
    expect(priced.explanation.notes).toEqual([]);
    expect(priced.total).toBe(100_000);
  });

  it('2007/08: only emergency items without a baseline are flagged, and an item within its baseline reports no marginal rate', () => {
    const priced = priceHistoricActivity({
      financialYear: '2007/08',
      activity: [
        { serviceLine: 'NON_ELECTIVE', count: 90, unitPrice: 100_000, baselineCount: 100 },
        { serviceLine: 'DAY_CASE', count: 3, unitPrice: 50_000 },
        { serviceLine: 'NON_ELECTIVE', count: 5, unitPrice: 100_000 },
      ],
    });
    expect(priced.items.map((item) => [item.fullPriceCount, item.marginalCount, item.marginalRate, item.amount])).toEqual([
      [90, 0, null, 9_000_000],
      [3, 0, null, 150_000],
      [5, 0, null, 500_000],
    ]);
    expect(priced.findings).toEqual([
      {
        code: 'MARGINAL_RATE_WITHOUT_BASELINE',
        outcome: 'warning',
        rule: 'budget.historicActivity',
        message: 'activity item 2 (NON_ELECTIVE) has no baselineCount, so all 5 units are priced at the full tariff although a marginal rate of 0.5 is in force',
        sources: ['reckon-2006-tariff-2007-08', 'hsj-2009-marginal-emergency-tariff'],
        path: ['activity', 2, 'baselineCount'],
      },
    ]);
  });

  it('2008/09 has no marginal rate: emergency activity without a baseline raises no warning', () => {
    const priced = priceHistoricActivity({ financialYear: '2008/09', activity: [{ serviceLine: 'NON_ELECTIVE', count: 5, unitPrice: 100_000 }] });
    expect(priced.findings).toEqual([]);
    expect(priced.total).toBe(500_000);
  });

  it('a marginal rate that does not suit its unit (a ratio) makes the policy invalid, naming the parameter', () => {
    const policy = broken('tariff.nonElective.marginalRate', [{ from: '2005-04-01', value: true }]);
    expectIssue(() => priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'NON_ELECTIVE', count: 1, unitPrice: 1 }] }, { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'tariff.nonElective.marginalRate']);
  });

  it('a valid policy that declares the marginal rate in another unit, or as text that is not a ratio, is refused as a parameter type mismatch naming the parameter', () => {
    // validatePolicy checks each value against the unit the policy itself declares, so a policy that
    // files the marginal rate as a boolean is valid; the rule still needs a ratio or null.
    const parameter = baselinePolicy.parameters['tariff.nonElective.marginalRate']!;
    const policy: Policy = {
      ...baselinePolicy,
      parameters: { ...baselinePolicy.parameters, 'tariff.nonElective.marginalRate': { ...parameter, unit: 'boolean', values: [{ from: '2005-04-01', value: true, sources: ['reckon-2006-tariff-2007-08'], confidence: 'unconfirmed' }] } },
    };
    expect(validatePolicy(policy).ok).toBe(true);
    const activity = [{ serviceLine: 'NON_ELECTIVE' as const, count: 1, unitPrice: 1 }];
    const error = expectIssue(() => priceHistoricActivity({ financialYear: '2007/08', activity }, { policy }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'tariff.nonElective.marginalRate']);
    expect(error.issues).toHaveLength(1);
    // A rate filed as text must still be a decimal ratio: 'half' is refused the same way, before any pricing.
    const text: Policy = {
      ...baselinePolicy,
      parameters: { ...baselinePolicy.parameters, 'tariff.nonElective.marginalRate': { ...parameter, unit: 'text', values: [{ from: '2005-04-01', value: 'half', sources: ['reckon-2006-tariff-2007-08'], confidence: 'unconfirmed' }] } },
    };
    expect(validatePolicy(text).ok).toBe(true);
    expectIssue(() => priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'NON_ELECTIVE', count: 1, unitPrice: 1, baselineCount: 5 }] }, { policy: text }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'tariff.nonElective.marginalRate']);
    // Without emergency activity the rate is not read, so the same policy prices elective activity.
    expect(priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'DAY_CASE', count: 1, unitPrice: 1 }] }, { policy }).total).toBe(1);
  });
});

describe('priceHistoricActivity under a reform', () => {
  it('a local marginal rate with no national baseline year still prices emergency activity above the baseline', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'local-marginal-rate',
      label: 'A PCT pays 60% above its own baseline in 2008/09',
      parameters: { 'tariff.nonElective.marginalRate': [{ from: '2008-04-01', to: '2009-03-31', value: '0.6', sources: ['reckon-2006-tariff-2007-08'], confidence: 'unconfirmed' }] },
    });
    const priced = priceHistoricActivity({ financialYear: '2008/09', activity: [{ serviceLine: 'NON_ELECTIVE', count: 12, unitPrice: 1_000, baselineCount: 10 }] }, { policy });
    expect(priced.total).toBe(11_200);
    expect(priced.explanation.notes[0]).toBe('emergency activity above the baseline is priced at 0.6 of the tariff');
  });
});

describe("priceHistoricActivity: historic activity at the year's tariff (NAPC 2005 baseline; DH toolkit 2007/08)", () => {
  it('prices counts at unit prices per line and adds the costs worked out elsewhere', () => {
    const priced = priceHistoricActivity({
      financialYear: '2006/07',
      activity: [
        { serviceLine: 'DAY_CASE', currency: 'H02', count: 120, unitPrice: 85_000 },
        { serviceLine: 'DAY_CASE', count: 3, unitPrice: 33_333 },
        { serviceLine: 'OUTPATIENT', count: 900, unitPrice: 9_500 },
        { serviceLine: 'NON_ELECTIVE', count: 50, unitPrice: 150_000 },
      ],
      costs: [{ serviceLine: 'PRESCRIBING', amount: 95_000_000, description: 'formula plus uplift' }],
    });
    expect(priced.lines).toEqual([
      { serviceLine: 'DAY_CASE', activity: 10_299_999, costs: 0, total: 10_299_999 },
      { serviceLine: 'NON_ELECTIVE', activity: 7_500_000, costs: 0, total: 7_500_000 },
      { serviceLine: 'OUTPATIENT', activity: 8_550_000, costs: 0, total: 8_550_000 },
      { serviceLine: 'PRESCRIBING', activity: 0, costs: 95_000_000, total: 95_000_000 },
    ]);
    expect(priced.total).toBe(121_349_999);
    expect(priced.items[0]).toMatchObject({ currency: 'H02', fullPriceCount: 120, marginalCount: 0, marginalRate: null, amount: 10_200_000 });
    expect(priced.items[1]?.currency).toBeNull();
    // 2006/07: no marginal rate was found, so no baseline note and everything at full price.
    expect(priced.findings).toEqual([]);
    expectWellFormed(priced);
  });

  it('2007/08: emergency activity above the 2005/06 baseline at 50% of tariff (Reckon on the 2007/08 tariff letter)', () => {
    const priced = priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'NON_ELECTIVE', count: 111, unitPrice: 100_001, baselineCount: 100 }] });
    // 100 × £1,000.01 + 11 × £1,000.01 × 0.5 = 10,000,100 + 550,005.5 → 550,006 (half-up, once)
    expect(priced.items[0]).toMatchObject({ fullPriceCount: 100, marginalCount: 11, marginalRate: '0.5', amount: 10_550_106 });
    expect(priced.explanation.notes[0]).toContain('2005/06');
  });

  it('the day before and after each marginal-rate change: 2008/09 full price, 2010/11 30% above 2008/09 (HSJ Dec 2009)', () => {
    const item = { serviceLine: 'NON_ELECTIVE' as const, count: 110, unitPrice: 100_000, baselineCount: 100 };
    expect(priceHistoricActivity({ financialYear: '2006/07', activity: [item] }).total).toBe(11_000_000);
    expect(priceHistoricActivity({ financialYear: '2007/08', activity: [item] }).total).toBe(10_500_000);
    expect(priceHistoricActivity({ financialYear: '2008/09', activity: [item] }).total).toBe(11_000_000);
    expect(priceHistoricActivity({ financialYear: '2009/10', activity: [item] }).total).toBe(11_000_000);
    expect(priceHistoricActivity({ financialYear: '2010/11', activity: [item] }).total).toBe(10_300_000);
  });

  it('activity below its baseline is all at full price; without a baseline it is full price with a warning', () => {
    expect(priceHistoricActivity({ financialYear: '2010/11', activity: [{ serviceLine: 'NON_ELECTIVE', count: 90, unitPrice: 100_000, baselineCount: 100 }] }).total).toBe(9_000_000);
    const noBaseline = priceHistoricActivity({ financialYear: '2010/11', activity: [{ serviceLine: 'NON_ELECTIVE', count: 90, unitPrice: 100_000 }] });
    expect(noBaseline.total).toBe(9_000_000);
    expect(noBaseline.findings).toMatchObject([{ code: 'MARGINAL_RATE_WITHOUT_BASELINE', outcome: 'warning', path: ['activity', 0, 'baselineCount'] }]);
  });

  it('refuses negative or fractional activity, negative prices and a baseline on an elective line', () => {
    expectIssue(() => priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'DAY_CASE', count: -1, unitPrice: 1 }] }), 'INVALID_INPUT', ['activity', 0, 'count']);
    expectIssue(() => priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'DAY_CASE', count: 1.5, unitPrice: 1 }] }), 'INVALID_INPUT', ['activity', 0, 'count']);
    expectIssue(() => priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'DAY_CASE', count: 1, unitPrice: -1 }] }), 'INVALID_INPUT', ['activity', 0, 'unitPrice']);
    expectIssue(
      () => priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'DAY_CASE', count: 1, unitPrice: 1, baselineCount: 1 }] }),
      'INVALID_INPUT',
      ['activity', 0, 'baselineCount'],
      'tariff.marginalRate.nonElectiveOnly',
    );
    expectIssue(() => priceHistoricActivity({ financialYear: '2004/05', activity: [] }), 'NOT_IN_FORCE', ['financialYear']);
  });
});
