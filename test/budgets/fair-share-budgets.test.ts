/**
 * The specification of `src/budgets/fair-share-budgets.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { setIndicativeBudget } from '../../src/index.js';
import { CORE_LINES, practice, prescribing, prescribingRows, request, resources } from './helpers.js';
import { expectIssue, pbcError } from '../support/errors.js';

describe('fair shares: the weights', () => {
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

describe('fair shares by weighted capitation', () => {

  it('historic method: a practice without historic data gets its fair share (weighted capitation only where no historic data exist)', () => {
    const set = setIndicativeBudget(request({ method: 'historicActivityAtTariff', practices: [practice('Z90001', 14_000_000, { weightedPopulation: 2 }), practice('Z90002', undefined, { weightedPopulation: 1 })] }));
    expect(set.practices.map((practice) => [practice.basis, practice.historicTotal, practice.fairShareTotal, practice.total])).toEqual([
      ['historic', 14_000_000, 20_000_000, 14_000_000],
      ['fairShare', null, 10_000_000, 10_000_000],
    ]);
    expect(set.findings.map((entry) => entry.code)).toEqual(['METHOD_DIFFERS_FROM_GUIDANCE', 'NO_HISTORIC_DATA_FAIR_SHARE_USED']);
  });

  it('blended: a practice without historic data gets its fair share too', () => {
    const set = setIndicativeBudget(request({ pctResources: resources(20_000_000), practices: [practice('Z90001', 14_000_000), practice('Z90002', undefined)] }));
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

  it('needs a weighted population whenever a fair share is needed, and a positive weight for a line with resources', () => {
    expectIssue(() => setIndicativeBudget(request({ practices: [{ practiceCode: 'Z90001', historic: {} }] })), 'MISSING_INPUT', ['practices', 0, 'weightedPopulation'], 'budget.fairShare.weightNeeded');
    expectIssue(() => setIndicativeBudget(request({ practices: [practice('Z90001', 5, { weightedPopulation: 0 })] })), 'INVALID_INPUT', ['practices'], 'budget.fairShare.positiveWeight');
    // The historic method needs no weights when every practice has historic data.
    expect(setIndicativeBudget(request({ method: 'historicActivityAtTariff', practices: [{ practiceCode: 'Z90001', historic: {} }] })).practices[0]?.total).toBe(0);
    // Per-line weights for every line in scope make the weighted population unnecessary.
    const allLines = CORE_LINES.map((serviceLine) => ({ serviceLine, weight: 1 }));
    expect(setIndicativeBudget(request({ practices: [{ practiceCode: 'Z90001', lineWeights: allLines }] })).practices[0]?.basis).toBe('fairShare');
  });
});
