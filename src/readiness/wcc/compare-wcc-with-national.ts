/**
 * One PCT's WCC assurance against the published national results of the same assurance year, as
 * the survey heat map compares an area with the national survey: for each national figure that has
 * a PCT counterpart, whether the PCT is in the published share (green for an area, green in all
 * three, red in all three) or above or below the published mean (competency 11, 2009/10).
 *
 * @module
 */
import { z } from 'zod';
import { Dec } from '../../core/decimal.js';
import { parseInput } from '../../core/validation.js';
import { resolveEvaluationOptions } from '../../core/evaluation.js';
import type { Explanation } from '../../core/explanation.js';
import { baselinePolicy } from '../../policy/baseline.js';
import type { Confidence } from '../../core/policy-model/schemas.js';
import { wccNationalResults, type WccNationalFigure, type WccNationalMeasure } from '../../policy/datasets/wcc-national-results.js';
import { assessWccAssurance, wccStep, type WccAssessment, type WccAssuranceYear, type WccFinding } from './assess-wcc-assurance.js';
import type { AssessWccAssuranceInput, AssessWccAssuranceOptions } from './wcc-schema.js';

/**
 * The input of {@link compareWccWithNational}: the PCT's WCC evidence, as for `assessWccAssurance`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { CompareWccWithNationalInput } from 'practice-based-commissioning';
 * const input: CompareWccWithNationalInput = { pct: '5ZZ', governance: { board: 'green', finance: 'amber', strategy: 'green' } };
 * ```
 */
export type CompareWccWithNationalInput = AssessWccAssuranceInput;

/**
 * The options of {@link compareWccWithNational}: `asOf` (required: a date in the assurance year)
 * and `policy`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { CompareWccWithNationalOptions } from 'practice-based-commissioning';
 * const options: CompareWccWithNationalOptions = { asOf: '2010-03-31' };
 * ```
 */
export interface CompareWccWithNationalOptions extends AssessWccAssuranceOptions {}

/**
 * Where the PCT stands against one national figure: `in` / `out` of a published share, `above` /
 * `level` / `below` a published mean, or `unknown` (the PCT's evidence lacks it).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccNationalPosition } from 'practice-based-commissioning';
 * const position: WccNationalPosition = 'below';
 * ```
 */
export type WccNationalPosition = 'in' | 'out' | 'above' | 'level' | 'below' | 'unknown';

/**
 * One cell of the comparison: a national figure, the PCT's counterpart, and where the PCT stands.
 * `behind` is true when the PCT is outside a share of good results (green), inside a share of bad
 * ones (red in all three), or below the mean.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccNationalCell } from 'practice-based-commissioning';
 * declare const cell: WccNationalCell;
 * cell.behind ? `${cell.label}: ${cell.pctValue} (national ${cell.nationalText})` : '';
 * ```
 */
export interface WccNationalCell {
  readonly figureId: string;
  readonly measure: WccNationalMeasure;
  readonly label: string;
  /** The PCT's counterpart: a traffic light, a rating id, a level, or `null` when unknown. */
  readonly pctValue: string | number | null;
  readonly national: number;
  readonly nationalUnit: WccNationalFigure['unit'];
  readonly qualifier: WccNationalFigure['qualifier'];
  /** The national figure in words, e.g. `61%`, `slightly less than 43%`, `1.46`. */
  readonly nationalText: string;
  readonly position: WccNationalPosition;
  readonly behind: boolean | null;
  readonly sources: readonly string[];
  readonly confidence: Confidence;
}

/**
 * The result of {@link compareWccWithNational}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccNationalComparison } from 'practice-based-commissioning';
 * declare const comparison: WccNationalComparison;
 * comparison.cells.filter((cell) => cell.behind).map((cell) => cell.label);
 * ```
 */
export interface WccNationalComparison {
  readonly pct: string | null;
  readonly asOf: string;
  readonly assuranceYear: WccAssuranceYear;
  readonly cells: readonly WccNationalCell[];
  readonly assessment: WccAssessment;
  readonly findings: readonly WccFinding[];
  readonly explanation: Explanation;
}

const LABELS: Readonly<Partial<Record<WccNationalMeasure, string>>> = {
  'board-green': 'Governance (board) rated green',
  'finance-green': 'Finance rated green',
  'strategy-green': 'Strategy rated green',
  'green-all-three': 'Green in all three governance areas',
  'c11-mean': 'Competency 11 level (national: mean)',
};

/** A national figure in the source's words: `61%`, `slightly less than 43%`, `just under 23%`, `1.46`. @internal */
export function wccNationalText(figure: Pick<WccNationalFigure, 'unit' | 'value' | 'qualifier'>): string {
  const number = figure.unit === 'percent' ? `${figure.value}%` : String(figure.value);
  if (figure.qualifier === 'just-under') return `just under ${number}`;
  if (figure.qualifier === 'slightly-less-than') return `slightly less than ${number}`;
  return number;
}

/** The national percentage figures of a year, preferring a published percentage to a share derived from a count. */
function shareFigures(year: WccAssuranceYear): WccNationalFigure[] {
  const ofYear = wccNationalResults.filter((figure) => figure.year === year);
  const measures: readonly WccNationalMeasure[] = ['board-green', 'finance-green', 'strategy-green', 'green-all-three'];
  return measures.flatMap((measure) => {
    const percent = ofYear.find((figure) => figure.measure === measure && figure.unit === 'percent');
    if (percent !== undefined) return [percent];
    const count = ofYear.find((figure) => figure.measure === measure && figure.unit === 'count' && figure.base !== null);
    if (count === undefined || count.base === null) return [];
    const value = new Dec(count.value).times(100).div(count.base).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
    return [{ ...count, id: `${count.id}-share`, unit: 'percent', value, qualifier: 'rounded', confidence: 'derived', note: `${count.value} of ${count.base}, as a whole percentage (derived).` }];
  });
}

/**
 * Compares one PCT's WCC assurance with the national results of the same assurance year
 * (`wccNationalResults`): for governance (board), finance and strategy, whether the PCT is among the
 * PCTs rated green; whether it is green in all three (as "just under 23%" were in 2009/10); whether
 * it is red in all three (none were in 2009/10); and in 2009/10 its competency 11 level against
 * the national mean of 1.46. A figure the year lacks is left out (2009/10 has no strategy figure);
 * 2008/09 strategy is a share derived from DH's count. Each cell gives the figure in the source's
 * words and reports a finding: `WCC_BEHIND_NATIONAL` (warning) where the PCT is behind, else
 * `WCC_WITH_NATIONAL` (info), or `WCC_NO_COMPARISON` (unknown) where its evidence lacks the item.
 *
 * @param input - the PCT's WCC evidence (see `assessWccAssurance`)
 * @param options - `asOf` (required: a date in 2008/09 or 2009/10) and `policy`
 * @returns the {@link WccNationalComparison}, with the PCT's assessment
 * @throws PbcError as `assessWccAssurance`
 * @category Readiness
 * @example
 * ```ts
 * import { compareWccWithNational } from 'practice-based-commissioning';
 * const comparison = compareWccWithNational(
 *   { pct: '5ZZ', competencies: { 'WCC.C11': 1 }, governance: { strategy: 'green', finance: 'amber', board: 'green' } },
 *   { asOf: '2010-03-31' },
 * );
 * comparison.cells.map((cell) => [cell.measure, cell.nationalText, cell.position]);
 * //=> [['board-green', '61%', 'in'], ['finance-green', 'slightly less than 43%', 'out'], ['green-all-three', 'just under 23%', 'out'], ['red-all-three', '0', 'out'], ['c11-mean', '1.46', 'below']]
 * ```
 */
export function compareWccWithNational(input: CompareWccWithNationalInput, options: CompareWccWithNationalOptions): WccNationalComparison {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  const assessment = assessWccAssurance(input, { policy, asOf });
  const year = assessment.assuranceYear;
  const step = wccStep('wcc.compare', policy, asOf);
  step.input('pct', assessment.pct);
  step.input('assuranceYear', year);
  step.child(assessment.explanation);

  const lightOf = (measure: WccNationalMeasure): string | null => assessment.governance.find((area) => `${area.areaId}-green` === measure)?.rating ?? null;
  const cells: WccNationalCell[] = [];
  const common = (figure: WccNationalFigure) => ({
    figureId: figure.id,
    measure: figure.measure,
    national: figure.value,
    nationalUnit: figure.unit,
    qualifier: figure.qualifier,
    nationalText: wccNationalText(figure),
    sources: figure.sources,
    confidence: figure.confidence,
  });
  const allKnown = assessment.governance.every((area) => area.rating !== null);
  for (const figure of shareFigures(year)) {
    if (figure.measure === 'green-all-three') {
      const green = assessment.rating.id === 'green_in_all_three';
      const position: WccNationalPosition = green ? 'in' : allKnown || assessment.governance.some((area) => area.rating === 'amber' || area.rating === 'red') ? 'out' : 'unknown';
      cells.push({ ...common(figure), label: LABELS['green-all-three'] ?? figure.measure, pctValue: assessment.rating.id, position, behind: position === 'unknown' ? null : position === 'out' });
      continue;
    }
    const light = lightOf(figure.measure);
    const position: WccNationalPosition = light === null ? 'unknown' : light === 'green' ? 'in' : 'out';
    cells.push({ ...common(figure), label: LABELS[figure.measure] ?? figure.measure, pctValue: light, position, behind: position === 'unknown' ? null : position === 'out' });
  }
  const allRed = wccNationalResults.find((figure) => figure.year === year && figure.measure === 'red-all-three');
  if (allRed !== undefined) {
    const red = assessment.rating.id === 'red_in_all_three';
    const position: WccNationalPosition = red ? 'in' : allKnown || assessment.governance.some((area) => area.rating === 'green' || area.rating === 'amber') ? 'out' : 'unknown';
    cells.push({ ...common(allRed), label: 'Red in all three governance areas (national: PCTs)', pctValue: assessment.rating.id, position, behind: position === 'unknown' ? null : position === 'in' });
  }
  const mean = wccNationalResults.find((figure) => figure.year === year && figure.measure === 'c11-mean');
  if (mean !== undefined) {
    const level = assessment.competencies.find((competency) => competency.competencyId === 'WCC.C11')?.level ?? null;
    const position: WccNationalPosition = level === null ? 'unknown' : new Dec(level).greaterThan(mean.value) ? 'above' : new Dec(level).lessThan(mean.value) ? 'below' : 'level';
    cells.push({ ...common(mean), label: LABELS['c11-mean'] ?? mean.measure, pctValue: level, position, behind: level === null ? null : position === 'below' });
  }
  const rule = 'wcc.compare';
  const findings: WccFinding[] = cells.map((cell) => {
    const subject = { kind: 'national-figure', id: cell.figureId };
    const sources = [...cell.sources];
    const theirs = `${cell.label}: PCT ${cell.pctValue === null ? 'unknown' : String(cell.pctValue)}; national ${cell.nationalText} (${year}).`;
    if (cell.behind === null) return { rule, code: 'WCC_NO_COMPARISON', outcome: 'unknown', subject, sources, message: theirs };
    return cell.behind ? { rule, code: 'WCC_BEHIND_NATIONAL', outcome: 'warning', subject, sources, message: theirs } : { rule, code: 'WCC_WITH_NATIONAL', outcome: 'info', subject, sources, message: theirs };
  });
  step.note(`${cells.length} national figures of ${year} compared; ${cells.filter((cell) => cell.behind === true).length} with the PCT behind.`);
  return { pct: assessment.pct, asOf, assuranceYear: year, cells, assessment, findings, explanation: step.done(cells.map((cell) => ({ measure: cell.measure, position: cell.position }))) };
}

/**
 * One row of {@link wccComparisonTable}: flat, for a spreadsheet or a data frame.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccComparisonRow } from 'practice-based-commissioning';
 * const row: WccComparisonRow = { pct: '5ZZ', assuranceYear: '2009/10', measure: 'board-green', label: 'Governance (board) rated green', pctValue: 'green', national: 61, nationalUnit: 'percent', nationalText: '61%', position: 'in', behind: false, confidence: 'confirmed', sources: 'hfma-2010-wcc-scores-improve' };
 * ```
 */
export interface WccComparisonRow {
  readonly pct: string | null;
  readonly assuranceYear: WccAssuranceYear;
  readonly measure: WccNationalMeasure;
  readonly label: string;
  readonly pctValue: string | number | null;
  readonly national: number;
  readonly nationalUnit: WccNationalFigure['unit'];
  readonly nationalText: string;
  readonly position: WccNationalPosition;
  readonly behind: boolean | null;
  readonly confidence: Confidence;
  /** Source ids, joined with `; `. */
  readonly sources: string;
}

// What wccComparisonTable reads of each comparison (every other field is ignored).
const WccComparisonTableInputSchema = z.array(
  z.object({
    pct: z.string().nullable(),
    assuranceYear: z.string(),
    cells: z.array(
      z.object({
        measure: z.string(),
        label: z.string(),
        pctValue: z.union([z.string(), z.number().int().min(1).max(4), z.null()]), // a rating or light (text), or a competency level 1–4
        national: z.number(),
        nationalUnit: z.string(),
        nationalText: z.string(),
        position: z.string(),
        behind: z.boolean().nullable(),
        confidence: z.enum(['confirmed', 'derived', 'unconfirmed']),
        sources: z.array(z.string()),
      }),
    ),
  }),
  { error: 'must be a list of WCC comparisons (from compareWccWithNational)' },
);

/**
 * The comparisons of one or more PCTs as a tidy table: one row per PCT and national figure.
 *
 * @param comparisons - results of {@link compareWccWithNational}
 * @returns the rows, in the order given
 * @category Readiness
 * @example
 * ```ts
 * import { compareWccWithNational, wccComparisonTable } from 'practice-based-commissioning';
 * const rows = wccComparisonTable([compareWccWithNational({ pct: '5ZZ', governance: { board: 'green' } }, { asOf: '2010-03-31' })]);
 * rows[0]; //=> { pct: '5ZZ', assuranceYear: '2009/10', measure: 'board-green', pctValue: 'green', national: 61, nationalText: '61%', position: 'in', behind: false, … }
 * ```
 */
export function wccComparisonTable(comparisons: readonly Pick<WccNationalComparison, 'pct' | 'assuranceYear' | 'cells'>[]): WccComparisonRow[] {
  // Read once and checked: the comparisons may come back from JSON or from a caller's hands.
  const checked = parseInput(WccComparisonTableInputSchema, comparisons, 'WCC comparisons') as unknown as readonly Pick<WccNationalComparison, 'pct' | 'assuranceYear' | 'cells'>[];
  return checked.flatMap((comparison) =>
    comparison.cells.map((cell) => ({
      pct: comparison.pct,
      assuranceYear: comparison.assuranceYear,
      measure: cell.measure,
      label: cell.label,
      pctValue: cell.pctValue,
      national: cell.national,
      nationalUnit: cell.nationalUnit,
      nationalText: cell.nationalText,
      position: cell.position,
      behind: cell.behind,
      confidence: cell.confidence,
      sources: cell.sources.join('; '),
    })),
  );
}
