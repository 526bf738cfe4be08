/**
 * A tornado chart of a sensitivity analysis, as a Vega-Lite specification.
 *
 * @module
 */
import { z } from 'zod';
import { ConfidenceSchema, type Confidence } from '../core/policy-model/schemas.js';
import { formatGbp, pence } from '../core/money.js';
import { safeText } from '../core/text.js';
import { parseChartArguments, poundsOf } from './chart-support.js';
import { vegaLiteSchemaUrl, type VegaLiteSpec } from './vega-lite-spec.js';

const RankingSchema = z
  .looseObject({
    rank: z.number().int().min(1).meta({ description: '1 for the parameter that moves a figure most.' }),
    parameter: z.string().min(1).meta({ description: 'The parameter id.' }),
    from: z.string().min(1).meta({ description: 'The first day of the dated value varied.' }),
    confidence: ConfidenceSchema.meta({ description: 'The confidence of the value varied.' }),
    figure: z.string().min(1).meta({ description: 'The figure it moves most.' }),
    low: z.number().int().max(0).meta({ description: 'The lowest change of the figure over the alternatives (at most 0).' }),
    high: z.number().int().min(0).meta({ description: 'The highest change of the figure over the alternatives (at least 0).' }),
    largestChangePerCent: z.string().nullable().meta({ description: 'The largest change as a percentage of the baseline, or null.' }),
  })
  .meta({ description: 'One entry of a sensitivity ranking (other fields are ignored).' });

/**
 * The zod schema for what {@link sensitivityChart} reads: the result of `analyseSensitivity` or
 * `analysePolicySensitivity` (its `ranking` and `baseline`; other fields are ignored).
 *
 * @category Charts
 * @example
 * ```ts
 * import { SensitivityChartInputSchema } from 'practice-based-commissioning/schemas';
 * SensitivityChartInputSchema.safeParse({ baseline: { variance: 100 }, ranking: [] }).success; //=> true
 * ```
 */
export const SensitivityChartInputSchema = z
  .looseObject({
    baseline: z.record(z.string(), z.number()).meta({ description: 'Each figure under the policy given.' }),
    ranking: z.array(RankingSchema).meta({ description: 'The parameters, largest change first.' }),
  })
  .meta({ description: 'A sensitivity analysis (other fields are ignored).' });

/**
 * The zod schema for the options of {@link sensitivityChart}.
 *
 * @category Charts
 * @example
 * ```ts
 * import { SensitivityChartOptionsSchema } from 'practice-based-commissioning/schemas';
 * SensitivityChartOptionsSchema.parse({ top: 5, money: true });
 * ```
 */
export const SensitivityChartOptionsSchema = z
  .object({
    top: z.number().int().min(1).max(100).optional().meta({ description: 'How many parameters to draw, largest change first (default 10).' }),
    money: z.boolean().optional().meta({ description: 'Whether the figures are pence, drawn in pounds (default true).' }),
    includeUnmoved: z.boolean().optional().meta({ description: 'Also draw parameters that move nothing (default false).' }),
    title: z.string().min(1).optional().meta({ description: 'The chart title (default: "Which figures hang on a disputed or unconfirmed fact").' }),
  })
  .strict()
  .meta({ description: 'Options of the sensitivity (tornado) chart.' });

/**
 * See {@link SensitivityChartOptionsSchema}.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { SensitivityChartOptions } from 'practice-based-commissioning/charts';
 * const options: SensitivityChartOptions = { top: 5 };
 * ```
 */
export type SensitivityChartOptions = z.input<typeof SensitivityChartOptionsSchema>;

/**
 * What {@link sensitivityChart} takes: a sensitivity analysis (the result of `analyseSensitivity` or
 * `analysePolicySensitivity`), as its schema reads it.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { SensitivityChartInput } from 'practice-based-commissioning/charts';
 * const empty: SensitivityChartInput = { baseline: {}, ranking: [] };
 * empty.ranking.length; //=> 0
 * ```
 */
export interface SensitivityChartInput {
  /** Each figure under the policy given (pence). */
  readonly baseline: { readonly [figure: string]: number };
  /** The parameters, largest change first. */
  readonly ranking: readonly {
    readonly rank: number;
    readonly parameter: string;
    readonly from: string;
    readonly confidence: Confidence;
    readonly figure: string;
    readonly low: number;
    readonly high: number;
    readonly largestChangePerCent: string | null;
  }[];
}

/**
 * One bar of the tornado: a parameter value and the spread of the figure it moves most.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { SensitivityChartRow } from 'practice-based-commissioning/charts';
 * declare const row: SensitivityChartRow;
 * `${row.bar}: ${row.lowText} to ${row.highText}`;
 * ```
 */
export interface SensitivityChartRow {
  readonly rank: number;
  /** The bar's label: `parameter (from date)`. */
  readonly bar: string;
  readonly parameter: string;
  readonly from: string;
  readonly confidence: Confidence;
  readonly figure: string;
  /** The lowest and highest change, in the figure's unit (pence for money). */
  readonly low: number;
  readonly high: number;
  /** The same in the drawn unit: pounds (exact, from pence) when `money`, else as given. */
  readonly lowValue: number;
  readonly highValue: number;
  readonly lowText: string;
  readonly highText: string;
  readonly baselineText: string;
  /** The largest change as a percentage of the baseline, or `''`. */
  readonly perCent: string;
}

/**
 * Builds a Vega-Lite v6 tornado chart of a sensitivity analysis: one horizontal bar per parameter
 * value varied, largest change at the top, from the lowest to the highest change its alternatives
 * make to the figure it moves most (the baseline is 0, drawn as a rule), coloured by the value's
 * confidence. Amounts in pence are drawn in pounds, divided exactly.
 *
 * @param result - the result of `analyseSensitivity` or `analysePolicySensitivity` (see {@link SensitivityChartInputSchema})
 * @param options - see {@link SensitivityChartOptionsSchema}
 * @returns the specification, with the {@link SensitivityChartRow | rows} inlined in the first layer's data
 * @throws PbcError `INVALID_INPUT` naming every bad field (`['ranking', 0, 'low']`, `['options', 'top']`)
 * @category Charts
 * @example
 * ```ts
 * import { sensitivityChart } from 'practice-based-commissioning/charts';
 * const spec = sensitivityChart({
 *   baseline: { pctBears: 3_245_137 },
 *   ranking: [{ rank: 1, parameter: 'budget.paceOfChange.gapClosedPerYear', from: '2007-04-01', confidence: 'unconfirmed', figure: 'pctBears', low: -1_934_769, high: 4_579_660, largestChangePerCent: '141.12' }],
 * });
 * spec.data.values[0]?.lowValue;  //=> -19347.69
 * spec.data.values[0]?.highText;  //=> '£45,796.60'
 * ```
 */
export function sensitivityChart(result: SensitivityChartInput, options?: SensitivityChartOptions): VegaLiteSpec<SensitivityChartRow> {
  const parsed = parseChartArguments('sensitivity chart', { schema: SensitivityChartInputSchema, value: result }, { schema: SensitivityChartOptionsSchema, value: options });
  const money = parsed.options.money ?? true;
  const top = parsed.options.top ?? 10;
  const show = (amount: number): string => (money && Number.isSafeInteger(amount) ? formatGbp(pence(amount)) : String(amount));
  const drawn = (amount: number): number => (money && Number.isSafeInteger(amount) ? poundsOf(pence(amount)) : amount);
  const rows: SensitivityChartRow[] = [...parsed.data.ranking]
    .sort((a, b) => a.rank - b.rank)
    .filter((entry) => (parsed.options.includeUnmoved ?? false) || entry.low !== 0 || entry.high !== 0)
    .slice(0, top)
    .map((entry) => ({
      rank: entry.rank,
      bar: `${safeText(entry.parameter)} (from ${safeText(entry.from)})`,
      parameter: safeText(entry.parameter),
      from: safeText(entry.from),
      confidence: entry.confidence,
      figure: safeText(entry.figure),
      low: entry.low,
      high: entry.high,
      lowValue: drawn(entry.low),
      highValue: drawn(entry.high),
      lowText: show(entry.low),
      highText: show(entry.high),
      baselineText: show(parsed.data.baseline[entry.figure] ?? 0),
      perCent: entry.largestChangePerCent === null ? '' : `${entry.largestChangePerCent}%`,
    }));
  const title = safeText(parsed.options.title ?? 'Which figures hang on a disputed or unconfirmed fact');
  const unit = money ? '£' : 'units';
  return {
    $schema: vegaLiteSchemaUrl,
    title: { text: title, subtitle: ['Each bar: the change an alternative value makes to the figure that parameter moves most', 'Baseline at 0; colour: how sure the library is of the value used'] },
    description: `${title}: a tornado chart of ${rows.length} parameter value${rows.length === 1 ? '' : 's'}, largest change first, each bar from the lowest to the highest change (${unit}).`,
    data: { values: rows },
    width: 420,
    height: { step: 24 },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'bar', type: 'nominal', sort: rows.map((row) => row.bar), title: null, axis: { labelLimit: 0 } },
          x: { field: 'lowValue', type: 'quantitative', title: `Change in the figure (${unit})`, axis: { format: ',.0f' } },
          x2: { field: 'highValue' },
          color: { field: 'confidence', type: 'nominal', title: 'Confidence', legend: { symbolType: 'square' }, scale: { domain: ['confirmed', 'derived', 'unconfirmed'], range: ['#1a9850', '#fdae61', '#d73027'] } },
          tooltip: [
            { field: 'parameter', type: 'nominal', title: 'Parameter' },
            { field: 'from', type: 'nominal', title: 'Value from' },
            { field: 'figure', type: 'nominal', title: 'Figure' },
            { field: 'baselineText', type: 'nominal', title: 'Baseline' },
            { field: 'lowText', type: 'nominal', title: 'Lowest change' },
            { field: 'highText', type: 'nominal', title: 'Highest change' },
            { field: 'perCent', type: 'nominal', title: 'Up to' },
          ],
        },
      },
      { mark: { type: 'rule', color: '#252525' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
    ],
  };
}
