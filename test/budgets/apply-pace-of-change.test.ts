/**
 * The specification of `src/budgets/apply-pace-of-change.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { type Explanation, renderExplanation, setIndicativeBudget } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { CORE_LINES, expectWellFormed, practice, prescribing, request, resources, rulesOf, withValues } from './helpers.js';
import { expectIssue } from '../support/errors.js';
import { pence } from '../../src/core/index.js';
import fc from 'fast-check';

/** Every node of an explanation tree with the given rule id. */
function nodes(explanation: Explanation, rule: string): Explanation[] {
  return [...(explanation.rule === rule ? [explanation] : []), ...explanation.children.flatMap((child) => nodes(child, rule))];
}

describe('the pace of change: findings and explanation', () => {

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

describe('the pace of change under a malformed policy', () => {

  it('a wrongly typed threshold is an invalid policy naming the parameter', () => {
    const policy = withValues('budget.paceOfChange.threshold', [{ from: '2007-04-01', value: 10, sources: ['dh-2006-fair-shares-toolkit'], confidence: 'unconfirmed' }]);
    expectIssue(
      () => setIndicativeBudget({ pctCode: '5ZZ', financialYear: '2007/08', method: 'blended', pctResources: CORE_LINES.map((serviceLine) => ({ serviceLine, amount: 0 })), practices: [{ practiceCode: 'Z90001', weightedPopulation: 1 }] }, { policy }),
      'INVALID_POLICY',
      ['policy', 'parameters', 'budget.paceOfChange.threshold'],
    );
  });
});

describe('the pace of change towards fair shares (DH fair-shares toolkit)', () => {
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
    const at = setIndicativeBudget(request({ pctResources: resources(20_000_000), practices: [practice('Z90001', 11_000_000), practice('Z90002', 9_000_000)] }));
    expect(at.practices.map((practice) => practice.basis)).toEqual(['withinThreshold', 'withinThreshold']);
    const over = setIndicativeBudget(request({ pctResources: resources(20_000_000), practices: [practice('Z90001', 11_000_001), practice('Z90002', 8_999_999)] }));
    expect(over.practices.map((practice) => practice.basis)).toEqual(['movedTowardsFairShare', 'movedTowardsFairShare']);
  });

  it('blended starts with 2007/08: NOT_IN_FORCE for 2006/07 (the day before), allowed for 2007/08', () => {
    expectIssue(() => setIndicativeBudget(request({ financialYear: '2006/07' })), 'NOT_IN_FORCE', ['method'], 'budget.paceOfChange');
    expect(setIndicativeBudget(request({ financialYear: '2007/08' })).method).toBe('blended');
  });

  it('a zero fair share: a practice with historic spend is beyond any threshold; one with none stays', () => {
    const set = setIndicativeBudget(request({ practices: [practice('Z90001', 1_000, { weightedPopulation: 1 }), practice('Z90002', 0, { weightedPopulation: 0 }), practice('Z90003', 50, { weightedPopulation: 0 })] }));
    expect(set.practices.map((practice) => [practice.basis, practice.distanceFromFairShare])).toEqual([
      ['movedTowardsFairShare', '-1.0000'],
      ['withinThreshold', null],
      ['movedTowardsFairShare', null],
    ]);
    expect(set.findings[2]?.message).toContain('infinitely far');
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

  it('property: a blended line always lies between its historic figure and its fair share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (historic, other) => {
        const pot = pence(historic + other);
        const set = setIndicativeBudget(request({ pctResources: resources(pot), practices: [practice('Z90001', historic), practice('Z90002', other)] }));
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
