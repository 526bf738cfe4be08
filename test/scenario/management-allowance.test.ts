import { describe, expect, it } from 'vitest';
import { compareScenarios, evaluateArea, explanationOf, managementAllowance, type EvaluateAreaInput, type ScenarioAreaEvaluation } from '../../src/index.js';
import { generateArea } from '../../src/testing/index.js';
import { rulesOf } from './helpers.js';
import { expectIssue } from '../support/errors.js';

type Local = NonNullable<EvaluateAreaInput['pcts'][number]['managementAllowance']>;

/** One generated PCT (5C4, five groups of practices) for a year, with the PCT's own allowance if given. */
function area(financialYear: string, local?: Local): EvaluateAreaInput {
  const generated = generateArea({ seed: 3, scope: { pct: '5C4' }, financialYear });
  return local === undefined ? generated : { ...generated, pcts: generated.pcts.map((pct) => ({ ...pct, managementAllowance: local })) };
}

/** A group's registered patients, from the area's input: its members' list sizes. */
function patientsOf(input: EvaluateAreaInput, groupId: string): number {
  const members = new Set(input.groups!.find((group) => group.id === groupId)!.memberPracticeCodes);
  return input.practices.filter((practice) => members.has(practice.code)).reduce((sum, practice) => sum + practice.listSize, 0);
}

/** Its members' freed-up resources, from the year-end table. */
function furOf(result: ScenarioAreaEvaluation, groupId: string): number {
  return result.yearEnd.filter((row) => row.groupId === groupId).reduce((sum, row) => sum + row.furPracticeShare, 0);
}

// After the year, so the year end rests on the outturn.
const evaluate = (input: EvaluateAreaInput, asOf: string, explanations = false) => evaluateArea(input, { asOf, explanations });

describe('evaluateArea: each PBC group\'s management allowance, rule budget.managementAllowance (issue 17)', () => {
  const input = area('2009/10');
  const result = evaluate(input, '2010-06-30', true);

  it('in 2009/10, without a figure of the PCT\'s own, each group gets the default of 200p (£2) per registered patient, beside its budget and freed-up resources', () => {
    expect(result.groups.length).toBe(5);
    for (const group of result.groups) {
      const patients = patientsOf(input, group.groupId);
      expect(group.listSize).toBe(patients);
      // budget.managementAllowance.perHead is 200 pence from 1 July 2008 (unconfirmed).
      expect(group.managementAllowance).toBe(patients * 200);
      expect(group.managementAllowanceBasis).toBe('national_default_per_head');
      expect(group.freedUpResources).toBe(furOf(result, group.groupId));
      // The rule alone, for the same input, gives the same figure and the same findings.
      const alone = managementAllowance({ groupId: group.groupId, financialYear: '2009/10', registeredPatients: patients, budget: group.budget, freedUpResources: group.freedUpResources });
      expect(group.managementAllowance).toBe(alone.allowance);
      const placed = result.findings.filter((finding) => finding.subject.kind === 'group' && finding.subject.id === group.groupId);
      expect(placed.map((finding) => [finding.code, finding.outcome, finding.message])).toEqual(alone.findings.map((finding) => [finding.code, finding.outcome, finding.message]));
      expect(placed.every((finding) => finding.explanationKey === group.explanationKey && finding.pctCode === '5C4' && finding.rule === 'budget.managementAllowance')).toBe(true);
    }
    // The default is unconfirmed: a warning per group, counted in the PCT's row.
    expect(result.findings.filter((finding) => finding.code === 'MANAGEMENT_ALLOWANCE_DEFAULT').length).toBe(5);
  });

  it("explains the allowance inside the group's explanation", () => {
    const group = result.groups[0]!;
    const explanation = explanationOf(result, group.explanationKey);
    expect(rulesOf(explanation)).toContain('budget.managementAllowance');
    expect(explanation.output).toMatchObject({ managementAllowance: group.managementAllowance });
  });

  it('before DH expected an allowance (2007/08, and 2008/09, whose first day is before July 2008) there is none', () => {
    for (const [year, asOf] of [['2007/08', '2008-06-30'], ['2008/09', '2009-06-30']] as const) {
      const earlier = evaluate(area(year), asOf);
      expect(earlier.groups.map((group) => [group.managementAllowance, group.managementAllowanceBasis])).toEqual(earlier.groups.map(() => [null, 'none']));
      const code = year === '2007/08' ? 'NO_MANAGEMENT_ALLOWANCE_EXPECTED' : 'MANAGEMENT_ALLOWANCE_EXPECTED_MID_YEAR';
      expect(earlier.findings.filter((finding) => finding.subject.kind === 'group').map((finding) => finding.code)).toEqual(earlier.groups.map(() => code));
    }
  });

  it("the PCT's own figure, per group or per head, overrides the default, in any year; the area's totals stay the same to the penny", () => {
    const perGroup = evaluate(area('2009/10', { perGroup: 2_500_000 }), '2010-06-30');
    expect(perGroup.groups.map((group) => [group.managementAllowance, group.managementAllowanceBasis])).toEqual(perGroup.groups.map(() => [2_500_000, 'local_per_group']));
    expect(perGroup.findings.some((finding) => finding.code === 'MANAGEMENT_ALLOWANCE_DEFAULT')).toBe(false);
    const perHead = evaluate(area('2007/08', { perHead: 150 }), '2008-06-30');
    expect(perHead.groups.map((group) => group.managementAllowance)).toEqual(perHead.groups.map((group) => patientsOf(area('2007/08'), group.groupId) * 150));
    expect(perHead.totals).toEqual(evaluate(area('2007/08'), '2008-06-30').totals);
    expect(perGroup.totals).toEqual(evaluate(input, '2010-06-30').totals);
    expect(perGroup.practices).toEqual(result.practices);
  });

  it('compareScenarios shows each group\'s allowance under a reformed default (£5 per head, the alternative in its note), and no total moves', () => {
    const reform = {
      id: 'five-pounds-a-head',
      label: 'A management allowance of £5 per head',
      parameters: { 'budget.managementAllowance.perHead': [{ from: '2008-07-01', to: '2013-03-31', value: 500, sources: ['hsj-2005-02-north-bradford'], confidence: 'unconfirmed' as const }] },
    };
    const comparison = compareScenarios(input, { reform, asOf: '2010-06-30' });
    const changed = comparison.changes.filter((change) => change.topic === 'groups');
    expect(changed.map((change) => [change.recordKey, change.measure, change.before, change.after])).toEqual(
      result.groups.map((group) => [group.groupId, 'managementAllowance', patientsOf(input, group.groupId) * 200, patientsOf(input, group.groupId) * 500]),
    );
    expect(comparison.totals.every((row) => row.difference === 0)).toBe(true);
  });

  it('refuses a PCT figure given both per head and per group, at its path', () => {
    expectIssue(() => evaluate(area('2009/10', { perHead: 150, perGroup: 2_500_000 }), '2010-06-30'), 'CONFLICTING_INPUT', ['pcts', 0, 'managementAllowance', 'perGroup'], 'budget.managementAllowance');
    expectIssue(() => evaluate(area('2009/10', { perHead: -1 }), '2010-06-30'), 'INVALID_INPUT', ['pcts', 0, 'managementAllowance', 'perHead']);
  });
});
