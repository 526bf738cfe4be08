import { describe, expect, it } from 'vitest';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import {
  assertPolicyCase,
  compareEvidence,
  describePolicyCaseResult,
  libraryEvidence,
  policyCaseTests,
  runPolicyCase,
  runPolicyCases,
  type PolicyEntryPoint,
} from '../../src/testing/index.js';

const rateCase = {
  name: 'the DES component 2 rate is 95p per patient in 2006/07',
  entryPoint: 'parameterAt',
  asOf: '2007-03-31',
  input: { id: 'des.c2.ratePerPatient' },
  expected: { value: 95, sources: ['bma-tpbc-des-c2'] },
  source: 'bma-tpbc-des-c2',
};

const paymentEntryPoint: PolicyEntryPoint = {
  name: 'c2Value',
  description: 'C2 value for a list size (test double)',
  run: (input, { policy, asOf }) => {
    const { listSize } = input as { listSize?: number };
    if (listSize === undefined) {
      // Mimic a rule that validates its input and names the missing field.
      throw Object.assign(new Error('listSize: required'), {
        code: 'INVALID_INPUT',
        issues: [{ path: ['listSize'], message: 'required' }],
        [Symbol.for('practice-based-commissioning.PbcError')]: true,
      });
    }
    const rate = policy.parameters['des.c2.ratePerPatient']?.values.find((v) => v.from <= asOf)?.value as number;
    return { value: rate * listSize, items: [1, 2] };
  },
};

describe('runPolicyCase', () => {
  it('passes when every expected field matches exactly, and carries the actual result', () => {
    const result = runPolicyCase(rateCase);
    expect(result.status).toBe('pass');
    expect(result.differences).toEqual([]);
    expect(result.actual).toMatchObject({ id: 'des.c2.ratePerPatient', value: 95 });
    expect(describePolicyCaseResult(result)).toBe('PASS the DES component 2 rate is 95p per patient in 2006/07 [parameterAt; source: bma-tpbc-des-c2]');
  });
  it('fails with each difference: path, expected and actual', () => {
    const result = runPolicyCase({ ...rateCase, name: 'wrong', expected: { value: 100, confidence: 'derived', sources: ['x'] } });
    expect(result.status).toBe('fail');
    expect(result.differences).toEqual([
      { path: ['value'], expected: 100, actual: 95 },
      { path: ['confidence'], expected: 'derived', actual: 'confirmed' },
      { path: ['sources', 0], expected: 'x', actual: 'bma-tpbc-des-c2' },
    ]);
    const text = describePolicyCaseResult(result);
    expect(text).toContain('FAIL wrong [parameterAt; source: bma-tpbc-des-c2]');
    expect(text).toContain('  value: expected 100, got 95');
    expect(text).toContain('  confidence: expected "derived", got "confirmed"');
  });
  it('compares arrays by length and element, and objects against non-objects', () => {
    const entryPoints = { c2Value: paymentEntryPoint };
    expect(runPolicyCase({ ...rateCase, entryPoint: 'c2Value', input: { listSize: 10 }, expected: { items: [1] } }, { entryPoints }).differences).toEqual([
      { path: ['items', 'length'], expected: 1, actual: 2 },
    ]);
    expect(runPolicyCase({ ...rateCase, entryPoint: 'c2Value', input: { listSize: 10 }, expected: { value: [1] } }, { entryPoints }).status).toBe('fail');
    expect(runPolicyCase({ ...rateCase, entryPoint: 'c2Value', input: { listSize: 10 }, expected: { value: { a: 1 } } }, { entryPoints }).status).toBe('fail');
    expect(runPolicyCase({ ...rateCase, entryPoint: 'c2Value', input: { listSize: 10 }, expected: { value: 950, items: [1, 2] } }, { entryPoints }).status).toBe('pass');
  });
  it('expects errors by code and path', () => {
    const notInForce = { ...rateCase, asOf: '2007-04-01', expected: undefined, expectedError: { code: 'PARAMETER_NOT_IN_FORCE' } };
    delete (notInForce as { expected?: unknown }).expected;
    expect(runPolicyCase(notInForce).status).toBe('pass');
    expect(runPolicyCase({ ...notInForce, expectedError: { code: 'INVALID_DATE' } }).status).toBe('fail');
    expect(runPolicyCase({ ...notInForce, expectedError: { code: 'PARAMETER_NOT_IN_FORCE', path: ['parameters', 'des.c2.ratePerPatient'] } }).status).toBe('pass');
    expect(runPolicyCase({ ...notInForce, expectedError: { code: 'PARAMETER_NOT_IN_FORCE', path: ['elsewhere'] } }).status).toBe('fail');
    const unexpected = runPolicyCase({ ...rateCase, asOf: '2007-04-01' });
    expect(unexpected.status).toBe('fail');
    expect(describePolicyCaseResult(unexpected)).toContain('error PARAMETER_NOT_IN_FORCE');
    const noError = runPolicyCase({ ...notInForce, asOf: '2007-03-31' });
    expect(noError.status).toBe('fail');
  });
  it('names the inputs a case left out that the rule needed', () => {
    const result = runPolicyCase({ ...rateCase, entryPoint: 'c2Value', input: {}, expected: { value: 1 } }, { entryPoints: { c2Value: paymentEntryPoint } });
    expect(result.status).toBe('fail');
    expect(result.missingInputs).toEqual([['listSize']]);
    expect(describePolicyCaseResult(result)).toContain('missing input: listSize');
    expect(runPolicyCase({ ...rateCase, input: {} }).missingInputs).toEqual([['id']]);
  });
  it('applies an inline reform for the case only', () => {
    const reform = {
      id: 'c2-at-a-pound',
      label: 'C2 at £1',
      parameters: { 'des.c2.ratePerPatient': [{ from: '2006-04-01', to: '2007-03-31', value: 100, sources: ['bma-tpbc-des-c2'], confidence: 'unconfirmed' }] },
    };
    expect(runPolicyCase({ ...rateCase, reform, expected: { value: 100 } }).status).toBe('pass');
    expect(runPolicyCase(rateCase).status).toBe('pass');
  });
  it('reports malformed cases and unknown entry points as invalid instead of throwing', () => {
    const malformed = runPolicyCase({ name: 'x', entryPoint: 'parameterAt', asOf: '2007-02-29', input: {}, source: 's' });
    expect(malformed.status).toBe('invalid');
    expect(malformed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['asOf', 'expected']));
    expect(runPolicyCase(null).name).toBe('(unnamed case)');
    const unknown = runPolicyCase({ ...rateCase, entryPoint: 'noSuchRule' });
    expect(unknown.status).toBe('invalid');
    expect(unknown.error?.message).toMatch(/unknown entry point "noSuchRule"; known: .*parameterAt/);
    const badReform = runPolicyCase({ ...rateCase, reform: { id: 'r', label: 'r', parameters: { 'no.such': [{ from: '2006-04-01', value: 1, sources: ['s'], confidence: 'derived' }] } } });
    expect(badReform.status).toBe('invalid');
    expect(badReform.error?.code).toBe('INVALID_REFORM');
  });
  it('lets errors that are not PbcErrors escape (a bug, not a failing case)', () => {
    const broken: PolicyEntryPoint = { name: 'broken', description: 'throws', run: () => { throw new TypeError('bug'); } };
    expect(() => runPolicyCase({ ...rateCase, entryPoint: 'broken' }, { entryPoints: { broken } })).toThrow(TypeError);
  });
});

describe('suites, evidence and runner helpers', () => {
  it('the library evidence passes under the baseline', () => {
    const summary = runPolicyCases(libraryEvidence);
    expect(summary.results.filter((result) => result.status !== 'pass').map(describePolicyCaseResult)).toEqual([]);
    expect(summary.passed).toBe(libraryEvidence.length);
  });
  it('compareEvidence shows which cases a reform changes', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'fur-80',
      label: '80% of freed-up resources from 2006/07',
      parameters: { 'fur.practiceShare': [{ from: '2006-04-01', value: '0.8', sources: ['hansard-2006-11-06'], confidence: 'unconfirmed' }] },
    });
    const rows = compareEvidence(libraryEvidence, { reformed });
    expect(rows.filter((row) => row.changed).map((row) => row.name)).toEqual([
      'practices may access at least 70% of freed-up resources from 2006/07',
      'from 2006/07 a practice may access at least 70% of an underspend',
      'a PCT in deficit has the prior claim on an underspend before it is shared',
    ]);
    // The 2005/06 case (50%) and the DES, conflicts and readiness cases are untouched.
    expect(rows.filter((row) => !row.changed)).toHaveLength(libraryEvidence.length - 3);
    expect(rows.find((row) => row.changed)).toMatchObject({ baseline: 'pass', reformed: 'fail' });
    expect(compareEvidence([rateCase], { reformed, baseline: baselinePolicy, entryPoints: {} })[0]?.changed).toBe(false);
  });
  it('assertPolicyCase throws a readable error unless the case passes', () => {
    expect(assertPolicyCase(rateCase).status).toBe('pass');
    expect(() => assertPolicyCase({ ...rateCase, expected: { value: 1 } })).toThrow(/value: expected 1, got 95/);
  });
  it('policyCaseTests registers one test per case with any runner', () => {
    const registered: { name: string; body: () => void }[] = [];
    policyCaseTests([rateCase, { ...rateCase, name: 'wrong', expected: { value: 1 } }, { nameless: true }], { test: (name, body) => registered.push({ name, body }) });
    expect(registered.map((entry) => entry.name)).toEqual([rateCase.name, 'wrong', 'case 2']);
    expect(() => registered[0]?.body()).not.toThrow();
    expect(() => registered[1]?.body()).toThrow(/expected 1, got 95/);
    expect(() => registered[2]?.body()).toThrow(/INVALID/);
  });
});

// The library's evidence, run through the helper with vitest's own `it`.
describe('library evidence (via policyCaseTests)', () => {
  policyCaseTests(libraryEvidence, { test: it });
});

describe('the entry-point registry', () => {
  it('every entry point is wired: an empty input gives a readable PbcError failure, never a crash', async () => {
    const { policyEntryPoints } = await import('../../src/testing/index.js');
    for (const name of Object.keys(policyEntryPoints)) {
      const result = runPolicyCase({ name: `empty input to ${name}`, entryPoint: name, asOf: '2007-06-01', input: {}, expected: { never: true }, source: 'test' });
      expect(result.status, name).toBe('fail');
      // Either a PbcError naming what is missing, or (where every field is optional) an empty result.
      if (result.error === undefined) expect(result.actual, name).toMatchObject({ total: 0 });
      else expect(result.error.code, name).toMatch(/^[A-Z_]+$/);
    }
  });
  it('budgets and readiness entry points run real cases', () => {
    const scope = runPolicyCase({
      name: 'readiness with a caller-defined weight and subject',
      entryPoint: 'assessReadiness',
      asOf: '2007-11-22',
      input: { framework: 'AC2007', evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'met', subjectId: '5ZZ' }], weights: { 'AC07.F1_BUDGETS': 2 }, subject: '5ZZ' },
      expected: { rating: { id: 'few_in_place' } },
      source: 'test',
    });
    expect(scope.status).toBe('pass');
    const heatMap = runPolicyCase({ name: 'heat map', entryPoint: 'surveyHeatMap', asOf: '2009-06-01', input: { rows: [] }, expected: { cells: [] }, source: 'test' });
    expect(heatMap.status).not.toBe('invalid');
  });
});

describe('hostile inputs to the kit', () => {
  const pbcCode = (fn: () => unknown): string => {
    try {
      fn();
    } catch (error) {
      return (error as { code?: string }).code ?? 'not a PbcError';
    }
    return 'no error';
  };
  it('refuses a list of cases that is not a list, and a result that is not a result', () => {
    expect(pbcCode(() => runPolicyCases(undefined as never))).toBe('INVALID_INPUT');
    expect(pbcCode(() => compareEvidence({} as never, { reformed: baselinePolicy }))).toBe('INVALID_INPUT');
    expect(pbcCode(() => describePolicyCaseResult({} as never))).toBe('INVALID_INPUT');
  });
  it('reports a case nested thousands of levels deep as invalid instead of overflowing the stack', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level += 1) deep = { a: deep };
    const result = runPolicyCase({ name: 'deep', entryPoint: 'parameterAt', asOf: '2007-04-01', input: deep, expected: {}, source: 's' });
    expect(result.status).toBe('invalid');
    expect(result.error?.message).toContain('nested more than 200 levels deep');
  });
});

describe('hostile cases and results (found by the fuzz)', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('a case naming "%s" names no entry point: the case is invalid, not a TypeError', (name) => {
    const result = runPolicyCase({ ...rateCase, entryPoint: name });
    expect(result.status).toBe('invalid');
    expect(result.error?.code).toBe('INVALID_INPUT');
    expect(result.error?.issues).toEqual([{ path: ['entryPoint'], message: 'unknown entry point' }]);
  });

  it('runPolicyCases and compareEvidence count such a case as invalid', () => {
    expect(runPolicyCases([rateCase, { ...rateCase, entryPoint: 'toString' }])).toMatchObject({ passed: 1, failed: 0, invalid: 1 });
    const rows = compareEvidence([{ ...rateCase, entryPoint: '__proto__' }], { reformed: baselinePolicy });
    expect(rows.map((row) => [row.baseline, row.reformed])).toEqual([['invalid', 'invalid']]);
  });

  it('an entry point the caller registers under an inherited name is still found', () => {
    const result = runPolicyCase({ ...rateCase, entryPoint: 'constructor', input: { listSize: 6000 }, expected: { value: 570_000 } }, { entryPoints: { constructor: paymentEntryPoint } });
    expect(result.status).not.toBe('invalid');
  });

  it('describePolicyCaseResult refuses a result whose name is not text, naming the field', () => {
    const result = runPolicyCase(rateCase);
    let thrown: unknown;
    try {
      describePolicyCaseResult({ ...result, name: { a: 1 } } as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: ['name'] })] });
  });

  it('describePolicyCaseResult refuses a result nested deeper than 200 levels with a PbcError, not a stack overflow', () => {
    let deep: unknown = 1;
    for (let depth = 0; depth < 100_000; depth += 1) deep = [deep];
    const result = { ...runPolicyCase(rateCase), status: 'fail' as const, differences: [{ path: [], expected: deep, actual: 1 }] };
    expect(() => describePolicyCaseResult(result)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', issues: [{ path: [], message: 'nested more than 200 levels deep' }] }));
  });
});
