/**
 * Explanations on demand: one record of a whole-area evaluation explained by re-running its PCT.
 *
 * @module
 */
import { z } from 'zod';
import { PbcError } from '../core/errors.js';
import type { Explanation } from '../core/explanation.js';
import { resolveEvaluationOptions, type DatedEvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { ScenarioAreaSchema, type EvaluateAreaInput, type ScenarioArea } from './area-schema.js';
import { areaContext } from './area-context.js';
import { evaluatePct } from './evaluate-pct.js';
import { parseScenarioInput } from './internal.js';

const ExplainFigureSwitchesSchema = z
  .object({
    policy: z.unknown().optional(),
    asOf: z.unknown().optional(),
    key: z.string().min(1, { message: 'give the explanationKey of a record' }),
  })
  .strict();

/**
 * The options of {@link explainFigure}: the policy and the day exactly as given to `evaluateArea`,
 * and the `key` of the record to explain (a row's `explanationKey`).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ExplainFigureOptions } from 'practice-based-commissioning/scenario';
 * const options: ExplainFigureOptions = { asOf: '2009-06-30', key: 'yearEnd:A01001' };
 * options.key; //=> 'yearEnd:A01001'
 * ```
 */
export interface ExplainFigureOptions extends DatedEvaluationOptions {
  /** The record's `explanationKey`, as in every row of `evaluateArea`'s tables. */
  readonly key: string;
}

/** The PCT whose evaluation explains a record, from the record's key; `undefined` for a key no record of the area has. */
function pctOfKey(area: ScenarioArea, key: string): string | undefined {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const name = key.slice(colon + 1);
  switch (kind) {
    case 'budgets':
    case 'wcc':
      return area.pcts.find((pct) => pct.code === name)?.code;
    case 'readiness':
      return area.pcts.find((pct) => pct.code === name.slice(0, name.indexOf('/')))?.code;
    case 'monitoring':
    case 'yearEnd':
    case 'incentives':
      return area.practices.find((practice) => practice.code === name)?.pctCode;
    case 'groups':
      return (area.groups ?? []).find((group) => group.id === name)?.pctCode;
    case 'conflicts':
      return (area.businessCases ?? []).find((entry) => entry.businessCase.id === name)?.pctCode;
    default:
      return undefined;
  }
}

/**
 * Explains one record of a whole-area evaluation on demand: the explanation `evaluateArea` returns
 * under the record's `explanationKey`, built by evaluating only the record's PCT, with tracing. Give
 * the same area, policy and day as to `evaluateArea` (with `explanations: false`, say, for a small
 * and fast national result) and the key of any row; the tree is the same, node for node, as the one
 * `evaluateArea` with explanations would have returned.
 *
 * @param area - the area evaluated (validated with {@link ScenarioAreaSchema})
 * @param options - `asOf` (required), `policy` (default the baseline) and `key`
 * @returns the record's {@link Explanation}
 * @throws PbcError as `evaluateArea` for a bad area, policy or day; `INVALID_INPUT` at `['key']`
 *   for a key that names no record of the area
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluateArea, explainFigure, renderExplanation } from 'practice-based-commissioning';
 * import { generateArea } from 'practice-based-commissioning/testing';
 * const area = generateArea({ seed: 1, scope: { sha: 'Q30' }, financialYear: '2008/09' });
 * const year = evaluateArea(area, { asOf: '2009-06-30', explanations: false });
 * const row = year.yearEnd[0]!;
 * const why = explainFigure(area, { asOf: '2009-06-30', key: row.explanationKey });
 * why.rule;                                       //=> 'scenario.yearEnd'
 * renderExplanation(why).includes(row.practiceCode); //=> true
 * ```
 */
export function explainFigure(area: EvaluateAreaInput, options: ExplainFigureOptions): Explanation {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  const { key } = parseScenarioInput(ExplainFigureSwitchesSchema, options, 'explainFigure options');
  const parsed = parseScenarioInput(ScenarioAreaSchema, area, 'area');
  const refuse = (): never => {
    throw new PbcError('INVALID_INPUT', `no record of the area has the explanation key ${JSON.stringify(key)}`, {
      issues: [{ path: ['key'], message: 'names no record of the area (use a row’s explanationKey)', rule: 'scenario.explainFigure.knownKey' }],
    });
  };
  const pctCode = pctOfKey(parsed, key) ?? refuse();
  const context = areaContext(parsed, { policy, asOf, explanations: true });
  // pctOfKey returned the code of one of the area's PCTs.
  const explanations = evaluatePct(context, parsed.pcts.findIndex((pct) => pct.code === pctCode)).explanations!;
  return explanations.get(key) ?? refuse();
}
