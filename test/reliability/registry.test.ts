/**
 * The fuzz registry covers the package: every exported function has a fuzzer with valid seeds (or a
 * stated reason not to), every seed is valid, and functions still being built elsewhere (scenarios,
 * charts, area generators) get the any-shape fuzz as soon as they are exported.
 */
import { describe, expect, it } from 'vitest';
import { exportedFunctionNames, fuzzedEntryPoints, notFuzzed, unregisteredExports } from './entry-points.js';
import { defineFuzzSuite } from './fuzz-suite.js';
import { runGuarded, show } from './helpers.js';

describe('the fuzz registry', () => {
  it('names every exported function of the built areas (a new export needs a fuzzer or a reason)', () => {
    const registered = new Set([...fuzzedEntryPoints.map((entry) => entry.name), ...Object.keys(notFuzzed), ...unregisteredExports().map((entry) => entry.name)]);
    expect(exportedFunctionNames().filter((name) => !registered.has(name))).toEqual([]);
  });

  it('starts from valid inputs: every seed gives a clean result', () => {
    for (const entry of fuzzedEntryPoints) {
      expect(entry.seeds.length, entry.name).toBeGreaterThan(0);
      for (const seed of entry.seeds) {
        const outcome = runGuarded(() => entry.call(seed), () => `${entry.name} ${show(seed)}`, seed);
        expect(outcome.ok, `${entry.name} seed ${show(seed).slice(0, 200)}`).toBe(true);
      }
    }
  });

  it('holds each entry point once', () => {
    const names = fuzzedEntryPoints.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

defineFuzzSuite('fuzzing exports still being built (scenarios, charts, area generators)', unregisteredExports());
