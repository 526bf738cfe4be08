/**
 * Pins the conflicts check where the other suites left it loose, written against the mutants Stryker
 * found surviving (see docs/quality.md): every inconsistency message with its path and rule, how the
 * CONFLICTING_INPUT message shortens a long list, a malformed policy, a parameter of the wrong type,
 * the not-in-force and empty-panel findings, local values beside national ones, later national
 * limits, the worse-outcome helper's errors, and the messages and explanations of COI-R02 to COI-R10.
 */
import { describe, expect, it } from 'vitest';
import { applyReform, type Policy } from '../../src/policy/index.js';
import { expectIssue, pbcError } from '../support/errors.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { PROPOSER, baseInput, check, findingOf, member, withCase, withMember, type TestInput } from './fixtures.js';

type Referral = NonNullable<TestInput['referrals']>[number];
type Dispute = NonNullable<TestInput['dispute']>;

const referral = (changes: Partial<Referral> = {}): Referral => ({
  id: 'ref-1',
  clinicianId: 'gp-a',
  providerBodyId: 'Y55555',
  referredOn: '2009-06-01',
  clinicianHasFinancialInterest: false,
  choiceOffered: true,
  interestDisclosedToPatient: true,
  ...changes,
});

const dispute = (changes: Partial<Dispute> = {}): Dispute => ({ id: 'd-1', raisedBy: 'practice', raisedOn: '2009-06-10', ...changes });

const arbitration = (decidedOn: string): NonNullable<Dispute['arbitration']> => ({ decidedOn, result: 'PCT to reconsider', followedByPractice: true, followedByPct: true });

/** The base policy with one parameter's values replaced wholesale (as a hand-edited policy would be). */
function withRawValue(id: string, value: unknown): Policy {
  const parameter = baselinePolicy.parameters[id];
  if (parameter === undefined) throw new Error(`no parameter ${id}`);
  const first = parameter.values[0];
  if (first === undefined) throw new Error(`no values for ${id}`);
  const { to: _to, ...open } = first;
  const values = [{ ...open, from: '2005-04-01', value }];
  return { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, [id]: { ...parameter, values } } } as unknown as Policy;
}

describe('inconsistent input: one CONFLICTING_INPUT error listing every problem', () => {
  it('every event dated after the date of the check is reported at its own path, and the message shows the first three', () => {
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

  it('exactly three problems are all shown, with no "and more"', () => {
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

describe('options and policy', () => {
  it('a boolean parameter holding a number is INVALID_POLICY naming the parameter (the policy is checked in full first)', () => {
    const policy = withRawValue('conflicts.panel.nonExecutiveChairRequired', 1);
    expectIssue(() => check(baseInput(), { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'conflicts.panel.nonExecutiveChairRequired']);
    const inForce = withRawValue('conflicts.recusal.inForce', 'yes');
    expectIssue(() => check(baseInput(), { policy: inForce }), 'INVALID_POLICY', ['policy', 'parameters', 'conflicts.recusal.inForce']);
  });

  it('a decision limit that is not a whole number of days is INVALID_POLICY naming the parameter', () => {
    for (const value of [56.5, 'eight weeks']) {
      expectIssue(() => check(baseInput(), { policy: withRawValue('entitlements.businessCaseDecisionDays', value) }), 'INVALID_POLICY', ['policy', 'parameters', 'entitlements.businessCaseDecisionDays']);
    }
  });
});

describe('the shared findings: not in force, empty panel, local values', () => {
  it('a rule not yet in force gives not_applicable, saying when it took effect, and records inForce: false', () => {
    // COI-R02 (the DH minimum list) took effect on 2007-12-01.
    const input = withCase(baseInput(), { submittedOn: '2007-06-01', decision: { outcome: 'approved', decidedOn: '2007-06-20', decidedBy: 'pct_committee', reasons: ['fine'] } });
    const early = { ...input, panel: { ...input.panel, members: input.panel.members.map((m) => ({ ...m, declarationOn: '2007-01-05' })) } };
    const finding = findingOf(check(early), 'conflicts.minimumListConflict', 'gp-a');
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toBe('conflicts.minimumListConflict (COI-R02) is not in force on 2007-06-20 (the date of the decision): it took effect on 2007-12-01.');
    expect(finding.explanation.output).toEqual({ outcome: 'not_applicable', code: 'NOT_IN_FORCE', inForce: false, on: '2007-06-20' });
    expect(finding.details).toEqual({ inForce: false, on: '2007-06-20' });
  });

  it('an empty panel gives one not_applicable finding about the case for each member rule', () => {
    const input = { ...baseInput(), panel: { members: [] } };
    const finding = findingOf(check(input), 'conflicts.registerComplete');
    expect(finding.subject).toEqual({ kind: 'case', id: 'bc-1' });
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toBe('No panel members were given, so there is no register to check.');
  });

  it('a local decision limit beside the national one is recorded as an input and noted as not used', () => {
    const finding = findingOf(check(baseInput(), { local: { decisionLimitDays: 84 } }), 'conflicts.decisionInTime');
    expect(finding.explanation.inputs['local.decisionLimitDays']).toBe(84);
    expect(finding.explanation.notes).toContain(
      'The local value 84 days was not used: the national value 56 days governs on 2009-04-06 (override it with a reform).',
    );
    expect(finding.message).toBe('Business case bc-1 was decided in 44 days, within the national limit of 56 days.');
  });

  it('a local requirement for a non-executive chair is recorded and described in the note', () => {
    const finding = findingOf(check(baseInput(), { local: { nonExecutiveChairRequired: true } }), 'conflicts.pctDecides');
    expect(finding.explanation.inputs['local.nonExecutiveChairRequired']).toBe(true);
    expect(finding.explanation.notes).toContain("No national value on 2009-05-20: the PCT's local value required applies.");
    const notRequired = findingOf(check(baseInput(), { local: { nonExecutiveChairRequired: false } }), 'conflicts.pctDecides');
    expect(notRequired.explanation.notes).toContain("No national value on 2009-05-20: the PCT's local value not required applies.");
  });

  it('when no national limit applies yet, the finding names the date a later national limit starts, not an earlier one', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'early-limit',
      label: 'An early national limit that lapsed',
      parameters: {
        'entitlements.businessCaseDecisionDays': [
          { from: '2005-04-01', to: '2006-12-31', value: 84, sources: ['digitalhealth-2009-03-vision'], confidence: 'derived' },
          { from: '2007-01-01', to: '2009-02-28', value: null, sources: ['digitalhealth-2009-03-vision'], confidence: 'derived' },
        ],
      },
    });
    const input = withCase(baseInput(), { submittedOn: '2008-04-07', decision: { outcome: 'approved', decidedOn: '2008-05-20', decidedBy: 'pct_committee', reasons: ['fine'] } });
    const finding = findingOf(check(input, { policy }), 'conflicts.decisionInTime');
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toBe(
      "No national decision limit applied to business case bc-1, submitted on 2008-04-07 (a national limit applies to cases submitted from 2009-03-01): give the PCT's local limit (option local.decisionLimitDays, or a reform) to check it.",
    );
  });
});

describe('rule messages and explanations', () => {
  it('COI-R02 names a proposer without a name by its code', () => {
    const input = withCase(baseInput(), { proposer: { bodyId: PROPOSER, isPractice: true } });
    expect(findingOf(check(input), 'conflicts.minimumListConflict', 'gp-a').message).toBe(`Dr Ade Okafor holds no interest on the minimum list in the proposer ${PROPOSER}.`);
  });

  it('COI-R02 notes the practice-only close-relative interest only for a close relative in a proposer that is not a practice', () => {
    const notPractice = withCase(baseInput(), { proposer: { bodyId: PROPOSER, name: 'Riverside Ltd', isPractice: false } });
    const NOTE = 'A close relative of a member of the proposing body counts on the minimum list only where the body is a practice; this proposer is not.';
    const relative = check(withMember(notPractice, member('gp-c', { interests: [{ bodyId: PROPOSER, kind: 'close_relative_of_practice_member', declaredOn: '2009-01-05' }] })));
    expect(findingOf(relative, 'conflicts.minimumListConflict', 'gp-c').explanation.notes).toContain(NOTE);
    const elsewhere = check(withMember(notPractice, member('gp-c', { interests: [{ bodyId: 'Y77777', kind: 'close_relative_of_practice_member', declaredOn: '2009-01-05' }] })));
    expect(findingOf(elsewhere, 'conflicts.minimumListConflict', 'gp-c').explanation.notes).not.toContain(NOTE);
    const otherKind = check(withMember(notPractice, member('gp-c', { interests: [{ bodyId: PROPOSER, kind: 'other', declaredOn: '2009-01-05' }] })));
    expect(findingOf(otherKind, 'conflicts.minimumListConflict', 'gp-c').explanation.notes).not.toContain(NOTE);
  });

  it('COI-R03 records the rival bodies it was given', () => {
    const input = withCase(baseInput(), { rivalBodyIds: ['Y01234', 'Y05678'] });
    expect(findingOf(check(input), 'conflicts.recusal', 'gp-a').explanation.inputs['rivalBodyIds']).toEqual(['Y01234', 'Y05678']);
  });

  it('COI-R04: a decision by another body, and a required non-executive chair with no chair recorded, are warnings that say so', () => {
    const other = withCase(baseInput(), { decision: { outcome: 'approved', decidedOn: '2009-05-20', decidedBy: 'other', reasons: ['fine'] } });
    const byOther = findingOf(check(other), 'conflicts.pctDecides');
    expect(byOther.outcome).toBe('warning');
    expect(byOther.message).toBe('Business case bc-1 was decided by a body not recorded as a PCT committee or the PCT board: show that the PCT took the decision.');
    const { chairMemberId: _chair, ...unchaired } = baseInput().panel;
    const noChair = findingOf(check({ ...baseInput(), panel: unchaired }, { local: { nonExecutiveChairRequired: true } }), 'conflicts.pctDecides');
    expect(noChair.outcome).toBe('warning');
    expect(noChair.message).toBe('Business case bc-1 was decided by a PCT committee, but no chair is recorded: the PCT requires a non-executive director in the chair.');
  });

  it('COI-R07 records how many reasons and remedial actions a rejection gave', () => {
    const input = withCase(baseInput(), { decision: { outcome: 'rejected', decidedOn: '2009-05-20', decidedBy: 'pct_committee', reasons: ['no evidence of need'] } });
    const finding = findingOf(check(input), 'conflicts.rejectionReasons');
    expect(finding.outcome).toBe('breach');
    expect(finding.explanation.output).toEqual({ outcome: 'breach', code: 'REASONS_MISSING', reasons: 1, remedialActions: 0 });
  });

  it('COI-R10 looks only at the referring clinician’s interests in the provider referred to', () => {
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
