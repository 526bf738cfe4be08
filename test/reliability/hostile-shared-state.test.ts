/**
 * Issue 19, class 4: shared, mutable state. Results own their data: changing anything a result holds
 * (every object and array not frozen) changes neither the input nor any later result. Inputs are
 * never frozen or changed. What the library shares (the baseline, reference tables, registries,
 * codes) is deep-frozen, and so is every policy `applyReform` and `buildPolicy` return.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as root from '../../src/index.js';
import * as policyModule from '../../src/policy/index.js';
import * as schemasModule from '../../src/schemas/index.js';
import * as testingModule from '../../src/testing/index.js';
import * as scenarioModule from '../../src/scenario/index.js';
import * as chartsModule from '../../src/charts/index.js';
import * as generateModule from '../../src/testing/generate/index.js';
import { ErrorCodes, evaluateArea, isPbcError } from '../../src/index.js';
import { applyReform, parameterAt, type Policy } from '../../src/policy/index.js';
import { SERVICE_LINE_IDS, baselinePolicy, buildPolicy } from '../../src/policy/index.js';
import { policyEntryPoints, runPolicyCase } from '../../src/testing/index.js';
import { sampleArea } from '../scenario/fixtures.js';
import { fuzzedEntryPoints } from './entry-points.js';
import { FUZZ_RUNS, mutatedArgs, show } from './helpers.js';
import { FUZZ_TIMEOUT, pbcErrorOf } from './fuzz-suite.js';
import { scenarioEntryPoints } from './scenario-entry-points.js';

vi.setConfig({ testTimeout: FUZZ_TIMEOUT * 2 });

const entries = [...fuzzedEntryPoints.filter((entry) => entry.seeds.length > 0 && entry.name !== 'deepFreeze'), ...scenarioEntryPoints];

/** Every object and array reachable from `value`. */
function objectsOf(value: unknown): object[] {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    stack.push(...Object.values(item));
  }
  return [...seen];
}

/** Changes every unfrozen object and array reachable from `value`: pushes to lists, overwrites and adds fields. */
function vandalise(value: unknown): void {
  for (const item of objectsOf(value)) {
    if (Object.isFrozen(item)) continue;
    try {
      if (Array.isArray(item)) {
        item.push('vandalised');
        if (item.length > 1) item[0] = 'vandalised';
      } else {
        for (const key of Object.keys(item)) Reflect.set(item, key, 'vandalised');
        Reflect.set(item, 'vandalised', true);
      }
    } catch {
      // A sealed or non-extensible object refuses: it cannot be changed, which is fine.
    }
  }
}

function outcomeOf(fn: () => unknown): { readonly value: unknown } | { readonly error: string } {
  try {
    return { value: fn() };
  } catch (error) {
    if (!isPbcError(error)) throw error;
    return { error: `${error.code} ${show(error.issues)}` };
  }
}

const runs = Math.max(20, Math.floor(FUZZ_RUNS / 20));

describe('results own their data, inputs stay as given', () => {
  it.each(entries.map((entry) => [entry.name, entry] as const))(`%s: changing a result changes no later result and no input (${runs} runs)`, (_name, entry) => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...entry.seeds.map((seed) => [...seed])), mutatedArgs(entry.seeds, 1)), (args) => {
        const before = show(args);
        const frozenBefore = objectsOf(args).filter((item) => Object.isFrozen(item));
        const first = outcomeOf(() => entry.call(args));
        const firstText = show(first);
        if ('value' in first) vandalise(first.value);
        expect(show(args), `${entry.name}: changing its result changed its input`).toBe(before);
        expect(objectsOf(args).filter((item) => Object.isFrozen(item)), `${entry.name} froze part of its input`).toEqual(frozenBefore);
        expect(show(outcomeOf(() => entry.call(args))), `${entry.name}: a later result changed`).toBe(firstText);
      }),
      { numRuns: runs },
    );
  });

  it('every exported object and array is deep-frozen', () => {
    const modules = { root, policyModule, schemasModule, testingModule, scenarioModule, chartsModule, generateModule };
    const unfrozen: string[] = [];
    for (const [moduleName, module] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(module)) {
        if (typeof value !== 'object' || value === null || '_zod' in value) continue;
        if (objectsOf(value).some((item) => !Object.isFrozen(item))) unfrozen.push(`${moduleName}.${name}`);
      }
    }
    expect(unfrozen).toEqual([]);
  });
});

const share = (value: string) => ({ from: '2007-04-01', to: '2008-03-31', value, sources: ['hansard-2006-11-06'], confidence: 'unconfirmed' as const });

describe('issue 19 class 4: regression tests', () => {
  it('evaluateArea(…).reforms is the result\'s own: pushing to it changes no later result', () => {
    const policy = applyReform(baselinePolicy, { id: 'eighty', label: 'Eighty', parameters: { 'fur.practiceShare': [share('0.8')] } });
    const first = evaluateArea(sampleArea(), { policy, asOf: '2008-06-30', explanations: false });
    expect(() => (first.reforms as { id: string; label: string }[]).push({ id: 'forged', label: 'Forged' })).not.toThrow();
    expect(policy.reforms).toEqual([{ id: 'eighty', label: 'Eighty' }]);
    expect(evaluateArea(sampleArea(), { policy, asOf: '2008-06-30', explanations: false }).reforms).toEqual([{ id: 'eighty', label: 'Eighty' }]);
  });

  it('buildPolicy freezes a copy, never the caller\'s lists and objects', () => {
    const parameters = structuredClone(Object.values(baselinePolicy.parameters).slice(0, 2));
    const sources = structuredClone(Object.values(baselinePolicy.sources));
    const policy = buildPolicy({ id: 'mine', label: 'Mine', parameters, sources });
    expect(Object.isFrozen(parameters)).toBe(false);
    expect(objectsOf([parameters, sources]).some((item) => Object.isFrozen(item))).toBe(false);
    expect(objectsOf(policy).every((item) => Object.isFrozen(item))).toBe(true);
    const id = parameters[0]!.id;
    const reading = parameterAt(policy, id, parameters[0]!.values[0]!.from).value;
    (parameters[0]!.values[0] as { value: unknown }).value = 'changed afterwards';
    expect(parameterAt(policy, id, parameters[0]!.values[0]!.from).value).toEqual(reading);
  });

  it('buildPolicy reads a getter once and keeps its value, not the caller\'s object', () => {
    const parameter = structuredClone(baselinePolicy.parameters['fur.practiceShare']!);
    let reads = 0;
    const options = { id: 'g', label: 'G', parameters: [parameter], sources: structuredClone(Object.values(baselinePolicy.sources)) };
    Object.defineProperty(options, 'label', { enumerable: true, get: () => `read ${(reads += 1)}` });
    const policy = buildPolicy(options);
    expect(reads).toBe(1);
    expect(policy.label).toBe('read 1');
    expect(policy.parameters['fur.practiceShare']).not.toBe(parameter);
  });

  it('applyReform returns a deep-frozen policy, and parameterAt checks a caller\'s changed policy again', () => {
    const reformed = applyReform(baselinePolicy, { id: 'eighty', label: 'Eighty', parameters: { 'fur.practiceShare': [share('0.8')] } });
    expect(objectsOf(reformed).every((item) => Object.isFrozen(item))).toBe(true);
    expect(() => (reformed.parameters['fur.practiceShare']!.values as unknown[]).push(null)).toThrow(TypeError);
    // A caller's own policy (parsed JSON, unfrozen) is read, changed, and read again: checked each time.
    const own = JSON.parse(JSON.stringify(reformed)) as Policy;
    expect(parameterAt(own, 'fur.practiceShare', '2007-04-01').value).toBe('0.8');
    (own.parameters['fur.practiceShare'] as { values: unknown }).values = 'not a list';
    expect(pbcErrorOf(() => parameterAt(own, 'fur.practiceShare', '2007-04-01')).code).toBe('INVALID_POLICY');
    // applyReform never freezes the caller's policy.
    const again = JSON.parse(JSON.stringify(reformed)) as Policy;
    applyReform(again, { id: 'nothing', label: 'Nothing' });
    expect(objectsOf(again).some((item) => Object.isFrozen(item))).toBe(false);
  });

  it('policyEntryPoints and SERVICE_LINE_IDS cannot be changed: one test file cannot make every later policy case pass', () => {
    const forged = { name: 'parameterAt', description: 'forged', run: () => ({ value: 'anything' }) };
    expect(() => Object.assign(policyEntryPoints, { parameterAt: forged })).toThrow(TypeError);
    expect(() => Object.assign(policyEntryPoints['parameterAt']!, { run: forged.run })).toThrow(TypeError);
    expect(() => (SERVICE_LINE_IDS as unknown as string[]).push('FORGED')).toThrow(TypeError);
    expect(() => Object.assign(ErrorCodes, { INVALID_INPUT: 'forged' })).toThrow(TypeError);
    const result = runPolicyCase({ name: 'n', entryPoint: 'parameterAt', asOf: '2007-04-01', input: { id: 'fur.practiceShare' }, expected: { value: 'anything' }, source: 's' });
    expect(result.status).toBe('fail');
  });
});
