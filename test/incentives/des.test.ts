import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import { renderExplanation } from '../../src/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { towardsPbcDesPayment, type DesComponent1Payment, type DesComponent2Payment, type DesPayment, type TowardsPbcDesPaymentInput } from '../../src/incentives/index.js';
import { c1Claim, c2Claim, pbcErrorOf } from './helpers.js';
import { expectIssue } from '../support/errors.js';
import { estimateNationalIncentiveSpend, incentivePaymentSchedule, localIncentivePayment } from '../../src/incentives/index.js';
import type { Policy } from '../../src/core/policy-model/schemas.js';

const c1 = (overrides: Record<string, unknown> = {}, options = {}): DesComponent1Payment => {
  const payment = towardsPbcDesPayment(c1Claim(overrides), options);
  if (payment.component !== 'C1') throw new Error('expected C1');
  return payment;
};
const c2 = (overrides: Record<string, unknown> = {}, options = {}): DesComponent2Payment => {
  const payment = towardsPbcDesPayment(c2Claim(overrides), options);
  if (payment.component !== 'C2') throw new Error('expected C2');
  return payment;
};
const codes = (findings: readonly { code: string; outcome: string }[]): string[] => findings.map((finding) => `${finding.code}:${finding.outcome}`);

const reform = (id: string, parameters: Record<string, unknown[]>) => applyReform(baselinePolicy, { id, label: id, parameters });
const des = { from: '2006-04-01', to: '2007-03-31', sources: ['bma-tpbc-des-focus'], confidence: 'unconfirmed' };

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
  it('freed-up resources the PCT has not demonstrated available do not count: full C2 and a warning', () => {
    const payment = c2({ freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: false } });
    expect(payment).toMatchObject({ outcome: 'payable', freedUpResourcesAccessible: 0, topUp: 570_000, amountPayable: 570_000, practiceReceives: 570_000 });
    expect(codes(payment.findings)).toContain('DES_C2_FREED_UP_RESOURCES:warning');
  });
  it('objectives not met: no C2, but freed-up resources stay accessible (access does not depend on the objectives)', () => {
    const payment = c2({ objectives: [{ id: 'referrals', scope: 'own', met: false }], objectivesAgreedMetOn: undefined });
    expect(payment).toMatchObject({ outcome: 'not-earned', objectivesMet: false, topUp: 0, amountPayable: 0, practiceReceives: 200_000, paymentDue: null });
    expect(codes(payment.findings)[0]).toBe('DES_C2_OWN_OBJECTIVES:breach');
    expect(payment.findings[0]?.message).toBe('1 of 1 own objective(s) not met: referrals');
  });
});

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

describe('claims (Pulse: PCT agreement first, then a written claim by 30 June 2007; paid with the next global sum)', () => {
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
    expect(pbcErrorOf(() => c2({}, { policy: badTiming })).code).toBe('PARAMETER_TYPE_MISMATCH');
    const badDay = reform('bad-day', { 'gms.globalSum.paymentDay': [{ from: '2004-04-01', value: 'tuesday', sources: ['ssi-2004-142-article-37'], confidence: 'unconfirmed' }] });
    expect(pbcErrorOf(() => c2({}, { policy: badDay })).code).toBe('PARAMETER_TYPE_MISMATCH');
  });
});

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
  it('a reform can pay component 1 on the list on the day the plan was agreed', () => {
    const onPlan = reform('on-plan', { 'des.c1.listSizeBasis': [{ ...des, value: 'plan-agreed' }] });
    const payment = c1({ listSizes: [{ date: '2006-06-15', registered: 5960 }] }, { policy: onPlan });
    expect(payment).toMatchObject({ listSizeDate: '2006-06-15', listSize: 5960, amountPayable: 566_200 });
    const unknownBasis = reform('odd-basis', { 'des.c1.listSizeBasis': [{ ...des, value: 'average' }] });
    expect(pbcErrorOf(() => c1({}, { policy: unknownBasis })).code).toBe('PARAMETER_TYPE_MISMATCH');
  });
  it('component 1 follows a reform of its own timing', () => {
    const following = reform('c1-following', { 'des.c1.paymentTiming': [{ ...des, value: 'following-month-global-sum' }] });
    expect(c1({}, { policy: following }).paymentDue).toBe('2006-07-31');
  });
});

describe('the DES year: 1 April 2006 to 31 March 2007 (a date outside it is an error, not a zero)', () => {
  it('a plan agreed on the first and the last day is in; the day before and the day after are out', () => {
    expect(c1({ planAgreedOn: '2006-04-01', indicativeBudgetAcceptedOn: '2006-04-01' }).outcome).toBe('payable');
    expect(c1({ planAgreedOn: '2007-03-31' }).outcome).toBe('payable');
    for (const planAgreedOn of ['2006-03-31', '2007-04-01']) {
      const error = pbcErrorOf(() => c1({ planAgreedOn }));
      expect(error.code).toBe('NOT_IN_FORCE');
      expect(error.issues).toEqual([expect.objectContaining({ path: ['planAgreedOn'], rule: 'des.term' })]);
      expect(error.message).toContain('2006-04-01 to 2007-03-31');
    }
    expect(pbcErrorOf(() => c2({ planAgreedOn: '2007-04-01', objectivesAgreedMetOn: '2007-04-20' })).code).toBe('NOT_IN_FORCE');
  });
  it('a reform that sets the term days apart from the values’ dates still refuses a plan outside them', () => {
    const shorter = reform('shorter', { 'des.term.lastDay': [{ ...des, value: '2006-12-31' }] });
    const error = pbcErrorOf(() => c1({ planAgreedOn: '2007-01-15' }, { policy: shorter }));
    expect(error.code).toBe('NOT_IN_FORCE');
    expect(error.issues[0]).toMatchObject({ path: ['planAgreedOn'], rule: 'des.term' });
  });
});

describe('bad input: one PbcError naming the field and the rule', () => {
  it('a missing list size on the date the rule needs', () => {
    const error = pbcErrorOf(() => c2({ listSizes: [{ date: '2007-03-31', registered: 6000 }] }));
    expect(error.code).toBe('MISSING_INPUT');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['listSizes'], rule: 'des.c2.listSize' })]);
    expect(error.message).toContain('2007-04-01');
    expect(pbcErrorOf(() => c1({ listSizes: [{ date: '2007-04-01', registered: 6000 }] })).issues[0]).toMatchObject({ path: ['listSizes'], rule: 'des.c1.listSize' });
  });
  it('a claim dated before the plan', () => {
    const error = pbcErrorOf(() => c2({ claimedOn: '2006-06-14', objectivesAgreedMetOn: undefined }));
    expect(error.code).toBe('CONFLICTING_INPUT');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['claimedOn'], rule: 'des.claim.afterPlan' })]);
  });
  it('negative freed-up resources', () => {
    const error = pbcErrorOf(() => c2({ freedUpResources: { accessible: -1, pctDemonstratedAvailable: true } }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['freedUpResources', 'accessible'], rule: 'too_small' })]);
  });
  it('an unknown component', () => {
    const error = pbcErrorOf(() => towardsPbcDesPayment({ ...c1Claim(), component: 'C3' } as unknown as TowardsPbcDesPaymentInput));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]).toMatchObject({ path: ['component'], rule: 'invalid_union' });
  });
  it('every schema problem at once', () => {
    const error = pbcErrorOf(() => towardsPbcDesPayment({ ...c1Claim(), practiceCode: 'bad', planAgreedOn: '2006-02-30', listSizes: [{ date: '2006-04-01', registered: 1.5 }], extra: 1 } as unknown as TowardsPbcDesPaymentInput));
    expect(error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['', 'listSizes.0.registered', 'planAgreedOn', 'practiceCode']);
  });
  it('contradictions in a plan: each reported with its path and rule', () => {
    const error = pbcErrorOf(() =>
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
      }),
    );
    expect(error.code).toBe('CONFLICTING_INPUT');
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['listSizes.1.date', 'incentives.listSizes.oneADay'],
      ['objectives.1.id', 'des.c2.objectives.uniqueIds'],
      ['objectives.1.scope', 'des.c2.jointPlan'],
      ['jointPlanWith', 'des.c2.jointPlan'],
      ['objectivesAgreedMetOn', 'des.c2.agreementAfterPlan'],
      ['objectivesAgreedMetOn', 'des.c2.pctAgreement'],
    ]);
    expect(error.message).toContain('and 3 more');
  });
  it('a joint plan without joint objectives, and a practice that is its own partner', () => {
    const error = pbcErrorOf(() => c2({ plan: 'joint', jointPlanWith: ['Z90002'] }));
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['objectives', 'jointPlanWith.0']);
  });
  it('events after asOf cannot have happened', () => {
    const error = pbcErrorOf(() => c2({}, { asOf: '2007-04-30' }));
    expect(error.code).toBe('CONFLICTING_INPUT');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['claimedOn'], rule: 'incentives.asOf.noFutureEvents' })]);
    expect(pbcErrorOf(() => c1({}, { asOf: '2006-06-01' })).issues[0]?.path).toEqual(['planAgreedOn']);
  });
  it('a malformed asOf', () => {
    const error = pbcErrorOf(() => c1({}, { asOf: '2007-13-01' }));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.issues[0]?.path).toEqual(['asOf']);
  });
});

describe('explanations', () => {
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
  it('say the C1 conditions were read from a derived parameter', () => {
    const reading = c1().explanation.children.find((child) => child.rule === 'des.c1.signUp')?.parameters[0];
    expect(reading).toMatchObject({ id: 'des.c1.requiresIndicativeBudget', value: true, confidence: 'derived' });
  });
  it('with asOf: the explanation is dated asOf, the parameters still read in the DES year', () => {
    const payment = c2({}, { asOf: '2007-06-01' });
    expect(payment.explanation.asOf).toBe('2007-06-01');
    expect(payment.explanation.children[1]?.parameters[0]?.from).toBe('2006-04-01');
  });
});

describe('properties', () => {
  const list = fc.integer({ min: 0, max: 2_000_000 });
  const fur = fc.integer({ min: 0, max: 5_000_000 });
  it('a larger list never pays less (C1, and C2 with the same freed-up resources)', () => {
    fc.assert(
      fc.property(list, list, fur, fc.boolean(), (a, b, resources, met) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const pay1 = (n: number) => c1({ listSizes: [{ date: '2006-04-01', registered: n }] }).amountPayable;
        const pay2 = (n: number) =>
          c2({
            objectives: [{ id: 'x', scope: 'own', met }],
            objectivesAgreedMetOn: met ? '2007-04-20' : undefined,
            freedUpResources: { accessible: resources, pctDemonstratedAvailable: true },
            listSizes: [{ date: '2007-04-01', registered: n }],
          }).practiceReceives;
        expect(pay1(large)).toBeGreaterThanOrEqual(pay1(small));
        expect(pay2(large)).toBeGreaterThanOrEqual(pay2(small));
      }),
      { numRuns: 1000 },
    );
  });
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

describe('a policy without the DES', () => {
  it('says the parameter is missing rather than inventing a term', async () => {
    const { buildPolicy } = await import('../../src/policy/index.js');
    const empty = buildPolicy({ id: 'empty', label: 'No parameters', parameters: [], sources: [] });
    expect(pbcErrorOf(() => c1({}, { policy: empty })).code).toBe('PARAMETER_NOT_FOUND');
  });
});

describe('types', () => {
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
