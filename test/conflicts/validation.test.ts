/**
 * Bad input to the conflicts check: one PbcError, with the code and the path of every bad field.
 */
import { describe, expect, it } from 'vitest';
import { checkConflictsOfInterest, conflictsRulesInForce } from '../../src/index.js';
import { ConflictsInputSchema, ConflictsLocalPolicySchema } from '../../src/schemas/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { expectIssue, pbcError } from '../support/errors.js';
import { baseInput, check, member, pending, withMember, type TestInput } from './fixtures.js';

const paths = (error: { issues: readonly { path: readonly (string | number)[] }[] }): string[] => error.issues.map((issue) => issue.path.join('.'));

describe('schema errors: INVALID_INPUT naming the field', () => {
  it('a missing submission date', () => {
    const input = baseInput();
    delete input.businessCase.submittedOn;
    const error = pbcError(() => check(input), 'INVALID_INPUT');
    expect(paths(error)).toEqual(['businessCase.submittedOn']);
  });
  it('a decision with no date', () => {
    const input = baseInput();
    delete input.businessCase.decision!.decidedOn;
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['businessCase.decision.decidedOn']);
  });
  it('a date that is not a real calendar date', () => {
    const input = baseInput();
    input.businessCase.submittedOn = '2009-02-29';
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['businessCase.submittedOn']);
  });
  it('a member with no role, or a role not on the list', () => {
    const input = baseInput();
    delete input.panel.members[1]!.role;
    const error = pbcError(() => check(input), 'INVALID_INPUT');
    expect(paths(error)).toEqual(['panel.members.1.role']);
    input.panel.members[1]!.role = 'governor';
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['panel.members.1.role']);
  });
  it('an unknown interest kind', () => {
    const input = withMember(baseInput(), member('gp-b', { interests: [{ bodyId: 'Z90001', kind: 'friend', declaredOn: '2009-01-05' }] }));
    const error = pbcError(() => check(input), 'INVALID_INPUT');
    expect(paths(error)).toEqual(['panel.members.3.interests.0.kind']);
  });
  it('an interest with no declaration date', () => {
    const input = withMember(baseInput(), member('gp-b', { interests: [{ bodyId: 'Z90001', kind: 'owner' } as never] }));
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['panel.members.3.interests.0.declaredOn']);
  });
  it('a value in fractions of a penny, or negative', () => {
    const input = baseInput();
    input.businessCase.value = 10.5;
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['businessCase.value']);
    input.businessCase.value = -1;
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['businessCase.value']);
  });
  it('an unknown field (objects are strict)', () => {
    const input = { ...baseInput(), approved: true };
    pbcError(() => check(input), 'INVALID_INPUT');
  });
  it('every bad field at once, in one error', () => {
    const input = baseInput();
    delete input.businessCase.submittedOn;
    delete input.panel.members[0]!.role;
    input.panel.members[1]!.interests.push({ bodyId: 'x', kind: 'cousin', declaredOn: '2009-01-01' });
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT')).sort()).toEqual(['businessCase.submittedOn', 'panel.members.0.role', 'panel.members.1.interests.0.kind']);
  });
  it('not an object at all', () => {
    pbcError(() => check(null), 'INVALID_INPUT');
    pbcError(() => check('bc-1'), 'INVALID_INPUT');
  });
});

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
  it('lists more than three problems with a count in the message', () => {
    const input = baseInput();
    input.panel.members = [member('a'), member('a'), member('a'), member('a'), member('a')];
    const error = pbcError(() => check(input), 'CONFLICTING_INPUT');
    // four duplicates, and the chair 'ned' is no longer a member
    expect(error.issues).toHaveLength(5);
  });
});

describe('options', () => {
  it('a bad asOf is INVALID_DATE at path asOf', () => {
    expectIssue(() => check(baseInput(), { asOf: '2009-13-01' }), 'INVALID_DATE', ['asOf'], 'asOf');
  });
  it('missing options (a plain JavaScript caller) are MISSING_INPUT at path asOf; options that are not an object INVALID_INPUT', () => {
    expectIssue(() => checkConflictsOfInterest(baseInput() as never, undefined as never), 'MISSING_INPUT', ['asOf'], 'asOf');
    expectIssue(() => checkConflictsOfInterest(baseInput() as never, '2009-06-01' as never), 'INVALID_INPUT', ['options'], 'options');
  });
  it('bad local values are INVALID_INPUT at their paths', () => {
    const error = pbcError(() => check(baseInput(), { local: { tenderThreshold: -5 as never, decisionLimitDays: 0, declarationMaxAgeDays: 1.5 } }), 'INVALID_INPUT');
    expect(paths(error).sort()).toEqual(['local.decisionLimitDays', 'local.declarationMaxAgeDays', 'local.tenderThreshold']);
    pbcError(() => check(baseInput(), { local: { nonsense: 1 } as never }), 'INVALID_INPUT');
  });
  it('a malformed policy is INVALID_POLICY at path policy, before the input is read', () => {
    expectIssue(() => check(baseInput(), { policy: { id: 'x' } as never }), 'INVALID_POLICY', ['policy'], 'policy');
    expectIssue(() => check(null, { policy: { id: 'x' } as never }), 'INVALID_POLICY', ['policy'], 'policy');
  });
  it('a policy whose parameter holds the wrong type is INVALID_POLICY naming the parameter', () => {
    const broken = structuredClone(baselinePolicy) as { parameters: Record<string, { values: { value: unknown }[] }> };
    broken.parameters['conflicts.procurement.tenderThreshold']!.values[0]!.value = 'lots';
    const input = baseInput();
    input.businessCase.procurementRoute = 'direct_award';
    expectIssue(() => check(input, { policy: broken as never }), 'INVALID_POLICY', ['policy', 'parameters', 'conflicts.procurement.tenderThreshold']);
  });
});

describe('the exported schemas', () => {
  it('accept the base input and reject a bad one, with paths', () => {
    expect(ConflictsInputSchema.safeParse(baseInput()).success).toBe(true);
    const result = ConflictsLocalPolicySchema.safeParse({ tenderThreshold: 1.5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['tenderThreshold']);
  });
  it('conflictsRulesInForce rejects a bad date', () => {
    expectIssue(() => conflictsRulesInForce({ asOf: '2007-02-30' }), 'INVALID_DATE', ['asOf']);
  });
});
