/**
 * `conflicts.publishedInProspectus` (COI-R09): an approved plan is published in the PCT prospectus.
 *
 * DH FAQ on practical implementation, Q1 (`dh-faq-practical-implementation`): "PBC plans should form
 * the basis of overall PCT commissioning plans, and the plans should be included in the annual PCT
 * prospectus."
 *
 * @module
 */
import { conflictsRule, decisionDateOf, makeFinding, openRule, type ConflictsContext, type RuleApplication } from '../context.js';

/**
 * Checks publication of an approved case: in the prospectus is compliant; not in it, or not
 * recorded, is a warning. Cases not approved are `not_applicable`.
 *
 * @param context - the checked input, date and policy
 * @returns one finding about the case
 * @internal
 */
export function checkApprovedPlanPublished(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.publishedInProspectus');
  const { businessCase } = context.input;
  const subject = { kind: 'case' as const, id: businessCase.id };
  const on = decisionDateOf(context);
  const { step, gate } = openRule(rule, context, on, subject);
  if (gate !== undefined) return [gate];
  const { decision } = businessCase;
  step.input('decision', decision?.outcome ?? 'pending');
  if (decision?.outcome !== 'approved') {
    const state = decision === undefined ? 'is pending' : `was ${decision.outcome}`;
    return [makeFinding(rule, step, { code: 'NOT_APPROVED', outcome: 'not_applicable', subject, message: `Business case ${businessCase.id} ${state}: only approved plans are published.` })];
  }
  step.input('publishedInProspectus', businessCase.publishedInProspectus ?? null);
  if (businessCase.publishedInProspectus === true) {
    return [makeFinding(rule, step, { code: 'PUBLISHED', outcome: 'compliant', subject, message: `Approved business case ${businessCase.id} is included in the PCT prospectus.` })];
  }
  const state = businessCase.publishedInProspectus === false ? 'is not included in' : 'is not recorded as included in';
  return [
    makeFinding(rule, step, {
      code: 'NOT_PUBLISHED', outcome: 'warning',
      subject,
      message: `Approved business case ${businessCase.id} ${state} the PCT prospectus: PBC plans should be in the annual prospectus.`,
    }),
  ];
}
