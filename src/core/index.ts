/**
 * `practice-based-commissioning/core`: the building blocks, for people writing their own rules or
 * working with the library's values directly. It knows nothing of PBC.
 *
 * - **The contract** every rule follows: {@link EvaluationOptions} (`rule(input, options?)`), the one
 *   {@link Finding} shape and its outcomes, rule catalogue entries ({@link RuleCatalogueEntry}).
 * - **Errors**: {@link PbcError}, {@link isPbcError}, {@link ErrorCodes}.
 * - **Money** in integer pence: {@link pence}, {@link parseMoney}, {@link formatGbp}, exact arithmetic
 *   ({@link addMoney}, {@link multiplyByRate}, {@link apportion}, …).
 * - **The NHS calendar**: financial years and months, and ISO-date helpers on `YYYY-MM-DD` text
 *   ({@link addDays}, {@link daysBetween}, …; they share some of date-fns' names, which is why they
 *   live here and not at the root).
 * - **Identifiers**: practice, PCT and SHA codes.
 * - **Rule authoring**: {@link parseInput} (a zod schema's check raising one `PbcError`),
 *   {@link explain} and {@link ExplanationBuilder} (the traced explanation of a rule),
 *   {@link renderExplanation}, {@link deepFreeze}, {@link formatCount}.
 *
 * The policy model (`Policy`, `parameterAt`, `applyReform`, `validatePolicy`, …) is in
 * `practice-based-commissioning/policy`; the zod schemas are in `practice-based-commissioning/schemas`.
 * The root entry point re-exports the contract, the errors and the value types from here.
 *
 * @example
 * ```ts
 * import { addMoney, formatGbp, pence, financialYearOf } from 'practice-based-commissioning/core';
 * formatGbp(addMoney(pence(150), pence(275))); //=> '£4.25'
 * financialYearOf('2007-03-31');               //=> '2006/07'
 * ```
 *
 * @module core
 */
export { ErrorCodes, PbcError, isPbcError, type ErrorCode, type PbcErrorOptions, type PbcIssue } from './errors.js';
export type { DecimalInput, RoundingMode } from './decimal.js';
export {
  addMoney,
  apportion,
  compareMoney,
  formatCount,
  formatGbp,
  maxMoney,
  minMoney,
  multiplyByRate,
  negateMoney,
  parseMoney,
  pence,
  scaleMoney,
  subtractMoney,
  sumMoney,
  type MultiplyOptions,
  type Pence,
} from './money.js';
export {
  addDays,
  addMonths,
  addWeeks,
  daysBetween,
  financialYearBounds,
  financialYearOf,
  financialYearStarting,
  isInFinancialYear,
  maxDate,
  minDate,
  monthOfFinancialYear,
  monthsOfFinancialYear,
  parseFinancialYear,
  parseIsoDate,
  quarterOfFinancialYear,
  type FinancialMonth,
  type FinancialYear,
  type IsoDate,
} from './calendar.js';
export { parsePctCode, parsePracticeCode, parseShaCode, type PctCode, type PracticeCode, type ShaCode } from './identifiers.js';
export { parseInput } from './validation.js';
export { deepFreeze } from './freeze.js';
export { type DatedEvaluationOptions, type EvaluationOptions } from './evaluation.js';
export { FINDING_OUTCOMES, worstOutcome, type Finding, type FindingOutcome, type FindingSubject } from './finding.js';
export { rulesReading, type RuleCatalogueEntry } from './rules.js';
export {
  EXPLANATION_LEGEND,
  explain,
  renderExplanation,
  type Explanation,
  type ExplanationBuilder,
  type JsonValue,
  type RenderOptions,
  type RuleMeta,
} from './explanation.js';
