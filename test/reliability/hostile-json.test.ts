/**
 * Hostile JSON: documents that attack prototypes (`__proto__`, `constructor`, `prototype` keys, as
 * JSON.parse creates them: own properties), very long strings, huge arrays and deep nesting, sent to
 * every entry point in every position of its valid inputs. Each must be rejected with a PbcError or
 * be harmless (a clean result), quickly, and afterwards no built-in prototype may have changed and a
 * fresh `{}` may inherit nothing new.
 */
import { describe, expect, it, vi } from 'vitest';
import { checkConflictsOfInterest, type ConflictsInput, type ConflictsReferral } from '../../src/index.js';
import { applyReform, parameterAt, validatePolicy } from '../../src/policy/index.js';
import { baselinePolicy, buildPolicy } from '../../src/policy/index.js';
import { fuzzedEntryPoints, knownDefectOf } from './entry-points.js';
import { HOSTILE_KEYS, deeplyNested, expectPrototypesUntouched, pathsOf, prototypeSnapshot, runGuarded, show } from './helpers.js';
import { pbcErrorOf } from './fuzz-suite.js';

// Fixed work, but heavy: generous, for a machine shared with a mutation run.
vi.setConfig({ testTimeout: 120_000 });

type Path = readonly (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON round trip: plain data, with own `__proto__` keys kept as JSON.parse keeps them. */
function viaJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Replaces the node at `path` in a JSON copy of `tree`. */
function replaceAt(tree: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = viaJson(tree) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1] as string | number, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Adds an own hostile key to every object of a JSON copy of `tree`, as a JSON document would carry it. */
function withHostileKeyEverywhere(tree: unknown, key: string, value: unknown): unknown {
  const copy = viaJson(tree);
  const objects: unknown[] = [copy];
  const found: Record<string, unknown>[] = [];
  while (objects.length > 0) {
    const item = objects.pop();
    if (Array.isArray(item)) objects.push(...item);
    else if (isRecord(item)) {
      found.push(item);
      objects.push(...Object.values(item));
    }
  }
  // Added after the walk, so the payloads themselves are not walked.
  for (const item of found) Object.defineProperty(item, key, { value: viaJson(value), enumerable: true, writable: true, configurable: true });
  return copy;
}

// Generous: the suite may share two cores with a mutation run. A rejection should take milliseconds.
const timeLimitMs = 10_000;
// These run a whole policy case per element, so 100,000 elements are 100,000 cases' work: not timed.
const workPerElement = new Set(['runPolicyCases', 'compareEvidence']);

function expectRejectedOrHarmless(name: string, call: () => unknown, input: unknown): void {
  const started = performance.now();
  runGuarded(call, () => `${name} ${show(input).slice(0, 300)}`, input, knownDefectOf(name)?.tolerate, knownDefectOf(name)?.textUnchecked !== true);
  if (!workPerElement.has(name)) expect(performance.now() - started, `${name} took too long on ${show(input).slice(0, 200)}`).toBeLessThan(timeLimitMs);
}

/** At most `count` of `items`, spread evenly (first and last included), so big seeds stay quick. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, index) => items[Math.round((index * (items.length - 1)) / (count - 1))] as T);
}

const seeded = fuzzedEntryPoints.filter((entry) => entry.seeds.length > 0);

describe('prototype-polluting keys are rejected or harmless, and pollute nothing', () => {
  it.each(seeded.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const before = prototypeSnapshot();
    for (const seed of entry.seeds) {
      for (const key of HOSTILE_KEYS.slice(0, 4)) {
        const payload = { polluted: true, isAdmin: true, prototype: { polluted: true } };
        const hostile = withHostileKeyEverywhere(seed, key, payload);
        expectRejectedOrHarmless(entry.name, () => entry.call(hostile as unknown[]), hostile);
        // The same keys as the value of every field, one field at a time.
        for (const path of spread(pathsOf(seed, 500).filter((candidate) => candidate.length > 0), 8)) {
          const replaced = replaceAt(seed, path, JSON.parse(`{"${key}": {"polluted": true}}`));
          expectRejectedOrHarmless(entry.name, () => entry.call(replaced as unknown[]), replaced);
        }
      }
    }
    expectPrototypesUntouched(before);
  });

  it('JSON.parse keeps "__proto__" as an own key, so the tests above really send one', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('parameter ids that name Object.prototype members are unknown parameters, not crashes', () => {
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(pbcErrorOf(() => parameterAt(baselinePolicy, id, '2007-04-01')).code).toBe('PARAMETER_NOT_FOUND');
    }
  });

  it('a reform of a parameter called "constructor" or citing a source called "toString" is refused with its path', () => {
    const constructorReform = { id: 'x', label: 'X', parameters: { constructor: [{ from: '2007-04-01', value: 1, sources: ['hansard-2006-11-06'], confidence: 'derived' }] } };
    const error = pbcErrorOf(() => applyReform(baselinePolicy, constructorReform));
    expect(error.code).toBe('INVALID_REFORM');
    expect(error.issues.map((issue) => issue.path)).toContainEqual(['parameters', 'constructor']);
    const toStringSource = { id: 'y', label: 'Y', parameters: { 'fur.practiceShare': [{ from: '2007-04-01', value: '0.8', sources: ['toString'], confidence: 'derived' }] } };
    const sourceError = pbcErrorOf(() => applyReform(baselinePolicy, toStringSource));
    expect(sourceError.issues.map((issue) => issue.rule)).toContain('reform.knownSource');
  });

  it('validatePolicy reports a value citing "constructor" as an unknown source', () => {
    const policy = buildPolicy({ id: 'p', label: 'P', parameters: [], sources: [] });
    const withParameter = {
      ...policy,
      parameters: { 'x.y': { id: 'x.y', label: 'X', unit: 'count', values: [{ from: '2007-04-01', value: 1, sources: ['constructor'], confidence: 'derived' }] } },
    };
    expect(validatePolicy(withParameter).findings.map((finding) => finding.code)).toEqual(['UNKNOWN_SOURCE']);
  });

  it('buildPolicy files a parameter called "constructor" under its own key, once', () => {
    const parameter = { id: 'constructor', label: 'C', unit: 'count' as const, values: [{ from: '2007-04-01', value: 1, sources: ['s'], confidence: 'derived' as const }] };
    const source = { id: 's', title: 'S', publisher: 'P', date: '2007', weight: 'context' as const };
    const policy = buildPolicy({ id: 'p', label: 'P', parameters: [parameter], sources: [source] });
    expect(Object.hasOwn(policy.parameters, 'constructor')).toBe(true);
    expect(parameterAt(policy, 'constructor', '2007-04-01').value).toBe(1);
  });
});

describe('very long strings are rejected or harmless', () => {
  const long = 'x'.repeat(500_000);
  const longDigits = '9'.repeat(20_000);
  it.each(seeded.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    for (const seed of entry.seeds.slice(0, 1)) {
      const strings = spread(pathsOf(seed, 500).filter((path) => typeof valueAt(seed, path) === 'string'), 8);
      for (const path of strings) {
        for (const text of [long, longDigits]) {
          const replaced = replaceAt(seed, path, text);
          expectRejectedOrHarmless(entry.name, () => entry.call(replaced as unknown[]), `${path.join('.')} = ${text.length} characters`);
        }
      }
    }
  });

  it('a long string is not copied whole into the error message', () => {
    const error = pbcErrorOf(() => parameterAt(baselinePolicy, 'fur.practiceShare', long));
    expect(error.message.length).toBeLessThan(1_000);
  });
});

function valueAt(tree: unknown, path: Path): unknown {
  let value = tree;
  for (const segment of path) value = (value as Record<string | number, unknown>)[segment];
  return value;
}

describe('huge arrays are rejected or harmless', () => {
  const huge = Array.from({ length: 50_000 }, (_, index) => index);
  it.each(seeded.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const seed = entry.seeds[0] ?? [];
    // The first list in the input (or the first argument), replaced by 50,000 numbers; 10,000 for the
    // test kit's batch runners, which run a whole case per element.
    const path = pathsOf(seed, 500).find((candidate) => candidate.length > 0 && Array.isArray(valueAt(seed, candidate))) ?? [0];
    const size = workPerElement.has(entry.name) ? 10_000 : huge.length;
    const replaced = replaceAt(seed, path, huge.slice(0, size));
    expectRejectedOrHarmless(entry.name, () => entry.call(replaced as unknown[]), `${path.join('.')} = ${size} numbers`);
  });

  it('a check with 5,000 referrals (valid, all alike) completes and reports each one', () => {
    const input = fuzzedEntryPoints.find((entry) => entry.name === 'checkConflictsOfInterest')?.seeds[2]?.[0] as ConflictsInput & { referrals: ConflictsReferral[] };
    const first = input.referrals[0]!;
    const referrals = Array.from({ length: 5_000 }, (_, index) => ({ ...first, id: `REF-${index}` }));
    const result = checkConflictsOfInterest({ ...input, referrals }, { asOf: '2008-09-01' });
    expect(result.findings.filter((finding) => finding.subject.kind === 'referral')).toHaveLength(5_000);
  });
});

describe('deep nesting is rejected or harmless (no stack overflow)', () => {
  // Built once: a document nested 100,000 deep, as an object and as an array.
  const deep = { object: deeplyNested(100_000, 'object'), array: deeplyNested(100_000, 'array') } as const;
  it.each(seeded.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    for (const seed of entry.seeds.slice(0, 1)) {
      // Top-level arguments and fields one level down, replaced by a deep object or array.
      const targets = spread(pathsOf(seed, 200).filter((path) => path.length >= 1 && path.length <= 2), 5);
      for (const path of targets) {
        for (const kind of ['object', 'array'] as const) {
          const replaced = replaceAt(seed, path, deep[kind]);
          expectRejectedOrHarmless(entry.name, () => entry.call(replaced as unknown[]), `${path.join('.')} = ${kind} nested 100,000 deep`);
        }
      }
    }
  });
});
