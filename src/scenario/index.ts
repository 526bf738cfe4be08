/**
 * Whole-area evaluation and policy scenarios: `evaluateArea` runs every area's rules over a PCT, an
 * SHA or England for a year; `compareScenarios` says what a reform changes, per practice and in
 * total, and which parameters or rule versions caused each change. See the scenarios guide.
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
  type ScenarioArea,
  type ScenarioAreaInput,
  type ScenarioBudgetSetting,
  type ScenarioBusinessCase,
  type ScenarioFreedUpResources,
  type ScenarioGroup,
  type ScenarioMonthlySpend,
  type ScenarioPct,
  type ScenarioPractice,
  type ScenarioReadiness,
  type ScenarioSha,
} from './area-schema.js';
export { EvaluateAreaOptionsSchema, evaluateArea, type EvaluateAreaOptions } from './evaluate-area.js';
export type {
  ScenarioAreaEvaluation,
  ScenarioBudgetRow,
  ScenarioConflictsRow,
  ScenarioGroupRow,
  ScenarioIncentiveRow,
  ScenarioMonitoringRow,
  ScenarioPctRow,
  ScenarioPracticeRow,
  ScenarioReadinessRow,
  ScenarioTotals,
  ScenarioYearEndRow,
} from './tables.js';
export {
  CompareScenariosOptionsSchema,
  compareScenarios,
  type CompareScenariosOptions,
  type ScenarioChange,
  type ScenarioComparison,
  type ScenarioParameterChange,
  type ScenarioPracticeChange,
  type ScenarioRuleVersionChange,
  type ScenarioTotalChange,
} from './compare-scenarios.js';
export { diffExplanations, type DiffExplanationsOptions, type ScenarioCause } from './diff-explanations.js';
