/**
 * `practice-based-commissioning/policy`: the encoded policy as data — the baseline policy, its
 * parameters and sources, and the tools to look values up, reform and check it.
 *
 * @module policy
 */
export { baselinePolicy, buildPolicy } from './baseline.js';
export {
  applyReform,
  parameterAt,
  validatePolicy,
  type Confidence,
  type DatedValue,
  type Parameter,
  type ParameterReading,
  type ParameterUnit,
  type ParameterValue,
  type Policy,
  type PolicyFinding,
  type PolicyValidation,
  type Reform,
  type Source,
} from '../core/parameters.js';
export * from './exports/budgets.js';
export * from './exports/incentives.js';
export * from './exports/conflicts.js';
export * from './exports/readiness.js';
