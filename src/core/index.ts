/**
 * The core: money, the NHS calendar, identifiers, errors, validation, dated parameters and
 * explanations. It knows nothing of PBC.
 *
 * @module
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
export { applyReform } from './policy-model/apply-reform.js';
export { parameterAt, type ParameterReading } from './policy-model/parameter-at.js';
export { validatePolicy, type PolicyFinding, type PolicyValidation } from './policy-model/validate-policy.js';
export { type Confidence, type DatedValue, type Parameter, type ParameterUnit, type ParameterValue, type Policy, type Reform, type Source } from './policy-model/schemas.js';
export {
  explain,
  renderExplanation,
  type Explanation,
  type ExplanationBuilder,
  type JsonValue,
  type RenderOptions,
  type RuleMeta,
} from './explanation.js';
