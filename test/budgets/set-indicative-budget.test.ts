import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { monitorBudget, priceHistoricActivity, renderExplanation, setIndicativeBudget, type PracticeBudgetInput, type SetIndicativeBudgetInput } from '../../src/index.js';
import { sumMoney, pence } from '../../src/core/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { CORE_LINES, expectWellFormed, rulesOf } from './helpers.js';
import { expectIssue } from '../support/errors.js';

/** PCT resources: the given prescribing pot, nothing on the other core lines. */
function resources(prescribing: number, others = 0): SetIndicativeBudgetInput['pctResources'] {
  return CORE_LINES.map((serviceLine) => ({ serviceLine, amount: serviceLine === 'PRESCRIBING' ? prescribing : others }));
}

function prescribingPractice(code: string, historic: number | undefined, weightedPopulation = 1): PracticeBudgetInput {
  return {
    practiceCode: code,
    weightedPopulation,
    ...(historic === undefined ? {} : { historic: { costs: [{ serviceLine: 'PRESCRIBING', amount: historic }] } }),
  };
}

function request(overrides: Partial<SetIndicativeBudgetInput> = {}): SetIndicativeBudgetInput {
  return {
    pctCode: '5ZZ',
    financialYear: '2007/08',
    method: 'blended',
    pctResources: resources(30_000_000),
    practices: [prescribingPractice('Z90001', 14_000_000), prescribingPractice('Z90002', 10_500_000), prescribingPractice('Z90003', 5_500_000)],
    ...overrides,
  };
}

const prescribing = (set: ReturnType<typeof setIndicativeBudget>, index: number) => set.budgets[index]?.lines.find((line) => line.serviceLine === 'PRESCRIBING')?.amount;

describe('priceHistoricActivity: historic activity at the year\'s tariff (NAPC 2005 baseline; DH toolkit 2007/08)', () => {
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

  it('refuses a marginal rate of the wrong type in a reformed policy', () => {
    const broken = { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, 'tariff.nonElective.marginalRate': { ...baselinePolicy.parameters['tariff.nonElective.marginalRate']!, values: [{ from: '2005-04-01', value: true, sources: ['reckon-2006-tariff-2007-08'], confidence: 'unconfirmed' as const }] } } };
    expect(() => priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'NON_ELECTIVE', count: 1, unitPrice: 1 }] }, { policy: broken })).toThrow(/marginalRate/);
  });
});

describe('setIndicativeBudget', () => {
  it('2007/08 blended: practices more than 10% from their fair share move a quarter of the gap; others keep their historic budget (DH fair-shares toolkit)', () => {
    const set = setIndicativeBudget(request());
    // Fair share £100,000 each. Z90001 is 40% over: £140,000 − ¼ × £40,000 = £130,000.
    // Z90002 is 5% over: within 10%, keeps £105,000. Z90003 is 45% under: £55,000 + ¼ × £45,000 = £66,250.
    expect(set.practices.map((practice) => [practice.practiceCode, practice.basis, practice.distanceFromFairShare])).toEqual([
      ['Z90001', 'movedTowardsFairShare', '0.4000'],
      ['Z90002', 'withinThreshold', '0.0500'],
      ['Z90003', 'movedTowardsFairShare', '-0.4500'],
    ]);
    expect(set.rows.filter((row) => row.serviceLine === 'PRESCRIBING').map((row) => row.beforeControlTotal)).toEqual([13_000_000, 10_500_000, 6_625_000]);
    // £301,250 is above the £300,000 control total: scaled down exactly.
    const row = set.controlTotal.find((entry) => entry.serviceLine === 'PRESCRIBING');
    expect(row).toMatchObject({ pctResources: 30_000_000, contingency: 0, available: 30_000_000, sumBeforeControl: 30_125_000, sumOfBudgets: 30_000_000, scaledDown: true, unallocated: 0 });
    expect([prescribing(set, 0), prescribing(set, 1), prescribing(set, 2)]).toEqual([12_946_058, 10_456_432, 6_597_510]);
    expect(set.practices.map((practice) => practice.total)).toEqual([12_946_058, 10_456_432, 6_597_510]);
    expect(set.findings.map((entry) => entry.code)).toEqual(['MOVED_TOWARDS_FAIR_SHARE', 'WITHIN_PACE_OF_CHANGE_THRESHOLD', 'MOVED_TOWARDS_FAIR_SHARE', 'SCALED_TO_CONTROL_TOTAL']);
    expect(set.budgets[0]).toMatchObject({ holder: { kind: 'practice', practiceCode: 'Z90001' }, financialYear: '2007/08', kind: 'indicative' });
    expect(set.rows.find((entry) => entry.practiceCode === 'Z90002' && entry.serviceLine === 'PRESCRIBING')).toEqual({
      practiceCode: 'Z90002',
      serviceLine: 'PRESCRIBING',
      historic: 10_500_000,
      fairShare: 10_000_000,
      beforeControlTotal: 10_500_000,
      budget: 10_456_432,
    });
    expect(rulesOf(set.explanation)).toEqual(expect.arrayContaining(['budget.setIndicative', 'budget.historicActivity', 'budget.fairShare', 'budget.paceOfChange', 'budget.controlTotal']));
    expect(renderExplanation(set.explanation, { policy: baselinePolicy })).toContain('budget.paceOfChange.gapClosedPerYear = 0.25 (25%)');
    expectWellFormed(set);
  });

  it('the threshold is strict: exactly 10% from the fair share stays; just over moves', () => {
    const at = setIndicativeBudget(request({ pctResources: resources(20_000_000), practices: [prescribingPractice('Z90001', 11_000_000), prescribingPractice('Z90002', 9_000_000)] }));
    expect(at.practices.map((practice) => practice.basis)).toEqual(['withinThreshold', 'withinThreshold']);
    const over = setIndicativeBudget(request({ pctResources: resources(20_000_000), practices: [prescribingPractice('Z90001', 11_000_001), prescribingPractice('Z90002', 8_999_999)] }));
    expect(over.practices.map((practice) => practice.basis)).toEqual(['movedTowardsFairShare', 'movedTowardsFairShare']);
  });

  it('blended starts with 2007/08: NOT_IN_FORCE for 2006/07 (the day before), allowed for 2007/08', () => {
    expectIssue(() => setIndicativeBudget(request({ financialYear: '2006/07' })), 'NOT_IN_FORCE', ['method'], 'budget.paceOfChange');
    expect(setIndicativeBudget(request({ financialYear: '2007/08' })).method).toBe('blended');
  });

  it('no indicative budgets before 2005/06; 2005/06 follows the historic-activity guidance', () => {
    expectIssue(() => setIndicativeBudget(request({ financialYear: '2004/05', method: 'historicActivityAtTariff' })), 'NOT_IN_FORCE', ['financialYear'], 'budget.indicative.inForce');
    const set = setIndicativeBudget(request({ financialYear: '2005/06', method: 'historicActivityAtTariff', pctResources: resources(40_000_000) }));
    expect(set.practices.map((practice) => [practice.basis, practice.total])).toEqual([
      ['historic', 14_000_000],
      ['historic', 10_500_000],
      ['historic', 5_500_000],
    ]);
    expect(set.findings).toEqual([]);
    expect(set.controlTotal.find((row) => row.serviceLine === 'PRESCRIBING')).toMatchObject({ scaledDown: false, unallocated: 10_000_000 });
  });

  it('historic method: a practice without historic data gets its fair share (weighted capitation only where no historic data exist)', () => {
    const set = setIndicativeBudget(request({ method: 'historicActivityAtTariff', practices: [prescribingPractice('Z90001', 14_000_000, 2), prescribingPractice('Z90002', undefined, 1)] }));
    expect(set.practices.map((practice) => [practice.basis, practice.historicTotal, practice.fairShareTotal, practice.total])).toEqual([
      ['historic', 14_000_000, 20_000_000, 14_000_000],
      ['fairShare', null, 10_000_000, 10_000_000],
    ]);
    expect(set.findings.map((entry) => entry.code)).toEqual(['METHOD_DIFFERS_FROM_GUIDANCE', 'NO_HISTORIC_DATA_FAIR_SHARE_USED']);
  });

  it('blended: a practice without historic data gets its fair share too', () => {
    const set = setIndicativeBudget(request({ pctResources: resources(20_000_000), practices: [prescribingPractice('Z90001', 14_000_000), prescribingPractice('Z90002', undefined)] }));
    expect(set.practices.map((practice) => practice.basis)).toEqual(['movedTowardsFairShare', 'fairShare']);
  });

  it('weighted capitation: each line shared exactly by weighted population, with per-line weights where given', () => {
    const set = setIndicativeBudget(
      request({
        method: 'weightedCapitation',
        pctResources: resources(100, 7),
        practices: [
          { practiceCode: 'Z90001', weightedPopulation: 1, lineWeights: [{ serviceLine: 'PRESCRIBING', weight: 2 }] },
          { practiceCode: 'Z90002', weightedPopulation: 2 },
          { practiceCode: 'Z90003', weightedPopulation: 0, lineWeights: [{ serviceLine: 'PRESCRIBING', weight: 1 }] },
        ],
      }),
    );
    expect([prescribing(set, 0), prescribing(set, 1), prescribing(set, 2)]).toEqual([40, 40, 20]);
    // 7p by weights 1 : 2 : 0 is 2.33p and 4.67p: the spare penny goes to the larger remainder.
    expect(set.rows.filter((row) => row.serviceLine === 'DAY_CASE').map((row) => row.budget)).toEqual([2, 5, 0]);
    expect(set.findings.map((entry) => entry.code)).toEqual(['METHOD_DIFFERS_FROM_GUIDANCE']);
    for (const row of set.controlTotal) expect(row.sumOfBudgets).toBe(row.available);
  });

  it('a zero fair share: a practice with historic spend is beyond any threshold; one with none stays', () => {
    const set = setIndicativeBudget(request({ practices: [prescribingPractice('Z90001', 1_000, 1), prescribingPractice('Z90002', 0, 0), prescribingPractice('Z90003', 50, 0)] }));
    expect(set.practices.map((practice) => [practice.basis, practice.distanceFromFairShare])).toEqual([
      ['movedTowardsFairShare', '-1.0000'],
      ['withinThreshold', null],
      ['movedTowardsFairShare', null],
    ]);
    expect(set.findings[2]?.message).toContain('infinitely far');
  });

  it('a contingency held back by a local reform lowers the control total', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'five-per-cent-reserve',
      label: 'A 5% PBC risk reserve',
      parameters: { 'budget.controlTotal.contingencyShare': [{ from: '2007-04-01', value: '0.05', sources: ['napc-2005-budget-baseline'], confidence: 'unconfirmed' }] },
    });
    const set = setIndicativeBudget(request({ method: 'weightedCapitation' }), { policy });
    expect(set.controlTotal.find((row) => row.serviceLine === 'PRESCRIBING')).toMatchObject({ contingency: 1_500_000, available: 28_500_000, sumOfBudgets: 28_500_000 });
    expect(set.findings.map((entry) => entry.code)).toContain('CONTINGENCY_HELD_BACK');
  });

  it('a reformed pace of change of 1 moves practices straight to their fair share; a share above 1 is refused', () => {
    const reform = (value: string) =>
      applyReform(baselinePolicy, {
        id: 'pace',
        label: 'pace',
        parameters: { 'budget.paceOfChange.gapClosedPerYear': [{ from: '2007-04-01', value, sources: ['dh-2006-fair-shares-toolkit'], confidence: 'unconfirmed' }] },
      });
    const full = setIndicativeBudget(request(), { policy: reform('1') });
    expect(full.rows.filter((row) => row.serviceLine === 'PRESCRIBING').map((row) => row.beforeControlTotal)).toEqual([10_000_000, 10_500_000, 10_000_000]);
    expectIssue(() => setIndicativeBudget(request(), { policy: reform('1.5') }), 'INVALID_POLICY', ['parameters', 'budget.paceOfChange.gapClosedPerYear']);
  });

  it('an optional line in scope must have resources; the budgets feed monitorBudget directly', () => {
    const scope = { lines: [...CORE_LINES, 'MENTAL_HEALTH' as const] };
    expectIssue(() => setIndicativeBudget(request({ scope })), 'MISSING_INPUT', ['pctResources'], 'budget.controlTotal.resourcesPerLine');
    const set = setIndicativeBudget(request({ scope, pctResources: [...resources(30_000_000), { serviceLine: 'MENTAL_HEALTH', amount: 900 }] }));
    expect(set.scope).toEqual([...CORE_LINES.slice(0, 4), 'PRESCRIBING', 'MENTAL_HEALTH']);
    const monitoring = monitorBudget({ budget: set.budgets[0]!, throughMonth: 1, spend: [] });
    expect(monitoring.total.budget).toBe(set.practices[0]?.total);
  });

  it('refuses every bad field at once, naming each path and rule', () => {
    const error = expectIssue(
      () =>
        setIndicativeBudget(
          request({
            practices: [
              { practiceCode: 'Z90001', weightedPopulation: -1 },
              { practiceCode: 'Z90001', weightedPopulation: 1, historic: { activity: [{ serviceLine: 'DAY_CASE', count: -3, unitPrice: 5 }] } },
            ],
          }),
        ),
      'INVALID_INPUT',
      ['practices', 0, 'weightedPopulation'],
    );
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['practices.0.weightedPopulation', 'practices.1.historic.activity.0.count', 'practices.1.practiceCode']);
    expect(error.issues[2]?.rule).toBe('budget.practices.unique');
    expectIssue(() => setIndicativeBudget(request({ practices: [prescribingPractice('Z90001', 1), prescribingPractice('Z90001', 2)] })), 'INVALID_INPUT', ['practices', 1, 'practiceCode'], 'budget.practices.unique');
    expectIssue(() => setIndicativeBudget(request({ pctResources: [...resources(1), { serviceLine: 'PRESCRIBING', amount: 1 }] })), 'INVALID_INPUT', ['pctResources', 5, 'serviceLine'], 'budget.controlTotal.uniqueLines');
    expectIssue(
      () => setIndicativeBudget(request({ practices: [{ practiceCode: 'Z90001', weightedPopulation: 1, lineWeights: [{ serviceLine: 'DAY_CASE', weight: 1 }, { serviceLine: 'DAY_CASE', weight: 2 }] }] })),
      'INVALID_INPUT',
      ['practices', 0, 'lineWeights', 1, 'serviceLine'],
      'budget.fairShare.uniqueLineWeights',
    );
  });

  it('refuses a line outside the scope in resources, activity, costs or weights', () => {
    const outside = 'budget.scope.lineOutsideScope';
    expectIssue(() => setIndicativeBudget(request({ pctResources: [...resources(1), { serviceLine: 'MENTAL_HEALTH', amount: 1 }] })), 'INVALID_INPUT', ['pctResources', 5, 'serviceLine'], outside);
    const practice = (historic: PracticeBudgetInput['historic'], lineWeights?: PracticeBudgetInput['lineWeights']): PracticeBudgetInput[] => [{ practiceCode: 'Z90001', weightedPopulation: 1, historic, ...(lineWeights === undefined ? {} : { lineWeights }) }];
    expectIssue(() => setIndicativeBudget(request({ practices: practice({ activity: [{ serviceLine: 'A_AND_E', count: 1, unitPrice: 1 }] }) })), 'INVALID_INPUT', ['practices', 0, 'historic', 'activity', 0, 'serviceLine'], outside);
    expectIssue(() => setIndicativeBudget(request({ practices: practice({ costs: [{ serviceLine: 'COMMUNITY_SERVICES', amount: 1 }] }) })), 'INVALID_INPUT', ['practices', 0, 'historic', 'costs', 0, 'serviceLine'], outside);
    expectIssue(() => setIndicativeBudget(request({ practices: practice({}, [{ serviceLine: 'OTHER', weight: 1 }]) })), 'INVALID_INPUT', ['practices', 0, 'lineWeights', 0, 'serviceLine'], outside);
  });

  it('refuses a scope without the mandatory core, or with a line the policy does not allow', () => {
    expectIssue(() => setIndicativeBudget(request({ scope: { lines: ['PRESCRIBING'] } })), 'INVALID_INPUT', ['scope', 'lines'], 'budget.scope.mandatoryCore');
  });

  it('needs a weighted population whenever a fair share is needed, and a positive weight for a line with resources', () => {
    expectIssue(() => setIndicativeBudget(request({ practices: [{ practiceCode: 'Z90001', historic: {} }] })), 'MISSING_INPUT', ['practices', 0, 'weightedPopulation'], 'budget.fairShare.weightNeeded');
    expectIssue(() => setIndicativeBudget(request({ practices: [prescribingPractice('Z90001', 5, 0)] })), 'INVALID_INPUT', ['practices'], 'budget.fairShare.positiveWeight');
    // The historic method needs no weights when every practice has historic data.
    expect(setIndicativeBudget(request({ method: 'historicActivityAtTariff', practices: [{ practiceCode: 'Z90001', historic: {} }] })).practices[0]?.total).toBe(0);
    // Per-line weights for every line in scope make the weighted population unnecessary.
    const allLines = CORE_LINES.map((serviceLine) => ({ serviceLine, weight: 1 }));
    expect(setIndicativeBudget(request({ practices: [{ practiceCode: 'Z90001', lineWeights: allLines }] })).practices[0]?.basis).toBe('fairShare');
  });

  it('property: budgets never sum above the control total; when scaled they meet it exactly; rows add up to the budgets', () => {
    const practice = fc.record({ historic: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: undefined }), weight: fc.integer({ min: 1, max: 20_000 }) });
    fc.assert(
      fc.property(fc.array(practice, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 200_000_000 }), fc.constantFrom('historicActivityAtTariff', 'weightedCapitation', 'blended'), (practices, pot, method) => {
        const set = setIndicativeBudget(
          request({ method, pctResources: resources(pot), practices: practices.map((entry, index) => prescribingPractice(`Z9${String(index).padStart(4, '0')}`, entry.historic, entry.weight)) }),
        );
        for (const row of set.controlTotal) {
          expect(row.sumOfBudgets).toBeLessThanOrEqual(row.available);
          if (row.scaledDown) expect(row.sumOfBudgets).toBe(row.available);
          expect(row.sumOfBudgets + row.unallocated).toBe(row.available);
        }
        const total = sumMoney(set.practices.map((entry) => entry.total));
        expect(sumMoney(set.rows.map((row) => row.budget))).toBe(total);
        expect(total).toBeLessThanOrEqual(pot);
        for (const row of set.rows) expect(row.budget).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: a blended line always lies between its historic figure and its fair share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (historic, other) => {
        const pot = pence(historic + other);
        const set = setIndicativeBudget(request({ pctResources: resources(pot), practices: [prescribingPractice('Z90001', historic), prescribingPractice('Z90002', other)] }));
        for (const row of set.rows.filter((entry) => entry.serviceLine === 'PRESCRIBING')) {
          const low = Math.min(row.historic ?? 0, row.fairShare ?? 0);
          const high = Math.max(row.historic ?? 0, row.fairShare ?? 0);
          expect(row.beforeControlTotal).toBeGreaterThanOrEqual(low);
          expect(row.beforeControlTotal).toBeLessThanOrEqual(high);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
