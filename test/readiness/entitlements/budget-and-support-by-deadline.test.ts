/**
 * entitlements.budgetBy1May (src/readiness/entitlements/budget-and-support-by-deadline.ts): the indicative budget and the support package by 1 May.
 */
import { describe, expect, it } from 'vitest';
import { checkEntitlements } from '../../../src/index.js';
import { applyReform, baselinePolicy } from '../../../src/policy/index.js';
import { practice } from '../helpers.js';

describe('entitlements.budgetBy1May: budget and support package by 1 May, the SHA the final recourse (Pulse, Five things)', () => {
  const check = (issued: string | undefined, agreed: string | undefined, asOf = '2009-06-30') =>
    checkEntitlements({ holder: practice, financialYear: '2009/10', ...(issued === undefined ? {} : { indicativeBudgetIssuedOn: issued }), ...(agreed === undefined ? {} : { supportAgreedOn: agreed }) }, { asOf }).findings.slice(0, 2);
  it('issued and agreed on 1 May: compliant', () => {
    expect(check('2009-05-01', '2009-05-01').map((finding) => [finding.code, finding.outcome, finding.details?.['dueOn'], finding.details?.['deliveredOn'], finding.details?.['escalateTo']])).toEqual([
      ['BUDGET_ON_TIME', 'compliant', '2009-05-01', '2009-05-01', undefined],
      ['SUPPORT_ON_TIME', 'compliant', '2009-05-01', '2009-05-01', undefined],
    ]);
  });
  it('issued or agreed on 2 May: a breach, one day late, to the SHA', () => {
    const [budget, support] = check('2009-05-02', '2009-05-02');
    expect(budget).toEqual({
      rule: 'entitlements.budgetBy1May',
      code: 'BUDGET_LATE',
      subject: { kind: 'entitlement', id: 'indicativeBudget' },
      outcome: 'breach',
      details: { dueOn: '2009-05-01', deliveredOn: '2009-05-02', daysLate: 1, escalateTo: 'SHA' },
      message: 'The indicative budget was issued on 2009-05-02, 1 day after 2009-05-01: take it to the SHA.',
      sources: ['pulse-2009-five-things', 'digitalhealth-2009-03-vision', 'bmj-2009-here-to-stay'],
    });
    expect(support).toMatchObject({ code: 'SUPPORT_LATE', outcome: 'breach', details: { daysLate: 1, escalateTo: 'SHA' } });
  });
  it('not yet delivered: pending up to and on 1 May, a breach from 2 May', () => {
    expect(check(undefined, undefined, '2009-05-01').map((finding) => finding.code)).toEqual(['BUDGET_PENDING', 'SUPPORT_PENDING']);
    const late = check(undefined, undefined, '2009-05-02');
    expect(late.map((finding) => [finding.code, finding.outcome, finding.details?.['daysLate'], finding.details?.['escalateTo']])).toEqual([
      ['BUDGET_NOT_DELIVERED', 'breach', 1, 'SHA'],
      ['SUPPORT_NOT_DELIVERED', 'breach', 1, 'SHA'],
    ]);
    expect(late[1]?.message).toBe('The management and financial support package had not been agreed by 2009-05-02, 1 day after 2009-05-01: take it to the SHA.');
  });
  it('issued before the year began counts (budgets are often set in March); the deadline follows the year', () => {
    expect(checkEntitlements({ holder: practice, financialYear: '2010/11', indicativeBudgetIssuedOn: '2010-03-20' }, { asOf: '2010-04-15' }).findings[0]).toMatchObject({ code: 'BUDGET_ON_TIME', details: { dueOn: '2010-05-01' } });
  });
  it('records the deadline parameter, its caveat about the first year bound, and the recourse', () => {
    const result = checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-04-30' }, { asOf: '2009-06-30' });
    const budget = result.explanation.children[0];
    expect(budget?.rule).toBe('entitlements.budgetBy1May');
    expect(budget?.parameters.map((reading) => [reading.id, reading.value])).toEqual([
      ['entitlements.inForce', true],
      ['entitlements.budgetIssueBy', '05-01'],
      ['entitlements.finalRecourse', 'SHA'],
    ]);
    expect(budget?.notes[0]).toContain('The first financial year it binds is 2009/10 (1 May 2009)');
  });
  it('a reform moving the deadline (to 1 February, in the next calendar year) is followed', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'february',
      label: 'Budgets by 1 February',
      parameters: { 'entitlements.budgetIssueBy': [{ from: '2009-03-01', value: '02-01', sources: ['pulse-2009-five-things'], confidence: 'unconfirmed' }] },
    });
    const finding = checkEntitlements({ holder: practice, financialYear: '2009/10' }, { asOf: '2009-06-30', policy: reformed }).findings[0];
    expect(finding).toMatchObject({ code: 'BUDGET_PENDING', details: { dueOn: '2010-02-01' } });
  });
});

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
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: issuedOn, supportAgreedOn: '2009-04-01' }, { asOf: '2009-06-30', policy: april });
    expect(check.findings[0]).toMatchObject({ code, outcome });
  });
});
