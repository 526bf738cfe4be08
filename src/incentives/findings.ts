/**
 * The findings incentive rules report: one per condition or check, never just the first failure.
 *
 * @module
 */
import type { Finding } from '../core/finding.js';

/**
 * The stable codes of incentive findings; a code never changes meaning between versions.
 *
 * - `DES_C1_PLAN_AGREED`, `DES_C1_INDICATIVE_BUDGET`: component 1's sign-up conditions (`des.c1.signUp`);
 * - `DES_C2_OWN_OBJECTIVES`, `DES_C2_JOINT_OBJECTIVES`: component 2's objectives (`des.c2.objectives`);
 * - `DES_C2_FREED_UP_RESOURCES`: whether freed-up resources count (`des.c2.freedUpResources`);
 * - `DES_C2_PCT_AGREEMENT`, `DES_C2_UNCLAIMED`, `DES_C2_CLAIM_AFTER_AGREEMENT`, `DES_C2_CLAIM_DEADLINE`:
 *   the component 2 claim (`des.c2.claim`);
 * - `LOCAL_NO_OVERSPEND`, `LOCAL_PLAN_APPROVED`, `LOCAL_CUSTOM_CONDITION`: a local scheme's conditions,
 *   one per condition (`local.conditions`, subject: the condition); `LOCAL_NO_OVERSPEND_CONDITION`: a
 *   scheme without DH's no-overspend condition;
 * - `LOCAL_FLOOR`: the scheme's value against the DES equivalent (`local.floor`).
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentiveFindingCode } from 'practice-based-commissioning/incentives';
 * const code: IncentiveFindingCode = 'DES_C2_CLAIM_DEADLINE';
 * ```
 */
export type IncentiveFindingCode =
  | 'DES_C1_PLAN_AGREED'
  | 'DES_C1_INDICATIVE_BUDGET'
  | 'DES_C2_OWN_OBJECTIVES'
  | 'DES_C2_JOINT_OBJECTIVES'
  | 'DES_C2_FREED_UP_RESOURCES'
  | 'DES_C2_PCT_AGREEMENT'
  | 'DES_C2_UNCLAIMED'
  | 'DES_C2_CLAIM_AFTER_AGREEMENT'
  | 'DES_C2_CLAIM_DEADLINE'
  | 'LOCAL_NO_OVERSPEND'
  | 'LOCAL_PLAN_APPROVED'
  | 'LOCAL_CUSTOM_CONDITION'
  | 'LOCAL_NO_OVERSPEND_CONDITION'
  | 'LOCAL_FLOOR';

/**
 * One finding of an incentive rule, in the one finding shape: the `rule` id, a stable `code`, the
 * `outcome` (`compliant`: a condition met; `breach`: not met, and that changes what is paid;
 * `unknown`: an input that would settle it was not given; `warning`: nothing is withheld, but look;
 * `info`: how a figure was reached), a plain-English message and the sources behind the rule.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentiveFinding } from 'practice-based-commissioning/incentives';
 * const late: IncentiveFinding = {
 *   rule: 'des.c2.claim', code: 'DES_C2_CLAIM_DEADLINE', outcome: 'breach',
 *   message: 'claimed on 2007-07-02, after the deadline of 2007-06-30: the claim is refused',
 *   sources: ['pulse-know-your-rights-c2'],
 * };
 * ```
 */
export type IncentiveFinding = Finding<IncentiveFindingCode>;
