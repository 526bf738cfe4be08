// The docs' result comments (`expression; // → value`) are asserted by scripts/check-snippets.mjs;
// these tests pin how a comment is read and matched, so a wrong comment cannot pass.
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without type declarations
import { mismatch, parseResultComment } from '../../scripts/snippets/result-comment.mjs';

type Read = { matcher: unknown; rest: string } | null;
const read = (text: string): Read => parseResultComment(text) as Read;
const check = (comment: string, actual: unknown): string | null => {
  const parsed = read(comment);
  if (parsed === null) throw new Error(`not a value: ${comment}`);
  return mismatch(parsed.matcher, actual) as string | null;
};

describe('result comments', () => {
  it('reads the literal and leaves the prose', () => {
    expect(read("12 (one row per month)")?.rest).toBe(' (one row per month)');
    expect(read("60_500_000: 100 × £1,000")?.rest).toBe(': 100 × £1,000');
    expect(read('a sentence, not a value')).toBeNull();
  });
  it('matches exact values, and fails on a wrong one', () => {
    expect(check('60_500_000: the total', 60_500_000)).toBeNull();
    expect(check("'£5,700.00'", '£5,700.00')).toBeNull();
    expect(check('[34, 33, 33]', [34, 33, 33])).toBeNull();
    expect(check('[34, 33, 33]', [34, 33, 32])).toMatch(/\[2\] is 32/);
    expect(check('{ a: 1 }', { a: 1, b: 2 })).toMatch(/also has b/);
    expect(check('true', 'true')).not.toBeNull();
  });
  it('reads … as "and more" in objects, arrays and strings', () => {
    expect(check('{ a: 1, … }', { a: 1, b: 2 })).toBeNull();
    expect(check('[1, …, 9]', [1, 5, 7, 9])).toBeNull();
    expect(check('[1, …, 9]', [1, 5, 7, 8])).not.toBeNull();
    expect(check("'Business case … 106 days'", 'Business case BC-1 pending 106 days')).toBeNull();
    expect(check("'Business case … 106 days'", 'Business case BC-1 pending 107 days')).not.toBeNull();
  });
  it('reads a thrown error with its code', () => {
    expect(read('throws PbcError NOT_IN_FORCE: before 2005/06')?.matcher).toEqual({ t: 'throws', code: 'NOT_IN_FORCE' });
    expect(read('throws')?.matcher).toEqual({ t: 'throws', code: null });
  });
});
