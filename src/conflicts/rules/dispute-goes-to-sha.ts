/**
 * `conflicts.disputeToSha` (COI-R11): a dispute goes to SHA arbitration, whose result binds both sides.
 *
 * DH FAQ on practical implementation, Q2 (`dh-faq-practical-implementation`): "both practices and
 * PCTs are expected to follow any decision by an arbitration group". Budget and freed-up-resource
 * disputes also go to the SHA, which arbitrates (`experts123-sha-arbitration`); the October 2004
 * guidance already foresaw arbitration (`dh-2004-engaging-practices`).
 *
 * @module
 */
import { conflictsRule, makeFinding, openRule, type ConflictsContext, type RuleApplication } from '../context.js';

/**
 * Follows the dispute: resolved locally, or referred and awaiting arbitration, or arbitrated and
 * followed by both sides is compliant; unresolved and not referred is a warning (the route is SHA
 * arbitration); an arbitration result not followed by a side is a breach. No dispute is
 * `not_applicable`.
 *
 * @param context - the checked input, date and policy
 * @returns one finding about the dispute (or about the case when there is none)
 * @internal
 */
export function checkDisputeGoesToSha(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.disputeToSha');
  const { dispute } = context.input;
  if (dispute === undefined) {
    const subject = { kind: 'case' as const, id: context.input.businessCase.id };
    const { step, gate } = openRule(rule, context, context.asOf, subject);
    if (gate !== undefined) return [gate];
    return [makeFinding(rule, step, { code: 'NO_DISPUTE', outcome: 'not_applicable', subject, message: 'No dispute was given.' })];
  }
  const subject = { kind: 'dispute' as const, id: dispute.id };
  const { step, gate } = openRule(rule, context, dispute.raisedOn, subject);
  if (gate !== undefined) return [gate];
  step.input('raisedBy', dispute.raisedBy);
  step.input('resolvedLocallyOn', dispute.resolvedLocallyOn ?? null);
  step.input('referredToShaOn', dispute.referredToShaOn ?? null);
  const { arbitration } = dispute;
  if (arbitration !== undefined) {
    step.input('arbitrationDecidedOn', arbitration.decidedOn);
    step.input('followedByPractice', arbitration.followedByPractice);
    step.input('followedByPct', arbitration.followedByPct);
    const defaulters = [...(arbitration.followedByPractice ? [] : ['the practice']), ...(arbitration.followedByPct ? [] : ['the PCT'])];
    if (defaulters.length > 0) {
      return [
        makeFinding(rule, step, {
          code: 'ARBITRATION_NOT_FOLLOWED', outcome: 'breach',
          subject,
          message: `SHA arbitration of dispute ${dispute.id} decided on ${arbitration.decidedOn} ("${arbitration.result}"), but ${defaulters.join(' and ')} did not follow it: the result binds both sides.`,
        }),
      ];
    }
    return [
      makeFinding(rule, step, {
        code: 'ARBITRATION_FOLLOWED', outcome: 'compliant',
        subject,
        message: `Dispute ${dispute.id} was arbitrated by the SHA on ${arbitration.decidedOn} ("${arbitration.result}") and both sides followed the result.`,
      }),
    ];
  }
  if (dispute.referredToShaOn !== undefined) {
    return [makeFinding(rule, step, { code: 'REFERRED_TO_SHA', outcome: 'compliant', subject, message: `Dispute ${dispute.id} was referred to SHA arbitration on ${dispute.referredToShaOn}; the result, when made, binds both sides.` })];
  }
  if (dispute.resolvedLocallyOn !== undefined) {
    return [makeFinding(rule, step, { code: 'RESOLVED_LOCALLY', outcome: 'compliant', subject, message: `Dispute ${dispute.id} was resolved locally on ${dispute.resolvedLocallyOn}; no arbitration was needed.` })];
  }
  return [
    makeFinding(rule, step, {
      code: 'DISPUTE_UNRESOLVED', outcome: 'warning',
      subject,
      message: `Dispute ${dispute.id}, raised by the ${dispute.raisedBy === 'pct' ? 'PCT' : 'practice'} on ${dispute.raisedOn}, is unresolved and not referred: a dispute that practice and PCT cannot resolve goes to SHA arbitration.`,
    }),
  ];
}
