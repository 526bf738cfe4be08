import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessReadiness, checkEntitlements, compareAssessments, isPbcError, reviseReadinessFramework, surveyHeatMap } from '../../src/index.js';
import { readinessFrameworks } from '../../src/policy/index.js';

/** Runs `fn`; anything it throws must be a PbcError (never a TypeError, never NaN in a result). */
function onlyPbcErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(isPbcError(error)).toBe(true);
  }
}

describe('any input gives a result or a PbcError, never a crash', () => {
  const base = readinessFrameworks.AC2007;
  const mutatedFramework = fc.record(
    { groups: fc.anything(), factors: fc.anything(), rating: fc.anything(), recommendations: fc.anything(), risks: fc.anything() },
    { requiredKeys: [] },
  ).map((changes) => ({ ...base, ...changes }));
  it('assessReadiness', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedFramework, fc.anything()), fc.anything(), fc.anything(), (framework, evidence, options) => onlyPbcErrors(() => assessReadiness({ framework, evidence } as never, options as never))),
      { numRuns: 1000 },
    );
  });
  it('checkEntitlements, surveyHeatMap, compareAssessments, reviseReadinessFramework', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        onlyPbcErrors(() => checkEntitlements(a as never, b as never));
        onlyPbcErrors(() => surveyHeatMap(a as never, b as never));
        onlyPbcErrors(() => compareAssessments({ before: a, after: b } as never));
        onlyPbcErrors(() => reviseReadinessFramework({ framework: base, revision: a } as never));
      }),
      { numRuns: 1000 },
    );
  });
});
