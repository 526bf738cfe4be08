/**
 * Helpers shared by the budgets rules: the in-force checks for PBC and fundholding, exact scaling of money, and ordering by service
 * line. Not part of the public API.
 *
 * @internal
 * @module
 */
import { Dec, toDecimal, type DecimalInput } from '../core/decimal.js';
import { PbcError, isPbcError, type ErrorCode } from '../core/errors.js';
import type { CheckedIssue } from '../core/validation.js';
import type { ExplanationBuilder } from '../core/explanation.js';
import { SERVICE_LINE_IDS } from '../policy/catalogues/service-lines.js';
import type { FindingOutcome } from '../core/finding.js';
import type { BudgetFinding, BudgetFindingCode } from './model.js';
import { safeText } from '../core/text.js';
import type { RuleCatalogueEntry } from '../core/rules.js';
import { budgetsRuleCatalogue } from '../policy/rules/budgets.js';

/** A budgets rule's catalogue entry, by id: the one home of its id, title, version and sources. @internal */
export function ruleOf(id: string): RuleCatalogueEntry {
  const entry = budgetsRuleCatalogue.find((rule) => rule.id === id);
  // Only the rule files call it, with ids the catalogue test checks.
  if (entry === undefined) throw new Error(`no budgets rule ${id} in the catalogue`);
  return entry;
}

/** A cross-field problem found after parsing: where, what, which rule, and which error code. @internal */
export type BudgetIssue = CheckedIssue & { readonly rule: string; readonly code: ErrorCode };

/**
 * Reads a boolean "in force" parameter through the builder and raises NOT_IN_FORCE (naming the field
 * and the rule) when it is false or has no value on the date.
 * @internal
 */
export function requireInForce(
  step: ExplanationBuilder,
  options: { readonly parameterId: string; readonly date: string; readonly path: readonly (string | number)[]; readonly what: string },
): void {
  let inForce: boolean;
  try {
    inForce = step.boolean(options.parameterId, options.date);
  } catch (error) {
    if (!isPbcError(error, 'PARAMETER_NOT_IN_FORCE')) throw error;
    inForce = false;
  }
  if (!inForce) {
    // A traced look along the schedule: the spans in which the scheme was in force, for the message.
    const spans = step
      .peekSchedule(options.parameterId, (reading) => reading.value === true)
      .map((reading) => (reading.to === undefined ? `from ${reading.from}` : `${reading.from} to ${reading.to}`))
      .join(', ');
    const message = `no ${options.what} on ${options.date}${spans === '' ? '' : ` (in force ${spans})`}`;
    throw new PbcError('NOT_IN_FORCE', `${options.path.join('.')}: ${message}`, {
      issues: [{ path: options.path, message, rule: options.parameterId }],
      rule: options.parameterId,
    });
  }
}

/** `amount × numerator ÷ denominator`, exactly, rounded once half-up to the penny: the core's `scaleMoney`. @internal */
export { scaleMoney } from '../core/money.js';

/** A ratio as a decimal string to `places` decimal places (half-up), for reporting. @internal */
export function ratioText(numerator: DecimalInput, denominator: DecimalInput, places = 4): string {
  return toDecimal(numerator, 'numerator').dividedBy(toDecimal(denominator, 'denominator')).toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places);
}

/** Sums numbers exactly as decimals (no floating-point drift); returns a decimal string. @internal */
export function sumDecimal(values: readonly DecimalInput[]): string {
  return values.reduce<InstanceType<typeof Dec>>((sum, value) => sum.plus(toDecimal(value)), new Dec(0)).toString();
}

/** Whether a ratio parameter lies in [0, 1]; raises INVALID_POLICY naming the parameter when it does not. @internal */
export function requireUnitInterval(ratio: string, parameterId: string): string {
  const value = toDecimal(ratio);
  if (value.isNegative() || value.greaterThan(1)) {
    throw new PbcError('INVALID_POLICY', `"${parameterId}" is ${ratio}; the rule needs a share between 0 and 1`, {
      issues: [{ path: ['parameters', parameterId], message: 'must be between 0 and 1', rule: parameterId }],
    });
  }
  return ratio;
}

/** Sorts service lines into the catalogue's order. @internal */
export function byServiceLine<T extends { readonly serviceLine: string }>(a: T, b: T): number {
  return SERVICE_LINE_IDS.indexOf(a.serviceLine as (typeof SERVICE_LINE_IDS)[number]) - SERVICE_LINE_IDS.indexOf(b.serviceLine as (typeof SERVICE_LINE_IDS)[number]);
}

/** Builds a finding. @internal */
export function finding(
  code: BudgetFindingCode,
  outcome: Extract<FindingOutcome, 'info' | 'warning' | 'breach'>,
  rule: string,
  message: string,
  sources: readonly string[],
  path?: readonly (string | number)[],
): BudgetFinding {
  // Copies: a finding owns its lists, so changing one changes no later result.
  return { rule, code, outcome, message: safeText(message), sources: [...sources], ...(path === undefined ? {} : { path: [...path] }) };
}
