import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorCodes, PbcError, isPbcError } from '../../src/index.js';
import { parseInput, parsePctCode, parsePracticeCode, parseShaCode } from '../../src/core/index.js';

describe('identifiers', () => {
  it('accepts published forms', () => {
    expect(parsePracticeCode('A81001')).toBe('A81001');
    expect(parsePctCode('5QJ')).toBe('5QJ');
    expect(parseShaCode('Q30')).toBe('Q30');
  });
  it.each(['a81001', 'A8100', 'A810011', '81001A', '', 'AA1001'])('rejects practice code %j naming the field', (text) => {
    try {
      parsePracticeCode(text, 'practices.0.code');
      expect.unreachable();
    } catch (error) {
      expect(isPbcError(error, 'INVALID_IDENTIFIER')).toBe(true);
      expect((error as PbcError).issues[0]?.path).toEqual(['practices.0.code']);
    }
  });
  it('rejects bad PCT and SHA codes', () => {
    expect(() => parsePctCode('5qj')).toThrow(PbcError);
    expect(() => parsePctCode('5QJX')).toThrow(/PCT code/);
    expect(() => parseShaCode(30)).toThrow(/SHA code/);
  });
});

describe('PbcError and parseInput', () => {
  it('lists every issue with its path, not just the first', () => {
    const schema = z.object({ listSize: z.number().int(), asOf: z.string(), rate: z.number() });
    try {
      parseInput(schema, { listSize: 1.5, asOf: 3 }, 'practice');
      expect.unreachable();
    } catch (error) {
      expect(isPbcError(error, 'INVALID_INPUT')).toBe(true);
      const pbc = error as PbcError;
      expect(pbc.issues.map((issue) => issue.path.join('.'))).toEqual(['listSize', 'asOf', 'rate']);
      expect(pbc.message).toMatch(/^invalid practice: listSize: /);
      expect(pbc.toJSON()).toMatchObject({ name: 'PbcError', code: 'INVALID_INPUT' });
      expect(JSON.parse(JSON.stringify(pbc)).issues).toHaveLength(3);
    }
  });
  it('summarises long issue lists', () => {
    const schema = z.array(z.number());
    expect(() => parseInput(schema, ['a', 'b', 'c', 'd', 'e'])).toThrow(/and 2 more/);
    expect(parseInput(schema, [1, 2])).toEqual([1, 2]);
  });
  it('isPbcError tells errors apart by code, and recognises copies from another build', () => {
    const error = new PbcError('INVALID_DATE', 'x', { rule: 'r1', cause: new Error('inner') });
    expect(isPbcError(error)).toBe(true);
    expect(isPbcError(error, 'INVALID_DATE')).toBe(true);
    expect(isPbcError(error, 'INVALID_MONEY')).toBe(false);
    expect(isPbcError(new Error('x'))).toBe(false);
    expect(isPbcError(null)).toBe(false);
    expect(isPbcError('INVALID_DATE')).toBe(false);
    const foreign = Object.assign(new Error('y'), { code: 'INVALID_DATE', [Symbol.for('practice-based-commissioning.PbcError')]: true });
    expect(isPbcError(foreign, 'INVALID_DATE')).toBe(true);
    expect(error.toJSON().rule).toBe('r1');
    expect(error.cause).toBeInstanceOf(Error);
  });
  it('instanceof PbcError recognises an error from another copy of the library, and nothing else', () => {
    const brand = Symbol.for('practice-based-commissioning.PbcError');
    const foreign = Object.defineProperty(new Error('y'), brand, { value: true });
    expect(foreign instanceof PbcError).toBe(true);
    expect(new PbcError('INVALID_DATE', 'x') instanceof PbcError).toBe(true);
    expect(new PbcError('INVALID_DATE', 'x') instanceof Error).toBe(true);
    expect(new Error('x') instanceof PbcError).toBe(false);
    expect(Object.defineProperty(new Error('y'), brand, { value: 'yes' }) instanceof PbcError).toBe(false);
    expect(Object.defineProperty(new Error('y'), Symbol('practice-based-commissioning.PbcError'), { value: true }) instanceof PbcError).toBe(false);
    for (const value of [null, undefined, 'PbcError', 42, {}]) expect(value instanceof PbcError).toBe(false);
    // A proxy whose every read throws is not a PbcError, and checking it does not throw.
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(hostile instanceof PbcError).toBe(false);
    expect(isPbcError(hostile)).toBe(false);
  });
  it('a subclass of PbcError keeps the ordinary instanceof', () => {
    class RuleError extends PbcError {}
    const sub = new RuleError('INVALID_DATE', 'x');
    expect(sub instanceof RuleError).toBe(true);
    expect(sub instanceof PbcError).toBe(true);
    expect(new PbcError('INVALID_DATE', 'x') instanceof RuleError).toBe(false);
    const foreign = Object.defineProperty(new Error('y'), Symbol.for('practice-based-commissioning.PbcError'), { value: true });
    expect(foreign instanceof RuleError).toBe(false);
  });
  it('documents every code', () => {
    for (const [code, meaning] of Object.entries(ErrorCodes)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(meaning.length).toBeGreaterThan(10);
    }
  });
});
