/**
 * The readiness rating (src/readiness/rate-readiness.ts): bands by count or share, read from dated parameters, best band first.
 */
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/index.js';
import { applyReform, baselinePolicy, type ReadinessStatus } from '../../src/policy/index.js';
import { AC2007, KF2008, allAt, evidenceOf } from './helpers.js';

describe('bands', () => {
  it('partly met never counts as in place: five partial AC2007 factors score 2.5 but are few_in_place', () => {
    const assessment = assessReadiness({ framework: AC2007, evidence: allAt(AC2007, () => 'partial') }, { asOf: '2008-01-01' });
    expect(assessment.score.score).toBe('2.5');
    expect(assessment.rating.id).toBe('few_in_place');
  });
  it('reads the inferred AC2007 2–4 band from a dated parameter, which a reform can change', () => {
    const twoMet = evidenceOf({ 'AC07.F1_BUDGETS': 'met', 'AC07.F2_INFORMATION': 'met' });
    const assessment = assessReadiness({ framework: AC2007, evidence: twoMet }, { asOf: '2008-01-01' });
    const rate = assessment.explanation.children.find((child) => child.rule === 'readiness.rate');
    expect(rate?.parameters.map((reading) => [reading.id, reading.value, reading.confidence])).toEqual([['readiness.ac2007.someInPlaceMinimum', 2, 'unconfirmed']]);
    const stricter = applyReform(baselinePolicy, {
      id: 'stricter',
      label: 'Some in place from three factors',
      parameters: { 'readiness.ac2007.someInPlaceMinimum': [{ from: '1991-04-01', value: 3, sources: ['pbc-library-readiness-choices'], confidence: 'unconfirmed' }] },
    });
    expect(assessReadiness({ framework: AC2007, evidence: twoMet }, { asOf: '2008-01-01', policy: stricter }).rating.id).toBe('few_in_place');
  });
  it('KF2008: exactly as many enablers as barriers is balanced, not enablers_outweigh (the band is "more than" half)', () => {
    const items = KF2008.factors.filter((factor) => factor.role !== 'outcome');
    const evidence = items.map((factor, index) => ({ factorId: factor.id, status: (index % 2 === 0 ? 'enabler' : 'barrier') as ReadinessStatus }));
    expect(assessReadiness({ framework: KF2008, evidence }, { asOf: '2008-11-20' }).rating.id).toBe('balanced');
    expect(assessReadiness({ framework: KF2008, evidence: items.map((factor) => ({ factorId: factor.id, status: 'neutral' as ReadinessStatus })) }, { asOf: '2008-11-20' }).rating.id).toBe('balanced');
  });
});
