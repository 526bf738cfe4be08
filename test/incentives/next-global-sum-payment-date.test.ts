/**
 * The specification of `src/incentives/next-global-sum-payment-date.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { towardsPbcDesPayment } from '../../src/index.js';
import { c1, c1Input, c2, c2Input, des, nodes, reform, reformed } from './helpers.js';
import { expectIssue, pbcError } from '../support/errors.js';

describe('paid with the next global sum (Pulse; SI 2004/142 art. 37)', () => {
  it('paid with the first global sum payment (last day of the month) after the claim', () => {
    expect(c2({ claimedOn: '2007-05-30' }).paymentDue).toBe('2007-05-31');
    expect(c2({ claimedOn: '2007-05-31' }).paymentDue).toBe('2007-06-30');
    expect(c2({ claimedOn: '2007-06-01' }).paymentDue).toBe('2007-06-30');
  });
  it('a reform can read "next" as the following month, or move the global sum to a day of the month', () => {
    const following = reform('following', { 'des.c2.paymentTiming': [{ ...des, value: 'following-month-global-sum' }] });
    expect(c2({ claimedOn: '2007-05-02' }, { policy: following }).paymentDue).toBe('2007-06-30');
    const fifteenth = reform('fifteenth', { 'gms.globalSum.paymentDay': [{ from: '2004-04-01', value: '15', sources: ['ssi-2004-142-article-37'], confidence: 'unconfirmed' }] });
    expect(c2({ claimedOn: '2007-05-02' }, { policy: fifteenth }).paymentDue).toBe('2007-05-15');
    expect(c2({ claimedOn: '2007-05-15' }, { policy: fifteenth }).paymentDue).toBe('2007-06-15');
    const thirtyFirst = reform('thirty-first', { 'gms.globalSum.paymentDay': [{ from: '2004-04-01', value: '31', sources: ['ssi-2004-142-article-37'], confidence: 'unconfirmed' }] });
    expect(c2({ claimedOn: '2007-06-05' }, { policy: thirtyFirst }).paymentDue).toBe('2007-06-30');
  });
  it('a timing or payment day the rule does not know is a parameter type mismatch', () => {
    const badTiming = reform('bad-timing', { 'des.c2.paymentTiming': [{ ...des, value: 'whenever' }] });
    pbcError(() => c2({}, { policy: badTiming }), 'PARAMETER_TYPE_MISMATCH');
    const badDay = reform('bad-day', { 'gms.globalSum.paymentDay': [{ from: '2004-04-01', value: 'tuesday', sources: ['ssi-2004-142-article-37'], confidence: 'unconfirmed' }] });
    pbcError(() => c2({}, { policy: badDay }), 'PARAMETER_TYPE_MISMATCH');
  });
});

describe('component 1 under a reformed timing', () => {
  it('component 1 follows a reform of its own timing', () => {
    const following = reform('c1-following', { 'des.c1.paymentTiming': [{ ...des, value: 'following-month-global-sum' }] });
    expect(c1({}, { policy: following }).paymentDue).toBe('2006-07-31');
  });
});

describe('the global sum payment day (gms.globalSum.paymentDay) under a reform', () => {
  it('a day such as "15" pays on the 15th of the next month after the day payable', () => {
    const payment = towardsPbcDesPayment(c1Input, { policy: reformed('gms.globalSum.paymentDay', '15') });
    // Payable on 15 June: the 15 June run has gone, so 15 July.
    expect(payment.paymentDue).toBe('2006-07-15');
  });

  it('"31" falls back to the last day of a shorter month, and a payment day later in the same month is taken', () => {
    const payment = towardsPbcDesPayment({ ...c1Input, planAgreedOn: '2006-09-10', indicativeBudgetAcceptedOn: '2006-09-10' }, { policy: reformed('gms.globalSum.paymentDay', '31') });
    expect(payment.paymentDue).toBe('2006-09-30');
  });

  it.each(['32', '00', '155', 'x15', '5', 'last day'])('"%s" is not a payment day: PARAMETER_TYPE_MISMATCH naming the parameter', (day) => {
    expect(expectIssue(() => towardsPbcDesPayment(c1Input, { policy: reformed('gms.globalSum.paymentDay', day) }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'gms.globalSum.paymentDay']).issues).toHaveLength(1);
  });
});

describe('the payment timing (des.c1.paymentTiming, des.c2.paymentTiming) under a reform', () => {
  it("'following-month-global-sum' pays with the month after, and says so", () => {
    const payment = towardsPbcDesPayment(c1Input, { policy: reformed('des.c1.paymentTiming', 'following-month-global-sum', '2006-04-01', '2007-03-31') });
    expect(payment.paymentDue).toBe('2006-07-31');
    expect(nodes(payment.explanation).flatMap((node) => node.notes)).toContain('paid with the global sum of the month after 2006-06-15');
  });

  it("'next-monthly-global-sum' (the default) says it pays with the first payment after the day payable, and records that day", () => {
    const payment = towardsPbcDesPayment(c1Input);
    const dateStep = nodes(payment.explanation).find((node) => node.notes.includes('paid with the first global sum payment after 2006-06-15'));
    expect(dateStep?.inputs).toEqual({ payableFrom: '2006-06-15' });
    expect(dateStep?.output).toBe('2006-06-30');
  });

  it('an unknown timing is a PARAMETER_TYPE_MISMATCH naming the parameter read', () => {
    expect(expectIssue(() => towardsPbcDesPayment(c2Input, { policy: reformed('des.c2.paymentTiming', 'quarterly', '2006-04-01', '2007-03-31') }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'des.c2.paymentTiming']).issues).toHaveLength(1);
  });
});
