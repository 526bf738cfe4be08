/**
 * selectReadinessEvidence and invalidReadinessEvidence (src/readiness/select-readiness-evidence.ts): the latest evidence on or before asOf, one subject, one status a date, statuses on the factor's scale.
 */
import { describe, expect, it } from 'vitest';
import { assessReadiness, type ReadinessEvidenceItem } from '../../src/index.js';
import { raisedIssues } from '../support/errors.js';
import { AC2007, DH2006, KF2008, evidenceOf } from './helpers.js';

describe('evidence on dates: the latest observed on or before asOf', () => {
  const history: ReadinessEvidenceItem[] = [
    { factorId: 'AC07.F1_BUDGETS', status: 'not_met', observedOn: '2006-06-30', note: 'late' },
    { factorId: 'AC07.F1_BUDGETS', status: 'partial', observedOn: '2007-06-30', refs: ['board paper 07/31'] },
    { factorId: 'AC07.F1_BUDGETS', status: 'met', observedOn: '2008-06-30' },
    { factorId: 'AC07.F2_INFORMATION', status: 'met' },
  ];
  it('uses the latest evidence by the date, lists what it ignored and why', () => {
    const assessment = assessReadiness({ framework: AC2007, evidence: history }, { asOf: '2007-12-31' });
    expect(assessment.factors[0]).toMatchObject({ status: 'partial', observedOn: '2007-06-30', evidenceNote: null, evidenceRefs: ['board paper 07/31'] });
    expect(assessment.factors[1]).toMatchObject({ status: 'met', observedOn: '2007-12-31' });
    expect(assessment.ignoredEvidence).toEqual([
      { index: 0, factorId: 'AC07.F1_BUDGETS', observedOn: '2006-06-30', reason: 'superseded' },
      { index: 2, factorId: 'AC07.F1_BUDGETS', observedOn: '2008-06-30', reason: 'after_as_of' },
    ]);
    expect(assessment.explanation.notes).toContain('2 piece(s) of evidence not used: observed after 2007-12-31, or superseded by later evidence.');
  });
  it('an earlier piece given after a later one is superseded too', () => {
    const reversed = [history[1]!, history[0]!];
    expect(assessReadiness({ framework: AC2007, evidence: reversed }, { asOf: '2007-12-31' }).ignoredEvidence).toEqual([{ index: 1, factorId: 'AC07.F1_BUDGETS', observedOn: '2006-06-30', reason: 'superseded' }]);
  });
  it('two statuses for one factor on one date contradict each other (an undated one counts as observed on asOf)', () => {
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: [history[3]!, { factorId: 'AC07.F2_INFORMATION', status: 'not_met', observedOn: '2007-12-31' }] }, { asOf: '2007-12-31' }))).toEqual({
      code: 'CONFLICTING_INPUT',
      paths: ['evidence.1.observedOn'],
      rules: ['readiness.oneStatusPerDate'],
    });
  });
  it('evidence about another subject contradicts the assessment', () => {
    const mixed: ReadinessEvidenceItem[] = [
      { factorId: 'AC07.F1_BUDGETS', status: 'met', subjectId: '5ZZ' },
      { factorId: 'AC07.F2_INFORMATION', status: 'met', subjectId: '5ZY' },
    ];
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: mixed }, { asOf: '2007-12-31' }))).toEqual({ code: 'CONFLICTING_INPUT', paths: ['evidence.1.subjectId'], rules: ['readiness.oneSubject'] });
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: mixed, subject: '5ZX' }, { asOf: '2007-12-31' }))).toMatchObject({ paths: ['evidence.0.subjectId', 'evidence.1.subjectId'] });
    expect(assessReadiness({ framework: AC2007, evidence: mixed.slice(0, 1) }, { asOf: '2007-12-31' }).subjectId).toBe('5ZZ');
  });
});

describe('evidence that does not fit the framework', () => {
  it('evidence for an unknown factor and a status outside the allowed ones', () => {
    expect(raisedIssues(() => assessReadiness({ framework: DH2006, evidence: [{ factorId: 'UC06.BUDGET', status: 'met' }] }, { asOf: '2006-12-31' }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['evidence.0.factorId'],
      rules: ['readiness.knownFactor'],
    });
    expect(raisedIssues(() => assessReadiness({ framework: AC2007, evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'yes' as never }] }, { asOf: '2007-12-31' }))).toMatchObject({
      code: 'INVALID_INPUT',
      paths: ['evidence.0.status'],
    });
  });
  it('refuses statuses from another scale: "met" for a factor, "enabler" for an objective', () => {
    const error = raisedIssues(() => assessReadiness({ framework: KF2008, evidence: evidenceOf({ 'KF08.F.DATA': 'met', 'KF08.OBJ.BETTER_SERVICES': 'enabler' }) }, { asOf: '2008-11-20' }));
    expect(error).toEqual({ code: 'INVALID_INPUT', paths: ['evidence.0.status', 'evidence.1.status'], rules: ['readiness.statusOnScale', 'readiness.statusOnScale'] });
  });
  it('a DH 2006 criterion is 1 or 0: "partial" is refused, naming the field', () => {
    expect(raisedIssues(() => assessReadiness({ framework: DH2006, evidence: [{ factorId: 'UC06.BUDGETS', status: 'partial' }] }, { asOf: '2006-06-30' }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['evidence.0.status'],
      rules: ['readiness.statusOnScale'],
    });
  });
});
