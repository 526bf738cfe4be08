/**
 * One or more PCTs' world class commissioning assurance against the published national results, as
 * a Vega-Lite specification, from the tidy rows of `wccComparisonTable`.
 *
 * @module
 */
import { z } from 'zod';
import { invalid, parseChartArguments } from './chart-support.js';
import { vegaLiteSchemaUrl, type VegaLiteJson, type VegaLiteSpec } from './vega-lite-spec.js';
import { safeText } from '../core/text.js';

const POSITIONS = [
  { position: 'in', label: 'PCT in this share', colour: '#4575b4' },
  { position: 'out', label: 'PCT not in this share', colour: '#fdae61' },
  { position: 'above', label: 'PCT above the mean', colour: '#1a9850' },
  { position: 'level', label: 'PCT at the mean', colour: '#91bfdb' },
  { position: 'below', label: 'PCT below the mean', colour: '#d73027' },
  { position: 'unknown', label: 'PCT unknown (no evidence)', colour: '#bdbdbd' },
] as const;

/**
 * The zod schema for one row {@link wccComparisonChart} reads: a row of `wccComparisonTable` (or
 * the same read back from JSON). Other fields are ignored.
 *
 * @category Charts
 * @example
 * ```ts
 * import { WccComparisonChartRowInputSchema } from 'practice-based-commissioning/schemas';
 * WccComparisonChartRowInputSchema.safeParse({ pct: '5ZZ', assuranceYear: '2009/10', measure: 'board-green', label: 'Governance (board) rated green', pctValue: 'green', national: 61, nationalUnit: 'percent', nationalText: '61%', position: 'in' }).success; //=> true
 * ```
 */
export const WccComparisonChartRowInputSchema = z
  .looseObject({
    pct: z.string().min(1).nullable().meta({ description: 'The PCT: a bar group or a point colour.' }),
    assuranceYear: z.enum(['2008/09', '2009/10']),
    measure: z.string().min(1),
    label: z.string().min(1).meta({ description: 'The national figure in words: the row of the chart.' }),
    pctValue: z.union([z.string(), z.number().finite()]).nullable(),
    national: z.number().finite(),
    nationalUnit: z.enum(['percent', 'count', 'level']),
    nationalText: z.string().min(1),
    position: z.enum(['in', 'out', 'above', 'level', 'below', 'unknown']),
  })
  .meta({ description: 'One row of wccComparisonTable.' });

/**
 * One row as {@link wccComparisonChart} reads it: the fields it needs of a row of
 * `wccComparisonTable` (other fields are allowed and ignored).
 *
 * @category Charts
 * @example
 * ```ts
 * import type { WccComparisonChartRowInput } from 'practice-based-commissioning';
 * const row: WccComparisonChartRowInput = { pct: '5ZZ', assuranceYear: '2009/10', measure: 'board-green', label: 'Governance (board) rated green', pctValue: 'green', national: 61, nationalUnit: 'percent', nationalText: '61%', position: 'in' };
 * ```
 */
export interface WccComparisonChartRowInput {
  readonly pct: string | null;
  readonly assuranceYear: '2008/09' | '2009/10';
  readonly measure: string;
  readonly label: string;
  readonly pctValue: string | number | null;
  readonly national: number;
  readonly nationalUnit: 'percent' | 'count' | 'level';
  readonly nationalText: string;
  readonly position: 'in' | 'out' | 'above' | 'level' | 'below' | 'unknown';
}

/**
 * The zod schema for the options of {@link wccComparisonChart}: `title` replaces the default.
 *
 * @category Charts
 * @example
 * ```ts
 * import { WccComparisonChartOptionsSchema } from 'practice-based-commissioning/schemas';
 * WccComparisonChartOptionsSchema.parse({ title: 'Kirklees against England' }); //=> { title: 'Kirklees against England' }
 * ```
 */
export const WccComparisonChartOptionsSchema = z
  .object({ title: z.string().min(1).optional().meta({ description: 'The chart title (default: "World class commissioning: PCT against the national results").' }) })
  .strict();

/**
 * The options of {@link wccComparisonChart}; see {@link WccComparisonChartOptionsSchema}.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { WccComparisonChartOptions } from 'practice-based-commissioning';
 * const options: WccComparisonChartOptions = { title: 'WCC 2009/10' };
 * ```
 */
export type WccComparisonChartOptions = z.infer<typeof WccComparisonChartOptionsSchema>;

/**
 * One record plotted by {@link wccComparisonChart}.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { WccComparisonChartRow } from 'practice-based-commissioning';
 * declare const row: WccComparisonChartRow;
 * `${row.pct} ${row.label}: ${row.positionLabel} (national ${row.nationalText})`;
 * ```
 */
export interface WccComparisonChartRow {
  readonly pct: string;
  readonly assuranceYear: string;
  readonly measure: string;
  readonly label: string;
  readonly national: number;
  readonly nationalText: string;
  readonly panel: 'share' | 'level';
  readonly pctValue: string;
  /** The PCT's level, on the level panel; `null` elsewhere or when unknown. */
  readonly pctLevel: number | null;
  readonly position: string;
  readonly positionLabel: string;
}

/**
 * Draws PCTs' WCC assurance against the published national results: a panel of bars for the
 * national shares of PCTs (green for governance, finance, strategy; green in all three), each bar
 * coloured by whether the PCT is in that share, and, where the year has one (2009/10), a panel of
 * the competency 11 level: the national mean as a tick, the PCT's level as a point. Counts
 * (red in all three) stay in the table.
 *
 * @param rows - rows of `wccComparisonTable` (one or more PCTs, one assurance year)
 * @param options - `title`
 * @returns a Vega-Lite v6 specification with the plotted rows inlined
 * @throws PbcError `INVALID_INPUT` naming every bad field; `CONFLICTING_INPUT` for rows of two
 *   assurance years or a PCT given twice for one figure
 * @category Charts
 * @example
 * ```ts
 * import { compareWccWithNational, wccComparisonChart, wccComparisonTable } from 'practice-based-commissioning';
 * const rows = wccComparisonTable([compareWccWithNational({ pct: '5ZZ', competencies: { 'WCC.C11': 2 }, governance: { board: 'green', finance: 'amber', strategy: 'green' } }, { asOf: '2010-03-31' })]);
 * const spec = wccComparisonChart(rows);
 * spec.data.values.map((row) => [row.measure, row.position]); //=> [['board-green', 'in'], ['finance-green', 'out'], ['green-all-three', 'out'], ['c11-mean', 'above']]
 * ```
 */
export function wccComparisonChart(rows: readonly WccComparisonChartRowInput[], options?: WccComparisonChartOptions): VegaLiteSpec<WccComparisonChartRow> {
  const parsed = parseChartArguments(
    'WCC comparison chart',
    { schema: z.array(WccComparisonChartRowInputSchema).min(1, { message: 'give at least one row of wccComparisonTable' }), value: rows },
    { schema: WccComparisonChartOptionsSchema, value: options },
  );
  const list = parsed.data;
  // Non-empty: the schema requires a row.
  const year = list[0]!.assuranceYear;
  const seen = new Set<string>();
  const conflicts = list.flatMap((row, index) => {
    const key = `${row.pct ?? ''}|${row.measure}`;
    const twice = seen.has(key);
    seen.add(key);
    return [
      ...(row.assuranceYear === year ? [] : [{ path: [index, 'assuranceYear'], message: `of ${row.assuranceYear}, not ${year}: chart one assurance year at a time`, rule: 'charts.wcc.oneYear' }]),
      ...(twice ? [{ path: [index, 'measure'], message: `${row.pct ?? 'the PCT'} is given twice for ${row.measure}`, rule: 'charts.wcc.distinctRows' }] : []),
    ];
  });
  if (conflicts.length > 0) throw invalid('WCC comparison chart', conflicts, 'CONFLICTING_INPUT');

  const plotted: WccComparisonChartRow[] = list
    .filter((row) => row.nationalUnit !== 'count')
    .map((row) => {
      // Every position has an entry in POSITIONS.
      const position = POSITIONS.find((entry) => entry.position === row.position)!;
      return {
        pct: row.pct ?? '(PCT)',
        assuranceYear: row.assuranceYear,
        measure: row.measure,
        label: row.label,
        national: row.national,
        nationalText: row.nationalText,
        panel: row.nationalUnit === 'level' ? 'level' : 'share',
        pctValue: row.pctValue === null ? 'unknown' : String(row.pctValue),
        pctLevel: row.nationalUnit === 'level' && typeof row.pctValue === 'number' ? row.pctValue : null,
        position: row.position,
        positionLabel: position.label,
      };
    });
  if (plotted.length === 0) throw invalid('WCC comparison chart', [{ path: [], message: 'no row with a percentage or a level to plot (counts stay in the table)', rule: 'charts.wcc.plottable' }], 'INVALID_INPUT');
  const used = POSITIONS.filter((entry) => plotted.some((row) => row.position === entry.position));
  const colour = { field: 'positionLabel', type: 'nominal', title: 'The PCT', legend: { labelLimit: 0, symbolType: 'square' }, scale: { domain: used.map((entry) => entry.label), range: used.map((entry) => entry.colour) } };
  const tooltip = [
    { field: 'pct', type: 'nominal', title: 'PCT' },
    { field: 'label', type: 'nominal', title: 'Figure' },
    { field: 'pctValue', type: 'nominal', title: 'PCT value' },
    { field: 'nationalText', type: 'nominal', title: 'National' },
    { field: 'positionLabel', type: 'nominal', title: 'Position' },
  ];
  const pcts = [...new Set(plotted.map((row) => row.pct))];
  const shares = plotted.filter((row) => row.panel === 'share');
  const levels = plotted.filter((row) => row.panel === 'level');
  const panels: VegaLiteJson[] = [];
  if (shares.length > 0) {
    panels.push({
      title: { text: `Share of PCTs nationally, ${year}`, anchor: 'start', fontSize: 12 },
      transform: [{ filter: { field: 'panel', equal: 'share' } }],
      width: 360,
      height: { step: 20 },
      encoding: {
        y: { field: 'label', type: 'nominal', title: null, sort: [...new Set(shares.map((row) => row.label))], axis: { labelLimit: 0 } },
        yOffset: { field: 'pct', type: 'nominal', sort: pcts },
        x: { field: 'national', type: 'quantitative', title: 'National share of PCTs (%)', scale: { domain: [0, 100] } },
      },
      layer: [
        { mark: { type: 'bar' }, encoding: { color: colour, tooltip } },
        { mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 }, encoding: { text: { field: 'nationalText', type: 'nominal' } } },
      ],
    });
  }
  if (levels.length > 0) {
    panels.push({
      title: { text: `Competency level: national mean (tick) and the PCT (point), ${year}`, anchor: 'start', fontSize: 12 },
      transform: [{ filter: { field: 'panel', equal: 'level' } }],
      width: 360,
      height: { step: 24 },
      encoding: { y: { field: 'label', type: 'nominal', title: null, axis: { labelLimit: 0 } } },
      layer: [
        { mark: { type: 'tick', color: '#000000', thickness: 2 }, encoding: { x: { field: 'national', type: 'quantitative', title: 'Level (1–4; 4 = world class)', scale: { domain: [1, 4] } }, tooltip } },
        { transform: [{ filter: 'datum.pctLevel !== null' }], mark: { type: 'point', filled: true, size: 90 }, encoding: { x: { field: 'pctLevel', type: 'quantitative' }, color: colour, tooltip } },
      ],
    });
  }
  const title = safeText(parsed.options.title ?? 'World class commissioning: PCT against the national results');
  return {
    $schema: vegaLiteSchemaUrl,
    title: { text: title, subtitle: [safeText(`${pcts.join(', ')}; assurance year ${year}`), 'National figures: HFMA 2009 (DH counts) and 2010 (NHS Confederation PCT Network, 146 of 152 PCTs)'] },
    description: safeText(`${title}: ${pcts.join(', ')} against the published national WCC results of ${year}.`),
    data: { values: plotted },
    vconcat: panels,
    resolve: { scale: { color: 'shared' } },
  };
}
