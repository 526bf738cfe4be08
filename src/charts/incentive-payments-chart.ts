/**
 * Incentive payments by practice, as a Vega-Lite specification, from the records of
 * `incentivePaymentSchedule`.
 *
 * @module
 */
import { z } from 'zod';
import { FinancialYearSchema } from '../core/calendar.js';
import { PenceSchema, formatGbp, sumMoney, type Pence } from '../core/money.js';
import type { IncentivePaymentSchedule } from '../incentives/incentive-payment-schedule.js';
import { invalid, isResultObject, parseChartArguments, poundsOf } from './chart-support.js';
import { vegaLiteSchemaUrl, type VegaLiteSpec } from './vega-lite-spec.js';
import { safeText } from '../core/text.js';

const DES_SCHEME = 'towards-pbc-des';

/**
 * The zod schema for one record of an incentive payment schedule (`IncentivePaymentRecord`, from
 * `incentivePaymentSchedule`): who is paid, under which scheme and item, its status, when and how
 * much (pence).
 *
 * @category Charts
 * @example
 * ```ts
 * import { IncentivePaymentsChartRecordSchema } from 'practice-based-commissioning/schemas';
 * IncentivePaymentsChartRecordSchema.safeParse({
 *   practiceCode: 'Z90002', scheme: 'towards-pbc-des', item: 'C1', status: 'due', dueOn: '2006-06-30', month: '2006-06',
 *   financialYear: '2006/07', amount: 565_250, value: 565_250, reason: 'component 1', rule: 'des.c1.signUp',
 * }).success; //=> true
 * ```
 */
export const IncentivePaymentsChartRecordSchema = z
  .object({
    practiceCode: z.string().min(1).meta({ description: 'The practice paid.' }),
    scheme: z.string().min(1).meta({ description: '`towards-pbc-des`, or the local scheme id.' }),
    item: z.string().min(1).meta({ description: '`C1` or `C2` for the DES; the instalment id for a local scheme.' }),
    status: z.string().min(1).meta({ description: '`due`, or why nothing is paid (`withheld`, `pending`, `not-earned`, `refused`, …); only `due` items are plotted.' }),
    dueOn: z.string().nullable().meta({ description: 'The payment date, YYYY-MM-DD; null unless due.' }),
    month: z.string().nullable().meta({ description: 'The month of the payment date, YYYY-MM; null unless due.' }),
    financialYear: z.string().nullable().meta({ description: 'The financial year of the payment date, e.g. 2007/08; null unless due.' }),
    amount: PenceSchema.meta({ description: 'What is paid, in pence: zero unless due.' }),
    value: PenceSchema.meta({ description: 'What the item is worth before conditions and offsets, in pence.' }),
    reason: z.string().meta({ description: 'Why, in plain English.' }),
    rule: z.string().meta({ description: 'The id of the rule that decided it.' }),
  })
  .strict()
  .meta({ description: 'One record of an incentive payment schedule.' });

const RecordsSchema = z.array(IncentivePaymentsChartRecordSchema).meta({ description: 'The records of an incentive payment schedule.' });

const ScheduleSchema = z
  .looseObject({ records: RecordsSchema })
  .meta({ description: 'An incentive payment schedule (other fields are ignored).' });

/**
 * The zod schema for what {@link incentivePaymentsChart} plots: the result of
 * `incentivePaymentSchedule` (only its `records` are read) or the records alone.
 *
 * @category Charts
 * @example
 * ```ts
 * import { IncentivePaymentsChartInputSchema } from 'practice-based-commissioning/schemas';
 * IncentivePaymentsChartInputSchema.safeParse({ records: [] }).success; //=> true
 * ```
 */
export const IncentivePaymentsChartInputSchema = z.union([ScheduleSchema, RecordsSchema]).meta({
  description: 'An incentive payment schedule, or its records.',
});

/**
 * The zod schema for the options of {@link incentivePaymentsChart}: `financialYear` keeps only the
 * payments due in that year (`'2007/08'`); `title` replaces the default title.
 *
 * @category Charts
 * @example
 * ```ts
 * import { IncentivePaymentsChartOptionsSchema } from 'practice-based-commissioning/schemas';
 * IncentivePaymentsChartOptionsSchema.safeParse({ financialYear: '2007-08' }).success; //=> false
 * ```
 */
export const IncentivePaymentsChartOptionsSchema = z
  .object({
    financialYear: FinancialYearSchema.optional().meta({ description: 'Only payments due in this financial year, e.g. 2007/08 (default: every year).' }),
    title: z.string().min(1).optional().meta({ description: 'The chart title (default: "Incentive payments by practice").' }),
  })
  .strict()
  .meta({ description: 'Options of the incentive payments chart.' });

/**
 * The options of {@link incentivePaymentsChart}. See {@link IncentivePaymentsChartOptionsSchema}.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { IncentivePaymentsChartOptions } from 'practice-based-commissioning';
 * const options: IncentivePaymentsChartOptions = { financialYear: '2007/08' };
 * ```
 */
export type IncentivePaymentsChartOptions = z.input<typeof IncentivePaymentsChartOptionsSchema>;

/**
 * One record of the schedule {@link incentivePaymentsChart} plots, as `incentivePaymentSchedule`
 * returns it (`IncentivePaymentRecord`) or as read back from JSON: amounts in pence, dates
 * `YYYY-MM-DD`. See {@link IncentivePaymentsChartRecordSchema} for each field.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { IncentivePaymentsChartRecord } from 'practice-based-commissioning';
 * const record: IncentivePaymentsChartRecord = {
 *   practiceCode: 'Z90002', scheme: 'towards-pbc-des', item: 'C1', status: 'due', dueOn: '2006-06-30', month: '2006-06',
 *   financialYear: '2006/07', amount: 565_250, value: 565_250, reason: 'component 1', rule: 'des.c1.signUp',
 * };
 * ```
 */
export type IncentivePaymentsChartRecord = Readonly<z.input<typeof IncentivePaymentsChartRecordSchema>>;

/**
 * What {@link incentivePaymentsChart} accepts: the result of `incentivePaymentSchedule`
 * ({@link IncentivePaymentSchedule}), the same read back from JSON (only `records` is read), or the
 * records alone.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { IncentivePaymentSchedule, IncentivePaymentsChartInput } from 'practice-based-commissioning';
 * declare const schedule: IncentivePaymentSchedule;
 * const whole: IncentivePaymentsChartInput = schedule;
 * const records: IncentivePaymentsChartInput = schedule.records;
 * ```
 */
export type IncentivePaymentsChartInput =
  | IncentivePaymentSchedule
  | { readonly records: readonly IncentivePaymentsChartRecord[] }
  | readonly IncentivePaymentsChartRecord[];

/**
 * One payment plotted by {@link incentivePaymentsChart}: a due item of the schedule, its amount in
 * pence, in exact pounds and as formatted text.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { IncentivePaymentsChartRow } from 'practice-based-commissioning';
 * declare const row: IncentivePaymentsChartRow;
 * `${row.practiceCode} ${row.payment}: ${row.amountGbp} on ${row.dueOn}`;
 * ```
 */
export interface IncentivePaymentsChartRow {
  readonly practiceCode: string;
  readonly scheme: string;
  readonly item: string;
  /** The bar segment's label: `Towards PBC DES C1`, or `<scheme> <instalment>`. */
  readonly payment: string;
  readonly dueOn: string;
  /** `YYYY-MM`. */
  readonly month: string;
  readonly financialYear: string;
  readonly amount: Pence;
  /** `amount` in pounds, exact (`amount / 100` in decimal arithmetic). */
  readonly amountPounds: number;
  /** `amount` formatted, e.g. `£5,652.50`. */
  readonly amountGbp: string;
  readonly reason: string;
}

/**
 * One practice's total in {@link incentivePaymentsChart} (the label above its bar): the exact sum
 * of its payments in pence, in pounds and as text.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { IncentivePaymentsChartTotal } from 'practice-based-commissioning';
 * const total: IncentivePaymentsChartTotal = { practiceCode: 'Z90002', total: 935_250 as never, totalPounds: 9352.5, totalGbp: '£9,352.50', payments: 2 };
 * ```
 */
export type IncentivePaymentsChartTotal = {
  readonly practiceCode: string;
  readonly total: Pence;
  readonly totalPounds: number;
  readonly totalGbp: string;
  /** How many payments make it up. */
  readonly payments: number;
};

type DatedRecord = z.infer<typeof IncentivePaymentsChartRecordSchema> & { dueOn: string; month: string; financialYear: string };

const paymentLabel = (scheme: string, item: string): string => (scheme === DES_SCHEME ? `Towards PBC DES ${item}` : `${scheme} ${item}`);

/**
 * Builds a Vega-Lite v6 chart of incentive payments by practice: one bar per practice, stacked by
 * payment (each DES component, each local scheme instalment), with the practice's total above it.
 * Only items that are due are plotted (items withheld, refused or not earned pay nothing: they stay
 * in the schedule's records with their reasons). The pounds are divided from pence in decimal
 * arithmetic and each total is summed in pence, so the labels are exact.
 *
 * @param schedule - the result of `incentivePaymentSchedule`, or its `records`; checked at run
 *   time against {@link IncentivePaymentsChartInputSchema}, so a JavaScript caller's bad value raises
 *   a `PbcError`
 * @param options - see {@link IncentivePaymentsChartOptionsSchema}
 * @returns the specification, with the {@link IncentivePaymentsChartRow | payments} inlined in
 *   `data.values` (practice totals in the label layer's own data)
 * @throws PbcError `INVALID_INPUT` naming every bad field (`['records', 0, 'amount']`,
 *   `['options', 'financialYear']`); `CONFLICTING_INPUT` when a due record has no date (rule
 *   `charts.incentivePayments.dueHasDate`) or one practice has the same scheme and item twice (rule
 *   `charts.incentivePayments.onePaymentPerItem`)
 * @category Charts
 * @example
 * ```ts
 * import { incentivePaymentSchedule, incentivePaymentsChart } from 'practice-based-commissioning';
 * const schedule = incentivePaymentSchedule({
 *   desClaims: [{ component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01',
 *                 listSizes: [{ date: '2006-04-01', registered: 5950 }] }],
 * });
 * const spec = incentivePaymentsChart(schedule);
 * spec.data.values.map((row) => [row.practiceCode, row.payment, row.amountPounds, row.amountGbp]);
 * //=> [['Z90002', 'Towards PBC DES C1', 5652.5, '£5,652.50']]
 * ```
 */
export function incentivePaymentsChart(schedule: IncentivePaymentsChartInput, options?: IncentivePaymentsChartOptions): VegaLiteSpec<IncentivePaymentsChartRow> {
  const asResult = isResultObject(schedule);
  // A result object is read as one (so issue paths start with 'records'); anything else as a list.
  const schema: z.ZodType<z.infer<typeof ScheduleSchema> | z.infer<typeof RecordsSchema>> = asResult ? ScheduleSchema : RecordsSchema;
  const parsed = parseChartArguments('incentive payments chart', { schema, value: schedule }, { schema: IncentivePaymentsChartOptionsSchema, value: options });
  const records = Array.isArray(parsed.data) ? parsed.data : parsed.data.records;
  const prefix = asResult ? ['records'] : [];
  const seen = new Set<string>();
  const conflicts = records.flatMap((record, index) => {
    const key = `${record.practiceCode} ${record.scheme} ${record.item}`;
    const twice = seen.has(key);
    seen.add(key);
    return [
      ...(record.status === 'due' && (record.dueOn === null || record.month === null || record.financialYear === null)
        ? [{ path: [...prefix, index, 'dueOn'], message: 'a due payment needs its date, month and financial year', rule: 'charts.incentivePayments.dueHasDate' }]
        : []),
      ...(twice ? [{ path: [...prefix, index, 'item'], message: `a second record for ${record.practiceCode} ${paymentLabel(record.scheme, record.item)}`, rule: 'charts.incentivePayments.onePaymentPerItem' }] : []),
    ];
  });
  if (conflicts.length > 0) throw invalid('incentive payments chart', conflicts, 'CONFLICTING_INPUT');

  const year = parsed.options.financialYear;
  const rows: IncentivePaymentsChartRow[] = records
    // Checked above: a due record has a date, a month and a financial year.
    .filter((record): record is DatedRecord => record.status === 'due' && (year === undefined || record.financialYear === year))
    .map((record) => ({
      practiceCode: record.practiceCode,
      scheme: record.scheme,
      item: record.item,
      payment: paymentLabel(record.scheme, record.item),
      dueOn: record.dueOn,
      month: record.month,
      financialYear: record.financialYear,
      amount: record.amount,
      amountPounds: poundsOf(record.amount),
      amountGbp: formatGbp(record.amount),
      reason: record.reason,
    }))
    .sort((a, b) => a.practiceCode.localeCompare(b.practiceCode) || a.dueOn.localeCompare(b.dueOn) || a.payment.localeCompare(b.payment));
  const practices = [...new Set(rows.map((row) => row.practiceCode))];
  const totals: IncentivePaymentsChartTotal[] = practices.map((practiceCode) => {
    const own = rows.filter((row) => row.practiceCode === practiceCode);
    const total = sumMoney(own.map((row) => row.amount));
    return { practiceCode, total, totalPounds: poundsOf(total), totalGbp: formatGbp(total), payments: own.length };
  });
  const payments = [...new Set([...rows].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.payment.localeCompare(b.payment)).map((row) => row.payment))];
  const grandTotal = sumMoney(rows.map((row) => row.amount));
  const title = safeText(parsed.options.title ?? 'Incentive payments by practice');
  const x = { field: 'practiceCode', type: 'nominal', sort: practices, title: 'Practice', axis: { labelAngle: 0 } };
  const y = { field: 'amountPounds', type: 'quantitative', title: 'Amount due (£)', axis: { format: ',.0f' } };
  return {
    $schema: vegaLiteSchemaUrl,
    title: {
      text: title,
      subtitle: [
        `${year === undefined ? 'Every year' : `Due in ${year}`}: ${formatGbp(grandTotal)} to ${practices.length} practice${practices.length === 1 ? '' : 's'} in ${rows.length} payment${rows.length === 1 ? '' : 's'}`,
        'Items withheld, refused or not earned pay nothing and are not shown',
      ],
    },
    description: `${title}: the amount due to each practice, stacked by payment (${payments.map(safeText).join(', ') || 'none'}), with each practice's total.`,
    data: { values: rows },
    width: { step: 70 },
    height: 260,
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x,
          y,
          color: { field: 'payment', type: 'nominal', title: 'Payment', sort: payments, legend: { labelLimit: 0, symbolType: 'square' } },
          order: { field: 'dueOn', type: 'ordinal' },
          tooltip: [
            { field: 'practiceCode', type: 'nominal', title: 'Practice' },
            { field: 'payment', type: 'nominal', title: 'Payment' },
            { field: 'dueOn', type: 'ordinal', title: 'Due on' },
            { field: 'financialYear', type: 'ordinal', title: 'Financial year' },
            { field: 'amountGbp', type: 'nominal', title: 'Amount' },
            { field: 'reason', type: 'nominal', title: 'Why' },
          ],
        },
      },
      {
        data: { values: totals },
        mark: { type: 'text', dy: -8, fontWeight: 'bold' },
        encoding: {
          x,
          y: { ...y, field: 'totalPounds' },
          text: { field: 'totalGbp', type: 'nominal' },
        },
      },
    ],
  };
}
