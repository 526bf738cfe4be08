/**
 * COI-R02: DH's minimum list of conflicting interests (December 2007) marks a member conflicted.
 *
 * DH, December 2007, as reported by Pulse (`pulse-2007-12-conflicts-warning`): "A conflict of
 * interest, in relation to PBC, as a minimum could be if the clinician" is a director (including
 * non-executive), owner, part-owner or employee of the body submitting the business case; a partner
 * or employee or close relative of a director of that body; or, where the body is a practice, a
 * close relative of a member of the practice. The list is the parameter
 * `conflicts.minimumConflictingInterests`.
 *
 * @module
 */
import { conflictsRule, emptyPanelFinding, decisionDateOf, makeFinding, memberLabel, notInForceFinding, proposerLabel, startRule, type ConflictsContext } from '../context.js';
import type { ConflictsFinding } from '../findings.js';
import { assessMemberConflict, describeInterests, minimumListOn } from '../member-conflict.js';

/**
 * Marks each member conflicted or not under the minimum list. A conflicted member who took part is a
 * warning here (the breach is COI-R03's); one who took no part is compliant: the conflict was managed.
 *
 * @param context - the checked input, date and policy
 * @returns one finding per panel member (one about the case when the panel is empty)
 * @internal
 */
export function checkMemberIsConflicted(context: ConflictsContext): ConflictsFinding[] {
  const rule = conflictsRule('COI-R02');
  const on = decisionDateOf(context);
  if (context.input.panel.members.length === 0) return [emptyPanelFinding(rule, context, on)];
  return context.input.panel.members.map((member) => {
    const subject = { kind: 'member' as const, id: member.id };
    const gate = notInForceFinding(rule, context, on, subject);
    if (gate !== undefined) return gate;
    const step = startRule(rule, context, on, subject);
    const name = memberLabel(member);
    const { proposer } = context.input.businessCase;
    step.input('proposer', proposer.bodyId);
    step.input('proposerIsPractice', proposer.isPractice);
    step.input('participated', member.participated);
    step.input('interests', member.interests.map((interest) => `${interest.kind} of ${interest.bodyId}`));
    const conflict = assessMemberConflict(member, context, minimumListOn(step, on));
    const kinds = conflict.minimumList.map((interest) => interest.kind);
    const relativeOfMember = member.interests.some((interest) => interest.kind === 'close_relative_of_practice_member' && interest.bodyId === proposer.bodyId);
    if (relativeOfMember && !proposer.isPractice) {
      step.note('A close relative of a member of the proposing body counts on the minimum list only where the body is a practice; this proposer is not.');
    }
    if (conflict.minimumList.length === 0) {
      return makeFinding(rule, step, {
        outcome: 'compliant',
        subject,
        message: `${name} holds no interest on the minimum list in the proposer ${proposerLabel(context)}.`,
        output: { conflicted: false },
      });
    }
    if (member.participated) {
      return makeFinding(rule, step, {
        outcome: 'warning',
        subject,
        message: `${name} is conflicted (${describeInterests(conflict.minimumList)}) and took part: a conflicted member must take no part in the decision (see COI-R03).`,
        output: { conflicted: true, kinds },
      });
    }
    return makeFinding(rule, step, {
      outcome: 'compliant',
      subject,
      message: `${name} is conflicted (${describeInterests(conflict.minimumList)}) and took no part: the conflict was managed.`,
      output: { conflicted: true, kinds },
    });
  });
}
