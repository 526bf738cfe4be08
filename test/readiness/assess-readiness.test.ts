/**
 * assessReadiness (src/readiness/assess-readiness.ts): each built-in framework and a caller's own, assessed on complete, partial and empty evidence; the explanation; properties.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessReadiness, renderExplanation } from '../../src/index.js';
import { applyReform, baselinePolicy, type ReadinessFramework, type ReadinessStatus } from '../../src/policy/index.js';
import { expectOnlyPbcErrors, raisedIssues, resultOrError } from '../support/errors.js';
import { assessReadinessOnParsed } from '../../src/readiness/assess-readiness.js';
import { AC07, AC2006, AC2007, DH2006, DH2009, KF2008, allAt, best, evidenceOf, callerFramework } from './helpers.js';

const mutatedFramework = fc.record(
  { groups: fc.anything(), factors: fc.anything(), rating: fc.anything(), recommendations: fc.anything(), risks: fc.anything() },
  { requiredKeys: [] },
).map((changes) => ({ ...AC2007, ...changes }));

describe('Audit Commission 2007: ready only when all five factors are in place (§2; model implications B)', () => {
  it('complete evidence, all five met: all_in_place, ready, no gaps, nothing missing', () => {
    const assessment = assessReadiness({ framework: AC2007, evidence: allAt(AC2007, best) }, { asOf: '2007-11-22' });
    expect(assessment.rating).toEqual({ id: 'all_in_place', label: 'All five factors in place', ready: true, rank: 0, confidence: 'derived' });
    expect(assessment.ready).toBe(true);
    expect(assessment.score).toEqual({ score: '5', maximum: '5', share: '1.0000', metCount: 5, partialCount: 0, notMetCount: 0, unknownCount: 0, factorCount: 5, weighted: false });
    expect(assessment.gaps).toEqual([]);
    expect(assessment.missingEvidence).toEqual([]);
    expect(assessment.generalRecommendations).toEqual([]);
    expect(assessment.explanation.children.find((child) => child.rule === 'readiness.missingEvidence')?.notes).toEqual(['Every scored factor has evidence.']);
  });
  it('partial evidence: 2 met, 1 partly, 1 not, 1 unknown scores 2.5 of 5, some_in_place', () => {
    const assessment = assessReadiness({ framework: AC2007, evidence: evidenceOf({ 'AC07.F1_BUDGETS': 'met', 'AC07.F2_INFORMATION': 'partial', 'AC07.F3_FREEDOM_SAVINGS': 'met', 'AC07.F4_GOVERNANCE_COI': 'not_met' }), subject: '5ZZ' }, { asOf: '2007-11-22' });
    expect(assessment.score).toMatchObject({ score: '2.5', maximum: '5', share: '0.5000', metCount: 2, partialCount: 1, notMetCount: 1, unknownCount: 1 });
    expect(assessment.rating.id).toBe('some_in_place');
    expect(assessment.subjectId).toBe('5ZZ');
    expect(assessment.gaps.map((gap) => [gap.factorId, gap.status, gap.recommendations.map((recommendation) => recommendation.recommendationId)])).toEqual([
      ['AC07.F2_INFORMATION', 'partial', ['AC07.R.INFORMATION']],
      ['AC07.F4_GOVERNANCE_COI', 'not_met', ['AC07.R.GOVERNANCE']],
      ['AC07.F5_SHARED_OWNERSHIP', 'unknown', ['AC07.R.SHARED_OWNERSHIP']],
    ]);
    expect(assessment.missingEvidence).toEqual([
      { factorId: 'AC07.F5_SHARED_OWNERSHIP', label: AC2007.factors[4]?.label, group: null, placeholder: false, ratingIfMet: 'some_in_place', raisesRating: false },
    ]);
    expect(assessment.ratingIfAllUnknownMet.id).toBe('some_in_place');
    expect(assessment.generalRecommendations.map((recommendation) => recommendation.recommendationId)).toEqual(['AC07.R.LEADERSHIP', 'AC07.R.FINANCIAL_INFRASTRUCTURE']);
  });
  it('empty evidence: few_in_place; every factor is missing evidence, and all five met would make it ready', () => {
    const assessment = assessReadiness({ framework: AC2007, evidence: [] }, { asOf: '2007-11-22' });
    expect(assessment.rating.id).toBe('few_in_place');
    expect(assessment.subjectId).toBeNull();
    expect(assessment.score).toMatchObject({ score: '0', maximum: '5', share: '0.0000', unknownCount: 5 });
    expect(assessment.missingEvidence.map((missing) => [missing.factorId, missing.ratingIfMet, missing.raisesRating])).toEqual(AC07.map((id) => [id, 'few_in_place', false]));
    expect(assessment.ratingIfAllUnknownMet).toMatchObject({ id: 'all_in_place', ready: true });
    expect(assessment.gaps).toHaveLength(5);
    expect(assessment.factors.every((factor) => factor.status === 'unknown' && factor.observedOn === null && factor.points === '0' && factor.weight === '1')).toBe(true);
  });
});

describe('Audit Commission 2006: the board checklist, by key area (§1)', () => {
  it('complete evidence: assured, every area fully covered, no risk flagged', () => {
    const assessment = assessReadiness({ framework: AC2006, evidence: allAt(AC2006, () => 'met') }, { asOf: '2006-12-01' });
    expect(assessment.rating).toMatchObject({ id: 'assured', ready: true, confidence: 'unconfirmed' });
    expect(assessment.groups.map((group) => [group.groupId, group.met, group.factorCount, group.share])).toEqual(
      (AC2006.groups ?? []).map((group) => [group.id, 6, 6, '1.0000']),
    );
    expect(assessment.risks.map((risk) => risk.status)).toEqual(['not_flagged', 'not_flagged', 'not_flagged']);
    expect(assessment.explanation.notes).toContain('33 of the 36 scored items are unconfirmed placeholders; replace them with reviseReadinessFramework or give them weight 0.');
  });
  it('partial evidence: half the score is partly assured, just under half is not (inferred band, a parameter)', () => {
    const half = AC2006.factors.map((factor, index) => ({ factorId: factor.id, status: (index < 18 ? 'met' : 'not_met') as ReadinessStatus }));
    const assessment = assessReadiness({ framework: AC2006, evidence: half }, { asOf: '2006-12-01' });
    expect(assessment.score).toMatchObject({ score: '18', maximum: '36', share: '0.5000' });
    expect(assessment.rating.id).toBe('partly_assured');
    expect(assessment.explanation.children[1]?.parameters.map((reading) => reading.id)).toEqual(['readiness.ac2006.partlyAssuredMinimumShare']);
    const justUnder = half.map((item, index) => (index === 17 ? { ...item, status: 'partial' as ReadinessStatus } : item));
    expect(assessReadiness({ framework: AC2006, evidence: justUnder }, { asOf: '2006-12-01' }).rating.id).toBe('not_assured');
  });
  it('empty evidence: not assured; the three risks unassessed; coverage zero in every area', () => {
    const assessment = assessReadiness({ framework: AC2006, evidence: [] }, { asOf: '2006-12-01' });
    expect(assessment.rating.id).toBe('not_assured');
    expect(assessment.missingEvidence).toHaveLength(36);
    expect(assessment.missingEvidence.filter((missing) => missing.placeholder)).toHaveLength(33);
    expect(assessment.missingEvidence.some((missing) => missing.raisesRating)).toBe(false);
    expect(assessment.ratingIfAllUnknownMet.id).toBe('assured');
    expect(assessment.risks.map((risk) => [risk.riskId, risk.status])).toEqual([
      ['AC06.RISK.FIN_PRESSURE', 'unassessed'],
      ['AC06.RISK.INEQUALITY', 'unassessed'],
      ['AC06.RISK.POOR_VFM', 'unassessed'],
    ]);
    expect(assessment.generalRecommendations.map((recommendation) => recommendation.recommendationId)).toEqual(['AC06.R.INCENTIVES', 'AC06.R.LEARNING_BY_DOING']);
  });
  it('only the three confirmed questions, by weighting the placeholders 0: assured when all three are met', () => {
    const weights = Object.fromEntries(AC2006.factors.filter((factor) => factor.placeholder === true).map((factor) => [factor.id, 0]));
    const confirmed = evidenceOf({ 'AC06.Q.GOV.MONITORING': 'met', 'AC06.Q.FIN.BUDGET_METHOD_UNDERSTOOD': 'met', 'AC06.Q.INFO.DATA_QUALITY': 'met' });
    const assessment = assessReadiness({ framework: AC2006, evidence: confirmed, weights }, { asOf: '2006-12-01' });
    expect(assessment.rating.id).toBe('assured');
    expect(assessment.score).toMatchObject({ score: '3', maximum: '3', factorCount: 3 });
    expect(assessment.explanation.notes.some((note) => note.includes('placeholders'))).toBe(false);
  });
});

describe("King's Fund 2008: factors and lessons rated, objectives scored apart (§3; model implications B)", () => {
  it('complete evidence: every factor and lesson an enabler, every objective met', () => {
    const assessment = assessReadiness({ framework: KF2008, evidence: allAt(KF2008, best) }, { asOf: '2008-11-20' });
    expect(assessment.rating).toMatchObject({ id: 'enablers_outweigh', ready: true });
    expect(assessment.score).toMatchObject({ score: '10', maximum: '10', factorCount: 10 });
    expect(assessment.outcomes).toMatchObject({ score: '3', maximum: '3', metCount: 3, factorCount: 3 });
  });
  it('partial evidence: 3 enablers, 2 neutral, 4 barriers, 1 unknown score 4 of 10; the missing lesson would balance them', () => {
    const assessment = assessReadiness({ framework: KF2008, evidence: evidenceOf({
        'KF08.F.ROLES_RESPONSIBILITIES': 'neutral',
        'KF08.F.CAPACITY_CAPABILITY': 'barrier',
        'KF08.F.DATA': 'barrier',
        'KF08.F.RELATIONSHIPS': 'enabler',
        'KF08.F.GOVERNANCE_ACCOUNTABILITY': 'neutral',
        'KF08.F.CONFLICTS_OF_INTEREST': 'enabler',
        'KF08.F.WIDER_CONTEXT': 'barrier',
        'KF08.L.GP_ENGAGEMENT': 'enabler',
        'KF08.L.REAL_BUDGETS': 'barrier',
        'KF08.OBJ.CLINICAL_ENGAGEMENT': 'met',
        'KF08.OBJ.BETTER_SERVICES': 'partial',
        'KF08.OBJ.USE_OF_RESOURCES': 'not_met',
      }) }, { asOf: '2008-11-20' });
    expect(assessment.score).toMatchObject({ score: '4', maximum: '10', metCount: 3, partialCount: 2, notMetCount: 4, unknownCount: 1 });
    expect(assessment.rating.id).toBe('barriers_outweigh');
    expect(assessment.outcomes).toMatchObject({ score: '1.5', maximum: '3', share: '0.5000' });
    expect(assessment.missingEvidence).toEqual([
      { factorId: 'KF08.L.MANAGERIAL_CAPACITY', label: KF2008.factors[9]?.label, group: 'KF08.LESSONS', placeholder: false, ratingIfMet: 'balanced', raisesRating: true },
    ]);
    expect(assessment.groups.map((group) => [group.groupId, group.met, group.partial, group.notMet, group.unknown])).toEqual([
      ['KF08.FACTORS', 2, 2, 3, 0],
      ['KF08.LESSONS', 1, 0, 1, 1],
      ['KF08.OBJECTIVES', 1, 1, 1, 0],
    ]);
    const data = assessment.gaps.find((gap) => gap.factorId === 'KF08.F.DATA');
    expect(data?.recommendations.map((recommendation) => [recommendation.recommendationId, recommendation.linkConfidence])).toEqual([['KF08.R.MANAGERIAL_CAPACITY', 'derived']]);
    expect(assessment.gaps.some((gap) => gap.factorId.startsWith('KF08.OBJ'))).toBe(false);
    expect(assessment.generalRecommendations.map((recommendation) => recommendation.recommendationId)).toEqual(['KF08.R.FUNDAMENTAL_REASSESSMENT']);
  });
  it('empty evidence: barriers outweigh (unknown scores 0); all ten shown enablers would reverse it', () => {
    const assessment = assessReadiness({ framework: KF2008, evidence: [] }, { asOf: '2008-11-20' });
    expect(assessment.rating.id).toBe('barriers_outweigh');
    expect(assessment.missingEvidence).toHaveLength(10);
    expect(assessment.ratingIfAllUnknownMet.id).toBe('enablers_outweigh');
    expect(assessment.outcomes).toMatchObject({ score: '0', unknownCount: 3 });
  });
});

describe('DH 2006 universal coverage: four criteria, 1 or 0, covered when all four hold (§6)', () => {
  const all = (status: ReadinessStatus) => DH2006.factors.map((factor) => ({ factorId: factor.id, status }));
  it('complete: covered, and the note gives the 31 December 2006 target', () => {
    const assessment = assessReadiness({ framework: DH2006, evidence: all('met') }, { asOf: '2006-06-30' });
    expect(assessment.rating).toMatchObject({ id: 'covered', ready: true, confidence: 'confirmed' });
    expect(assessment.explanation.notes).toContain('Target date: 2006-12-31.');
  });
  it('partial: three of four is not covered; after 31 December 2006 the target was missed; the fourth would cover it', () => {
    const evidence = [...all('met').slice(0, 3), { factorId: 'UC06.GOVERNANCE', status: 'unknown' as ReadinessStatus }];
    const before = assessReadiness({ framework: DH2006, evidence }, { asOf: '2006-12-31' });
    expect(before.rating.id).toBe('not_covered');
    expect(before.explanation.notes).toContain('Target date: 2006-12-31.');
    const after = assessReadiness({ framework: DH2006, evidence }, { asOf: '2007-01-01' });
    expect(after.explanation.notes).toContain('The target date 2006-12-31 has passed and the area is not ready: the target was missed.');
    expect(after.missingEvidence).toMatchObject([{ factorId: 'UC06.GOVERNANCE', ratingIfMet: 'covered', raisesRating: true }]);
  });
  it('empty: not covered; before January 2006 there was no target, and the framework is applied retrospectively', () => {
    const assessment = assessReadiness({ framework: DH2006, evidence: [] }, { asOf: '2005-06-30' });
    expect(assessment.rating.id).toBe('not_covered');
    expect(assessment.explanation.notes.some((note) => note.includes('Target date'))).toBe(false);
    expect(assessment.explanation.notes).toContain('Retrospective: the framework was published in 2006-01, after the assessment date.');
  });
});

describe('DH 2009 entitlements as a framework: in force from 1 March 2009 (§5)', () => {
  it('2009-02-28: not in force, an error naming asOf; 2009-03-01: assessed', () => {
    expect(raisedIssues(() => assessReadiness({ framework: DH2009, evidence: [] }, { asOf: '2009-02-28' }))).toEqual({ code: 'NOT_IN_FORCE', paths: ['asOf'], rules: ['DH2009_ENTITLEMENTS.inForce'] });
    const assessment = assessReadiness({ framework: DH2009, evidence: [] }, { asOf: '2009-03-01' });
    expect(assessment.rating.id).toBe('not_all_delivered');
    expect(assessment.explanation.parameters.map((reading) => [reading.id, reading.value])).toEqual([['entitlements.inForce', true]]);
  });
  it('complete, partial and empty evidence', () => {
    expect(assessReadiness({ framework: DH2009, evidence: allAt(DH2009, () => 'met') }, { asOf: '2009-06-30' }).rating).toMatchObject({ id: 'all_delivered', ready: true });
    const partial = assessReadiness({ framework: DH2009, evidence: evidenceOf({ 'ENT.BUDGET_BY_1_MAY': 'met', 'ENT.DATA': 'partial' }) }, { asOf: '2009-06-30' });
    expect(partial.rating.id).toBe('not_all_delivered');
    expect(partial.gaps.find((gap) => gap.factorId === 'ENT.DATA')?.recommendations.map((recommendation) => [recommendation.recommendationId, recommendation.linkConfidence])).toEqual([
      ['ENT.R.SHA_RECOURSE_OTHER', 'unconfirmed'],
    ]);
    expect(assessReadiness({ framework: DH2009, evidence: [] }, { asOf: '2009-06-30' }).missingEvidence).toHaveLength(4);
  });
});

describe('bad input: the framework, the options and the policy', () => {
  it('a framework that is not one, unknown options, a policy that is not one', () => {
    expect(raisedIssues(() => assessReadiness({ framework: { id: 'x' } as never, evidence: [] }, { asOf: '2007-12-31' })).paths).toEqual(expect.arrayContaining(['framework.title', 'framework.factors']));
    expect(raisedIssues(() => assessReadiness({ framework: 'AC2099' as never, evidence: [] }, { asOf: '2007-12-31' }))).toEqual({ code: 'INVALID_INPUT', paths: ['framework'], rules: ['readiness.knownFramework'] });
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: 'none' as never, colour: 'red' } as never, { asOf: '2007-12-31' })).paths).toEqual(['evidence', '']);
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: [] }, { asOf: '2007-12-31', policy: { id: 'fake' } as never }))).toMatchObject({ code: 'INVALID_POLICY', paths: ['policy'] });
  });
});

describe("a caller's own framework is validated and assessed the same way", () => {
  const mine = callerFramework;

  it('cites its own bibliography and rates by its own inline bands', () => {
    expect(assessReadiness({ framework: mine, evidence: evidenceOf({ M1: 'partial', M2: 'met' }) }, { asOf: '2008-06-01' }).rating.id).toBe('poor');
    expect(assessReadiness({ framework: mine, evidence: evidenceOf({ M1: 'met', M2: 'met' }) }, { asOf: '2008-06-01' }).rating).toMatchObject({ id: 'good', confidence: 'confirmed' });
    expect(assessReadiness({ framework: mine, evidence: [] }, { asOf: '2008-06-01' }).groups).toEqual([]);
  });
  it('a custom target-date parameter that is not a date is simply not noted', () => {
    const withTarget = { ...mine, targetDateParameter: 'readiness.ac2007.someInPlaceMinimum' };
    expect(assessReadiness({ framework: withTarget, evidence: [] }, { asOf: '2008-06-01' }).explanation.notes.some((note) => note.includes('Target'))).toBe(false);
  });
});

describe('the explanation', () => {
  it('records the framework, the parameters read (points, thresholds), and renders in plain English', () => {
    const assessment = assessReadiness({ framework: AC2007, evidence: evidenceOf({ 'AC07.F1_BUDGETS': 'met' }), subject: '5ZZ' }, { asOf: '2007-11-22' });
    const { explanation } = assessment;
    expect(explanation).toMatchObject({ rule: 'readiness.assess', asOf: '2007-11-22', inputs: { framework: 'AC2007_PUTTING_INTO_PRACTICE', subject: '5ZZ', evidenceGiven: 1 } });
    expect(explanation.output).toEqual({ rating: 'few_in_place', ready: false, score: '1', maximum: '5', share: '0.2000' });
    expect(explanation.children.map((child) => child.rule)).toEqual(['readiness.score', 'readiness.rate', 'readiness.missingEvidence']);
    expect(explanation.children[0]?.parameters.map((reading) => [reading.id, reading.value])).toEqual([
      ['readiness.points.met', '1'],
      ['readiness.points.partial', '0.5'],
      ['readiness.points.notMet', '0'],
      ['readiness.points.unknown', '0'],
    ]);
    expect(JSON.parse(JSON.stringify(assessment))).toEqual(assessment);
    const text = renderExplanation(explanation, { policy: baselinePolicy });
    expect(text).toContain('Readiness against "Putting commissioning into practice" (Audit Commission, 2007-11-22)');
    expect(text).toContain('readiness.ac2007.someInPlaceMinimum');
  });
  it('a reform of the points changes the score and is recorded', () => {
    const generous = applyReform(baselinePolicy, {
      id: 'partial-two-thirds',
      label: 'Partial counts two thirds',
      parameters: { 'readiness.points.partial': [{ from: '1991-04-01', value: '0.6667', sources: ['pbc-library-readiness-choices'], confidence: 'unconfirmed' }] },
    });
    const assessment = assessReadiness({ framework: AC2007, evidence: allAt(AC2007, () => 'partial') }, { asOf: '2008-01-01', policy: generous });
    expect(assessment.score).toMatchObject({ score: '3.3335', maximum: '5' });
  });
});

describe('properties', () => {
  const frameworks = [AC2007, KF2008, DH2006, AC2006] as const;
  const statusesFor = (framework: ReadinessFramework) =>
    fc.tuple(...framework.factors.map((factor) => fc.constantFrom(...(factor.scale === 'enabler-neutral-barrier' ? (['enabler', 'neutral', 'barrier', 'unknown'] as const) : factor.scale === 'met-not-met' ? (['met', 'not_met', 'unknown'] as const) : (['met', 'partial', 'not_met', 'unknown'] as const)))));
  const order = (rank: number): number => rank;

  it.each(frameworks.map((framework) => [framework.id, framework] as const))('%s: showing any factor in place never lowers the score or the rating', (_id, framework) => {
    fc.assert(
      fc.property(statusesFor(framework), fc.nat(), (statuses, pick) => {
        const evidence = framework.factors.map((factor, index) => ({ factorId: factor.id, status: statuses[index] as ReadinessStatus }));
        const before = assessReadiness({ framework, evidence }, { asOf: '2009-06-30' });
        const index = pick % framework.factors.length;
        const factor = framework.factors[index];
        if (factor === undefined) return;
        const improved = evidence.map((item, at) => (at === index ? { ...item, status: best(factor.scale) } : item));
        const after = assessReadiness({ framework, evidence: improved }, { asOf: '2009-06-30' });
        expect(Number(after.score.score)).toBeGreaterThanOrEqual(Number(before.score.score));
        expect(order(after.rating.rank)).toBeLessThanOrEqual(order(before.rating.rank));
      }),
      { numRuns: 1000 },
    );
  });
  it('scaling every weight by the same factor changes neither the share nor the rating', () => {
    fc.assert(
      fc.property(statusesFor(KF2008), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 13, maxLength: 13 }), fc.integer({ min: 2, max: 7 }), (statuses, weights, scale) => {
        const evidence = KF2008.factors.map((factor, index) => ({ factorId: factor.id, status: statuses[index] as ReadinessStatus }));
        const base = Object.fromEntries(KF2008.factors.map((factor, index) => [factor.id, weights[index] ?? 1]));
        const scaled = Object.fromEntries(Object.entries(base).map(([id, weight]) => [id, weight * scale]));
        const a = assessReadiness({ framework: KF2008, evidence, weights: base }, { asOf: '2008-11-20' });
        const b = assessReadiness({ framework: KF2008, evidence, weights: scaled }, { asOf: '2008-11-20' });
        expect(b.score.share).toBe(a.score.share);
        expect(b.rating.id).toBe(a.rating.id);
      }),
      { numRuns: 1000 },
    );
  });
  it('counts add up, the score lies between 0 and its maximum, and the AC2007 rating follows the count of factors met', () => {
    fc.assert(
      fc.property(statusesFor(AC2007), (statuses) => {
        const evidence = AC2007.factors.map((factor, index) => ({ factorId: factor.id, status: statuses[index] as ReadinessStatus }));
        const { score, rating } = assessReadiness({ framework: AC2007, evidence }, { asOf: '2008-01-01' });
        expect(score.metCount + score.partialCount + score.notMetCount + score.unknownCount).toBe(score.factorCount);
        expect(Number(score.score)).toBeGreaterThanOrEqual(0);
        expect(Number(score.score)).toBeLessThanOrEqual(Number(score.maximum));
        expect(rating.id).toBe(score.metCount === 5 ? 'all_in_place' : score.metCount >= 2 ? 'some_in_place' : 'few_in_place');
      }),
      { numRuns: 1000 },
    );
  });
  it('property: any framework, evidence or options give an assessment or a PbcError, never a crash', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedFramework, fc.anything()), fc.anything(), fc.anything(), (framework, evidence, options) => expectOnlyPbcErrors(() => assessReadiness({ framework, evidence } as never, options as never))),
      { numRuns: 1000 },
    );
  });
});

describe('assessReadinessOnParsed (whole-area evaluation): the same assessment as assessReadiness, or the same error', () => {
  const agree = (input: { framework: string; evidence: unknown; subject: string; weights?: unknown }, asOf = '2007-11-22') => {
    const onParsed = resultOrError(() => assessReadinessOnParsed(input as never, baselinePolicy, asOf));
    expect(onParsed).toEqual(resultOrError(() => assessReadiness(input as never, { policy: baselinePolicy, asOf })));
    return onParsed;
  };

  it('assesses a built-in framework by its key, the second time from the framework it kept', () => {
    const input = { framework: 'AC2007', evidence: allAt(AC2007, best), subject: '5ZZ' };
    expect(agree(input)).toMatchObject({ ready: true, rating: { id: 'all_in_place' } });
    expect(agree(input)).toMatchObject({ ready: true });
    expect(agree({ ...input, evidence: evidenceOf({ 'AC07.F1_BUDGETS': 'met' }) })).toMatchObject({ ready: false });
  });

  it('raises the public error for a key that is no built-in framework, and for an empty subject', () => {
    expect(agree({ framework: 'NO_SUCH_FRAMEWORK', evidence: [], subject: '5ZZ' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(agree({ framework: 'AC2007', evidence: [], subject: '' })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('raises the public error for evidence about a factor the framework lacks', () => {
    expect(agree({ framework: 'AC2007', evidence: [...allAt(AC2007, best), { factorId: 'NO.SUCH_FACTOR', status: 'met' }], subject: '5ZZ' })).toMatchObject({ code: expect.any(String) });
  });
});
