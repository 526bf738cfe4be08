/**
 * Looking up the conflict-of-interest rules: which are in force on a date, under a policy.
 *
 * @module
 */
import { resolveEvaluationOptions, type DatedEvaluationOptions } from '../core/evaluation.js';
import { isPbcError } from '../core/errors.js';
import { parameterAt } from '../core/policy-model/parameter-at.js';
import { baselinePolicy } from '../policy/baseline.js';
import { conflictsRuleCatalogue, type ConflictsRule } from '../policy/rules/conflicts.js';

/**
 * Options for {@link conflictsRulesInForce}: the day (`asOf`, required) and the law (`policy`).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsRulesInForceOptions } from 'practice-based-commissioning';
 * const options: ConflictsRulesInForceOptions = { asOf: '2007-12-01' };
 * ```
 */
export interface ConflictsRulesInForceOptions extends DatedEvaluationOptions {}

/**
 * The conflict-of-interest rules in force on `asOf` under a policy (the baseline by default), in
 * catalogue order: those whose in-force parameter (`conflicts.<rule>.inForce`) is true on that day.
 *
 * @param options - `asOf` (required) and `policy`
 * @returns the catalogue entries in force
 * @throws PbcError `MISSING_INPUT` or `INVALID_DATE` at `['asOf']`; `INVALID_POLICY` at `['policy']`
 * @category Conflicts
 * @example
 * ```ts
 * import { conflictsRulesInForce } from 'practice-based-commissioning';
 * conflictsRulesInForce({ asOf: '2007-11-30' }).map((rule) => rule.reference);
 * //=> ['COI-R01', 'COI-R03', 'COI-R04', 'COI-R05', 'COI-R06', 'COI-R07', 'COI-R08', 'COI-R09', 'COI-R10', 'COI-R11']
 * conflictsRulesInForce({ asOf: '2007-12-01' }).length; //=> 13
 * conflictsRulesInForce({ asOf: '2013-04-01' }).length; //=> 0
 * ```
 */
export function conflictsRulesInForce(options: ConflictsRulesInForceOptions): ConflictsRule[] {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  return conflictsRuleCatalogue.filter((rule) => {
    try {
      return parameterAt(policy, rule.inForce, asOf).value === true;
    } catch (error) {
      // No value on the day: not in force.
      if (isPbcError(error, 'PARAMETER_NOT_IN_FORCE')) return false;
      throw error;
    }
  });
}
