/**
 * The specification of `src/incentives/assess-des-component-2-claim.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { towardsPbcDesPayment } from '../../src/index.js';
import { c2, c2Input, codes } from './helpers.js';

describe('the component 2 claim (Pulse: PCT agreement first, then a written claim by 30 June 2007)', () => {
  it('a claim on 30 June 2007 is in time; one on 1 July 2007 is refused', () => {
    expect(c2({ claimedOn: '2007-06-30' })).toMatchObject({ outcome: 'payable', paymentDue: '2007-07-31' });
    const late = c2({ claimedOn: '2007-07-01' });
    expect(late).toMatchObject({ outcome: 'refused', amountPayable: 0, topUp: 370_000, practiceReceives: 200_000, paymentDue: null });
    expect(codes(late.findings)).toContain('DES_C2_CLAIM_DEADLINE:breach');
  });
  it('a claim made before the PCT agreed the objectives were met is refused', () => {
    const early = c2({ claimedOn: '2007-04-19' });
    expect(early.outcome).toBe('refused');
    expect(early.findings.find((finding) => finding.code === 'DES_C2_CLAIM_AFTER_AGREEMENT')?.message).toContain('before the PCT agreed');
  });
  it('a claim with no PCT agreement at all is refused, and both problems are reported', () => {
    const payment = c2({ objectivesAgreedMetOn: undefined, claimedOn: '2007-07-02' });
    expect(payment.outcome).toBe('refused');
    expect(codes(payment.findings)).toEqual(expect.arrayContaining(['DES_C2_PCT_AGREEMENT:unknown', 'DES_C2_CLAIM_AFTER_AGREEMENT:breach', 'DES_C2_CLAIM_DEADLINE:breach']));
    expect(payment.findings.find((finding) => finding.code === 'DES_C2_CLAIM_AFTER_AGREEMENT')?.message).toContain("without the PCT's agreement");
  });
  it('no claim yet: unclaimed, still open up to 30 June 2007 and lapsed from 1 July', () => {
    const open = c2({ claimedOn: undefined }, { asOf: '2007-06-30' });
    expect(open).toMatchObject({ outcome: 'unclaimed', amountPayable: 0, topUp: 370_000 });
    expect(codes(open.findings)).toContain('DES_C2_UNCLAIMED:unknown');
    const lapsed = c2({ claimedOn: undefined }, { asOf: '2007-07-01' });
    expect(codes(lapsed.findings)).toContain('DES_C2_UNCLAIMED:breach');
    expect(codes(c2({ claimedOn: undefined }).findings)).toContain('DES_C2_UNCLAIMED:unknown');
  });
});

describe('the component 2 claim: its day and the deadline', () => {
  it('a claim made on the day the PCT agreed the objectives were met is valid', () => {
    const payment = towardsPbcDesPayment({ ...c2Input, claimedOn: '2007-04-20' });
    expect(payment.outcome).toBe('payable');
    expect(payment.findings.find((finding) => finding.code === 'DES_C2_CLAIM_AFTER_AGREEMENT')?.outcome).toBe('compliant');
  });

  it('a claim made after 30 June 2007 is refused, saying when it was made and the deadline', () => {
    const payment = towardsPbcDesPayment({ ...c2Input, claimedOn: '2007-07-01' });
    expect(payment.outcome).toBe('refused');
    const deadline = payment.findings.find((finding) => finding.code === 'DES_C2_CLAIM_DEADLINE');
    expect(deadline?.outcome).toBe('breach');
    expect(deadline?.message).toContain('2007-07-01');
    expect(deadline?.message).toContain('2007-06-30');
  });

  it('a claim made the day before the agreement is refused', () => {
    const payment = towardsPbcDesPayment({ ...c2Input, claimedOn: '2007-04-19' });
    expect(payment.outcome).toBe('refused');
  });

  it('an unclaimed component 2 is claimable until 30 June 2007 and lapsed after it', () => {
    const { claimedOn: _claimed, ...unclaimed } = c2Input;
    const before = towardsPbcDesPayment(unclaimed, { asOf: '2007-06-30' });
    const after = towardsPbcDesPayment(unclaimed, { asOf: '2007-07-01' });
    expect(before.outcome).toBe('unclaimed');
    expect(after.outcome).toBe('unclaimed');
    const unclaimedFinding = (payment: typeof before) => payment.findings.find((finding) => finding.code === 'DES_C2_UNCLAIMED');
    expect(unclaimedFinding(before)).toMatchObject({ outcome: 'unknown', message: 'not claimed yet: a written claim may be made until 2007-06-30' });
    expect(unclaimedFinding(after)).toMatchObject({ outcome: 'breach', message: 'not claimed by the deadline of 2007-06-30 (as of 2007-07-01): component 2 can no longer be paid' });
  });
});
