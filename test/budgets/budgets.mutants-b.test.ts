/**
 * Sharper tests for the budgets rules, written against the mutants Stryker found surviving (see
 * docs/quality.md) in setIndicativeBudget, priceHistoricActivity, the shared helpers (error
 * messages, in-force spans), monitorBudget, the group checks, the savings window, the pace-of-change
 * rule and the budget scope: weighted capitation over practices with historic data, weights of zero,
 * a contingency held back, emergency activity without a baseline, the window cut short on its last
 * day, and what the errors and explanations record.
 */
import { describe, expect, it } from 'vitest';
import { fundholdingEligibility, fundholdingSavingsWindow, monitorBudget, priceHistoricActivity, resolveBudgetScope, rollUpGroupBudget, setIndicativeBudget, type PracticeBudgetInput, type SetIndicativeBudgetInput, type Explanation } from '../../src/index.js';
import { applyReform, type Policy } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { CORE_LINES, practiceBudget, untyped } from './helpers.js';
import { expectIssue, pbcError } from '../support/errors.js';

/** PCT resources on the core lines: the given prescribing pot, `others` on each other line. */
function resources(prescribing: number, others = 0): SetIndicativeBudgetInput['pctResources'] {
  return CORE_LINES.map((serviceLine) => ({ serviceLine, amount: serviceLine === 'PRESCRIBING' ? prescribing : others }));
}

/** A practice with (optionally) a historic prescribing cost. */
function practice(code: string, historic: number | undefined, extra: Partial<PracticeBudgetInput> = { weightedPopulation: 1 }): PracticeBudgetInput {
  return {
    practiceCode: code,
    ...extra,
    ...(historic === undefined ? {} : { historic: { costs: [{ serviceLine: 'PRESCRIBING', amount: historic }] } }),
  };
}

function request(overrides: Partial<SetIndicativeBudgetInput> = {}): SetIndicativeBudgetInput {
  return {
    pctCode: '5ZZ',
    financialYear: '2007/08',
    method: 'blended',
    pctResources: resources(30_000_000),
    practices: [practice('Z90001', 14_000_000), practice('Z90002', 10_500_000), practice('Z90003', 5_500_000)],
    ...overrides,
  };
}

/** A reform of one parameter. */
function reform(id: string, values: { from: string; to?: string; value: unknown }[]): Policy {
  return applyReform(baselinePolicy, {
    id: `test-${id}`,
    label: `test ${id}`,
    parameters: { [id]: values.map((value) => ({ ...value, sources: ['napc-2005-budget-baseline'], confidence: 'unconfirmed' as const })) },
  });
}

/** A hand-built policy whose parameter holds values a reform would refuse (the wrong type, a date that does not exist). */
function broken(id: string, values: { from: string; to?: string; value: unknown }[]): Policy {
  const parameter = baselinePolicy.parameters[id];
  if (parameter === undefined) throw new Error(`no parameter ${id}`);
  const dated = values.map((value) => ({ ...value, sources: ['napc-2005-budget-baseline'], confidence: 'unconfirmed' as const }));
  return { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, [id]: { ...parameter, values: dated } } } as Policy;
}

/** Every node of an explanation tree with the given rule id. */
function nodes(explanation: Explanation, rule: string): Explanation[] {
  return [...(explanation.rule === rule ? [explanation] : []), ...explanation.children.flatMap((child) => nodes(child, rule))];
}

const prescribingRows = (set: ReturnType<typeof setIndicativeBudget>) => set.rows.filter((row) => row.serviceLine === 'PRESCRIBING');

describe('setIndicativeBudget: the method decides each practice\'s basis', () => {
  it('weighted capitation gives every practice its fair share even where it has historic data, without a no-historic-data finding', () => {
    const set = setIndicativeBudget(
      request({
        method: 'weightedCapitation',
        pctResources: resources(20_000_000),
        practices: [practice('Z90001', 14_000_000), practice('Z90002', 6_000_000, { weightedPopulation: 3 })],
      }),
    );
    expect(set.practices.map((entry) => [entry.basis, entry.historicTotal, entry.fairShareTotal, entry.distanceFromFairShare, entry.total])).toEqual([
      ['fairShare', 14_000_000, 5_000_000, null, 5_000_000],
      ['fairShare', 6_000_000, 15_000_000, null, 15_000_000],
    ]);
    expect(prescribingRows(set).map((row) => [row.historic, row.fairShare, row.beforeControlTotal, row.budget])).toEqual([
      [14_000_000, 5_000_000, 5_000_000, 5_000_000],
      [6_000_000, 15_000_000, 15_000_000, 15_000_000],
    ]);
    // 2007/08 guidance is 'blended': the only finding says so.
    expect(set.findings.map((entry) => entry.code)).toEqual(['METHOD_DIFFERS_FROM_GUIDANCE']);
  });

  it('historic activity at tariff keeps a practice\'s historic budget however far from its fair share; only the practice without data gets its fair share', () => {
    const set = setIndicativeBudget(
      request({
        financialYear: '2006/07',
        method: 'historicActivityAtTariff',
        practices: [practice('Z90001', 4_000_000), practice('Z90002', undefined)],
      }),
    );
    expect(set.practices.map((entry) => [entry.practiceCode, entry.basis, entry.total])).toEqual([
      ['Z90001', 'historic', 4_000_000],
      ['Z90002', 'fairShare', 15_000_000],
    ]);
    expect(set.findings).toEqual([
      {
        code: 'NO_HISTORIC_DATA_FAIR_SHARE_USED',
        outcome: 'info',
        rule: 'budget.setIndicative',
        message: 'practice Z90002 has no historic data, so its fair share is its budget',
        sources: ['dh-2006-fair-shares-toolkit'],
        path: ['practices', 1, 'historic'],
      },
    ]);
  });
});

describe('setIndicativeBudget: fair-share weights', () => {
  it('historic activity at tariff for practices that all have data needs no weights: weights of zero are not an error', () => {
    const set = setIndicativeBudget(
      request({
        financialYear: '2006/07',
        method: 'historicActivityAtTariff',
        practices: [practice('Z90001', 14_000_000, { weightedPopulation: 0 }), practice('Z90002', 10_000_000, { weightedPopulation: 0 })],
      }),
    );
    expect(set.practices.map((entry) => [entry.basis, entry.fairShareTotal, entry.total])).toEqual([
      ['historic', null, 14_000_000],
      ['historic', null, 10_000_000],
    ]);
    expect(prescribingRows(set).map((row) => row.fairShare)).toEqual([null, null]);
  });

  it('weighted capitation refuses resources on a line where every practice weighs zero, naming the rule', () => {
    const error = expectIssue(
      () =>
        setIndicativeBudget(
          request({
            method: 'weightedCapitation',
            pctResources: resources(20_000_000),
            practices: [practice('Z90001', undefined, { weightedPopulation: 0 }), practice('Z90002', undefined, { weightedPopulation: 0 })],
          }),
        ),
      'INVALID_INPUT',
      ['practices'],
      'budget.fairShare.positiveWeight',
    );
    expect(error.issues).toHaveLength(1);
  });

  it('a line with no resources may have every weight zero: each practice gets nothing on it', () => {
    const set = setIndicativeBudget(
      request({
        method: 'weightedCapitation',
        pctResources: resources(20_000_000, 0),
        practices: [
          practice('Z90001', undefined, { weightedPopulation: 0, lineWeights: [{ serviceLine: 'PRESCRIBING', weight: 1 }] }),
          practice('Z90002', undefined, { weightedPopulation: 0, lineWeights: [{ serviceLine: 'PRESCRIBING', weight: 3 }] }),
        ],
      }),
    );
    expect(set.budgets.map((budget) => budget.lines.map((line) => line.amount))).toEqual([
      [0, 0, 0, 0, 5_000_000],
      [0, 0, 0, 0, 15_000_000],
    ]);
  });

  it('a practice weighted on some lines only needs a weighted population; that is the one problem reported', () => {
    const error = pbcError(
      () =>
        setIndicativeBudget(
          request({
            method: 'weightedCapitation',
            pctResources: resources(20_000_000),
            practices: [
              practice('Z90001', undefined, { lineWeights: [{ serviceLine: 'PRESCRIBING', weight: 0 }] }),
              practice('Z90002', undefined, { weightedPopulation: 1, lineWeights: [{ serviceLine: 'PRESCRIBING', weight: 0 }] }),
            ],
          }),
        ),
      'MISSING_INPUT',
    );
    expect(error.issues.map((entry) => [entry.path, entry.rule])).toEqual([[['practices', 0, 'weightedPopulation'], 'budget.fairShare.weightNeeded']]);
    expect(error.rule).toBe('budget.fairShare.weightNeeded');
  });
});

describe('setIndicativeBudget: contingency, emergency baselines and the pace-of-change findings', () => {
  it('a contingency share held back is reported per line with its amount and share', () => {
    const policy = reform('budget.controlTotal.contingencyShare', [{ from: '2007-04-01', value: '0.02' }]);
    const set = setIndicativeBudget(request(), { policy });
    expect(set.findings.filter((entry) => entry.code === 'CONTINGENCY_HELD_BACK')).toEqual([
      {
        code: 'CONTINGENCY_HELD_BACK',
        outcome: 'info',
        rule: 'budget.controlTotal',
        message: 'PRESCRIBING: £6,000.00 held back as a contingency (share 0.02)',
        sources: ['napc-2005-budget-baseline'],
        path: ['pctResources'],
      },
    ]);
    expect(set.controlTotal.find((row) => row.serviceLine === 'PRESCRIBING')).toMatchObject({ contingency: 600_000, available: 29_400_000 });
  });

  it('a contingency share above one is refused as a policy error naming the parameter', () => {
    const policy = reform('budget.controlTotal.contingencyShare', [{ from: '2007-04-01', value: '1.5' }]);
    expectIssue(() => setIndicativeBudget(request(), { policy }), 'INVALID_POLICY', ['parameters', 'budget.controlTotal.contingencyShare'], 'budget.controlTotal.contingencyShare');
  });

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

  it('a practice within 10% of its fair share keeps its historic budget, and the finding and explanation say so', () => {
    const set = setIndicativeBudget(request());
    expect(set.findings.find((entry) => entry.code === 'WITHIN_PACE_OF_CHANGE_THRESHOLD')?.message).toBe(
      'practice Z90002 is 0.0500 from its fair share, within the threshold of 0.1: its historic budget stands',
    );
    expect(nodes(set.explanation, 'budget.paceOfChange').map((node) => node.notes)).toEqual([
      ['0.4000 from the fair share is beyond the threshold of 0.1: each line closes 0.25 of its gap'],
      ['0.0500 from the fair share is within the threshold of 0.1: the historic budget stands'],
      ['-0.4500 from the fair share is beyond the threshold of 0.1: each line closes 0.25 of its gap'],
    ]);
  });

  it('a practice with historic spend against a fair share of zero moves towards it, and the explanation says why', () => {
    const set = setIndicativeBudget(
      request({
        pctResources: resources(20_000_000),
        practices: [practice('Z90001', 5_000_000, { weightedPopulation: 0 }), practice('Z90002', 10_000_000)],
      }),
    );
    expect(set.practices.map((entry) => [entry.basis, entry.distanceFromFairShare, entry.total])).toEqual([
      ['movedTowardsFairShare', null, 3_750_000],
      ['movedTowardsFairShare', '-0.5000', 12_500_000],
    ]);
    expect(nodes(set.explanation, 'budget.paceOfChange')[0]?.notes).toEqual(['a budget against a zero fair share is beyond the threshold of 0.1: each line closes 0.25 of its gap']);
  });

  it('a practice with neither historic spend nor a fair share is at no distance from it and keeps its budget of nothing', () => {
    const set = setIndicativeBudget(
      request({
        pctResources: resources(20_000_000),
        practices: [practice('Z90001', 0, { weightedPopulation: 0 }), practice('Z90002', 20_000_000)],
      }),
    );
    expect(set.practices.map((entry) => [entry.basis, entry.distanceFromFairShare, entry.total])).toEqual([
      ['withinThreshold', null, 0],
      ['withinThreshold', '0.0000', 20_000_000],
    ]);
    expect(set.findings[0]?.message).toBe('practice Z90001 is 0 from its fair share, within the threshold of 0.1: its historic budget stands');
    expect(nodes(set.explanation, 'budget.paceOfChange')[0]?.notes).toEqual(['0 from the fair share is within the threshold of 0.1: the historic budget stands']);
  });

  it('blended budgets before 2007/08 are refused on the method, saying when the rule starts', () => {
    const error = expectIssue(() => setIndicativeBudget(request({ financialYear: '2006/07' })), 'NOT_IN_FORCE', ['method']);
    expect(error.issues[0]?.message).toBe('the pace-of-change rule (blended budgets) was not in force on 2006-04-01; it starts with the 2007/08 budgets');
  });
});

describe('setIndicativeBudget: the scope', () => {
  it('a line listed twice in the scope is refused at its position', () => {
    expectIssue(
      () => setIndicativeBudget(request({ scope: { lines: [...CORE_LINES, 'PRESCRIBING'] } })),
      'INVALID_INPUT',
      ['scope', 'lines', 5],
      'budget.scope.uniqueLines',
    );
  });

  it('a scope without a line of the mandatory core is refused on the scope', () => {
    const lines = CORE_LINES.filter((line) => line !== 'PRESCRIBING');
    const error = expectIssue(
      () => setIndicativeBudget(request({ scope: { lines }, pctResources: lines.map((serviceLine) => ({ serviceLine, amount: 0 })), practices: [practice('Z90001', undefined)] })),
      'INVALID_INPUT',
      ['scope', 'lines'],
      'budget.scope.mandatoryCore',
    );
    expect(error.issues).toHaveLength(1);
  });

  it('a line id the library does not know in a reformed mandatory list is ignored, not demanded of the scope', () => {
    const policy = reform('budget.scope.mandatoryLines', [{ from: '2005-04-01', to: '2010-03-31', value: [...CORE_LINES, 'DENTAL'] }]);
    const set = setIndicativeBudget(request({ scope: { lines: [...CORE_LINES] } }), { policy });
    expect(set.scope).toEqual([...CORE_LINES]);
    expect(resolveBudgetScope({ financialYear: '2007/08' }, { policy }).mandatory).toEqual([...CORE_LINES]);
  });

  it('options given as null by a JavaScript caller are refused at options; undefined means the baseline', () => {
    expectIssue(() => resolveBudgetScope({ financialYear: '2007/08' }, untyped(null)), 'INVALID_INPUT', ['options'], 'options');
    expect(resolveBudgetScope({ financialYear: '2007/08' }, undefined).lines).toEqual([...CORE_LINES]);
  });

  it('resolveBudgetScope notes the specialised lines included at the caller\'s request', () => {
    const scope = resolveBudgetScope({ financialYear: '2007/08', include: ['TERTIARY_SPECIALISED'] });
    expect(scope.explanation.notes[0]).toBe("included at the caller's request although excluded by default: TERTIARY_SPECIALISED");
    // A PCT that also holds mental health back unless asked: both named, in catalogue order.
    const policy = reform('budget.scope.excludedUnlessIncludedLines', [{ from: '2005-04-01', value: ['MENTAL_HEALTH', 'TERTIARY_SPECIALISED'] }]);
    const both = resolveBudgetScope({ financialYear: '2007/08', include: ['TERTIARY_SPECIALISED', 'MENTAL_HEALTH'] }, { policy });
    expect(both.excludedIncluded).toEqual(['MENTAL_HEALTH', 'TERTIARY_SPECIALISED']);
    expect(both.explanation.notes[0]).toBe("included at the caller's request although excluded by default: MENTAL_HEALTH, TERTIARY_SPECIALISED");
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

  it('a marginal rate that is neither a ratio nor null is a parameter type mismatch naming the parameter', () => {
    const policy = broken('tariff.nonElective.marginalRate', [{ from: '2005-04-01', value: true }]);
    expectIssue(() => priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'NON_ELECTIVE', count: 1, unitPrice: 1 }] }, { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'tariff.nonElective.marginalRate']);
  });
});

describe('error messages of the budgets rules', () => {
  it('list the first three problems and count the rest', () => {
    const copies = (count: number) => Array.from({ length: count }, () => practice('Z90001', 1_000));
    const four = pbcError(() => setIndicativeBudget(request({ practices: copies(5) })), 'INVALID_INPUT');
    expect(four.message).toBe(
      'invalid indicative budget request: practices.1.practiceCode: practice Z90001 appears twice; practices.2.practiceCode: practice Z90001 appears twice; practices.3.practiceCode: practice Z90001 appears twice (and 1 more)',
    );
    const three = pbcError(() => setIndicativeBudget(request({ practices: copies(4) })), 'INVALID_INPUT');
    expect(three.message).toBe(
      'invalid indicative budget request: practices.1.practiceCode: practice Z90001 appears twice; practices.2.practiceCode: practice Z90001 appears twice; practices.3.practiceCode: practice Z90001 appears twice',
    );
    expect(three.issues.map((entry) => entry.rule)).toEqual(['budget.practices.unique', 'budget.practices.unique', 'budget.practices.unique']);
  });

  it('list the first three problems of a malformed request too', () => {
    const error = pbcError(() => setIndicativeBudget(untyped({})), 'INVALID_INPUT');
    expect(error.issues).toHaveLength(5);
    expect(error.message).toMatch(/^invalid indicative budget request: pctCode: [^;]+; financialYear: [^;]+; method: [^;]+ \(and 2 more\)$/);
  });

  it('name a problem with the input as a whole as the root', () => {
    const error = pbcError(() => setIndicativeBudget(untyped(null)), 'INVALID_INPUT');
    expect(error.message).toMatch(/^invalid indicative budget request: \(root\): [^;]+$/);
  });

  it('carry the rule only when every problem breaks the same one', () => {
    const error = pbcError(
      () =>
        setIndicativeBudget(
          request({
            method: 'weightedCapitation',
            pctResources: [...resources(20_000_000), { serviceLine: 'MENTAL_HEALTH', amount: 0 }],
            practices: [practice('Z90001', undefined, {})],
          }),
        ),
      'INVALID_INPUT',
    );
    expect(error.issues.map((entry) => entry.rule)).toEqual(['budget.scope.lineOutsideScope', 'budget.fairShare.weightNeeded']);
    expect(error.rule).toBeUndefined();
  });

  it('say when a regime was in force: an open-ended span', () => {
    const error = pbcError(() => setIndicativeBudget(request({ financialYear: '2004/05' })), 'NOT_IN_FORCE');
    expect(error.issues).toEqual([{ path: ['financialYear'], message: 'no PBC indicative budgets on 2004-04-01 (in force from 2005-04-01)', rule: 'budget.indicative.inForce' }]);
  });

  it('say when a regime was in force: several spans, listed in order', () => {
    const policy = reform('fundholding.inForce', [{ from: '2001-04-01', value: true }]);
    const error = pbcError(() => fundholdingSavingsWindow({ financialYear: '2000/01', savings: 1 }, { policy }), 'NOT_IN_FORCE');
    expect(error.issues[0]?.message).toBe('no GP fundholding on 2000-04-01 (in force 1991-04-01 to 1999-03-31, from 2001-04-01)');
  });

  it('a kind of fundholding not yet in force is refused on the kind', () => {
    const error = pbcError(() => fundholdingEligibility({ date: '1995-06-01', kind: 'community', practices: [{ practiceCode: 'A81001', listSize: 3_500 }] }), 'NOT_IN_FORCE');
    expect(error.issues).toEqual([{ path: ['kind'], message: 'no community fundholding on 1995-06-01', rule: 'fundholding.minimumListSize.community' }]);
  });
});

describe('monitorBudget: the forecast explanation and where an overspend is reported', () => {
  it('at the year end the outturn is the spend, so the forecast note is not given; before it, it is', () => {
    const budget = practiceBudget('Z90001', { PRESCRIBING: 1_200_000 }, '2007/08');
    const final = monitorBudget({ budget, throughMonth: 12, spend: [{ serviceLine: 'PRESCRIBING', amount: 1_000_000, date: '2008-03-31' }] });
    expect(final.explanation.children.map((child) => child.notes)).toEqual([[]]);
    const midYear = monitorBudget({ budget, throughMonth: 6, spend: [{ serviceLine: 'PRESCRIBING', amount: 500_000, date: '2007-09-30' }] });
    expect(midYear.explanation.children.map((child) => child.notes)).toEqual([['forecast = spend to date × 12 ÷ 6, rounded half-up to the penny; the remainder is spread over months 7–12 exactly']]);
  });

  it('a line\'s projected overspend points at that line in the budget as given; the whole budget\'s at the budget', () => {
    const budget = practiceBudget('Z90001', { PRESCRIBING: 1_200_000, DAY_CASE: 600_000 }, '2007/08');
    const monitoring = monitorBudget({ budget, throughMonth: 12, spend: [{ serviceLine: 'DAY_CASE', amount: 2_000_000, date: '2008-03-31' }] });
    expect(monitoring.findings.map((entry) => [entry.code, entry.path])).toEqual([
      ['PROJECTED_OVERSPEND', ['budget', 'lines', 1]],
      ['PROJECTED_OVERSPEND', ['budget']],
    ]);
  });
});

describe('fundholdingSavingsWindow', () => {
  const holder = { kind: 'practice', practiceCode: 'A81001' } as const;

  it('the holder, when given, is carried into the result', () => {
    expect(fundholdingSavingsWindow({ financialYear: '1992/93', savings: 4_000_000, holder }).holder).toEqual(holder);
    expect('holder' in fundholdingSavingsWindow({ financialYear: '1992/93', savings: 4_000_000 })).toBe(false);
  });

  it('a transfer on the last day of the window still cuts it short by a day', () => {
    const policy = reform('fundholding.savingsTransferredOn', [{ from: '1999-04-01', value: '2000-03-31' }]);
    const window = fundholdingSavingsWindow({ financialYear: '1995/96', savings: 4_000_000 }, { policy });
    expect(window).toMatchObject({ windowEnds: '2000-03-31', transferredOn: '2000-03-31', spendBy: '2000-03-30' });
    expect(window.findings.map((entry) => entry.code)).toEqual(['SAVINGS_WINDOW_CUT_SHORT']);
  });

  it('a transfer date that is not a real date is refused naming the parameter', () => {
    const policy = broken('fundholding.savingsTransferredOn', [{ from: '1999-04-01', value: '1999-02-30' }]);
    expectIssue(() => fundholdingSavingsWindow({ financialYear: '1995/96', savings: 4_000_000 }, { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'fundholding.savingsTransferredOn']);
  });

  it('a share of savings kept above one is refused as a policy error naming the parameter', () => {
    const policy = reform('budget.realBudget.holderSavingsShare', [{ from: '1991-04-01', to: '1999-03-31', value: '1.5' }]);
    expectIssue(() => fundholdingSavingsWindow({ financialYear: '1992/93', savings: 4_000_000 }, { policy }), 'INVALID_POLICY', ['parameters', 'budget.realBudget.holderSavingsShare'], 'budget.realBudget.holderSavingsShare');
  });
});

describe('rollUpGroupBudget', () => {
  const group = { kind: 'group' as const, groupId: 'north', memberPracticeCodes: ['A81001', 'A81002'] };

  it('real (fundholding) budgets roll up in a year before PBC indicative budgets', () => {
    const rollUp = rollUpGroupBudget({
      group,
      budgets: [practiceBudget('A81001', { PRESCRIBING: 1_000 }, '1996/97', 'real'), practiceBudget('A81002', { PRESCRIBING: 2_000 }, '1996/97', 'real')],
    });
    expect(rollUp.budget.lines).toEqual([{ serviceLine: 'PRESCRIBING', amount: 3_000 }]);
  });

  it('a member budget held by a group is refused at its holder', () => {
    const error = expectIssue(
      () =>
        rollUpGroupBudget({
          group,
          budgets: [
            practiceBudget('A81001', { PRESCRIBING: 1_000 }),
            practiceBudget('A81002', { PRESCRIBING: 1_000 }),
            { holder: group, financialYear: '2008/09', kind: 'indicative', lines: [{ serviceLine: 'PRESCRIBING', amount: 1 }] },
          ],
        }),
      'INVALID_INPUT',
      ['budgets', 2, 'holder', 'kind'],
      'budget.group.memberBudget',
    );
    expect(error.issues).toHaveLength(1);
  });
});
