/**
 * Looking up the conflict-of-interest rules: which are in force on a date.
 *
 * @module
 */
import { IsoDateTextSchema } from '../core/calendar.js';
import { parseInput } from '../core/validation.js';
import { conflictsRuleCatalogue, type ConflictsRule } from '../policy/catalogues/conflicts-rules.js';

/**
 * The conflict-of-interest rules in force on a date, in catalogue order.
 *
 * @param date - an ISO date
 * @returns the catalogue entries whose dates cover `date`
 * @throws PbcError `INVALID_INPUT` for a malformed date
 * @category Conflicts
 * @example
 * ```ts
 * import { conflictsRulesInForce } from 'practice-based-commissioning';
 * conflictsRulesInForce('2007-11-30').map((rule) => rule.id);
 * //=> ['COI-R01', 'COI-R03', 'COI-R04', 'COI-R05', 'COI-R06', 'COI-R07', 'COI-R08', 'COI-R09', 'COI-R10', 'COI-R11']
 * conflictsRulesInForce('2007-12-01').length; //=> 11
 * conflictsRulesInForce('2013-04-01').length; //=> 0
 * ```
 */
export function conflictsRulesInForce(date: string): ConflictsRule[] {
  const on = parseInput(IsoDateTextSchema, date, 'date');
  return conflictsRuleCatalogue.filter((rule) => rule.from <= on && on <= rule.to);
}
