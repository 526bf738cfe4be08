import { describe, expect, it } from 'vitest';
import { diffExplanations, isPbcError, withScenarioParameters } from '../../src/index.js';

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
  it('withScenarioParameters needs a policy', () => {
    for (const policy of [undefined, null, {}, { parameters: null }]) {
      try {
        withScenarioParameters(policy as never);
        expect.unreachable();
      } catch (error) {
        expect(isPbcError(error, 'INVALID_INPUT')).toBe(true);
      }
    }
  });
});
