/**
 * COI-R11 `conflicts.disputeToSha` (src/conflicts/rules/dispute-goes-to-sha.ts): a dispute goes to SHA arbitration, whose result binds both sides.
 */
import { describe, expect, it } from 'vitest';
import { baseInput, check as rawCheck, expectObservedOutcomes, findingOf, observe, outcomeOf, type TestInput } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

describe('COI-R11 a dispute goes to SHA arbitration, whose result binds both sides (DH FAQ Q2)', () => {
  const dispute = (changes: Partial<NonNullable<TestInput['dispute']>> = {}): TestInput => ({
    ...baseInput(),
    dispute: { id: 'd-1', raisedBy: 'practice', raisedOn: '2009-06-01', ...changes },
  });
  const arbitrated = (followedByPractice: boolean, followedByPct: boolean): TestInput =>
    dispute({ referredToShaOn: '2009-06-15', arbitration: { decidedOn: '2009-08-01', result: 'PCT to reconsider', followedByPractice, followedByPct } });
  it('warning: unresolved and not referred', () => {
    expect(findingOf(check(dispute()), 'conflicts.disputeToSha')).toMatchObject({
      outcome: 'warning',
      subject: { kind: 'dispute', id: 'd-1' },
      message: 'Dispute d-1, raised by the practice on 2009-06-01, is unresolved and not referred: a dispute that practice and PCT cannot resolve goes to SHA arbitration.',
    });
    expect(findingOf(check(dispute({ raisedBy: 'pct' })), 'conflicts.disputeToSha').message).toContain('raised by the PCT');
  });
  it('compliant: resolved locally; referred and awaiting; arbitrated and followed by both', () => {
    expect(findingOf(check(dispute({ resolvedLocallyOn: '2009-06-10' })), 'conflicts.disputeToSha').message).toBe('Dispute d-1 was resolved locally on 2009-06-10; no arbitration was needed.');
    expect(findingOf(check(dispute({ referredToShaOn: '2009-06-15' })), 'conflicts.disputeToSha').message).toBe(
      'Dispute d-1 was referred to SHA arbitration on 2009-06-15; the result, when made, binds both sides.',
    );
    expect(findingOf(check(arbitrated(true, true)), 'conflicts.disputeToSha')).toMatchObject({ outcome: 'compliant', message: expect.stringContaining('both sides followed the result') });
  });
  it('breach: a side did not follow the arbitration result', () => {
    expect(findingOf(check(arbitrated(true, false)), 'conflicts.disputeToSha').message).toBe(
      'SHA arbitration of dispute d-1 decided on 2009-08-01 ("PCT to reconsider"), but the PCT did not follow it: the result binds both sides.',
    );
    expect(findingOf(check(arbitrated(false, false)), 'conflicts.disputeToSha').message).toContain('but the practice and the PCT did not follow it');
  });
  it('not applicable when there is no dispute', () => {
    expect(findingOf(check(baseInput()), 'conflicts.disputeToSha')).toMatchObject({ outcome: 'not_applicable', message: 'No dispute was given.' });
  });
  it('applies on the date the dispute was raised, from 2005-04-01 to 2013-03-31', () => {
    expect(outcomeOf(check(dispute({ raisedOn: '2005-03-31' })), 'conflicts.disputeToSha')).toBe('not_applicable');
    expect(outcomeOf(check(dispute({ raisedOn: '2005-04-01' })), 'conflicts.disputeToSha')).toBe('warning');
    expect(outcomeOf(check(dispute({ raisedOn: '2013-03-31' })), 'conflicts.disputeToSha')).toBe('warning');
    expect(findingOf(check(dispute({ raisedOn: '2013-04-01' }), { asOf: '2013-04-01' }), 'conflicts.disputeToSha').message).toBe(
      'conflicts.disputeToSha (COI-R11) is not in force on 2013-04-01 (the date the dispute was raised): it ceased after 2013-03-31.',
    );
  });
});

describe('conflicts.disputeToSha: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.disputeToSha');
  });
});
