/**
 * `budget.tariffPricing`: historic activity priced from the caller's tariff tables by the tariff's own
 * rules (pricing year, HRG version, market forces factor), then the non-elective marginal rate.
 */
import { describe, expect, it } from 'vitest';
import { priceActivityAtTariff, type PriceActivityAtTariffInput } from '../../src/index.js';
import { syntheticTariffSample } from '../../src/testing/index.js';
import { applyReform, baselinePolicy, budgetsRuleCatalogue, parameterAt } from '../../src/policy/index.js';
import { expectIssue } from '../support/errors.js';

const sample = structuredClone(syntheticTariffSample) as PriceActivityAtTariffInput & { activity: { baselineCount?: number }[] };
const withMff = applyReform(baselinePolicy, {
  id: 'mff',
  label: 'PBC budgets at each provider’s MFF',
  parameters: { 'tariff.mff.inPbcBudgets': [{ from: '2005-04-01', to: '2013-03-31', value: 'provider_mff', sources: ['pathwayanalytics-mff'], confidence: 'unconfirmed' }] },
});

describe('budget.tariffPricing', () => {
  it('prices 2008/09 activity at the 2009/10 tariff (the budget year), at the national tariff without the MFF by default', () => {
    const result = priceActivityAtTariff(sample);
    expect(result).toMatchObject({ pricingYear: '2009/10', activityYear: '2008/09', mffApplied: false, total: 3_990_000 });
    expect(result.items.map((item) => [item.currency, item.tariffPrice, item.mffIndex, item.unitPrice])).toEqual([
      ['SYN-DC1', 60_000, null, 60_000],
      ['SYN-OP1', 9_300, null, 9_300],
      ['SYN-NE1', 155_000, null, 155_000],
    ]);
    expect(result.findings.map((finding) => `${finding.code} ${finding.outcome}`)).toEqual(['TARIFF_YEAR_PRICING info', 'TARIFF_CURRENCY_CHANGED warning', 'MFF_NOT_APPLIED info']);
  });
  it('warns when the activity year and the pricing year use different HRG versions (HRG4 from April 2009), not otherwise', () => {
    const result = priceActivityAtTariff(sample);
    expect(result.currencies).toEqual({ activity: 'HRG3.5', pricing: 'HRG4' });
    expect(result.findings[1]?.message).toContain('regroup the activity to HRG4');
    const sameVersion = priceActivityAtTariff({ ...sample, financialYear: '2008/09', activityYear: '2007/08', tariffs: [{ ...sample.tariffs[0]!, financialYear: '2008/09' }] });
    expect(sameVersion.findings.map((finding) => finding.code)).not.toContain('TARIFF_CURRENCY_CHANGED');
  });
  it("with a reform applying each provider's MFF: the tariff price times the index, rounded half-up per unit", () => {
    const result = priceActivityAtTariff(sample, { policy: withMff });
    expect(result.items.map((item) => [item.mffIndex, item.unitPrice])).toEqual([
      ['1.05', 63_000],
      ['0.98', 9_114],
      ['1.05', 162_750],
    ]);
    expect(result.total).toBe(4_124_400);
    expect(result.findings.map((finding) => finding.code)).toContain('MFF_APPLIED');
    expectIssue(() => priceActivityAtTariff({ ...sample, mff: [] }, { policy: withMff }), 'INVALID_INPUT', ['activity', 0, 'providerId'], 'budget.tariffPricing');
    const noProvider = { ...sample, activity: [{ serviceLine: 'DAY_CASE' as const, currency: 'SYN-DC1', count: 1 }] };
    expectIssue(() => priceActivityAtTariff(noProvider, { policy: withMff }), 'INVALID_INPUT', ['activity', 0, 'providerId']);
    expect(priceActivityAtTariff(noProvider).total).toBe(60_000);
  });
  it('a reform pricing at the activity year’s tariff uses that table', () => {
    const activityYear = applyReform(baselinePolicy, { id: 'ay', label: 'activity year', parameters: { 'tariff.pricingYear': [{ from: '2005-04-01', to: '2013-03-31', value: 'activity_year', sources: ['napc-2005-budget-baseline'], confidence: 'unconfirmed' }] } });
    expect(priceActivityAtTariff(sample, { policy: activityYear })).toMatchObject({ pricingYear: '2008/09', total: 20 * 58_000 + 100 * 9_000 + 12 * 150_000 });
  });
  it('the marginal rate still applies: 2010/11 emergency activity above the baseline at 30%', () => {
    const result = priceActivityAtTariff({ ...sample, financialYear: '2010/11', activityYear: '2009/10', tariffs: [{ ...sample.tariffs[1]!, financialYear: '2010/11' }] });
    // 10 at £1,550 and 2 at 30% of £1,550
    expect(result.priced.lines.find((line) => line.serviceLine === 'NON_ELECTIVE')?.total).toBe(10 * 155_000 + 2 * 46_500);
    expect(result.explanation.children[0]?.rule).toBe('budget.historicActivity');
  });
  it('refuses a missing table, an unpriced currency, duplicates, a bad index, a baseline on a non-emergency line, a year before PBC', () => {
    expectIssue(() => priceActivityAtTariff({ ...sample, tariffs: [sample.tariffs[0]!] }), 'INVALID_INPUT', ['tariffs'], 'budget.tariffPricing');
    expectIssue(() => priceActivityAtTariff({ ...sample, activity: [{ serviceLine: 'DAY_CASE', currency: 'SYN-XX', count: 1 }] }), 'INVALID_INPUT', ['activity', 0, 'currency']);
    expectIssue(() => priceActivityAtTariff({ ...sample, tariffs: [sample.tariffs[1]!, sample.tariffs[1]!] }), 'INVALID_INPUT', ['tariffs', 1, 'financialYear']);
    expectIssue(() => priceActivityAtTariff({ ...sample, tariffs: [{ financialYear: '2009/10', prices: [{ currency: 'A', price: 1 }, { currency: 'A', price: 2 }] }] }), 'INVALID_INPUT', ['tariffs', 0, 'prices', 1, 'currency']);
    expectIssue(() => priceActivityAtTariff({ ...sample, mff: [{ providerId: 'P', index: '1.0' }, { providerId: 'P', index: '1.1' }] }), 'INVALID_INPUT', ['mff', 1, 'providerId']);
    expectIssue(() => priceActivityAtTariff({ ...sample, mff: [{ providerId: 'P', index: '-1' }] }), 'INVALID_INPUT', ['mff', 0, 'index']);
    expectIssue(() => priceActivityAtTariff({ ...sample, activity: [{ serviceLine: 'DAY_CASE', currency: 'SYN-DC1', count: 1, baselineCount: 1 }] }), 'INVALID_INPUT', ['activity', 0, 'baselineCount']);
    expectIssue(() => priceActivityAtTariff({ ...sample, financialYear: '2004/05' }), 'NOT_IN_FORCE', ['financialYear']);
    const bad = applyReform(baselinePolicy, { id: 'bad', label: 'bad', parameters: { 'tariff.mff.inPbcBudgets': [{ from: '2005-04-01', value: 'half', sources: ['pathwayanalytics-mff'], confidence: 'unconfirmed' }] } });
    expectIssue(() => priceActivityAtTariff(sample, { policy: bad }), 'INVALID_POLICY', ['parameters', 'tariff.mff.inPbcBudgets']);
  });
  it('reads only the parameters its catalogue entry lists; the MFF treatment is unconfirmed, HRG4 confirmed', () => {
    const entry = budgetsRuleCatalogue.find((rule) => rule.id === 'budget.tariffPricing')!;
    const readings = (node: { parameters: readonly { id: string }[]; children: readonly unknown[] }): string[] => [...node.parameters.map((reading) => reading.id), ...(node.children as (typeof node)[]).flatMap(readings)];
    for (const id of readings(priceActivityAtTariff(sample).explanation)) expect(entry.parameters).toContain(id);
    expect(parameterAt(baselinePolicy, 'tariff.mff.inPbcBudgets', '2008-04-01')).toMatchObject({ value: 'national_tariff', confidence: 'unconfirmed' });
    expect(parameterAt(baselinePolicy, 'tariff.currency', '2009-04-01')).toMatchObject({ value: 'HRG4', confidence: 'confirmed' });
    expect(parameterAt(baselinePolicy, 'tariff.pricingYear', '2007-04-01')).toMatchObject({ value: 'budget_year', confidence: 'confirmed' });
  });
  it('the sample is labelled synthetic: every code starts SYN-, and it is frozen', () => {
    expect(Object.isFrozen(syntheticTariffSample)).toBe(true);
    for (const item of syntheticTariffSample.activity) expect(item.currency.startsWith('SYN-') && item.providerId?.startsWith('SYN-')).toBe(true);
  });
});
