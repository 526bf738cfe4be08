/**
 * The specification of `src/incentives/assess-local-conditions.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { type LocalIncentivePayment } from '../../src/incentives/index.js';
import { finding, local, pay, rows } from './helpers.js';
import { pbcError } from '../support/errors.js';

const localFinding = (payment: LocalIncentivePayment, code: string) => payment.findings.find((entry) => entry.code === code);

describe('local conditions: what each finding says', () => {
  it('a plan never approved: unknown during the scheme, not met once it has ended', () => {
    const during = local({}, { planApprovedOn: undefined }, { asOf: '2008-06-30' });
    expect(localFinding(during, 'LOCAL_PLAN_APPROVED')).toMatchObject({ outcome: 'unknown', message: 'the PBC plan has not been approved yet' });
    const after = local({}, { planApprovedOn: undefined }, { asOf: '2008-07-01' });
    expect(localFinding(after, 'LOCAL_PLAN_APPROVED')).toMatchObject({ outcome: 'breach', message: 'no PBC plan approved by the end of the scheme (2008-06-30)' });
  });

  it('a plan approved on the last day of the scheme counts; the day after does not', () => {
    const onTheDay = local({}, { planApprovedOn: '2008-06-30' });
    expect(localFinding(onTheDay, 'LOCAL_PLAN_APPROVED')).toMatchObject({ outcome: 'compliant', message: 'PBC plan approved on 2008-06-30' });
    const late = local({}, { planApprovedOn: '2008-07-01' });
    expect(localFinding(late, 'LOCAL_PLAN_APPROVED')).toMatchObject({ outcome: 'breach', message: 'the PBC plan was approved on 2008-07-01, after the scheme ended on 2008-06-30' });
  });

  it('an overspend given as a flag is reported without figures', () => {
    const payment = local({}, { indicativeBudget: { overspent: true } });
    expect(localFinding(payment, 'LOCAL_NO_OVERSPEND')?.message).toBe('the practice overspent its indicative budget');
  });

  it('a scheme without a no-overspend condition is warned about in DH’s words', () => {
    const payment = local({ conditions: [{ id: 'plan', kind: 'plan-approved' }], instalments: [{ id: 'sign-up', payOn: '2007-07-31', weight: 1 }] });
    expect(localFinding(payment, 'LOCAL_NO_OVERSPEND_CONDITION')).toMatchObject({
      outcome: 'warning',
      message: 'the scheme does not make its award depend on not overspending the indicative budget, as DH guidance expects',
    });
  });
});

describe('local conditions (DH, Practical implementation; DH FAQ)', () => {
  it('an overspend withholds the instalments it gates (DH FAQ: no award for overspending)', () => {
    const payment = pay({}, { indicativeBudget: { budget: 100_000_000, outturn: 100_000_001 } });
    expect(payment.outcome).toBe('partly-payable');
    expect(rows(payment)).toEqual([
      ['sign-up', 'due', '2007-07-31', 600_000],
      ['outturn', 'withheld', null, 0],
    ]);
    expect(payment.amountWithheld).toBe(600_000);
    expect(finding(payment, 'LOCAL_NO_OVERSPEND')?.message).toBe('the practice overspent its indicative budget (outturn £1,000,000.01 against a budget of £1,000,000.00)');
    expect(pay({}, { indicativeBudget: { budget: 100_000_000, outturn: 100_000_000 } }).outcome).toBe('payable');
    expect(pay({}, { indicativeBudget: { overspent: true } }).instalments[1]?.status).toBe('withheld');
    expect(pay({}, { indicativeBudget: { overspent: false } }).outcome).toBe('payable');
  });
  it('no plan approval: unknown while the scheme runs, not met once asOf is past its end', () => {
    expect(finding(pay({}, { planApprovedOn: undefined }, { asOf: '2008-06-30' }), 'LOCAL_PLAN_APPROVED')?.outcome).toBe('unknown');
    expect(finding(pay({}, { planApprovedOn: undefined }, { asOf: '2008-07-01' }), 'LOCAL_PLAN_APPROVED')?.outcome).toBe('breach');
  });
  it('a scheme without a no-overspend condition draws a warning (DH expects one)', () => {
    const payment = pay({ conditions: [{ id: 'plan', kind: 'plan-approved' }], instalments: [{ id: 'all', payOn: '2007-07-31', weight: 1 }] }, { conditionsMet: undefined });
    expect(payment.outcome).toBe('payable');
    expect(finding(payment, 'LOCAL_NO_OVERSPEND_CONDITION')).toMatchObject({ outcome: 'warning', sources: ['dh-faq-incentive-no-overspend'] });
  });
});

describe('local conditions: the no-overspend condition', () => {
  it('a no-overspend condition is read from the budget, not from conditionsMet', () => {
    const error = pbcError(() => pay({}, { conditionsMet: { budget: true } }), 'CONFLICTING_INPUT');
    expect(error.issues[0]?.message).toContain('indicativeBudget');
  });
});
