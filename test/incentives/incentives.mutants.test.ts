/**
 * Sharper tests for the incentive rules, written against the mutants Stryker found surviving in its
 * second run (see docs/quality.md): the contradictions a DES claim is refused for (partners of an
 * individual plan, events after asOf, the PCT agreeing objectives that were missed), the component
 * paths of a practice with no patients, what the schedule says and totals for items not paid, how it
 * carries errors that name no field, the wording of findings for local conditions and of component 1
 * sign-up, and the boundaries of the DES term and of a local scheme. Every result is computed inside
 * its `it`, so that per-test coverage attributes it to the test.
 */
import { describe, expect, it } from 'vitest';
import type { LocalIncentivePaymentInput } from '../../src/incentives/index.js';
import { type Explanation } from '../../src/index.js';
import { applyReform, type Policy } from '../../src/policy/index.js';

type Scheme = LocalIncentivePaymentInput['scheme'];
type Practice = LocalIncentivePaymentInput['practice'];
import { baselinePolicy } from '../../src/policy/index.js';
import { estimateNationalIncentiveSpend, incentivePaymentSchedule, localIncentivePayment, towardsPbcDesPayment, type LocalIncentivePayment } from '../../src/incentives/index.js';
import { c1Claim, c2Claim, pbcErrorOf } from './helpers.js';

function reformed(id: string, value: string | number | boolean | null, from = '2004-04-01', to?: string): Policy {
  return applyReform(baselinePolicy, {
    id: 'test-reform',
    label: `a test value for ${id}`,
    parameters: { [id]: [{ from, ...(to === undefined ? {} : { to }), value, sources: ['bma-tpbc-des-c2'], confidence: 'unconfirmed' }] },
  });
}

/** Every node of an explanation tree. */
function nodes(explanation: Explanation): Explanation[] {
  return [explanation, ...explanation.children.flatMap(nodes)];
}

function issuesOf(fn: () => unknown): { code: string; issues: [string, string | undefined][] } {
  const error = pbcErrorOf(fn);
  return { code: error.code, issues: error.issues.map((issue) => [issue.path.join('.'), issue.rule]) };
}

function scheme(overrides: Record<string, unknown> = {}): Scheme {
  return {
    id: '5ZZ-2007',
    name: 'Sample Vale PBC incentive 2007/08',
    pctCode: '5ZZ',
    startsOn: '2007-07-01',
    endsOn: '2008-06-30',
    ratePerPatient: 200,
    patientBasis: 'registered',
    listSizeDate: '2007-07-01',
    conditions: [
      { id: 'plan', kind: 'plan-approved' },
      { id: 'budget', kind: 'no-overspend' },
    ],
    instalments: [
      { id: 'sign-up', payOn: '2007-07-31', weight: 1, conditions: ['plan'] },
      { id: 'outturn', payOn: '2008-07-31', weight: 1 },
    ],
    ...overrides,
  } as Scheme;
}

function practice(overrides: Record<string, unknown> = {}): Practice {
  return {
    practiceCode: 'Z90002',
    listSizes: [{ date: '2007-07-01', registered: 6000 }],
    planApprovedOn: '2007-07-20',
    indicativeBudget: { overspent: false },
    ...overrides,
  } as Practice;
}

const local = (schemeOverrides: Record<string, unknown> = {}, practiceOverrides: Record<string, unknown> = {}, options = {}): LocalIncentivePayment =>
  localIncentivePayment({ scheme: scheme(schemeOverrides), practice: practice(practiceOverrides) }, options);
const localFinding = (payment: LocalIncentivePayment, code: string) => payment.findings.find((entry) => entry.code === code);

describe('a DES claim that contradicts itself is refused (CONFLICTING_INPUT)', () => {
  it('an individual plan may list no partners, but not a partner', () => {
    const none = towardsPbcDesPayment(c2Claim({ jointPlanWith: [] }));
    expect(none.outcome).toBe('payable');
    expect(issuesOf(() => towardsPbcDesPayment(c2Claim({ jointPlanWith: ['Z90003'] })))).toEqual({
      code: 'CONFLICTING_INPUT',
      issues: [['jointPlanWith', 'des.c2.jointPlan']],
    });
  });

  it('a claim made on the day the plan was agreed, and objectives agreed met that same day, are accepted', () => {
    const sameDay = towardsPbcDesPayment(c2Claim({ planAgreedOn: '2006-06-15', objectivesAgreedMetOn: '2006-06-15', claimedOn: '2006-06-15' }));
    expect(sameDay.outcome).toBe('payable');
    expect(sameDay.paymentDue).toBe('2006-06-30');
  });

  it('the PCT cannot have agreed the objectives were met while one was missed', () => {
    const error = pbcErrorOf(() =>
      towardsPbcDesPayment(
        c2Claim({
          objectives: [
            { id: 'referrals', scope: 'own', met: true },
            { id: 'prescribing', scope: 'own', met: false },
          ],
        }),
      ),
    );
    expect(error.code).toBe('CONFLICTING_INPUT');
    expect(error.issues).toEqual([
      { path: ['objectivesAgreedMetOn'], message: 'the PCT cannot have agreed the objectives were met while prescribing were not', rule: 'des.c2.pctAgreement' },
    ]);
  });

  it('component 1: an indicative budget accepted after asOf is an event in the future', () => {
    const error = pbcErrorOf(() => towardsPbcDesPayment(c1Claim({ planAgreedOn: '2006-04-20', indicativeBudgetAcceptedOn: '2006-06-01' }), { asOf: '2006-05-01' }));
    expect(error.code).toBe('CONFLICTING_INPUT');
    expect(error.issues).toEqual([{ path: ['indicativeBudgetAcceptedOn'], message: 'dated 2006-06-01, after asOf (2006-05-01)', rule: 'incentives.asOf.noFutureEvents' }]);
    expect(error.message).toBe('invalid Towards PBC DES claim: indicativeBudgetAcceptedOn: dated 2006-06-01, after asOf (2006-05-01)');
  });

  it('component 2: a plan, an agreement and a claim after asOf are each in the future; an event on asOf is not', () => {
    const error = pbcErrorOf(() => towardsPbcDesPayment(c2Claim(), { asOf: '2006-06-14' }));
    expect(error.issues).toEqual([
      { path: ['planAgreedOn'], message: 'dated 2006-06-15, after asOf (2006-06-14)', rule: 'incentives.asOf.noFutureEvents' },
      { path: ['objectivesAgreedMetOn'], message: 'dated 2007-04-20, after asOf (2006-06-14)', rule: 'incentives.asOf.noFutureEvents' },
      { path: ['claimedOn'], message: 'dated 2007-05-02, after asOf (2006-06-14)', rule: 'incentives.asOf.noFutureEvents' },
    ]);
    expect(error.message).toBe(
      'invalid Towards PBC DES claim: planAgreedOn: dated 2006-06-15, after asOf (2006-06-14); objectivesAgreedMetOn: dated 2007-04-20, after asOf (2006-06-14); claimedOn: dated 2007-05-02, after asOf (2006-06-14)',
    );
    expect(towardsPbcDesPayment(c2Claim(), { asOf: '2007-05-02' }).outcome).toBe('payable');
  });

  it('every contradiction is reported at once, each at its field with its rule', () => {
    const four = pbcErrorOf(() =>
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
      ),
    );
    expect(four.code).toBe('CONFLICTING_INPUT');
    expect(four.issues.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['listSizes.1.date', 'incentives.listSizes.oneADay'],
      ['jointPlanWith', 'des.c2.jointPlan'],
      ['claimedOn', 'des.claim.afterPlan'],
      ['objectivesAgreedMetOn', 'des.c2.agreementAfterPlan'],
    ]);
  });

  it('a component 2 plan agreed outside the DES year is NOT_IN_FORCE at planAgreedOn', () => {
    const error = pbcErrorOf(() => towardsPbcDesPayment(c2Claim({ planAgreedOn: '2007-04-10', objectivesAgreedMetOn: '2007-04-20' })));
    expect(error.code).toBe('NOT_IN_FORCE');
    expect(error.issues.map((issue) => [issue.path, issue.rule])).toEqual([[['planAgreedOn'], 'des.term']]);
  });
});

describe('a practice with no patients: nothing to pay, and no payment date', () => {
  it('component 1 is earned but worth nothing: no global sum payment is set', () => {
    const payment = towardsPbcDesPayment(c1Claim({ listSizes: [{ date: '2006-04-01', registered: 0 }] }));
    expect(payment).toMatchObject({ outcome: 'payable', amountPayable: 0, conditionsMetOn: '2006-06-15', paymentDue: null });
    expect(nodes(payment.explanation).map((node) => node.rule)).not.toContain('des.paymentDate');
  });

  it('component 2 with no freed-up resources is payable at nothing, not replaced by freed-up resources', () => {
    const payment = towardsPbcDesPayment(c2Claim({ freedUpResources: undefined, listSizes: [{ date: '2007-04-01', registered: 0 }] }));
    expect(payment).toMatchObject({ outcome: 'payable', componentValue: 0, topUp: 0, amountPayable: 0, practiceReceives: 0, paymentDue: null });
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

describe('component 2 objectives and the DES term', () => {
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

  it('a reform that ends the DES term early puts a plan after that day outside it', () => {
    const policy = reformed('des.term.lastDay', '2006-12-31', '2006-04-01', '2007-03-31');
    const error = pbcErrorOf(() => towardsPbcDesPayment(c1Claim({ planAgreedOn: '2007-01-15', indicativeBudgetAcceptedOn: '2007-01-15' }), { policy }));
    expect(error.code).toBe('NOT_IN_FORCE');
    expect(error.rule).toBe('des.term');
    expect(error.issues).toEqual([{ path: ['planAgreedOn'], message: '2007-01-15 is outside the Towards PBC DES, which ran 2006-04-01 to 2006-12-31', rule: 'des.term' }]);
  });
});

describe('the schedule: what it says and totals for items not paid', () => {
  it('a component 1 due, with a list of over a million, says so with the count grouped', () => {
    const schedule = incentivePaymentSchedule({ desClaims: [c1Claim({ listSizes: [{ date: '2006-04-01', registered: 1_234_567 }] })] });
    expect(schedule.records[0]?.reason).toBe('component 1, £1,172,838.65 (95p × 1,234,567 on 2006-04-01): signed up by 2006-06-15; paid with the next monthly global sum');
  });

  it('freed-up resources that replace component 2 are the reason given', () => {
    const schedule = incentivePaymentSchedule({ desClaims: [c2Claim({ freedUpResources: { accessible: 600_000, pctDemonstratedAvailable: true } })] });
    expect(schedule.records[0]).toMatchObject({
      status: 'replaced-by-freed-up-resources',
      amount: 0,
      reason: 'freed-up resources of £6,000.00 at least equal the C2 value of £5,700.00 (SFE 7A.12)',
    });
  });

  it('a component not earned gives every shortfall as its reason, warnings included, and is not totalled', () => {
    const schedule = incentivePaymentSchedule({
      desClaims: [
        c1Claim(),
        c2Claim({
          objectives: [{ id: 'referrals', scope: 'own', met: false }],
          objectivesAgreedMetOn: undefined,
          claimedOn: undefined,
          freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: false },
        }),
      ],
    });
    const c2 = schedule.records.find((record) => record.item === 'C2');
    expect(c2?.reason).toBe(
      'component 2 not-earned: 1 of 1 own objective(s) not met: referrals; the PCT has not demonstrated that the freed-up resources became available, so they do not reduce component 2; the PCT has not (yet) agreed that the objectives were met; not claimed yet: a written claim may be made until 2007-06-30',
    );
    expect(schedule.monthlyTotals).toEqual([{ month: '2006-06', financialYear: '2006/07', amount: 565_250, payments: 1 }]);
    expect(schedule.practiceMonthTotals).toEqual([{ practiceCode: 'Z90002', month: '2006-06', amount: 565_250 }]);
  });

  it('an empty schedule is explained as of no date', () => {
    const schedule = incentivePaymentSchedule({});
    expect(schedule.explanation.asOf).toBe('');
    expect(schedule.explanation.output).toEqual({ total: 0, records: 0 });
  });

  it('conflicting items are named in the issues and the message', () => {
    const error = pbcErrorOf(() =>
      incentivePaymentSchedule({
        desClaims: [c1Claim(), c1Claim()],
        localSchemes: [
          { scheme: scheme(), practices: [practice(), practice()] },
          { scheme: scheme(), practices: [practice({ practiceCode: 'Z90004' })] },
        ],
      }),
    );
    expect(error.issues.map((issue) => issue.message)).toEqual(['a second C1 claim for Z90002', 'Z90002 twice in one scheme', 'a second scheme "5ZZ-2007"']);
    expect(error.message).toBe('invalid incentive payment schedule: a second C1 claim for Z90002; Z90002 twice in one scheme; a second scheme "5ZZ-2007"');
  });

  it('an error inside a claim keeps its own issues, their paths under the claim', () => {
    const error = pbcErrorOf(() => incentivePaymentSchedule({ desClaims: [c1Claim(), c2Claim({ listSizes: [{ date: '2007-03-01', registered: 1 }] })] }));
    expect(error.code).toBe('MISSING_INPUT');
    expect(error.issues).toEqual([
      { path: ['desClaims', 1, 'listSizes'], message: 'the rule needs the list size on 2007-04-01; list sizes were given for 2007-03-01', rule: 'des.c2.listSize' },
    ]);
  });

  it('an overflow inside a claim is reported at the claim it came from, with its rule', () => {
    const error = pbcErrorOf(() => incentivePaymentSchedule({ desClaims: [c1Claim(), c1Claim({ practiceCode: 'Z90009', listSizes: [{ date: '2006-04-01', registered: Number.MAX_SAFE_INTEGER }] })] }));
    expect(error.code).toBe('UNSAFE_INTEGER');
    expect(error.issues).toHaveLength(1);
    expect(Object.keys(error.issues[0] ?? {}).sort()).toEqual(['message', 'path', 'rule']);
    expect(error.issues[0]?.path.slice(0, 2)).toEqual(['desClaims', 1]);
    expect(error.issues[0]?.rule).toBe('money.safeInteger');
    expect(error.message.startsWith('invalid incentive payment schedule: 1 problem(s), first at desClaims.1.')).toBe(true);
  });

  it('an unexpected failure inside a claim or a scheme is not disguised as an input problem', () => {
    const failing = (id: string): Policy => {
      const parameters = new Proxy(baselinePolicy.parameters, {
        get(target, key, receiver) {
          if (key === id) throw new RangeError(`cannot read ${id}`);
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      return { ...baselinePolicy, parameters };
    };
    expect(() => incentivePaymentSchedule({ desClaims: [c1Claim()] }, { policy: failing('des.c1.paymentTiming') })).toThrow(new RangeError('cannot read des.c1.paymentTiming'));
    expect(() => incentivePaymentSchedule({ localSchemes: [{ scheme: scheme(), practices: [practice()] }] }, { policy: failing('local.requireNoOverspend') })).toThrow(
      new RangeError('cannot read local.requireNoOverspend'),
    );
  });
});

describe('local schemes: the wording of each condition, and the scheme period', () => {
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

  it('a scheme may run for one day', () => {
    const payment = local({ endsOn: '2007-07-01', instalments: [{ id: 'sign-up', payOn: '2007-07-31', weight: 1 }] }, { planApprovedOn: '2007-07-01' });
    expect(payment.outcome).toBe('payable');
  });

  it('a condition the scheme does not have is named as unknown', () => {
    const error = pbcErrorOf(() => local({}, { conditionsMet: { attendance: true } }));
    expect(error.code).toBe('CONFLICTING_INPUT');
    expect(error.issues).toEqual([{ path: ['practice', 'conditionsMet', 'attendance'], message: 'no condition "attendance" in the scheme', rule: 'local.conditions.known' }]);
  });

  it('a scheme starting before local schemes existed says from when they did', () => {
    const error = pbcErrorOf(() => local({ startsOn: '2007-03-01', instalments: [{ id: 'sign-up', payOn: '2007-07-31', weight: 1 }] }));
    expect(error.code).toBe('NOT_IN_FORCE');
    expect(error.issues[0]?.message).toBe('2007-03-01 is before local PBC incentive schemes, which replaced the Towards PBC DES (local scheme parameters are in force from 2007-04-01)');
  });

  it('a list missing on the scheme’s list date names the dates given', () => {
    const error = pbcErrorOf(() =>
      local(
        {},
        {
          listSizes: [
            { date: '2007-04-01', registered: 5900 },
            { date: '2007-06-01', registered: 5950 },
          ],
        },
      ),
    );
    expect(error.code).toBe('MISSING_INPUT');
    expect(error.issues[0]?.message).toBe('the rule needs the list size on 2007-07-01; list sizes were given for 2007-04-01, 2007-06-01');
  });

  it('a weighted list with a long fraction is shown with the whole part grouped only', () => {
    const payment = local({ patientBasis: 'weighted' }, { listSizes: [{ date: '2007-07-01', registered: 6000, weighted: 1234.5678 }] });
    expect(nodes(payment.explanation).flatMap((node) => node.notes)).toContain('200p × 1,234.5678 weighted patients, rounded half-up to the penny');
  });
});

describe('the national estimate', () => {
  it('a year other than the DES year says when the DES ran', () => {
    const error = pbcErrorOf(() => estimateNationalIncentiveSpend({ basis: 'population', financialYear: '2007/08' }));
    expect(error.code).toBe('NOT_IN_FORCE');
    expect(error.issues[0]?.message).toBe('2007/08 is not the Towards PBC DES year (the DES ran 2006-04-01 to 2007-03-31)');
  });

  it('an uptake must be a share between 0 and 1, at both ends', () => {
    expect(estimateNationalIncentiveSpend({ basis: 'population', component1Uptake: 0, component2Uptake: 1 }).total).toBeGreaterThan(0);
    for (const uptake of [-0.1, 1.1]) {
      const error = pbcErrorOf(() => estimateNationalIncentiveSpend({ basis: 'population', component1Uptake: uptake }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['component1Uptake']);
    }
  });
});
