/**
 * Setting a PCT's indicative budgets for a financial year: per practice and service line, from
 * historic activity at the year's tariff, from fair shares, or blended by the pace-of-change rule,
 * always within the PCT's control total.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { FinancialYearSchema, financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PctCodeSchema, PracticeCodeSchema, type PctCode, type PracticeCode } from '../core/identifiers.js';
import { formatGbp, multiplyByRate, pence, subtractMoney, sumMoney, type Pence } from '../core/money.js';
import { SERVICE_LINE_IDS } from '../policy/catalogues/service-lines.js';
import { applyBudgetControlTotal, type BudgetControlTotalRow } from './apply-budget-control-total.js';
import { applyPaceOfChange, requirePaceOfChangeInForce } from './apply-pace-of-change.js';
import { fairShareBudgets } from './fair-share-budgets.js';
import { issue, parseInput, raiseIssues, repeatedAt } from '../core/validation.js';
import { finding, requireInForce, requireUnitInterval, type BudgetIssue, ruleOf } from './internal.js';
import {
  BudgetLineSchema,
  BudgetMethodSchema,
  BudgetScopeSchema,
  ServiceLineSchema,
  type Budget,
  type BudgetFinding,
  type BudgetMethod,
  type ServiceLine,
} from './model.js';
import { HistoricBudgetDataSchema, priceHistoricData } from './price-historic-activity.js';
import { readScopeLists, scopeIssues } from './resolve-budget-scope.js';

const RULE = ruleOf('budget.setIndicative');

const WeightSchema = z.number().nonnegative({ message: 'a weight may not be negative' });

/**
 * The zod schema for one practice in {@link SetIndicativeBudgetInputSchema}: its code, its weighted
 * population (the fair-share weight; needed whenever a fair share is), optional per-line weights
 * (a prescribing weighting, say) and its historic data (absent when it has none).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { PracticeBudgetInputSchema } from 'practice-based-commissioning/schemas';
 * PracticeBudgetInputSchema.parse({ practiceCode: 'A81001', weightedPopulation: 6120.5 });
 * ```
 */
export const PracticeBudgetInputSchema = z
  .object({
    practiceCode: PracticeCodeSchema,
    weightedPopulation: WeightSchema.optional().meta({ description: "The practice's weighted (need-adjusted) population: its fair-share weight." }),
    lineWeights: z
      .array(z.object({ serviceLine: ServiceLineSchema, weight: WeightSchema }).strict())
      .optional()
      .meta({ description: 'Per-line fair-share weights that replace weightedPopulation for those lines.' }),
    historic: HistoricBudgetDataSchema.optional().meta({ description: 'Historic activity and costs; absent when the practice has no historic data.' }),
  })
  .strict()
  .superRefine((practice, context) => {
    const lines = (practice.lineWeights ?? []).map((entry) => entry.serviceLine);
    lines.forEach((line, index) => {
      if (lines.indexOf(line) !== index) context.addIssue(issue(['lineWeights', index, 'serviceLine'], `${line} is weighted twice`, 'budget.fairShare.uniqueLineWeights'));
    });
  });

/**
 * One practice in a {@link SetIndicativeBudgetInput}. See {@link PracticeBudgetInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { PracticeBudgetInput } from 'practice-based-commissioning';
 * const practice = { practiceCode: 'A81001', weightedPopulation: 6000 } as PracticeBudgetInput;
 * ```
 */
export type PracticeBudgetInput = z.input<typeof PracticeBudgetInputSchema>;

/**
 * The zod schema for the input of {@link setIndicativeBudget}: the PCT, the financial year, the
 * method, the scope (default: the mandatory core), the PCT's resources per line in scope, and the
 * practices. Practices and resource lines must each be unique.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { SetIndicativeBudgetInputSchema } from 'practice-based-commissioning/schemas';
 * SetIndicativeBudgetInputSchema.safeParse({
 *   pctCode: '5ZZ', financialYear: '2007/08', method: 'weightedCapitation',
 *   pctResources: [{ serviceLine: 'PRESCRIBING', amount: 100_000_000 }],
 *   practices: [{ practiceCode: 'Z90001', weightedPopulation: 1 }],
 * }).success; //=> true
 * ```
 */
export const SetIndicativeBudgetInputSchema = z
  .object({
    pctCode: PctCodeSchema,
    financialYear: FinancialYearSchema,
    method: BudgetMethodSchema,
    scope: BudgetScopeSchema.optional().meta({ description: 'The lines in scope; default the mandatory core for the year.' }),
    pctResources: z.array(BudgetLineSchema).min(1).meta({ description: "The PCT's resources for each line in scope: the control totals." }),
    practices: z.array(PracticeBudgetInputSchema).min(1),
  })
  .strict()
  .superRefine((input, context) => {
    const codes = input.practices.map((practice) => practice.practiceCode);
    for (const index of repeatedAt(codes)) context.addIssue(issue(['practices', index, 'practiceCode'], `practice ${codes[index]!} appears twice`, 'budget.practices.unique'));
    const lines = input.pctResources.map((entry) => entry.serviceLine);
    lines.forEach((line, index) => {
      if (lines.indexOf(line) !== index) context.addIssue(issue(['pctResources', index, 'serviceLine'], `${line} appears twice`, 'budget.controlTotal.uniqueLines'));
    });
  });

/**
 * The input of {@link setIndicativeBudget}. See {@link SetIndicativeBudgetInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { SetIndicativeBudgetInput } from 'practice-based-commissioning';
 * declare const input: SetIndicativeBudgetInput;
 * input.practices.length;
 * ```
 */
export type SetIndicativeBudgetInput = z.input<typeof SetIndicativeBudgetInputSchema>;

/**
 * One row (a practice and a service line) of an {@link IndicativeBudgetSet}: a flat record for
 * tables and charts.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { IndicativeBudgetRow } from 'practice-based-commissioning';
 * declare const row: IndicativeBudgetRow;
 * row.budget <= row.beforeControlTotal; //=> true
 * ```
 */
export interface IndicativeBudgetRow {
  readonly practiceCode: PracticeCode;
  readonly serviceLine: ServiceLine;
  /** Historic activity at the tariff for the line, or `null` when the practice has no historic data. */
  readonly historic: Pence | null;
  /** The fair share for the line, or `null` when the method did not need one. */
  readonly fairShare: Pence | null;
  /** The budget the method gave before the PCT control total. */
  readonly beforeControlTotal: Pence;
  /** The indicative budget. */
  readonly budget: Pence;
}

/**
 * What the method did for one practice in an {@link IndicativeBudgetSet}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { IndicativeBudgetPractice } from 'practice-based-commissioning';
 * declare const practice: IndicativeBudgetPractice;
 * practice.basis; //=> 'movedTowardsFairShare', for example
 * ```
 */
export interface IndicativeBudgetPractice {
  readonly practiceCode: PracticeCode;
  /**
   * `historic`: historic activity at the tariff; `fairShare`: weighted capitation (the method, or no
   * historic data); `withinThreshold`: blended, near enough its fair share to keep its historic
   * budget; `movedTowardsFairShare`: blended, moved by the pace-of-change rule.
   */
  readonly basis: 'historic' | 'fairShare' | 'withinThreshold' | 'movedTowardsFairShare';
  readonly historicTotal: Pence | null;
  readonly fairShareTotal: Pence | null;
  /** (historic − fair share) ÷ fair share, to four decimal places; `null` when not computed. */
  readonly distanceFromFairShare: string | null;
  /** The practice's indicative budget across its lines. */
  readonly total: Pence;
}

/**
 * The result of {@link setIndicativeBudget}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { IndicativeBudgetSet } from 'practice-based-commissioning';
 * declare const set: IndicativeBudgetSet;
 * set.budgets[0]?.kind; //=> 'indicative'
 * ```
 */
export interface IndicativeBudgetSet {
  readonly pctCode: PctCode;
  readonly financialYear: FinancialYear;
  readonly method: BudgetMethod;
  /** The lines in scope, in catalogue order. */
  readonly scope: readonly ServiceLine[];
  /** One budget per practice, in input order: ready for {@link monitorBudget} and {@link rollUpGroupBudget}. */
  readonly budgets: readonly Budget[];
  readonly practices: readonly IndicativeBudgetPractice[];
  /** One row per practice and line. */
  readonly rows: readonly IndicativeBudgetRow[];
  /** One row per line: the PCT control total. */
  readonly controlTotal: readonly BudgetControlTotalRow[];
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

function validate(input: z.output<typeof SetIndicativeBudgetInputSchema>, scope: readonly ServiceLine[], needFairShare: boolean, resources: ReadonlyMap<ServiceLine, Pence>): BudgetIssue[] {
  const issues: BudgetIssue[] = [];
  const outside = (line: ServiceLine, path: (string | number)[]): void => {
    if (!scope.includes(line)) issues.push({ path, message: `${line} is outside the budget's scope (${scope.join(', ')})`, rule: 'budget.scope.lineOutsideScope', code: 'INVALID_INPUT' });
  };
  input.pctResources.forEach((entry, index) => outside(entry.serviceLine, ['pctResources', index, 'serviceLine']));
  for (const line of scope) {
    if (!resources.has(line)) issues.push({ path: ['pctResources'], message: `no PCT resources given for ${line}, which is in scope`, rule: 'budget.controlTotal.resourcesPerLine', code: 'MISSING_INPUT' });
  }
  input.practices.forEach((practice, index) => {
    practice.historic?.activity?.forEach((item, itemIndex) => outside(item.serviceLine, ['practices', index, 'historic', 'activity', itemIndex, 'serviceLine']));
    practice.historic?.costs?.forEach((item, itemIndex) => outside(item.serviceLine, ['practices', index, 'historic', 'costs', itemIndex, 'serviceLine']));
    practice.lineWeights?.forEach((entry, itemIndex) => outside(entry.serviceLine, ['practices', index, 'lineWeights', itemIndex, 'serviceLine']));
    if (!needFairShare) return;
    const weighted = new Set((practice.lineWeights ?? []).map((entry) => entry.serviceLine));
    if (practice.weightedPopulation === undefined && scope.some((line) => !weighted.has(line))) {
      issues.push({
        path: ['practices', index, 'weightedPopulation'],
        message: 'a fair share is needed (the method, or a practice without historic data), so every practice needs a weighted population',
        rule: 'budget.fairShare.weightNeeded',
        code: 'MISSING_INPUT',
      });
    }
  });
  if (needFairShare && !issues.some((entry) => entry.rule === 'budget.fairShare.weightNeeded')) {
    for (const line of scope) {
      const total = input.practices.reduce((sum, practice) => sum + weightFor(practice, line), 0);
      if (total === 0 && resources.has(line) && resources.get(line)! > 0) {
        issues.push({ path: ['practices'], message: `every practice's weight for ${line} is zero, so its resources cannot be shared`, rule: 'budget.fairShare.positiveWeight', code: 'INVALID_INPUT' });
      }
    }
  }
  return issues;
}

function weightFor(practice: z.output<typeof PracticeBudgetInputSchema>, line: ServiceLine): number {
  // Called only once validate has found a weight for every practice and line.
  return practice.lineWeights?.find((entry) => entry.serviceLine === line)?.weight ?? practice.weightedPopulation!;
}

/**
 * The options of {@link setIndicativeBudget}: `policy` (default the baseline); `asOf` is not read (the financial year in the input dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { SetIndicativeBudgetOptions } from 'practice-based-commissioning';
 * const options: SetIndicativeBudgetOptions = {};
 * ```
 */
export interface SetIndicativeBudgetOptions extends EvaluationOptions {}

/**
 * Sets a PCT's indicative budgets for a financial year, per practice and service line.
 *
 * - `historicActivityAtTariff`: historic activity priced at the year's tariff (the 2005 baseline:
 *   HES activity "priced at the national tariff", NAPC); a practice with no historic data gets its
 *   fair share.
 * - `weightedCapitation`: each line's resources shared by weighted population (the fair share).
 * - `blended` (2007/08 onwards, DH fair-shares toolkit): historic activity, except that a practice
 *   "more than 10%" from its fair share moves towards it by `budget.paceOfChange.gapClosedPerYear`
 *   of the gap (a parameter: the guidance gives no step); weighted capitation "only where no
 *   historic data exist".
 *
 * Then the control total: "the sum of all practice budgets must not exceed PCT resources" (NAPC). Any
 * contingency (`budget.controlTotal.contingencyShare`, none nationally) is held back first; a line
 * whose budgets sum above what is available is scaled down to it exactly (largest remainder). Every
 * parameter is read on the year's first day.
 *
 * @param input - see {@link SetIndicativeBudgetInputSchema}
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns one {@link Budget} per practice, a row per practice and line, the control-total table,
 *   findings (method against guidance, practices moved or scaled) and the explanation
 * @throws PbcError `INVALID_INPUT` (negative activity or money, a line outside the scope, a duplicate
 *   practice, all-zero weights), `MISSING_INPUT` (resources for a line in scope, a weighted population
 *   a fair share needs), `NOT_IN_FORCE` (a year before 2005/06; `blended` before 2007/08)
 * @category Budgets
 * @example
 * ```ts
 * import { setIndicativeBudget } from 'practice-based-commissioning';
 * const set = setIndicativeBudget({
 *   pctCode: '5ZZ', financialYear: '2007/08', method: 'blended',
 *   scope: { lines: ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING'] },
 *   pctResources: [
 *     { serviceLine: 'ELECTIVE_INPATIENT', amount: 0 }, { serviceLine: 'DAY_CASE', amount: 0 },
 *     { serviceLine: 'NON_ELECTIVE', amount: 0 }, { serviceLine: 'OUTPATIENT', amount: 0 },
 *     { serviceLine: 'PRESCRIBING', amount: 20_000_000 },
 *   ],
 *   practices: [
 *     { practiceCode: 'Z90001', weightedPopulation: 1, historic: { costs: [{ serviceLine: 'PRESCRIBING', amount: 14_000_000 }] } },
 *     { practiceCode: 'Z90002', weightedPopulation: 1, historic: { costs: [{ serviceLine: 'PRESCRIBING', amount: 6_000_000 }] } },
 *   ],
 * });
 * set.practices.map((p) => [p.basis, p.total]);
 * //=> [['movedTowardsFairShare', 13_000_000], ['movedTowardsFairShare', 7_000_000]]
 * // fair share £100,000 each; 40% over and under, so each closes a quarter of its £40,000 gap
 * ```
 */
export function setIndicativeBudget(input: SetIndicativeBudgetInput, options?: SetIndicativeBudgetOptions): IndicativeBudgetSet {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  return setIndicativeBudgetOf(parseInput(SetIndicativeBudgetInputSchema, input, 'indicative budget request'), policy);
}

/**
 * {@link setIndicativeBudget} on a request whose parts are already parsed with the request's own
 * field schemas (a PCT's budget setting and its practices, from an area parsed by
 * `ScenarioAreaSchema`), under a resolved policy. The schema does not run again when none of its
 * checks across fields could fail: at least one practice, none twice, no line twice in the PCT's
 * resources or in a practice's line weights. Otherwise the public function runs, so any error is the
 * one it raises. The checks after the schema (the scope, the weights and historic data each method
 * needs) always run.
 *
 * @internal
 */
export function setIndicativeBudgetOnParsed(input: z.output<typeof SetIndicativeBudgetInputSchema>, policy: Policy): IndicativeBudgetSet {
  const distinct = <T>(values: readonly T[]): boolean => new Set(values).size === values.length;
  const plain =
    input.practices.length > 0 &&
    distinct(input.practices.map((practice) => practice.practiceCode)) &&
    distinct(input.pctResources.map((entry) => entry.serviceLine)) &&
    input.practices.every((practice) => practice.lineWeights === undefined || distinct(practice.lineWeights.map((entry) => entry.serviceLine)));
  return plain ? setIndicativeBudgetOf(input, policy) : setIndicativeBudget(input, { policy });
}

function setIndicativeBudgetOf(parsed: z.output<typeof SetIndicativeBudgetInputSchema>, policy: Policy): IndicativeBudgetSet {
  const { start } = financialYearBounds(parsed.financialYear);
  const step = explain(RULE, policy, start);
  step.input('pctCode', parsed.pctCode);
  step.input('financialYear', parsed.financialYear);
  step.input('method', parsed.method);
  step.input('practices', parsed.practices.length);
  requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: ['financialYear'], what: 'PBC indicative budgets' });
  if (parsed.method === 'blended') requirePaceOfChangeInForce(policy, start);

  const lists = readScopeLists(step, start);
  const scope = parsed.scope === undefined ? SERVICE_LINE_IDS.filter((line) => lists.mandatory.includes(line)) : SERVICE_LINE_IDS.filter((line) => parsed.scope?.lines.includes(line));
  const resources = new Map<ServiceLine, Pence>(parsed.pctResources.map((entry) => [entry.serviceLine, entry.amount]));
  const needFairShare = parsed.method !== 'historicActivityAtTariff' || parsed.practices.some((practice) => practice.historic === undefined);
  raiseIssues(
    [...(parsed.scope === undefined ? [] : scopeIssues(lists, parsed.scope.lines, ['scope', 'lines'], parsed.financialYear)), ...validate(parsed, scope, needFairShare, resources)],
    'indicative budget request',
  );
  step.input('scope', [...scope]);

  const findings: BudgetFinding[] = [];
  const guidance = step.text('budget.method.guidance', start);
  if (guidance !== parsed.method) {
    findings.push(
      finding('METHOD_DIFFERS_FROM_GUIDANCE', 'info', RULE.id, `the guidance for ${parsed.financialYear} describes '${guidance}'; '${parsed.method}' was used`, ['napc-2005-budget-baseline', 'dh-2006-fair-shares-toolkit'], ['method']),
    );
  }

  // Contingency (top-slice) held back before budgets are set: a local decision, none nationally.
  const contingencyShare = step.read('budget.controlTotal.contingencyShare', start).value;
  const contingency = new Map<ServiceLine, Pence>();
  for (const line of scope) {
    // Resources were checked for every line in scope.
    const amount = typeof contingencyShare === 'string' ? multiplyByRate(resources.get(line)!, requireUnitInterval(contingencyShare, 'budget.controlTotal.contingencyShare')) : pence(0);
    contingency.set(line, amount);
    if (amount > 0) findings.push(finding('CONTINGENCY_HELD_BACK', 'info', 'budget.controlTotal', `${line}: ${formatGbp(amount)} held back as a contingency (share ${String(contingencyShare)})`, ['napc-2005-budget-baseline'], ['pctResources']));
  }
  const available = new Map<ServiceLine, Pence>(scope.map((line) => [line, subtractMoney(resources.get(line)!, contingency.get(line)!)]));

  const historic = parsed.practices.map((practice, index) => {
    if (practice.historic === undefined) return null;
    const priced = priceHistoricData(practice.historic, parsed.financialYear, policy, ['practices', index, 'historic']);
    step.child(priced.explanation);
    findings.push(...priced.findings);
    return new Map<ServiceLine, Pence>(scope.map((line) => [line, priced.lines.find((entry) => entry.serviceLine === line)?.total ?? pence(0)]));
  });

  let fairShares: Map<ServiceLine, Pence>[] | null = null;
  if (needFairShare) {
    const result = fairShareBudgets({
      lines: scope,
      available,
      weights: parsed.practices.map((practice) => new Map(scope.map((line) => [line, weightFor(practice, line)]))),
      practiceCodes: parsed.practices.map((practice) => practice.practiceCode),
      policy,
      asOf: start,
    });
    step.child(result.explanation);
    fairShares = result.shares;
  }

  const practices: Omit<IndicativeBudgetPractice, 'total'>[] = [];
  const beforeControl = parsed.practices.map((practice, index): Map<ServiceLine, Pence> => {
    const own = historic[index] ?? null;
    const fair = fairShares?.[index] ?? null;
    // Historic and fair-share maps hold every line in scope.
    const totalOf = (lines: ReadonlyMap<ServiceLine, Pence> | null): Pence | null => (lines === null ? null : sumMoney(scope.map((line) => lines.get(line)!)));
    const summary = { practiceCode: practice.practiceCode, historicTotal: totalOf(own), fairShareTotal: totalOf(fair) };
    if (own === null || parsed.method === 'weightedCapitation') {
      if (own === null && parsed.method !== 'weightedCapitation') {
        findings.push(
          finding('NO_HISTORIC_DATA_FAIR_SHARE_USED', 'info', RULE.id, `practice ${practice.practiceCode} has no historic data, so its fair share is its budget`, ['dh-2006-fair-shares-toolkit'], ['practices', index, 'historic']),
        );
      }
      practices.push({ ...summary, basis: 'fairShare', distanceFromFairShare: null });
      // fair is set: needFairShare holds whenever a practice lacks historic data or the method is weighted capitation.
      return new Map(fair!);
    }
    if (parsed.method === 'historicActivityAtTariff' || fair === null) {
      practices.push({ ...summary, basis: 'historic', distanceFromFairShare: null });
      return new Map(own);
    }
    const outcome = applyPaceOfChange({ practiceCode: practice.practiceCode, lines: scope, historic: own, fairShare: fair, policy, asOf: start });
    step.child(outcome.explanation);
    findings.push(
      outcome.moved
        ? finding(
            'MOVED_TOWARDS_FAIR_SHARE',
            'info',
            'budget.paceOfChange',
            `practice ${practice.practiceCode} is ${outcome.distance ?? 'infinitely far'} from its fair share, beyond the threshold of ${outcome.threshold}: it closes ${outcome.gapClosed} of the gap`,
            ['dh-2006-fair-shares-toolkit'],
            ['practices', index],
          )
        : finding(
            'WITHIN_PACE_OF_CHANGE_THRESHOLD',
            'info',
            'budget.paceOfChange',
            `practice ${practice.practiceCode} is ${outcome.distance ?? '0'} from its fair share, within the threshold of ${outcome.threshold}: its historic budget stands`,
            ['dh-2006-fair-shares-toolkit'],
            ['practices', index],
          ),
    );
    practices.push({ ...summary, basis: outcome.moved ? 'movedTowardsFairShare' : 'withinThreshold', distanceFromFairShare: outcome.distance });
    return outcome.lines;
  });

  const control = applyBudgetControlTotal({ lines: scope, pctResources: resources, contingency, budgets: beforeControl, policy, asOf: start });
  step.child(control.explanation);
  for (const row of control.rows) {
    if (row.scaledDown) {
      findings.push(
        finding(
          'SCALED_TO_CONTROL_TOTAL',
          'warning',
          'budget.controlTotal',
          `${row.serviceLine}: the practices' budgets summed to ${formatGbp(row.sumBeforeControl)} against ${formatGbp(row.available)} available, so they were scaled down to it exactly`,
          ['napc-2005-budget-baseline'],
          ['pctResources'],
        ),
      );
    }
  }

  const budgets: Budget[] = parsed.practices.map((practice, index) => ({
    holder: { kind: 'practice', practiceCode: practice.practiceCode },
    financialYear: parsed.financialYear,
    kind: 'indicative',
    // The control total returns one map per practice with every line in scope.
    lines: scope.map((line) => ({ serviceLine: line, amount: control.budgets[index]!.get(line)! })),
  }));
  const rows: IndicativeBudgetRow[] = parsed.practices.flatMap((practice, index) =>
    scope.map((line) => ({
      practiceCode: practice.practiceCode,
      serviceLine: line,
      historic: historic[index]?.get(line) ?? null,
      fairShare: fairShares?.[index]?.get(line) ?? null,
      beforeControlTotal: beforeControl[index]!.get(line)!,
      budget: control.budgets[index]!.get(line)!,
    })),
  );
  const summaries: IndicativeBudgetPractice[] = practices.map((practice, index) => ({
    ...practice,
    total: sumMoney(budgets[index]!.lines.map((line) => line.amount)),
  }));
  return {
    pctCode: parsed.pctCode,
    financialYear: parsed.financialYear,
    method: parsed.method,
    scope,
    budgets,
    practices: summaries,
    rows,
    controlTotal: control.rows,
    findings,
    explanation: step.done(summaries.map((practice) => ({ practiceCode: practice.practiceCode, basis: practice.basis, total: practice.total }))),
  };
}
