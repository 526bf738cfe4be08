/**
 * Issue 19, class 6: resource bounds on strings. A decimal string is matched in linear time and
 * capped at 200 characters (PbcError naming the field and the rule `decimal.maxLength`), and no
 * error message echoes more than a short cut of a caller's value: 80 characters, an ellipsis and
 * the full length. Every entry point given 100,000-character text in any string field (or a key of
 * that length) finishes fast, and its error message stays short.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPbcError, renderExplanation, type Explanation } from '../../src/index.js';
import { apportion, explain, multiplyByRate, parseIsoDate, pence, parsePracticeCode } from '../../src/core/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { fuzzedEntryPoints, sampleExplanation, unregisteredExports } from './entry-points.js';
import { pbcErrorOf } from './fuzz-suite.js';
import { FUZZ_RUNS } from './helpers.js';
import { stringPaths, withStringAt } from './string-fields.js';

const LONG = 100_000;
/** A PbcError's message is at most 1,000 characters, each issue's 300, plus the length note. */
const MAX_MESSAGE = 1_030;
const MAX_ISSUE_MESSAGE = 330;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

function expectShortError(error: unknown, what: string): void {
  if (!isPbcError(error)) throw error;
  expect(error.message.length, `${what}: message of ${error.message.length} characters`).toBeLessThanOrEqual(MAX_MESSAGE);
  for (const issue of error.issues) expect(issue.message.length, `${what}: issue message`).toBeLessThanOrEqual(MAX_ISSUE_MESSAGE);
}

describe('long strings are bounded (issue 19, class 6)', () => {
  it('a 100,000-character rate is refused in milliseconds, not 13 s, naming the field and the rule', () => {
    for (const rate of ['1'.repeat(LONG) + 'x', '1'.repeat(LONG), `0.${'3'.repeat(LONG)}`, `${'9'.repeat(LONG)}e`]) {
      const { value: error, ms } = timed(() => pbcErrorOf(() => multiplyByRate(pence(100), rate)));
      expect(ms).toBeLessThan(200);
      expect(error.code).toBe('INVALID_RATE');
      expect(error.issues[0]).toMatchObject({ path: ['rate'], rule: 'decimal.maxLength' });
      expect(error.message).toContain(`(${rate.length} characters)`);
      expectShortError(error, 'multiplyByRate');
    }
  });

  it('apportion and renderExplanation refuse a 100,000-character decimal fast', () => {
    const { value: error, ms } = timed(() => pbcErrorOf(() => apportion(pence(100), [1, `1${'0'.repeat(LONG)}x`])));
    expect(ms).toBeLessThan(200);
    expect(error.issues[0]?.rule).toBe('decimal.maxLength');
    const base = sampleExplanation();
    const ratio = base.parameters.find((reading) => reading.unit === 'ratio')!;
    const tree: Explanation = { ...base, parameters: [{ ...ratio, value: `0.${'1'.repeat(LONG)}!` }] };
    const rendered = timed(() => renderExplanation(tree));
    expect(rendered.ms).toBeLessThan(500);
    // A ratio that is not a decimal is printed as text, not computed.
    expect(rendered.value).toContain('!');
  });

  it('the decimal pattern is linear: 200-character strings just inside the cap are read or refused at once', () => {
    const { ms } = timed(() => {
      for (let index = 0; index < 2_000; index += 1) {
        expect(pbcErrorOf(() => multiplyByRate(pence(1), `${'1'.repeat(198)}.x`)).code).toBe('INVALID_RATE');
        expect(multiplyByRate(pence(1), `0.${'0'.repeat(197)}`)).toBe(0);
      }
    });
    expect(ms).toBeLessThan(2_000);
  });

  it('error messages do not echo megabyte-long inputs', () => {
    const huge = 'x'.repeat(1_000_000);
    for (const call of [() => parseIsoDate(huge), () => parsePracticeCode(huge), () => multiplyByRate(pence(1), huge), () => explain({ id: 'r', version: '1', title: 'R', sources: [] }, baselinePolicy, '2007-04-01').integer(huge)]) {
      const error = pbcErrorOf(call);
      expectShortError(error, error.code);
    }
    // The value echoed is cut to 80 characters, with an ellipsis and its length.
    expect(pbcErrorOf(() => parseIsoDate(huge)).message).toBe(`date: "${'x'.repeat(80)}…" (1000000 characters) is not a real calendar date in YYYY-MM-DD form`);
  });

  it('a reform whose ratio is 100,000 characters long is refused with the path of the value', () => {
    const error = pbcErrorOf(() =>
      applyReform(baselinePolicy, {
        id: 'long-ratio',
        label: 'A very long share',
        parameters: { 'fur.practiceShare': [{ from: '2007-04-01', value: `0.${'5'.repeat(LONG)}`, sources: ['hansard-2006-11-06'], confidence: 'unconfirmed' }] },
      }),
    );
    expect(error.issues[0]?.path).toEqual(['parameters', 'fur.practiceShare', 0, 'value']);
    expectShortError(error, 'applyReform');
  });

  it('every entry point, given a 100,000-character string in any string field or key, finishes fast with a result or a short PbcError (property)', () => {
    const entries = [...fuzzedEntryPoints.filter((entry) => entry.seeds.length > 0)];
    const long = 'A'.repeat(LONG);
    let slowest = 0;
    fc.assert(
      fc.property(fc.nat(entries.length - 1), fc.nat(), fc.nat(), fc.boolean(), (entryIndex, seedIndex, pathIndex, asKey) => {
        const entry = entries[entryIndex]!;
        const seed = entry.seeds[seedIndex % entry.seeds.length]!;
        const paths = stringPaths(seed);
        if (paths.length === 0) return;
        const path = paths[pathIndex % paths.length]!;
        const args = withStringAt(seed, path, () => long, asKey);
        if (args === undefined) return;
        const what = `${entry.name} with a long ${asKey ? 'key beside' : 'value at'} ${path.join('.')}`;
        const started = performance.now();
        try {
          entry.call(args);
        } catch (error) {
          expectShortError(error, what);
        }
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        expect(ms, what).toBeLessThan(2_000);
      }),
      { numRuns: Math.max(300, Math.min(FUZZ_RUNS, 2_000)) },
    );
    expect(slowest).toBeLessThan(2_000);
  });

  it('every export, given 100,000-character text as any argument, finishes fast with a result or a short PbcError', () => {
    const long = `${'7'.repeat(LONG)}\n`;
    for (const entry of [...fuzzedEntryPoints, ...unregisteredExports()]) {
      for (const args of [[long], [long, long], [{ id: long }], [[long]]]) {
        const started = performance.now();
        try {
          entry.call(args);
        } catch (error) {
          expectShortError(error, entry.name);
        }
        expect(performance.now() - started, entry.name).toBeLessThan(2_000);
      }
    }
  });
});
