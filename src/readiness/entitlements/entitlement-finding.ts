/**
 * The findings of the 2009 entitlement checks.
 *
 * @module
 */
import { safeText } from '../../core/text.js';

/**
 * The four entitlements of DH's March 2009 vision, as rule ids.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementRuleId } from 'practice-based-commissioning';
 * const rule: EntitlementRuleId = 'ENT.BUSINESS_CASE_8_WEEKS';
 * ```
 */
export type EntitlementRuleId = 'ENT.BUDGET_BY_1_MAY' | 'ENT.BUSINESS_CASE_8_WEEKS' | 'ENT.DATA' | 'ENT.SUPPORT_PACKAGE';

/**
 * A finding's outcome: `compliant`; `warning` (a "where possible" item missing); `breach` (with the
 * SHA as the recourse); `pending` (not yet due); `unknown` (no evidence given); `not_in_force`
 * (before the entitlement existed); `not_applicable` (nothing to check, or outside the year).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementOutcome } from 'practice-based-commissioning';
 * const outcome: EntitlementOutcome = 'pending';
 * ```
 */
export type EntitlementOutcome = 'compliant' | 'warning' | 'breach' | 'pending' | 'unknown' | 'not_in_force' | 'not_applicable';

/**
 * One finding of an entitlement check: a flat record with a stable `code`, what it is about, the
 * dates, and the recourse on a breach.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementFinding } from 'practice-based-commissioning';
 * const late: EntitlementFinding = {
 *   ruleId: 'ENT.BUDGET_BY_1_MAY', code: 'BUDGET_LATE', subject: 'indicativeBudget', outcome: 'breach',
 *   dueOn: '2009-05-01', deliveredOn: '2009-05-02', daysLate: 1, escalateTo: 'SHA',
 *   message: 'The indicative budget was issued on 2009-05-02, 1 day after 2009-05-01.', sources: ['pulse-2009-five-things'],
 * };
 * ```
 */
export interface EntitlementFinding {
  readonly ruleId: EntitlementRuleId;
  /** A stable code, e.g. `BUDGET_LATE`, `DECISION_OVERDUE`, `DATA_NOT_PROVIDED`. */
  readonly code: string;
  /** What the finding is about: `indicativeBudget`, `supportPackage`, a business case id, a data stream, a support element, or the rule as a whole. */
  readonly subject: string;
  readonly outcome: EntitlementOutcome;
  /** The deadline, when the rule has one. */
  readonly dueOn: string | null;
  /** When it was delivered (issued, agreed, decided), when it was. */
  readonly deliveredOn: string | null;
  /** Days after the deadline it was delivered, or (if still not delivered) by the check date. */
  readonly daysLate: number | null;
  /** Where to take a breach: the SHA. */
  readonly escalateTo: string | null;
  readonly message: string;
  readonly sources: readonly string[];
}

/** Builds a finding with the optional fields defaulted. @internal */
export function entitlementFinding(
  fields: Pick<EntitlementFinding, 'ruleId' | 'code' | 'subject' | 'outcome' | 'message' | 'sources'> & Partial<Pick<EntitlementFinding, 'dueOn' | 'deliveredOn' | 'daysLate' | 'escalateTo'>>,
): EntitlementFinding {
  return {
    ruleId: fields.ruleId,
    code: fields.code,
    subject: fields.subject,
    outcome: fields.outcome,
    dueOn: fields.dueOn ?? null,
    deliveredOn: fields.deliveredOn ?? null,
    daysLate: fields.daysLate ?? null,
    escalateTo: fields.escalateTo ?? null,
    message: safeText(fields.message),
    // A copy: a finding owns its list, so changing it changes no later result.
    sources: [...fields.sources],
  };
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
