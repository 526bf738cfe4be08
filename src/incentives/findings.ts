/**
 * The findings incentive rules report: one per condition or check, never just the first failure.
 *
 * @module
 */

/**
 * How a finding came out:
 * - `met`: the condition or check is satisfied;
 * - `not-met`: it is not, and that changes what is paid;
 * - `unknown`: an input that would settle it was not given (see the finding's message);
 * - `warning`: nothing is withheld, but the PCT or practice should look (e.g. a local scheme worth
 *   less than the DES equivalent);
 * - `note`: information that explains the figure.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentiveFindingStatus } from 'practice-based-commissioning/incentives';
 * const status: IncentiveFindingStatus = 'not-met';
 * ```
 */
export type IncentiveFindingStatus = 'met' | 'not-met' | 'unknown' | 'warning' | 'note';

/**
 * One finding of an incentive rule: a stable `code` to branch on, the `rule` id that produced it,
 * how it came out, a plain-English message and the sources behind the rule.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentiveFinding } from 'practice-based-commissioning/incentives';
 * const late: IncentiveFinding = {
 *   code: 'DES_C2_CLAIM_DEADLINE', rule: 'des.c2.claim', status: 'not-met',
 *   message: 'claimed on 2007-07-02, after the deadline of 2007-06-30: the claim is refused',
 *   sources: ['pulse-know-your-rights-c2'],
 * };
 * ```
 */
export interface IncentiveFinding {
  /** A stable code, e.g. `DES_C2_CLAIM_DEADLINE`; codes never change meaning between versions. */
  readonly code: string;
  /** The id of the rule that made the finding, e.g. `des.c2.claim`. */
  readonly rule: string;
  readonly status: IncentiveFindingStatus;
  /** What was found, in plain English, with the dates and amounts involved. */
  readonly message: string;
  /** Source ids (see `policy.sources`). */
  readonly sources: readonly string[];
}
