/**
 * assertConflictsInputConsistent (src/conflicts/consistency.ts): one CONFLICTING_INPUT error, every cross-field problem an issue with its path and rule.
 */
import { describe, expect, it } from 'vitest';
import { pbcError } from '../support/errors.js';
import { PROPOSER, arbitration, baseInput, check, dispute, member, pending, referral, withMember, type TestInput } from './fixtures.js';

describe('cross-field errors: CONFLICTING_INPUT with the path and a rule id', () => {
  const rulesOf = (input: unknown, asOf = '2013-03-31'): [string, string | undefined][] =>
    pbcError(() => check(input, { asOf }), 'CONFLICTING_INPUT').issues.map((issue) => [issue.path.join('.'), issue.rule]);
  it('a decision dated before the submission', () => {
    const input = baseInput();
    input.businessCase.decision!.decidedOn = '2009-04-05';
    const error = pbcError(() => check(input), 'CONFLICTING_INPUT');
    expect(error.issues).toEqual([
      {
        path: ['businessCase', 'decision', 'decidedOn'],
        message: 'the decision (2009-04-05) is dated before the case was submitted (2009-04-06)',
        rule: 'conflicts.input.decisionNotBeforeSubmission',
      },
    ]);
  });
  it('a decision on the day of submission is allowed', () => {
    const input = baseInput();
    input.businessCase.decision!.decidedOn = '2009-04-06';
    expect(check(input).summary.counts.breach).toBe(0);
  });
  it('duplicated member ids', () => {
    const input = withMember(baseInput(), member('gp-a'));
    expect(rulesOf(input)).toEqual([['panel.members.3.id', 'conflicts.input.uniqueMemberIds']]);
    expect(pbcError(() => check(input), 'CONFLICTING_INPUT').issues[0]?.message).toBe('member id "gp-a" is used twice (also members[1])');
  });
  it('a chair who is not a member', () => {
    const input = baseInput();
    input.panel.chairMemberId = 'nobody';
    expect(rulesOf(input)).toEqual([['panel.chairMemberId', 'conflicts.input.chairIsMember']]);
  });
  it('events after the date of the check', () => {
    const input = withMember(baseInput(), member('gp-b', { declarationOn: '2009-06-02', interests: [{ bodyId: 'x', kind: 'other', declaredOn: '2009-06-03' }] }));
    input.referrals = [{ id: 'r1', clinicianId: 'gp-a', referredOn: '2009-06-04', clinicianHasFinancialInterest: false, choiceOffered: true, interestDisclosedToPatient: false }];
    expect(rulesOf(input, '2009-06-01')).toEqual([
      ['panel.members.3.declarationOn', 'conflicts.input.notAfterAsOf'],
      ['panel.members.3.interests.0.declaredOn', 'conflicts.input.notAfterAsOf'],
      ['referrals.0.referredOn', 'conflicts.input.notAfterAsOf'],
    ]);
    expect(rulesOf(baseInput(), '2009-05-19')).toEqual([['businessCase.decision.decidedOn', 'conflicts.input.notAfterAsOf']]);
    expect(rulesOf(pending(baseInput()), '2009-04-05')).toEqual([['businessCase.submittedOn', 'conflicts.input.notAfterAsOf']]);
  });
  it('duplicated referral ids', () => {
    const input: TestInput = {
      ...baseInput(),
      referrals: [
        { id: 'r1', clinicianId: 'gp-a', referredOn: '2009-06-04', clinicianHasFinancialInterest: false, choiceOffered: true, interestDisclosedToPatient: false },
        { id: 'r1', clinicianId: 'gp-a', referredOn: '2009-06-05', clinicianHasFinancialInterest: false, choiceOffered: true, interestDisclosedToPatient: false },
      ],
    };
    expect(rulesOf(input)).toEqual([['referrals.1.id', 'conflicts.input.uniqueReferralIds']]);
  });
  it('dispute dates out of order, an arbitration never referred, a dispute both resolved and arbitrated', () => {
    const input: TestInput = {
      ...baseInput(),
      dispute: {
        id: 'd1',
        raisedBy: 'practice',
        raisedOn: '2009-06-10',
        resolvedLocallyOn: '2009-06-09',
        arbitration: { decidedOn: '2009-07-01', result: 'x', followedByPractice: true, followedByPct: true },
      },
    };
    expect(rulesOf(input)).toEqual([
      ['dispute.resolvedLocallyOn', 'conflicts.input.disputeDatesInOrder'],
      ['dispute.arbitration', 'conflicts.input.arbitrationNeedsReferral'],
      ['dispute.resolvedLocallyOn', 'conflicts.input.resolvedOrArbitrated'],
    ]);
    const early: TestInput = {
      ...baseInput(),
      dispute: { id: 'd1', raisedBy: 'pct', raisedOn: '2009-06-10', referredToShaOn: '2009-06-09', arbitration: { decidedOn: '2009-06-08', result: 'x', followedByPractice: true, followedByPct: true } },
    };
    expect(rulesOf(early)).toEqual([
      ['dispute.referredToShaOn', 'conflicts.input.disputeDatesInOrder'],
      ['dispute.arbitration.decidedOn', 'conflicts.input.disputeDatesInOrder'],
    ]);
    const future: TestInput = {
      ...baseInput(),
      dispute: { id: 'd1', raisedBy: 'pct', raisedOn: '2009-06-10', referredToShaOn: '2009-06-11', arbitration: { decidedOn: '2009-06-12', result: 'x', followedByPractice: true, followedByPct: true } },
    };
    expect(rulesOf(future, '2009-06-09').map(([path]) => path)).toEqual(['dispute.raisedOn', 'dispute.referredToShaOn', 'dispute.arbitration.decidedOn']);
    const resolvedLater: TestInput = { ...baseInput(), dispute: { id: 'd1', raisedBy: 'pct', raisedOn: '2009-06-10', resolvedLocallyOn: '2009-06-12' } };
    expect(rulesOf(resolvedLater, '2009-06-11')).toEqual([['dispute.resolvedLocallyOn', 'conflicts.input.notAfterAsOf']]);
  });
  it('four duplicated member ids and a chair no longer on the panel are five issues', () => {
    const input = baseInput();
    input.panel.members = [member('a'), member('a'), member('a'), member('a'), member('a')];
    const error = pbcError(() => check(input), 'CONFLICTING_INPUT');
    // four duplicates, and the chair 'ned' is no longer a member
    expect(error.issues).toHaveLength(5);
  });
});

describe('every problem in one error', () => {
  it('every event dated after the date of the check is an issue at its own path, beside a dispute both resolved and arbitrated', () => {
    const input: TestInput = {
      ...withMember(
        { ...baseInput(), panel: { members: [] } },
        member('gp-a', { declarationOn: '2009-02-01', interests: [{ bodyId: PROPOSER, kind: 'other', declaredOn: '2009-02-02' }] }),
      ),
      referrals: [referral({ referredOn: '2009-03-01' })],
      dispute: dispute({ raisedOn: '2009-06-01', resolvedLocallyOn: '2009-06-20', referredToShaOn: '2009-06-15', arbitration: arbitration('2009-08-01') }),
    };
    const error = pbcError(() => check(input, { asOf: '2009-01-01' }), 'CONFLICTING_INPUT');
    const late = (path: (string | number)[], message: string): { path: (string | number)[]; message: string; rule: string } => ({ path, message, rule: 'conflicts.input.notAfterAsOf' });
    expect(error.issues).toEqual([
      late(['businessCase', 'submittedOn'], 'the submission (2009-04-06) is after the date of the check (2009-01-01)'),
      late(['businessCase', 'decision', 'decidedOn'], 'the decision (2009-05-20) is after the date of the check (2009-01-01)'),
      late(['panel', 'members', 0, 'declarationOn'], 'the declaration (2009-02-01) is after the date of the check (2009-01-01)'),
      late(['panel', 'members', 0, 'interests', 0, 'declaredOn'], 'the declaration of this interest (2009-02-02) is after the date of the check (2009-01-01)'),
      late(['referrals', 0, 'referredOn'], 'the referral (2009-03-01) is after the date of the check (2009-01-01)'),
      late(['dispute', 'raisedOn'], 'the dispute (2009-06-01) is after the date of the check (2009-01-01)'),
      late(['dispute', 'resolvedLocallyOn'], 'the local resolution (2009-06-20) is after the date of the check (2009-01-01)'),
      late(['dispute', 'referredToShaOn'], 'the referral to the SHA (2009-06-15) is after the date of the check (2009-01-01)'),
      late(['dispute', 'arbitration', 'decidedOn'], 'the arbitration decision (2009-08-01) is after the date of the check (2009-01-01)'),
      {
        path: ['dispute', 'resolvedLocallyOn'],
        message: 'a dispute cannot be both resolved locally and arbitrated by the SHA',
        rule: 'conflicts.input.resolvedOrArbitrated',
      },
    ]);
  });
  it('an unknown chair, a reused referral id, and a dispute resolved before it was raised yet also arbitrated without a referral', () => {
    const input: TestInput = {
      ...baseInput(),
      panel: { ...baseInput().panel, chairMemberId: 'nobody' },
      referrals: [referral(), referral({ clinicianId: 'ned' })],
      dispute: dispute({ resolvedLocallyOn: '2009-06-01', arbitration: arbitration('2009-08-01') }),
    };
    const error = pbcError(() => check(input), 'CONFLICTING_INPUT');
    expect(error.issues).toEqual([
      { path: ['panel', 'chairMemberId'], message: 'the chair "nobody" is not a member of the panel', rule: 'conflicts.input.chairIsMember' },
      { path: ['referrals', 1, 'id'], message: 'referral id "ref-1" is used twice (also referrals[0])', rule: 'conflicts.input.uniqueReferralIds' },
      { path: ['dispute', 'resolvedLocallyOn'], message: 'the dispute is resolved before it was raised', rule: 'conflicts.input.disputeDatesInOrder' },
      {
        path: ['dispute', 'arbitration'],
        message: 'an arbitration result is given but the dispute was never referred to the SHA (give referredToShaOn)',
        rule: 'conflicts.input.arbitrationNeedsReferral',
      },
      { path: ['dispute', 'resolvedLocallyOn'], message: 'a dispute cannot be both resolved locally and arbitrated by the SHA', rule: 'conflicts.input.resolvedOrArbitrated' },
    ]);
  });
  it('a dispute referred before it was raised and arbitrated before it was referred, yet resolved locally, is three issues in order', () => {
    const input: TestInput = {
      ...baseInput(),
      dispute: dispute({ resolvedLocallyOn: '2009-06-20', referredToShaOn: '2009-06-05', arbitration: arbitration('2009-06-01') }),
    };
    const error = pbcError(() => check(input), 'CONFLICTING_INPUT');
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'the dispute is referred to the SHA before it was raised',
      'the arbitration is decided before the dispute was referred to the SHA',
      'a dispute cannot be both resolved locally and arbitrated by the SHA',
    ]);
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['dispute.referredToShaOn', 'dispute.arbitration.decidedOn', 'dispute.resolvedLocallyOn']);
  });
});
