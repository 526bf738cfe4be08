import { afterEach, describe, expect, it } from 'vitest';
import { fundholdingEligibility, rollUpGroupBudget, setIndicativeBudget } from '../../src/budgets/index.js';
import { expectIssue } from '../support/errors.js';

// Issue 15: duplicate checks on big inputs were `indexOf` inside a loop (80,000 practices took 10 s).
// These tests count the work instead of timing it: every element the array searches visit
// (indexOf, lastIndexOf, includes, find, findIndex, some, every, filter) is counted while the rule
// checks 200,000 practices, and the count must stay within a small multiple of the input's size
// (a quadratic check would visit about 2 × 10^10 and is stopped as soon as it passes the bound).
const N = 200_000;
const BOUND = 40 * N;
const SEARCHES = ['indexOf', 'lastIndexOf', 'includes', 'find', 'findIndex', 'some', 'every', 'filter'] as const;
const originals = new Map<string, unknown>();
let visited = 0;

function counting<T>(run: () => T): T {
  visited = 0;
  for (const name of SEARCHES) {
    const original = Array.prototype[name] as (...args: unknown[]) => unknown;
    originals.set(name, original);
    Object.defineProperty(Array.prototype, name, {
      configurable: true,
      writable: true,
      value(this: unknown[], ...args: unknown[]) {
        visited += this.length;
        if (visited > BOUND) throw new Error(`more than ${BOUND} elements searched: the check is not linear`);
        return original.apply(this, args);
      },
    });
  }
  try {
    return run();
  } finally {
    restore();
  }
}

function restore(): void {
  for (const [name, original] of originals) Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: original });
  originals.clear();
}

afterEach(restore);

const code = (index: number): string => `${String.fromCharCode(65 + Math.floor(index / 100_000))}${String(index % 100_000).padStart(5, '0')}`;
// 200,000 distinct codes, then the first repeated at the end.
const codes = [...Array.from({ length: N - 1 }, (_, index) => code(index)), code(0)];

describe('duplicate checks are linear: 200,000 practices', () => {
  it('fundholdingEligibility finds the one repeated practice, searching at most 40 elements a practice', () => {
    const practices = codes.map((practiceCode) => ({ practiceCode, listSize: 10 }));
    counting(() => expectIssue(() => fundholdingEligibility({ date: '1993-04-01', practices }), 'INVALID_INPUT', ['practices', N - 1, 'practiceCode'], 'fundholding.uniquePractices'));
    expect(visited).toBeLessThanOrEqual(BOUND);
  });

  it('setIndicativeBudget finds the one repeated practice the same way', () => {
    const practices = codes.map((practiceCode) => ({ practiceCode, weightedPopulation: 1000 }));
    const input = { pctCode: '5A0', financialYear: '2008/09', method: 'weightedCapitation', pctResources: [{ serviceLine: 'PRESCRIBING', amount: 100 }], practices };
    counting(() => expectIssue(() => setIndicativeBudget(input as Parameters<typeof setIndicativeBudget>[0]), 'INVALID_INPUT', ['practices', N - 1, 'practiceCode'], 'budget.practices.unique'));
    expect(visited).toBeLessThanOrEqual(BOUND);
  });

  it("a group's members: the repeated member is found", () => {
    const input = { group: { kind: 'group', groupId: 'G1', memberPracticeCodes: codes }, budgets: [] };
    counting(() => expectIssue(() => rollUpGroupBudget(input as unknown as Parameters<typeof rollUpGroupBudget>[0]), 'INVALID_INPUT', ['group', 'memberPracticeCodes', N - 1], 'budget.group.uniqueMembers'));
    expect(visited).toBeLessThanOrEqual(BOUND);
  });

  it('the counter stops a quadratic check (it counts what indexOf in a loop would search)', () => {
    const values = Array.from({ length: 10_000 }, (_, index) => index);
    expect(() => counting(() => values.forEach((value, index) => values.indexOf(value) !== index))).toThrow(/not linear/);
  });
});
