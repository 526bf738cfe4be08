/**
 * Cross-field checks on a conflicts input that its schema cannot express: dates in order and not
 * after the date of the check, unique ids, a chair who is a member, an arbitration only after a
 * referral to the SHA. Every problem is reported at once, each with its path and rule id.
 *
 * @module
 */
import { PbcError, type PbcIssue } from '../core/errors.js';
import { describeIssues } from '../core/validation.js';
import type { ConflictsInput } from './input.js';

type Path = (string | number)[];

/**
 * Raises one `PbcError` (`CONFLICTING_INPUT`) listing every inconsistency in `input` as of `asOf`.
 *
 * @param input - a schema-valid input
 * @param asOf - the date of the check
 * @throws PbcError `CONFLICTING_INPUT`, one issue per problem, each with its path and rule id
 * @internal
 */
export function assertConflictsInputConsistent(input: ConflictsInput, asOf: string): void {
  const issues: PbcIssue[] = [];
  const add = (path: Path, message: string, rule: string): void => {
    issues.push({ path, message, rule });
  };
  const notAfterAsOf = (date: string | undefined, path: Path, what: string): void => {
    if (date !== undefined && date > asOf) add(path, `${what} (${date}) is after the date of the check (${asOf})`, 'conflicts.input.notAfterAsOf');
  };
  const notBefore = (date: string | undefined, earliest: string | undefined, path: Path, message: string, rule: string): void => {
    if (date !== undefined && earliest !== undefined && date < earliest) add(path, message, rule);
  };

  const { businessCase, panel, referrals, dispute } = input;
  notAfterAsOf(businessCase.submittedOn, ['businessCase', 'submittedOn'], 'the submission');
  const decision = businessCase.decision;
  if (decision !== undefined) {
    notBefore(
      decision.decidedOn,
      businessCase.submittedOn,
      ['businessCase', 'decision', 'decidedOn'],
      `the decision (${decision.decidedOn}) is dated before the case was submitted (${businessCase.submittedOn})`,
      'conflicts.input.decisionNotBeforeSubmission',
    );
    notAfterAsOf(decision.decidedOn, ['businessCase', 'decision', 'decidedOn'], 'the decision');
  }

  const seenMembers = new Map<string, number>();
  panel.members.forEach((member, index) => {
    const first = seenMembers.get(member.id);
    if (first === undefined) seenMembers.set(member.id, index);
    else add(['panel', 'members', index, 'id'], `member id "${member.id}" is used twice (also members[${first}])`, 'conflicts.input.uniqueMemberIds');
    notAfterAsOf(member.declarationOn, ['panel', 'members', index, 'declarationOn'], 'the declaration');
    member.interests.forEach((interest, interestIndex) => {
      notAfterAsOf(interest.declaredOn, ['panel', 'members', index, 'interests', interestIndex, 'declaredOn'], 'the declaration of this interest');
    });
  });
  if (panel.chairMemberId !== undefined && !seenMembers.has(panel.chairMemberId)) {
    add(['panel', 'chairMemberId'], `the chair "${panel.chairMemberId}" is not a member of the panel`, 'conflicts.input.chairIsMember');
  }

  const seenReferrals = new Map<string, number>();
  (referrals ?? []).forEach((referral, index) => {
    const first = seenReferrals.get(referral.id);
    if (first === undefined) seenReferrals.set(referral.id, index);
    else add(['referrals', index, 'id'], `referral id "${referral.id}" is used twice (also referrals[${first}])`, 'conflicts.input.uniqueReferralIds');
    notAfterAsOf(referral.referredOn, ['referrals', index, 'referredOn'], 'the referral');
  });

  if (dispute !== undefined) {
    notAfterAsOf(dispute.raisedOn, ['dispute', 'raisedOn'], 'the dispute');
    notAfterAsOf(dispute.resolvedLocallyOn, ['dispute', 'resolvedLocallyOn'], 'the local resolution');
    notAfterAsOf(dispute.referredToShaOn, ['dispute', 'referredToShaOn'], 'the referral to the SHA');
    notBefore(dispute.resolvedLocallyOn, dispute.raisedOn, ['dispute', 'resolvedLocallyOn'], 'the dispute is resolved before it was raised', 'conflicts.input.disputeDatesInOrder');
    notBefore(dispute.referredToShaOn, dispute.raisedOn, ['dispute', 'referredToShaOn'], 'the dispute is referred to the SHA before it was raised', 'conflicts.input.disputeDatesInOrder');
    const { arbitration } = dispute;
    if (arbitration !== undefined) {
      notAfterAsOf(arbitration.decidedOn, ['dispute', 'arbitration', 'decidedOn'], 'the arbitration decision');
      if (dispute.referredToShaOn === undefined) {
        add(['dispute', 'arbitration'], 'an arbitration result is given but the dispute was never referred to the SHA (give referredToShaOn)', 'conflicts.input.arbitrationNeedsReferral');
      }
      notBefore(arbitration.decidedOn, dispute.referredToShaOn, ['dispute', 'arbitration', 'decidedOn'], 'the arbitration is decided before the dispute was referred to the SHA', 'conflicts.input.disputeDatesInOrder');
      if (dispute.resolvedLocallyOn !== undefined) {
        add(['dispute', 'resolvedLocallyOn'], 'a dispute cannot be both resolved locally and arbitrated by the SHA', 'conflicts.input.resolvedOrArbitrated');
      }
    }
  }

  if (issues.length > 0) {
    throw new PbcError('CONFLICTING_INPUT', `inconsistent conflicts input: ${describeIssues(issues)}`, { issues });
  }
}
