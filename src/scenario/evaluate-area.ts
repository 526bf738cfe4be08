/**
 * Whole-area evaluation: one call runs budget setting, monitoring, the year end (freed-up resources
 * and real budgets), incentives, conflict-of-interest checks and readiness for every practice, group
 * and PCT of an area, and returns tidy tables with their explanations.
 *
 * @module
 */
import { z } from 'zod';
import { type Policy } from '../core/policy-model/schemas.js';
import { resolveEvaluationOptions, type DatedEvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { ScenarioAreaSchema, type EvaluateAreaInput } from './area-schema.js';
import { parseScenarioInput } from './internal.js';
import type { ScenarioAreaEvaluation } from './tables.js';
import { areaContext } from './area-context.js';
import { assembleEvaluation } from './assemble-evaluation.js';
import { evaluatePct, type PctEvaluation } from './evaluate-pct.js';
import { ProgressCallbackSchema, type ScenarioProgress } from './progress.js';
import { ExplanationTableBuilder, type ExplanationTable, type explanationOf } from './explanation-table.js';
import type { AreaContext } from './area-context.js';

/** The switches evaluateArea reads besides the policy and the day; any other key is refused. */
const EvaluateAreaSwitchesSchema = z
  .object({
    policy: z.unknown().optional(),
    asOf: z.unknown().optional(),
    explanations: z.boolean().optional(),
    onProgress: ProgressCallbackSchema.optional(),
  })
  .strict();

/**
 * The options of {@link evaluateArea}: the policy (default the baseline) and the day the year is
 * looked at (`asOf`, required: spend of months ended by then is read, and no event in the area may
 * be later), as every rule takes them, and whether to return explanations (default `true`; the tables
 * are the same either way).
 *
 * @category Scenarios
 * With `onProgress`, it is called once per PCT as each finishes (`{ done, total, pctCode }`).
 *
 * @example
 * ```ts
 * import type { EvaluateAreaOptions } from 'practice-based-commissioning/scenario';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const options: EvaluateAreaOptions = { policy: baselinePolicy, asOf: '2008-06-30', explanations: false };
 * options.asOf; //=> '2008-06-30'
 * ```
 */
export interface EvaluateAreaOptions extends DatedEvaluationOptions {
  /** Whether to return each record's explanation (default `true`). */
  readonly explanations?: boolean;
  /** Called after each PCT is evaluated, with how many are done out of how many (see {@link ScenarioProgress}). */
  readonly onProgress?: (progress: ScenarioProgress) => void;
}

/** evaluateArea's options, checked. @internal */
export interface ParsedEvaluateOptions {
  readonly policy: Policy;
  readonly asOf: string;
  readonly explanations: boolean;
  readonly onProgress: ((progress: ScenarioProgress) => void) | null;
}

/** Checks evaluateArea's options: the policy and the day as every rule's, then the switches. @internal */
export function parseEvaluateOptions(options: unknown): ParsedEvaluateOptions {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  const { explanations, onProgress } = parseScenarioInput(EvaluateAreaSwitchesSchema, options, 'evaluateArea options');
  return { policy, asOf, explanations: explanations ?? true, onProgress: onProgress ?? null };
}

/** Evaluates every PCT of the area in order, reporting progress after each. */
function* eachPct(context: AreaContext, onProgress: ParsedEvaluateOptions['onProgress']): Generator<PctEvaluation, void, undefined> {
  const total = context.area.pcts.length;
  for (let index = 0; index < total; index += 1) {
    const evaluation = evaluatePct(context, index);
    onProgress?.({ done: index + 1, total, pctCode: evaluation.pctCode });
    yield evaluation;
  }
}

/**
 * Evaluates a whole area — one PCT, an SHA, or all of England — for its financial year as of a date,
 * under a policy. For every PCT it sets the practices' indicative budgets (`setIndicativeBudget`),
 * monitors each practice's spend to the last month ended by `asOf` (`monitorBudget`), settles each
 * practice's year (`freedUpResources` on the indicative lines; the real regime of
 * `compareBudgetRegimes` on any lines the policy devolves through `budget.realBudget.lines`), works
 * out the incentive payments (`incentivePaymentSchedule`: the Towards PBC DES in 2006/07, with
 * component 2 set against the freed-up resources released; a local scheme from 2007/08, with the
 * no-overspend condition read from the year end), checks every business case
 * (`checkConflictsOfInterest`), assesses readiness (`assessReadiness`) and, for a PCT that gives `wcc`
 * evidence in 2008/09 or 2009/10, world class commissioning assurance (`wccRatingForPct`), rolls up each group's
 * budget (`rollUpGroupBudget`) and gives each group its management allowance (`managementAllowance`, with
 * the PCT's own `managementAllowance` figure when it gives one).
 *
 * It returns tidy tables — budgets (practice × line), monitoring (practice × line and total), the
 * year end (freed-up resources and real budgets, per practice), incentives, conflicts findings,
 * readiness ratings, WCC ratings, and summaries per practice, group and PCT — every rule's findings in
 * one list (`findings`, each placed on its practice, PCT, case or group with the key of its row), the totals, and the explanation of
 * every record, keyed by its `explanationKey`, in one {@link ExplanationTable} (each rule and
 * parameter reading stored once; {@link explanationOf} reads a record's tree). With
 * `explanations: false` the tables are identical and `explanations` is `null`. Before the year is
 * complete the year end rests on the forecast outturn.
 *
 * For England (8,433 practices) with explanations the result is large; {@link evaluateAreaByPct}
 * streams it PCT by PCT, and {@link explainFigure} explains one record on demand from a result
 * evaluated without explanations.
 *
 * @param area - the area (validated with {@link ScenarioAreaSchema})
 * @param options - `asOf` (required), `policy` (default the baseline), `explanations` (default true),
 *   `onProgress` (called after each PCT)
 * @returns a {@link ScenarioAreaEvaluation}
 * @throws PbcError `INVALID_POLICY` at `['policy']` for a policy that is not a valid one;
 *   `MISSING_INPUT` or `INVALID_DATE` at `['asOf']`; `INVALID_INPUT`, `CONFLICTING_INPUT` or
 *   `MISSING_INPUT` for a bad area or options, every issue with its path in the area; `INVALID_INPUT` (path `asOf`) for a date before the end of
 *   the year's first month; any error an area function raises for part of the area (`NOT_IN_FORCE` for
 *   a year before PBC, say), re-pointed at that part (`['practices', 12, …]`, `['pcts', 0, …]`)
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluateArea, explanationOf } from 'practice-based-commissioning';
 * import { generateArea } from 'practice-based-commissioning/testing';
 * const area = generateArea({ seed: 1, scope: { pct: '5A0' }, financialYear: '2008/09' });
 * const year = evaluateArea(area, { asOf: '2009-06-30' });
 * year.final;                          //=> true (all twelve months reported)
 * year.totals.variance === year.totals.budget - year.totals.outturn; //=> true
 * explanationOf(year, year.yearEnd[0]!.explanationKey).rule; //=> 'scenario.yearEnd'
 * year.findings.filter((finding) => finding.outcome === 'warning').length === year.pcts[0]!.findingsWarnings; //=> true
 * ```
 */
export function evaluateArea(area: EvaluateAreaInput, options: EvaluateAreaOptions): ScenarioAreaEvaluation {
  const parsedOptions = parseEvaluateOptions(options);
  const parsed = parseScenarioInput(ScenarioAreaSchema, area, 'area');
  const context = areaContext(parsed, parsedOptions);
  // Each PCT's trees go into the table as the PCT is done, so only one PCT's whole trees are held at a time.
  const table = context.explanations ? new ExplanationTableBuilder(context.asOf) : null;
  const evaluations: PctEvaluation[] = [];
  for (const evaluation of eachPct(context, parsedOptions.onProgress)) {
    if (table !== null && evaluation.explanations !== null) table.addAll(evaluation.explanations);
    evaluations.push({ ...evaluation, explanations: null });
  }
  return assembleEvaluation(context, evaluations, table === null ? null : table.table());
}

/**
 * One PCT's part of a whole-area evaluation, as {@link evaluateAreaByPct} yields it: the PCT's rows
 * of every table of {@link ScenarioAreaEvaluation}, its summary row, and the explanations of its
 * records (`null` with `explanations: false`).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluateAreaByPct, type ScenarioPctEvaluation } from 'practice-based-commissioning/scenario';
 * import { generateArea } from 'practice-based-commissioning/testing';
 * const area = generateArea({ seed: 1, scope: { pct: '5A0' }, financialYear: '2008/09' });
 * const [first]: ScenarioPctEvaluation[] = [...evaluateAreaByPct(area, { asOf: '2009-06-30', explanations: false })];
 * first?.pct.pctCode; //=> '5A0'
 * ```
 */
export interface ScenarioPctEvaluation {
  readonly pctCode: string;
  readonly budgets: ScenarioAreaEvaluation['budgets'];
  readonly monitoring: ScenarioAreaEvaluation['monitoring'];
  readonly yearEnd: ScenarioAreaEvaluation['yearEnd'];
  readonly incentives: ScenarioAreaEvaluation['incentives'];
  readonly conflicts: ScenarioAreaEvaluation['conflicts'];
  readonly readiness: ScenarioAreaEvaluation['readiness'];
  readonly wcc: ScenarioAreaEvaluation['wcc'];
  readonly practices: ScenarioAreaEvaluation['practices'];
  readonly groups: ScenarioAreaEvaluation['groups'];
  readonly findings: ScenarioAreaEvaluation['findings'];
  readonly pct: ScenarioAreaEvaluation['pcts'][number];
  /** The PCT's explanations as one table (read a record's tree with {@link explanationOf}); `null` with `explanations: false`. */
  readonly explanations: ExplanationTable | null;
}

function tablesOf(evaluation: PctEvaluation, asOf: string): ScenarioPctEvaluation {
  const { explanations, ...tables } = evaluation;
  if (explanations === null) return { ...tables, explanations: null };
  const table = new ExplanationTableBuilder(asOf);
  table.addAll(explanations);
  return { ...tables, explanations: table.table() };
}

/**
 * Evaluates an area PCT by PCT, yielding each PCT's tables as soon as it is done: the same rows,
 * explanations and errors as {@link evaluateArea}, without holding the whole area's result, so all of
 * England can be processed (written out, summed, filtered) in about one PCT's memory. The area and
 * the options are checked when the function is called, before the first PCT; an error in a PCT's
 * data is raised when that PCT is reached.
 *
 * @param area - the area (validated with {@link ScenarioAreaSchema})
 * @param options - as {@link evaluateArea}'s: `asOf` (required), `policy`, `explanations`, `onProgress`
 * @returns a generator of {@link ScenarioPctEvaluation}, one per PCT in area order
 * @throws PbcError as {@link evaluateArea}
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluateAreaByPct } from 'practice-based-commissioning/scenario';
 * import { generateArea } from 'practice-based-commissioning/testing';
 * const area = generateArea({ seed: 1, scope: { sha: 'Q30' }, financialYear: '2008/09' });
 * let budget = 0;
 * for (const pct of evaluateAreaByPct(area, { asOf: '2009-06-30', explanations: false })) budget += pct.pct.budget;
 * budget > 0; //=> true
 * ```
 */
export function evaluateAreaByPct(area: EvaluateAreaInput, options: EvaluateAreaOptions): Generator<ScenarioPctEvaluation, void, undefined> {
  const parsedOptions = parseEvaluateOptions(options);
  const parsed = parseScenarioInput(ScenarioAreaSchema, area, 'area');
  const context = areaContext(parsed, parsedOptions);
  return (function* () {
    for (const evaluation of eachPct(context, parsedOptions.onProgress)) yield tablesOf(evaluation, context.asOf);
  })();
}

