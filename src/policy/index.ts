/**
 * `practice-based-commissioning/policy`: the encoded policy as data — the baseline policy, its
 * parameters and sources, and the tools to look values up, reform and check it; the catalogues
 * (service lines, conflict-of-interest rules), the reference datasets (DES uptake and spend, the
 * DH/Ipsos MORI PBC survey tables), the readiness frameworks and the ready-made reforms.
 * Imports nothing but `core`.
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
export * from './catalogues/service-lines.js';
export * from './rules/conflicts.js';
export * from './datasets/incentive-uptake-and-spend.js';
export * from './datasets/pbc-survey-tables.js';
export * from './frameworks/index.js';
export * from './reforms/index.js';
