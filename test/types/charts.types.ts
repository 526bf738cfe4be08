// Type tests for the charts (checked by `tsc -p .`, never run): each chart takes its area's result
// (or the table inside it) and its own named options; anything else fails at compile time. The
// run-time check for JavaScript callers is tested in test/charts/charts.test.ts.
import {
  budgetVarianceChart,
  incentivePaymentsChart,
  readinessChart,
  type BudgetMonitoring,
  type BudgetVarianceChartInput,
  type BudgetVarianceChartOptions,
  type IncentivePaymentSchedule,
  type IncentivePaymentsChartInput,
  type IncentivePaymentsChartOptions,
  type ReadinessAssessment,
  type ReadinessChartInput,
  type ReadinessChartOptions,
} from '../../src/index.js';

export function chartTypeTests(monitoring: BudgetMonitoring, schedule: IncentivePaymentSchedule, vale: ReadinessAssessment, hill: ReadinessAssessment, mystery: unknown): void {
  // The shapes that compile: the result, the table inside it, and the table read back from JSON.
  budgetVarianceChart(monitoring);
  budgetVarianceChart(monitoring.months, { includeTotal: true, title: 'Market Street' });
  budgetVarianceChart({ months: monitoring.months, financialYear: '2007/08', holder: { kind: 'practice', practiceCode: 'Z90002' } });
  budgetVarianceChart([{ serviceLine: 'PRESCRIBING', month: 1, label: '2007-04', budget: 100, actual: null, forecast: 90, cumulativeBudget: 100, cumulativeForecast: 90 }]);
  incentivePaymentsChart(schedule);
  incentivePaymentsChart(schedule.records, { financialYear: '2007/08' });
  incentivePaymentsChart({ records: schedule.records });
  readinessChart(vale);
  readinessChart([vale, hill], { title: 'Readiness in the Vale' });
  const inputs: [BudgetVarianceChartInput, IncentivePaymentsChartInput, ReadinessChartInput] = [monitoring, schedule, [vale]];
  const options: [BudgetVarianceChartOptions, IncentivePaymentsChartOptions, ReadinessChartOptions] = [{}, { financialYear: '2008/09' }, {}];
  void inputs;
  void options;

  // (a) a value of unknown shape: a TypeScript caller parses it first (the schemas are in ./schemas)
  // @ts-expect-error unknown is not a budget monitoring result
  budgetVarianceChart(mystery);
  // @ts-expect-error unknown is not an incentive payment schedule
  incentivePaymentsChart(mystery);
  // @ts-expect-error unknown is not a readiness assessment
  readinessChart(mystery);

  // (b) one area's result given to another area's chart
  // @ts-expect-error a schedule is not a budget monitoring result
  budgetVarianceChart(schedule);
  // @ts-expect-error an assessment is not an incentive payment schedule
  incentivePaymentsChart(vale);
  // @ts-expect-error a budget monitoring result is not a readiness assessment
  readinessChart(monitoring);

  // (c) a misspelt or mistyped option, and a field of the wrong type
  // @ts-expect-error includeTotal is a boolean
  budgetVarianceChart(monitoring, { includeTotal: 'yes' });
  // @ts-expect-error `colour` is not an option
  budgetVarianceChart(monitoring, { colour: 'red' });
  // @ts-expect-error `year` is not an option (it is `financialYear`)
  incentivePaymentsChart(schedule, { year: '2007/08' });
  // @ts-expect-error a title is text
  readinessChart(vale, { title: 3 });
  // @ts-expect-error a month's budget is a number of pence
  budgetVarianceChart([{ serviceLine: 'PRESCRIBING', month: 1, label: '2007-04', budget: '100', actual: null, forecast: 90, cumulativeBudget: 100, cumulativeForecast: 90 }]);
  // @ts-expect-error 'PRESCRIPTIONS' is not a service line
  budgetVarianceChart([{ serviceLine: 'PRESCRIPTIONS', month: 1, label: '2007-04', budget: 100, actual: null, forecast: 90, cumulativeBudget: 100, cumulativeForecast: 90 }]);
}
