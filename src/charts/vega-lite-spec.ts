/**
 * The small local type the chart functions return: a Vega-Lite v6 specification as plain JSON, with
 * its data inlined. No rendering library is needed at run time: hand the object to `vega-embed`, a
 * notebook front end or the online Vega editor.
 *
 * @module
 */

/**
 * The `$schema` every chart specification carries: Vega-Lite version 6.
 *
 * @category Charts
 * @example
 * ```ts
 * import { vegaLiteSchemaUrl } from 'practice-based-commissioning';
 * vegaLiteSchemaUrl; //=> 'https://vega.github.io/schema/vega-lite/v6.json'
 * ```
 */
export const vegaLiteSchemaUrl = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * Any JSON value inside a Vega-Lite specification (a mark, an encoding, a layer, a scale…).
 *
 * @category Charts
 * @example
 * ```ts
 * import type { VegaLiteJson } from 'practice-based-commissioning';
 * const encoding: VegaLiteJson = { x: { field: 'practiceCode', type: 'nominal' } };
 * ```
 */
export type VegaLiteJson = string | number | boolean | null | readonly VegaLiteJson[] | { readonly [key: string]: VegaLiteJson };

/**
 * A Vega-Lite v6 specification as plain JSON, with its rows inlined in `data.values`. `Row` is the
 * tidy record type the chart plots, so `spec.data.values` doubles as a table. Only the top-level
 * properties the library uses are named; `JSON.stringify(spec)` gives a file any Vega-Lite tool
 * opens.
 *
 * @typeParam Row - the type of one inlined data record
 * @category Charts
 * @example
 * ```ts
 * import type { VegaLiteSpec } from 'practice-based-commissioning';
 * const spec: VegaLiteSpec<{ practiceCode: string; amountPounds: number }> = {
 *   $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
 *   title: { text: 'Payments' },
 *   description: 'Payments by practice',
 *   data: { values: [{ practiceCode: 'Z90002', amountPounds: 5652.5 }] },
 *   mark: 'bar',
 *   encoding: { x: { field: 'practiceCode', type: 'nominal' }, y: { field: 'amountPounds', type: 'quantitative' } },
 * };
 * ```
 */
export interface VegaLiteSpec<Row> {
  /** Always {@link vegaLiteSchemaUrl}. */
  readonly $schema: string;
  /** The chart's title and subtitle lines. */
  readonly title: { readonly text: string; readonly subtitle?: readonly string[] };
  /** A plain-English description (Vega-Lite uses it as the chart's accessible description). */
  readonly description: string;
  /** The tidy records plotted, inlined. */
  readonly data: { readonly values: readonly Row[] };
  readonly width?: VegaLiteJson;
  readonly height?: VegaLiteJson;
  readonly mark?: VegaLiteJson;
  readonly encoding?: { readonly [channel: string]: VegaLiteJson };
  readonly layer?: readonly VegaLiteJson[];
  readonly vconcat?: readonly VegaLiteJson[];
  readonly resolve?: VegaLiteJson;
  readonly config?: VegaLiteJson;
}
