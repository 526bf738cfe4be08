/**
 * The charts' public zod schemas, for `practice-based-commissioning/schemas`.
 *
 * @module
 */
export { BudgetVarianceChartInputSchema, BudgetVarianceChartMonthSchema, BudgetVarianceChartOptionsSchema } from './budget-variance-chart.js';
export { IncentivePaymentsChartInputSchema, IncentivePaymentsChartOptionsSchema, IncentivePaymentsChartRecordSchema } from './incentive-payments-chart.js';
export { ReadinessChartAssessmentSchema, ReadinessChartInputSchema, ReadinessChartOptionsSchema } from './readiness-chart.js';
export { WccComparisonChartOptionsSchema, WccComparisonChartRowInputSchema } from './wcc-comparison-chart.js';
export { SensitivityChartInputSchema, SensitivityChartOptionsSchema } from './sensitivity-chart.js';
