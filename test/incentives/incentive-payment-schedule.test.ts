/**
 * The specification of `src/incentives/incentive-payment-schedule.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { incentivePaymentSchedule, type IncentivePaymentScheduleInput, type LocalIncentivePaymentInput } from '../../src/incentives/index.js';
import { baselinePolicy, type Policy } from '../../src/policy/index.js';
import { PbcError } from '../../src/core/errors.js';
import { barePractice, bareScheme, c1Claim, c2Claim } from './helpers.js';
import { pbcError } from '../support/errors.js';
import fc from 'fast-check';

const localScheme: LocalIncentivePaymentInput['scheme'] = bareScheme();

const practices: [LocalIncentivePaymentInput['practice'], LocalIncentivePaymentInput['practice']] = [
  { practiceCode: 'Z90002', listSizes: [{ date: '2007-07-01', registered: 6000 }], planApprovedOn: '2007-07-20', indicativeBudget: { overspent: false } },
  { practiceCode: 'Z90004', listSizes: [{ date: '2007-07-01', registered: 3180 }], planApprovedOn: '2007-07-20', indicativeBudget: { overspent: true } },
];

/**
 * A valid policy whose parameter `id` fails with `failure()` when a rule reads it — after the options
 * were checked (the policy is frozen, so it is checked once, here, and remembered): a failure from
 * inside a claim or a scheme, not from the options.
 */
function failingOnRead(id: string, failure: () => Error): Policy {
  let armed = false;
  const parameters = new Proxy(baselinePolicy.parameters, {
    get(target, key, receiver) {
      if (armed && key === id) throw failure();
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const policy: Policy = Object.freeze({ ...baselinePolicy, parameters });
  incentivePaymentSchedule({}, { policy });
  armed = true;
  return policy;
}

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

  it('conflicting items are each named in their own issue', () => {
    const error = pbcError(() =>
      incentivePaymentSchedule({
        desClaims: [c1Claim(), c1Claim()],
        localSchemes: [
          { scheme: bareScheme(), practices: [barePractice(), barePractice()] },
          { scheme: bareScheme(), practices: [barePractice({ practiceCode: 'Z90004' })] },
        ],
      }), 'CONFLICTING_INPUT');
    expect(error.issues.map((issue) => issue.message)).toEqual(['a second C1 claim for Z90002', 'Z90002 twice in one scheme', 'a second scheme "5ZZ-2007"']);
  });

  it('an error inside a claim keeps its own issues, their paths under the claim', () => {
    const error = pbcError(() => incentivePaymentSchedule({ desClaims: [c1Claim(), c2Claim({ listSizes: [{ date: '2007-03-01', registered: 1 }] })] }), 'MISSING_INPUT');
    expect(error.issues).toEqual([
      { path: ['desClaims', 1, 'listSizes'], message: 'the rule needs the list size on 2007-04-01; list sizes were given for 2007-03-01', rule: 'des.c2.listSize' },
    ]);
  });

  it('an overflow inside a claim is reported at the claim it came from, with its rule', () => {
    const error = pbcError(() => incentivePaymentSchedule({ desClaims: [c1Claim(), c1Claim({ practiceCode: 'Z90009', listSizes: [{ date: '2006-04-01', registered: Number.MAX_SAFE_INTEGER }] })] }), 'UNSAFE_INTEGER');
    expect(error.issues).toHaveLength(1);
    expect(Object.keys(error.issues[0] ?? {}).sort()).toEqual(['message', 'path', 'rule']);
    expect(error.issues[0]?.path.slice(0, 2)).toEqual(['desClaims', 1]);
    expect(error.issues[0]?.rule).toBe('money.safeInteger');
    expect(error.message.startsWith('invalid incentive payment schedule: 1 problem(s), first at desClaims.1.')).toBe(true);
  });

  it('an unexpected failure inside a claim or a scheme is not disguised as an input problem', () => {
    expect(() => incentivePaymentSchedule({ desClaims: [c1Claim()] }, { policy: failingOnRead('des.c1.paymentTiming', () => new RangeError('cannot read des.c1.paymentTiming')) })).toThrow(
      new RangeError('cannot read des.c1.paymentTiming'),
    );
    expect(() =>
      incentivePaymentSchedule({ localSchemes: [{ scheme: bareScheme(), practices: [barePractice()] }] }, { policy: failingOnRead('local.requireNoOverspend', () => new RangeError('cannot read local.requireNoOverspend')) }),
    ).toThrow(new RangeError('cannot read local.requireNoOverspend'));
  });

  it('a failure inside a claim or a scheme that names no field is reported at that claim or scheme, with its rule when it has one', () => {
    const withRule = () => new PbcError('PARAMETER_NOT_FOUND', 'the parameter went missing', { rule: 'des.c1.signUp' });
    const withoutRule = () => new PbcError('PARAMETER_NOT_FOUND', 'the parameter went missing');
    const claims = { desClaims: [c1Claim({ practiceCode: 'Z90001' }), c1Claim()] };
    expect(pbcError(() => incentivePaymentSchedule(claims, { policy: failingOnRead('des.c1.paymentTiming', withRule) }), 'PARAMETER_NOT_FOUND').issues).toStrictEqual([
      { path: ['desClaims', 0], message: 'the parameter went missing', rule: 'des.c1.signUp' },
      { path: ['desClaims', 1], message: 'the parameter went missing', rule: 'des.c1.signUp' },
    ]);
    expect(pbcError(() => incentivePaymentSchedule(claims, { policy: failingOnRead('des.c1.paymentTiming', withoutRule) }), 'PARAMETER_NOT_FOUND').issues).toStrictEqual([
      { path: ['desClaims', 0], message: 'the parameter went missing' },
      { path: ['desClaims', 1], message: 'the parameter went missing' },
    ]);
    const schemes = { localSchemes: [{ scheme: bareScheme(), practices: [barePractice()] }] };
    expect(pbcError(() => incentivePaymentSchedule(schemes, { policy: failingOnRead('local.requireNoOverspend', withRule) }), 'PARAMETER_NOT_FOUND').issues).toStrictEqual([
      { path: ['localSchemes', 0], message: 'the parameter went missing', rule: 'des.c1.signUp' },
    ]);
    expect(pbcError(() => incentivePaymentSchedule(schemes, { policy: failingOnRead('local.requireNoOverspend', withoutRule) }), 'PARAMETER_NOT_FOUND').issues).toStrictEqual([
      { path: ['localSchemes', 0], message: 'the parameter went missing' },
    ]);
  });
});

describe('the incentive payment schedule: per practice and month, what is due, when and why', () => {
  const schedule = incentivePaymentSchedule({
    desClaims: [
      c1Claim(),
      c2Claim(),
      c1Claim({ practiceCode: 'Z90004', indicativeBudgetAcceptedOn: undefined, listSizes: [{ date: '2006-04-01', registered: 3100 }] }),
      c2Claim({ practiceCode: 'Z90004', claimedOn: '2007-07-02', freedUpResources: undefined, listSizes: [{ date: '2007-04-01', registered: 3180 }] }),
      c2Claim({ practiceCode: 'Z90001', freedUpResources: { accessible: 1_500_000, pctDemonstratedAvailable: true }, listSizes: [{ date: '2007-04-01', registered: 11_250 }] }),
      c2Claim({ practiceCode: 'Z90003', objectives: [{ id: 'x', scope: 'own', met: false }], objectivesAgreedMetOn: undefined, claimedOn: undefined }),
    ],
    localSchemes: [{ scheme: localScheme, practices }],
  });

  it('lists every item as a flat record, dated items first in date order', () => {
    expect(schedule.records.map((row) => [row.practiceCode, row.scheme, row.item, row.status, row.dueOn, row.amount])).toEqual([
      ['Z90002', 'towards-pbc-des', 'C1', 'due', '2006-06-30', 565_250],
      ['Z90002', 'towards-pbc-des', 'C2', 'due', '2007-05-31', 370_000],
      ['Z90002', '5ZZ-2007', 'sign-up', 'due', '2007-07-31', 600_000],
      ['Z90004', '5ZZ-2007', 'sign-up', 'due', '2007-07-31', 318_000],
      ['Z90002', '5ZZ-2007', 'outturn', 'due', '2008-07-31', 600_000],
      ['Z90001', 'towards-pbc-des', 'C2', 'replaced-by-freed-up-resources', null, 0],
      ['Z90003', 'towards-pbc-des', 'C2', 'not-earned', null, 0],
      ['Z90004', '5ZZ-2007', 'outturn', 'withheld', null, 0],
      ['Z90004', 'towards-pbc-des', 'C1', 'not-earned', null, 0],
      ['Z90004', 'towards-pbc-des', 'C2', 'refused', null, 0],
    ]);
  });
  it('says why, in words a PCT can send to a practice', () => {
    const reason = (practiceCode: string, item: string) => schedule.records.find((row) => row.practiceCode === practiceCode && row.item === item)?.reason ?? '';
    expect(reason('Z90002', 'C1')).toBe('component 1, £5,652.50 (95p × 5,950 on 2006-04-01): signed up by 2006-06-15; paid with the next monthly global sum');
    expect(reason('Z90002', 'C2')).toBe(
      'component 2 top-up, £3,700.00: C2 value £5,700.00 less £2,000.00 freed-up resources (SFE 7A.12); paid with the next monthly global sum after the claim',
    );
    expect(reason('Z90001', 'C2')).toBe('freed-up resources of £15,000.00 at least equal the C2 value of £10,687.50 (SFE 7A.12)');
    expect(reason('Z90004', 'C1')).toBe('component 1 not earned: the practice has not accepted its indicative budget, a condition of component 1');
    expect(reason('Z90004', 'C2')).toContain('component 2 refused: claimed on 2007-07-02, after the deadline of 2007-06-30');
    expect(reason('Z90003', 'C2')).toContain('1 of 1 own objective(s) not met');
    expect(reason('Z90004', 'outturn')).toContain('withheld: budget');
  });
  it('totals by month (with the financial year) and by practice and month', () => {
    expect(schedule.monthlyTotals).toEqual([
      { month: '2006-06', financialYear: '2006/07', amount: 565_250, payments: 1 },
      { month: '2007-05', financialYear: '2007/08', amount: 370_000, payments: 1 },
      { month: '2007-07', financialYear: '2007/08', amount: 918_000, payments: 2 },
      { month: '2008-07', financialYear: '2008/09', amount: 600_000, payments: 1 },
    ]);
    expect(schedule.practiceMonthTotals).toEqual([
      { practiceCode: 'Z90002', month: '2006-06', amount: 565_250 },
      { practiceCode: 'Z90002', month: '2007-05', amount: 370_000 },
      { practiceCode: 'Z90002', month: '2007-07', amount: 600_000 },
      { practiceCode: 'Z90002', month: '2008-07', amount: 600_000 },
      { practiceCode: 'Z90004', month: '2007-07', amount: 318_000 },
    ]);
    expect(schedule.total).toBe(2_453_250);
    expect(schedule.monthlyTotals.reduce((sum, row) => sum + row.amount, 0)).toBe(schedule.total);
  });
  it('explains itself through each item', () => {
    expect(schedule.explanation.children).toHaveLength(8);
    expect(schedule.explanation.output).toEqual({ total: 2_453_250, records: 10 });
    expect(JSON.parse(JSON.stringify(schedule.records))).toEqual(schedule.records);
  });
  it('an empty schedule is empty, not an error', () => {
    expect(incentivePaymentSchedule({})).toMatchObject({ records: [], monthlyTotals: [], practiceMonthTotals: [], total: 0 });
  });
  it('passes asOf to every item', () => {
    const lapsed = incentivePaymentSchedule({ desClaims: [c2Claim({ claimedOn: undefined })] }, { asOf: '2007-07-01' });
    expect(lapsed.records[0]).toMatchObject({ status: 'unclaimed' });
    expect(lapsed.records[0]?.reason).toContain('can no longer be paid');
  });
});

describe('bad input: every problem in every claim, with paths into the whole input', () => {
  it('errors inside claims and schemes point at the claim and the practice', () => {
    const error = pbcError(() =>
      incentivePaymentSchedule({
        desClaims: [c1Claim(), c2Claim({ listSizes: [{ date: '2007-03-01', registered: 1 }] }), c2Claim({ practiceCode: 'Z90009', claimedOn: '2006-01-01', objectivesAgreedMetOn: undefined })],
        localSchemes: [{ scheme: localScheme, practices: [practices[0], { ...practices[1], listSizes: [{ date: '2007-01-01', registered: 1 }] }] }],
      }), 'MISSING_INPUT');
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['desClaims.1.listSizes', 'des.c2.listSize'],
      ['desClaims.2.claimedOn', 'des.claim.afterPlan'],
      ['localSchemes.0.practices.1.listSizes', 'local.listSize'],
    ]);
  });
  it('a local scheme or practice that contradicts itself is refused in a schedule as it is alone, at its place in the list', () => {
    const error = pbcError(
      () =>
        incentivePaymentSchedule(
          {
            localSchemes: [
              { scheme: bareScheme(), practices: [barePractice(), barePractice({ practiceCode: 'Z90004', conditionsMet: { attendance: true } })] },
              { scheme: bareScheme({ id: 'early', instalments: [{ id: 'sign-up', payOn: '2007-06-30', weight: 1 }] }), practices: [barePractice({ planApprovedOn: '2007-08-01' })] },
            ],
          },
          { asOf: '2007-07-25' },
        ),
      'CONFLICTING_INPUT',
    );
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['localSchemes.0.practices.1.conditionsMet.attendance', 'local.conditions.known'],
      ['localSchemes.1.scheme.instalments.0.payOn', 'local.instalments.afterStart'],
      ['localSchemes.1.practices.0.planApprovedOn', 'incentives.asOf.noFutureEvents'],
    ]);
  });
  it('a scheme-level error keeps its scheme path', () => {
    const error = pbcError(() => incentivePaymentSchedule({ localSchemes: [{ scheme: { ...localScheme, startsOn: '2007-03-01' }, practices: [practices[0]] }] }), 'NOT_IN_FORCE');
    expect(error.issues[0]?.path).toEqual(['localSchemes', 0, 'scheme', 'startsOn']);
  });
  it('two claims for one practice and component, a scheme twice, a practice twice in a scheme', () => {
    const error = pbcError(() =>
      incentivePaymentSchedule({
        desClaims: [c1Claim(), c1Claim()],
        localSchemes: [
          { scheme: localScheme, practices: [practices[0], practices[0]] },
          { scheme: localScheme, practices: [practices[1]] },
        ],
      }), 'CONFLICTING_INPUT');
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['desClaims.1', 'incentives.schedule.oneClaimPerComponent'],
      ['localSchemes.0.practices.1.practiceCode', 'incentives.schedule.uniquePractices'],
      ['localSchemes.1.scheme.id', 'incentives.schedule.uniqueSchemes'],
    ]);
  });
  it('a malformed input is refused by its schema', () => {
    const error = pbcError(() => incentivePaymentSchedule({ desClaims: [{ component: 'C9' }], extra: true } as unknown as IncentivePaymentScheduleInput), 'INVALID_INPUT');
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['desClaims.0.component', '']);
  });
  it('an error that is not a PbcError is not swallowed', () => {
    const hostile = { ...c1Claim() };
    Object.defineProperty(hostile, 'listSizes', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    expect(() => incentivePaymentSchedule({ desClaims: [hostile] })).toThrow(TypeError);
  });
});

describe('the schedule: properties', () => {
  it('the schedule’s total is the sum of what each item pays, in whole pence, however the lists vary', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 5 }), (lists) => {
        const desClaims = lists.map((registered, index) => c2Claim({ practiceCode: `Z9${String(index).padStart(4, '0')}`, listSizes: [{ date: '2007-04-01', registered }] }));
        const schedule = incentivePaymentSchedule({ desClaims });
        expect(schedule.total).toBe(lists.reduce((sum, registered) => sum + Math.max(0, 95 * registered - 200_000), 0));
        expect(Number.isSafeInteger(schedule.total)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
