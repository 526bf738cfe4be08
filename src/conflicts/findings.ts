/**
 * What a conflict-of-interest check returns: findings (one per rule and subject), a summary, and
 * the explanation of the whole check.
 *
 * @module
 */
import { z } from 'zod';
import { PbcError, printable } from '../core/errors.js';
import type { Explanation } from '../core/explanation.js';
import { parseInput } from '../core/validation.js';
import { safeText } from '../core/text.js';
import type { ConflictsOutcome, ConflictsRuleId, ConflictsSubjectKind } from '../policy/catalogues/conflicts-rules.js';

/**
 * What a finding is about: its kind and id (a member id, the case id, a referral id or a dispute id).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsSubject } from 'practice-based-commissioning';
 * const subject: ConflictsSubject = { kind: 'member', id: 'dr-okafor' };
 * ```
 */
export interface ConflictsSubject {
  readonly kind: ConflictsSubjectKind;
  readonly id: string;
}

/**
 * One finding of one rule about one subject: the rule's stable id, the outcome, what it is about, a
 * plain-English message, the sources it rests on (ids in `policy.sources`) and the explanation of
 * how it was reached (inputs, dated parameters read, notes).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsFinding } from 'practice-based-commissioning';
 * declare const finding: ConflictsFinding;
 * `${finding.ruleId} ${finding.outcome}: ${finding.message}`;
 * ```
 */
export interface ConflictsFinding {
  readonly ruleId: ConflictsRuleId;
  /** The rule's title, for tables. */
  readonly title: string;
  readonly outcome: ConflictsOutcome;
  readonly subject: ConflictsSubject;
  readonly message: string;
  /** Source ids (see `policy.sources`). */
  readonly sources: readonly string[];
  readonly explanation: Explanation;
}

/**
 * A rule that gave `not_applicable` to a subject because it was not in force on the date it applies
 * on (see `ConflictsRule.appliesOn`).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsRuleNotInForce } from 'practice-based-commissioning';
 * const row: ConflictsRuleNotInForce = {
 *   ruleId: 'COI-R02', subjectKind: 'member', subjectId: 'dr-okafor', on: '2007-10-02', from: '2007-12-01', to: '2013-03-31',
 * };
 * ```
 */
export interface ConflictsRuleNotInForce {
  readonly ruleId: ConflictsRuleId;
  readonly subjectKind: ConflictsSubjectKind;
  readonly subjectId: string;
  /** The date the rule was asked about. */
  readonly on: string;
  /** The rule's first day in force. */
  readonly from: string;
  /** The rule's last day in force. */
  readonly to: string;
}

/**
 * The summary of a check: how many findings of each outcome, the worst outcome (`breach` over
 * `warning` over `pending` over `compliant` over `not_applicable`), the rules not in force for a subject, and the
 * members found conflicted.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsSummary } from 'practice-based-commissioning';
 * declare const summary: ConflictsSummary;
 * summary.counts.breach > 0 ? 'breaches to report to the board' : 'no breach';
 * ```
 */
export interface ConflictsSummary {
  /** The number of findings. */
  readonly total: number;
  readonly counts: { readonly compliant: number; readonly pending: number; readonly warning: number; readonly breach: number; readonly not_applicable: number };
  readonly worstOutcome: ConflictsOutcome;
  /** Rule ids with at least one breach, in catalogue order. */
  readonly rulesBreached: readonly ConflictsRuleId[];
  /** Rule ids with at least one warning, in catalogue order. */
  readonly rulesWarned: readonly ConflictsRuleId[];
  /** One row per rule and subject for which the rule was not in force. */
  readonly rulesNotInForce: readonly ConflictsRuleNotInForce[];
  /** Members with a conflict that bars them from the decision (COI-R03), whether or not they took part. */
  readonly conflictedMemberIds: readonly string[];
}

/**
 * The result of {@link checkConflictsOfInterest}. It never approves or rejects the case: the PCT
 * decides; the findings inform and record how it decides.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsCheckResult } from 'practice-based-commissioning';
 * declare const result: ConflictsCheckResult;
 * result.findings.filter((finding) => finding.outcome === 'breach').map((finding) => finding.message);
 * ```
 */
export interface ConflictsCheckResult {
  /** The business case checked. */
  readonly caseId: string;
  /** The date the check was made as of. */
  readonly asOf: string;
  /** The id of the policy applied (`baseline`, or a reformed policy). */
  readonly policyId: string;
  /** Every finding of every rule, in catalogue order, then subject order. */
  readonly findings: readonly ConflictsFinding[];
  readonly summary: ConflictsSummary;
  /** The check as a whole, with each finding's explanation as a child. */
  readonly explanation: Explanation;
}

const OUTCOME_RANK: Readonly<Record<ConflictsOutcome, number>> = { not_applicable: 0, compliant: 1, pending: 2, warning: 3, breach: 4 };

/**
 * The worse of two outcomes: `breach` over `warning` over `pending` over `compliant` over
 * `not_applicable`. A pending case is not wrong yet, but is still open, so it ranks above compliant.
 *
 * @param a - an outcome
 * @param b - another outcome
 * @returns the worse one
 * @throws PbcError `INVALID_INPUT` when either is not an outcome
 * @category Conflicts
 * @example
 * ```ts
 * import { worseConflictsOutcome } from 'practice-based-commissioning';
 * worseConflictsOutcome('warning', 'compliant');      //=> 'warning'
 * worseConflictsOutcome('not_applicable', 'breach');  //=> 'breach'
 * worseConflictsOutcome('pending', 'compliant');      //=> 'pending'
 * ```
 */
export function worseConflictsOutcome(a: ConflictsOutcome, b: ConflictsOutcome): ConflictsOutcome {
  return OUTCOME_RANK[checkedOutcome(b, 'b')] > OUTCOME_RANK[checkedOutcome(a, 'a')] ? b : a;
}

function checkedOutcome(outcome: unknown, field: string): ConflictsOutcome {
  if (typeof outcome !== 'string' || !Object.hasOwn(OUTCOME_RANK, outcome)) {
    throw new PbcError('INVALID_INPUT', `${field} must be one of ${Object.keys(OUTCOME_RANK).join(', ')}, got ${printable(outcome)}`, {
      issues: [{ path: [field], message: 'not a conflicts outcome', rule: 'conflicts.outcome' }],
    });
  }
  return outcome as ConflictsOutcome;
}

// The parts of a check result the table reads: a result read back from JSON is checked before use.
const FindingsTableInputSchema = z.looseObject({
  caseId: z.string(),
  findings: z.array(
    z.looseObject({
      ruleId: z.string(),
      title: z.string(),
      outcome: z.enum(['compliant', 'pending', 'warning', 'breach', 'not_applicable']),
      subject: z.looseObject({ kind: z.enum(['member', 'case', 'referral', 'dispute']), id: z.string() }),
      message: z.string(),
      sources: z.array(z.string()),
    }),
  ),
});

/**
 * One row per finding, flat (no nesting), for a notebook or a spreadsheet: rule id and title,
 * outcome, subject kind and id, message, and the sources joined with `; `.
 *
 * @param result - the result of {@link checkConflictsOfInterest}
 * @returns the rows, in the order of `result.findings`
 * @throws PbcError `INVALID_INPUT` when `result` is not a check result (one read back from JSON, say)
 * @category Conflicts
 * @example
 * ```ts
 * import { checkConflictsOfInterest, conflictsFindingsTable } from 'practice-based-commissioning';
 * declare const input: unknown;
 * const rows = conflictsFindingsTable(checkConflictsOfInterest(input, { asOf: '2009-07-01' }));
 * rows[0]; //=> { caseId: 'bc-1', ruleId: 'COI-R01', title: '…', outcome: 'compliant', subjectKind: 'member', subjectId: 'm1', message: '…', sources: '…' }
 * ```
 */
export function conflictsFindingsTable(result: ConflictsCheckResult): {
  readonly caseId: string;
  readonly ruleId: ConflictsRuleId;
  readonly title: string;
  readonly outcome: ConflictsOutcome;
  readonly subjectKind: ConflictsSubjectKind;
  readonly subjectId: string;
  readonly message: string;
  readonly sources: string;
}[] {
  const checked = parseInput(FindingsTableInputSchema, result, 'conflicts check result');
  // A table is for printing: its text cells are escaped, so a result read back from elsewhere
  // cannot forge a row with a line break or bidi control.
  return checked.findings.map((finding) => ({
    caseId: safeText(checked.caseId),
    ruleId: finding.ruleId as ConflictsRuleId,
    title: safeText(finding.title),
    outcome: finding.outcome,
    subjectKind: finding.subject.kind,
    subjectId: safeText(finding.subject.id),
    message: safeText(finding.message),
    sources: safeText(finding.sources.join('; ')),
  }));
}
