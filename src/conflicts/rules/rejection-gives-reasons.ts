/**
 * `conflicts.rejectionReasons` (COI-R07): a rejection states its reasons and what would resolve them.
 *
 * DH, *Practice based commissioning: practical implementation* (November 2006), as quoted by HFMA
 * (`dh-2006-practical-implementation`, `hfma-governance-issues`): the PCT must state clearly why it
 * does not support a business case, and what actions would resolve the problem.
 *
 * @module
 */
import { conflictsRule, decisionDateOf, makeFinding, openRule, type ConflictsContext, type RuleApplication } from '../context.js';

/**
 * Checks a rejection: reasons and remedial actions both given is compliant; either missing is a
 * breach. Approvals, deferrals and pending cases are `not_applicable`.
 *
 * @param context - the checked input, date and policy
 * @returns one finding about the case
 * @internal
 */
export function checkRejectionGivesReasons(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.rejectionReasons');
  const { businessCase } = context.input;
  const subject = { kind: 'case' as const, id: businessCase.id };
  const on = decisionDateOf(context);
  const { step, gate } = openRule(rule, context, on, subject);
  if (gate !== undefined) return [gate];
  const { decision } = businessCase;
  step.input('decision', decision?.outcome ?? 'pending');
  if (decision?.outcome !== 'rejected') {
    const state = decision === undefined ? 'is pending' : `was ${decision.outcome}`;
    return [makeFinding(rule, step, { code: 'NOT_REJECTED', outcome: 'not_applicable', subject, message: `Business case ${businessCase.id} ${state}, not rejected.` })];
  }
  const reasons = decision.reasons ?? [];
  const actions = decision.remedialActions ?? [];
  step.input('reasons', reasons);
  step.input('remedialActions', actions);
  const missing = [...(reasons.length === 0 ? ['its reasons'] : []), ...(actions.length === 0 ? ['what actions would resolve the problem'] : [])];
  if (missing.length > 0) {
    return [
      makeFinding(rule, step, {
        code: 'REASONS_MISSING', outcome: 'breach',
        subject,
        message: `The rejection of business case ${businessCase.id} on ${decision.decidedOn} does not state ${missing.join(' or ')}.`,
        details: { reasons: reasons.length, remedialActions: actions.length },
      }),
    ];
  }
  return [
    makeFinding(rule, step, {
      code: 'REASONS_GIVEN', outcome: 'compliant',
      subject,
      message: `The rejection of business case ${businessCase.id} states ${reasons.length} reason(s) and ${actions.length} action(s) that would resolve the problem.`,
      details: { reasons: reasons.length, remedialActions: actions.length },
    }),
  ];
}
