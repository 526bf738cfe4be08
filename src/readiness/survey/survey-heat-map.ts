/**
 * The survey "heat map" DH meant to draw: "The MORI survey would be used as a 'heat map' to identify
 * where extra support was needed" (BMJ, 6 March 2009, seed 003). No source describes how; the
 * library compares each area's figure with the national figure of the same wave, within a margin
 * (a dated parameter, INFERRED), reading each metric's direction. Governance fact sheet §6 and model
 * implications B ("A heat map is simply PCT × metric. This is INFERRED, not a DH artefact.").
 *
 * @module
 */
import { z } from 'zod';
import { Dec } from '../../core/decimal.js';
import { explain, type Explanation } from '../../core/explanation.js';
import type { PbcIssue } from '../../core/errors.js';
import { resolveEvaluationOptions, type DatedEvaluationOptions } from '../../core/evaluation.js';
import { parseInput, raiseIssues } from '../../core/validation.js';
import { baselinePolicy } from '../../policy/baseline.js';
import { pbcSurveyFigures, pbcSurveyMetrics, pbcSurveyWaves, type PbcSurveyFigure, type PbcSurveyMetric } from '../../policy/datasets/pbc-survey-tables.js';

/**
 * The zod schema for one row of area survey results: an area (a PCT code or name), a metric id of
 * {@link pbcSurveyMetrics}, the area's figure (percent, or points for net support), and the wave it
 * comes from (or give `referenceWave` in the input).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { SurveyHeatMapRowSchema } from 'practice-based-commissioning/schemas';
 * SurveyHeatMapRowSchema.parse({ area: '5ZZ', metricId: 'has_budget', value: 58, waveId: 'practice-w6' });
 * ```
 */
export const SurveyHeatMapRowSchema = z
  .object({
    area: z.string().min(1).meta({ description: 'The area: a PCT code or name.' }),
    metricId: z.string().min(1).meta({ description: 'A metric id of pbcSurveyMetrics, e.g. has_budget.' }),
    value: z.number().finite().meta({ description: "The area's figure: a percentage (0–100), or points of net support (−100 to 100)." }),
    waveId: z.string().min(1).optional().meta({ description: 'The survey wave the figure comes from (default: the input\'s referenceWave).' }),
  })
  .strict();

/**
 * One row of area survey results; see {@link SurveyHeatMapRowSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { SurveyHeatMapRow } from 'practice-based-commissioning';
 * const row: SurveyHeatMapRow = { area: '5ZZ', metricId: 'plan_agreed', value: 51 };
 * ```
 */
export type SurveyHeatMapRow = z.infer<typeof SurveyHeatMapRowSchema>;

/**
 * The zod schema for the input of {@link surveyHeatMap}: the rows of area results, and the wave to
 * compare rows without their own wave against. The margin counted as similar is law (the parameter
 * `readiness.surveyHeatMap.similarMarginPoints`): to use another, apply a reform.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { SurveyHeatMapInputSchema } from 'practice-based-commissioning/schemas';
 * SurveyHeatMapInputSchema.parse({ rows: [{ area: '5ZZ', metricId: 'has_budget', value: 58 }], referenceWave: 'practice-w5' });
 * ```
 */
export const SurveyHeatMapInputSchema = z
  .object({
    rows: z.array(SurveyHeatMapRowSchema).readonly().meta({ description: 'Area survey results, one figure per area, metric and wave.' }),
    referenceWave: z.string().min(1).optional().meta({ description: 'The wave of rows that give none.' }),
  })
  .strict();

/**
 * The input of {@link surveyHeatMap}; see {@link SurveyHeatMapInputSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { SurveyHeatMapInput } from 'practice-based-commissioning';
 * const input: SurveyHeatMapInput = { rows: [{ area: '5ZZ', metricId: 'plan_agreed', value: 51 }], referenceWave: 'practice-w5' };
 * ```
 */
export type SurveyHeatMapInput = z.input<typeof SurveyHeatMapInputSchema>;

/**
 * The options of {@link surveyHeatMap}: the date (required: parameters are read on it) and the
 * policy. A margin other than the baseline's is a reform of
 * `readiness.surveyHeatMap.similarMarginPoints`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { SurveyHeatMapOptions } from 'practice-based-commissioning';
 * const options: SurveyHeatMapOptions = { asOf: '2009-03-06' };
 * ```
 */
export interface SurveyHeatMapOptions extends DatedEvaluationOptions {}

/**
 * One cell of the heat map: an area's figure for a metric, the national figure of the same wave,
 * the difference, its position and band.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { SurveyHeatMapCell } from 'practice-based-commissioning';
 * declare const cell: SurveyHeatMapCell;
 * cell.needsSupport ? `${cell.area}: ${cell.metricLabel} ${cell.value}% vs ${cell.reference}% nationally` : '';
 * ```
 */
export interface SurveyHeatMapCell {
  readonly area: string;
  readonly metricId: string;
  readonly metricLabel: string;
  readonly unit: PbcSurveyMetric['unit'];
  readonly polarity: PbcSurveyMetric['polarity'];
  readonly waveId: string;
  readonly value: number;
  /** The national figure of the wave, or `null` when the wave has none for the metric. */
  readonly reference: number | null;
  /** How to read the national figure (`exact`, `about`, a bound), or `null`. */
  readonly referenceQualifier: PbcSurveyFigure['qualifier'] | null;
  /** `value − reference`, or `null`. */
  readonly difference: number | null;
  readonly position: 'above' | 'near' | 'below' | 'no_reference';
  /** Read with the metric's direction: `better`, `similar`, `worse`; `not_rated` for a neutral metric or no reference. */
  readonly band: 'better' | 'similar' | 'worse' | 'not_rated';
  /** Worse than nationally by more than the margin: where DH meant to send extra support. */
  readonly needsSupport: boolean;
}

/**
 * The heat map: tidy area × metric cells, the areas and metrics in order, the margin used, and the
 * explanation.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { SurveyHeatMap } from 'practice-based-commissioning';
 * declare const map: SurveyHeatMap;
 * map.cells.filter((cell) => cell.needsSupport).map((cell) => cell.area);
 * ```
 */
export interface SurveyHeatMap {
  readonly cells: readonly SurveyHeatMapCell[];
  readonly areas: readonly string[];
  readonly metrics: readonly string[];
  readonly marginPoints: number;
  readonly explanation: Explanation;
}

const SOURCES = ['bmj-2009-here-to-stay', 'pbc-library-readiness-choices'];

function rowIssues(rows: readonly SurveyHeatMapRow[], referenceWave: string | undefined): { invalid: PbcIssue[]; missing: PbcIssue[]; conflicts: PbcIssue[] } {
  const metrics = new Map(pbcSurveyMetrics.map((metric) => [metric.id, metric]));
  const waves = new Set(pbcSurveyWaves.map((wave) => wave.id));
  const invalid: PbcIssue[] = [];
  const missing: PbcIssue[] = [];
  const conflicts: PbcIssue[] = [];
  if (referenceWave !== undefined && !waves.has(referenceWave)) {
    invalid.push({ path: ['referenceWave'], message: `no survey wave "${referenceWave}" (see pbcSurveyWaves)`, rule: 'survey.knownWave' });
  }
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const metric = metrics.get(row.metricId);
    if (metric === undefined) invalid.push({ path: ['rows', index, 'metricId'], message: `no survey metric "${row.metricId}" (see pbcSurveyMetrics)`, rule: 'survey.knownMetric' });
    else if (metric.unit === 'percent' && (row.value < 0 || row.value > 100)) {
      invalid.push({ path: ['rows', index, 'value'], message: `a percentage must lie between 0 and 100, got ${row.value}`, rule: 'survey.percentRange' });
    } else if (metric.unit === 'points' && (row.value < -100 || row.value > 100)) {
      invalid.push({ path: ['rows', index, 'value'], message: `net support must lie between −100 and 100 points, got ${row.value}`, rule: 'survey.pointsRange' });
    }
    if (row.waveId !== undefined && !waves.has(row.waveId)) invalid.push({ path: ['rows', index, 'waveId'], message: `no survey wave "${row.waveId}" (see pbcSurveyWaves)`, rule: 'survey.knownWave' });
    if (row.waveId === undefined && referenceWave === undefined) {
      missing.push({ path: ['rows', index, 'waveId'], message: 'give the wave of each row, or referenceWave', rule: 'survey.waveGiven' });
    }
    const key = JSON.stringify([row.area, row.metricId, row.waveId ?? referenceWave]);
    const first = seen.get(key);
    if (first !== undefined) conflicts.push({ path: ['rows', index], message: `a second figure for ${row.area}, ${row.metricId} in the same wave (the first is row ${first})`, rule: 'survey.oneFigurePerCell' });
    else seen.set(key, index);
  });
  return { invalid, missing, conflicts };
}

function bandOf(position: SurveyHeatMapCell['position'], polarity: PbcSurveyMetric['polarity']): SurveyHeatMapCell['band'] {
  if (position === 'no_reference' || polarity === 'neutral') return 'not_rated';
  if (position === 'near') return 'similar';
  const higherIsBetter = polarity === 'higher_is_better';
  return (position === 'above') === higherIsBetter ? 'better' : 'worse';
}

/**
 * Builds the survey heat map: for each row (area × metric × wave), the national figure of that wave
 * from {@link pbcSurveyFigures}, the difference, whether the area is above, near (within the margin)
 * or below it, and — reading the metric's direction — better, similar or worse; `needsSupport` marks
 * the cells worse than the margin allows. Cells come in order of area (as first given), then metric
 * (as in {@link pbcSurveyMetrics}).
 *
 * @param input - `rows` (area survey results, see {@link SurveyHeatMapRowSchema}) and optional
 *   `referenceWave`
 * @param options - `asOf` (required) and `policy`
 * @returns the {@link SurveyHeatMap}
 * @throws PbcError `INVALID_INPUT` naming every bad field (an unknown metric or wave, a percentage
 *   outside 0–100, an unparseable date); `MISSING_INPUT` for a row with no wave and no
 *   `referenceWave`; `CONFLICTING_INPUT` for two figures in one cell; `INVALID_POLICY` at `['policy']`
 * @category Readiness
 * @example
 * ```ts
 * import { surveyHeatMap } from 'practice-based-commissioning';
 * const map = surveyHeatMap(
 *   {
 *     rows: [
 *       { area: '5ZZ', metricId: 'has_budget', value: 58 },
 *       { area: '5ZZ', metricId: 'plan_agreed', value: 70 },
 *       { area: '5ZY', metricId: 'has_budget', value: 75 },
 *     ],
 *     referenceWave: 'practice-w5',
 *   },
 *   { asOf: '2009-03-06' },
 * );
 * map.cells.map((cell) => `${cell.area} ${cell.metricId}: ${cell.band}`);
 * //=> ['5ZZ has_budget: worse', '5ZZ plan_agreed: similar', '5ZY has_budget: similar']
 * map.cells[0]?.needsSupport; //=> true (58% against 73% nationally)
 * ```
 */
export function surveyHeatMap(input: SurveyHeatMapInput, options: SurveyHeatMapOptions): SurveyHeatMap {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  const parsed = parseInput(SurveyHeatMapInputSchema, input, 'survey heat map');
  const { referenceWave } = parsed;
  const issues = rowIssues(parsed.rows, referenceWave);
  raiseIssues(issues.invalid, 'survey heat map');
  raiseIssues(issues.missing, 'survey heat map', 'MISSING_INPUT');
  raiseIssues(issues.conflicts, 'survey heat map', 'CONFLICTING_INPUT');
  const step = explain({ id: 'readiness.surveyHeatMap', version: '1', title: 'PBC survey heat map: each area against the national figure of its wave', sources: SOURCES }, policy, asOf);
  step.input('rows', parsed.rows.length);
  if (referenceWave !== undefined) step.input('referenceWave', referenceWave);
  const marginPoints = step.integer('readiness.surveyHeatMap.similarMarginPoints');
  const margin = new Dec(marginPoints);
  const metricOrder = pbcSurveyMetrics.map((metric) => metric.id);
  const areas = [...new Set(parsed.rows.map((row) => row.area))];
  const ordered = [...parsed.rows].sort((a, b) => areas.indexOf(a.area) - areas.indexOf(b.area) || metricOrder.indexOf(a.metricId) - metricOrder.indexOf(b.metricId));
  const cells: SurveyHeatMapCell[] = ordered.map((row) => {
    // Non-null: rowIssues has refused unknown metrics, and rows without a wave when there is no referenceWave.
    const metric = pbcSurveyMetrics.find((candidate) => candidate.id === row.metricId) as PbcSurveyMetric;
    const waveId = (row.waveId ?? referenceWave) as string;
    const national = pbcSurveyFigures.find((figure) => figure.waveId === waveId && figure.metricId === row.metricId);
    const reference = national === undefined ? null : national.value;
    // -0 is read as 0: a figure of "-0" is no figure below zero.
    const value = row.value === 0 ? 0 : row.value;
    const difference = reference === null ? null : new Dec(value).minus(reference);
    const position = difference === null ? 'no_reference' : difference.greaterThan(margin) ? 'above' : difference.lessThan(margin.negated()) ? 'below' : 'near';
    const band = bandOf(position, metric.polarity);
    return {
      area: row.area,
      metricId: metric.id,
      metricLabel: metric.label,
      unit: metric.unit,
      polarity: metric.polarity,
      waveId,
      value,
      reference,
      referenceQualifier: national === undefined || national.value === null ? null : national.qualifier,
      difference: difference === null ? null : difference.toNumber(),
      position,
      band,
      needsSupport: band === 'worse',
    };
  });
  const flagged = cells.filter((cell) => cell.needsSupport);
  step.note(`${cells.length} cells over ${areas.length} areas; ${flagged.length} worse than nationally by more than ${marginPoints} points.`);
  const unrated = cells.filter((cell) => cell.position === 'no_reference').length;
  if (unrated > 0) step.note(`${unrated} cells have no national figure in their wave.`);
  const metrics = metricOrder.filter((id) => parsed.rows.some((row) => row.metricId === id));
  return { cells, areas, metrics, marginPoints, explanation: step.done(flagged.map((cell) => `${cell.area}: ${cell.metricId}`)) };
}
