/**
 * SFE paragraph 7A.12, as the BMA explains it: where the freed-up resources a practice can access
 * are greater than its component 2 value, no component 2 is paid; access to freed-up resources does
 * not depend on the objectives; where they are less and the objectives were met, the PCT tops them
 * up to the component 2 value. So, in pence:
 *
 * ```
 * topUp = objectivesMet ? max(0, c2Value − freedUpResourcesAccessible) : 0
 * ```
 *
 * When the two are equal, both wordings give zero.
 *
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import { maxMoney, pence, subtractMoney, type Pence } from '../core/money.js';
import type { IsoDate } from '../core/calendar.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { incentiveRules } from '../policy/rules/incentives.js';

/**
 * Applies SFE 7A.12.
 *
 * @param policy - the policy (for the explanation)
 * @param options - the component 2 value, the freed-up resources the practice can access (already
 *   zero where the PCT has not demonstrated them), whether the objectives were met, and the date
 *   the explanation is as of
 * @returns the top-up and its explanation
 * @internal
 */
export function decideDesComponent2TopUp(
  policy: Policy,
  options: { readonly componentValue: Pence; readonly freedUpResourcesAccessible: Pence; readonly objectivesMet: boolean; readonly asOf: IsoDate },
): { readonly topUp: Pence; readonly explanation: Explanation } {
  const step = explain(incentiveRules.desC2TopUp, policy, options.asOf);
  step.input('componentValue', options.componentValue);
  step.input('freedUpResourcesAccessible', options.freedUpResourcesAccessible);
  step.input('objectivesMet', options.objectivesMet);
  let topUp = pence(0);
  if (!options.objectivesMet) {
    step.note('objectives not met: no component 2 (freed-up resources stay accessible all the same)');
  } else {
    topUp = maxMoney(pence(0), subtractMoney(options.componentValue, options.freedUpResourcesAccessible));
    step.note(
      topUp === 0
        ? 'freed-up resources at least equal to the component 2 value replace it: nothing to top up'
        : 'freed-up resources below the component 2 value: topped up to the component 2 value',
    );
  }
  return { topUp, explanation: step.done(topUp) };
}
