import { describe, expect, it } from 'vitest';
import type { LocalIncentivePaymentInput } from '../../src/incentives/index.js';

type Scheme = LocalIncentivePaymentInput['scheme'];
type Practice = LocalIncentivePaymentInput['practice'];
import fc from 'fast-check';
import { renderExplanation } from '../../src/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { localIncentivePayment, type LocalIncentivePayment } from '../../src/incentives/index.js';
import { pbcErrorOf } from './helpers.js';

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
      { id: 'attendance', kind: 'custom', description: 'PBC lead attends 75% of PBC meetings' },
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
    listSizes: [{ date: '2007-07-01', registered: 6000, weighted: 6240.5 }],
    planApprovedOn: '2007-07-20',
    indicativeBudget: { budget: 100_000_000, outturn: 99_000_000 },
    conditionsMet: { attendance: true },
    ...overrides,
  } as Practice;
}

const pay = (schemeOverrides: Record<string, unknown> = {}, practiceOverrides: Record<string, unknown> = {}, options = {}): LocalIncentivePayment =>
  localIncentivePayment({ scheme: scheme(schemeOverrides), practice: practice(practiceOverrides) }, options);
const rows = (payment: LocalIncentivePayment) => payment.instalments.map((row) => [row.instalmentId, row.status, row.dueOn, row.amountDue]);
const finding = (payment: LocalIncentivePayment, code: string) => payment.findings.find((entry) => entry.code === code);

describe('local incentive schemes from 2007/08 (DH, Practical implementation; DH FAQ)', () => {
  it('every condition met: both instalments due, on dates that do not follow the financial year', () => {
    const payment = pay();
    expect(payment).toMatchObject({ outcome: 'payable', patients: 6000, registered: 6000, schemeValue: 1_200_000, amountDue: 1_200_000, amountWithheld: 0, amountPending: 0 });
    expect(rows(payment)).toEqual([
      ['sign-up', 'due', '2007-07-31', 600_000],
      ['outturn', 'due', '2008-07-31', 600_000],
    ]);
    expect(payment.findings.map((entry) => `${entry.code}:${entry.outcome}`)).toEqual([
      'LOCAL_PLAN_APPROVED:compliant',
      'LOCAL_NO_OVERSPEND:compliant',
      'LOCAL_CUSTOM_CONDITION:compliant',
      'LOCAL_FLOOR:compliant',
    ]);
  });
  it('an overspend withholds the instalments it gates (DH FAQ: no award for overspending)', () => {
    const payment = pay({}, { indicativeBudget: { budget: 100_000_000, outturn: 100_000_001 } });
    expect(payment.outcome).toBe('partly-payable');
    expect(rows(payment)).toEqual([
      ['sign-up', 'due', '2007-07-31', 600_000],
      ['outturn', 'withheld', null, 0],
    ]);
    expect(payment.amountWithheld).toBe(600_000);
    expect(finding(payment, 'LOCAL_NO_OVERSPEND')?.message).toBe('the practice overspent its indicative budget (outturn £1,000,000.01 against a budget of £1,000,000.00)');
    expect(pay({}, { indicativeBudget: { budget: 100_000_000, outturn: 100_000_000 } }).outcome).toBe('payable');
    expect(pay({}, { indicativeBudget: { overspent: true } }).instalments[1]?.status).toBe('withheld');
    expect(pay({}, { indicativeBudget: { overspent: false } }).outcome).toBe('payable');
  });
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
  it('a custom condition not met withholds; every instalment withheld is `withheld`', () => {
    const payment = pay({}, { planApprovedOn: '2008-07-01', conditionsMet: { attendance: false } });
    expect(payment.outcome).toBe('withheld');
    expect(finding(payment, 'LOCAL_PLAN_APPROVED')).toMatchObject({ outcome: 'breach' });
    expect(finding(payment, 'LOCAL_CUSTOM_CONDITION')?.message).toBe('not met: PBC lead attends 75% of PBC meetings');
  });
  it('a plan approved after the scheduled day defers the instalment to the approval', () => {
    const payment = pay({}, { planApprovedOn: '2007-09-12' });
    expect(payment.instalments[0]).toMatchObject({ status: 'due', dueOn: '2007-09-12', payOn: '2007-07-31' });
    expect(payment.instalments[0]?.reason).toContain('deferred to 2007-09-12');
  });
  it('no plan approval: unknown while the scheme runs, not met once asOf is past its end', () => {
    expect(finding(pay({}, { planApprovedOn: undefined }, { asOf: '2008-06-30' }), 'LOCAL_PLAN_APPROVED')?.outcome).toBe('unknown');
    expect(finding(pay({}, { planApprovedOn: undefined }, { asOf: '2008-07-01' }), 'LOCAL_PLAN_APPROVED')?.outcome).toBe('breach');
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
  it('per weighted patient: the weighted list, rounded half-up to the penny once', () => {
    expect(pay({ patientBasis: 'weighted' }).schemeValue).toBe(1_248_100);
    expect(pay({ patientBasis: 'weighted', ratePerPatient: 3 }, { listSizes: [{ date: '2007-07-01', registered: 1, weighted: 0.5 }] }).schemeValue).toBe(2);
  });
  it('a scheme without a no-overspend condition draws a warning (DH expects one)', () => {
    const payment = pay({ conditions: [{ id: 'plan', kind: 'plan-approved' }], instalments: [{ id: 'all', payOn: '2007-07-31', weight: 1 }] }, { conditionsMet: undefined });
    expect(payment.outcome).toBe('payable');
    expect(finding(payment, 'LOCAL_NO_OVERSPEND_CONDITION')).toMatchObject({ outcome: 'warning', sources: ['dh-faq-incentive-no-overspend'] });
  });
});

describe('the floor: at least the DES equivalent, 190p per registered patient (GPC reading; derived)', () => {
  it('189p falls short (a warning), 190p meets it exactly', () => {
    const short = pay({ ratePerPatient: 189 });
    expect(short.floorValue).toBe(1_140_000);
    expect(finding(short, 'LOCAL_FLOOR')).toMatchObject({ outcome: 'warning' });
    expect(finding(short, 'LOCAL_FLOOR')?.message).toContain('190p × 6,000 registered patients');
    expect(finding(pay({ ratePerPatient: 190 }), 'LOCAL_FLOOR')?.outcome).toBe('compliant');
  });
  it('a weighted scheme is measured against the registered list, with a note', () => {
    const payment = pay({ patientBasis: 'weighted', ratePerPatient: 183 });
    expect(payment.schemeValue).toBe(1_142_012);
    expect(finding(payment, 'LOCAL_FLOOR')?.outcome).toBe('compliant');
    expect(renderExplanation(payment.explanation)).toContain('per registered patient');
  });
  it('a scheme that is not a year long gets a note; a year of 366 days does not', () => {
    expect(renderExplanation(pay({ endsOn: '2007-12-31' }).explanation)).toContain('this scheme runs 184 days');
    expect(renderExplanation(pay().explanation)).not.toContain('compare with care');
  });
  it('a reform can set no floor (null) or a different one', () => {
    const none = applyReform(baselinePolicy, { id: 'no-floor', label: 'No floor', parameters: { 'local.floorPerPatient': [{ from: '2007-04-01', value: null, sources: ['pulse-know-your-rights-c2'], confidence: 'unconfirmed' }] } });
    const payment = pay({}, {}, { policy: none });
    expect(payment).toMatchObject({ floorPerPatient: null, floorValue: null });
    expect(finding(payment, 'LOCAL_FLOOR')?.outcome).toBe('info');
  });
});

describe('local schemes start on 1 April 2007 (a date before is an error, not a zero)', () => {
  it('a scheme starting on 1 April 2007 runs; one starting on 31 March 2007 is refused', () => {
    expect(pay({ startsOn: '2007-04-01', listSizeDate: '2007-07-01' }).outcome).toBe('payable');
    const error = pbcErrorOf(() => pay({ startsOn: '2007-03-31' }));
    expect(error.code).toBe('NOT_IN_FORCE');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['scheme', 'startsOn'], rule: 'local.term' })]);
  });
});

describe('bad input', () => {
  it('a missing list on the scheme’s list date, or a missing weighted count', () => {
    const missing = pbcErrorOf(() => pay({ listSizeDate: '2007-04-01' }));
    expect(missing.code).toBe('MISSING_INPUT');
    expect(missing.issues[0]).toMatchObject({ path: ['practice', 'listSizes'], rule: 'local.listSize' });
    const weighted = pbcErrorOf(() => pay({ patientBasis: 'weighted' }, { listSizes: [{ date: '2007-01-01', registered: 1 }, { date: '2007-07-01', registered: 6000 }] }));
    expect(weighted.code).toBe('MISSING_INPUT');
    expect(weighted.issues[0]).toMatchObject({ path: ['practice', 'listSizes', 1, 'weighted'], rule: 'local.weightedListSize' });
  });
  it('contradictions in a scheme and a practice, all at once', () => {
    const error = pbcErrorOf(() =>
      pay(
        {
          endsOn: '2007-06-30',
          conditions: [
            { id: 'plan', kind: 'plan-approved' },
            { id: 'plan', kind: 'no-overspend' },
          ],
          instalments: [
            { id: 'a', payOn: '2007-06-01', weight: 1, conditions: ['nope'] },
            { id: 'a', payOn: '2007-08-01', weight: 1 },
          ],
        },
        { conditionsMet: { plan: true, other: true }, listSizes: [{ date: '2007-07-01', registered: 1 }, { date: '2007-07-01', registered: 2 }], planApprovedOn: '2007-07-20' },
        { asOf: '2007-07-10' },
      ),
    );
    expect(error.code).toBe('CONFLICTING_INPUT');
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.rule])).toEqual([
      ['practice.listSizes.1.date', 'incentives.listSizes.oneADay'],
      ['scheme.endsOn', 'local.scheme.period'],
      ['scheme.conditions.1.id', 'local.conditions.uniqueIds'],
      ['scheme.instalments.0.payOn', 'local.instalments.afterStart'],
      ['scheme.instalments.0.conditions.0', 'local.instalments.knownConditions'],
      ['scheme.instalments.1.id', 'local.instalments.uniqueIds'],
      ['practice.conditionsMet.plan', 'local.conditions.known'],
      ['practice.conditionsMet.other', 'local.conditions.known'],
      ['practice.planApprovedOn', 'incentives.asOf.noFutureEvents'],
    ]);
  });
  it('a no-overspend condition is read from the budget, not from conditionsMet', () => {
    const error = pbcErrorOf(() => pay({}, { conditionsMet: { budget: true } }));
    expect(error.issues[0]?.message).toContain('indicativeBudget');
  });
  it('schema problems: a negative rate, a zero weight, an unknown condition kind, a negative outturn', () => {
    const error = pbcErrorOf(() =>
      pay(
        { ratePerPatient: -1, instalments: [{ id: 'x', payOn: '2007-07-31', weight: '0' }], conditions: [{ id: 'c', kind: 'magic' }] },
        { indicativeBudget: { budget: 1, outturn: -5 } },
      ),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'scheme.ratePerPatient',
      'scheme.conditions.0.kind',
      'scheme.instalments.0.weight',
      'practice.indicativeBudget.outturn',
    ]);
  });
});

describe('explanations and properties', () => {
  it('the explanation reads the floor and the DH expectation, and is plain JSON', () => {
    const payment = pay();
    const text = renderExplanation(payment.explanation, { policy: baselinePolicy });
    expect(text).toContain('read local.floorPerPatient = 190p per patient');
    expect(text).toContain('read local.requireNoOverspend = true');
    expect(payment.explanation.children.map((child) => child.rule)).toEqual(['local.term', 'local.value', 'local.conditions', 'local.instalments', 'local.floor']);
    expect(JSON.parse(JSON.stringify(payment))).toEqual(payment);
  });
  it('a larger list never pays less; instalments sum exactly to the value; all in whole pence', () => {
    const weights = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 1000 }), weights, fc.boolean(), (a, b, rate, ws, weighted) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const instalments = ws.map((weight, index) => ({ id: `i${index}`, payOn: '2007-08-01', weight }));
        const run = (n: number) =>
          pay({ ratePerPatient: rate, instalments, patientBasis: weighted ? 'weighted' : 'registered' }, { listSizes: [{ date: '2007-07-01', registered: n, weighted: n * 1.037 }] });
        const low = run(small);
        const high = run(large);
        expect(high.amountDue).toBeGreaterThanOrEqual(low.amountDue);
        for (const payment of [low, high]) {
          expect(payment.instalments.reduce((sum, row) => sum + row.share, 0)).toBe(payment.schemeValue);
          for (const row of payment.instalments) expect(Number.isSafeInteger(row.share)).toBe(true);
          expect(payment.amountDue + payment.amountWithheld + payment.amountPending).toBe(payment.schemeValue);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
