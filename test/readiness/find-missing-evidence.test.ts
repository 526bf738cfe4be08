/**
 * findMissingReadinessEvidence (src/readiness/find-missing-evidence.ts): the unknown factors that would change the rating if met.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessReadiness } from '../../src/index.js';
import { type ReadinessFramework, type ReadinessStatus } from '../../src/policy/index.js';
import { AC07, AC2007, evidenceOf } from './helpers.js';

describe('missing evidence', () => {
  it('AC2007, one factor met and four unknown: any one more met would raise the rating to some_in_place', () => {
    const assessment = assessReadiness({ framework: AC2007, evidence: evidenceOf({ 'AC07.F1_BUDGETS': 'met' }) }, { asOf: '2007-11-22' });
    expect(assessment.rating.id).toBe('few_in_place');
    expect(assessment.missingEvidence.map((missing) => [missing.factorId, missing.ratingIfMet, missing.raisesRating])).toEqual(AC07.slice(1).map((id) => [id, 'some_in_place', true]));
    expect(assessment.explanation.children.find((child) => child.rule === 'readiness.missingEvidence')?.output).toEqual(AC07.slice(1));
  });
  it.each([
    [0, 'few_in_place'],
    [1, 'few_in_place'],
    [2, 'some_in_place'],
    [4, 'some_in_place'],
    [5, 'all_in_place'],
  ])('%i of five met (the rest not met) rates %s', (met, rating) => {
    const statuses = Object.fromEntries(AC07.map((id, index) => [id, index < met ? 'met' : 'not_met'])) as Record<string, ReadinessStatus>;
    expect(assessReadiness({ framework: AC2007, evidence: evidenceOf(statuses) }, { asOf: '2008-01-01' }).rating.id).toBe(rating);
  });
  const statusesFor = (framework: ReadinessFramework) =>
    fc.tuple(...framework.factors.map((factor) => fc.constantFrom(...(factor.scale === 'enabler-neutral-barrier' ? (['enabler', 'neutral', 'barrier', 'unknown'] as const) : factor.scale === 'met-not-met' ? (['met', 'not_met', 'unknown'] as const) : (['met', 'partial', 'not_met', 'unknown'] as const)))));

  it('property: the missing evidence tells the truth: meeting a listed factor gives the rating it names, meeting all gives ratingIfAllUnknownMet', () => {
    fc.assert(
      fc.property(statusesFor(AC2007), (statuses) => {
        const evidence = AC2007.factors.map((factor, index) => ({ factorId: factor.id, status: statuses[index] as ReadinessStatus }));
        const assessment = assessReadiness({ framework: AC2007, evidence }, { asOf: '2008-01-01' });
        expect(assessment.missingEvidence.map((missing) => missing.factorId)).toEqual(evidence.filter((item) => item.status === 'unknown').map((item) => item.factorId));
        for (const missing of assessment.missingEvidence) {
          const met = evidence.map((item) => (item.factorId === missing.factorId ? { ...item, status: 'met' as ReadinessStatus } : item));
          const rating = assessReadiness({ framework: AC2007, evidence: met }, { asOf: '2008-01-01' }).rating;
          expect(rating.id).toBe(missing.ratingIfMet);
          expect(missing.raisesRating).toBe(rating.rank < assessment.rating.rank);
        }
        const allMet = evidence.map((item) => (item.status === 'unknown' ? { ...item, status: 'met' as ReadinessStatus } : item));
        expect(assessReadiness({ framework: AC2007, evidence: allMet }, { asOf: '2008-01-01' }).rating).toEqual(assessment.ratingIfAllUnknownMet);
      }),
      { numRuns: 1000 },
    );
  });
});
