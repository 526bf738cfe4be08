/**
 * The specification of `src/incentives/local-incentive-payment.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../../src/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { finding, local, pay, rows } from './helpers.js';
import { pbcError } from '../support/errors.js';
import fc from 'fast-check';

describe('local payment: the scheme period and the conditions it names', () => {

  it('a scheme may run for one day', () => {
    const payment = local({ endsOn: '2007-07-01', instalments: [{ id: 'sign-up', payOn: '2007-07-31', weight: 1 }] }, { planApprovedOn: '2007-07-01' });
    expect(payment.outcome).toBe('payable');
  });

  it('a condition the scheme does not have is named as unknown', () => {
    const error = pbcError(() => local({}, { conditionsMet: { attendance: true } }), 'CONFLICTING_INPUT');
    expect(error.issues).toEqual([{ path: ['practice', 'conditionsMet', 'attendance'], message: 'no condition "attendance" in the scheme', rule: 'local.conditions.known' }]);
  });

  it('a scheme starting before local schemes existed says from when they did', () => {
    const error = pbcError(() => local({ startsOn: '2007-03-01', instalments: [{ id: 'sign-up', payOn: '2007-07-31', weight: 1 }] }), 'NOT_IN_FORCE');
    expect(error.issues[0]?.message).toBe('2007-03-01 is before local PBC incentive schemes, which replaced the Towards PBC DES (local scheme parameters are in force from 2007-04-01)');
  });
});

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
  it('a custom condition not met withholds; every instalment withheld is `withheld`', () => {
    const payment = pay({}, { planApprovedOn: '2008-07-01', conditionsMet: { attendance: false } });
    expect(payment.outcome).toBe('withheld');
    expect(finding(payment, 'LOCAL_PLAN_APPROVED')).toMatchObject({ outcome: 'breach' });
    expect(finding(payment, 'LOCAL_CUSTOM_CONDITION')?.message).toBe('not met: PBC lead attends 75% of PBC meetings');
  });
});

describe('local schemes start on 1 April 2007 (a date before is an error, not a zero)', () => {
  it('a scheme starting on 1 April 2007 runs; one starting on 31 March 2007 is refused', () => {
    expect(pay({ startsOn: '2007-04-01', listSizeDate: '2007-07-01' }).outcome).toBe('payable');
    const error = pbcError(() => pay({ startsOn: '2007-03-31' }), 'NOT_IN_FORCE');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['scheme', 'startsOn'], rule: 'local.term' })]);
  });
});

describe('local payment: bad input', () => {
  it('contradictions in a scheme and a practice, all at once', () => {
    const error = pbcError(() =>
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
      ), 'CONFLICTING_INPUT');
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
  it('schema problems: a negative rate, a zero weight, an unknown condition kind, a negative outturn', () => {
    const error = pbcError(() =>
      pay(
        { ratePerPatient: -1, instalments: [{ id: 'x', payOn: '2007-07-31', weight: '0' }], conditions: [{ id: 'c', kind: 'magic' }] },
        { indicativeBudget: { budget: 1, outturn: -5 } },
      ), 'INVALID_INPUT');
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'scheme.ratePerPatient',
      'scheme.conditions.0.kind',
      'scheme.instalments.0.weight',
      'practice.indicativeBudget.outturn',
    ]);
  });
});

describe('local payment: explanation and properties', () => {
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
