/**
 * The scenario area's public zod schemas, for `src/schemas/all.ts` (and so `./schemas` and the JSON
 * Schema files).
 *
 * @module
 */
export {
  ScenarioAreaSchema,
  ScenarioBudgetSettingSchema,
  ScenarioBusinessCaseSchema,
  ScenarioFreedUpResourcesSchema,
  ScenarioGroupSchema,
  ScenarioMonthlySpendSchema,
  ScenarioPctSchema,
  ScenarioPracticeSchema,
  ScenarioReadinessFrameworkSchema,
  ScenarioReadinessSchema,
  ScenarioShaSchema,
} from './area-schema.js';
