/**
 * `practice-based-commissioning/policy`: the encoded policy as data — the baseline policy, its
 * parameters and sources, and the tools to look values up, reform and check it (their only home:
 * `parameterAt`, `applyReform`, `validatePolicy` and the policy model's types); the catalogues
 * (service lines, conflict-of-interest rules), the reference datasets (DES uptake and spend, the
 * DH/Ipsos MORI PBC survey tables), the readiness frameworks and the ready-made reforms.
 * Imports nothing but `core`.
 *
 * @module policy
 */
export { baselinePolicy, buildPolicy } from './baseline.js';
export { applyReform } from '../core/policy-model/apply-reform.js';
export { parameterAt, type ParameterReading } from '../core/policy-model/parameter-at.js';
export { validatePolicy, type PolicyFinding, type PolicyValidation } from '../core/policy-model/validate-policy.js';
export { type AlternativePick, type Confidence, type DatedValue, type ParameterAlternative, type Parameter, type ParameterUnit, type ParameterValue, type Policy, type Reform, type Source } from '../core/policy-model/schemas.js';
export * from './catalogues/service-lines.js';
export * from './rules/conflicts.js';
export { incentivesRuleCatalogue } from './rules/incentives.js';
export * from './rules/budgets.js';
export { readinessRuleCatalogue } from './rules/readiness.js';
export { wccRuleCatalogue } from './rules/wcc.js';
export * from './datasets/incentive-uptake-and-spend.js';
export * from './datasets/pbc-survey-tables.js';
export * from './datasets/wcc-national-results.js';
export * from './frameworks/index.js';
export * from './reforms/index.js';
