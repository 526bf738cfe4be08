/**
 * Issue 19, class 7: "errors that name nothing". Every seeded public entry point is given its seeds
 * with one number made huge (amounts, list sizes, day counts) or one date or year pushed to the edge
 * of the calendar. It must return a clean result (no NaN, no five-digit year), or raise a PbcError
 * with at least one issue that names a field (a non-empty path) and a rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConflictsOfInterest, evaluateArea, fundholdingEligibility, isPbcError, rollUpGroupBudget } from '../../src/index.js';
import { addDays, apportion, financialYearBounds, pence, sumMoney } from '../../src/core/index.js';
import { fuzzedEntryPoints } from './entry-points.js';
import { pbcErrorOf } from './fuzz-suite.js';
import { runGuarded, show } from './helpers.js';
import { HOSTILE_RUNS, arrayAndLeafPaths, copyOf, expectNamedIssue, expectNoBrokenDates, nodeAt, seededEntryPoints, smallArea } from './hostile-tools.js';

const HUGE_NUMBERS = [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, 2 ** 52, 1e15, -Number.MAX_SAFE_INTEGER] as const;
const EDGE_TEXT = ['9999-12-31', '0000-01-01', '9999-03-31', '9999/00', '0999/00', '9998/99'] as const;

/**
 * Entry points whose error may name the root rather than a field: parseInput given a bare value (a
 * date, a number) has no field to name below the value itself, so its issue's path is [] (its
 * message names the input by the `what` it was given). Every other entry point must name a field.
 */
const NAMES_THE_ROOT = new Set<string>(['parseInput']);

describe('overflow: huge amounts, list sizes, day counts and years', () => {
  it.each(seededEntryPoints.map((entry) => [entry.name, entry] as const))('%s: a huge number or an edge-of-calendar date gives a clean result or a named error', (_name, entry) => {
    const targets = entry.seeds.flatMap((seed, seedAt) =>
      arrayAndLeafPaths(seed).leaves.flatMap((path) => {
        const node = nodeAt(seed, path);
        return typeof node === 'number' || (typeof node === 'string' && /^\d{4}[-/]\d{2}/.test(node)) ? [{ seedAt, path, numeric: typeof node === 'number' }] : [];
      }),
    );
    if (targets.length === 0) return;
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.nat(), ({ seedAt, path, numeric }, pick) => {
        const args = copyOf(entry.seeds[seedAt]!) as unknown[] | undefined;
        if (args === undefined) return;
        const parent = nodeAt(args, path.slice(0, -1)) as Record<string | number, unknown>;
        if (Object.isFrozen(parent)) return;
        parent[path[path.length - 1]!] = numeric ? HUGE_NUMBERS[pick % HUGE_NUMBERS.length] : EDGE_TEXT[pick % EDGE_TEXT.length];
        const outcome = runGuarded(() => entry.call(args), () => `${show(path)} = ${show(parent[path[path.length - 1]!])}`, args);
        if (outcome.ok) expectNoBrokenDates(outcome.value, entry.name);
        else if ('error' in outcome) {
          expectNoBrokenDates({ message: outcome.error.message, issues: outcome.error.issues }, `${entry.name}'s error`);
          if (!NAMES_THE_ROOT.has(entry.name)) expectNamedIssue(outcome.error, `${entry.name} with ${show(path)} = ${show(parent[path[path.length - 1]!])}`);
        }
      }),
      { numRuns: Math.min(entry.name.endsWith('Area') || entry.name === 'compareScenarios' ? 30 : HOSTILE_RUNS, targets.length * 3) },
    );
  }, 120_000);
});

const seedOf = (name: string, at: number): unknown[] => copyOf(fuzzedEntryPoints.find((entry) => entry.name === name)!.seeds[at]!) as unknown[];

describe('named regressions (issue 19, class 7)', () => {
  it('roll-ups that overflow 2^53 pence name the field and the rule', () => {
    const [input] = seedOf('rollUpGroupBudget', 0) as [{ budgets: { lines: { amount: number }[] }[] }];
    input.budgets[0]!.lines[0]!.amount = Number.MAX_SAFE_INTEGER;
    input.budgets[1]!.lines[0]!.amount = Number.MAX_SAFE_INTEGER;
    const error = pbcErrorOf(() => rollUpGroupBudget(input as unknown as Parameters<typeof rollUpGroupBudget>[0]));
    expect(error.code).toBe('UNSAFE_INTEGER');
    expect(error.issues).toContainEqual(expect.objectContaining({ path: ['budgets', 1, 'lines', 0, 'amount'], rule: 'money.safeInteger' }));
  });

  it('sumMoney names the amount at which the sum overflowed', () => {
    const error = pbcErrorOf(() => sumMoney([pence(1), pence(Number.MAX_SAFE_INTEGER), pence(1)]));
    expect(error.issues).toEqual([expect.objectContaining({ path: [1], rule: 'money.safeInteger' })]);
  });

  it('a huge day limit names the limit, never prints NaN', () => {
    const [input, options] = seedOf('checkConflictsOfInterest', 2) as [{ local: { decisionLimitDays: number } }, unknown];
    input.local.decisionLimitDays = Number.MAX_SAFE_INTEGER;
    const error = pbcErrorOf(() => checkConflictsOfInterest(input as never, options as never));
    expect(error.message).not.toMatch(/NaN/);
    expect(error.issues).toContainEqual(expect.objectContaining({ path: ['local', 'decisionLimitDays'], rule: 'calendar.dateRange' }));
    const core = pbcErrorOf(() => addDays('2008-05-01', 1e15));
    expect(core.message).not.toMatch(/NaN/);
    expect(core.issues).toEqual([expect.objectContaining({ path: ['days'], rule: 'calendar.dateRange' })]);
  });

  it("financialYearBounds('9999/00') is refused, not '10000-03-31'", () => {
    const error = pbcErrorOf(() => financialYearBounds('9999/00'));
    expect(error.code).toBe('INVALID_FINANCIAL_YEAR');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['financialYear'], rule: 'calendar.financialYearRange' })]);
    expect(financialYearBounds('9998/99')).toEqual({ start: '9998-04-01', end: '9999-03-31' });
  });

  it('count sums that go inexact are refused, naming the list size', () => {
    const error = pbcErrorOf(() =>
      fundholdingEligibility({ date: '1992-06-01', practices: [{ practiceCode: 'A81001', listSize: Number.MAX_SAFE_INTEGER }, { practiceCode: 'A81002', listSize: 4_500 }] }),
    );
    expect(error.issues).toContainEqual(expect.objectContaining({ path: ['practices', 1, 'listSize'], rule: 'count.safeInteger' }));
  });

  it("an area whose list sizes sum past 2^53 is refused, naming a practice's list size", () => {
    const area = smallArea() as { practices: { listSize: number }[] };
    area.practices[0]!.listSize = Number.MAX_SAFE_INTEGER;
    area.practices[1]!.listSize = Number.MAX_SAFE_INTEGER;
    let error: unknown;
    try {
      evaluateArea(area as never, { asOf: '2009-06-30', explanations: false });
    } catch (caught) {
      error = caught;
    }
    expect(isPbcError(error)).toBe(true);
    if (isPbcError(error)) {
      expectNamedIssue(error, 'evaluateArea');
      expect(error.issues.some((issue) => issue.path[0] === 'practices' || issue.path[0] === 'groups')).toBe(true);
    }
  });

  it('apportion with a hole in its weights returns no hole: it is refused, naming the index', () => {
    // eslint-disable-next-line no-sparse-arrays
    const error = pbcErrorOf(() => apportion(pence(100), [1, 2, , 1] as never));
    expect(error.issues).toEqual([expect.objectContaining({ path: [2], rule: 'apportion.weightGiven' })]);
  });
});
