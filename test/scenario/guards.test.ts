import { describe, expect, it } from 'vitest';
import { diffExplanations, evaluateArea, isPbcError } from '../../src/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { sampleArea } from './fixtures.js';

describe('scenario helpers refuse what they cannot use', () => {
  it('diffExplanations needs explanation trees (or undefined)', () => {
    for (const [before, after] of [[null, undefined], [undefined, 'x'], [{ parameters: 'no' }, undefined]] as const) {
      try {
        diffExplanations(before as never, after as never);
        expect.unreachable();
      } catch (error) {
        expect(isPbcError(error, 'INVALID_INPUT')).toBe(true);
      }
    }
    expect(diffExplanations(undefined, undefined)).toEqual([]);
  });
  it('evaluateArea refuses a policy without budget.realBudget.lines, as every rule refuses a policy that lacks what it reads', () => {
    const { 'budget.realBudget.lines': removed, ...rest } = baselinePolicy.parameters;
    expect(removed).toBeDefined();
    try {
      evaluateArea(sampleArea(), { policy: { ...baselinePolicy, parameters: rest }, asOf: '2008-06-30' });
      expect.unreachable();
    } catch (error) {
      expect(isPbcError(error, 'PARAMETER_NOT_FOUND')).toBe(true);
      expect(isPbcError(error) && error.issues[0]?.path).toEqual(['parameters', 'budget.realBudget.lines']);
    }
  });
});
