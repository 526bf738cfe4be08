/**
 * The findings of the 2009 entitlement checks: the core {@link Finding} shape with the entitlements'
 * rule ids and codes.
 *
 * @module
 */
import type { JsonValue } from '../../core/explanation.js';
import type { Finding, FindingSubject } from '../../core/finding.js';
import { safeText } from '../../core/text.js';

/**
 * The four entitlements of DH's March 2009 vision, as rule ids (see `readinessRuleCatalogue`). The
 * `DH2009_ENTITLEMENTS` framework keeps its own factor ids (`ENT.BUDGET_BY_1_MAY`, …) as framework data.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementRuleId } from 'practice-based-commissioning';
 * const rule: EntitlementRuleId = 'entitlements.businessCaseDecision';
 * ```
 */
export type EntitlementRuleId = 'entitlements.budgetBy1May' | 'entitlements.businessCaseDecision' | 'entitlements.data' | 'entitlements.supportPackage';

/**
 * The codes of the entitlement findings. The eight-week codes (`DECIDED_IN_TIME`, `DECIDED_LATE`,
 * `DECISION_OVERDUE`, `DECISION_PENDING`) are the same as `conflicts.decisionInTime`'s. `NOT_IN_FORCE`
 * (before March 2009) and `NOT_IN_FORCE_FOR_YEAR` (a year that began before it) have the outcome
 * `not_applicable`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementFindingCode } from 'practice-based-commissioning';
 * const code: EntitlementFindingCode = 'DECISION_OVERDUE';
 * ```
 */
export type EntitlementFindingCode =
  | 'NOT_IN_FORCE'
  | 'NOT_IN_FORCE_FOR_YEAR'
  | 'BUDGET_ON_TIME'
  | 'BUDGET_LATE'
  | 'BUDGET_PENDING'
  | 'BUDGET_NOT_DELIVERED'
  | 'SUPPORT_ON_TIME'
  | 'SUPPORT_LATE'
  | 'SUPPORT_PENDING'
  | 'SUPPORT_NOT_DELIVERED'
  | 'NO_BUSINESS_CASES'
  | 'OUTSIDE_YEAR'
  | 'NO_NATIONAL_LIMIT'
  | 'DECIDED_IN_TIME'
  | 'DECIDED_LATE'
  | 'DECISION_PENDING'
  | 'DECISION_OVERDUE'
  | 'DATA_PROVIDED'
  | 'DATA_NOT_PROVIDED'
  | 'DATA_NOT_PROVIDED_WHERE_POSSIBLE'
  | 'DATA_UNKNOWN'
  | 'DATA_NOT_AN_ENTITLEMENT'
  | 'SUPPORT_ELEMENT_IN_PLACE'
  | 'SUPPORT_ELEMENT_MISSING'
  | 'SUPPORT_ELEMENT_UNKNOWN'
  | 'SUPPORT_NOT_AN_ENTITLEMENT';

/**
 * The outcomes an entitlement finding can have: `compliant`; `warning` (a "where possible" item
 * missing); `breach` (with the SHA as the recourse); `pending` (not yet due); `unknown` (no evidence
 * given); `not_applicable` (not in force, nothing to check, or outside the year: the code says which).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementOutcome } from 'practice-based-commissioning';
 * const outcome: EntitlementOutcome = 'pending';
 * ```
 */
export type EntitlementOutcome = 'compliant' | 'warning' | 'breach' | 'pending' | 'unknown' | 'not_applicable';

/**
 * One finding of an entitlement check, in the core finding shape: `rule` (an
 * {@link EntitlementRuleId}), `code`, `outcome`, `message`, `sources`, the `subject` (the deliverable,
 * business case, data stream or support element; absent for a finding about the rule as a whole) and
 * `details` (`dueOn`, `deliveredOn`, `daysLate`, `escalateTo`, where they apply).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementFinding } from 'practice-based-commissioning';
 * const late: EntitlementFinding = {
 *   rule: 'entitlements.budgetBy1May', code: 'BUDGET_LATE', outcome: 'breach',
 *   subject: { kind: 'entitlement', id: 'indicativeBudget' },
 *   details: { dueOn: '2009-05-01', deliveredOn: '2009-05-02', daysLate: 1, escalateTo: 'SHA' },
 *   message: 'The indicative budget was issued on 2009-05-02, 1 day after 2009-05-01.', sources: ['pulse-2009-five-things'],
 * };
 * ```
 */
export type EntitlementFinding = Finding<EntitlementFindingCode>;

/** The dated details of an entitlement finding. @internal */
export interface EntitlementDetails {
  readonly dueOn?: string;
  readonly deliveredOn?: string;
  readonly daysLate?: number;
  readonly escalateTo?: string;
}

/** Builds a finding: the details given (none: no `details`), the message made safe, the sources copied. @internal */
export function entitlementFinding(
  fields: { readonly rule: EntitlementRuleId; readonly code: EntitlementFindingCode; readonly outcome: EntitlementOutcome; readonly message: string; readonly sources: readonly string[]; readonly subject?: FindingSubject } & EntitlementDetails,
): EntitlementFinding {
  const details: Record<string, JsonValue> = {};
  for (const key of ['dueOn', 'deliveredOn', 'daysLate', 'escalateTo'] as const) {
    const value = fields[key];
    if (value !== undefined) details[key] = value;
  }
  return {
    rule: fields.rule,
    code: fields.code,
    outcome: fields.outcome,
    message: safeText(fields.message),
    // A copy: a finding owns its list, so changing it changes no later result.
    sources: [...fields.sources],
    ...(fields.subject === undefined ? {} : { subject: { kind: fields.subject.kind, id: fields.subject.id } }),
    ...(Object.keys(details).length === 0 ? {} : { details }),
  };
}

/** A finding's label in notes: its subject's id, or its code for a finding about the whole rule. @internal */
export function findingLabel(finding: EntitlementFinding): string {
  return finding.subject?.id ?? finding.code;
}

/** Whether a finding says the entitlement did not bind (before March 2009, or a year that began before). @internal */
export function isNotInForce(finding: EntitlementFinding): boolean {
  return finding.code === 'NOT_IN_FORCE' || finding.code === 'NOT_IN_FORCE_FOR_YEAR';
}

/** Plural "day(s)". @internal */
export function days(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

/** The flags that were given (absent ones dropped), for an explanation's inputs. @internal */
export function definedFlags(flags: Readonly<Record<string, boolean | undefined>>): Record<string, boolean> {
  const defined: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(flags)) if (value !== undefined) defined[key] = value;
  return defined;
}
