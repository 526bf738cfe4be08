/**
 * `entitlements.budgetBy1May` (framework factor `ENT.BUDGET_BY_1_MAY`): "every practice would receive its indicative budget and know the level of
 * its support package by 1 May each year" (BMJ, 6 March 2009, seed 003), "with the SHA as the final
 * recourse" (Pulse, *Five things one document can do for PBC*). Governance fact sheet §5 and model
 * implications B: compliant when both are on or before 1 May; a breach escalates to the SHA.
 *
 * @module
 */
import { daysBetween, financialYearBounds } from '../../core/calendar.js';
import type { ExplanationBuilder } from '../../core/explanation.js';
import { readinessRule } from '../../policy/rules/readiness.js';
import { days, entitlementFinding, type EntitlementFinding } from './entitlement-finding.js';

const RULE = 'entitlements.budgetBy1May';
/** The rule's metadata, from the catalogue (its one home). @internal */
export const budgetBy1MayRule = readinessRule(RULE);
const SOURCES = budgetBy1MayRule.sources;


/** The deadline in a financial year for a month-day: April–December in its first calendar year, January–March in the next. @internal */
export function deadlineInYear(financialYear: string, monthDay: string): string {
  const startYear = Number(financialYearBounds(financialYear).start.slice(0, 4));
  const month = Number(monthDay.slice(0, 2));
  return `${month >= 4 ? startYear : startYear + 1}-${monthDay}`;
}

function checkDelivery(options: {
  readonly subject: 'indicativeBudget' | 'supportPackage';
  readonly deliveredOn: string | undefined;
  readonly dueOn: string;
  readonly asOf: string;
  readonly recourse: string;
}): EntitlementFinding {
  const { subject, deliveredOn, dueOn, asOf, recourse } = options;
  const prefix = subject === 'indicativeBudget' ? 'BUDGET' : 'SUPPORT';
  const what = subject === 'indicativeBudget' ? 'The indicative budget' : 'The management and financial support package';
  const verb = subject === 'indicativeBudget' ? 'issued' : 'agreed';
  const base = { rule: RULE, subject: { kind: 'entitlement', id: subject }, dueOn, sources: SOURCES } as const;
  if (deliveredOn !== undefined && deliveredOn <= dueOn) {
    return entitlementFinding({ ...base, code: `${prefix}_ON_TIME`, outcome: 'compliant', deliveredOn, message: `${what} was ${verb} on ${deliveredOn}, by ${dueOn}.` });
  }
  if (deliveredOn !== undefined) {
    const late = daysBetween(dueOn, deliveredOn);
    return entitlementFinding({
      ...base,
      code: `${prefix}_LATE`,
      outcome: 'breach',
      deliveredOn,
      daysLate: late,
      escalateTo: recourse,
      message: `${what} was ${verb} on ${deliveredOn}, ${days(late)} after ${dueOn}: take it to the ${recourse}.`,
    });
  }
  if (asOf <= dueOn) {
    return entitlementFinding({ ...base, code: `${prefix}_PENDING`, outcome: 'pending', message: `${what} has not been ${verb} yet; it is due by ${dueOn}.` });
  }
  const overdue = daysBetween(dueOn, asOf);
  return entitlementFinding({
    ...base,
    code: `${prefix}_NOT_DELIVERED`,
    outcome: 'breach',
    daysLate: overdue,
    escalateTo: recourse,
    message: `${what} had not been ${verb} by ${asOf}, ${days(overdue)} after ${dueOn}: take it to the ${recourse}.`,
  });
}

/**
 * Checks the indicative budget and the support package against the deadline of the financial year.
 * The entitlement binds a year only when the 2009 entitlements were in force when the year began:
 * 2009/10 is the first (the parameter notes that the first year actually bound is unconfirmed).
 * @internal
 */
export function checkBudgetAndSupportByDeadline(options: {
  readonly step: ExplanationBuilder;
  readonly financialYear: string;
  readonly asOf: string;
  readonly indicativeBudgetIssuedOn: string | undefined;
  readonly supportAgreedOn: string | undefined;
}): EntitlementFinding[] {
  const { step, financialYear, asOf } = options;
  const yearStart = financialYearBounds(financialYear).start;
  step.input('financialYear', financialYear);
  step.input('indicativeBudgetIssuedOn', options.indicativeBudgetIssuedOn ?? null);
  step.input('supportAgreedOn', options.supportAgreedOn ?? null);
  if (!step.boolean('entitlements.inForce', yearStart)) {
    step.note(`The 1 May entitlement came with the March 2009 vision; it did not bind ${financialYear}, which began on ${yearStart}.`);
    return (['indicativeBudget', 'supportPackage'] as const).map((subject) =>
      entitlementFinding({
        rule: RULE,
        code: 'NOT_IN_FORCE_FOR_YEAR',
        subject: { kind: 'entitlement', id: subject },
        outcome: 'not_applicable',
        message: `No 1 May entitlement for ${financialYear}: it began with DH's March 2009 vision, after the year started (${yearStart}).`,
        sources: SOURCES,
      }),
    );
  }
  const reading = step.read('entitlements.budgetIssueBy', yearStart);
  if (reading.note !== undefined) step.note(reading.note);
  const dueOn = deadlineInYear(financialYear, String(reading.value));
  const recourse = step.text('entitlements.finalRecourse', yearStart);
  step.note(`Due by ${dueOn}; a breach goes to the ${recourse}.`);
  return [
    checkDelivery({ subject: 'indicativeBudget', deliveredOn: options.indicativeBudgetIssuedOn, dueOn, asOf, recourse }),
    checkDelivery({ subject: 'supportPackage', deliveredOn: options.supportAgreedOn, dueOn, asOf, recourse }),
  ];
}
