/**
 * `conflicts.minimumListConflict` (COI-R02): DH's minimum list of conflicting interests (December 2007) marks a member conflicted.
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
import { conflictsRule, decisionDateOf, emptyPanelFinding, makeFinding, memberLabel, openRule, proposerLabel, type ConflictsContext, type RuleApplication } from '../context.js';
import { assessMemberConflict, describeInterests, readMinimumList } from '../member-conflict.js';

/**
 * Marks each member conflicted or not under the minimum list. A conflicted member who took part is a
 * warning here (the breach is `conflicts.recusal`'s); one who took no part is compliant: the conflict was managed.
 *
 * @param context - the checked input, date and policy
 * @returns one finding per panel member (one about the case when the panel is empty)
 * @internal
 */
export function checkMemberIsConflicted(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.minimumListConflict');
  const on = decisionDateOf(context);
  if (context.input.panel.members.length === 0) return [emptyPanelFinding(rule, context, on)];
  return context.input.panel.members.map((member) => {
    const subject = { kind: 'member' as const, id: member.id };
    const { step, gate } = openRule(rule, context, on, subject);
    if (gate !== undefined) return gate;
    const name = memberLabel(member);
    const { proposer } = context.input.businessCase;
    step.input('proposer', proposer.bodyId);
    step.input('proposerIsPractice', proposer.isPractice);
    step.input('participated', member.participated);
    step.input('interests', member.interests.map((interest) => `${interest.kind} of ${interest.bodyId}`));
    const conflict = assessMemberConflict(member, context, readMinimumList(step, on));
    const kinds = conflict.minimumList.map((interest) => interest.kind);
    const relativeOfMember = member.interests.some((interest) => interest.kind === 'close_relative_of_practice_member' && interest.bodyId === proposer.bodyId);
    if (relativeOfMember && !proposer.isPractice) {
      step.note('A close relative of a member of the proposing body counts on the minimum list only where the body is a practice; this proposer is not.');
    }
    if (conflict.minimumList.length === 0) {
      return makeFinding(rule, step, {
        code: 'NOT_CONFLICTED', outcome: 'compliant',
        subject,
        message: `${name} holds no interest on the minimum list in the proposer ${proposerLabel(context)}.`,
        details: { conflicted: false },
      });
    }
    if (member.participated) {
      return makeFinding(rule, step, {
        code: 'CONFLICTED_MEMBER_TOOK_PART', outcome: 'warning',
        subject,
        message: `${name} is conflicted (${describeInterests(conflict.minimumList)}) and took part: a conflicted member must take no part in the decision (see conflicts.recusal).`,
        details: { conflicted: true, kinds },
      });
    }
    return makeFinding(rule, step, {
      code: 'CONFLICT_MANAGED', outcome: 'compliant',
      subject,
      message: `${name} is conflicted (${describeInterests(conflict.minimumList)}) and took no part: the conflict was managed.`,
      details: { conflicted: true, kinds },
    });
  });
}
