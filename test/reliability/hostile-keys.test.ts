/**
 * Issue 19, class 1: inherited properties read as data. An id or key from the input that names a
 * member every object inherits (`constructor`, `toString`, `valueOf`, `hasOwnProperty`) must behave
 * exactly like any other id; an own `__proto__` key must be refused with a PbcError naming its path
 * and the rule `input.noReservedKeys`, never dropped in silence.
 *
 * The property: in every entry point's seeds (and the scenario functions'), one id or key at a time
 * is renamed everywhere it occurs (as a value and as a key) to a reserved word, and separately to an
 * ordinary name one letter longer. The two outcomes must be the same once the names are mapped back:
 * a lookup that finds an inherited member makes them differ. `__proto__` may instead be refused.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { assessReadiness, compareScenarios, incentivePaymentSchedule, isPbcError, localIncentivePayment, reviseReadinessFramework } from '../../src/index.js';
import { explain } from '../../src/core/index.js';
import { applyReform, readinessFrameworks, validatePolicy, type ReadinessFramework } from '../../src/policy/index.js';
import { baselinePolicy, buildPolicy } from '../../src/policy/index.js';
import { runPolicyCase } from '../../src/testing/index.js';
import { sampleArea } from '../scenario/fixtures.js';
import { fuzzedEntryPoints } from './entry-points.js';
import type { LocalIncentivePaymentInput } from '../../src/incentives/index.js';
import { FUZZ_RUNS, show } from './helpers.js';
import { FUZZ_TIMEOUT, pbcErrorOf } from './fuzz-suite.js';
import { RESERVED_WORDS, scenarioEntryPoints } from './scenario-entry-points.js';

vi.setConfig({ testTimeout: FUZZ_TIMEOUT * 2 });

const entries = [...fuzzedEntryPoints.filter((entry) => entry.seeds.length > 0 && entry.name !== 'deepFreeze'), ...scenarioEntryPoints];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string that is a value or a key somewhere in `tree` and could be an id (short, no spaces). */
function idsIn(tree: unknown): string[] {
  const found = new Set<string>();
  const seen = new Set<object>();
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string' && /^[A-Za-z_][\w.-]{0,39}$/.test(item)) found.add(item);
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    if (Array.isArray(item)) stack.push(...item);
    else
      for (const [key, value] of Object.entries(item)) {
        stack.push(key, value);
      }
  }
  return [...found].sort();
}

/** Where a name is renamed: as a value and as a key, or only one of the two (so an id and the record keyed by it disagree). */
type Where = 'both' | 'values' | 'keys';

/** A copy of `tree` with `from` renamed to `to` wherever it is a whole value or a whole key (keys defined, never assigned). */
function renamed(tree: unknown, from: string, to: string, where: Where = 'both'): unknown {
  const copies = new Map<object, unknown>();
  const copy = (item: unknown): unknown => {
    if (item === from && where !== 'keys') return to;
    if (typeof item !== 'object' || item === null) return item;
    if (Object.isFrozen(item) && !Array.isArray(item) && Object.getPrototypeOf(item) !== Object.prototype && Object.getPrototypeOf(item) !== null) return item;
    const known = copies.get(item);
    if (known !== undefined) return known;
    if (Array.isArray(item)) {
      const out: unknown[] = [];
      copies.set(item, out);
      for (const value of item) out.push(copy(value));
      return out;
    }
    if (!isRecord(item)) return item;
    const out: Record<string, unknown> = {};
    copies.set(item, out);
    for (const [key, value] of Object.entries(item)) Object.defineProperty(out, key === from && where !== 'values' ? to : key, { value: copy(value), enumerable: true, writable: true, configurable: true });
    return out;
  };
  return copy(tree);
}

type Outcome = { readonly kind: 'value'; readonly text: string } | { readonly kind: 'error'; readonly code: string; readonly text: string; readonly rules: readonly string[] };

function outcomeOf(fn: () => unknown): Outcome {
  try {
    const value = fn();
    expect(holdsFunction(value), 'a result holds a function: an inherited member was read as data').toBe(false);
    return { kind: 'value', text: show(value) };
  } catch (error) {
    if (!isPbcError(error)) throw error;
    return { kind: 'error', code: error.code, text: show(error.issues.map((issue) => issue.path)), rules: error.issues.map((issue) => issue.rule ?? '') };
  }
}

function holdsFunction(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'function') return true;
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    stack.push(...Object.values(item));
  }
  return false;
}

/** The outcome with every `to` written back as `from`, so outcomes under two names can be compared. */
function renamedBack(outcome: Outcome, from: string, to: string): Outcome {
  return { ...outcome, text: outcome.text.split(to).join(from) };
}

/** Whether an outcome refuses a reserved key: a PbcError (or a result reporting one, such as validatePolicy's findings) naming the rule. */
function refusedAsReserved(outcome: Outcome): boolean {
  // compareEvidence reports a refused case only by its status, "invalid".
  return outcome.kind === 'error' ? outcome.rules.includes('input.noReservedKeys') : /input\.noReservedKeys|is a reserved key|"(baseline|reformed)":"invalid"/.test(outcome.text);
}

/** The plain objects of `tree` (not frozen shared tables), in a fixed walk order. */
function objectsIn(tree: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || seen.has(item) || Object.isFrozen(item)) continue;
    seen.add(item);
    if (Array.isArray(item)) stack.push(...[...item].reverse());
    else if (isRecord(item)) {
      found.push(item);
      stack.push(...Object.values(item).reverse());
    }
  }
  return found;
}

/** A copy of `tree` whose `index`-th plain object has an own key `key` (defined, as JSON.parse does), valued like one of its siblings. */
function withKeyAdded(tree: unknown, index: number, key: string): unknown {
  const copy = renamed(tree, '\u0000none', '\u0000none');
  const target = objectsIn(copy)[index];
  if (target !== undefined) {
    const sibling = Object.values(target).find((value) => typeof value !== 'object' || value === null) ?? true;
    Object.defineProperty(target, key, { value: sibling, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const runs = Math.max(40, Math.floor(FUZZ_RUNS / 10));

describe('an id or key named after an inherited member behaves like any other name', () => {
  it.each(entries.map((entry) => [entry.name, entry] as const))(`%s: renaming an id to a reserved word changes nothing but the name (${runs} runs)`, (_name, entry) => {
    const choices = entry.seeds.flatMap((seed) => idsIn(seed).map((id) => ({ seed, id })));
    if (choices.length === 0) return;
    fc.assert(
      fc.property(fc.constantFrom(...choices), fc.constantFrom(...RESERVED_WORDS), fc.constantFrom<Where>('both', 'values', 'keys'), ({ seed, id }, word, where) => {
        const ordinary = `${word}x`;
        if (idsIn(seed).some((existing) => existing.includes(word))) return;
        const hostile = outcomeOf(() => entry.call(renamed(seed, id, word, where) as unknown[]));
        // "__proto__" may be refused wherever it becomes a key; as a plain value it is ordinary text.
        if (word === '__proto__' && refusedAsReserved(hostile)) return;
        const plain = renamedBack(outcomeOf(() => entry.call(renamed(seed, id, ordinary, where) as unknown[])), word, ordinary);
        expect(hostile, `${entry.name}: "${id}" renamed to "${word}" (${where})`).toEqual(plain);
      }),
      { numRuns: runs },
    );
  });

  it.each(entries.map((entry) => [entry.name, entry] as const))(`%s: a reserved word added as a key to any object behaves like an ordinary key, or "__proto__" is refused (${runs} runs)`, (_name, entry) => {
    const choices = entry.seeds.flatMap((seed) => objectsIn(seed).map((_object, index) => ({ seed, index })));
    if (choices.length === 0) return;
    fc.assert(
      fc.property(fc.constantFrom(...choices), fc.constantFrom(...RESERVED_WORDS), ({ seed, index }, word) => {
        const hostile = outcomeOf(() => entry.call(withKeyAdded(seed, index, word) as unknown[]));
        if (word === '__proto__' && refusedAsReserved(hostile)) return;
        const plain = renamedBack(outcomeOf(() => entry.call(withKeyAdded(seed, index, `${word}x`) as unknown[])), word, `${word}x`);
        expect(hostile, `${entry.name}: "${word}" added to object ${index} of ${show(seed).slice(0, 200)}`).toEqual(plain);
      }),
      { numRuns: runs },
    );
  });
});

const condition = (id: string) => ({ id, kind: 'custom' as const, description: `condition ${id}` });

/** The registry's registered-patient scheme (200p per patient), with one custom condition paid on and one other. */
function schemeWith(conditionId: string): LocalIncentivePaymentInput['scheme'] {
  const seed = fuzzedEntryPoints.find((entry) => entry.name === 'localIncentivePayment')?.seeds[1]?.[0] as { scheme: Record<string, unknown> };
  return {
    ...(seed.scheme as LocalIncentivePaymentInput['scheme']),
    conditions: [condition(conditionId), condition('other')],
    instalments: [{ id: 'only', payOn: '2007-09-30', weight: 1, conditions: [conditionId] }],
  };
}

// Reports another condition only: the reserved-word condition itself is not reported.
const unreportedPractice = { practiceCode: 'Z90002', listSizes: [{ date: '2007-07-01', registered: 6000 }], conditionsMet: { other: true } };

describe('issue 19 class 1: regression tests', () => {
  it.each(RESERVED_WORDS.filter((word) => word !== '__proto__'))('a local condition id "%s" is not met unless reported', (word) => {
    const result = localIncentivePayment({ scheme: schemeWith(word), practice: unreportedPractice }, { asOf: '2007-10-01' });
    const ordinary = localIncentivePayment({ scheme: schemeWith('meetings'), practice: unreportedPractice }, { asOf: '2007-10-01' });
    expect(show(result).split(word).join('meetings')).toBe(show(ordinary));
    expect(result.amountDue).toBe(0);
    expect(result.findings.find((finding) => finding.rule === 'local.conditions' && finding.subject?.id === word)?.outcome).toBe('unknown');
    const schedule = incentivePaymentSchedule({ localSchemes: [{ scheme: schemeWith(word), practices: [unreportedPractice] }] }, { asOf: '2007-10-01' });
    expect(schedule.total).toBe(0);
    const reported = localIncentivePayment({ scheme: schemeWith(word), practice: { ...unreportedPractice, conditionsMet: Object.fromEntries([[word, true]]) } }, { asOf: '2007-10-01' });
    expect(reported.amountDue).toBe(1_200_000);
  });

  it('compareScenarios reports a reform\'s rule version "toString" as its text, not Object.prototype.toString', () => {
    const comparison = compareScenarios(sampleArea(), { reform: { id: 'versions', label: 'Versions', ruleVersions: { toString: '2', constructor: '3' } }, asOf: '2008-06-30' });
    expect(comparison.changedRuleVersions).toEqual([
      { rule: 'constructor', before: null, after: '3' },
      { rule: 'toString', before: null, after: '2' },
    ]);
    expect(holdsFunction(comparison)).toBe(false);
  });

  it('reviseReadinessFramework revises a framework with a factor id "constructor"', () => {
    const base = readinessFrameworks.AC2006;
    const [first, ...rest] = base.factors;
    const framework: ReadinessFramework = { ...base, factors: [{ ...first!, id: 'constructor' }, ...rest], recommendations: base.recommendations?.map((r) => ({ ...r, addresses: r.addresses.map((id) => (id === first!.id ? 'constructor' : id)) })) };
    const untouched = reviseReadinessFramework({ framework, revision: { remove: [rest[0]!.id] } });
    expect(untouched.factors[0]).toEqual({ ...first!, id: 'constructor' });
    const replaced = reviseReadinessFramework({ framework, revision: { replace: { constructor: { label: 'Replaced', sources: ['ac-2006-early-lessons'], confidence: 'confirmed' as const } } } });
    expect(replaced.factors[0]?.label).toBe('Replaced');
  });

  it('a "__proto__" key in a reform\'s parameters or rule versions is refused, not dropped', () => {
    for (const field of ['parameters', 'ruleVersions'] as const) {
      const reform = JSON.parse(`{"id": "x", "label": "X", "${field}": {"__proto__": ${field === 'parameters' ? '[{"from": "2007-04-01", "value": 1, "sources": ["hansard-2006-11-06"], "confidence": "derived"}]' : '"2"'}}}`) as unknown;
      const error = pbcErrorOf(() => applyReform(baselinePolicy, reform));
      expect(error.code).toBe('INVALID_REFORM');
      expect(error.issues).toContainEqual(expect.objectContaining({ path: [field, '__proto__'], rule: 'input.noReservedKeys' }));
      expect(pbcErrorOf(() => compareScenarios(sampleArea(), { reform: reform as never, asOf: '2008-06-30' })).issues.map((issue) => issue.rule)).toContain('input.noReservedKeys');
    }
  });

  it('a "__proto__" key in readiness weights is refused, not dropped', () => {
    const weights = JSON.parse('{"KF08.F.DATA": "2", "__proto__": "5"}') as unknown;
    const error = pbcErrorOf(() => assessReadiness({ framework: 'KF2008', evidence: [], weights } as never, { asOf: '2008-12-01' }));
    expect(error.issues).toContainEqual(expect.objectContaining({ path: ['weights', '__proto__'], rule: 'input.noReservedKeys' }));
  });

  it('a policy case whose expected is only "__proto__" is invalid, not a vacuous pass', () => {
    const policyCase = JSON.parse(
      '{"name": "vacuous", "entryPoint": "parameterAt", "asOf": "2007-04-01", "input": {"id": "fur.practiceShare"}, "expected": {"__proto__": {"value": "0.1"}}, "source": "hansard-2006-11-06"}',
    ) as unknown;
    const result = runPolicyCase(policyCase);
    expect(result.status).toBe('invalid');
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: ['expected', '__proto__'], rule: 'input.noReservedKeys' }));
    const inInput = JSON.parse('{"name": "x", "entryPoint": "parameterAt", "asOf": "2007-04-01", "input": {"id": "fur.practiceShare", "__proto__": {}}, "expected": {}, "source": "s"}') as unknown;
    expect(runPolicyCase(inInput).error?.issues.map((issue) => issue.path)).toContainEqual(['input', '__proto__']);
  });

  it('a policy case expecting a field "constructor" compares the result\'s own field only', () => {
    const result = runPolicyCase({ name: 'c', entryPoint: 'parameterAt', asOf: '2007-04-01', input: { id: 'fur.practiceShare' }, expected: { constructor: 'x' }, source: 's' });
    expect(result.status).toBe('fail');
    expect(result.differences).toEqual([{ path: ['constructor'], expected: 'x', actual: undefined }]);
  });

  it('validatePolicy and buildPolicy refuse a "__proto__" key instead of dropping it', () => {
    const policy = JSON.parse('{"id": "p", "label": "P", "sources": {}, "parameters": {}, "ruleVersions": {"__proto__": "2"}, "reforms": []}') as unknown;
    expect(validatePolicy(policy).ok).toBe(false);
    const options = JSON.parse('{"id": "p", "label": "P", "parameters": [], "sources": [], "ruleVersions": {"__proto__": "2"}}') as never;
    expect(pbcErrorOf(() => buildPolicy(options)).issues).toContainEqual(expect.objectContaining({ path: ['ruleVersions', '__proto__'] }));
    const source = { id: '__proto__', title: 'S', publisher: 'P', date: '2007', weight: 'context' as const };
    expect(pbcErrorOf(() => buildPolicy({ id: 'p', label: 'P', parameters: [], sources: [source] })).code).toBe('INVALID_POLICY');
  });

  it('an explanation input or rule called "__proto__" or "toString" is an ordinary field', () => {
    const step = explain({ id: 'toString', version: '7', title: 'T', sources: [] }, baselinePolicy, '2007-04-01');
    step.input('__proto__', 5);
    const explanation = step.done(1);
    expect(explanation.version).toBe('7');
    expect(Object.hasOwn(explanation.inputs, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(explanation.inputs)).toBe(Object.prototype);
  });
});
