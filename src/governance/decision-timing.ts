/**
 * The business-case decision time, once: from March 2009 PCTs decide PBC plans and business cases
 * "within at most eight weeks" (DH, *Clinical commissioning: our vision for practice-based
 * commissioning*, as reported by Digital Health and Pulse). Two areas apply it: the conflicts check
 * (COI-R08, with a PCT's local limit before March 2009) and the entitlement check
 * (`entitlements.businessCaseDecision`, with the body to escalate to). Each reads the limit in force on the
 * day the case was submitted (`entitlements.businessCaseDecisionDays`) and maps the state this
 * module works out to its own outcomes, so the two cannot disagree about a case.
 *
 * A shared-rules layer below the areas: it imports only `core`.
 *
 * @module
 */
import { addDays, daysBetween, parseIsoDate, type IsoDate } from '../core/calendar.js';
import { PbcError, fieldError, isPbcError, printable } from '../core/errors.js';

/**
 * The parameter holding the decision limit in days (`null` where there is no national limit, before
 * March 2009). Read on the date the case was submitted.
 *
 * @internal
 * @example
 * ```ts
 * import { DECISION_LIMIT_PARAMETER } from './decision-timing.js';
 * DECISION_LIMIT_PARAMETER; //=> 'entitlements.businessCaseDecisionDays'
 * ```
 */
export const DECISION_LIMIT_PARAMETER = 'entitlements.businessCaseDecisionDays';

/**
 * Where a case stands against its decision limit:
 * - `in_time`: decided on or before the day it was due;
 * - `late`: decided after that day;
 * - `pending`: not decided, and the due day has not passed (on the due day itself it is still
 *   pending): not yet a breach, and not yet compliant either;
 * - `overdue`: not decided, and the due day has passed.
 *
 * @internal
 * @example
 * ```ts
 * import type { DecisionTimingState } from './decision-timing.js';
 * const state: DecisionTimingState = 'pending';
 * ```
 */
export type DecisionTimingState = 'in_time' | 'late' | 'pending' | 'overdue';

/**
 * What {@link decisionTiming} needs: the submission date, the decision date if there is one, the date
 * of the check, and the limit in whole days (already read for the submission date).
 *
 * @internal
 * @example
 * ```ts
 * import type { DecisionTimingInput } from './decision-timing.js';
 * const input: DecisionTimingInput = { submittedOn: '2009-03-01', asOf: '2009-04-01', limitDays: 56 };
 * ```
 */
export interface DecisionTimingInput {
  readonly submittedOn: string;
  /** The decision date; absent while the case is pending. */
  readonly decidedOn?: string | undefined;
  /** The date the case is checked as of. */
  readonly asOf: string;
  /** The most days from submission to decision (a whole number, 0 or more). */
  readonly limitDays: number;
  /** Where the limit came from, for an error when it reaches past the supported dates (default `['limitDays']`). */
  readonly limitPath?: readonly (string | number)[];
}

/**
 * Where a case stands: the day it is due, the days taken so far (to the decision, or to `asOf` while
 * pending), the days past the due day (negative: the days left) and the {@link DecisionTimingState}.
 *
 * @internal
 * @example
 * ```ts
 * import type { DecisionTiming } from './decision-timing.js';
 * const timing: DecisionTiming = { dueOn: '2009-04-26', elapsedDays: 31, daysPastDue: -25, state: 'pending' };
 * ```
 */
export interface DecisionTiming {
  readonly dueOn: IsoDate;
  readonly elapsedDays: number;
  /** `elapsedDays - limitDays`: above 0 when late or overdue; 0 or below (the days left) otherwise. */
  readonly daysPastDue: number;
  readonly state: DecisionTimingState;
}

function outOfOrder(path: string, message: string): PbcError {
  return new PbcError('INVALID_INPUT', `${path}: ${message}`, { issues: [{ path: [path], message, rule: 'governance.decisionTiming.datesInOrder' }] });
}

/**
 * Classifies a business case against its decision limit. The case is due `limitDays` after it was
 * submitted; a decision on the due day is in time; an undecided case is `pending` up to and
 * including the due day and `overdue` from the day after.
 *
 * @param input - see {@link DecisionTimingInput}
 * @returns see {@link DecisionTiming}
 * @throws PbcError `INVALID_DATE` for a date that is not a real `YYYY-MM-DD` date; `INVALID_INPUT`
 *   for a limit that is not a whole number of days (0 or more), or dates out of order (a decision
 *   before the submission, or a submission or decision after `asOf`)
 * @internal
 * @example
 * ```ts
 * import { decisionTiming } from './decision-timing.js';
 * decisionTiming({ submittedOn: '2009-03-01', asOf: '2009-04-26', limitDays: 56 }).state;                            //=> 'pending'
 * decisionTiming({ submittedOn: '2009-03-01', asOf: '2009-04-27', limitDays: 56 }).state;                            //=> 'overdue'
 * decisionTiming({ submittedOn: '2009-03-01', decidedOn: '2009-04-26', asOf: '2009-05-01', limitDays: 56 }).state;   //=> 'in_time'
 * decisionTiming({ submittedOn: '2009-03-01', decidedOn: '2009-04-27', asOf: '2009-05-01', limitDays: 56 }).daysPastDue; //=> 1
 * ```
 */
export function decisionTiming(input: DecisionTimingInput): DecisionTiming {
  const { limitDays } = input;
  if (!Number.isSafeInteger(limitDays) || limitDays < 0) {
    throw fieldError('INVALID_INPUT', ['limitDays'], `the decision limit must be a whole number of days (0 or more), got ${printable(limitDays)}`);
  }
  const submittedOn = parseIsoDate(input.submittedOn, 'submittedOn');
  const asOf = parseIsoDate(input.asOf, 'asOf');
  const decidedOn = input.decidedOn === undefined ? undefined : parseIsoDate(input.decidedOn, 'decidedOn');
  if (submittedOn > asOf) throw outOfOrder('submittedOn', `the case was submitted (${submittedOn}) after the date of the check (${asOf})`);
  if (decidedOn !== undefined && decidedOn < submittedOn) throw outOfOrder('decidedOn', `the decision (${decidedOn}) is dated before the case was submitted (${submittedOn})`);
  if (decidedOn !== undefined && decidedOn > asOf) throw outOfOrder('decidedOn', `the decision (${decidedOn}) is dated after the date of the check (${asOf})`);
  const dueOn = dueDate(submittedOn, limitDays, input.limitPath ?? ['limitDays']);
  const elapsedDays = daysBetween(submittedOn, decidedOn ?? asOf);
  const daysPastDue = elapsedDays - limitDays;
  const state: DecisionTimingState = decidedOn === undefined ? (daysPastDue > 0 ? 'overdue' : 'pending') : daysPastDue > 0 ? 'late' : 'in_time';
  return { dueOn, elapsedDays, daysPastDue, state };
}

/** The day a decision is due; a limit that reaches past the supported dates is refused, naming where the limit came from. */
function dueDate(submittedOn: IsoDate, limitDays: number, path: readonly (string | number)[]): IsoDate {
  try {
    return addDays(submittedOn, limitDays);
  } catch (error) {
    if (!isPbcError(error)) throw error;
    const message = `a decision limit of ${limitDays} days from ${submittedOn} leaves the supported dates (to 9999-12-31)`;
    throw new PbcError('INVALID_INPUT', message, { issues: [{ path, message, rule: 'calendar.dateRange' }], rule: 'governance.decisionTiming', cause: error });
  }
}
