/**
 * Whole-area evaluation and policy scenarios: `evaluateArea` runs every area's rules over a PCT, an
 * SHA or England for a year; `compareScenarios` says what a reform changes, per practice and in
 * total, and which parameters or rule versions caused each change. Both follow the library's
 * convention: `evaluateArea(area, { policy?, asOf, explanations? })` and
 * `compareScenarios(area, { policy?, reform, asOf })`. The area's zod schemas are in
 * `practice-based-commissioning/schemas`. See the scenarios guide.
 *
 * @module scenario
 */
export type {
  EvaluateAreaInput,
  ScenarioArea,
  ScenarioBudgetSetting,
  ScenarioBusinessCase,
  ScenarioFreedUpResources,
  ScenarioGroup,
  ScenarioMonthlySpend,
  ScenarioPct,
  ScenarioPractice,
  ScenarioReadiness,
  ScenarioSha,
} from './area-schema.js';
export { evaluateArea, evaluateAreaByPct, type EvaluateAreaOptions, type ScenarioPctEvaluation } from './evaluate-area.js';
export { explainFigure, type ExplainFigureOptions } from './explain-figure.js';
export { explanationOf, type ExplanationRecord, type ExplanationTable } from './explanation-table.js';
export type { ScenarioProgress } from './progress.js';
export type {
  ScenarioAreaEvaluation,
  ScenarioBudgetRow,
  ScenarioConflictsRow,
  ScenarioFinding,
  ScenarioGroupRow,
  ScenarioIncentiveRow,
  ScenarioMonitoringRow,
  ScenarioPctRow,
  ScenarioPracticeRow,
  ScenarioReadinessRow,
  ScenarioWccRow,
  ScenarioTotals,
  ScenarioYearEndRow,
} from './tables.js';
export {
  compareScenarios,
  type CompareScenariosOptions,
  type ScenarioChange,
  type ScenarioComparison,
  type ScenarioParameterChange,
  type ScenarioPracticeChange,
  type ScenarioRuleVersionChange,
  type ScenarioTotalChange,
} from './compare-scenarios.js';
export { renderAreaReport, type RenderAreaReportOptions } from './render-area-report.js';
export { diffExplanations, type DiffExplanationsOptions, type ScenarioCause } from './diff-explanations.js';
