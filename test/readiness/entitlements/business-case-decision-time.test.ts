/**
 * entitlements.businessCaseDecision (src/readiness/entitlements/business-case-decision-time.ts): decisions within eight weeks, from March 2009.
 */
import { describe, expect, it } from 'vitest';
import { expectIssue } from '../../support/errors.js';
import { withRetypedParameter } from '../../conflicts/fixtures.js';
import fc from 'fast-check';
import { checkEntitlements } from '../../../src/index.js';
import { addDays } from '../../../src/core/index.js';
import { baselinePolicy, buildPolicy } from '../../../src/policy/index.js';
import { pbcError } from '../../support/errors.js';
import { notes, practice } from '../helpers.js';

describe('entitlements.businessCaseDecision: decisions within eight weeks (56 days)', () => {
  const one = (submittedOn: string, decidedOn: string | undefined, asOf: string) =>
    checkEntitlements({ holder: practice, financialYear: '2009/10', businessCases: [{ id: 'BC-1', submittedOn, ...(decidedOn === undefined ? {} : { decidedOn }) }] }, { asOf }).findings[2];
  it('decided on day 56: in time; on day 57: a breach, a day late', () => {
    expect(one('2009-04-01', '2009-05-27', '2009-06-30')).toMatchObject({ code: 'DECIDED_IN_TIME', outcome: 'compliant', details: { dueOn: '2009-05-27', deliveredOn: '2009-05-27' }, message: 'Business case BC-1 was decided on 2009-05-27, 56 days after submission (limit 56 days).' });
    expect(one('2009-04-01', '2009-05-28', '2009-06-30')).toMatchObject({
      code: 'DECIDED_LATE',
      outcome: 'breach',
      details: { dueOn: '2009-05-27', deliveredOn: '2009-05-28', daysLate: 1, escalateTo: 'SHA' },
      message: 'Business case BC-1 was decided on 2009-05-28, 1 day after the 56-day limit (2009-05-27): take it to the SHA.',
    });
  });
  it('undecided: pending to day 56, overdue from day 57', () => {
    expect(one('2009-04-01', undefined, '2009-05-27')).toMatchObject({ code: 'DECISION_PENDING', outcome: 'pending' });
    expect(one('2009-04-01', undefined, '2009-05-30')).toMatchObject({ code: 'DECISION_OVERDUE', outcome: 'breach', details: { daysLate: 3 } });
  });
  it('property: the outcome depends only on the days from submission to decision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 120 }), (start, taken) => {
        const submittedOn = addDays('2009-04-01', start % 360);
        const decidedOn = addDays(submittedOn, taken);
        const asOf = addDays(decidedOn, 1);
        const finding = checkEntitlements({ holder: practice, financialYear: '2009/10', businessCases: [{ id: 'P', submittedOn, decidedOn }] }, { asOf }).findings[2];
        expect(finding?.outcome).toBe(taken <= 56 ? 'compliant' : 'breach');
        expect(finding?.details?.['daysLate']).toBe(taken <= 56 ? undefined : taken - 56);
      }),
      { numRuns: 1000 },
    );
  });
  it('a business case in a year before PBC (no limit parameter on the date) has no national limit; a policy without the parameter is an error', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2004/05', businessCases: [{ id: 'EARLY', submittedOn: '2004-06-01' }] }, { asOf: '2009-06-30' });
    expect(check.findings[2]).toMatchObject({ subject: { kind: 'businessCase', id: 'EARLY' }, code: 'NO_NATIONAL_LIMIT' });
    expect(check.explanation.children[1]?.notes).toContain('entitlements.businessCaseDecisionDays has no value on 2004-06-01.');
    const withoutLimit = buildPolicy({
      id: 'no-limit',
      label: 'Baseline without the decision limit',
      parameters: Object.values(baselinePolicy.parameters).filter((parameter) => parameter.id !== 'entitlements.businessCaseDecisionDays'),
      sources: Object.values(baselinePolicy.sources),
    });
    pbcError(() => checkEntitlements({ holder: practice, financialYear: '2009/10', businessCases: [{ id: 'X', submittedOn: '2009-05-01' }] }, { asOf: '2009-06-30', policy: withoutLimit }), 'PARAMETER_NOT_FOUND');
  });
});

describe('the eight-week limit on dates without a national value', () => {
  const caseSubmitted = (submittedOn: string, financialYear: string) =>
    checkEntitlements({ holder: practice, financialYear, businessCases: [{ id: 'bc', submittedOn }] }, { asOf: '2009-06-30' });

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

describe('a decision limit redefined under another unit', () => {
  it('passes policy validation but is PARAMETER_TYPE_MISMATCH naming the parameter when a business case needs it', () => {
    const policy = withRetypedParameter('entitlements.businessCaseDecisionDays', 'ratio', '56.5');
    expectIssue(() => checkEntitlements({ holder: practice, financialYear: '2009/10', businessCases: [{ id: 'BC-1', submittedOn: '2009-05-01' }] }, { asOf: '2009-06-30', policy }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'entitlements.businessCaseDecisionDays']);
  });
});
