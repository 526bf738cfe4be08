/**
 * The specification of `src/incentives/assess-des-objectives.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { towardsPbcDesPayment } from '../../src/incentives/index.js';
import { c2, c2Claim, codes } from './helpers.js';

describe('joint plans: the joint objectives and the practice’s own (BMA, component 2 guidance)', () => {
  const joint = (ownMet: boolean, jointMet: boolean, extra: Record<string, unknown> = {}) =>
    c2({
      plan: 'joint',
      jointPlanWith: ['Z90005'],
      objectives: [
        { id: 'own-referrals', scope: 'own', met: ownMet },
        { id: 'joint-prescribing', scope: 'joint', met: jointMet },
      ],
      objectivesAgreedMetOn: ownMet && jointMet ? '2007-04-20' : undefined,
      ...extra,
    });
  it('both met: C2 paid', () => {
    const payment = joint(true, true);
    expect(payment).toMatchObject({ outcome: 'payable', amountPayable: 370_000 });
    expect(codes(payment.findings).slice(0, 2)).toEqual(['DES_C2_OWN_OBJECTIVES:compliant', 'DES_C2_JOINT_OBJECTIVES:compliant']);
  });
  it('joint met, own not: no C2', () => {
    const payment = joint(false, true);
    expect(payment.outcome).toBe('not-earned');
    expect(codes(payment.findings).slice(0, 2)).toEqual(['DES_C2_OWN_OBJECTIVES:breach', 'DES_C2_JOINT_OBJECTIVES:compliant']);
  });
  it('own met, joint not: no C2', () => {
    const payment = joint(true, false);
    expect(payment.outcome).toBe('not-earned');
    expect(codes(payment.findings).slice(0, 2)).toEqual(['DES_C2_OWN_OBJECTIVES:compliant', 'DES_C2_JOINT_OBJECTIVES:breach']);
  });
  it('a joint plan with only joint objectives: the practice need meet only those', () => {
    const payment = c2({ plan: 'joint', objectives: [{ id: 'joint-prescribing', scope: 'joint', met: true }] });
    expect(payment.outcome).toBe('payable');
    expect(payment.findings[0]?.message).toBe('no own objectives were set');
  });
});

describe('the objectives missed', () => {
  it('the objectives missed are listed, separated by commas', () => {
    const payment = towardsPbcDesPayment(
      c2Claim({
        objectivesAgreedMetOn: undefined,
        claimedOn: undefined,
        objectives: [
          { id: 'referrals', scope: 'own', met: false },
          { id: 'prescribing', scope: 'own', met: false },
        ],
      }),
    );
    expect(payment.findings[0]?.message).toBe('2 of 2 own objective(s) not met: referrals, prescribing');
  });
});
