/**
 * `conflicts.recusal` (COI-R03): a conflicted member, or one with an interest in a service the case would rival, takes no
 * part in the decision.
 *
 * DH FAQ on practical implementation, Q3 (`dh-faq-practical-implementation`): "Clinicians must
 * exclude themselves from the group making the decision about a service, that would rival a current
 * service, that they themselves are proposing to provide. The PCT should ensure that robust
 * governance procedures are in place to prevent a conflict of interest between GPs as commissioners
 * and as providers." From December 2007 the minimum list (`conflicts.minimumListConflict`) also marks members conflicted.
 *
 * @module
 */
import { conflictsRule, decisionDateOf, emptyPanelFinding, makeFinding, memberLabel, openRule, proposerLabel, type ConflictsContext, type RuleApplication } from '../context.js';
import { assessMemberConflict, describeBar, describeInterests, minimumListOn } from '../member-conflict.js';

/**
 * Checks that every barred member stayed out: barred and took part is a breach; barred and stayed
 * out is compliant; another declared interest in the proposer is a warning for the PCT to judge.
 *
 * @param context - the checked input, date and policy
 * @returns one finding per panel member (one about the case when the panel is empty)
 * @internal
 */
export function checkConflictedMemberWithdrew(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.recusal');
  const on = decisionDateOf(context);
  if (context.input.panel.members.length === 0) return [emptyPanelFinding(rule, context, on)];
  return context.input.panel.members.map((member) => {
    const subject = { kind: 'member' as const, id: member.id };
    const { step, gate } = openRule(rule, context, on, subject);
    if (gate !== undefined) return gate;
    const name = memberLabel(member);
    step.input('participated', member.participated);
    step.input('proposesToProvide', context.input.businessCase.proposesToProvide);
    step.input('rivalBodyIds', [...(context.input.businessCase.rivalBodyIds ?? [])]);
    const minimumList = minimumListOn(step, on);
    if (minimumList === undefined) step.note(`The DH minimum list of conflicting interests was not yet in force on ${on}; only the FAQ Q3 tests apply.`);
    const conflict = assessMemberConflict(member, context, minimumList);
    const output = { barred: conflict.barred, participated: member.participated };
    if (conflict.barred && member.participated) {
      return makeFinding(rule, step, {
        code: 'BARRED_MEMBER_TOOK_PART', outcome: 'breach',
        subject,
        message: `${name} took part in the decision despite ${describeBar(conflict)}: they must exclude themselves.`,
        details: output,
      });
    }
    if (conflict.barred) {
      return makeFinding(rule, step, { code: 'MEMBER_WITHDREW', outcome: 'compliant', subject, message: `${name} has ${describeBar(conflict)} and took no part, as required.`, details: output });
    }
    if (!member.participated) {
      return makeFinding(rule, step, { code: 'MEMBER_TOOK_NO_PART', outcome: 'not_applicable', subject, message: `${name} took no part and holds no interest that bars them.`, details: output });
    }
    if (conflict.otherInProposer.length > 0) {
      return makeFinding(rule, step, {
        code: 'OTHER_INTEREST_IN_PROPOSER', outcome: 'warning',
        subject,
        message: `${name} took part while holding another interest in the proposer ${proposerLabel(context)} (${describeInterests(conflict.otherInProposer)}): the PCT must judge, and record, whether it bars them.`,
        details: output,
      });
    }
    return makeFinding(rule, step, { code: 'NOT_BARRED', outcome: 'compliant', subject, message: `${name} took part and holds no interest that bars them.`, details: output });
  });
}
