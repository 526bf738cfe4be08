/**
 * COI-R10 `conflicts.referralDisclosure` (src/conflicts/rules/referral-disclosed.ts): a referral to a service the clinician has a financial interest in needs choice offered and the interest disclosed.
 */
import { describe, expect, it } from 'vitest';
import { baseInput, check as rawCheck, expectObservedOutcomes, findingOf, findingsOf, member, observe, outcomeOf, referral, withMember, type TestInput } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

describe('COI-R10 a referral to a service the clinician has a financial interest in needs choice offered and the interest disclosed (Pulse, PBC myths)', () => {
  const referral = (changes: Partial<NonNullable<TestInput['referrals']>[number]> = {}): TestInput => ({
    ...baseInput(),
    referrals: [
      {
        id: 'ref-1',
        clinicianId: 'gp-a',
        providerBodyId: 'derm-llp',
        referredOn: '2009-09-01',
        clinicianHasFinancialInterest: true,
        choiceOffered: true,
        interestDisclosedToPatient: true,
        ...changes,
      },
    ],
  });
  it('compliant: choice offered and the interest disclosed', () => {
    expect(findingOf(check(referral()), 'conflicts.referralDisclosure', 'ref-1')).toMatchObject({
      outcome: 'compliant',
      subject: { kind: 'referral', id: 'ref-1' },
      message: "Referral ref-1 to derm-llp: choice was offered and gp-a's financial interest was disclosed to the patient.",
    });
  });
  it('breach: choice not offered, interest not disclosed, or both', () => {
    expect(findingOf(check(referral({ choiceOffered: false })), 'conflicts.referralDisclosure').message).toBe(
      'Referral ref-1 on 2009-09-01 to derm-llp, in which gp-a has a financial interest: the patient was not offered the other available options.',
    );
    expect(outcomeOf(check(referral({ interestDisclosedToPatient: false })), 'conflicts.referralDisclosure')).toBe('breach');
    expect(findingOf(check(referral({ choiceOffered: false, interestDisclosedToPatient: false, providerBodyId: undefined })), 'conflicts.referralDisclosure').message).toBe(
      'Referral ref-1 on 2009-09-01 to the provider, in which gp-a has a financial interest: the patient was not offered the other available options, and the interest was not disclosed to the patient.',
    );
  });
  it('not applicable: no financial interest; or no referrals at all', () => {
    expect(findingOf(check(referral({ clinicianHasFinancialInterest: false })), 'conflicts.referralDisclosure').message).toBe('Referral ref-1: the referring clinician has no financial interest in derm-llp.');
    expect(findingOf(check(baseInput()), 'conflicts.referralDisclosure')).toMatchObject({ outcome: 'not_applicable', subject: { kind: 'case', id: 'bc-1' }, message: 'No referrals were given to check.' });
  });
  it('warning: the referral records no interest but the register shows the referring member has one in the provider', () => {
    const input = referral({ clinicianHasFinancialInterest: false });
    input.panel.members[1]!.interests.push({ bodyId: 'derm-llp', kind: 'part_owner', declaredOn: '2009-01-05' });
    expect(findingOf(check(input), 'conflicts.referralDisclosure')).toMatchObject({
      outcome: 'warning',
      message: 'Referral ref-1 records no financial interest, but the register shows gp-a as part owner of derm-llp: check, and if the interest is financial, offer choice and disclose it.',
    });
  });
  it('applies on the referral date, from 2005-04-01 to 2013-03-31', () => {
    expect(findingOf(check(referral({ referredOn: '2005-03-31', choiceOffered: false })), 'conflicts.referralDisclosure').message).toBe(
      'conflicts.referralDisclosure (COI-R10) is not in force on 2005-03-31 (the date of the referral): it took effect on 2005-04-01.',
    );
    expect(outcomeOf(check(referral({ referredOn: '2005-04-01', choiceOffered: false })), 'conflicts.referralDisclosure')).toBe('breach');
    expect(outcomeOf(check(referral({ referredOn: '2013-03-31', choiceOffered: false })), 'conflicts.referralDisclosure')).toBe('breach');
    expect(outcomeOf(check(referral({ referredOn: '2013-04-01', choiceOffered: false }), { asOf: '2013-04-01' }), 'conflicts.referralDisclosure')).toBe('not_applicable');
  });
  it('gives one finding per referral', () => {
    const input = referral();
    input.referrals!.push({ ...input.referrals![0]!, id: 'ref-2', choiceOffered: false });
    const result = check(input);
    expect(findingsOf(result, 'conflicts.referralDisclosure').map((finding) => [finding.subject.id, finding.outcome])).toEqual([
      ['ref-1', 'compliant'],
      ['ref-2', 'breach'],
    ]);
  });
});

describe('conflicts.referralDisclosure: edges', () => {
  it('looks only at the referring clinician’s interests in the provider referred to', () => {
    const elsewhere = withMember(baseInput(), member('gp-r', { interests: [{ bodyId: 'Y99999', kind: 'director', declaredOn: '2009-01-05' }] }));
    const unrelated = findingOf(check({ ...elsewhere, referrals: [referral({ clinicianId: 'gp-r' })] }), 'conflicts.referralDisclosure', 'ref-1');
    expect(unrelated.outcome).toBe('not_applicable');
    expect(unrelated.message).toBe('Referral ref-1: the referring clinician has no financial interest in Y55555.');
    const both = withMember(
      baseInput(),
      member('gp-r', {
        interests: [
          { bodyId: 'Y55555', kind: 'part_owner', declaredOn: '2009-01-05' },
          { bodyId: 'Y55555', kind: 'director', declaredOn: '2009-01-05' },
        ],
      }),
    );
    const registered = findingOf(check({ ...both, referrals: [referral({ clinicianId: 'gp-r' })] }), 'conflicts.referralDisclosure', 'ref-1');
    expect(registered.outcome).toBe('warning');
    expect(registered.message).toBe(
      'Referral ref-1 records no financial interest, but the register shows gp-r as part owner and director of Y55555: check, and if the interest is financial, offer choice and disclose it.',
    );
  });
});

describe('conflicts.referralDisclosure: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.referralDisclosure');
  });
});
