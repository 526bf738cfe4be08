/**
 * The specification of `src/incentives/decide-des-component-2-top-up.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { towardsPbcDesPayment } from '../../src/index.js';
import { type TowardsPbcDesPaymentInput } from '../../src/incentives/index.js';
import { c2, c2Claim, c2Input, codes, nodes } from './helpers.js';

describe('component 2 and SFE 7A.12 (BMA, component 2 guidance; Pulse, Know your rights)', () => {
  it("the users' example: 6,000 patients, objectives met, £2,000 of freed-up resources → a £3,700 top-up of a £5,700 C2", () => {
    const payment = c2();
    expect(payment).toMatchObject({
      outcome: 'payable',
      listSizeDate: '2007-04-01',
      listSize: 6000,
      ratePerPatient: 95,
      componentValue: 570_000,
      objectivesMet: true,
      freedUpResourcesDeclared: 200_000,
      freedUpResourcesAccessible: 200_000,
      topUp: 370_000,
      amountPayable: 370_000,
      practiceReceives: 570_000,
      claimDeadline: '2007-06-30',
      paymentDue: '2007-05-31',
    });
    expect(codes(payment.findings)).toEqual([
      'DES_C2_OWN_OBJECTIVES:compliant',
      'DES_C2_FREED_UP_RESOURCES:info',
      'DES_C2_PCT_AGREEMENT:compliant',
      'DES_C2_CLAIM_AFTER_AGREEMENT:compliant',
      'DES_C2_CLAIM_DEADLINE:compliant',
    ]);
  });
  it('freed-up resources one penny below the C2 value: topped up by a penny', () => {
    expect(c2({ freedUpResources: { accessible: 569_999, pctDemonstratedAvailable: true } })).toMatchObject({ outcome: 'payable', amountPayable: 1, practiceReceives: 570_000 });
  });
  it('freed-up resources equal to the C2 value replace it: nothing paid, both wordings agree', () => {
    expect(c2({ freedUpResources: { accessible: 570_000, pctDemonstratedAvailable: true } })).toMatchObject({
      outcome: 'replaced-by-freed-up-resources',
      topUp: 0,
      amountPayable: 0,
      practiceReceives: 570_000,
      paymentDue: null,
    });
  });
  it('freed-up resources above the C2 value replace it: no C2, and the practice keeps the larger sum', () => {
    expect(c2({ freedUpResources: { accessible: 800_000, pctDemonstratedAvailable: true } })).toMatchObject({
      outcome: 'replaced-by-freed-up-resources',
      amountPayable: 0,
      practiceReceives: 800_000,
    });
  });
  it('no freed-up resources: the full C2 value is paid', () => {
    const payment = c2({ freedUpResources: undefined });
    expect(payment).toMatchObject({ outcome: 'payable', freedUpResourcesDeclared: 0, amountPayable: 570_000 });
  });
  it('objectives not met: no C2, but freed-up resources stay accessible (access does not depend on the objectives)', () => {
    const payment = c2({ objectives: [{ id: 'referrals', scope: 'own', met: false }], objectivesAgreedMetOn: undefined });
    expect(payment).toMatchObject({ outcome: 'not-earned', objectivesMet: false, topUp: 0, amountPayable: 0, practiceReceives: 200_000, paymentDue: null });
    expect(codes(payment.findings)[0]).toBe('DES_C2_OWN_OBJECTIVES:breach');
    expect(payment.findings[0]?.message).toBe('1 of 1 own objective(s) not met: referrals');
  });
});

describe('component 2 top-up: properties', () => {
  const list = fc.integer({ min: 0, max: 2_000_000 });
  const fur = fc.integer({ min: 0, max: 5_000_000 });
  it('payments are whole pence; met objectives always bring the practice at least the C2 value; the top-up never exceeds it', () => {
    fc.assert(
      fc.property(list, fur, fc.boolean(), fc.boolean(), (n, resources, demonstrated, met) => {
        const payment = c2({
          objectives: [{ id: 'x', scope: 'own', met }],
          objectivesAgreedMetOn: met ? '2007-04-20' : undefined,
          freedUpResources: { accessible: resources, pctDemonstratedAvailable: demonstrated },
          listSizes: [{ date: '2007-04-01', registered: n }],
        });
        for (const amount of [payment.componentValue, payment.topUp, payment.amountPayable, payment.practiceReceives]) expect(Number.isSafeInteger(amount)).toBe(true);
        expect(payment.componentValue).toBe(95 * n);
        expect(payment.topUp).toBeLessThanOrEqual(payment.componentValue);
        if (met) expect(payment.practiceReceives).toBeGreaterThanOrEqual(payment.componentValue);
        else expect(payment.amountPayable).toBe(0);
        expect(payment.practiceReceives).toBe(payment.freedUpResourcesAccessible + payment.amountPayable);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a practice with no patients: nothing to pay, and no payment date', () => {

  it('component 2 with no freed-up resources is payable at nothing, not replaced by freed-up resources', () => {
    const payment = towardsPbcDesPayment(c2Claim({ freedUpResources: undefined, listSizes: [{ date: '2007-04-01', registered: 0 }] }));
    expect(payment).toMatchObject({ outcome: 'payable', componentValue: 0, topUp: 0, amountPayable: 0, practiceReceives: 0, paymentDue: null });
  });
});

describe('the top-up step', () => {

  it('the top-up step records its three inputs and says why it paid what it paid', () => {
    const notes = (claim: TowardsPbcDesPaymentInput) => nodes(towardsPbcDesPayment(claim).explanation).flatMap((node) => node.notes);
    const topUpStep = nodes(towardsPbcDesPayment(c2Input).explanation).find((node) => 'objectivesMet' in node.inputs);
    expect(topUpStep?.inputs).toEqual({ componentValue: 570_000, freedUpResourcesAccessible: 200_000, objectivesMet: true });
    expect(notes(c2Input)).toContain('freed-up resources below the component 2 value: topped up to the component 2 value');
    expect(notes({ ...c2Input, freedUpResources: { accessible: 570_000, pctDemonstratedAvailable: true } })).toContain(
      'freed-up resources at least equal to the component 2 value replace it: nothing to top up',
    );
    const { objectivesAgreedMetOn: _agreed, ...unmet } = c2Input;
    expect(notes({ ...unmet, objectives: [{ id: 'referrals', scope: 'own', met: false }] })).toContain('objectives not met: no component 2 (freed-up resources stay accessible all the same)');
  });
});
