/**
 * The specification of `src/incentives/check-local-floor.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { localIncentivePayment } from '../../src/incentives/index.js';
import { renderExplanation } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { finding, nodes, pay, periodPractice, periodScheme } from './helpers.js';

/** The explanation notes on the floor. */
const floorNotes = (payment: ReturnType<typeof localIncentivePayment>) =>
  nodes(payment.explanation)
    .flatMap((node) => node.notes)
    .filter((note) => note.startsWith('the floor is'));

describe('the floor: the scheme period and reforms', () => {
  it.each([
    ['2008-04-01', '2009-03-31', 365, false],
    ['2008-04-01', '2009-04-01', 366, false],
    ['2008-04-01', '2009-03-30', 364, true],
    ['2008-04-01', '2009-04-02', 367, true],
  ] as const)('a scheme from %s to %s runs %i days: a note to compare with care is %s', (startsOn, endsOn, days, noted) => {
    const payment = localIncentivePayment({ scheme: periodScheme(startsOn, endsOn), practice: periodPractice });
    const notes = floorNotes(payment);
    expect(notes.some((note) => note === `the floor is a year's DES equivalent; this scheme runs ${days} days, so compare with care`)).toBe(noted);
  });

  it('a scheme paying per weighted patient is told the floor is per registered patient', () => {
    const weighted = floorNotes(localIncentivePayment({ scheme: periodScheme('2008-04-01', '2009-03-31', 'weighted'), practice: periodPractice }));
    expect(weighted).toContain('the floor is per registered patient (the DES paid on the registered list); the scheme pays per weighted patient');
    expect(floorNotes(localIncentivePayment({ scheme: periodScheme('2008-04-01', '2009-03-31'), practice: periodPractice }))).toEqual([]);
  });

  it('with no floor (a reform sets local.floorPerPatient to null) the floor finding is a note saying so', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'no-floor',
      label: 'No floor',
      parameters: { 'local.floorPerPatient': [{ from: '2007-04-01', value: null, sources: ['bma-tpbc-des-c2'], confidence: 'unconfirmed' }] },
    });
    const payment = localIncentivePayment({ scheme: periodScheme('2008-04-01', '2009-03-31'), practice: periodPractice }, { policy });
    expect(payment.floorValue).toBeNull();
    expect(payment.findings.find((finding) => finding.code === 'LOCAL_FLOOR')).toMatchObject({ outcome: 'info', message: 'no floor applies under this policy (local.floorPerPatient is null)' });
    expect(nodes(payment.explanation).flatMap((node) => node.notes)).toContain('no floor under this policy');
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
