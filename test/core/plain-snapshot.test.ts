import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deepFreeze, plainSnapshot } from '../../src/core/freeze.js';
import { parseInput } from '../../src/core/validation.js';
import { expectIssue } from '../support/errors.js';

const reserved = new Set(['__proto__']);

describe('plainSnapshot: the copy the area is parsed from, noting whether a reserved key may be in it', () => {
  it('copies plain data as own keys, and notes nothing when no reserved key is there', () => {
    const input = JSON.parse('{"a":[1,{"constructor":2,"toString":"x"}],"b":{"c":null}}') as Record<string, unknown>;
    const { copy, noted } = plainSnapshot(input, reserved);
    expect(noted).toBe(false);
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    const inner = (copy['a'] as unknown[])[1] as Record<string, unknown>;
    expect(Object.keys(inner)).toEqual(['constructor', 'toString']);
    expect(Object.hasOwn(inner, 'toString') && inner['toString']).toBe('x');
  });

  it('keeps an own __proto__ key an own key, and notes it', () => {
    const { copy, noted } = plainSnapshot(JSON.parse('{"deep":{"__proto__":{"polluted":true}}}') as { deep: object }, reserved);
    expect(noted).toBe(true);
    expect(Object.getPrototypeOf(copy.deep)).toBe(Object.prototype);
    expect(Object.hasOwn(copy.deep, '__proto__')).toBe(true);
  });

  it('notes a deep-frozen subtree it shares without looking inside', () => {
    const shared = deepFreeze({ rows: [1, 2] });
    const { copy, noted } = plainSnapshot({ shared }, reserved);
    expect(copy.shared).toBe(shared);
    expect(noted).toBe(true);
  });

  it('parseInput still refuses a reserved key anywhere, a deep-frozen subtree included, naming its path', () => {
    const schema = z.object({ rows: z.array(z.looseObject({})) });
    expectIssue(() => parseInput(schema, JSON.parse('{"rows":[{},{"__proto__":{}}]}')), 'INVALID_INPUT', ['rows', 1, '__proto__'], 'input.noReservedKeys');
    const frozen = deepFreeze(JSON.parse('{"rows":[{"__proto__":{}}]}') as unknown);
    expectIssue(() => parseInput(schema, frozen), 'INVALID_INPUT', ['rows', 0, '__proto__'], 'input.noReservedKeys');
    expect(parseInput(schema, { rows: [{ a: 1 }] })).toEqual({ rows: [{ a: 1 }] });
  });
});
