/**
 * The fuzz suite every entry point runs (see the fuzz-*.test.ts files, one per area so that vitest
 * can run them side by side). Each entry point gets FUZZ_RUNS inputs: three in four made by damaging
 * its valid seeds (numbers perturbed, dates shifted, fields dropped, duplicated, swapped, replaced by
 * extremes or hostile values), one in four arguments of any shape at all. Every call must either
 * return a clean result — no NaN, Infinity, negative zero or fraction of a penny anywhere — or raise
 * a well-formed PbcError. Nothing else: no TypeError, RangeError or stack overflow. The built-in
 * prototypes must be untouched afterwards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPbcError } from '../../src/index.js';
import { knownDefectOf, type FuzzedEntryPoint } from './entry-points.js';
import { FUZZ_RUNS, expectPrototypesUntouched, hostileValue, mutatedArgs, prototypeSnapshot, runGuarded, show } from './helpers.js';

/** A property of FUZZ_RUNS runs may take a while under `npm run test:fuzz`; allow for it. */
export const FUZZ_TIMEOUT = 30_000 * Math.max(1, FUZZ_RUNS / 1000);

/** Arguments of any shape: hostile values and anything fast-check can make (boxed values, null prototypes). */
export const anyArguments: fc.Arbitrary<unknown[]> = fc.array(
  fc.oneof({ weight: 3, arbitrary: hostileValue }, { weight: 2, arbitrary: fc.anything({ maxDepth: 3, maxKeys: 5, withNullPrototype: true, withBoxedValues: true }) }),
  { maxLength: 3 },
);

/** The input a run is made from: a damaged seed, or arguments of any shape. */
function fuzzInput(entry: FuzzedEntryPoint): fc.Arbitrary<{ readonly damaged: boolean; readonly args: unknown[] }> {
  const any = anyArguments.map((args) => ({ damaged: false, args }));
  if (entry.seeds.length === 0) return any;
  return fc.oneof({ weight: 3, arbitrary: mutatedArgs(entry.seeds).map((args) => ({ damaged: true, args })) }, { weight: 1, arbitrary: any });
}

/**
 * Defines one test per entry point: FUZZ_RUNS generated inputs, each giving a clean result or a
 * well-formed PbcError. When the entry point has seeds, at least one damaged input in twenty must
 * still give a result, proving the fuzz reaches the rules and not only the schema.
 */
export function defineFuzzSuite(title: string, entries: readonly FuzzedEntryPoint[]): void {
  describe(title, () => {
    it.each(entries.map((entry) => [entry.name, entry] as const))(`%s: ${FUZZ_RUNS} damaged or hostile inputs give a clean result or a PbcError`, (_name, entry) => {
      const before = prototypeSnapshot();
      let damaged = 0;
      let results = 0;
      fc.assert(
        fc.property(fuzzInput(entry), ({ damaged: fromSeed, args }) => {
          const defect = knownDefectOf(entry.name);
          const outcome = runGuarded(() => entry.call(args), () => show(args), args, defect?.tolerate, defect?.textUnchecked !== true);
          if (fromSeed) {
            damaged += 1;
            if (outcome.ok) results += 1;
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
      expectPrototypesUntouched(before);
      if (entry.seeds.length > 0) expect(results, `${results} results from ${damaged} damaged inputs`).toBeGreaterThanOrEqual(Math.floor(damaged / 20));
    }, FUZZ_TIMEOUT);
  });
}

/** Runs `fn` and returns the PbcError it raises (failing if it returns or raises anything else). */
export function pbcErrorOf(fn: () => unknown): import('../../src/index.js').PbcError {
  try {
    fn();
  } catch (error) {
    if (isPbcError(error)) return error;
    throw error;
  }
  throw new Error('expected a PbcError, but nothing was thrown');
}
