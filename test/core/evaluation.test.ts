import { describe, expect, it } from 'vitest';
import { resolveEvaluationOptions } from '../../src/core/evaluation.js';
import { applyReform } from '../../src/core/policy-model/apply-reform.js';
import { baselinePolicy } from '../../src/policy/baseline.js';
import { expectIssue } from '../support/errors.js';

describe('resolveEvaluationOptions: the one options check (law and day)', () => {
  it('no options: the baseline and no day', () => {
    expect(resolveEvaluationOptions(undefined, baselinePolicy)).toEqual({ policy: baselinePolicy, asOf: undefined });
    expect(resolveEvaluationOptions({}, baselinePolicy).policy).toBe(baselinePolicy);
  });

  it('a reformed policy and a day are returned as given', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'share-80',
      label: 'share 80%',
      parameters: { 'fur.practiceShare': [{ from: '2006-04-01', value: '0.8', sources: ['hansard-2006-11-06'], confidence: 'unconfirmed' }] },
    });
    const resolved = resolveEvaluationOptions({ policy: reformed, asOf: '2009-06-30' }, baselinePolicy, true);
    expect(resolved.policy).toBe(reformed);
    expect(resolved.asOf).toBe('2009-06-30');
  });

  it('a value that is not a policy is INVALID_POLICY at ["policy"]', () => {
    expectIssue(() => resolveEvaluationOptions({ policy: { id: 'x' } }, baselinePolicy), 'INVALID_POLICY', ['policy']);
    expectIssue(() => resolveEvaluationOptions({ policy: 42 }, baselinePolicy), 'INVALID_POLICY', ['policy']);
  });

  it('a policy with a gap is INVALID_POLICY naming the parameter under ["policy", "parameters", id]', () => {
    const parameter = baselinePolicy.parameters['fur.practiceShare']!;
    const broken = { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, 'fur.practiceShare': { ...parameter, values: parameter.values.slice(1) } } };
    const gapped = { ...broken, parameters: { ...broken.parameters, 'fur.practiceShare': { ...parameter, values: [parameter.values[0]!, { ...parameter.values.at(-1)!, from: '2099-01-01' }] } } };
    expectIssue(() => resolveEvaluationOptions({ policy: gapped }, baselinePolicy), 'INVALID_POLICY', ['policy', 'parameters', 'fur.practiceShare']);
  });

  it('options that are not an object are INVALID_INPUT at ["options"]', () => {
    expectIssue(() => resolveEvaluationOptions('2009-06-30', baselinePolicy), 'INVALID_INPUT', ['options']);
    expectIssue(() => resolveEvaluationOptions(null, baselinePolicy), 'INVALID_INPUT', ['options']);
    expectIssue(() => resolveEvaluationOptions([], baselinePolicy), 'INVALID_INPUT', ['options']);
  });

  it('asOf: required where the rule says so (MISSING_INPUT), a real date otherwise (INVALID_DATE)', () => {
    expectIssue(() => resolveEvaluationOptions({}, baselinePolicy, true), 'MISSING_INPUT', ['asOf']);
    expectIssue(() => resolveEvaluationOptions({ asOf: '2009-02-29' }, baselinePolicy), 'INVALID_DATE', ['asOf']);
    expectIssue(() => resolveEvaluationOptions({ asOf: 20090630 }, baselinePolicy), 'INVALID_DATE', ['asOf']);
  });
});
