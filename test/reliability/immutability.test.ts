/**
 * Immutability: no function mutates what it is given. Every entry point is called twice on the same
 * (fuzzed) input: once on a plain copy, once on a deep-frozen copy. Writing to a frozen object
 * throws in the library's strict-mode modules, so a function that mutates its input fails on the
 * frozen copy; the two calls must agree exactly (same result, or the same error code and paths),
 * and the plain copy must be unchanged afterwards. The baseline policy and the reference tables are
 * frozen, and stay so.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isPbcError } from '../../src/index.js';
import { deepFreeze } from '../../src/core/index.js';
import { readinessFrameworks } from '../../src/policy/index.js';
import { baselinePolicy, conflictsRuleCatalogue, pbcSurveyFigures, serviceLineCatalogue } from '../../src/policy/index.js';
import { fuzzedEntryPoints, knownDefectOf } from './entry-points.js';
import { HEAVY_RUNS, mutatedArgs, show } from './helpers.js';
import { FUZZ_TIMEOUT } from './fuzz-suite.js';

// Properties of FUZZ_RUNS runs take longer under `npm run test:fuzz`.
vi.setConfig({ testTimeout: FUZZ_TIMEOUT });

type Result = { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'error'; readonly code: string; readonly paths: string } | { readonly kind: 'other'; readonly error: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of plain data that keeps own `__proto__` keys and the values of other types as they are. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (isRecord(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    const copy: Record<string, unknown> = Object.getPrototypeOf(value) === null ? (Object.create(null) as Record<string, unknown>) : {};
    for (const [key, item] of Object.entries(value)) Object.defineProperty(copy, key, { value: copyOf(item), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return value;
}

function resultOf(fn: () => unknown): Result {
  try {
    return { kind: 'value', value: fn() };
  } catch (error) {
    if (isPbcError(error)) return { kind: 'error', code: error.code, paths: JSON.stringify(error.issues.map((issue) => issue.path)) };
    return { kind: 'other', error };
  }
}

// deepFreeze's job is to freeze what it is given, so it is left out.
const entries = fuzzedEntryPoints.filter((entry) => entry.seeds.length > 0 && entry.name !== 'deepFreeze');

describe('no function mutates what it is given', () => {
  it.each(entries.map((entry) => [entry.name, entry] as const))(`%s: a deep-frozen input gives the same outcome as a plain one, and the plain one is unchanged (${HEAVY_RUNS} runs)`, (_name, entry) => {
    const tolerate = knownDefectOf(entry.name)?.tolerate;
    fc.assert(
      fc.property(mutatedArgs(entry.seeds, 2), (args) => {
        const plain = copyOf(args) as unknown[];
        const before = show(plain);
        const frozen = deepFreeze(copyOf(args)) as unknown[];
        const onPlain = resultOf(() => entry.call(plain));
        const onFrozen = resultOf(() => entry.call(frozen));
        if (onPlain.kind === 'other' && tolerate?.(onPlain.error) === true) return;
        expect(onFrozen.kind === 'other' ? String(onFrozen.error) : onFrozen.kind, `frozen input: ${show(args).slice(0, 300)}`).toBe(onPlain.kind === 'other' ? String(onPlain.error) : onPlain.kind);
        if (onPlain.kind === 'value' && onFrozen.kind === 'value') expect(onFrozen.value).toEqual(onPlain.value);
        if (onPlain.kind === 'error' && onFrozen.kind === 'error') expect(onFrozen).toEqual(onPlain);
        expect(show(plain), 'the input was changed').toBe(before);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });

  it('the seeds themselves are unchanged after every entry point has run on them', () => {
    const before = show(entries.map((entry) => entry.seeds));
    for (const entry of entries) for (const seed of entry.seeds) resultOf(() => entry.call(seed));
    expect(show(entries.map((entry) => entry.seeds))).toBe(before);
  });

  it('the baseline policy and the reference tables are deep-frozen', () => {
    const shared: readonly unknown[] = [baselinePolicy, readinessFrameworks, conflictsRuleCatalogue, pbcSurveyFigures, serviceLineCatalogue];
    for (const table of shared) {
      const stack: unknown[] = [table];
      while (stack.length > 0) {
        const item = stack.pop();
        if (typeof item === 'object' && item !== null) {
          expect(Object.isFrozen(item), show(item).slice(0, 120)).toBe(true);
          stack.push(...Object.values(item));
        }
      }
    }
  });
});
