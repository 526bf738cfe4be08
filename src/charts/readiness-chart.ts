/**
 * Readiness by factor and area, as a Vega-Lite specification, from `assessReadiness` results.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateTextSchema } from '../core/calendar.js';
import { ConfidenceSchema, type Confidence } from '../core/policy-model/schemas.js';
import { ReadinessStatusSchema, type ReadinessStatus } from '../policy/frameworks/framework-schema.js';
import type { ReadinessAssessment } from '../readiness/assessment-types.js';
import { invalid, parseChartArguments } from './chart-support.js';
import { vegaLiteSchemaUrl, type VegaLiteJson, type VegaLiteSpec } from './vega-lite-spec.js';
import { safeText } from '../core/text.js';

/** Every status, best first within each scale, with its colour and the symbol drawn in its cell. */
const STATUSES: readonly { readonly status: ReadinessStatus; readonly label: string; readonly colour: string; readonly symbol: string }[] = [
  { status: 'met', label: 'met', colour: '#1a9850', symbol: '✓' },
  { status: 'partial', label: 'partly met', colour: '#fdae61', symbol: '½' },
  { status: 'not_met', label: 'not met', colour: '#d73027', symbol: '✗' },
  { status: 'enabler', label: 'enabler', colour: '#66bd63', symbol: '+' },
  { status: 'neutral', label: 'neutral', colour: '#ffffbf', symbol: '○' },
  { status: 'barrier', label: 'barrier', colour: '#f46d43', symbol: '−' },
  { status: 'unknown', label: 'unknown (no evidence)', colour: '#e0e0e0', symbol: '?' },
];

const FactorResultSchema = z
  .looseObject({
    factorId: z.string().min(1).meta({ description: 'The factor id, e.g. AC07.F1_BUDGETS.' }),
    label: z.string().min(1).meta({ description: 'The factor in plain English: the row of the chart.' }),
    group: z.string().nullable().meta({ description: 'The id of its group (key area), or null.' }),
    role: z.enum(['scored', 'outcome']).meta({ description: 'scored: counts towards the rating; outcome: scored apart.' }),
    status: ReadinessStatusSchema,
    confidence: ConfidenceSchema.meta({ description: 'How sure the framework is of the factor.' }),
    placeholder: z.boolean().meta({ description: 'Whether the factor stands in for text the source does not give.' }),
  })
  .meta({ description: 'One factor of an assessment (other fields are ignored).' });

/**
 * The zod schema for one readiness assessment as {@link readinessChart} reads it: the result of
 * `assessReadiness` (or the same read back from JSON). Only the framework, subject, date, factors
 * and groups are read; other fields are ignored.
 *
 * @category Charts
 * @example
 * ```ts
 * import { assessReadiness } from 'practice-based-commissioning';
 * import { ReadinessChartAssessmentSchema } from 'practice-based-commissioning/schemas';
 * ReadinessChartAssessmentSchema.safeParse(assessReadiness({ framework: 'AC2007', evidence: [] }, { asOf: '2007-11-22' })).success; //=> true
 * ```
 */
export const ReadinessChartAssessmentSchema = z
  .looseObject({
    frameworkId: z.string().min(1).meta({ description: 'The framework assessed against; every assessment in one chart must share it.' }),
    frameworkTitle: z.string().min(1).meta({ description: 'The framework title, for the subtitle.' }),
    subjectId: z.string().min(1).nullable().meta({ description: 'The PCT, cluster or practice assessed: the column of the chart.' }),
    asOf: IsoDateTextSchema.meta({ description: 'The assessment date.' }),
    factors: z.array(FactorResultSchema).min(1, { message: 'an assessment has at least one factor' }).meta({ description: 'Every factor as assessed, in the framework order.' }),
    groups: z
      .array(z.looseObject({ groupId: z.string().min(1).meta({ description: 'The group id.' }), label: z.string().min(1).meta({ description: 'The group label: a panel title.' }) }))
      .meta({ description: 'The groups (key areas) of the framework, with their labels.' }),
  })
  .meta({ description: 'A readiness assessment (other fields are ignored).' });

const AssessmentsSchema = z
  .array(ReadinessChartAssessmentSchema)
  .min(1, { message: 'give at least one assessment' })
  .meta({ description: 'Assessments of several areas, or of one area on several dates, against one framework.' });

/**
 * The zod schema for what {@link readinessChart} plots: one assessment, or a list of assessments of
 * several areas (or one area on several dates) against the same framework.
 *
 * @category Charts
 * @example
 * ```ts
 * import { ReadinessChartInputSchema } from 'practice-based-commissioning/schemas';
 * ReadinessChartInputSchema.safeParse([]).success; //=> false (no assessment)
 * ```
 */
export const ReadinessChartInputSchema = z
  .union([ReadinessChartAssessmentSchema, AssessmentsSchema])
  .meta({ description: 'One readiness assessment, or several against the same framework.' });

/**
 * The zod schema for the options of {@link readinessChart}: `title` replaces the default title (the
 * framework's).
 *
 * @category Charts
 * @example
 * ```ts
 * import { ReadinessChartOptionsSchema } from 'practice-based-commissioning/schemas';
 * ReadinessChartOptionsSchema.parse({ title: 'Readiness in the Vale' }); //=> { title: 'Readiness in the Vale' }
 * ```
 */
export const ReadinessChartOptionsSchema = z
  .object({
    title: z.string().min(1).optional().meta({ description: 'The chart title (default: "Readiness by factor and area").' }),
  })
  .strict()
  .meta({ description: 'Options of the readiness chart.' });

/**
 * The options of {@link readinessChart}. See {@link ReadinessChartOptionsSchema}.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { ReadinessChartOptions } from 'practice-based-commissioning';
 * const options: ReadinessChartOptions = { title: 'Readiness in the Vale' };
 * ```
 */
export type ReadinessChartOptions = z.input<typeof ReadinessChartOptionsSchema>;

/**
 * What {@link readinessChart} accepts: one result of `assessReadiness` ({@link ReadinessAssessment})
 * or a list of them against one framework (several areas, or one area on several dates).
 *
 * @category Charts
 * @example
 * ```ts
 * import type { ReadinessAssessment, ReadinessChartInput } from 'practice-based-commissioning';
 * declare const vale: ReadinessAssessment;
 * declare const hill: ReadinessAssessment;
 * const one: ReadinessChartInput = vale;
 * const both: ReadinessChartInput = [vale, hill];
 * ```
 */
export type ReadinessChartInput = ReadinessAssessment | readonly ReadinessAssessment[];

/**
 * One cell plotted by {@link readinessChart}: one factor in one area.
 *
 * @category Charts
 * @example
 * ```ts
 * import type { ReadinessChartRow } from 'practice-based-commissioning';
 * declare const cell: ReadinessChartRow;
 * `${cell.area} · ${cell.factorId}: ${cell.statusLabel}`;
 * ```
 */
export interface ReadinessChartRow {
  /** The column: the subject id, with the date when one subject is assessed more than once. */
  readonly area: string;
  readonly subjectId: string | null;
  readonly asOf: string;
  readonly frameworkId: string;
  readonly factorId: string;
  /** The factor's label (the row of the chart). */
  readonly factor: string;
  /** The factor's position in the framework, from 1. */
  readonly factorOrder: number;
  /** The group (key area) id, or `null`. */
  readonly groupId: string | null;
  /** The group's label, or `Factors` when the framework has no groups. */
  readonly groupLabel: string;
  readonly role: 'scored' | 'outcome';
  readonly status: ReadinessStatus;
  /** The status in words, e.g. `partly met`. */
  readonly statusLabel: string;
  /** The symbol drawn in the cell: ✓ ½ ✗ + ○ − ?. */
  readonly symbol: string;
  readonly confidence: Confidence;
  readonly placeholder: boolean;
}

type Assessment = z.infer<typeof ReadinessChartAssessmentSchema>;

/** Each assessment with its column name: the subject (or `assessment N`), dated when a subject recurs. */
function areasOf(assessments: readonly Assessment[]): { readonly assessment: Assessment; readonly area: string }[] {
  const named = assessments.map((assessment, index) => ({ assessment, name: assessment.subjectId ?? `assessment ${index + 1}` }));
  return named.map(({ assessment, name }) => ({
    assessment,
    area: named.filter((other) => other.name === name).length > 1 ? `${name} (${assessment.asOf})` : name,
  }));
}

/**
 * Builds a Vega-Lite v6 heat map of readiness by factor and area: one column per area assessed (the
 * assessment's subject), one row per factor of the framework in its own order, grouped in panels by
 * key area when the framework has groups (the Audit Commission's six key areas, the King's Fund's
 * factors, lessons and objectives), each cell coloured and marked by the factor's status (met,
 * partly met, not met; enabler, neutral, barrier; unknown). Give one assessment, or several against
 * the same framework: several areas on one date, or one area on several dates.
 *
 * @param assessments - one result of `assessReadiness` or a list of them; checked at run time
 *   against {@link ReadinessChartInputSchema}, so a JavaScript caller's bad value raises a `PbcError`
 * @param options - see {@link ReadinessChartOptionsSchema}
 * @returns the specification, with one {@link ReadinessChartRow} per factor and area inlined in
 *   `data.values`
 * @throws PbcError `INVALID_INPUT` naming every bad field (`[1, 'factors', 0, 'status']`,
 *   `['options', 'title']`); `CONFLICTING_INPUT` for assessments against different frameworks (rule
 *   `charts.readiness.oneFramework`) or one subject assessed twice on one date (rule
 *   `charts.readiness.distinctAreas`)
 * @category Charts
 * @example
 * ```ts
 * import { assessReadiness, readinessChart } from 'practice-based-commissioning';
 * const vale = assessReadiness({ framework: 'AC2007', evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'met' }], subject: '5ZZ' }, { asOf: '2007-11-22' });
 * const hill = assessReadiness({ framework: 'AC2007', evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'partial' }], subject: '5ZY' }, { asOf: '2007-11-22' });
 * const spec = readinessChart([vale, hill]);
 * spec.data.values.length; //=> 10 (five factors in two areas)
 * spec.data.values.slice(0, 2).map((cell) => [cell.area, cell.factorId, cell.status, cell.symbol]);
 * //=> [['5ZZ', 'AC07.F1_BUDGETS', 'met', '✓'], ['5ZY', 'AC07.F1_BUDGETS', 'partial', '½']]
 * ```
 */
export function readinessChart(assessments: ReadinessChartInput, options?: ReadinessChartOptions): VegaLiteSpec<ReadinessChartRow> {
  // A list is read as a list (issue paths start with its index); anything else as one assessment.
  const many = Array.isArray(assessments);
  const schema: z.ZodType<Assessment | Assessment[]> = many ? AssessmentsSchema : ReadinessChartAssessmentSchema;
  const parsed = parseChartArguments('readiness chart', { schema, value: assessments }, { schema: ReadinessChartOptionsSchema, value: options });
  const list: readonly Assessment[] = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const path = (index: number, field: string): (string | number)[] => (many ? [index, field] : [field]);
  // The schema requires at least one assessment.
  const first = list[0]!;
  const seen = new Set<string>();
  const conflicts = list.flatMap((assessment, index) => {
    const key = `${assessment.subjectId ?? `#${index}`} ${assessment.asOf}`;
    const twice = seen.has(key);
    seen.add(key);
    return [
      ...(assessment.frameworkId === first.frameworkId
        ? []
        : [{ path: path(index, 'frameworkId'), message: `assessed against ${assessment.frameworkId}, not ${first.frameworkId}: chart one framework at a time`, rule: 'charts.readiness.oneFramework' }]),
      ...(twice ? [{ path: path(index, 'asOf'), message: `${String(assessment.subjectId)} is assessed twice on ${assessment.asOf}`, rule: 'charts.readiness.distinctAreas' }] : []),
    ];
  });
  if (conflicts.length > 0) throw invalid('readiness chart', conflicts, 'CONFLICTING_INPUT');

  const columns = areasOf(list);
  const areas = columns.map((column) => column.area);
  const groupLabels = new Map(list.flatMap((assessment) => assessment.groups.map((group) => [group.groupId, group.label] as const)));
  const factorOrder = new Map(first.factors.map((factor, index) => [factor.factorId, index + 1]));
  const rows: ReadinessChartRow[] = columns.flatMap(({ assessment, area }) =>
    assessment.factors.map((factor) => {
      // Every status has an entry in STATUSES.
      const status = STATUSES.find((entry) => entry.status === factor.status)!;
      return {
        area,
        subjectId: assessment.subjectId,
        asOf: assessment.asOf,
        frameworkId: assessment.frameworkId,
        factorId: factor.factorId,
        factor: factor.label,
        factorOrder: factorOrder.get(factor.factorId) ?? factorOrder.size + 1,
        groupId: factor.group,
        groupLabel: factor.group === null ? 'Factors' : (groupLabels.get(factor.group) ?? factor.group),
        role: factor.role,
        status: factor.status,
        statusLabel: status.label,
        symbol: status.symbol,
        confidence: factor.confidence,
        placeholder: factor.placeholder,
      };
    }),
  );
  rows.sort((a, b) => a.factorOrder - b.factorOrder || areas.indexOf(a.area) - areas.indexOf(b.area));
  const factors = [...new Set(rows.map((row) => row.factor))];
  const panels = [...new Set(rows.map((row) => row.groupLabel))];
  const used = STATUSES.filter((entry) => rows.some((row) => row.status === entry.status));
  const grouped = rows.some((row) => row.groupId !== null);
  const title = safeText(parsed.options.title ?? 'Readiness by factor and area');
  const encoding = {
    x: { field: 'area', type: 'nominal', sort: areas, title: null, axis: { orient: 'top', labelAngle: 0, labelLimit: 0 } },
    y: { field: 'factor', type: 'nominal', sort: factors, title: null, axis: { labelLimit: 0 } },
  };
  const layer: VegaLiteJson[] = [
    {
      mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 1 },
      encoding: {
        color: {
          field: 'statusLabel',
          type: 'nominal',
          title: 'Status',
          legend: { labelLimit: 0, symbolType: 'square', symbolStrokeWidth: 0 },
          scale: { domain: used.map((entry) => entry.label), range: used.map((entry) => entry.colour) },
        },
        tooltip: [
          { field: 'area', type: 'nominal', title: 'Area' },
          { field: 'asOf', type: 'nominal', title: 'As of' },
          { field: 'factorId', type: 'nominal', title: 'Factor' },
          { field: 'factor', type: 'nominal', title: 'Label' },
          { field: 'groupLabel', type: 'nominal', title: 'Group' },
          { field: 'statusLabel', type: 'nominal', title: 'Status' },
          { field: 'confidence', type: 'nominal', title: 'Confidence' },
        ],
      },
    },
    { mark: { type: 'text', fontSize: 12 }, encoding: { text: { field: 'symbol', type: 'nominal' } } },
  ];
  const size = { width: { step: 90 }, height: { step: 22 } };
  const base = {
    $schema: vegaLiteSchemaUrl,
    title: {
      text: title,
      subtitle: [safeText(`${first.frameworkTitle} (${first.frameworkId})`), `${areas.length} area${areas.length === 1 ? '' : 's'} × ${factors.length} factors; as of ${[...new Set(list.map((assessment) => assessment.asOf))].join(', ')}`],
    },
    description: safeText(`${title}: the status of each factor of ${first.frameworkTitle} in ${areas.join(', ')}.`),
    data: { values: rows },
  };
  if (!grouped) return { ...base, ...size, encoding, layer };
  // One panel per group, stacked: each panel filters the rows of its group and lists only its factors.
  return {
    ...base,
    vconcat: panels.map((panel) => ({
      title: { text: panel, anchor: 'start', fontSize: 12 },
      transform: [{ filter: { field: 'groupLabel', equal: panel } }],
      ...size,
      encoding: { ...encoding, y: { ...encoding.y, sort: [...new Set(rows.filter((row) => row.groupLabel === panel).map((row) => row.factor))] } },
      layer,
    })),
    resolve: { scale: { color: 'shared', x: 'shared' } },
  };
}
