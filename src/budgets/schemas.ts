/**
 * The budgets area's public zod schemas. Re-exported by `src/schemas/index.ts`.
 *
 * @module
 */
export {
  BudgetHolderSchema,
  BudgetKindSchema,
  BudgetLineSchema,
  BudgetMethodSchema,
  BudgetSchema,
  BudgetScopeSchema,
  BudgetAmountSchema,
  ServiceLineSchema,
} from './model.js';
export { ResolveBudgetScopeInputSchema } from './resolve-budget-scope.js';
export { HistoricActivityItemSchema, HistoricCostItemSchema, HistoricBudgetDataSchema, PriceHistoricActivityInputSchema } from './price-historic-activity.js';
export { PracticeBudgetInputSchema, SetIndicativeBudgetInputSchema } from './set-indicative-budget.js';
export { BudgetForecastMethodSchema, MonitorBudgetInputSchema, BudgetSpendEntrySchema } from './monitor-budget.js';
export { BudgetOutcomeInputSchema } from './budget-outcome.js';
export { AssessBudgetBalancingInputSchema, BudgetYearSchema, BudgetShaArbitrationSchema } from './assess-budget-balancing.js';
export { FreedUpResourcesInputSchema, FurBusinessCaseSchema, FurProposedUseSchema } from './freed-up-resources.js';
export { FundholdingEligibilityInputSchema } from './fundholding-eligibility.js';
export { ApplyPerPatientCapInputSchema } from './apply-per-patient-cap.js';
export { FundholdingSavingsWindowInputSchema } from './fundholding-savings-window.js';
export { CompareBudgetRegimesInputSchema } from './compare-budget-regimes.js';
export { RollUpGroupBudgetInputSchema } from './roll-up-group-budget.js';
export { ApportionGroupBudgetInputSchema } from './apportion-group-budget.js';
export { ManagementAllowanceInputSchema } from './management-allowance.js';
export { AssessEarnedAutonomyInputSchema } from './assess-earned-autonomy.js';
export { PriceActivityAtTariffInputSchema } from './price-activity-at-tariff.js';
