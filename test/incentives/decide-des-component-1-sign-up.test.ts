/**
 * The specification of `src/incentives/decide-des-component-1-sign-up.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { towardsPbcDesPayment } from '../../src/incentives/index.js';
import { c1, c1Claim, codes, des, nodes, reform, reformed } from './helpers.js';

describe('component 1: 95p per registered patient for signing up (GP 2006; seeds addendum)', () => {
  it('plan agreed and indicative budget accepted: paid on the list at 1 April 2006 with the next global sum', () => {
    const payment = c1();
    expect(payment).toMatchObject({
      outcome: 'payable',
      listSizeDate: '2006-04-01',
      listSize: 5950,
      ratePerPatient: 95,
      componentValue: 565_250,
      amountPayable: 565_250,
      conditionsMetOn: '2006-06-15',
      paymentDue: '2006-06-30',
    });
    expect(codes(payment.findings)).toEqual(['DES_C1_PLAN_AGREED:compliant', 'DES_C1_INDICATIVE_BUDGET:compliant']);
  });
  it('budget accepted after the plan: the later date triggers payment', () => {
    expect(c1({ indicativeBudgetAcceptedOn: '2006-07-03' })).toMatchObject({ conditionsMetOn: '2006-07-03', paymentDue: '2006-07-31' });
  });
  it('indicative budget not accepted: not earned (the default conditions, confidence derived)', () => {
    const payment = c1({ indicativeBudgetAcceptedOn: undefined });
    expect(payment).toMatchObject({ outcome: 'not-earned', amountPayable: 0, componentValue: 565_250, conditionsMetOn: null, paymentDue: null });
    expect(codes(payment.findings)).toEqual(['DES_C1_PLAN_AGREED:compliant', 'DES_C1_INDICATIVE_BUDGET:breach']);
  });
  it('indicative budget accepted after the DES ended: not earned', () => {
    const payment = c1({ indicativeBudgetAcceptedOn: '2007-04-01' });
    expect(payment.outcome).toBe('not-earned');
    expect(payment.findings[1]?.message).toContain('after the DES ended on 2007-03-31');
    expect(c1({ indicativeBudgetAcceptedOn: '2007-03-31' }).outcome).toBe('payable');
  });
  it('a reform that drops the budget condition pays on the plan alone', () => {
    const planOnly = reform('plan-only', { 'des.c1.requiresIndicativeBudget': [{ ...des, value: false }] });
    const payment = c1({ indicativeBudgetAcceptedOn: undefined }, { policy: planOnly });
    expect(payment).toMatchObject({ outcome: 'payable', amountPayable: 565_250, paymentDue: '2006-06-30' });
    expect(codes(payment.findings)).toEqual(['DES_C1_PLAN_AGREED:compliant', 'DES_C1_INDICATIVE_BUDGET:info']);
  });
});

describe('component 1 sign-up: the explanation', () => {
  it('say the C1 conditions were read from a derived parameter', () => {
    const reading = c1().explanation.children.find((child) => child.rule === 'des.c1.signUp')?.parameters[0];
    expect(reading).toMatchObject({ id: 'des.c1.requiresIndicativeBudget', value: true, confidence: 'derived' });
  });
});

describe('component 1 sign-up: the indicative budget condition', () => {
  it('under a policy that does not require it, the finding is a note saying so', () => {
    const payment = towardsPbcDesPayment(c1Claim({ indicativeBudgetAcceptedOn: undefined }), { policy: reformed('des.c1.requiresIndicativeBudget', false) });
    expect(payment.outcome).toBe('payable');
    expect(payment.findings.find((finding) => finding.code === 'DES_C1_INDICATIVE_BUDGET')).toMatchObject({
      outcome: 'info',
      message: 'accepting the indicative budget is not a condition under this policy (des.c1.requiresIndicativeBudget)',
    });
  });

  it('not accepted: not earned, the finding says why and the explanation notes it', () => {
    const payment = towardsPbcDesPayment(c1Claim({ indicativeBudgetAcceptedOn: undefined }));
    expect(payment.findings.find((finding) => finding.code === 'DES_C1_INDICATIVE_BUDGET')).toMatchObject({
      outcome: 'breach',
      message: 'the practice has not accepted its indicative budget, a condition of component 1',
    });
    const signUp = nodes(payment.explanation).find((node) => node.rule === 'des.c1.signUp');
    expect(signUp?.notes).toEqual(['not signed up: component 1 is not earned']);
  });

  it('accepted after the DES ended: a not-met indicative budget finding', () => {
    const payment = towardsPbcDesPayment(c1Claim({ indicativeBudgetAcceptedOn: '2007-04-02' }));
    expect(payment.outcome).toBe('not-earned');
    expect(payment.findings.map((finding) => [finding.code, finding.outcome])).toEqual([
      ['DES_C1_PLAN_AGREED', 'compliant'],
      ['DES_C1_INDICATIVE_BUDGET', 'breach'],
    ]);
  });
});
