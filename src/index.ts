/**
 * `practice-based-commissioning`: England's NHS practice based commissioning (2004–2010) and GP
 * fundholding (1991–1999) as policy as code — exact money in pence, dated and cited parameters,
 * and results that explain themselves.
 *
 * The root entry point holds the core (money, calendar, identifiers, errors, validation, dated
 * parameters, reforms, explanations) and re-exports every policy area. Subpaths (`/budgets`,
 * `/incentives`, `/conflicts`, `/readiness`, `/policy`, `/schemas`, `/testing`) give the same
 * functions in smaller pieces.
 *
 * @module practice-based-commissioning
 */
export * from './core/index.js';
export { baselinePolicy, buildPolicy } from './policy/baseline.js';
export * from './budgets/index.js';
export * from './incentives/index.js';
export * from './conflicts/index.js';
export * from './readiness/index.js';
export * from './scenario/index.js';
export * from './charts/index.js';
export * from './policy/frameworks/index.js';
export * from './policy/datasets/pbc-survey-tables.js';
export * from './policy/reforms/index.js';
