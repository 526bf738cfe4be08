/**
 * `analyseSensitivity`: a whole area's year re-evaluated once per alternative of every disputed or
 * unconfirmed parameter the evaluation read, with the headline totals compared.
 *
 * @module
 */
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { parseInput } from '../core/validation.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { baselinePolicy } from '../policy/baseline.js';
import { evaluateArea, type EvaluateAreaInput, type ScenarioAreaEvaluation } from '../scenario/index.js';
import { runSensitivity, type SensitivityAnalysis } from './analyse-policy-sensitivity.js';
import { AnalyseSensitivitySwitchesSchema, type SensitivityFigure } from './schemas.js';

/**
 * The headline figures {@link analyseSensitivity} compares by default: the area's budget and
 * variance, the freed-up resources (practices' and PCT's shares, released), what practices keep and
 * bear, what the PCT bears, and the incentives due.
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import { SENSITIVITY_HEADLINE_FIGURES } from 'practice-based-commissioning/sensitivity';
 * SENSITIVITY_HEADLINE_FIGURES.includes('furPracticeShare'); //=> true
 * ```
 */
export const SENSITIVITY_HEADLINE_FIGURES: readonly SensitivityFigure[] = Object.freeze([
  'budget',
  'variance',
  'furPracticeShare',
  'furPctShare',
  'furReleased',
  'practiceKeeps',
  'practiceBears',
  'pctBears',
  'incentivesDue',
] as const);

/**
 * The input of {@link analyseSensitivity}: the area, exactly as `evaluateArea` takes it.
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import type { AnalyseSensitivityInput } from 'practice-based-commissioning/sensitivity';
 * import { generateArea } from 'practice-based-commissioning/testing';
 * const area: AnalyseSensitivityInput = generateArea({ seed: 1, scope: { pct: '5A0' }, financialYear: '2007/08' });
 * ```
 */
export type AnalyseSensitivityInput = EvaluateAreaInput;

/**
 * The options of {@link analyseSensitivity}: `asOf` (required) and `policy` as for `evaluateArea`;
 * `figures`, the totals to compare (default {@link SENSITIVITY_HEADLINE_FIGURES}); `parameters`, to try
 * only the alternatives of these parameters.
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import type { AnalyseSensitivityOptions } from 'practice-based-commissioning/sensitivity';
 * const options: AnalyseSensitivityOptions = { asOf: '2008-06-30', figures: ['variance', 'furPracticeShare'] };
 * ```
 */
export interface AnalyseSensitivityOptions extends EvaluationOptions {
  readonly asOf: string;
  readonly figures?: readonly SensitivityFigure[];
  readonly parameters?: readonly string[];
}

/**
 * Re-evaluates an area's year once per alternative of every disputed or unconfirmed parameter value
 * the evaluation actually read (found in its explanations), and compares the headline totals: a
 * tidy table with one row per (parameter value, alternative, figure) — the baseline total, the total
 * under the alternative, the change in pence and per cent — and a ranking of the parameter values by
 * the largest change they cause. Figures that no alternative moves are solid; those that move hang
 * on a fact the sources dispute or nobody has confirmed. Unconfirmed readings with no alternatives
 * recorded are listed in `unexamined`.
 *
 * Cost: one `evaluateArea` with explanations (to find what was read), then one without per
 * alternative (about 12 on a 2007/08 year under the baseline). See docs/performance.md.
 *
 * @param area - the area, as for `evaluateArea`
 * @param options - `asOf` (required), `policy`, `figures`, `parameters`
 * @returns a {@link SensitivityAnalysis}
 * @throws PbcError as `evaluateArea` does for a bad area, policy or date; `INVALID_INPUT` for unknown
 *   `figures` or `parameters` (path `figures` / `parameters`)
 * @category Sensitivity
 * @example
 * ```ts
 * import { analyseSensitivity } from 'practice-based-commissioning/sensitivity';
 * import { generateArea } from 'practice-based-commissioning/testing';
 * const area = generateArea({ seed: 7, scope: { pct: '5A0' }, financialYear: '2007/08' });
 * const result = analyseSensitivity(area, { asOf: '2008-06-30', figures: ['variance', 'furPracticeShare'] });
 * result.runs === 1 + result.ranking.reduce((sum, entry) => sum + entry.alternatives, 0); //=> true
 * result.rows.every((row) => row.change === null || row.value === row.baseline + row.change); //=> true
 * (result.ranking[0]?.largestChange ?? 0) >= (result.ranking.at(-1)?.largestChange ?? 0); //=> true
 * ```
 */
export function analyseSensitivity(area: AnalyseSensitivityInput, options: AnalyseSensitivityOptions): SensitivityAnalysis {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  const switches = parseInput(AnalyseSensitivitySwitchesSchema, options, 'analyseSensitivity options');
  const figures = switches.figures ?? SENSITIVITY_HEADLINE_FIGURES;
  const pick = (year: ScenarioAreaEvaluation): Record<string, number> => Object.fromEntries(figures.map((figure) => [figure, year.totals[figure]]));
  return runSensitivity({
    policy,
    asOf,
    baselineRun: (given: Policy) => evaluateArea(area, { policy: given, asOf, explanations: true }),
    run: (given: Policy) => evaluateArea(area, { policy: given, asOf, explanations: false }),
    figures: pick,
    ...(switches.parameters === undefined ? {} : { parameters: switches.parameters }),
  });
}
