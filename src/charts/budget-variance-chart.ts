/**
 * Budget variance by month and service line, as a Vega-Lite specification, from the month-by-month
 * table of `monitorBudget`.
 *
 * @module
 */
import { z } from 'zod';
import { FinancialYearSchema } from '../core/calendar.js';
import { PenceSchema, formatGbp, subtractMoney, type Pence } from '../core/money.js';
import { ServiceLineSchema, type ServiceLine } from '../budgets/model.js';
import type { BudgetMonitoring } from '../budgets/monitor-budget.js';
import { SERVICE_LINE_IDS, serviceLineCatalogue } from '../policy/catalogues/service-lines.js';
import { invalid, isResultObject, parseChartArguments, poundsOf } from './chart-support.js';
import { vegaLiteSchemaUrl, type VegaLiteSpec } from './vega-lite-spec.js';
import { safeText } from '../core/text.js';

const MONTH_NAMES = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/**
 * The zod schema for one row of the month-by-month table that `monitorBudget` returns
 * (`BudgetMonitoringMonth`): a service line (or `'TOTAL'`), a month of the financial year, and the
 * budget, actual and forecast spend for it in pence.
 *
 * @category Charts
 * @example
 * ```ts
 * import { BudgetVarianceChartMonthSchema } from 'practice-based-commissioning/schemas';
 * BudgetVarianceChartMonthSchema.safeParse({
 *   serviceLine: 'PRESCRIBING', month: 1, label: '2007-04', budget: 100_000, actual: 110_000, forecast: 110_000,
 *   cumulativeBudget: 100_000, cumulativeForecast: 110_000,
 * }).success; //=> true
 * ```
 */
export const BudgetVarianceChartMonthSchema = z
  .object({
    serviceLine: z.union([ServiceLineSchema, z.literal('TOTAL')]).meta({ description: 'The service line, or TOTAL for the whole budget.' }),
    month: z.number().int().min(1).max(12).meta({ description: 'The month of the financial year, 1 (April) to 12 (March).' }),
    label: z
      .string()
      .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { message: 'must be a calendar month in YYYY-MM form' })
      .meta({ description: 'The calendar month, YYYY-MM.' }),
    budget: PenceSchema.meta({ description: 'The budget phased to the month, in pence.' }),
    actual: PenceSchema.nullable().meta({ description: 'Spend reported for the month in pence; null for months after the reporting month.' }),
    forecast: PenceSchema.meta({ description: 'The actual spend for reported months, the projected spend for the rest, in pence.' }),
    cumulativeBudget: PenceSchema.meta({ description: 'The budget phased to the end of the month, from April, in pence.' }),
    cumulativeForecast: PenceSchema.meta({ description: 'Actual and forecast spend to the end of the month, from April, in pence.' }),
  })
  .strict()
  .meta({ description: 'One month of one service line (or the total) of a budget monitoring table.' });

const MonitoringSchema = z
  .looseObject({
    holder: z
      .discriminatedUnion('kind', [
        z.looseObject({
          kind: z.literal('practice').meta({ description: 'A practice holds the budget.' }),
          practiceCode: z.string().min(1).meta({ description: "The practice's ODS code." }),
        }),
        z.looseObject({
          kind: z.literal('group').meta({ description: 'A group of practices holds the budget.' }),
          groupId: z.string().min(1).meta({ description: "The group's own identifier." }),
          name: z.string().min(1).optional().meta({ description: "The group's name." }),
        }),
      ])
      .optional()
      .meta({ description: 'Who holds the budget: a practice (practiceCode) or a group (groupId, name); used in the subtitle.' }),
    financialYear: FinancialYearSchema.optional().meta({ description: 'The financial year, e.g. 2007/08; used in the subtitle.' }),
    throughMonth: z.number().int().min(1).max(12).optional().meta({ description: 'The last month reported, 1 (April) to 12 (March).' }),
    months: z.array(BudgetVarianceChartMonthSchema).min(1, { message: 'needs at least one month' }).meta({ description: 'The month-by-month table: twelve rows per line, then twelve TOTAL rows.' }),
  })
  .meta({ description: 'A budget monitoring result (other fields are ignored).' });

const MonthsSchema = z
  .array(BudgetVarianceChartMonthSchema)
  .min(1, { message: 'needs at least one month' })
  .meta({ description: 'The month-by-month table of a budget monitoring result.' });

/**
 * The zod schema for what {@link budgetVarianceChart} plots: the result of `monitorBudget` (only its
 * `months` table, holder, financial year and reporting month are read) or the `months` table alone.
 *
 * @category Charts
 * @example
 * ```ts
 * import { BudgetVarianceChartInputSchema } from 'practice-based-commissioning/schemas';
 * BudgetVarianceChartInputSchema.safeParse([]).success; //=> false (no months)
 * ```
 */
export const BudgetVarianceChartInputSchema = z.union([MonitoringSchema, MonthsSchema]).meta({
  description: 'A budget monitoring result, or its month-by-month table.',
});

/**
 * The zod schema for the options of {@link budgetVarianceChart}: `includeTotal` (default `false`)
 * adds the whole budget as a last row of the chart; `title` replaces the default title.
 *
 * @category Charts
 * @example
 * ```ts
 * import { BudgetVarianceChartOptionsSchema } from 'practice-based-commissioning/schemas';
 * BudgetVarianceChartOptionsSchema.parse({ includeTotal: true }); //=> { includeTotal: true }
 * ```
 */
export const BudgetVarianceChartOptionsSchema = z
  .object({
    includeTotal: z.boolean().optional().meta({ description: 'Add the whole budget (TOTAL) as the last row of panels (default false).' }),
    title: z.string().min(1).optional().meta({ description: 'The chart title (default: "Budget variance by month and service line").' }),
  })
  .strict()
  .meta({ description: 'Options of the budget variance chart.' });

/**
 * The options of {@link budgetVarianceChart}. See {@link BudgetVarianceChartOptionsSchema}.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { BudgetVarianceChartOptions } from 'practice-based-commissioning';
 * const options: BudgetVarianceChartOptions = { includeTotal: true };
 * ```
 */
export type BudgetVarianceChartOptions = z.input<typeof BudgetVarianceChartOptionsSchema>;

/**
 * One month of the table {@link budgetVarianceChart} plots, as `monitorBudget` returns it
 * (`BudgetMonitoringMonth`) or as read back from JSON: amounts in pence (plain integers are accepted).
 * See {@link BudgetVarianceChartMonthSchema} for each field.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { BudgetVarianceChartMonth } from 'practice-based-commissioning';
 * const april: BudgetVarianceChartMonth = {
 *   serviceLine: 'PRESCRIBING', month: 1, label: '2007-04', budget: 100_000, actual: 110_000, forecast: 110_000,
 *   cumulativeBudget: 100_000, cumulativeForecast: 110_000,
 * };
 * ```
 */
export type BudgetVarianceChartMonth = Readonly<z.input<typeof BudgetVarianceChartMonthSchema>>;

/**
 * What {@link budgetVarianceChart} accepts: the result of `monitorBudget` ({@link BudgetMonitoring}),
 * the same read back from JSON (only `months`, `holder`, `financialYear` and `throughMonth` are
 * read), or the `months` table alone.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { BudgetMonitoring, BudgetVarianceChartInput } from 'practice-based-commissioning';
 * declare const monitoring: BudgetMonitoring;
 * const whole: BudgetVarianceChartInput = monitoring;
 * const table: BudgetVarianceChartInput = monitoring.months;
 * ```
 */
export type BudgetVarianceChartInput =
  | BudgetMonitoring
  | {
      readonly months: readonly BudgetVarianceChartMonth[];
      readonly holder?: { readonly kind: 'practice'; readonly practiceCode: string } | { readonly kind: 'group'; readonly groupId: string; readonly name?: string };
      readonly financialYear?: string;
      readonly throughMonth?: number;
    }
  | readonly BudgetVarianceChartMonth[];

/**
 * One row plotted by {@link budgetVarianceChart}: one month of one service line, the variance
 * (`budget − spend`, above zero an underspend) in pence, in exact pounds and as formatted text.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { BudgetVarianceChartRow } from 'practice-based-commissioning';
 * declare const row: BudgetVarianceChartRow;
 * row.variance === row.budget - row.spend; //=> true
 * ```
 */
export interface BudgetVarianceChartRow {
  readonly serviceLine: ServiceLine | 'TOTAL';
  /** The service line's label from the service line catalogue, or `Total`. */
  readonly serviceLineLabel: string;
  /** 1 (April) to 12 (March). */
  readonly month: number;
  /** The calendar month, `YYYY-MM`. */
  readonly period: string;
  /** The calendar month for an axis, e.g. `Apr 2007`. */
  readonly monthName: string;
  /** `actual` for a reported month, `forecast` for a later one. */
  readonly basis: 'actual' | 'forecast';
  readonly budget: Pence;
  /** Actual spend for a reported month, forecast spend for a later one. */
  readonly spend: Pence;
  /** `budget − spend`: above zero an underspend, below zero an overspend. */
  readonly variance: Pence;
  /** `budget` in pounds, exact (`budget / 100` in decimal arithmetic). */
  readonly budgetPounds: number;
  readonly spendPounds: number;
  readonly variancePounds: number;
  /** `budget` formatted, e.g. `£1,000.00`. */
  readonly budgetGbp: string;
  readonly spendGbp: string;
  readonly varianceGbp: string;
  readonly position: 'underspend' | 'on budget' | 'overspend';
}

const lineLabel = (line: ServiceLine | 'TOTAL'): string => (line === 'TOTAL' ? 'Total' : (serviceLineCatalogue.find((entry) => entry.serviceLine === line)?.label ?? line));

/** `2007-04` → `Apr 2007` (the schema has checked the form). */
function monthNameOf(period: string): string {
  const month = Number(period.slice(5, 7));
  return `${MONTH_NAMES.slice(3 * (month - 1), 3 * month)} ${period.slice(0, 4)}`;
}

function rowOf(month: z.infer<typeof BudgetVarianceChartMonthSchema>): BudgetVarianceChartRow {
  const variance = subtractMoney(month.budget, month.forecast);
  return {
    serviceLine: month.serviceLine,
    serviceLineLabel: lineLabel(month.serviceLine),
    month: month.month,
    period: month.label,
    monthName: monthNameOf(month.label),
    basis: month.actual === null ? 'forecast' : 'actual',
    budget: month.budget,
    spend: month.forecast,
    variance,
    budgetPounds: poundsOf(month.budget),
    spendPounds: poundsOf(month.forecast),
    variancePounds: poundsOf(variance),
    budgetGbp: formatGbp(month.budget),
    spendGbp: formatGbp(month.forecast),
    varianceGbp: formatGbp(variance),
    position: variance > 0 ? 'underspend' : variance < 0 ? 'overspend' : 'on budget',
  };
}

function subtitleOf(monitoring: z.infer<typeof MonitoringSchema> | undefined, rows: readonly BudgetVarianceChartRow[]): string[] {
  const lines: string[] = [];
  if (monitoring !== undefined) {
    const holder = monitoring.holder;
    const who = holder === undefined ? undefined : holder.kind === 'practice' ? `practice ${holder.practiceCode}` : (holder.name ?? `group ${holder.groupId}`);
    const what = [who, monitoring.financialYear].filter((part): part is string => part !== undefined).join(', ');
    if (what !== '') lines.push(safeText(what));
  }
  const reported = rows.filter((row) => row.basis === 'actual');
  const lastReported = [...reported].sort((a, b) => a.month - b.month).at(-1);
  lines.push(
    lastReported === undefined
      ? 'All months forecast (paler bars)'
      : reported.length === rows.length
        ? 'Actual spend in every month'
        : `Actual spend to ${lastReported.monthName}; forecast after (paler bars)`,
  );
  lines.push('Variance = budget − spend: above zero an underspend, below zero an overspend');
  return lines;
}

/**
 * Builds a Vega-Lite v6 chart of budget variance by month and service line: one panel per service
 * line (in catalogue order), one bar per month of the financial year, the variance (`budget −
 * spend`) in pounds, green for an underspend and red for an overspend, paler where the month is a
 * forecast rather than reported spend. Every figure comes from the monitoring table exactly: the
 * pounds are divided from pence in decimal arithmetic, and the tooltips show the formatted amounts.
 * The months are plotted as ordered categories, never as dates, so no time zone can move them.
 *
 * @param monitoring - the result of `monitorBudget`, or its `months` table (for instance read back
 *   from JSON); checked at run time against {@link BudgetVarianceChartInputSchema}, so a JavaScript
 *   caller's bad value raises a `PbcError`
 * @param options - see {@link BudgetVarianceChartOptionsSchema}
 * @returns the specification, with the {@link BudgetVarianceChartRow | rows} inlined in `data.values`
 * @throws PbcError `INVALID_INPUT` naming every bad field (`['months', 3, 'budget']` for a result
 *   object, `[3, 'budget']` for a table; `['options', 'includeTotal']`); `CONFLICTING_INPUT` when a
 *   service line has two rows for one month (rule `charts.budgetVariance.oneRowPerLineAndMonth`)
 * @category Charts
 * @example
 * ```ts
 * import { budgetVarianceChart, monitorBudget } from 'practice-based-commissioning';
 * const monitoring = monitorBudget({
 *   budget: { holder: { kind: 'practice', practiceCode: 'Z90002' }, financialYear: '2007/08', kind: 'indicative',
 *             lines: [{ serviceLine: 'PRESCRIBING', amount: 1_200_000 }] },
 *   throughMonth: 1,
 *   spend: [{ serviceLine: 'PRESCRIBING', amount: 99_970, month: 1 }],
 * });
 * const spec = budgetVarianceChart(monitoring);
 * spec.data.values[0];
 * //=> { serviceLine: 'PRESCRIBING', month: 1, period: '2007-04', monthName: 'Apr 2007', basis: 'actual',
 * //     budget: 100000, spend: 99970, variance: 30, variancePounds: 0.3, varianceGbp: '£0.30', position: 'underspend', … }
 * spec.data.values.length; //=> 12 (one row per month; add the total with { includeTotal: true })
 * ```
 */
export function budgetVarianceChart(monitoring: BudgetVarianceChartInput, options?: BudgetVarianceChartOptions): VegaLiteSpec<BudgetVarianceChartRow> {
  const asResult = isResultObject(monitoring);
  // A result object is read as one (so issue paths start with 'months'); anything else as a table.
  const schema: z.ZodType<z.infer<typeof MonitoringSchema> | z.infer<typeof MonthsSchema>> = asResult ? MonitoringSchema : MonthsSchema;
  const parsed = parseChartArguments('budget variance chart', { schema, value: monitoring }, { schema: BudgetVarianceChartOptionsSchema, value: options });
  const result = Array.isArray(parsed.data) ? undefined : parsed.data;
  const months = Array.isArray(parsed.data) ? parsed.data : parsed.data.months;
  const seen = new Set<string>();
  const conflicts = months.flatMap((month, index) => {
    const key = `${month.serviceLine} ${month.month}`;
    const twice = seen.has(key);
    seen.add(key);
    return twice
      ? [{ path: [...(asResult ? ['months'] : []), index, 'month'], message: `a second row for ${month.serviceLine} in month ${month.month}`, rule: 'charts.budgetVariance.oneRowPerLineAndMonth' }]
      : [];
  });
  if (conflicts.length > 0) throw invalid('budget variance chart', conflicts, 'CONFLICTING_INPUT');

  const includeTotal = parsed.options.includeTotal ?? false;
  const order: readonly (ServiceLine | 'TOTAL')[] = [...SERVICE_LINE_IDS, 'TOTAL'];
  const rows = months
    .filter((month) => includeTotal || month.serviceLine !== 'TOTAL')
    .map(rowOf)
    .sort((a, b) => order.indexOf(a.serviceLine) - order.indexOf(b.serviceLine) || a.month - b.month);
  const panels = [...new Set(rows.map((row) => row.serviceLineLabel))];
  const monthNames = [...new Map([...rows].sort((a, b) => a.month - b.month).map((row) => [row.month, row.monthName])).values()];
  const title = safeText(parsed.options.title ?? 'Budget variance by month and service line');
  return {
    $schema: vegaLiteSchemaUrl,
    title: { text: title, subtitle: subtitleOf(result, rows) },
    description: `${title}: the variance (budget minus actual or forecast spend) in pounds for each month, one panel per service line (${panels.join(', ')}).`,
    data: { values: rows },
    width: { step: 26 },
    height: 90,
    resolve: { scale: { y: 'independent' } },
    mark: { type: 'bar' },
    encoding: {
      // Each panel's full service line label above it (never cut short), and its own y scale: a
      // prescribing line's variance can be a hundred times a diagnostics line's.
      row: { field: 'serviceLineLabel', type: 'nominal', sort: panels, title: null, header: { labelOrient: 'top', labelAnchor: 'start', labelAngle: 0, labelLimit: 0, labelFontWeight: 'bold' } },
      x: { field: 'monthName', type: 'ordinal', sort: monthNames, title: 'Month', axis: { labelAngle: -45 } },
      y: { field: 'variancePounds', type: 'quantitative', title: 'Variance (£)', axis: { format: ',.0f' } },
      color: {
        field: 'position',
        type: 'nominal',
        title: 'Position',
        scale: { domain: ['underspend', 'on budget', 'overspend'], range: ['#1a9850', '#969696', '#d73027'] },
        // Square swatches, fully opaque, like the bars of a reported month.
        legend: { symbolType: 'square', symbolOpacity: 1, labelLimit: 0 },
      },
      opacity: {
        field: 'basis',
        type: 'ordinal',
        title: 'Spend',
        scale: { domain: ['actual', 'forecast'], range: [1, 0.45] },
        // Grey squares at the bars' two opacities, so the swatch shows what a paler bar means.
        legend: { symbolType: 'square', symbolFillColor: '#555555', symbolStrokeWidth: 0, labelLimit: 0 },
      },
      tooltip: [
        { field: 'serviceLineLabel', type: 'nominal', title: 'Service line' },
        { field: 'monthName', type: 'ordinal', title: 'Month' },
        { field: 'basis', type: 'nominal', title: 'Spend is' },
        { field: 'budgetGbp', type: 'nominal', title: 'Budget' },
        { field: 'spendGbp', type: 'nominal', title: 'Spend' },
        { field: 'varianceGbp', type: 'nominal', title: 'Variance' },
      ],
    },
  };
}
