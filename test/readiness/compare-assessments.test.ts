/**
 * compareAssessments (src/readiness/compare-assessments.ts): what changed between two assessments against one framework.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessReadiness, compareAssessments, type ReadinessEvidenceItem } from '../../src/index.js';
import { type ReadinessStatus } from '../../src/policy/index.js';
import { ComparableAssessmentSchema } from '../../src/schemas/index.js';
import { expectOnlyPbcErrors, raisedIssues } from '../support/errors.js';
import { AC2007, DH2006, KF2008 } from './helpers.js';

describe('compareAssessments: what changed', () => {
  const history: ReadinessEvidenceItem[] = [
    { factorId: 'AC07.F1_BUDGETS', status: 'partial', observedOn: '2007-06-30' },
    { factorId: 'AC07.F1_BUDGETS', status: 'met', observedOn: '2008-05-01' },
    { factorId: 'AC07.F2_INFORMATION', status: 'met', observedOn: '2007-06-30' },
    { factorId: 'AC07.F3_FREEDOM_SAVINGS', status: 'met', observedOn: '2007-06-30' },
    { factorId: 'AC07.F3_FREEDOM_SAVINGS', status: 'partial', observedOn: '2008-06-30' },
    { factorId: 'AC07.F4_GOVERNANCE_COI', status: 'not_met', observedOn: '2008-06-30' },
  ];
  it('one PCT a year apart (the AC2007 report, then the King’s Fund report): rating, score and each factor', () => {
    const before = assessReadiness({ framework: AC2007, evidence: history, subject: '5ZZ' }, { asOf: '2007-11-22' });
    const after = assessReadiness({ framework: AC2007, evidence: history, subject: '5ZZ' }, { asOf: '2008-11-20' });
    const comparison = compareAssessments({ before, after });
    expect(comparison).toMatchObject({
      frameworkId: 'AC2007_PUTTING_INTO_PRACTICE',
      before: { subjectId: '5ZZ', asOf: '2007-11-22', rating: 'some_in_place', ready: false, score: '2.5', maximum: '5', share: '0.5000' },
      after: { subjectId: '5ZZ', asOf: '2008-11-20', rating: 'some_in_place', ready: false, score: '2.5', maximum: '5', share: '0.5000' },
      ratingChange: 'unchanged',
      readyChange: 'unchanged',
      scoreChange: '0',
      shareChange: '0.0000',
      improved: ['AC07.F1_BUDGETS'],
      worsened: ['AC07.F3_FREEDOM_SAVINGS'],
      closedGaps: ['AC07.F1_BUDGETS'],
      newGaps: ['AC07.F3_FREEDOM_SAVINGS'],
    });
    expect(comparison.factorChanges.map((change) => [change.factorId, change.before, change.after, change.change])).toEqual([
      ['AC07.F1_BUDGETS', 'partial', 'met', 'improved'],
      ['AC07.F2_INFORMATION', 'met', 'met', 'unchanged'],
      ['AC07.F3_FREEDOM_SAVINGS', 'met', 'partial', 'worsened'],
      ['AC07.F4_GOVERNANCE_COI', 'unknown', 'not_met', 'reassessed'],
      ['AC07.F5_SHARED_OWNERSHIP', 'unknown', 'unknown', 'unchanged'],
    ]);
    expect(comparison.explanation.notes).toEqual(['Rating some_in_place → some_in_place (unchanged); score 2.5 → 2.5 of 5.']);
  });
  it('becoming ready, and ceasing to be', () => {
    const none = assessReadiness({ framework: DH2006, evidence: [] }, { asOf: '2006-06-30' });
    const all = assessReadiness({ framework: DH2006, evidence: DH2006.factors.map((factor) => ({ factorId: factor.id, status: 'met' })) }, { asOf: '2006-12-31' });
    expect(compareAssessments({ before: none, after: all })).toMatchObject({ ratingChange: 'improved', readyChange: 'became_ready', scoreChange: '4', shareChange: '1.0000' });
    expect(compareAssessments({ before: all, after: none })).toMatchObject({ ratingChange: 'worsened', readyChange: 'no_longer_ready', scoreChange: '-4', shareChange: '-1.0000' });
  });
  it('two PCTs side by side, and assessments read back from JSON; notes different weights and subjects', () => {
    const a = assessReadiness({ framework: KF2008, evidence: [{ factorId: 'KF08.F.DATA', status: 'barrier', subjectId: '5ZZ' }] }, { asOf: '2008-11-20' });
    const b = assessReadiness({ framework: KF2008, evidence: [{ factorId: 'KF08.F.DATA', status: 'enabler', subjectId: '5ZY' }], weights: { 'KF08.F.DATA': 2 } }, { asOf: '2008-11-20' });
    const comparison = compareAssessments({ before: JSON.parse(JSON.stringify(a)), after: JSON.parse(JSON.stringify(b)) });
    expect(comparison.scoreChange).toBe('2');
    expect(comparison.improved).toEqual(['KF08.F.DATA']);
    expect(comparison.explanation.notes).toEqual([
      'Rating barriers_outweigh → barriers_outweigh (unchanged); score 0 → 2 of 11.',
      'The two assessments weight the factors differently: the score change mixes changed weights with changed evidence.',
      'Compares two subjects: 5ZZ and 5ZY.',
    ]);
    expect(ComparableAssessmentSchema.safeParse(a).success).toBe(true);
  });
  it('refuses assessments against different frameworks, or that are not assessments, naming the field', () => {
    const ac = assessReadiness({ framework: AC2007, evidence: [] }, { asOf: '2007-11-22' });
    const dh = assessReadiness({ framework: DH2006, evidence: [] }, { asOf: '2007-11-22' });
    expect(raisedIssues(() => compareAssessments({ before: ac, after: dh }))).toEqual({
      code: 'CONFLICTING_INPUT',
      paths: ['after.frameworkId', 'after.factors'],
      rules: ['readiness.sameFramework', 'readiness.sameFactors'],
    });
    const renamed = { ...dh, frameworkId: ac.frameworkId, factors: dh.factors.concat(dh.factors[0] ?? []) };
    expect(raisedIssues(() => compareAssessments({ before: ac, after: renamed })).paths).toEqual(['after.factors']);
    expect(raisedIssues(() => compareAssessments({ before: { ...ac, asOf: '2007-13-01' }, after: null as never }))).toMatchObject({ code: 'INVALID_INPUT', paths: expect.arrayContaining(['before.asOf', 'after']) });
  });
  it('property: compared with itself, nothing changes', () => {
    const scales = AC2007.factors.map(() => fc.constantFrom<ReadinessStatus>('met', 'partial', 'not_met', 'unknown'));
    fc.assert(
      fc.property(fc.tuple(...scales), (statuses) => {
        const assessment = assessReadiness({ framework: AC2007, evidence: AC2007.factors.map((factor, index) => ({ factorId: factor.id, status: statuses[index]! })) }, { asOf: '2008-01-01' });
        const comparison = compareAssessments({ before: assessment, after: assessment });
        expect(comparison.ratingChange).toBe('unchanged');
        expect(comparison.scoreChange).toBe('0');
        expect(comparison.improved.length + comparison.worsened.length + comparison.closedGaps.length + comparison.newGaps.length).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
  it('property: the direction of the rating change is antisymmetric', () => {
    const statuses = fc.tuple(...AC2007.factors.map(() => fc.constantFrom<ReadinessStatus>('met', 'partial', 'not_met', 'unknown')));
    fc.assert(
      fc.property(statuses, statuses, (left, right) => {
        const assess = (list: readonly ReadinessStatus[]) => assessReadiness({ framework: AC2007, evidence: AC2007.factors.map((factor, index) => ({ factorId: factor.id, status: list[index]! })) }, { asOf: '2008-01-01' });
        const forward = compareAssessments({ before: assess(left), after: assess(right) });
        const backward = compareAssessments({ before: assess(right), after: assess(left) });
        const opposite = { improved: 'worsened', worsened: 'improved', unchanged: 'unchanged' } as const;
        expect(backward.ratingChange).toBe(opposite[forward.ratingChange]);
        expect(backward.closedGaps).toEqual(forward.newGaps);
      }),
      { numRuns: 1000 },
    );
  });
  it('property: any pair of values gives a result or a PbcError, never a crash', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => expectOnlyPbcErrors(() => compareAssessments({ before: a, after: b } as never))),
      { numRuns: 1000 },
    );
  });
});
