/**
 * Monitoring a budget through the year: spend to date against the budget to date, a forecast outturn
 * (straight line, or a profile the caller gives), variance per line and in total, month by month,
 * and a projected-overspend flag.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { baselinePolicy } from '../policy/baseline.js';
import { IsoDateSchema, financialYearBounds, financialYearOf, monthOfFinancialYear, monthsOfFinancialYear, type FinancialYear, type IsoDate } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { addMoney, apportion, formatGbp, negateMoney, pence, subtractMoney, sumMoney, type Pence } from '../core/money.js';
import { outcomeOf, type BudgetOutcome } from './budget-outcome.js';
import { issue, parseInput, raiseIssues } from '../core/validation.js';
import { byServiceLine, finding, requireInForce, scaleMoney, sumDecimal, type BudgetIssue, ruleOf } from './internal.js';
import { BudgetSchema, BudgetAmountSchema, ServiceLineSchema, type BudgetFinding, type BudgetHolder, type BudgetKind, type ServiceLine } from './model.js';

const RULE = ruleOf('budget.monitor');

const FORECAST_RULE = ruleOf('budget.monitor.forecast');

const MonthSchema = z
  .number()
  .int({ message: 'must be a whole month number' })
  .min(1, { message: 'must be a month of the financial year, 1 (April) to 12 (March)' })
  .max(12, { message: 'must be a month of the financial year, 1 (April) to 12 (March)' });

/**
 * The zod schema for one spend entry: a service line, an amount (zero or more), and either the
 * `date` it was incurred or the `month` of the financial year (1 = April … 12 = March) it belongs to.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetSpendEntrySchema } from 'practice-based-commissioning/schemas';
 * BudgetSpendEntrySchema.safeParse({ serviceLine: 'PRESCRIBING', amount: 812_500, month: 1 }).success;   //=> true
 * BudgetSpendEntrySchema.safeParse({ serviceLine: 'PRESCRIBING', amount: 812_500, month: 13 }).success;  //=> false
 * ```
 */
export const BudgetSpendEntrySchema = z
  .object({
    serviceLine: ServiceLineSchema,
    amount: BudgetAmountSchema.meta({ description: 'Spend in pence; net any credits into the month before passing it.' }),
    date: IsoDateSchema.optional().meta({ description: 'The day the spend was incurred (give this or month).' }),
    month: MonthSchema.optional().meta({ description: 'The month of the financial year, 1 (April) to 12 (March) (give this or date).' }),
    description: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((entry, context) => {
    if (entry.date === undefined && entry.month === undefined) context.addIssue(issue(['month'], 'give the date or the month of the spend', 'budget.monitor.dateOrMonth', 'MISSING_INPUT'));
    if (entry.date !== undefined && entry.month !== undefined) context.addIssue(issue(['month'], 'give the date or the month of the spend, not both', 'budget.monitor.dateOrMonth', 'CONFLICTING_INPUT'));
  });

/**
 * One spend entry. See {@link BudgetSpendEntrySchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetSpendEntry } from 'practice-based-commissioning';
 * const entry = { serviceLine: 'OUTPATIENT', amount: 95_000, date: '2007-05-14' } as BudgetSpendEntry;
 * ```
 */
export type BudgetSpendEntry = z.infer<typeof BudgetSpendEntrySchema>;

/**
 * The zod schema for a forecast method: `straightLine` (spend to date × 12 ÷ months elapsed) or
 * `profile` with twelve positive monthly weights, April first (the budget is phased by the same
 * weights).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetForecastMethodSchema } from 'practice-based-commissioning/schemas';
 * BudgetForecastMethodSchema.parse({ method: 'straightLine' });
 * BudgetForecastMethodSchema.parse({ method: 'profile', weights: [8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8] });
 * ```
 */
export const BudgetForecastMethodSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('straightLine') }).strict(),
  z
    .object({
      method: z.literal('profile'),
      weights: z
        .array(z.number().positive({ message: 'a monthly weight must be more than zero' }))
        .length(12, { message: 'give one weight per month, April first' })
        .meta({ description: 'Twelve positive monthly weights, April first.' }),
    })
    .strict(),
]);

/**
 * A forecast method. See {@link BudgetForecastMethodSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetForecastMethod } from 'practice-based-commissioning';
 * const straight: BudgetForecastMethod = { method: 'straightLine' };
 * ```
 */
export type BudgetForecastMethod = z.infer<typeof BudgetForecastMethodSchema>;

/**
 * The zod schema for the input of {@link monitorBudget}: the budget, the last month whose spend is
 * reported (1 = April … 12 = March), the spend entries, and the forecast method (default straight
 * line).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { MonitorBudgetInputSchema } from 'practice-based-commissioning/schemas';
 * MonitorBudgetInputSchema.safeParse({
 *   budget: { holder: { kind: 'practice', practiceCode: 'Z90002' }, financialYear: '2007/08', kind: 'indicative', lines: [{ serviceLine: 'PRESCRIBING', amount: 1_200_000 }] },
 *   throughMonth: 1, spend: [{ serviceLine: 'PRESCRIBING', amount: 110_000, month: 1 }],
 * }).success; //=> true
 * ```
 */
export const MonitorBudgetInputSchema = z
  .object({
    budget: BudgetSchema,
    throughMonth: MonthSchema.meta({ description: 'The last month of the financial year whose spend is reported, 1 (April) to 12 (March).' }),
    spend: z.array(BudgetSpendEntrySchema),
    forecast: BudgetForecastMethodSchema.optional().meta({ description: 'Default straight line.' }),
  })
  .strict();

/**
 * The input of {@link monitorBudget}. See {@link MonitorBudgetInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { MonitorBudgetInput } from 'practice-based-commissioning';
 * declare const input: MonitorBudgetInput;
 * input.throughMonth; // 1 … 12
 * ```
 */
export type MonitorBudgetInput = z.input<typeof MonitorBudgetInputSchema>;

/**
 * One service line (or the total) in a {@link BudgetMonitoring}. Variances are `budget − spend`:
 * positive = underspend.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetMonitoringLine } from 'practice-based-commissioning';
 * declare const line: BudgetMonitoringLine;
 * line.forecastVariance === line.budget - line.forecastOutturn; //=> true
 * ```
 */
export interface BudgetMonitoringLine<Line extends ServiceLine | 'TOTAL' = ServiceLine | 'TOTAL'> {
  /** The service line, or `'TOTAL'`. */
  readonly serviceLine: Line;
  readonly budget: Pence;
  /** The budget phased to the end of the reporting month. */
  readonly budgetToDate: Pence;
  readonly spendToDate: Pence;
  /** `budgetToDate − spendToDate`. */
  readonly varianceToDate: Pence;
  readonly forecastOutturn: Pence;
  /** `budget − forecastOutturn`. */
  readonly forecastVariance: Pence;
  /** Whether the forecast outturn is above the budget. */
  readonly projectedOverspend: boolean;
}

/**
 * One month of one service line (or `'TOTAL'`) in a {@link BudgetMonitoring}: a flat record.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetMonitoringMonth } from 'practice-based-commissioning';
 * declare const row: BudgetMonitoringMonth;
 * row.actual === null || row.actual === row.forecast; //=> true
 * ```
 */
export interface BudgetMonitoringMonth {
  readonly serviceLine: ServiceLine | 'TOTAL';
  /** 1 (April) to 12 (March). */
  readonly month: number;
  /** The calendar month, `YYYY-MM`. */
  readonly label: string;
  /** The budget phased to the month. */
  readonly budget: Pence;
  /** Spend reported for the month; `null` for months after the reporting month. */
  readonly actual: Pence | null;
  /** The actual spend for reported months, the projected spend for the rest. */
  readonly forecast: Pence;
  readonly cumulativeBudget: Pence;
  readonly cumulativeForecast: Pence;
}

/**
 * The result of {@link monitorBudget}. Every monthly figure adds up: the months' budgets to the
 * budget, their forecasts to the forecast outturn, the lines to the total.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetMonitoring } from 'practice-based-commissioning';
 * declare const monitoring: BudgetMonitoring;
 * monitoring.outcome.overspent; // projected (basis 'forecast') until month 12
 * ```
 */
export interface BudgetMonitoring {
  readonly holder: BudgetHolder;
  readonly financialYear: FinancialYear;
  readonly kind: BudgetKind;
  readonly throughMonth: number;
  /** The last day of the reporting month. */
  readonly reportedTo: IsoDate;
  /** Whether all twelve months are reported (the forecast is then the outturn). */
  readonly final: boolean;
  readonly forecastMethod: BudgetForecastMethod['method'];
  /** One row per budget line, in catalogue order. */
  readonly lines: readonly BudgetMonitoringLine<ServiceLine>[];
  readonly total: BudgetMonitoringLine<'TOTAL'>;
  /** Twelve rows per line, then twelve `'TOTAL'` rows. */
  readonly months: readonly BudgetMonitoringMonth[];
  readonly projectedOverspend: boolean;
  /** The year's outcome: on the outturn when final, otherwise on the forecast. */
  readonly outcome: BudgetOutcome;
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

/** The month of the financial year a spend entry belongs to (the schema requires a date or a month). */
function monthOfEntry(entry: BudgetSpendEntry): number {
  return entry.month ?? monthOfFinancialYear(entry.date!);
}

function validate(input: z.output<typeof MonitorBudgetInputSchema>, lines: readonly ServiceLine[]): BudgetIssue[] {
  const issues: BudgetIssue[] = [];
  const year = input.budget.financialYear;
  input.spend.forEach((entry, index) => {
    if (!lines.includes(entry.serviceLine)) {
      issues.push({ path: ['spend', index, 'serviceLine'], message: `${entry.serviceLine} is not a line of the budget (${lines.join(', ')})`, rule: 'budget.monitor.lineInBudget', code: 'INVALID_INPUT' });
    }
    if (entry.date !== undefined && financialYearOf(entry.date) !== year) {
      issues.push({ path: ['spend', index, 'date'], message: `${entry.date} is outside the financial year ${year}`, rule: 'budget.monitor.spendInYear', code: 'INVALID_INPUT' });
      return;
    }
    const month = monthOfEntry(entry);
    if (month > input.throughMonth) {
      issues.push({
        path: ['spend', index, entry.month === undefined ? 'date' : 'month'],
        message: `falls in month ${month}, after the reporting month ${input.throughMonth}`,
        rule: 'budget.monitor.spendAfterReportingMonth',
        code: 'CONFLICTING_INPUT',
      });
    }
  });
  return issues;
}

/**
 * The options of {@link monitorBudget}: `policy` (default the baseline); `asOf` is not read (the budget's financial year dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { MonitorBudgetOptions } from 'practice-based-commissioning';
 * const options: MonitorBudgetOptions = {};
 * ```
 */
export interface MonitorBudgetOptions extends EvaluationOptions {}

/**
 * Monitors a budget (indicative or real) through the year. For each line: the budget phased month by
 * month (equal twelfths, or the caller's profile, apportioned exactly), spend to date, variance to
 * date, and a forecast outturn — straight line (spend to date × 12 ÷ months elapsed) or by profile
 * (spend to date × total weight ÷ weight elapsed), rounded once half-up — with the rest of the
 * forecast spread over the remaining months exactly. A line (or the total) whose forecast is above
 * its budget is flagged. At month 12 the forecast is the outturn and the outcome is final.
 *
 * PCTs were to give practices "regular, accurate, easily understood information" on budgets and
 * spend (Audit Commission 2007, via Pulse); from 2009, data on "budgets, expenditure, referrals,
 * prescribing and activity" (DH vision).
 *
 * @param input - see {@link MonitorBudgetInputSchema}
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns per-line and total figures, a month-by-month table, the outcome and the explanation
 * @throws PbcError `INVALID_INPUT` (negative spend, a month outside 1–12, a line outside the budget, a
 *   spend dated outside the financial year); `CONFLICTING_INPUT` (spend after the reporting month,
 *   or both a date and a month); `NOT_IN_FORCE` (an indicative budget before 2005/06)
 * @category Budgets
 * @example
 * ```ts
 * import { monitorBudget } from 'practice-based-commissioning';
 * const monitoring = monitorBudget({
 *   budget: { holder: { kind: 'practice', practiceCode: 'Z90002' }, financialYear: '2007/08', kind: 'indicative',
 *             lines: [{ serviceLine: 'PRESCRIBING', amount: 1_200_000 }] },
 *   throughMonth: 3,
 *   spend: [{ serviceLine: 'PRESCRIBING', amount: 330_000, date: '2007-06-30' }],
 * });
 * monitoring.total.budgetToDate;     //=> 300_000
 * monitoring.total.forecastOutturn;  //=> 1_320_000 (330,000 × 12 ÷ 3)
 * monitoring.projectedOverspend;     //=> true
 * ```
 */
export function monitorBudget(input: MonitorBudgetInput, options?: MonitorBudgetOptions): BudgetMonitoring {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  return monitorParsedBudget(parseInput(MonitorBudgetInputSchema, input, 'budget monitoring request'), policy);
}

/**
 * {@link monitorBudget} on a request already in the form {@link MonitorBudgetInputSchema} gives (a
 * budget `setIndicativeBudget` returned, spend from an area `ScenarioAreaSchema` has parsed), under a
 * resolved policy: the schema does not run again; the checks across fields (a line outside the
 * budget, spend after the reporting month or outside the year) do, with the same errors. Whole-area
 * evaluation calls it once per practice.
 *
 * @internal
 */
export function monitorParsedBudget(parsed: z.output<typeof MonitorBudgetInputSchema>, policy: Policy): BudgetMonitoring {
  const { budget } = parsed;
  const months = monthsOfFinancialYear(budget.financialYear);
  // throughMonth is 1–12 and a financial year has twelve months.
  const reportedTo = months[parsed.throughMonth - 1]!.end;
  const step = explain(RULE, policy, reportedTo);
  step.input('financialYear', budget.financialYear);
  step.input('kind', budget.kind);
  step.input('throughMonth', parsed.throughMonth);
  if (budget.kind === 'indicative') {
    requireInForce(step, { parameterId: 'budget.indicative.inForce', date: financialYearBounds(budget.financialYear).start, path: ['budget', 'financialYear'], what: 'PBC indicative budgets' });
  }
  const budgetLines = [...budget.lines].sort(byServiceLine);
  raiseIssues(
    validate(
      parsed,
      budgetLines.map((line) => line.serviceLine),
    ),
    'budget monitoring request',
  );

  const forecast = parsed.forecast ?? { method: 'straightLine' as const };
  const weights = forecast.method === 'profile' ? forecast.weights : months.map(() => 1);
  const weightTotal = sumDecimal(weights);
  const weightElapsed = sumDecimal(weights.slice(0, parsed.throughMonth));
  step.input('forecastMethod', forecast.method);
  const final = parsed.throughMonth === 12;

  // The spend, bucketed once by line and month (not filtered again for every line and month).
  const spendBy = new Map<string, Pence[]>();
  for (const entry of parsed.spend) {
    const key = `${entry.serviceLine} ${monthOfEntry(entry)}`;
    const bucket = spendBy.get(key);
    if (bucket === undefined) spendBy.set(key, [entry.amount]);
    else bucket.push(entry.amount);
  }
  const monthRows: BudgetMonitoringMonth[] = [];
  const lineRows: BudgetMonitoringLine<ServiceLine>[] = budgetLines.map((line) => {
    const phased = line.amount === 0 ? weights.map(() => pence(0)) : apportion(line.amount, weights);
    const actual = months.map((month) =>
      month.month > parsed.throughMonth
        ? null
        : sumMoney(spendBy.get(`${line.serviceLine} ${month.month}`) ?? []),
    );
    const spendToDate = sumMoney(actual.map((amount) => amount ?? pence(0)));
    const budgetToDate = sumMoney(phased.slice(0, parsed.throughMonth));
    const forecastOutturn = final ? spendToDate : scaleMoney(spendToDate, weightTotal, weightElapsed);
    const remaining = subtractMoney(forecastOutturn, spendToDate);
    const later = weights.slice(parsed.throughMonth);
    const projected = remaining === 0 || later.length === 0 ? later.map(() => pence(0)) : apportion(remaining, later);
    // Months after the reporting month have no actual and one projected figure each.
    const forecastByMonth = months.map((_month, index) => actual[index] ?? projected[index - parsed.throughMonth]!);
    const child = explain(FORECAST_RULE, policy, reportedTo);
    child.input('serviceLine', line.serviceLine);
    child.input('spendToDate', spendToDate);
    child.input('weightElapsed', weightElapsed);
    child.input('weightTotal', weightTotal);
    if (!final) child.note(`forecast = spend to date × ${weightTotal} ÷ ${weightElapsed}, rounded half-up to the penny; the remainder is spread over months ${parsed.throughMonth + 1}–12 exactly`);
    step.child(child.done(forecastOutturn));
    let cumulativeBudget = pence(0);
    let cumulativeForecast = pence(0);
    months.forEach((month, index) => {
      // phased and forecastByMonth have one entry per month.
      const monthBudget = phased[index]!;
      const monthForecast = forecastByMonth[index]!;
      cumulativeBudget = addMoney(cumulativeBudget, monthBudget);
      cumulativeForecast = addMoney(cumulativeForecast, monthForecast);
      monthRows.push({
        serviceLine: line.serviceLine,
        month: month.month,
        label: month.label,
        budget: monthBudget,
        actual: actual[index] ?? null,
        forecast: monthForecast,
        cumulativeBudget,
        cumulativeForecast,
      });
    });
    return summarise(line.serviceLine, line.amount, budgetToDate, spendToDate, forecastOutturn);
  });
  const total = summarise(
    'TOTAL',
    sumMoney(lineRows.map((row) => row.budget)),
    sumMoney(lineRows.map((row) => row.budgetToDate)),
    sumMoney(lineRows.map((row) => row.spendToDate)),
    sumMoney(lineRows.map((row) => row.forecastOutturn)),
  );
  let cumulativeBudget = pence(0);
  let cumulativeForecast = pence(0);
  for (const month of months) {
    const rows = monthRows.filter((row) => row.month === month.month);
    const monthBudget = sumMoney(rows.map((row) => row.budget));
    const monthForecast = sumMoney(rows.map((row) => row.forecast));
    cumulativeBudget = pence(cumulativeBudget + monthBudget);
    cumulativeForecast = pence(cumulativeForecast + monthForecast);
    monthRows.push({
      serviceLine: 'TOTAL',
      month: month.month,
      label: month.label,
      budget: monthBudget,
      // Reported months have an actual figure on every line.
      actual: month.month > parsed.throughMonth ? null : sumMoney(rows.map((row) => row.actual!)),
      forecast: monthForecast,
      cumulativeBudget,
      cumulativeForecast,
    });
  }
  const findings: BudgetFinding[] = [...lineRows, total]
    .filter((row) => row.projectedOverspend)
    .map((row) =>
      finding(
        'PROJECTED_OVERSPEND',
        'warning',
        RULE.id,
        `${row.serviceLine === 'TOTAL' ? 'the budget as a whole' : row.serviceLine}: ${final ? 'outturn' : 'forecast outturn'} ${formatGbp(row.forecastOutturn)} is above the budget of ${formatGbp(row.budget)} by ${formatGbp(negateMoney(row.forecastVariance))}`,
        RULE.sources,
        row.serviceLine === 'TOTAL' ? ['budget'] : ['budget', 'lines', budget.lines.findIndex((line) => line.serviceLine === row.serviceLine)],
      ),
    );
  const outcome = outcomeOf({ holder: budget.holder, financialYear: budget.financialYear, kind: budget.kind, basis: final ? 'outturn' : 'forecast', budget: total.budget, outturn: total.forecastOutturn });
  return {
    holder: budget.holder,
    financialYear: budget.financialYear,
    kind: budget.kind,
    throughMonth: parsed.throughMonth,
    reportedTo,
    final,
    forecastMethod: forecast.method,
    lines: lineRows,
    total,
    months: monthRows,
    projectedOverspend: total.projectedOverspend,
    outcome,
    findings,
    explanation: step.done({ budget: total.budget, spendToDate: total.spendToDate, forecastOutturn: total.forecastOutturn, projectedOverspend: total.projectedOverspend }),
  };
}

function summarise<Line extends ServiceLine | 'TOTAL'>(serviceLine: Line, budget: Pence, budgetToDate: Pence, spendToDate: Pence, forecastOutturn: Pence): BudgetMonitoringLine<Line> {
  const forecastVariance = subtractMoney(budget, forecastOutturn);
  return { serviceLine, budget, budgetToDate, spendToDate, varianceToDate: subtractMoney(budgetToDate, spendToDate), forecastOutturn, forecastVariance, projectedOverspend: forecastVariance < 0 };
}
