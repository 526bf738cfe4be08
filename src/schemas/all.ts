/**
 * Every public zod schema, gathered for `./schemas` and for JSON Schema generation. Areas add theirs
 * in `src/<area>/schemas.ts`.
 *
 * @module
 */
export { NonNegativePenceSchema, PenceSchema } from '../core/money.js';
export { IsoDateSchema, IsoDateTextSchema, FinancialYearSchema } from '../core/calendar.js';
export { PracticeCodeSchema, PctCodeSchema, ShaCodeSchema } from '../core/identifiers.js';
export { AlternativePickSchema, ConfidenceSchema, DatedValueSchema, ParameterAlternativeSchema, ParameterSchema, ParameterUnitSchema, ParameterValueSchema, PolicySchema, ReformSchema, SourceSchema } from '../core/policy-model/schemas.js';
export * from '../budgets/schemas.js';
export * from '../incentives/schemas.js';
export * from '../conflicts/schemas.js';
export * from '../readiness/schemas.js';
export { PolicyCaseSchema } from '../testing/case.js';
export { GenerateAreaOptionsSchema } from '../testing/generate/index.js';
export * from '../charts/schemas.js';
export * from '../scenario/schemas.js';
export { AnalyseSensitivitySwitchesSchema, SensitivityFigureSchema } from '../sensitivity/schemas.js';
