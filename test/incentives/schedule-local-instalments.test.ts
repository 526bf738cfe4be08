/**
 * The specification of `src/incentives/schedule-local-instalments.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { localIncentivePayment } from '../../src/incentives/index.js';
import { pay, periodPractice, periodScheme, rows } from './helpers.js';

describe('local instalments: the reasons given', () => {

  it('an instalment withheld on two conditions gives both reasons, joined with "; "', () => {
    const payment = localIncentivePayment({
      scheme: { ...periodScheme('2008-04-01', '2009-03-31'), conditions: [...periodScheme('2008-04-01', '2009-03-31').conditions, { id: 'meetings', kind: 'custom', description: 'attends meetings' }], instalments: [{ id: 'only', payOn: '2008-09-30', weight: 1, conditions: ['budget', 'meetings'] }] },
      practice: { ...periodPractice, indicativeBudget: { overspent: true }, conditionsMet: { meetings: false } },
    });
    expect(payment.instalments[0]?.status).toBe('withheld');
    expect(payment.instalments[0]?.reason).toMatch(/^withheld: budget \(.+\); meetings \(.+\)$/);
  });

  it('an unconditional instalment is due "unconditional"; a gated one names the conditions met, or those that failed, or those unknown', () => {
    const due = localIncentivePayment({ scheme: periodScheme('2008-04-01', '2009-03-31'), practice: { ...periodPractice, indicativeBudget: { overspent: false } } });
    expect(due.instalments.map((instalment) => instalment.reason)).toEqual(['due: unconditional', 'due: plan, budget met', 'due: plan met']);
    const withheld = localIncentivePayment({ scheme: periodScheme('2008-04-01', '2009-03-31'), practice: { ...periodPractice, indicativeBudget: { overspent: true } } });
    expect(withheld.instalments[1]?.status).toBe('withheld');
    expect(withheld.instalments[1]?.reason).toMatch(/^withheld: budget \(/);
    expect(withheld.instalments[1]?.reason).not.toContain('plan');
    expect(withheld.instalments[2]?.status).toBe('due');
    const pending = localIncentivePayment({ scheme: periodScheme('2008-04-01', '2009-03-31'), practice: periodPractice });
    expect(pending.instalments[1]?.status).toBe('pending');
    expect(pending.instalments[1]?.reason).toMatch(/^pending: budget \(/);
    expect(pending.instalments.map((instalment) => instalment.status)).toEqual(['due', 'pending', 'due']);
  });
});

describe('local instalments (DH FAQ: a local matter)', () => {
  it('conditions not yet known leave their instalments pending, never assumed met', () => {
    const payment = pay({}, { indicativeBudget: undefined, conditionsMet: {} });
    expect(payment.outcome).toBe('partly-payable');
    expect(payment.instalments[1]).toMatchObject({ status: 'pending', amountDue: 0, dueOn: null });
    expect(payment.instalments[1]?.reason).toContain('budget');
    expect(payment.instalments[1]?.reason).toContain('attendance');
    expect(payment.amountPending).toBe(600_000);
    const nothingKnown = pay({}, { indicativeBudget: undefined, conditionsMet: undefined, planApprovedOn: undefined });
    expect(nothingKnown.outcome).toBe('pending');
  });
  it('a plan approved after the scheduled day defers the instalment to the approval', () => {
    const payment = pay({}, { planApprovedOn: '2007-09-12' });
    expect(payment.instalments[0]).toMatchObject({ status: 'due', dueOn: '2007-09-12', payOn: '2007-07-31' });
    expect(payment.instalments[0]?.reason).toContain('deferred to 2007-09-12');
  });
  it('an instalment with an empty condition list is unconditional', () => {
    const payment = pay({ instalments: [{ id: 'flat', payOn: '2007-07-01', weight: '1', conditions: [] }] }, { indicativeBudget: { overspent: true } });
    expect(rows(payment)).toEqual([['flat', 'due', '2007-07-01', 1_200_000]]);
    expect(payment.instalments[0]?.reason).toBe('due: unconditional');
  });
  it('instalment weights split the value exactly (largest remainder)', () => {
    const payment = pay(
      {
        ratePerPatient: 1,
        instalments: [
          { id: 'q1', payOn: '2007-09-30', weight: 1 },
          { id: 'q2', payOn: '2007-12-31', weight: 1 },
          { id: 'q3', payOn: '2008-03-31', weight: '1.0' },
        ],
      },
      { listSizes: [{ date: '2007-07-01', registered: 100 }] },
    );
    expect(payment.instalments.map((row) => row.share)).toEqual([34, 33, 33]);
  });
});
