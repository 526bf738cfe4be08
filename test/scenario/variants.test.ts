import { describe, expect, it } from 'vitest';
import { compareScenarios, diffExplanations, evaluateArea, freedUpResources, type EvaluateAreaInput } from '../../src/index.js';
import { applyReform, type ParameterValue, type Reform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { pctResources, sampleArea, twelve } from './fixtures.js';
import { expectIssue, pbcError } from '../support/errors.js';

const asOf = '2008-06-30';
const reformOf = (id: string, parameters: Reform['parameters'], extra: Partial<Reform> = {}): Reform => ({ id, label: id, parameters, ...extra });
const value = (from: string, v: ParameterValue) => [{ from, value: v, sources: ['kf-2008-report'], confidence: 'unconfirmed' as const }];
const policyWith = (reform: Reform) => applyReform(baselinePolicy, reform);
const row = (area: EvaluateAreaInput, reform: Reform, code: string) => evaluateArea(area, { policy: policyWith(reform), asOf, explanations: false }).yearEnd.find((entry) => entry.practiceCode === code)!;

describe('evaluateArea: a bare area, and the optional inputs', () => {
  it('evaluates an area with no id, SHAs, groups, cases or readiness', () => {
    const full = sampleArea();
    const bare: EvaluateAreaInput = {
      financialYear: '2007/08',
      pcts: [{ code: '5ZZ', shaCode: 'Q99', budgetSetting: { method: 'weightedCapitation', pctResources } }],
      practices: full.practices.map(({ localIncentive: _local, name: _name, ...practice }) => practice),
    };
    const result = evaluateArea(bare, { asOf });
    expect(result.areaId).toBeNull();
    expect(result.groups).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(result.readiness).toEqual([]);
    expect(result.incentives).toEqual([]);
    expect(result.totals).toMatchObject({ shas: 1, groups: 0, businessCases: 0, budget: 150_000_000, practiceKeeps: 840_000 });
  });

  it('passes a scope, line weights, local conflict values, readiness weights and unnamed groups through to the areas', () => {
    const area = sampleArea();
    const pct = area.pcts[0]!;
    pct.budgetSetting = { method: 'weightedCapitation', scope: { lines: ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING'] }, pctResources };
    pct.conflictsLocalPolicy = { nonExecutiveChairRequired: true };
    pct.readiness = [{ ...pct.readiness![0]!, weights: { 'AC07.F5_SHARED_OWNERSHIP': 0 } }];
    // Prescribing shared 3:1 by a prescribing weight instead of 60:40 by weighted list.
    area.practices[0]!.lineWeights = [{ serviceLine: 'PRESCRIBING', weight: 3 }];
    area.practices[1]!.lineWeights = [{ serviceLine: 'PRESCRIBING', weight: 1 }];
    area.groups = [{ id: 'vale-north', pctCode: '5ZZ', memberPracticeCodes: ['Z90001', 'Z90002'] }];
    const result = evaluateArea(area, { asOf, explanations: false });
    expect(result.budgets.filter((entry) => entry.serviceLine === 'PRESCRIBING').map((entry) => entry.budget)).toEqual([75_000_000, 25_000_000]);
    expect(result.groups[0]).toMatchObject({ groupId: 'vale-north', name: null });
    // With the fifth factor left out, four of four are in place.
    expect(result.readiness[0]).toMatchObject({ rating: 'all_in_place', ready: true });
    expect(result.conflicts.find((entry) => entry.rule === 'conflicts.pctDecides')?.message).toBeDefined();
  });
});

describe('evaluateArea: the year end under other policies', () => {
  it('every core line real: no freed-up resources; the practice keeps and bears everything', () => {
    const reform = reformOf('all-real', { 'budget.realBudget.lines': value('2007-04-01', ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING']) });
    // Z90001: elective £12,000 over and prescribing £24,000 under, netted in one real pool: £12,000 under, all kept.
    expect(row(sampleArea(), reform, 'Z90001')).toMatchObject({
      indicativeBudget: 0,
      realBudget: 90_000_000,
      furPracticeShare: 0,
      practiceShareRatio: null,
      releaseStatus: null,
      rightToBudget: null,
      overspendBorneBy: null,
      realHolderKeeps: 1_200_000,
      practiceKeeps: 1_200_000,
    });
  });

  it('when the PCT does not carry the risk of an indicative overspend, the practice bears it', () => {
    const area = sampleArea();
    // Z90002: £600,000 budget; £51,000 a month of prescribing and nothing else.
    area.practices[1]!.spend = [{ serviceLine: 'PRESCRIBING', months: twelve(5_100_000) }];
    const reform = reformOf('practice-risk', { 'budget.indicative.pctCarriesOverspendRisk': value('2007-04-01', false) });
    // £612,000 against £600,000: £12,000 over, borne by the practice.
    expect(row(area, reform, 'Z90002')).toMatchObject({ overspendBorneBy: 'practice', practiceBears: 1_200_000, pctBears: 0 });
  });

  it('when a real-budget holder does not bear its overspend, the PCT does', () => {
    const reform = reformOf('pct-backs-real', {
      'budget.realBudget.lines': value('2007-04-01', ['ELECTIVE_INPATIENT']),
      'budget.realBudget.holderBearsOverspend': value('2007-04-01', false),
    });
    // Z90001's elective line is £12,000 over.
    expect(row(sampleArea(), reform, 'Z90001')).toMatchObject({ realHolderBears: 0, realPctBears: 1_200_000, pctBears: 1_200_000, practiceBears: 0 });
  });

  it("a PCT's 10% contingency lowers every budget, and the comparison says why", () => {
    const reform = reformOf('contingency', { 'budget.controlTotal.contingencyShare': value('2007-04-01', '0.1') });
    const comparison = compareScenarios(sampleArea(), { reform: reform, asOf });
    // £900,000 for Z90001 less 10%: £810,000.
    const budget = comparison.practices.find((entry) => entry.practiceCode === 'Z90001' && entry.measure === 'budget');
    expect(budget).toMatchObject({ before: 90_000_000, after: 81_000_000, difference: -9_000_000 });
    expect(budget?.causes.map((cause) => [cause.id, cause.before, cause.after])).toEqual([['budget.controlTotal.contingencyShare', null, '0.1']]);
  });
});

describe('compareScenarios: policies that differ in what they hold', () => {
  it('a rule version only the baseline chooses', () => {
    const versioned = applyReform(baselinePolicy, { id: 'v2', label: 'Version 2 of the share rule', ruleVersions: { 'fur.share': '2' } });
    const comparison = compareScenarios(sampleArea(), { policy: versioned, reform: baselinePolicy, asOf });
    expect(comparison.changedRuleVersions).toEqual([{ rule: 'fur.share', before: '2', after: null }]);
    expect(comparison.changes).toEqual([]);
  });

  it('a parameter only one policy holds', () => {
    const extra = {
      ...baselinePolicy,
      id: 'with-extra',
      parameters: { ...baselinePolicy.parameters, 'local.extra': { id: 'local.extra', label: 'An extra figure', unit: 'count' as const, values: value('2007-04-01', 3) } },
      sources: baselinePolicy.sources,
    };
    const comparison = compareScenarios(sampleArea(), { reform: extra, asOf });
    expect(comparison.changedParameters).toEqual([expect.objectContaining({ id: 'local.extra', before: null, after: [expect.objectContaining({ value: 3 })] })]);
    expect(comparison.changes).toEqual([]);
  });

  it('a parameter read on one side only, absent from the other policy', () => {
    const tree = freedUpResources({ outcome: { financialYear: '2008/09', budget: 100, outturn: 90 } }).explanation;
    const bare = { id: 'bare', label: 'Bare', sources: {}, parameters: {}, ruleVersions: {}, reforms: [] };
    expect(diffExplanations(tree, undefined, { after: bare, parameters: ['fur.practiceShare'] })).toEqual([expect.objectContaining({ before: '0.7', after: null, afterFrom: null, readIn: 'before' })]);
  });
});

describe('evaluateArea: errors from the policy and from the arithmetic', () => {
  it('a real-budget list that is not a list, or names two things that are not lines', () => {
    pbcError(() => evaluateArea(sampleArea(), { policy: policyWith(reformOf('null-lines', { 'budget.realBudget.lines': value('2007-04-01', null) })), asOf }), 'PARAMETER_TYPE_MISMATCH');
    const error = pbcError(() => evaluateArea(sampleArea(), { policy: policyWith(reformOf('odd', { 'budget.realBudget.lines': value('2007-04-01', ['DENTISTRY', 'OPTICS']) })), asOf }), 'INVALID_POLICY');
    expect(error.message).toContain('are not service lines');
  });

  it('PBC budgets withdrawn by a reform: NOT_IN_FORCE at the financial year', () => {
    const reform = reformOf('no-pbc', { 'budget.indicative.inForce': value('2007-04-01', false) });
    expectIssue(() => evaluateArea(sampleArea(), { policy: policyWith(reform), asOf }), 'NOT_IN_FORCE', ['financialYear'], 'budget.indicative.inForce');
  });

  it('an error about the policy keeps its path in the policy', () => {
    const reform = reformOf('too-much', { 'fur.practiceShare': value('2007-04-01', '1.5') });
    const error = pbcError(() => evaluateArea(sampleArea(), { policy: policyWith(reform), asOf }), 'INVALID_POLICY');
    expect(error.issues[0]?.path).toEqual(['parameters', 'fur.practiceShare']);
  });

  it('every practice weighted zero: the fair share cannot be worked out', () => {
    const area = sampleArea();
    for (const practice of area.practices) practice.weightedList = 0;
    expectIssue(() => evaluateArea(area, { asOf }), 'INVALID_INPUT', ['practices'], 'budget.fairShare.positiveWeight');
  });

  it('spend too large to add up exactly is an error, never a wrong figure', () => {
    const area = sampleArea();
    area.practices[0]!.spend = [{ serviceLine: 'PRESCRIBING', months: twelve(4_000_000_000_000_000) }];
    const error = pbcError(() => evaluateArea(area, { asOf }), 'UNSAFE_INTEGER');
    expect(error.issues[0]?.path.slice(0, 2)).toEqual(['practices', 0]);
  });

  it('lists the first three problems in the message and counts the rest', () => {
    const area = sampleArea();
    for (const practice of area.practices) {
      practice.pctCode = '5YY';
      practice.listSize = -1;
    }
    const error = pbcError(() => evaluateArea(area, { asOf }), 'INVALID_INPUT');
    expect(error.message).toMatch(/\(and \d+ more\)/);
    expect(pbcError(() => evaluateArea(42 as never, { asOf }), 'INVALID_INPUT').message).toContain('(root)');
  });
});

describe('compareScenarios: reforms of the other areas reach their records', () => {
  it('a national tender threshold of £100,000 turns a documented direct award of £120,000 into a breach (conflicts.procurementRoute)', () => {
    const area = sampleArea();
    const entry = area.businessCases![0]!;
    entry.businessCase = { ...entry.businessCase, procurementRoute: 'direct_award', singleProviderSought: true, valueForMoneyDocumented: true };
    const reform = reformOf('tender-100k', { 'conflicts.procurement.tenderThreshold': [{ from: '2006-11-01', value: 10_000_000, sources: ['kf-2008-report'], confidence: 'unconfirmed' }] });
    const comparison = compareScenarios(area, { reform: reform, asOf });
    const change = comparison.changes.find((entry) => entry.topic === 'conflicts');
    expect(change).toMatchObject({ recordKey: 'BC-5ZZ-2007-001/conflicts.procurementRoute/case/BC-5ZZ-2007-001', measure: 'outcome', before: 'compliant', after: 'breach', practiceCode: null });
    expect(change?.causes.map((cause) => [cause.id, cause.before, cause.after])).toEqual([['conflicts.procurement.tenderThreshold', null, 10_000_000]]);
    expect(comparison.totals.find((total) => total.measure === 'conflictsBreaches')).toMatchObject({ before: 0, after: 1 });
  });
});
