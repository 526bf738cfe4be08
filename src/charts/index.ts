/**
 * Vega-Lite v6 chart specifications built as plain JSON from the library's own results: budget
 * variance by month and service line (`monitorBudget`), incentive payments by practice
 * (`incentivePaymentSchedule`) and readiness by factor and area (`assessReadiness`). No rendering
 * library is needed at run time; money is shown in pounds converted exactly from pence. See the
 * charts guide in `docs/guide/`. The charts' zod schemas are in `practice-based-commissioning/schemas`.
 *
 * @module charts
 */
export { vegaLiteSchemaUrl, type VegaLiteJson, type VegaLiteSpec } from './vega-lite-spec.js';
export { budgetVarianceChart, type BudgetVarianceChartInput, type BudgetVarianceChartMonth, type BudgetVarianceChartOptions, type BudgetVarianceChartRow } from './budget-variance-chart.js';
export { incentivePaymentsChart, type IncentivePaymentsChartInput, type IncentivePaymentsChartOptions, type IncentivePaymentsChartRecord, type IncentivePaymentsChartRow, type IncentivePaymentsChartTotal } from './incentive-payments-chart.js';
export { readinessChart, type ReadinessChartInput, type ReadinessChartOptions, type ReadinessChartRow } from './readiness-chart.js';
export { wccComparisonChart, type WccComparisonChartOptions, type WccComparisonChartRow, type WccComparisonChartRowInput } from './wcc-comparison-chart.js';
export { sensitivityChart, type SensitivityChartInput, type SensitivityChartOptions, type SensitivityChartRow } from './sensitivity-chart.js';
