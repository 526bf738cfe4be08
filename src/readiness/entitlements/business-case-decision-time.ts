/**
 * `entitlements.businessCaseDecision` (framework factor `ENT.BUSINESS_CASE_8_WEEKS`): from March 2009 PCTs decide PBC plans and business cases "within at
 * most eight weeks" (Digital Health, March 2009; Pulse, *Kick-starting PBC*). The limit is read on
 * the day the case was submitted: before March 2009 there was no national limit (a local decision).
 * Governance fact sheet §4 (COI-12), §5, model implications B: `decided_in_time | overdue | pending`.
 *
 * @module
 */
import { isInFinancialYear } from '../../core/calendar.js';
import { PbcError } from '../../core/errors.js';
import type { ExplanationBuilder } from '../../core/explanation.js';
import { readinessRule } from '../../policy/rules/readiness.js';
import { DECISION_LIMIT_PARAMETER, decisionTiming } from '../../governance/decision-timing.js';
import type { EntitlementBusinessCase } from './entitlement-schema.js';
import { days, entitlementFinding, type EntitlementFinding } from './entitlement-finding.js';

const RULE = 'entitlements.businessCaseDecision';
/** The rule's metadata, from the catalogue (its one home). @internal */
export const businessCaseDecisionRule = readinessRule(RULE);
const SOURCES = businessCaseDecisionRule.sources;


/**
 * The decision limit in force on a date, or `null`: the parameter's own `null` (no national limit)
 * or no value at all on that date (before PBC; the traced peek notes it). A policy without the
 * parameter is an error (PARAMETER_NOT_FOUND); a value that is not a whole number of days,
 * PARAMETER_TYPE_MISMATCH.
 */
function limitOn(step: ExplanationBuilder, date: string): number | null {
  const reading = step.peek(DECISION_LIMIT_PARAMETER, date);
  if (reading === undefined || reading.value === null) return null;
  if (typeof reading.value !== 'number' || !Number.isSafeInteger(reading.value)) {
    throw new PbcError('PARAMETER_TYPE_MISMATCH', `"${reading.id}" holds ${JSON.stringify(reading.value)} (from ${reading.from}); the rule needs a whole number or null`, {
      issues: [{ path: ['parameters', reading.id], message: 'expected a whole number or null' }],
    });
  }
  return reading.value;
}

/**
 * One case against the limit in force when it was submitted, classified by the shared decision
 * timing (`src/governance/decision-timing.ts`, which `conflicts.decisionInTime` (COI-R08) uses too): `in_time` is
 * `DECIDED_IN_TIME` (compliant), `late` is `DECIDED_LATE` (breach), `overdue` is `DECISION_OVERDUE`
 * (breach), both with `escalateTo`; `pending` (undecided on or before the day it is due) is
 * `DECISION_PENDING` with the outcome `pending`: not yet a breach, not yet compliant.
 * `conflicts.decisionInTime` gives the same codes and outcomes.
 */
function checkCase(step: ExplanationBuilder, businessCase: EntitlementBusinessCase, options: { readonly financialYear: string; readonly asOf: string; readonly recourse: string }): EntitlementFinding {
  const { submittedOn, decidedOn } = businessCase;
  const base = { rule: RULE, subject: { kind: 'businessCase', id: businessCase.id }, sources: SOURCES } as const;
  if (!isInFinancialYear(submittedOn, options.financialYear)) {
    return entitlementFinding({ ...base, code: 'OUTSIDE_YEAR', outcome: 'not_applicable', message: `Business case ${businessCase.id} was submitted on ${submittedOn}, outside ${options.financialYear}.` });
  }
  const limit = limitOn(step, submittedOn);
  if (limit === null) {
    return entitlementFinding({
      ...base,
      code: 'NO_NATIONAL_LIMIT',
      outcome: 'not_applicable',
      message: `Business case ${businessCase.id} was submitted on ${submittedOn}, when there was no national limit: its timescale was a local decision.`,
    });
  }
  const timing = decisionTiming({ submittedOn, decidedOn, asOf: options.asOf, limitDays: limit, limitPath: ['parameters', DECISION_LIMIT_PARAMETER] });
  const { dueOn } = timing;
  const dated = { ...base, dueOn } as const;
  switch (timing.state) {
    case 'in_time':
      // A decision is always present when the case is in time or late.
      return entitlementFinding({ ...dated, code: 'DECIDED_IN_TIME', outcome: 'compliant', deliveredOn: decidedOn!, message: `Business case ${businessCase.id} was decided on ${decidedOn!}, ${days(timing.elapsedDays)} after submission (limit ${limit} days).` });
    case 'late':
      return entitlementFinding({
        ...dated,
        code: 'DECIDED_LATE',
        outcome: 'breach',
        deliveredOn: decidedOn!,
        daysLate: timing.daysPastDue,
        escalateTo: options.recourse,
        message: `Business case ${businessCase.id} was decided on ${decidedOn!}, ${days(timing.daysPastDue)} after the ${limit}-day limit (${dueOn}): take it to the ${options.recourse}.`,
      });
    case 'pending':
      return entitlementFinding({ ...dated, code: 'DECISION_PENDING', outcome: 'pending', message: `Business case ${businessCase.id} awaits a decision, due by ${dueOn}.` });
    case 'overdue':
      return entitlementFinding({
        ...dated,
        code: 'DECISION_OVERDUE',
        outcome: 'breach',
        daysLate: timing.daysPastDue,
        escalateTo: options.recourse,
        message: `Business case ${businessCase.id} was still undecided on ${options.asOf}, ${days(timing.daysPastDue)} after its deadline ${dueOn}: take it to the ${options.recourse}.`,
      });
  }
}

/**
 * Checks every business case submitted in the year against the decision limit in force when it was
 * submitted. With no business cases, one `not_applicable` finding says so.
 * @internal
 */
export function checkBusinessCaseDecisionTimes(options: {
  readonly step: ExplanationBuilder;
  readonly financialYear: string;
  readonly asOf: string;
  readonly businessCases: readonly EntitlementBusinessCase[];
}): EntitlementFinding[] {
  const { step } = options;
  step.input('businessCases', options.businessCases.map((businessCase) => ({ id: businessCase.id, submittedOn: businessCase.submittedOn, decidedOn: businessCase.decidedOn ?? null })));
  if (options.businessCases.length === 0) {
    return [entitlementFinding({ rule: RULE, code: 'NO_BUSINESS_CASES', outcome: 'not_applicable', message: 'No business cases were given for the year.', sources: SOURCES })];
  }
  const recourse = step.text('entitlements.finalRecourse');
  return options.businessCases.map((businessCase) => checkCase(step, businessCase, { financialYear: options.financialYear, asOf: options.asOf, recourse }));
}
