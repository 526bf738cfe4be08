/**
 * `practice-based-commissioning`: England's NHS practice based commissioning (2004–2010) and GP
 * fundholding (1991–1999) as policy as code — exact money in pence, dated and cited parameters,
 * and results that explain themselves.
 *
 * The root entry point re-exports every policy area (`/budgets`, `/incentives`, `/conflicts`,
 * `/readiness`), whole-area scenarios (`/scenario`) and charts (`/charts`), with the contract every
 * rule follows and the errors and value types from `/core`. Each name has one home, a subpath; the
 * root adds none of its own. Not at the root:
 * - `/policy`: the law as data (`baselinePolicy`, `applyReform`, `parameterAt`, `validatePolicy`,
 *   the frameworks, datasets, catalogues and ready-made reforms);
 * - `/schemas`: every zod schema, and their JSON Schemas;
 * - `/core`: money and calendar helpers and the tools for writing rules (`explain`, `parseInput`);
 * - `/testing`: policy test cases and the synthetic-area generator.
 *
 * @module practice-based-commissioning
 */
export * from './budgets/index.js';
export * from './incentives/index.js';
export * from './conflicts/index.js';
export * from './readiness/index.js';
export * from './scenario/index.js';
export * from './sensitivity/index.js';
export * from './charts/index.js';
export {
  ErrorCodes,
  FINDING_OUTCOMES,
  PbcError,
  isPbcError,
  renderExplanation,
  rulesReading,
  worstOutcome,
  type DatedEvaluationOptions,
  type ErrorCode,
  type EvaluationOptions,
  type Explanation,
  type FinancialYear,
  type Finding,
  type FindingOutcome,
  type FindingSubject,
  type IsoDate,
  type JsonValue,
  type PbcErrorOptions,
  type PbcIssue,
  type PctCode,
  type Pence,
  type PracticeCode,
  type RenderOptions,
  type RuleCatalogueEntry,
  type ShaCode,
} from './core/index.js';
