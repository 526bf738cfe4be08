/**
 * Sharper tests for the readiness rules, written against the mutants Stryker found surviving (see
 * docs/quality.md): the 1 May deadline moved into April by a reform, the business-case limit on
 * dates with no value and on the last day of the null value, and a score whose maximum is zero.
 */
import { describe, expect, it } from 'vitest';
import { assessReadiness, checkEntitlements, type Explanation } from '../../src/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';

const holder = { kind: 'practice', id: 'Z90001' } as const;
const notes = (explanation: Explanation): string[] => [...explanation.notes, ...explanation.children.flatMap(notes)];

describe('the budget deadline of the year (entitlements.budgetIssueBy)', () => {
  const april = applyReform(baselinePolicy, {
    id: 'mid-april',
    label: 'Budgets by 15 April',
    parameters: { 'entitlements.budgetIssueBy': [{ from: '2009-03-01', value: '04-15', sources: ['digitalhealth-2009-03-vision'], confidence: 'unconfirmed' }] },
  });
  it.each([
    ['2009-04-15', 'BUDGET_ON_TIME', 'compliant'],
    ['2009-04-16', 'BUDGET_LATE', 'breach'],
  ])('a deadline in April falls in the year’s own April: a budget issued on %s is %s', (issuedOn, code, outcome) => {
    const check = checkEntitlements({ holder, financialYear: '2009/10', indicativeBudgetIssuedOn: issuedOn, supportAgreedOn: '2009-04-01' }, { asOf: '2009-06-30', policy: april });
    expect(check.findings[0]).toMatchObject({ code, outcome });
  });
});

describe('the eight-week limit on dates without a national value', () => {
  const caseSubmitted = (submittedOn: string, financialYear: string) =>
    checkEntitlements({ holder, financialYear, businessCases: [{ id: 'bc', submittedOn }] }, { asOf: '2009-06-30' });

  it('before PBC (no value at all) there is no national limit, and the explanation says the parameter has no value', () => {
    const check = caseSubmitted('2004-06-01', '2004/05');
    expect(check.findings.find((finding) => finding.code === 'NO_BUSINESS_CASES' || finding.code === 'NO_NATIONAL_LIMIT')?.code).toBe('NO_NATIONAL_LIMIT');
    expect(notes(check.explanation)).toContain('entitlements.businessCaseDecisionDays has no value on 2004-06-01.');
  });

  it('on the last day of the local-decision period (28 February 2009) the value is null: no national limit, and no "no value" note', () => {
    const check = caseSubmitted('2009-02-28', '2008/09');
    expect(check.findings.some((finding) => finding.code === 'NO_NATIONAL_LIMIT')).toBe(true);
    expect(notes(check.explanation).some((note) => note.includes('has no value on'))).toBe(false);
  });

  it('on the first day of the national limit (1 March 2009) eight weeks apply', () => {
    const check = caseSubmitted('2009-03-01', '2008/09');
    expect(check.findings.some((finding) => finding.code === 'DECISION_OVERDUE')).toBe(true);
  });
});

describe('a score whose maximum is zero', () => {
  it('when a reform scores every status 0, the share is 0.0000, not NaN', () => {
    const zero = applyReform(baselinePolicy, {
      id: 'no-points',
      label: 'Every status scores nothing',
      parameters: Object.fromEntries(
        ['met', 'partial', 'notMet', 'unknown'].map((status) => [`readiness.points.${status}`, [{ from: '1991-04-01', value: '0', sources: ['hansard-2006-11-06'], confidence: 'unconfirmed' as const }]]),
      ),
    });
    const assessment = assessReadiness({ framework: 'AC2007', evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'met' }] }, { asOf: '2008-01-01', policy: zero });
    expect(assessment.score).toMatchObject({ score: '0', maximum: '0', share: '0.0000' });
  });
});
