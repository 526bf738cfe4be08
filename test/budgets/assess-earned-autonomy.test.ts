/**
 * `budget.earnedAutonomy`: which freedoms a PBC group has earned, on what evidence (Our vision for
 * primary and community care, July 2008, via Pulse).
 */
import { describe, expect, it } from 'vitest';
import { assessEarnedAutonomy } from '../../src/index.js';
import { applyReform, baselinePolicy, budgetsRuleCatalogue } from '../../src/policy/index.js';
import { expectIssue } from '../support/errors.js';

const outcomes = { criterion: 'improved_health_outcomes', met: true, evidence: 'emergency COPD admissions down 12% (PCT board, March 2010)', assessedOn: '2010-03-31' };

describe('budget.earnedAutonomy', () => {
  it('a group that shows improved health outcomes earns both freedoms DH named: managing resources and designing services', () => {
    const result = assessEarnedAutonomy({ groupId: 'leodis', financialYear: '2009/10', evidence: [outcomes] });
    expect(result.earnedFreedoms).toEqual(['managing_resources', 'designing_services']);
    expect(result.criteria).toEqual(['improved_health_outcomes']);
    expect(result.freedoms[0]).toEqual({ freedom: 'managing_resources', earned: true, evidence: [{ criterion: 'improved_health_outcomes', met: true, evidence: outcomes.evidence, assessedOn: '2010-03-31' }], missing: [] });
    expect(result.findings.map((finding) => `${finding.code} ${finding.outcome} ${finding.subject?.id}`)).toEqual(['FREEDOM_EARNED info managing_resources', 'FREEDOM_EARNED info designing_services']);
  });
  it('no evidence is unknown, never earned by default; evidence against is not earned', () => {
    const none = assessEarnedAutonomy({ groupId: 'g', financialYear: '2009/10', evidence: [] });
    expect(none.freedoms.map((freedom) => freedom.earned)).toEqual([null, null]);
    expect(none.findings[0]).toMatchObject({ code: 'EARNED_AUTONOMY_EVIDENCE_MISSING', outcome: 'unknown' });
    expect(none.findings[0]?.message).toContain('no evidence for improved_health_outcomes');
    const against = assessEarnedAutonomy({ groupId: 'g', financialYear: '2009/10', evidence: [{ ...outcomes, met: false, evidence: 'admissions up 3%' }] });
    expect(against.earnedFreedoms).toEqual([]);
    expect(against.findings[0]).toMatchObject({ code: 'FREEDOM_NOT_EARNED', outcome: 'info' });
    expect(against.findings[0]?.message).toContain('admissions up 3%');
  });
  it("a PCT's further criterion is a reform; evidence for criteria the policy does not name is reported, not used", () => {
    const local = applyReform(baselinePolicy, {
      id: 'local-criteria',
      label: 'Balanced budget too',
      parameters: { 'budget.earnedAutonomy.criteria': [{ from: '2008-07-01', value: ['improved_health_outcomes', 'budget_balanced'], sources: ['pulse-2008-darzi-special'], confidence: 'unconfirmed' }] },
    });
    const result = assessEarnedAutonomy({ groupId: 'g', financialYear: '2009/10', evidence: [outcomes] }, { policy: local });
    expect(result.freedoms[1]).toMatchObject({ earned: null, missing: ['budget_balanced'] });
    const extra = assessEarnedAutonomy({ groupId: 'g', financialYear: '2009/10', evidence: [outcomes, { criterion: 'budget_balanced', met: true, evidence: 'outturn 99%' }] });
    expect(extra.unusedEvidence).toEqual(['budget_balanced']);
    expect(extra.explanation.notes.join(' ')).toContain('budget_balanced');
  });
  it('is not in force before July 2008 (2007/08 ends before it) or after PCTs; refuses bad input and a list removed by a reform', () => {
    expectIssue(() => assessEarnedAutonomy({ groupId: 'g', financialYear: '2007/08', evidence: [] }), 'NOT_IN_FORCE', ['financialYear']);
    expect(assessEarnedAutonomy({ groupId: 'g', financialYear: '2008/09', evidence: [] }).freedoms).toHaveLength(2);
    expectIssue(() => assessEarnedAutonomy({ groupId: 'g', financialYear: '2013/14', evidence: [] }), 'NOT_IN_FORCE', ['financialYear']);
    expectIssue(() => assessEarnedAutonomy({ groupId: 'g', financialYear: '2009/10', evidence: [{ ...outcomes, evidence: ' ' }] }), 'INVALID_INPUT', ['evidence', 0, 'evidence']);
    const nulled = applyReform(baselinePolicy, { id: 'n', label: 'n', parameters: { 'budget.earnedAutonomy.criteria': [{ from: '2008-07-01', value: null, sources: ['pulse-2008-darzi-special'], confidence: 'unconfirmed' }] } });
    expectIssue(() => assessEarnedAutonomy({ groupId: 'g', financialYear: '2009/10', evidence: [] }, { policy: nulled }), 'INVALID_POLICY', ['parameters', 'budget.earnedAutonomy.criteria']);
  });
  it('reads only the parameters its catalogue entry lists', () => {
    const entry = budgetsRuleCatalogue.find((rule) => rule.id === 'budget.earnedAutonomy')!;
    const read = assessEarnedAutonomy({ groupId: 'g', financialYear: '2009/10', evidence: [] }).explanation.parameters.map((reading) => reading.id);
    expect(new Set(read)).toEqual(new Set(entry.parameters));
  });
});
