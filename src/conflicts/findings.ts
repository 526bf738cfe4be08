/**
 * What a conflict-of-interest check returns: findings (one per rule and subject), a summary, and
 * the explanation of the whole check (one child per rule).
 *
 * @module
 */
import { z } from 'zod';
import type { Explanation } from '../core/explanation.js';
import type { Finding, FindingOutcome, FindingSubject } from '../core/finding.js';
import { parseInput } from '../core/validation.js';
import { safeText } from '../core/text.js';
import { conflictsRuleCatalogue, type ConflictsRuleId, type ConflictsSubjectKind } from '../policy/rules/conflicts.js';

/**
 * The outcomes a conflicts finding can have: `compliant`, `pending` (not yet decided and still within
 * its time; only `conflicts.decisionInTime` gives it), `warning`, `breach` or `not_applicable` (the
 * rule does not bite here, or was not in force; the message says why).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsOutcome } from 'practice-based-commissioning';
 * const outcome: ConflictsOutcome = 'not_applicable';
 * ```
 */
export type ConflictsOutcome = Extract<FindingOutcome, 'compliant' | 'pending' | 'warning' | 'breach' | 'not_applicable'>;

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
export interface ConflictsSubject extends FindingSubject {
  readonly kind: ConflictsSubjectKind;
}

/**
 * The stable codes of conflicts findings, to branch on. Each rule gives a few (the rule id and the
 * code together say exactly what was found); `NOT_IN_FORCE` is any rule not in force on the date it
 * applies on.
 *
 * | rule | codes |
 * |---|---|
 * | any | `NOT_IN_FORCE`, `NO_PANEL_MEMBERS` (member rules with an empty panel) |
 * | `conflicts.registerComplete` | `DECLARATION_ON_REGISTER`, `DECLARATION_STALE`, `NO_DECLARATION`, `DECLARED_LATE`, `MEMBER_TOOK_NO_PART` |
 * | `conflicts.minimumListConflict` | `NOT_CONFLICTED`, `CONFLICT_MANAGED`, `CONFLICTED_MEMBER_TOOK_PART` |
 * | `conflicts.recusal` | `NOT_BARRED`, `MEMBER_WITHDREW`, `BARRED_MEMBER_TOOK_PART`, `OTHER_INTEREST_IN_PROPOSER`, `MEMBER_TOOK_NO_PART` |
 * | `conflicts.pctDecides` | `DECIDED_BY_PCT`, `DECIDED_BY_PROPOSER`, `DECIDED_BY_OTHER_BODY`, `NON_EXECUTIVE_CHAIR_MISSING`, `NOT_DECIDED_YET` |
 * | `conflicts.whatNotWho` | `SAYS_WHAT_NOT_WHO`, `NAMES_PROVIDER`, `PROPOSER_WOULD_NOT_PROVIDE` |
 * | `conflicts.procurementRoute` | `COMPETITIVE_TENDER`, `ANY_WILLING_PROVIDER`, `SINGLE_PROVIDER_UNDER_AWP`, `DIRECT_AWARD_VALUE_FOR_MONEY`, `DIRECT_AWARD_UNDOCUMENTED`, `DIRECT_AWARD_ABOVE_THRESHOLD`, `NO_ROUTE_RECORDED`, `NO_ROUTE_YET` |
 * | `conflicts.rejectionReasons` | `REASONS_GIVEN`, `REASONS_MISSING`, `NOT_REJECTED` |
 * | `conflicts.decisionInTime` | `DECIDED_IN_TIME`, `DECIDED_LATE`, `DECISION_OVERDUE`, `DECISION_PENDING`, `NO_DECISION_LIMIT` |
 * | `conflicts.publishedInProspectus` | `PUBLISHED`, `NOT_PUBLISHED`, `NOT_APPROVED` |
 * | `conflicts.referralDisclosure` | `CHOICE_OFFERED_AND_DISCLOSED`, `CHOICE_OR_DISCLOSURE_MISSING`, `INTEREST_ON_REGISTER`, `NO_FINANCIAL_INTEREST`, `NO_REFERRALS` |
 * | `conflicts.disputeToSha` | `RESOLVED_LOCALLY`, `REFERRED_TO_SHA`, `ARBITRATION_FOLLOWED`, `ARBITRATION_NOT_FOLLOWED`, `DISPUTE_UNRESOLVED`, `NO_DISPUTE` |
 * | `conflicts.providerArmSeparated` | `PROVIDER_ARM_NOT_STATED`, `PROVIDER_ARM_NOT_INVOLVED`, `SEPARATION_SUFFICIENT`, `SEPARATION_INSUFFICIENT`, `SEPARATION_NOT_RECORDED`, `NO_SEPARATION_REQUIRED` |
 * | `conflicts.providerArmChosenFairly` | `PROVIDER_ARM_NOT_STATED`, `PROVIDER_ARM_NOT_CHOSEN`, `CHOSEN_OPENLY`, `DIRECT_AWARD_TO_PROVIDER_ARM`, `DIRECT_AWARD_TO_PROVIDER_ARM_OVER_PROPOSER`, `NO_ROUTE_RECORDED` |
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsFindingCode } from 'practice-based-commissioning';
 * const code: ConflictsFindingCode = 'DECISION_OVERDUE';
 * ```
 */
export type ConflictsFindingCode =
  | 'NOT_IN_FORCE'
  | 'NO_PANEL_MEMBERS'
  | 'MEMBER_TOOK_NO_PART'
  | 'DECLARATION_ON_REGISTER'
  | 'DECLARATION_STALE'
  | 'NO_DECLARATION'
  | 'DECLARED_LATE'
  | 'NOT_CONFLICTED'
  | 'CONFLICT_MANAGED'
  | 'CONFLICTED_MEMBER_TOOK_PART'
  | 'NOT_BARRED'
  | 'MEMBER_WITHDREW'
  | 'BARRED_MEMBER_TOOK_PART'
  | 'OTHER_INTEREST_IN_PROPOSER'
  | 'DECIDED_BY_PCT'
  | 'DECIDED_BY_PROPOSER'
  | 'DECIDED_BY_OTHER_BODY'
  | 'NON_EXECUTIVE_CHAIR_MISSING'
  | 'NOT_DECIDED_YET'
  | 'SAYS_WHAT_NOT_WHO'
  | 'NAMES_PROVIDER'
  | 'PROPOSER_WOULD_NOT_PROVIDE'
  | 'COMPETITIVE_TENDER'
  | 'ANY_WILLING_PROVIDER'
  | 'SINGLE_PROVIDER_UNDER_AWP'
  | 'DIRECT_AWARD_VALUE_FOR_MONEY'
  | 'DIRECT_AWARD_UNDOCUMENTED'
  | 'DIRECT_AWARD_ABOVE_THRESHOLD'
  | 'NO_ROUTE_RECORDED'
  | 'NO_ROUTE_YET'
  | 'REASONS_GIVEN'
  | 'REASONS_MISSING'
  | 'NOT_REJECTED'
  | 'DECIDED_IN_TIME'
  | 'DECIDED_LATE'
  | 'DECISION_OVERDUE'
  | 'DECISION_PENDING'
  | 'NO_DECISION_LIMIT'
  | 'PUBLISHED'
  | 'NOT_PUBLISHED'
  | 'NOT_APPROVED'
  | 'CHOICE_OFFERED_AND_DISCLOSED'
  | 'CHOICE_OR_DISCLOSURE_MISSING'
  | 'INTEREST_ON_REGISTER'
  | 'NO_FINANCIAL_INTEREST'
  | 'NO_REFERRALS'
  | 'RESOLVED_LOCALLY'
  | 'REFERRED_TO_SHA'
  | 'ARBITRATION_FOLLOWED'
  | 'ARBITRATION_NOT_FOLLOWED'
  | 'DISPUTE_UNRESOLVED'
  | 'NO_DISPUTE'
  | 'PROVIDER_ARM_NOT_STATED'
  | 'PROVIDER_ARM_NOT_INVOLVED'
  | 'SEPARATION_SUFFICIENT'
  | 'SEPARATION_INSUFFICIENT'
  | 'SEPARATION_NOT_RECORDED'
  | 'NO_SEPARATION_REQUIRED'
  | 'PROVIDER_ARM_NOT_CHOSEN'
  | 'CHOSEN_OPENLY'
  | 'DIRECT_AWARD_TO_PROVIDER_ARM'
  | 'DIRECT_AWARD_TO_PROVIDER_ARM_OVER_PROPOSER';

/**
 * One finding of one rule about one subject: the core {@link Finding} shape, with the rule id of
 * {@link conflictsRuleCatalogue}, a {@link ConflictsFindingCode}, and always a subject. The rule's
 * title is in the catalogue; how the finding was reached is the rule's child of the result's
 * `explanation`.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsFinding } from 'practice-based-commissioning';
 * declare const finding: ConflictsFinding;
 * `${finding.rule} ${finding.code} ${finding.outcome}: ${finding.message}`;
 * ```
 */
export interface ConflictsFinding extends Finding<ConflictsFindingCode> {
  readonly rule: ConflictsRuleId;
  readonly outcome: ConflictsOutcome;
  readonly subject: ConflictsSubject;
}

/**
 * A rule that gave `not_applicable` to a subject because it was not in force (its in-force parameter
 * was false, or had no value) on the date it applies on.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsRuleNotInForce } from 'practice-based-commissioning';
 * const row: ConflictsRuleNotInForce = { rule: 'conflicts.minimumListConflict', subject: { kind: 'member', id: 'dr-okafor' }, on: '2007-10-02' };
 * ```
 */
export interface ConflictsRuleNotInForce {
  readonly rule: ConflictsRuleId;
  readonly subject: ConflictsSubject;
  /** The date the rule was asked about. */
  readonly on: string;
}

/**
 * The summary of a check: how many findings of each outcome, the worst outcome (in the order of
 * `FINDING_OUTCOMES`: `breach` over `warning` over `pending` over `compliant` over `not_applicable`),
 * the rules not in force for a subject, and the members found conflicted.
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
  readonly counts: { readonly [outcome in ConflictsOutcome]: number };
  readonly worstOutcome: ConflictsOutcome;
  /** Rule ids with at least one breach, in catalogue order. */
  readonly rulesBreached: readonly ConflictsRuleId[];
  /** Rule ids with at least one warning, in catalogue order. */
  readonly rulesWarned: readonly ConflictsRuleId[];
  /** One row per rule and subject for which the rule was not in force. */
  readonly rulesNotInForce: readonly ConflictsRuleNotInForce[];
  /** Members with a conflict that bars them from the decision (`conflicts.recusal`), whether or not they took part. */
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
  /** The check as a whole: one child per rule (its id is the rule id), with one child per subject. */
  readonly explanation: Explanation;
}

const RULE_IDS = conflictsRuleCatalogue.map((entry) => entry.id) as [ConflictsRuleId, ...ConflictsRuleId[]];

// The parts of a check result the table reads: a result read back from JSON is checked before use.
const FindingsTableInputSchema = z.looseObject({
  caseId: z.string(),
  findings: z.array(
    z.looseObject({
      rule: z.enum(RULE_IDS),
      code: z.string(),
      outcome: z.enum(['compliant', 'pending', 'warning', 'breach', 'not_applicable']),
      subject: z.looseObject({ kind: z.enum(['member', 'case', 'referral', 'dispute']), id: z.string() }),
      message: z.string(),
      sources: z.array(z.string()),
    }),
  ),
});

/**
 * One row of {@link conflictsFindingsTable}: a finding, flat.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsFindingsRow } from 'practice-based-commissioning';
 * declare const row: ConflictsFindingsRow;
 * `${row.reference} ${row.code}`; // e.g. 'COI-R08 DECIDED_LATE'
 * ```
 */
export interface ConflictsFindingsRow {
  readonly caseId: string;
  readonly rule: ConflictsRuleId;
  /** The rule's published number, e.g. `COI-R08`. */
  readonly reference: string;
  readonly title: string;
  readonly code: string;
  readonly outcome: ConflictsOutcome;
  readonly subjectKind: ConflictsSubjectKind;
  readonly subjectId: string;
  readonly message: string;
  /** Source ids, separated by `; `. */
  readonly sources: string;
}

/**
 * One row per finding, flat (no nesting), for a notebook or a spreadsheet: rule id, its reference
 * and title (from the catalogue), code, outcome, subject kind and id, message, and the sources
 * joined with `; `.
 *
 * @param result - the result of {@link checkConflictsOfInterest} (also one read back from JSON)
 * @returns the rows, in the order of `result.findings`
 * @throws PbcError `INVALID_INPUT` when `result` is not a check result
 * @category Conflicts
 * @example
 * ```ts
 * import { checkConflictsOfInterest, conflictsFindingsTable, type ConflictsInput } from 'practice-based-commissioning';
 * declare const input: ConflictsInput;
 * const rows = conflictsFindingsTable(checkConflictsOfInterest(input, { asOf: '2009-07-01' }));
 * rows[0]; //=> { caseId: 'bc-1', rule: 'conflicts.registerComplete', reference: 'COI-R01', title: '…', code: 'DECLARATION_ON_REGISTER', outcome: 'compliant', subjectKind: 'member', subjectId: 'm1', message: '…', sources: '…' }
 * ```
 */
export function conflictsFindingsTable(result: ConflictsCheckResult): ConflictsFindingsRow[] {
  return conflictsFindingsRows(parseInput(FindingsTableInputSchema, result, 'conflicts check result'));
}

// The catalogue by rule id, for the table's reference and title.
const CATALOGUE_BY_ID = new Map(conflictsRuleCatalogue.map((entry) => [entry.id, entry]));

/**
 * {@link conflictsFindingsTable} on a result the caller knows is well formed (one that
 * `checkConflictsOfInterest` has just returned): the same rows, without checking the result again
 * (which copied the whole result, its explanation tree too). Whole-area evaluation uses it.
 *
 * @internal
 */
export function conflictsFindingsRows(checked: {
  readonly caseId: string;
  readonly findings: readonly {
    readonly rule: ConflictsRuleId;
    readonly code: string;
    readonly outcome: ConflictsOutcome;
    readonly subject: { readonly kind: ConflictsSubjectKind; readonly id: string };
    readonly message: string;
    readonly sources: readonly string[];
  }[];
}): ConflictsFindingsRow[] {
  // A table is for printing: its text cells are escaped, so a result read back from elsewhere
  // cannot forge a row with a line break or bidi control.
  const caseId = safeText(checked.caseId);
  return checked.findings.map((finding) => {
    // The schema (or the check that made the result) admits only catalogue ids.
    const entry = CATALOGUE_BY_ID.get(finding.rule)!;
    return {
      caseId,
      rule: entry.id,
      reference: entry.reference,
      title: entry.title,
      code: safeText(finding.code),
      outcome: finding.outcome,
      subjectKind: finding.subject.kind,
      subjectId: safeText(finding.subject.id),
      message: safeText(finding.message),
      sources: safeText(finding.sources.join('; ')),
    };
  });
}
