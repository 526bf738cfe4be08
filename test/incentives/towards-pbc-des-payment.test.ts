/**
 * The specification of `src/incentives/towards-pbc-des-payment.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { renderExplanation } from '../../src/index.js';
import { baselinePolicy, type Policy } from '../../src/policy/index.js';
import { type DesPayment, estimateNationalIncentiveSpend, incentivePaymentSchedule, localIncentivePayment, towardsPbcDesPayment, type TowardsPbcDesPaymentInput } from '../../src/incentives/index.js';
import { c1, c1Claim, c2, c2Claim, codes, nodes } from './helpers.js';
import { expectIssue, pbcError } from '../support/errors.js';

describe('freed-up resources the PCT has not demonstrated', () => {
  it('freed-up resources the PCT has not demonstrated available do not count: full C2 and a warning', () => {
    const payment = c2({ freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: false } });
    expect(payment).toMatchObject({ outcome: 'payable', freedUpResourcesAccessible: 0, topUp: 570_000, amountPayable: 570_000, practiceReceives: 570_000 });
    expect(codes(payment.findings)).toContain('DES_C2_FREED_UP_RESOURCES:warning');
  });
});

describe('bad input: one PbcError naming the field and the rule', () => {
  it('a claim dated before the plan', () => {
    const error = pbcError(() => c2({ claimedOn: '2006-06-14', objectivesAgreedMetOn: undefined }), 'CONFLICTING_INPUT');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['claimedOn'], rule: 'des.claim.afterPlan' })]);
  });
  it('negative freed-up resources', () => {
    const error = pbcError(() => c2({ freedUpResources: { accessible: -1, pctDemonstratedAvailable: true } }), 'INVALID_INPUT');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['freedUpResources', 'accessible'], rule: 'too_small' })]);
  });
  it('an unknown component', () => {
    const error = pbcError(() => towardsPbcDesPayment({ ...c1Claim(), component: 'C3' } as unknown as TowardsPbcDesPaymentInput), 'INVALID_INPUT');
    expect(error.issues[0]).toMatchObject({ path: ['component'], rule: 'invalid_union' });
  });
  it('every schema problem at once', () => {
    const error = pbcError(() => towardsPbcDesPayment({ ...c1Claim(), practiceCode: 'bad', planAgreedOn: '2006-02-30', listSizes: [{ date: '2006-04-01', registered: 1.5 }], extra: 1 } as unknown as TowardsPbcDesPaymentInput), 'INVALID_INPUT');
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['', 'listSizes.0.registered', 'planAgreedOn', 'practiceCode']);
  });
  it('contradictions in a plan: each reported with its path and rule', () => {
    const error = pbcError(() =>
      c2({
        plan: 'individual',
        jointPlanWith: ['Z90005'],
        objectives: [
          { id: 'a', scope: 'own', met: false },
          { id: 'a', scope: 'joint', met: true },
        ],
        objectivesAgreedMetOn: '2006-06-01',
        listSizes: [
          { date: '2007-04-01', registered: 6000 },
          { date: '2007-04-01', registered: 6001 },
        ],
      }), 'CONFLICTING_INPUT');
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['listSizes.1.date', 'incentives.listSizes.oneADay'],
      ['objectives.1.id', 'des.c2.objectives.uniqueIds'],
      ['objectives.1.scope', 'des.c2.jointPlan'],
      ['jointPlanWith', 'des.c2.jointPlan'],
      ['objectivesAgreedMetOn', 'des.c2.agreementAfterPlan'],
      ['objectivesAgreedMetOn', 'des.c2.pctAgreement'],
    ]);
  });
  it('a joint plan without joint objectives, and a practice that is its own partner', () => {
    const error = pbcError(() => c2({ plan: 'joint', jointPlanWith: ['Z90002'] }), 'CONFLICTING_INPUT');
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['objectives', 'jointPlanWith.0']);
  });
  it('events after asOf cannot have happened', () => {
    const error = pbcError(() => c2({}, { asOf: '2007-04-30' }), 'CONFLICTING_INPUT');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['claimedOn'], rule: 'incentives.asOf.noFutureEvents' })]);
    expect(pbcError(() => c1({}, { asOf: '2006-06-01' }), 'CONFLICTING_INPUT').issues[0]?.path).toEqual(['planAgreedOn']);
  });
  it('a malformed asOf', () => {
    const error = pbcError(() => c1({}, { asOf: '2007-13-01' }), 'INVALID_DATE');
    expect(error.issues[0]?.path).toEqual(['asOf']);
  });
});

describe('the DES payment: explanations', () => {
  it('name every parameter read, with its dates, sources and confidence', () => {
    const payment = c2();
    const text = renderExplanation(payment.explanation, { policy: baselinePolicy });
    for (const id of ['des.term.firstDay', 'des.c2.listSizeDate', 'des.c2.ratePerPatient', 'des.claimDeadline', 'des.c2.paymentTiming', 'gms.globalSum.paymentDay']) {
      expect(text).toContain(`read ${id}`);
    }
    expect(text).toContain('topped up to the component 2 value');
    expect(payment.explanation.children.map((child) => child.rule)).toEqual([
      'des.term',
      'des.componentValue',
      'des.c2.objectives',
      'des.c2.freedUpResources',
      'des.c2.topUp',
      'des.c2.claim',
      'des.paymentDate',
    ]);
    expect(JSON.parse(JSON.stringify(payment))).toEqual(payment);
  });
  it('with asOf: the explanation is dated asOf, the parameters still read in the DES year', () => {
    const payment = c2({}, { asOf: '2007-06-01' });
    expect(payment.explanation.asOf).toBe('2007-06-01');
    expect(payment.explanation.children[1]?.parameters[0]?.from).toBe('2006-04-01');
  });
});

describe('the DES payment: types', () => {
  it('one signature: the result is the union, told apart by component', () => {
    const second = towardsPbcDesPayment({
      component: 'C2', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', plan: 'individual',
      objectives: [{ id: 'referrals', scope: 'own', met: true }], objectivesAgreedMetOn: '2007-04-20', claimedOn: '2007-05-02',
      freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true }, listSizes: [{ date: '2007-04-01', registered: 6000 }],
    });
    expectTypeOf(second).toEqualTypeOf<DesPayment>();
    expect(second.component === 'C2' && second.practiceReceives).toBe(570_000);
    const first = towardsPbcDesPayment({ component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01', listSizes: [{ date: '2006-04-01', registered: 5950 }] });
    expect(first.component === 'C1' && first.conditionsMetOn).toBe('2006-06-15');
  });
});

describe('options: law and day only, checked like every other area', () => {
  it('a value that is not a policy is INVALID_POLICY at ["policy"] in every incentives function', () => {
    const notAPolicy = { policy: { parameters: 'none' } as unknown as Policy };
    expectIssue(() => towardsPbcDesPayment(c1Claim(), notAPolicy), 'INVALID_POLICY', ['policy']);
    expectIssue(() => localIncentivePayment({ scheme: {} as never, practice: {} as never }, notAPolicy), 'INVALID_POLICY', ['policy']);
    expectIssue(() => incentivePaymentSchedule({}, notAPolicy), 'INVALID_POLICY', ['policy']);
    expectIssue(() => estimateNationalIncentiveSpend({ basis: 'population' }, notAPolicy), 'INVALID_POLICY', ['policy']);
  });
  it('a malformed asOf is INVALID_DATE at ["asOf"]; asOf is optional', () => {
    expectIssue(() => towardsPbcDesPayment(c1Claim(), { asOf: '2007-02-30' }), 'INVALID_DATE', ['asOf']);
    expect(towardsPbcDesPayment(c1Claim()).outcome).toBe('payable');
  });
});

describe('a DES claim that contradicts itself is refused (CONFLICTING_INPUT)', () => {
  it('an individual plan may list no partners, but not a partner', () => {
    const none = towardsPbcDesPayment(c2Claim({ jointPlanWith: [] }));
    expect(none.outcome).toBe('payable');
    const partner = expectIssue(() => towardsPbcDesPayment(c2Claim({ jointPlanWith: ['Z90003'] })), 'CONFLICTING_INPUT', ['jointPlanWith'], 'des.c2.jointPlan');
    expect(partner.issues).toHaveLength(1);
  });

  it('a claim made on the day the plan was agreed, and objectives agreed met that same day, are accepted', () => {
    const sameDay = towardsPbcDesPayment(c2Claim({ planAgreedOn: '2006-06-15', objectivesAgreedMetOn: '2006-06-15', claimedOn: '2006-06-15' }));
    expect(sameDay.outcome).toBe('payable');
    expect(sameDay.paymentDue).toBe('2006-06-30');
  });

  it('the PCT cannot have agreed the objectives were met while one was missed', () => {
    const error = pbcError(() =>
      towardsPbcDesPayment(
        c2Claim({
          objectives: [
            { id: 'referrals', scope: 'own', met: true },
            { id: 'prescribing', scope: 'own', met: false },
          ],
        }),
      ), 'CONFLICTING_INPUT');
    expect(error.issues).toEqual([
      { path: ['objectivesAgreedMetOn'], message: 'the PCT cannot have agreed the objectives were met while prescribing were not', rule: 'des.c2.pctAgreement' },
    ]);
  });

  it('component 1: an indicative budget accepted after asOf is an event in the future', () => {
    const error = pbcError(() => towardsPbcDesPayment(c1Claim({ planAgreedOn: '2006-04-20', indicativeBudgetAcceptedOn: '2006-06-01' }), { asOf: '2006-05-01' }), 'CONFLICTING_INPUT');
    expect(error.issues).toEqual([{ path: ['indicativeBudgetAcceptedOn'], message: 'dated 2006-06-01, after asOf (2006-05-01)', rule: 'incentives.asOf.noFutureEvents' }]);
  });

  it('component 2: a plan, an agreement and a claim after asOf are each in the future; an event on asOf is not', () => {
    const error = pbcError(() => towardsPbcDesPayment(c2Claim(), { asOf: '2006-06-14' }), 'CONFLICTING_INPUT');
    expect(error.issues).toEqual([
      { path: ['planAgreedOn'], message: 'dated 2006-06-15, after asOf (2006-06-14)', rule: 'incentives.asOf.noFutureEvents' },
      { path: ['objectivesAgreedMetOn'], message: 'dated 2007-04-20, after asOf (2006-06-14)', rule: 'incentives.asOf.noFutureEvents' },
      { path: ['claimedOn'], message: 'dated 2007-05-02, after asOf (2006-06-14)', rule: 'incentives.asOf.noFutureEvents' },
    ]);
    expect(towardsPbcDesPayment(c2Claim(), { asOf: '2007-05-02' }).outcome).toBe('payable');
  });

  it('every contradiction is reported at once, each at its field with its rule', () => {
    const four = pbcError(() =>
      towardsPbcDesPayment(
        c2Claim({
          claimedOn: '2006-06-01',
          objectivesAgreedMetOn: '2006-06-01',
          jointPlanWith: ['Z90003'],
          listSizes: [
            { date: '2007-04-01', registered: 6000 },
            { date: '2007-04-01', registered: 6001 },
          ],
        }),
      ), 'CONFLICTING_INPUT');
    expect(four.issues.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['listSizes.1.date', 'incentives.listSizes.oneADay'],
      ['jointPlanWith', 'des.c2.jointPlan'],
      ['claimedOn', 'des.claim.afterPlan'],
      ['objectivesAgreedMetOn', 'des.c2.agreementAfterPlan'],
    ]);
  });
});

describe('a practice with no patients: nothing to pay, and no payment date', () => {
  it('component 1 is earned but worth nothing: no global sum payment is set', () => {
    const payment = towardsPbcDesPayment(c1Claim({ listSizes: [{ date: '2006-04-01', registered: 0 }] }));
    expect(payment).toMatchObject({ outcome: 'payable', amountPayable: 0, conditionsMetOn: '2006-06-15', paymentDue: null });
    expect(nodes(payment.explanation).map((node) => node.rule)).not.toContain('des.paymentDate');
  });

  it('freed-up resources the PCT did not demonstrate do not count, and the finding says so', () => {
    const payment = towardsPbcDesPayment(c2Claim({ freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: false } }));
    expect(payment.findings.find((finding) => finding.code === 'DES_C2_FREED_UP_RESOURCES')).toMatchObject({
      outcome: 'warning',
      message: 'the PCT has not demonstrated that the freed-up resources became available, so they do not reduce component 2',
    });
    expect(payment.amountPayable).toBe(570_000);
  });
});
