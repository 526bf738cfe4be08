/**
 * The Towards PBC DES ran for one year, 1 April 2006 to 31 March 2007 (BMA focus guidance; SFE
 * section 7A). A plan agreed outside that year is not a DES plan: that is an error, never a zero.
 *
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import { PbcError } from '../core/errors.js';
import type { IsoDate } from '../core/calendar.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { parameterSpan, withinScheme } from './support.js';

/** The DES year's first and last days, as read. @internal */
export interface DesTerm {
  readonly firstDay: string;
  readonly lastDay: string;
  readonly explanation: Explanation;
}

/**
 * Checks that `date` (the day the practice's DES plan was agreed) lies within the DES year.
 *
 * @throws PbcError `NOT_IN_FORCE` naming `path` and the rule `des.term`
 * @internal
 */
export function checkDesTerm(policy: Policy, date: IsoDate, path: readonly (string | number)[]): DesTerm {
  const step = explain(incentiveRules.desTerm, policy, date);
  step.input('date', date);
  const outside = (): string => `${date} is outside the Towards PBC DES, which ran ${parameterSpan(step, 'des.term.firstDay')} (SFE section 7A)`;
  const firstDay = withinScheme(() => step.text('des.term.firstDay'), path, incentiveRules.desTerm.id, outside);
  const lastDay = step.text('des.term.lastDay');
  if (date < firstDay || date > lastDay) {
    // A reform may set the term's days apart from the dates its values are in force.
    const message = `${date} is outside the Towards PBC DES, which ran ${firstDay} to ${lastDay}`;
    throw new PbcError('NOT_IN_FORCE', `${path.join('.')}: ${message}`, { issues: [{ path, message, rule: incentiveRules.desTerm.id }], rule: incentiveRules.desTerm.id });
  }
  step.note(`${date} lies within the DES year ${firstDay} to ${lastDay}`);
  return { firstDay, lastDay, explanation: step.done({ firstDay, lastDay }) };
}
