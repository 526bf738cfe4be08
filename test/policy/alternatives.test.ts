// Alternatives, first class (issue 16): a dated value may carry other values the sources support;
// the policy checks them as it checks values, a reform picks one by id or index, and an explanation
// marks a figure that rests on an unconfirmed or disputed reading.
import { describe, expect, it } from 'vitest';
import { applyReform, baselinePolicy, buildPolicy, parameterAt, validatePolicy, type Parameter, type Policy } from '../../src/policy/index.js';
import { EXPLANATION_LEGEND, explain, renderExplanation } from '../../src/core/index.js';
import { readExplanationTree } from '../../src/core/explanation.js';
import { expectIssue, pbcError } from '../support/errors.js';

const sources = [
  { id: 'a', title: 'Source A', publisher: 'A', date: '2005', weight: 'primary' as const },
  { id: 'b', title: 'Source B', publisher: 'B', date: '2005', weight: 'secondary' as const },
];

function rate(alternatives: unknown): Parameter {
  return {
    id: 'x.rate',
    label: 'A rate',
    unit: 'ratio',
    values: [
      { from: '2005-04-01', to: '2006-03-31', value: '0.5', sources: ['a'], confidence: 'derived', alternatives } as Parameter['values'][number],
      { from: '2006-04-01', value: '0.25', sources: ['a'], confidence: 'unconfirmed', alternatives: [{ id: 'low', value: '0.125', sources: ['b'], confidence: 'unconfirmed' }, { id: 'high', value: '0.5', sources: ['b'], confidence: 'unconfirmed' }] },
    ],
  };
}

function policyWith(alternatives: unknown): Policy {
  // Not built: validatePolicy is asked about it directly.
  return { id: 'p', label: 'P', sources: Object.fromEntries(sources.map((source) => [source.id, source])), parameters: { 'x.rate': rate(alternatives) }, ruleVersions: {}, reforms: [] };
}

describe('validatePolicy checks alternatives as it checks values', () => {
  it('accepts cited, distinct alternatives of the right type', () => {
    expect(validatePolicy(policyWith([{ id: 'all', value: '1', sources: ['b'], confidence: 'derived' }]))).toEqual({ ok: true, findings: [] });
    expect(validatePolicy(baselinePolicy).ok).toBe(true);
  });

  it('reports a wrong type, an unknown source, a repeat of the value or of another alternative, and an id used twice, each with its path and rule', () => {
    const { findings } = validatePolicy(
      policyWith([
        { id: 'n', value: 7, sources: ['b'], confidence: 'derived' },
        { id: 'ghost', value: '0.9', sources: ['nowhere'], confidence: 'derived' },
        { value: '0.5', sources: ['b'], confidence: 'derived' },
        { id: 'n', value: '0.8', sources: ['b'], confidence: 'derived' },
        { value: '0.8', sources: ['b'], confidence: 'derived' },
      ]),
    );
    const at = (index: number, field: string): (string | number)[] => ['parameters', 'x.rate', 'values', 0, 'alternatives', index, field];
    expect(findings.map((finding) => [finding.code, finding.rule, finding.path])).toEqual([
      ['UNIT_MISMATCH', 'policy.alternativeUnit', at(0, 'value')],
      ['UNKNOWN_SOURCE', 'policy.alternativeSource', at(1, 'sources')],
      ['DUPLICATE_ALTERNATIVE', 'policy.alternativeDistinct', at(2, 'value')],
      ['DUPLICATE_ALTERNATIVE', 'policy.alternativeUniqueId', at(3, 'id')],
      ['DUPLICATE_ALTERNATIVE', 'policy.alternativeDistinct', at(4, 'value')],
    ]);
    expect(findings.every((finding) => finding.parameterId === 'x.rate')).toBe(true);
  });

  it('refuses an alternative without a source, and an empty list, as malformed', () => {
    const uncited = validatePolicy(policyWith([{ value: '1', sources: [], confidence: 'derived' }]));
    expect(uncited.findings[0]?.code).toBe('SCHEMA');
    expect(uncited.findings[0]?.path).toEqual(['parameters', 'x.rate', 'values', 0, 'alternatives', 0, 'sources']);
    expect(validatePolicy(policyWith([])).findings[0]?.path).toEqual(['parameters', 'x.rate', 'values', 0, 'alternatives']);
  });

  it('buildPolicy raises a typed INVALID_POLICY naming the alternative and the rule', () => {
    expectIssue(
      () => buildPolicy({ id: 'p', label: 'P', sources, parameters: [rate([{ value: '0.5', sources: ['b'], confidence: 'derived' }])] }),
      'INVALID_POLICY',
      ['parameters', 'x.rate', 'values', 0, 'alternatives', 0, 'value'],
      'policy.alternativeDistinct',
    );
  });
});

describe('a reform picks an alternative by id or index, without restating it', () => {
  const policy = buildPolicy({ id: 'p', label: 'P', sources, parameters: [rate([{ id: 'all', value: '1', sources: ['b'], confidence: 'derived', note: 'B says all' }])] });

  it('by id: the alternative over the value’s own dates, with its sources, and the value kept as an alternative', () => {
    const reformed = applyReform(policy, { id: 'r', label: 'R', parameters: { 'x.rate': [{ from: '2005-04-01', alternative: 'all' }] } });
    const reading = parameterAt(reformed, 'x.rate', '2005-10-01');
    expect(reading).toMatchObject({ value: '1', from: '2005-04-01', to: '2006-03-31', sources: ['b'], confidence: 'derived', note: 'B says all' });
    expect(reading.alternatives).toEqual([{ value: '0.5', sources: ['a'], confidence: 'derived' }]);
    expect(parameterAt(reformed, 'x.rate', '2006-04-01').value).toBe('0.25');
    expect(validatePolicy(reformed).ok).toBe(true);
    // The policy given is untouched.
    expect(parameterAt(policy, 'x.rate', '2005-10-01').value).toBe('0.5');
  });

  it('by index, over dates of its own, keeping the other alternatives', () => {
    const reformed = applyReform(policy, { id: 'r', label: 'R', parameters: { 'x.rate': [{ from: '2007-04-01', to: '2008-03-31', alternative: 1, note: 'upper bound' }] } });
    expect(parameterAt(reformed, 'x.rate', '2007-04-01')).toMatchObject({ value: '0.5', to: '2008-03-31', note: 'upper bound' });
    expect(parameterAt(reformed, 'x.rate', '2007-04-01').alternatives?.map((alternative) => alternative.value)).toEqual(['0.25', '0.125']);
    expect(parameterAt(reformed, 'x.rate', '2008-04-01').value).toBe('0.25');
    expect(parameterAt(reformed, 'x.rate', '2006-04-01').value).toBe('0.25');
  });

  it('refuses an alternative that does not exist, and a date with no value in force, naming path and rule', () => {
    const error = expectIssue(() => applyReform(policy, { id: 'r', label: 'R', parameters: { 'x.rate': [{ from: '2005-04-01', alternative: 'none' }] } }), 'INVALID_REFORM', ['parameters', 'x.rate', 0, 'alternative'], 'reform.knownAlternative');
    expect(error.message).toContain('it has all');
    expectIssue(() => applyReform(policy, { id: 'r', label: 'R', parameters: { 'x.rate': [{ from: '2005-04-01', alternative: 3 }] } }), 'INVALID_REFORM', ['parameters', 'x.rate', 0, 'alternative'], 'reform.knownAlternative');
    expectIssue(() => applyReform(policy, { id: 'r', label: 'R', parameters: { 'x.rate': [{ from: '2004-04-01', alternative: 0 }] } }), 'INVALID_REFORM', ['parameters', 'x.rate', 0, 'from'], 'reform.alternativeInForce');
    pbcError(() => applyReform(policy, { id: 'r', label: 'R', parameters: { 'x.rate': [{ from: '2005-04-01', alternative: -1 }] } }), 'INVALID_REFORM');
  });

  it('checks the alternatives a reform brings with a value of its own', () => {
    expectIssue(
      () => applyReform(policy, { id: 'r', label: 'R', parameters: { 'x.rate': [{ from: '2009-04-01', value: '0.3', sources: ['a'], confidence: 'derived', alternatives: [{ value: 'lots', sources: ['a'], confidence: 'derived' }] }] } }),
      'INVALID_REFORM',
      ['parameters', 'x.rate', 0, 'alternatives', 0, 'value'],
      'reform.alternativeUnit',
    );
  });

  it('picks on the baseline: 2005/06 under the December 2004 decision', () => {
    const reformed = applyReform(baselinePolicy, { id: 'dec-2004', label: 'Up to 100%', parameters: { 'fur.practiceShare': [{ from: '2005-04-01', alternative: 'kf-2004-100pc' }] } });
    expect(parameterAt(reformed, 'fur.practiceShare', '2005-04-01').value).toBe('1');
    expect(parameterAt(reformed, 'fur.practiceShare', '2006-04-01').value).toBe('0.7');
  });
});

describe('renderExplanation marks figures that rest on unconfirmed or disputed readings', () => {
  const policy = buildPolicy({ id: 'p', label: 'P', sources, parameters: [rate([{ id: 'all', value: '1', sources: ['b'], confidence: 'derived' }])] });

  it('marks the reading, the results above it, and ends with the legend', () => {
    const child = explain({ id: 'demo.child', version: '1', title: 'Child', sources: [] }, policy, '2005-06-01');
    child.ratio('x.rate');
    const parent = explain({ id: 'demo.parent', version: '1', title: 'Parent', sources: [] }, policy, '2006-06-01');
    parent.ratio('x.rate');
    parent.child(child.done(1));
    const text = renderExplanation(parent.done(2));
    expect(text).toContain('read x.rate = 0.25 (25%) (in force from 2006-04-01; unconfirmed; a) [?] [± also supported: 0.125 (12.5%) (unconfirmed); 0.5 (50%) (unconfirmed)]');
    expect(text).toContain('read x.rate = 0.5 (50%) (in force 2005-04-01 to 2006-03-31; derived; a) [± also supported: 1 (100%) (derived)]');
    expect(text).toContain('result: 2 [rests on ?±]');
    expect(text).toContain('result: 1 [rests on ±]');
    expect(text.endsWith(EXPLANATION_LEGEND)).toBe(true);
  });

  it('adds nothing to a figure on confirmed readings only', () => {
    const step = explain({ id: 'demo', version: '1', title: 'Demo', sources: [] }, baselinePolicy, '2006-10-01');
    step.integer('des.c2.ratePerPatient');
    const text = renderExplanation(step.done(95));
    expect(text).toContain('result: 95');
    expect(text).not.toContain('rests on');
    expect(text).not.toContain('legend:');
  });

  it('keeps alternatives through a JSON round trip, and refuses malformed ones', () => {
    const step = explain({ id: 'demo', version: '1', title: 'Demo', sources: [] }, policy, '2005-06-01');
    step.ratio('x.rate');
    const tree = JSON.parse(JSON.stringify(step.done(1))) as unknown;
    expect(readExplanationTree(tree, []).parameters[0]?.alternatives).toEqual([{ id: 'all', value: '1', sources: ['b'], confidence: 'derived' }]);
    const broken = JSON.parse(JSON.stringify(step.done(1))) as { parameters: { alternatives: unknown }[] };
    broken.parameters[0]!.alternatives = [{ value: '1' }];
    expectIssue(() => readExplanationTree(broken, []), 'INVALID_INPUT', ['parameters', 0, 'alternatives'], 'explanation.shape');
  });
});

describe('the baseline carries the alternatives of every disputed fact in the audit (issue 16)', () => {
  const disputed: readonly [string, string, readonly unknown[]][] = [
    ['fur.practiceShare', '2005-04-01', ['1']],
    ['fur.remainderCoversManagementCosts', '2005-04-01', [false]],
    ['budget.paceOfChange.gapClosedPerYear', '2007-04-01', ['0.125', '0.5']],
    ['budget.scope.mandatoryLines', '2009-04-01', [['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH']]],
    ['local.floorPerPatient', '2008-04-01', [null]],
    ['conflicts.prcc.inForce', '2007-12-01', [false]],
  ];
  it.each(disputed)('%s on %s', (id, date, values) => {
    const reading = parameterAt(baselinePolicy, id, date);
    expect(reading.alternatives?.map((alternative) => alternative.value)).toEqual(values);
    expect(reading.confidence).not.toBe('confirmed');
  });

  it('downgrades what no source states: the pre-2009 decision limit, 2007/08 onwards 70%, 1991–93 cap', () => {
    expect(parameterAt(baselinePolicy, 'entitlements.businessCaseDecisionDays', '2008-01-01').confidence).toBe('unconfirmed');
    expect(parameterAt(baselinePolicy, 'fur.practiceShare', '2006-04-01').confidence).toBe('confirmed');
    expect(parameterAt(baselinePolicy, 'fur.practiceShare', '2007-04-01').confidence).toBe('derived');
    expect(parameterAt(baselinePolicy, 'fundholding.perPatientCap', '1992-01-01').confidence).toBe('unconfirmed');
    expect(parameterAt(baselinePolicy, 'fundholding.perPatientCap', '1993-04-01').confidence).toBe('confirmed');
  });

  it('has no two sources at the same address', () => {
    const byUrl = new Map<string, string[]>();
    for (const source of Object.values(baselinePolicy.sources)) if (source.url !== undefined) byUrl.set(source.url, [...(byUrl.get(source.url) ?? []), source.id]);
    expect([...byUrl.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });
});
