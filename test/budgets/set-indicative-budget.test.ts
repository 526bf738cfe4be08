/**
 * The specification of `src/budgets/set-indicative-budget.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { monitorBudget, type PracticeBudgetInput, resolveBudgetScope, setIndicativeBudget } from '../../src/index.js';
import { CORE_LINES, practice, prescribingRows, request, resources, untyped } from './helpers.js';
import { expectIssue, pbcError, resultOrError } from '../support/errors.js';
import { setIndicativeBudgetOnParsed } from '../../src/budgets/set-indicative-budget.js';
import { baselinePolicy } from '../../src/policy/index.js';
import type { SetIndicativeBudgetInput } from '../../src/index.js';

describe("setIndicativeBudget: the method decides each practice's basis", () => {
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

describe('setIndicativeBudget: options', () => {

  it('options given as null by a JavaScript caller are refused at options; undefined means the baseline', () => {
    expectIssue(() => resolveBudgetScope({ financialYear: '2007/08' }, untyped(null)), 'INVALID_INPUT', ['options'], 'options');
    expect(resolveBudgetScope({ financialYear: '2007/08' }, undefined).lines).toEqual([...CORE_LINES]);
  });
});

describe('setIndicativeBudget: what its errors name', () => {
  it('a practice listed more than once is refused at each repeat, under budget.practices.unique', () => {
    const copies = (count: number) => Array.from({ length: count }, () => practice('Z90001', 1_000));
    const four = pbcError(() => setIndicativeBudget(request({ practices: copies(5) })), 'INVALID_INPUT');
    expect(four.issues.map((entry) => entry.path.join('.'))).toEqual(['practices.1.practiceCode', 'practices.2.practiceCode', 'practices.3.practiceCode', 'practices.4.practiceCode']);
    const three = pbcError(() => setIndicativeBudget(request({ practices: copies(4) })), 'INVALID_INPUT');
    expect(three.issues.map((entry) => entry.rule)).toEqual(['budget.practices.unique', 'budget.practices.unique', 'budget.practices.unique']);
  });

  it('a request missing every field reports each problem, not only the first', () => {
    const error = pbcError(() => setIndicativeBudget(untyped({})), 'INVALID_INPUT');
    expect(error.issues).toHaveLength(5);
  });

  it('an error carries a rule only when every problem breaks the same one', () => {
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

  it('a year before PBC indicative budgets is refused, saying from when they are in force', () => {
    const error = pbcError(() => setIndicativeBudget(request({ financialYear: '2004/05' })), 'NOT_IN_FORCE');
    expect(error.issues).toEqual([{ path: ['financialYear'], message: 'no PBC indicative budgets on 2004-04-01 (in force from 2005-04-01)', rule: 'budget.indicative.inForce' }]);
  });
});

describe('setIndicativeBudget: input that is not an object', () => {

  it('input that is not an object at all is refused at the root', () => {
    expectIssue(() => setIndicativeBudget(untyped(null)), 'INVALID_INPUT', []);
  });
});

describe('setIndicativeBudget', () => {

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
    expectIssue(() => setIndicativeBudget(request({ practices: [practice('Z90001', 1), practice('Z90001', 2)] })), 'INVALID_INPUT', ['practices', 1, 'practiceCode'], 'budget.practices.unique');
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
});

describe('setIndicativeBudgetOnParsed (whole-area evaluation): the same budgets as setIndicativeBudget, or the same error', () => {
  const agree = (input: SetIndicativeBudgetInput) => {
    // The parts as the area's schema gives them: the request's own schema parse, minus nothing the area checks.
    const onParsed = resultOrError(() => setIndicativeBudgetOnParsed(input as never, baselinePolicy));
    expect(onParsed).toEqual(resultOrError(() => setIndicativeBudget(input, { policy: baselinePolicy })));
    return onParsed;
  };

  it('sets the public budgets for a plain request', () => {
    expect(agree(request())).toMatchObject({ practices: [{ practiceCode: 'Z90001' }, { practiceCode: 'Z90002' }, { practiceCode: 'Z90003' }] });
  });

  it('raises the public error for no practices, a practice twice, a line twice in the resources or in a practice’s line weights', () => {
    expect(agree(request({ practices: [] }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(agree(request({ practices: [practice('Z90001', 1), practice('Z90001', 2)] }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(agree(request({ pctResources: [...resources(30_000_000), { serviceLine: 'PRESCRIBING', amount: 1 }] }))).toMatchObject({ code: 'INVALID_INPUT' });
    const weights = [{ serviceLine: 'PRESCRIBING' as const, weight: 1 }, { serviceLine: 'PRESCRIBING' as const, weight: 2 }];
    expect(agree(request({ practices: [practice('Z90001', 1, { weightedPopulation: 1, lineWeights: weights })] }))).toMatchObject({ issues: [expect.objectContaining({ rule: 'budget.fairShare.uniqueLineWeights' })] });
  });
});
