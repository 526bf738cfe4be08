/**
 * `ENT.BUSINESS_CASE_8_WEEKS`: from March 2009 PCTs decide PBC plans and business cases "within at
 * most eight weeks" (Digital Health, March 2009; Pulse, *Kick-starting PBC*). The limit is read on
 * the day the case was submitted: before March 2009 there was no national limit (a local decision).
 * Governance fact sheet §4 (COI-12), §5, model implications B: `decided_in_time | overdue | pending`.
 *
 * @module
 */
import { addDays, daysBetween, isInFinancialYear } from '../../core/calendar.js';
import { PbcError, isPbcError } from '../../core/errors.js';
import type { ExplanationBuilder } from '../../core/explanation.js';
import type { EntitlementBusinessCase } from './entitlement-schema.js';
import { days, entitlementFinding, type EntitlementFinding } from './entitlement-finding.js';

const RULE = 'ENT.BUSINESS_CASE_8_WEEKS';
const SOURCES = ['digitalhealth-2009-03-vision', 'pulse-2009-kick-starting-pbc'];
const LIMIT = 'entitlements.businessCaseDecisionDays';

/** The rule's metadata for its explanation. @internal */
export const businessCaseDecisionRule = { id: RULE, version: '1', title: 'Business cases decided within eight weeks (DH, March 2009)', sources: SOURCES } as const;

/**
 * The decision limit in force on a date, or `null`: the parameter's own `null` (no national limit)
 * or no value at all on that date (before PBC), noted in the explanation. A policy without the
 * parameter is an error (PARAMETER_NOT_FOUND).
 */
function limitOn(step: ExplanationBuilder, date: string): number | null {
  const parameter = step.policy.parameters[LIMIT];
  if (parameter !== undefined && !parameter.values.some((value) => value.from <= date && (value.to === undefined || date <= value.to))) {
    step.note(`${LIMIT} has no value on ${date}: no national limit.`);
    return null;
  }
  return step.optionalInteger(LIMIT, date);
}

/** The day a decision is due; a limit too large for the calendar is refused, naming the parameter. */
function dueDate(submittedOn: string, limit: number): string {
  try {
    return addDays(submittedOn, limit);
  } catch (error) {
    if (!isPbcError(error)) throw error;
    const message = `a decision limit of ${limit} days from ${submittedOn} leaves the supported dates (to 9999-12-31)`;
    throw new PbcError('INVALID_INPUT', message, { issues: [{ path: ['parameters', LIMIT], message, rule: 'calendar.dateRange' }], rule: RULE, cause: error });
  }
}

function checkCase(step: ExplanationBuilder, businessCase: EntitlementBusinessCase, options: { readonly financialYear: string; readonly asOf: string; readonly recourse: string }): EntitlementFinding {
  const { submittedOn, decidedOn } = businessCase;
  const base = { ruleId: RULE, subject: businessCase.id, sources: SOURCES } as const;
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
  const dueOn = dueDate(submittedOn, limit);
  const dated = { ...base, dueOn } as const;
  if (decidedOn !== undefined && decidedOn <= dueOn) {
    return entitlementFinding({ ...dated, code: 'DECIDED_IN_TIME', outcome: 'compliant', deliveredOn: decidedOn, message: `Business case ${businessCase.id} was decided on ${decidedOn}, ${days(daysBetween(submittedOn, decidedOn))} after submission (limit ${limit} days).` });
  }
  if (decidedOn !== undefined) {
    const late = daysBetween(dueOn, decidedOn);
    return entitlementFinding({
      ...dated,
      code: 'DECIDED_LATE',
      outcome: 'breach',
      deliveredOn: decidedOn,
      daysLate: late,
      escalateTo: options.recourse,
      message: `Business case ${businessCase.id} was decided on ${decidedOn}, ${days(late)} after the ${limit}-day limit (${dueOn}): take it to the ${options.recourse}.`,
    });
  }
  if (options.asOf <= dueOn) {
    return entitlementFinding({ ...dated, code: 'DECISION_PENDING', outcome: 'pending', message: `Business case ${businessCase.id} awaits a decision, due by ${dueOn}.` });
  }
  const overdue = daysBetween(dueOn, options.asOf);
  return entitlementFinding({
    ...dated,
    code: 'DECISION_OVERDUE',
    outcome: 'breach',
    daysLate: overdue,
    escalateTo: options.recourse,
    message: `Business case ${businessCase.id} was still undecided on ${options.asOf}, ${days(overdue)} after its deadline ${dueOn}: take it to the ${options.recourse}.`,
  });
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
    return [entitlementFinding({ ruleId: RULE, code: 'NO_BUSINESS_CASES', subject: 'businessCases', outcome: 'not_applicable', message: 'No business cases were given for the year.', sources: SOURCES })];
  }
  const recourse = step.text('entitlements.finalRecourse');
  return options.businessCases.map((businessCase) => checkCase(step, businessCase, { financialYear: options.financialYear, asOf: options.asOf, recourse }));
}
