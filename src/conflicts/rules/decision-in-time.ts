/**
 * `conflicts.decisionInTime` (COI-R08): the PCT decides within the time limit.
 *
 * DH, *Clinical commissioning: our vision for practice-based commissioning* (March 2009), as reported
 * (`digitalhealth-2009-03-vision`, `pulse-2009-kick-starting-pbc`): PCTs decide PBC plans and business
 * cases within at most eight weeks. The limit is the parameter `entitlements.businessCaseDecisionDays`
 * (56 days from 1 March 2009; no national value before, so a local limit), read on the date the case
 * was submitted.
 *
 * @module
 */
import { DECISION_LIMIT_PARAMETER, decisionTiming } from '../../governance/decision-timing.js';
import { conflictsRule, isWholeNumber, makeFinding, nationalOrLocal, openRule, type ConflictsContext, type RuleApplication } from '../context.js';

/**
 * Checks timeliness with the shared decision timing (`src/governance/decision-timing.ts`, which the
 * entitlement `entitlements.businessCaseDecision` uses too): decided within the limit is `compliant`, after
 * it a `breach`; still undecided on or before the day it is due is `pending` (not yet a breach, not
 * yet compliant: the PCT still has time), undecided after that day a `breach` to escalate to the SHA.
 * With no limit (before March 2009 and no local value) it is `not_applicable`, saying when a national
 * limit applies (a traced look ahead along the parameter's schedule).
 *
 * @param context - the checked input, date and policy
 * @returns one finding about the case
 * @internal
 */
export function checkDecisionInTime(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.decisionInTime');
  const { businessCase } = context.input;
  const subject = { kind: 'case' as const, id: businessCase.id };
  const submitted = businessCase.submittedOn;
  const { step, gate } = openRule(rule, context, submitted, subject);
  if (gate !== undefined) return [gate];
  step.input('submittedOn', submitted);
  const limit = nationalOrLocal(step, {
    parameterId: DECISION_LIMIT_PARAMETER,
    on: submitted,
    localName: 'decisionLimitDays',
    local: context.local.decisionLimitDays,
    accepts: isWholeNumber,
    describe: (days) => `${days} days`,
  });
  if (limit.value === null) {
    const [national] = step.peekSchedule(DECISION_LIMIT_PARAMETER, (reading) => reading.from > submitted && reading.value !== null);
    const later = national === undefined ? '' : ` (a national limit applies to cases submitted from ${national.from})`;
    return [
      makeFinding(rule, step, {
        code: 'NO_DECISION_LIMIT', outcome: 'not_applicable',
        subject,
        message: `No national decision limit applied to business case ${businessCase.id}, submitted on ${submitted}${later}: give the PCT's local limit (option local.decisionLimitDays, or a reform) to check it.`,
      }),
    ];
  }
  const days = limit.value;
  const origin = limit.origin === 'local' ? "the PCT's local limit" : 'the national limit';
  const decidedOn = businessCase.decision?.decidedOn;
  if (decidedOn !== undefined) step.input('decidedOn', decidedOn);
  const timing = decisionTiming({
    submittedOn: submitted,
    decidedOn,
    asOf: context.asOf,
    limitDays: days,
    limitPath: limit.origin === 'local' ? ['local', 'decisionLimitDays'] : ['parameters', DECISION_LIMIT_PARAMETER],
  });
  const { dueOn: due, elapsedDays: elapsed } = timing;
  const output = { limitDays: days, dueOn: due, elapsedDays: elapsed };
  const id = businessCase.id;
  switch (timing.state) {
    case 'in_time':
      return [makeFinding(rule, step, { code: 'DECIDED_IN_TIME', outcome: 'compliant', subject, message: `Business case ${id} was decided in ${elapsed} days, within ${origin} of ${days} days.`, details: output })];
    case 'late':
      return [
        makeFinding(rule, step, { code: 'DECIDED_LATE', outcome: 'breach', subject, message: `Business case ${id} was decided in ${elapsed} days, ${timing.daysPastDue} day(s) over ${origin} of ${days} days (due by ${due}).`, details: output }),
      ];
    case 'overdue':
      return [
        makeFinding(rule, step, {
          code: 'DECISION_OVERDUE', outcome: 'breach',
          subject,
          message: `Business case ${id} has been pending for ${elapsed} days, past ${origin} of ${days} days (due by ${due}): the proposer may escalate to the SHA.`,
          details: output,
        }),
      ];
    case 'pending':
      return [
        makeFinding(rule, step, {
          code: 'DECISION_PENDING', outcome: 'pending',
          subject,
          message: `Business case ${id} is pending after ${elapsed} days; under ${origin} of ${days} days it is due by ${due} (${-timing.daysPastDue} day(s) left).`,
          details: output,
        }),
      ];
  }
}
