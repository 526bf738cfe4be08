import { describe, expect, it } from 'vitest';
import { BudgetSchema } from '../../src/schemas/index.js';
import { parseInput, raiseIssues } from '../../src/core/validation.js';
import { pbcError } from '../support/errors.js';

describe('error summaries: parseInput and raiseIssues', () => {
  it('many issues: the message names three and counts the rest; one rule is the error\'s rule', () => {
    const error = pbcError(() => parseInput(BudgetSchema, { holder: 1, financialYear: 2, kind: 3, lines: 4 }, 'budget'), 'INVALID_INPUT');
    expect(error.issues).toHaveLength(4);
    expect(error.message).toContain('(and 1 more)');
    const single = pbcError(() => raiseIssues([{ path: ['a'], message: 'x', rule: 'r.one', code: 'MISSING_INPUT' }], 'thing'), 'MISSING_INPUT');
    expect(single.rule).toBe('r.one');
    expect(single.message).toBe('invalid thing: a: x');
    const mixed = pbcError(
      () =>
        raiseIssues(
          [
            { path: ['a'], message: 'x', rule: 'r.one', code: 'MISSING_INPUT' },
            { path: ['b'], message: 'y', rule: 'r.two', code: 'CONFLICTING_INPUT' },
          ],
          'thing',
        ),
      'INVALID_INPUT',
    );
    expect(mixed.rule).toBeUndefined();
    expect(mixed.issues).toEqual([
      { path: ['a'], message: 'x', rule: 'r.one' },
      { path: ['b'], message: 'y', rule: 'r.two' },
    ]);
    expect(raiseIssues([], 'nothing')).toBeUndefined();
    // Issues without a code take the caller's.
    pbcError(() => raiseIssues([{ path: [], message: 'z' }], 'thing', 'CONFLICTING_INPUT'), 'CONFLICTING_INPUT');
  });
});
