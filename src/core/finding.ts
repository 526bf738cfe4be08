/**
 * The one finding shape every area returns (budgets, incentives, conflicts, readiness and the
 * entitlements), in zod's issue style: a rule id, a stable code to branch on, one outcome from one
 * vocabulary, a plain-English message, the sources, and where it applies the subject, the path of
 * the input field and details.
 *
 * @module
 */
import { z } from 'zod';
import type { JsonValue } from './explanation.js';
import { parseInput } from './validation.js';

/**
 * What a finding concludes, in one vocabulary for every area:
 *
 * | outcome | meaning |
 * |---|---|
 * | `compliant` | a requirement or condition is satisfied (a DES objective met, a conflicted member withdrew) |
 * | `breach` | a requirement or condition is not satisfied (an objective missed, a decision late, a budget failed to balance) |
 * | `warning` | worth a look: allowed, but at risk or against guidance (a projected overspend) |
 * | `pending` | not yet decidable on `asOf`: the deadline has not passed and nothing is decided |
 * | `unknown` | the input does not say enough to decide (a condition not reported) |
 * | `not_applicable` | the rule does not bite here, or was not in force on the date; the message says why |
 * | `info` | a note on how a figure was reached (a practice moved towards its fair share) |
 *
 * @category Findings
 * @example
 * ```ts
 * import type { FindingOutcome } from 'practice-based-commissioning';
 * const outcome: FindingOutcome = 'pending';
 * ```
 */
export type FindingOutcome = 'compliant' | 'breach' | 'warning' | 'pending' | 'unknown' | 'not_applicable' | 'info';

/**
 * Every {@link FindingOutcome}, from the most to the least serious, for sorting and exhaustive checks.
 *
 * @category Findings
 * @example
 * ```ts
 * import { FINDING_OUTCOMES } from 'practice-based-commissioning';
 * FINDING_OUTCOMES[0]; //=> 'breach'
 * ```
 */
export const FINDING_OUTCOMES: readonly FindingOutcome[] = Object.freeze(['breach', 'warning', 'pending', 'unknown', 'compliant', 'not_applicable', 'info'] as const);

/**
 * What a finding is about, when it is about one thing among several: a practice, a panel member, a
 * business case, a condition.
 *
 * @category Findings
 * @example
 * ```ts
 * import type { FindingSubject } from 'practice-based-commissioning';
 * const subject: FindingSubject = { kind: 'member', id: 'dr-patel' };
 * ```
 */
export interface FindingSubject {
  /** What kind of thing, e.g. `practice`, `member`, `case`, `condition`, `entitlement`. */
  readonly kind: string;
  /** Its id as the caller gave it. */
  readonly id: string;
}

/**
 * One finding of a rule. Checks return **all** their findings, never just the first.
 *
 * @typeParam Code - the area's finding codes (e.g. `BudgetFindingCode`)
 * @category Findings
 * @example
 * ```ts
 * import type { Finding } from 'practice-based-commissioning';
 * const finding: Finding = {
 *   rule: 'budget.monitor',
 *   code: 'PROJECTED_OVERSPEND',
 *   outcome: 'warning',
 *   message: 'prescribing: the forecast outturn £1,020,000.00 is above the budget £1,000,000.00',
 *   sources: ['dh-2006-pbc-budget-monitoring'],
 *   path: ['lines', 0],
 * };
 * ```
 */
export interface Finding<Code extends string = string> {
  /** The id of the rule that made the finding, in the catalogue of its area (dotted, e.g. `conflicts.decisionInTime`). */
  readonly rule: string;
  /** A stable code to branch on; codes never change meaning between versions. */
  readonly code: Code;
  /** What the finding concludes. */
  readonly outcome: FindingOutcome;
  /** What was found, in plain English, with the dates and amounts involved. */
  readonly message: string;
  /** Source ids (see `policy.sources`). */
  readonly sources: readonly string[];
  /** What it is about, when it is about one thing among several. */
  readonly subject?: FindingSubject;
  /** The path of the input field it is about, when there is one. */
  readonly path?: readonly (string | number)[];
  /** Further figures, e.g. `{ dueOn, daysLate, escalateTo }`. */
  readonly details?: { readonly [key: string]: JsonValue };
}

const WorstOutcomeInputSchema = z.array(
  z.object({ outcome: z.enum(FINDING_OUTCOMES, { error: 'must be one of the finding outcomes' }) }, { error: 'must be a finding (an object with an outcome)' }),
  { error: 'must be a list of findings' },
);

/**
 * The most serious outcome among some findings (`undefined` for none), in the order of
 * {@link FINDING_OUTCOMES}.
 *
 * @param findings - any findings
 * @returns the worst outcome, or `undefined` when there are no findings
 * @throws {@link PbcError} `INVALID_INPUT` when `findings` is not a list of objects whose `outcome` is
 *   one of {@link FINDING_OUTCOMES} (the issue names the index)
 * @category Findings
 * @example
 * ```ts
 * import { worstOutcome } from 'practice-based-commissioning';
 * worstOutcome([{ outcome: 'compliant' }, { outcome: 'warning' }]); //=> 'warning'
 * worstOutcome([]); //=> undefined
 * ```
 */
export function worstOutcome(findings: readonly Pick<Finding, 'outcome'>[]): FindingOutcome | undefined {
  // Checked like every input: a list of objects whose `outcome` is one of the vocabulary's words.
  const checked = parseInput(WorstOutcomeInputSchema, findings, 'findings');
  let worst: number | undefined;
  for (const finding of checked) {
    const rank = FINDING_OUTCOMES.indexOf(finding.outcome);
    if (worst === undefined || rank < worst) worst = rank;
  }
  return worst === undefined ? undefined : FINDING_OUTCOMES[worst];
}
