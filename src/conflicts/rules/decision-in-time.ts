/**
 * COI-R08: the PCT decides within the time limit.
 *
 * DH, *Clinical commissioning: our vision for practice-based commissioning* (March 2009), as reported
 * (`digitalhealth-2009-03-vision`, `pulse-2009-kick-starting-pbc`): PCTs decide PBC plans and business
 * cases within at most eight weeks. The limit is the parameter `entitlements.businessCaseDecisionDays`
 * (56 days from 1 March 2009; no national value before, so a local limit), read on the date the case
 * was submitted.
 *
 * @module
 */
import { addDays, daysBetween } from '../../core/calendar.js';
import { PbcError, isPbcError } from '../../core/errors.js';
import { conflictsRule, isWholeNumber, makeFinding, nationalOrLocal, notInForceFinding, startRule, type ConflictsContext } from '../context.js';
import type { ConflictsFinding } from '../findings.js';

const LIMIT = 'entitlements.businessCaseDecisionDays';

/** The day a decision is due; a limit too large for the calendar is refused, naming the limit. */
function dueDate(submitted: string, days: number, path: readonly (string | number)[]): string {
  try {
    return addDays(submitted, days);
  } catch (error) {
    if (!isPbcError(error)) throw error;
    const message = `a decision limit of ${days} days from ${submitted} leaves the supported dates (to 9999-12-31)`;
    throw new PbcError('INVALID_INPUT', message, { issues: [{ path, message, rule: 'calendar.dateRange' }], rule: 'COI-R08', cause: error });
  }
}

/**
 * Checks timeliness: decided within the limit is compliant, after it a breach; pending within the
 * limit is compliant, past it a breach to escalate to the SHA. With no limit (before March 2009 and
 * no local value) it is `not_applicable`, saying so.
 *
 * @param context - the checked input, date and policy
 * @returns one finding about the case
 * @internal
 */
export function checkDecisionInTime(context: ConflictsContext): ConflictsFinding[] {
  const rule = conflictsRule('COI-R08');
  const { businessCase } = context.input;
  const subject = { kind: 'case' as const, id: businessCase.id };
  const submitted = businessCase.submittedOn;
  const gate = notInForceFinding(rule, context, submitted, subject);
  if (gate !== undefined) return [gate];
  const step = startRule(rule, context, submitted, subject);
  step.input('submittedOn', submitted);
  const limit = nationalOrLocal(step, {
    parameterId: LIMIT,
    on: submitted,
    localName: 'decisionLimitDays',
    local: context.local.decisionLimitDays,
    accepts: isWholeNumber,
    describe: (days) => `${days} days`,
  });
  if (limit.value === null) {
    // The parameter exists: nationalOrLocal has just read it.
    const national = context.policy.parameters[LIMIT]!.values.find((entry) => entry.from > submitted && entry.value !== null);
    const later = national === undefined ? '' : ` (a national limit applies to cases submitted from ${national.from})`;
    return [
      makeFinding(rule, step, {
        outcome: 'not_applicable',
        subject,
        message: `No national decision limit applied to business case ${businessCase.id}, submitted on ${submitted}${later}: give the PCT's local limit (option local.decisionLimitDays, or a reform) to check it.`,
      }),
    ];
  }
  const days = limit.value;
  const due = dueDate(submitted, days, limit.origin === 'local' ? ['local', 'decisionLimitDays'] : ['parameters', LIMIT]);
  const origin = limit.origin === 'local' ? "the PCT's local limit" : 'the national limit';
  const { decision } = businessCase;
  if (decision !== undefined) {
    step.input('decidedOn', decision.decidedOn);
    const elapsed = daysBetween(submitted, decision.decidedOn);
    const output = { limitDays: days, dueOn: due, elapsedDays: elapsed };
    if (elapsed <= days) {
      return [makeFinding(rule, step, { outcome: 'compliant', subject, message: `Business case ${businessCase.id} was decided in ${elapsed} days, within ${origin} of ${days} days.`, output })];
    }
    return [
      makeFinding(rule, step, {
        outcome: 'breach',
        subject,
        message: `Business case ${businessCase.id} was decided in ${elapsed} days, ${elapsed - days} day(s) over ${origin} of ${days} days (due by ${due}).`,
        output,
      }),
    ];
  }
  const elapsed = daysBetween(submitted, context.asOf);
  const output = { limitDays: days, dueOn: due, elapsedDays: elapsed };
  if (context.asOf > due) {
    return [
      makeFinding(rule, step, {
        outcome: 'breach',
        subject,
        message: `Business case ${businessCase.id} has been pending for ${elapsed} days, past ${origin} of ${days} days (due by ${due}): the proposer may escalate to the SHA.`,
        output,
      }),
    ];
  }
  return [
    makeFinding(rule, step, {
      outcome: 'compliant',
      subject,
      message: `Business case ${businessCase.id} is pending after ${elapsed} days; under ${origin} of ${days} days it is due by ${due} (${daysBetween(context.asOf, due)} day(s) left).`,
      output,
    }),
  ];
}
