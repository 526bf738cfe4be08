/**
 * Issue 19, class 3: "validate, then read again". Every public entry point is given its seeds with a
 * hole punched in one of their arrays, and with one value replaced by a getter that gives the valid
 * value on its first read and a hostile one after. A hole must be refused with a PbcError or handled
 * as the absent element it is — never returned as a hole, never counted as zero in silence. A value
 * must be read once: the result is the one the valid value gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateArea, isPbcError } from '../../src/index.js';
import { apportion, pence } from '../../src/core/index.js';
import { pbcErrorOf } from './fuzz-suite.js';
import { expectCleanOutput, runGuarded, show } from './helpers.js';
import { HOSTILE_RUNS, arrayAndLeafPaths, copyOf, holesIn, nodeAt, seededEntryPoints, smallArea } from './hostile-tools.js';

/**
 * Open class-3 defects still to fix, each listed so that the suite names it; remove an entry when it
 * is fixed. renderExplanation and buildPolicy are owned by other issue-19 work. The rest read a value
 * twice inside zod: a discriminated union or union reads its discriminator, then parses the chosen
 * option (reading it again). The fix is one own-property snapshot of the input, read once, before zod.
 */
const READS_TWICE_TODAY = new Set<string>([]);

/** Open defects: these return a hole where they were given one (explain's sources, runPolicyCases' results). */
const RETURNS_HOLES_TODAY = new Set<string>([]);

type Outcome = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly code: string };

function outcomeOf(run: () => unknown): Outcome {
  try {
    return { ok: true, json: JSON.stringify(run()) ?? 'undefined' };
  } catch (error) {
    if (isPbcError(error)) return { ok: false, code: error.code };
    throw error;
  }
}

describe('holes in every reachable array', () => {
  it.each(seededEntryPoints.filter((entry) => !RETURNS_HOLES_TODAY.has(entry.name)).map((entry) => [entry.name, entry] as const))('%s: a hole in any array is refused or handled, never returned', (_name, entry) => {
    const targets = entry.seeds.flatMap((seed, seedAt) => arrayAndLeafPaths(seed).arrays.map((path) => ({ seedAt, path })));
    if (targets.length === 0) return;
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.nat(), ({ seedAt, path }, at) => {
        const args = copyOf(entry.seeds[seedAt]!) as unknown[] | undefined;
        if (args === undefined) return;
        const array = nodeAt(args, path) as unknown[];
        if (Object.isFrozen(array)) return;
        delete array[at % array.length];
        const outcome = runGuarded(() => entry.call(args), () => `${show(path)}[${at % array.length}] deleted`, args);
        if (outcome.ok) expect(holesIn(outcome.value), `${entry.name} returned holes`).toEqual([]);
      }),
      { numRuns: Math.min(HOSTILE_RUNS, targets.length * 4) },
    );
  }, 120_000);
});

describe('values that change between reads', () => {
  const entries = seededEntryPoints.filter((entry) => !READS_TWICE_TODAY.has(entry.name));
  it.each(entries.map((entry) => [entry.name, entry] as const))('%s: each value is read once, as it was checked', (_name, entry) => {
    const targets = entry.seeds.flatMap((seed, seedAt) => arrayAndLeafPaths(seed).leaves.map((path) => ({ seedAt, path })));
    if (targets.length === 0) return;
    // The plain seed's outcome, once per seed (a whole area takes a while).
    const plainOutcomes = new Map<number, Outcome>();
    const plainOutcome = (seedAt: number, plain: unknown[]): Outcome => {
      if (!plainOutcomes.has(seedAt)) plainOutcomes.set(seedAt, outcomeOf(() => entry.call(plain)));
      return plainOutcomes.get(seedAt)!;
    };
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.constantFrom<unknown>(-1e300, Number.NaN, '', null, { hostile: true }), ({ seedAt, path }, later) => {
        const plain = copyOf(entry.seeds[seedAt]!) as unknown[] | undefined;
        const tricky = copyOf(entry.seeds[seedAt]!) as unknown[] | undefined;
        if (plain === undefined || tricky === undefined) return;
        const parent = nodeAt(tricky, path.slice(0, -1)) as Record<string | number, unknown>;
        const key = path[path.length - 1]!;
        const first = parent[key];
        let reads = 0;
        Object.defineProperty(parent, key, {
          enumerable: true,
          configurable: true,
          get: () => {
            reads += 1;
            return reads === 1 ? first : later;
          },
        });
        expect(outcomeOf(() => entry.call(tricky)), `${entry.name}: ${show(path)} read ${reads} times`).toEqual(plainOutcome(seedAt, plain));
      }),
      { numRuns: Math.min(entry.area === 'testing' && entry.name.endsWith('Area') ? 40 : HOSTILE_RUNS, targets.length * 2) },
    );
  }, 120_000);
});

describe('named regressions (issue 19, class 3)', () => {
  it('a missing month of spend is refused, not counted as zero', () => {
    const area = smallArea() as { practices: { spend: { months: number[] }[] }[] };
    delete area.practices[2]!.spend[1]!.months[3];
    const error = pbcErrorOf(() => evaluateArea(area as never, { asOf: '2009-06-30', explanations: false }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toContainEqual(expect.objectContaining({ path: ['practices', 2, 'spend', 1, 'months', 3], rule: 'scenario.spend.monthGiven' }));
  });

  it('any missing month of any practice is refused, naming it', () => {
    const base = smallArea() as { practices: { spend: { months: number[] }[] }[] };
    const places = base.practices.flatMap((practice, at) => practice.spend.map((_line, line) => [at, line] as const));
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.integer({ min: 0, max: 11 }), ([at, line], month) => {
        const area = copyOf(base)!;
        delete area.practices[at]!.spend[line]!.months[month];
        const error = pbcErrorOf(() => evaluateArea(area as never, { asOf: '2009-03-31', explanations: false }));
        expect(error.issues.map((issue) => issue.path)).toContainEqual(['practices', at, 'spend', line, 'months', month]);
      }),
      { numRuns: Math.min(HOSTILE_RUNS, 30) },
    );
  }, 60_000);

  it('a month that changes after it was checked is used as checked', () => {
    const plain = smallArea() as { practices: { spend: { months: number[] }[] }[] };
    const tricky = copyOf(plain)!;
    const months = tricky.practices[0]!.spend[0]!.months;
    const checked = months[0]!;
    let reads = 0;
    Object.defineProperty(months, 0, { enumerable: true, configurable: true, get: () => (reads++ === 0 ? checked : 10 ** 15) });
    const expected = evaluateArea(plain as never, { asOf: '2009-06-30', explanations: false });
    const actual = evaluateArea(tricky as never, { asOf: '2009-06-30', explanations: false });
    expect(reads).toBe(1);
    expect(actual.totals).toEqual(expected.totals);
    expectCleanOutput(actual.totals);
  });

  it('apportion with a hole in its weights is refused, naming the index', () => {
    // eslint-disable-next-line no-sparse-arrays
    const error = pbcErrorOf(() => apportion(pence(100), [1, , 1] as never));
    expect(error.code).toBe('INVALID_WEIGHTS');
    expect(error.issues).toEqual([expect.objectContaining({ path: [1], rule: 'apportion.weightGiven' })]);
  });
});
