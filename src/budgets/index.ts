/**
 * `practice-based-commissioning/budgets`: indicative and real budgets — set, monitored, savings
 * shared, overspends carried — and GP fundholding (1991–1999) as the real-budget comparison. See the
 * budgets guide in `docs/guide/`. The zod schemas for every input are in
 * `practice-based-commissioning/schemas`.
 *
 * @module budgets
 */
export {
  BudgetFindingCodes,
  type Budget,
  type BudgetFinding,
  type BudgetFindingCode,
  type BudgetHolder,
  type BudgetKind,
  type BudgetLine,
  type BudgetMethod,
  type BudgetScope,
  type ServiceLine,
} from './model.js';
export { resolveBudgetScope, type ResolveBudgetScopeOptions, type ResolveBudgetScopeInput, type ResolvedBudgetScope } from './resolve-budget-scope.js';
export {
  priceHistoricActivity,
  type PriceHistoricActivityOptions,
  type HistoricActivityItem,
  type HistoricCostItem,
  type HistoricBudgetData,
  type PriceHistoricActivityInput,
  type PricedActivityRow,
  type PricedHistoricActivity,
  type PricedBudgetLine,
} from './price-historic-activity.js';
export type { BudgetControlTotalRow } from './apply-budget-control-total.js';
export {
  setIndicativeBudget,
  type SetIndicativeBudgetOptions,
  type IndicativeBudgetPractice,
  type IndicativeBudgetRow,
  type IndicativeBudgetSet,
  type PracticeBudgetInput,
  type SetIndicativeBudgetInput,
} from './set-indicative-budget.js';
export {
  monitorBudget,
  type MonitorBudgetOptions,
  type BudgetMonitoring,
  type BudgetMonitoringLine,
  type BudgetMonitoringMonth,
  type BudgetForecastMethod,
  type MonitorBudgetInput,
  type BudgetSpendEntry,
} from './monitor-budget.js';
export { budgetOutcome, type BudgetOutcome, type BudgetOutcomeInput, type BudgetOutcomeOptions, type BudgetOutcomeResult } from './budget-outcome.js';
export {
  assessBudgetBalancing,
  type AssessBudgetBalancingOptions,
  type AssessBudgetBalancingInput,
  type BudgetBalancing,
  type BudgetBalancingYear,
  type BudgetYear,
  type OutstandingOverspend,
  type BudgetShaArbitration,
} from './assess-budget-balancing.js';
export {
  freedUpResources,
  type FreedUpResourcesOptions,
  type FreedUpResources,
  type FreedUpResourcesInput,
  type FurBusinessCase,
  type FurProposedUse,
} from './freed-up-resources.js';
export { fundholdingEligibility, type FundholdingEligibilityOptions, type FundholdingEligibility, type FundholdingEligibilityInput } from './fundholding-eligibility.js';
export { applyPerPatientCap, type ApplyPerPatientCapOptions, type ApplyPerPatientCapInput, type PerPatientCapResult, type PerPatientCapRow } from './apply-per-patient-cap.js';
export { fundholdingSavingsWindow, type FundholdingSavingsWindowOptions, type FundholdingSavingsWindowInput, type FundholdingSavingsWindow } from './fundholding-savings-window.js';
export {
  compareBudgetRegimes,
  type CompareBudgetRegimesOptions,
  type BudgetRegimeComparison,
  type BudgetRegimeLine,
  type BudgetRegimeOutcome,
  type CompareBudgetRegimesInput,
} from './compare-budget-regimes.js';
export { rollUpGroupBudget, type RollUpGroupBudgetOptions, type GroupBudgetRollUp, type GroupBudgetMemberLine, type RollUpGroupBudgetInput } from './roll-up-group-budget.js';
export { apportionGroupBudget, type ApportionGroupBudgetOptions, type ApportionGroupBudgetInput, type GroupBudgetApportionment } from './apportion-group-budget.js';
export {
  managementAllowance,
  type ManagementAllowance,
  type ManagementAllowanceInput,
  type ManagementAllowanceOptions,
  type GroupYearRow,
} from './management-allowance.js';
export {
  assessEarnedAutonomy,
  type AssessEarnedAutonomyInput,
  type AssessEarnedAutonomyOptions,
  type EarnedAutonomy,
  type EarnedFreedom,
} from './assess-earned-autonomy.js';
export {
  priceActivityAtTariff,
  type ActivityAtTariff,
  type PriceActivityAtTariffInput,
  type PriceActivityAtTariffOptions,
  type TariffPricedItem,
} from './price-activity-at-tariff.js';
