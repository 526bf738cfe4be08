/**
 * The generic sensitivity analysis: any question asked of a policy (one rule call, a whole-area
 * evaluation) re-asked once per alternative of every disputed or unconfirmed parameter it read, with
 * a tidy table of what moved and a ranking of the parameters by the largest change.
 *
 * @module
 */
import Decimal from 'decimal.js';
import { PbcError, isPbcError, printable } from '../core/errors.js';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { explain, type Explanation, type JsonValue } from '../core/explanation.js';
import type { Finding } from '../core/finding.js';
import { applyReform } from '../core/policy-model/apply-reform.js';
import { parameterAt, type ParameterReading } from '../core/policy-model/parameter-at.js';
import type { Confidence, ParameterValue, Policy } from '../core/policy-model/schemas.js';
import { baselinePolicy } from '../policy/baseline.js';

/**
 * The codes of {@link SensitivityAnalysis} findings: `FIGURE_DEPENDS_ON_PARAMETER` (a figure moves under
 * an alternative), `NO_EFFECT` (no figure moves), `ALTERNATIVE_FAILED` (the question could not be
 * answered under an alternative: the error is in the row), `UNEXAMINED_UNCONFIRMED` (an unconfirmed
 * reading with no alternatives recorded, so nothing to try).
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import type { SensitivityFindingCode } from 'practice-based-commissioning/sensitivity';
 * const code: SensitivityFindingCode = 'NO_EFFECT';
 * ```
 */
export type SensitivityFindingCode = 'FIGURE_DEPENDS_ON_PARAMETER' | 'NO_EFFECT' | 'ALTERNATIVE_FAILED' | 'UNEXAMINED_UNCONFIRMED';

/**
 * One row of the tidy table: one figure under one alternative of one dated parameter value.
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import type { SensitivityRow } from 'practice-based-commissioning/sensitivity';
 * declare const row: SensitivityRow;
 * `${row.parameter} → ${String(row.alternativeValue)}: ${row.figure} ${row.baseline} → ${row.value} (${row.change}p, ${row.changePerCent}%)`;
 * ```
 */
export interface SensitivityRow {
  /** The parameter id, e.g. `fur.practiceShare`. */
  readonly parameter: string;
  readonly label: string;
  /** The first day of the dated value the alternative stands against (and the reform replaces). */
  readonly from: string;
  /** Its last day, or `null` for "until further notice". */
  readonly to: string | null;
  /** The value the baseline run read, and its confidence. */
  readonly baselineValue: ParameterValue;
  readonly baselineConfidence: Confidence;
  /** The alternative: its id, or its position as text when it has none. */
  readonly alternative: string;
  /** Its position among the value's alternatives (0 for the first). */
  readonly alternativeIndex: number;
  readonly alternativeValue: ParameterValue;
  readonly alternativeConfidence: Confidence;
  readonly alternativeSources: readonly string[];
  /** The figure, e.g. `variance` or `payment`. */
  readonly figure: string;
  /** The figure under the policy given (pence, or whatever unit the figure has). */
  readonly baseline: number;
  /** The figure under the alternative; `null` when the question failed under it (see `error`). */
  readonly value: number | null;
  /** `value − baseline`; `null` when it failed. */
  readonly change: number | null;
  /** The change as a percentage of `|baseline|`, to two places (`'12.50'`); `null` when the baseline is 0 or the run failed. */
  readonly changePerCent: string | null;
  /** Why the question failed under the alternative (a PbcError's code and message), or `null`. */
  readonly error: { readonly code: string; readonly message: string } | null;
}

/**
 * One parameter's place in the ranking: the largest change any of its alternatives makes to any
 * figure, and the spread (lowest and highest change) of that figure, for a tornado chart.
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import type { SensitivityRanking } from 'practice-based-commissioning/sensitivity';
 * declare const top: SensitivityRanking;
 * `${top.rank}. ${top.parameter} (${top.from}): ${top.figure} moves by up to ${top.largestChange}p`;
 * ```
 */
export interface SensitivityRanking {
  /** 1 for the parameter that moves a figure most. Ties share the order of `parameter`, then `from`. */
  readonly rank: number;
  readonly parameter: string;
  readonly label: string;
  readonly from: string;
  readonly to: string | null;
  readonly confidence: Confidence;
  /** The figure it moves most (the first figure when it moves none). */
  readonly figure: string;
  /** The largest absolute change in any figure, in the figure's unit (pence for money); 0 when nothing moves. */
  readonly largestChange: number;
  /** The same as a percentage of the baseline, to two places; `null` when the baseline is 0. */
  readonly largestChangePerCent: string | null;
  /** The lowest and highest change of `figure` over the alternatives (each at most 0 and at least 0 respectively: the baseline is one end). */
  readonly low: number;
  readonly high: number;
  /** How many alternatives were tried, and how many failed. */
  readonly alternatives: number;
  readonly failures: number;
}

/**
 * A reading the analysis could not vary: unconfirmed, with no alternatives recorded.
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import type { SensitivityUnexamined } from 'practice-based-commissioning/sensitivity';
 * const item: SensitivityUnexamined = { parameter: 'readiness.points.partial', label: 'Points for a partly met factor', from: '1991-04-01', to: null, value: '0.5' };
 * ```
 */
export interface SensitivityUnexamined {
  readonly parameter: string;
  readonly label: string;
  readonly from: string;
  readonly to: string | null;
  readonly value: ParameterValue;
}

/**
 * The result of a sensitivity analysis.
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import type { SensitivityAnalysis } from 'practice-based-commissioning/sensitivity';
 * declare const result: SensitivityAnalysis;
 * result.ranking.filter((entry) => entry.largestChange > 0).map((entry) => entry.parameter);
 * ```
 */
export interface SensitivityAnalysis {
  /** The policy the baseline run used. */
  readonly policyId: string;
  /** The figures compared, in order, with their baseline values. */
  readonly figures: readonly string[];
  readonly baseline: { readonly [figure: string]: number };
  /** One row per (parameter value, alternative, figure), ordered by parameter, date, alternative, figure. */
  readonly rows: readonly SensitivityRow[];
  /** One entry per parameter value with alternatives, largest change first. */
  readonly ranking: readonly SensitivityRanking[];
  /** Unconfirmed readings with no alternatives: what the analysis could not vary. */
  readonly unexamined: readonly SensitivityUnexamined[];
  /** How many times the question was asked: 1 + the number of alternatives tried. */
  readonly runs: number;
  readonly findings: readonly Finding<SensitivityFindingCode>[];
  /** The analysis as an explanation: every parameter value varied is read (and so marked), the ranking is the output. */
  readonly explanation: Explanation;
}

/**
 * The input of {@link analysePolicySensitivity}: the question, as a function of the policy, and the
 * figures to read from its answer.
 *
 * @typeParam Result - what `run` returns
 * @category Sensitivity
 * @example
 * ```ts
 * import type { PolicySensitivityInput } from 'practice-based-commissioning/sensitivity';
 * import { freedUpResources } from 'practice-based-commissioning';
 * const input: PolicySensitivityInput<ReturnType<typeof freedUpResources>> = {
 *   run: (policy) => freedUpResources({ outcome: { financialYear: '2005/06', budget: 1_000_000_000, outturn: 990_000_000 } }, { policy }),
 *   figures: (result) => ({ practiceShare: result.practiceShare, pctShare: result.pctShare }),
 * };
 * ```
 */
export interface PolicySensitivityInput<Result> {
  /** Asks the question under a policy: one rule call, or a whole evaluation. Called once per alternative, and once under the policy given. */
  readonly run: (policy: Policy) => Result;
  /** The figures to compare, by name, read from an answer: finite numbers (pence for money). */
  readonly figures: (result: Result) => { readonly [figure: string]: number };
  /**
   * The parameters whose alternatives to try. By default, every parameter the first answer's
   * explanation read (its `explanation`, every entry of its `explanations`, or the readings of its
   * explanation table, as `evaluateArea` returns); required when the answer carries no explanation, and then every dated value of those parameters that has
   * alternatives is tried.
   */
  readonly parameters?: readonly string[];
}

/**
 * The options of {@link analysePolicySensitivity}: `policy`, the policy to start from (default the
 * baseline); `asOf` is not read (the question dates itself).
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import type { PolicySensitivityOptions } from 'practice-based-commissioning/sensitivity';
 * const options: PolicySensitivityOptions = {};
 * ```
 */
export interface PolicySensitivityOptions extends EvaluationOptions {}

/** A dated parameter value with alternatives (or an unconfirmed one without), keyed by id and from. */
interface Candidate {
  readonly reading: ParameterReading;
}

const RULE = { id: 'sensitivity.analyse', version: '1', title: 'Sensitivity of figures to disputed and unconfirmed parameters', sources: [] } as const;

function refuse(path: readonly (string | number)[], message: string, rule: string): never {
  throw new PbcError('INVALID_INPUT', message, { issues: [{ path: [...path], message, rule }] });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every parameter reading in explanation trees, depth first, each node once. @internal */
export function readingsIn(trees: readonly Explanation[]): ParameterReading[] {
  const seen = new Set<Explanation>();
  const found: ParameterReading[] = [];
  const stack = [...trees].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    found.push(...node.parameters);
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]!);
  }
  return found;
}

/**
 * The parameter readings an answer's explanations hold: its `explanation`, every entry of its
 * `explanations`, or, for a whole-area evaluation, its explanation table's `readings`.
 */
function readingsOfAnswer(result: unknown): ParameterReading[] | undefined {
  if (!isRecord(result)) return undefined;
  const single = result['explanation'];
  if (isRecord(single) && Array.isArray(single['parameters'])) return readingsIn([single as unknown as Explanation]);
  const many = result['explanations'];
  if (!isRecord(many)) return undefined;
  // An ExplanationTable (evaluateArea): every reading of every record, once.
  if (Array.isArray(many['readings']) && isRecord(many['records'])) return [...(many['readings'] as ParameterReading[])];
  return readingsIn(Object.values(many).filter((value): value is Explanation => isRecord(value) && Array.isArray(value['parameters'])));
}

/** The dated values to vary (with alternatives) and those that cannot be (unconfirmed, none), each once. */
function candidatesFrom(readings: readonly ParameterReading[], only: ReadonlySet<string> | undefined): { vary: Candidate[]; unexamined: SensitivityUnexamined[] } {
  const vary = new Map<string, Candidate>();
  const unexamined = new Map<string, SensitivityUnexamined>();
  for (const reading of readings) {
    if (only !== undefined && !only.has(reading.id)) continue;
    const key = `${reading.id}\u0000${reading.from}`;
    if ((reading.alternatives?.length ?? 0) > 0) {
      if (!vary.has(key)) vary.set(key, { reading });
    } else if (reading.confidence === 'unconfirmed' && !unexamined.has(key)) {
      unexamined.set(key, { parameter: reading.id, label: reading.label, from: reading.from, to: reading.to ?? null, value: reading.value });
    }
  }
  const order = (a: { parameter: string; from: string }, b: { parameter: string; from: string }): number => (a.parameter < b.parameter ? -1 : a.parameter > b.parameter ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0);
  return {
    vary: [...vary.values()].sort((a, b) => order({ parameter: a.reading.id, from: a.reading.from }, { parameter: b.reading.id, from: b.reading.from })),
    unexamined: [...unexamined.values()].sort(order),
  };
}

/** Every dated value of the named parameters that carries alternatives, read on its first day. */
function readingsOfParameters(policy: Policy, ids: readonly string[]): ParameterReading[] {
  const step = explain(RULE, policy, '');
  return ids.flatMap((id) => step.peekSchedule(id, (reading) => (reading.alternatives?.length ?? 0) > 0 || reading.confidence === 'unconfirmed'));
}

/** Reads and checks the figures of an answer: an object of finite numbers. */
function figuresOf(read: () => unknown, expected: readonly string[] | undefined): Record<string, number> {
  const figures = read();
  if (!isRecord(figures)) refuse(['figures'], `figures(result) must return an object of numbers, got ${printable(figures)}`, 'sensitivity.figures');
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(figures)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) refuse(['figures', name], `figure ${printable(name)} must be a finite number, got ${printable(value)}`, 'sensitivity.figures');
    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  }
  if (expected !== undefined) {
    const names = Object.keys(out);
    if (names.length !== expected.length || names.some((name, index) => name !== expected[index])) {
      refuse(['figures'], `figures(result) must name the same figures every time (${expected.join(', ')}), got ${names.join(', ')}`, 'sensitivity.figures');
    }
  }
  return out;
}

/** Whether the policy has the parameter, asked through `parameterAt` (a date with no value is still "has"). */
function hasParameter(policy: Policy, id: string): boolean {
  try {
    parameterAt(policy, id, '1900-01-01');
    return true;
  } catch (error) {
    if (isPbcError(error, 'PARAMETER_NOT_IN_FORCE')) return true;
    if (isPbcError(error, 'PARAMETER_NOT_FOUND')) return false;
    throw error;
  }
}

function perCent(change: number, baseline: number): string | null {
  if (baseline === 0) return null;
  return new Decimal(change).div(Math.abs(baseline)).times(100).toFixed(2);
}

/**
 * Runs the analysis once the question, the policy and the figures are fixed. Shared by
 * {@link analysePolicySensitivity} and `analyseSensitivity`. @internal
 */
export function runSensitivity<Result>(options: {
  readonly policy: Policy;
  readonly asOf: string;
  readonly run: (policy: Policy) => Result;
  readonly baselineRun?: (policy: Policy) => Result;
  readonly figures: (result: Result) => { readonly [figure: string]: number };
  readonly parameters?: readonly string[];
}): SensitivityAnalysis {
  const { policy } = options;
  const first = (options.baselineRun ?? options.run)(policy);
  const baseline = figuresOf(() => options.figures(first), undefined);
  const figureNames = Object.keys(baseline);
  if (figureNames.length === 0) refuse(['figures'], 'figures(result) must name at least one figure', 'sensitivity.figures');
  const named = options.parameters;
  const only = named === undefined ? undefined : new Set(named);
  if (named !== undefined) {
    for (const [index, id] of named.entries()) {
      if (typeof id !== 'string' || !hasParameter(policy, id)) refuse(['parameters', index], `the policy has no parameter ${printable(id)}`, 'sensitivity.knownParameter');
    }
  }
  const read = readingsOfAnswer(first);
  if (read === undefined && options.parameters === undefined) {
    refuse(['parameters'], 'the answer carries no explanation to find the parameters it read: name them in `parameters`', 'sensitivity.parametersKnown');
  }
  const { vary, unexamined } = candidatesFrom(read ?? readingsOfParameters(policy, options.parameters ?? []), only);

  const rows: SensitivityRow[] = [];
  const findings: Finding<SensitivityFindingCode>[] = [];
  const ranking: Omit<SensitivityRanking, 'rank'>[] = [];
  let runs = 1;
  const step = explain(RULE, policy, options.asOf);
  step.input('figures', figureNames);
  for (const { reading } of vary) {
    step.read(reading.id, reading.from);
    const alternatives = reading.alternatives ?? [];
    const changes = new Map<string, number[]>(figureNames.map((name) => [name, [0]]));
    let failures = 0;
    let largest = { change: 0, figure: figureNames[0]!, perCent: perCent(0, baseline[figureNames[0]!]!) };
    alternatives.forEach((alternative, index) => {
      runs += 1;
      const reform = {
        id: 'sensitivity',
        label: `${reading.id} from ${reading.from}: alternative ${alternative.id ?? index}`,
        parameters: { [reading.id]: [{ from: reading.from, alternative: index }] },
      };
      let values: Record<string, number> | undefined;
      let error: SensitivityRow['error'] = null;
      try {
        values = figuresOf(() => options.figures(options.run(applyReform(policy, reform))), figureNames);
      } catch (caught) {
        if (!isPbcError(caught) || (caught.issues[0]?.rule?.startsWith('sensitivity.') ?? false)) throw caught;
        error = { code: caught.code, message: caught.message };
        failures += 1;
        findings.push({
          rule: RULE.id,
          code: 'ALTERNATIVE_FAILED',
          outcome: 'warning',
          message: `Under ${reading.id} = ${printable(alternative.value)} (from ${reading.from}) the question could not be answered: ${caught.code}: ${caught.message}`,
          sources: [...alternative.sources],
          subject: { kind: 'parameter', id: reading.id },
        });
      }
      for (const figure of figureNames) {
        const base = baseline[figure]!;
        const value = values === undefined ? null : values[figure]!;
        const change = value === null ? null : value - base;
        if (change !== null) {
          changes.get(figure)!.push(change);
          if (Math.abs(change) > Math.abs(largest.change)) largest = { change, figure, perCent: perCent(change, base) };
        }
        rows.push({
          parameter: reading.id,
          label: reading.label,
          from: reading.from,
          to: reading.to ?? null,
          baselineValue: reading.value,
          baselineConfidence: reading.confidence,
          alternative: alternative.id ?? String(index),
          alternativeIndex: index,
          alternativeValue: alternative.value,
          alternativeConfidence: alternative.confidence,
          alternativeSources: [...alternative.sources],
          figure,
          baseline: base,
          value,
          change,
          changePerCent: change === null ? null : perCent(change, base),
          error,
        });
      }
    });
    const spread = changes.get(largest.figure)!;
    const largestChange = Math.abs(largest.change);
    ranking.push({
      parameter: reading.id,
      label: reading.label,
      from: reading.from,
      to: reading.to ?? null,
      confidence: reading.confidence,
      figure: largest.figure,
      largestChange,
      largestChangePerCent: largest.perCent === null ? null : largest.perCent.replace(/^-/, ''),
      low: Math.min(...spread),
      high: Math.max(...spread),
      alternatives: alternatives.length,
      failures,
    });
    findings.push(
      largestChange > 0
        ? {
            rule: RULE.id,
            code: 'FIGURE_DEPENDS_ON_PARAMETER',
            outcome: 'info',
            message: `${largest.figure} moves by up to ${largestChange} (${largest.perCent === null ? 'from 0' : `${largest.perCent.replace(/^-/, '')}%`}) under the alternatives of ${reading.id} from ${reading.from}.`,
            sources: [...new Set([...reading.sources, ...alternatives.flatMap((alternative) => alternative.sources)])],
            subject: { kind: 'parameter', id: reading.id },
            details: { from: reading.from, figure: largest.figure, largestChange },
          }
        : {
            rule: RULE.id,
            code: 'NO_EFFECT',
            outcome: 'info',
            message: `No figure moves under the alternatives of ${reading.id} from ${reading.from}.`,
            sources: [...reading.sources],
            subject: { kind: 'parameter', id: reading.id },
            details: { from: reading.from },
          },
    );
  }
  for (const item of unexamined) {
    findings.push({
      rule: RULE.id,
      code: 'UNEXAMINED_UNCONFIRMED',
      outcome: 'info',
      message: `${item.parameter} (from ${item.from}) is unconfirmed and has no alternatives recorded: the figures rest on it untested.`,
      sources: [],
      subject: { kind: 'parameter', id: item.parameter },
    });
  }
  const ranked = ranking
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.largestChange - a.entry.largestChange || a.order - b.order)
    .map(({ entry }, index) => ({ rank: index + 1, ...entry }));
  for (const entry of ranked) step.note(`${entry.rank}. ${entry.parameter} (from ${entry.from}): ${entry.figure} moves by up to ${entry.largestChange}.`);
  const output: JsonValue = ranked.map((entry) => ({ parameter: entry.parameter, from: entry.from, figure: entry.figure, largestChange: entry.largestChange }));
  return {
    policyId: policy.id,
    figures: figureNames,
    baseline,
    rows,
    ranking: ranked,
    unexamined,
    runs,
    findings,
    explanation: step.done(output),
  };
}

/**
 * Asks a question of the policy once as given and once per alternative of every disputed or
 * unconfirmed parameter value the answer rests on, and says which figures move and by how much.
 * The question is any function of the policy — one practice's DES payment, one budget's year end, a
 * whole-area evaluation — and the figures any numbers read from its answer. The parameters are found
 * in the first answer's explanation (every library rule returns one), or named in `parameters`.
 *
 * Each alternative is applied with a reform that picks it (`{ from, alternative }`) over the dates of
 * the value it disputes, so the rest of the policy is untouched. An alternative under which the
 * question fails with a `PbcError` (a budget missing a line the alternative makes mandatory, say) is
 * reported in its rows (`error`) and as an `ALTERNATIVE_FAILED` finding, not thrown.
 *
 * Cost: 1 + (number of alternatives) runs of the question.
 *
 * @param input - `run(policy)`, `figures(result)`, optional `parameters`
 * @param options - `policy` to start from (default the baseline)
 * @returns the tidy table (`rows`), the `ranking`, what could not be varied (`unexamined`), findings and explanation
 * @throws PbcError `INVALID_INPUT` for an input without `run` or `figures` functions, figures that are
 *   not finite numbers or change names between runs (rule `sensitivity.figures`), an unknown parameter
 *   (`sensitivity.knownParameter`), an answer without explanation and no `parameters`
 *   (`sensitivity.parametersKnown`); `INVALID_POLICY` for a bad `options.policy`; any error the
 *   question raises under the policy given
 * @category Sensitivity
 * @example
 * ```ts
 * import { analysePolicySensitivity } from 'practice-based-commissioning/sensitivity';
 * import { freedUpResources } from 'practice-based-commissioning';
 * // One practice's 2005/06 year end: £100,000 under budget. Does its share hang on a disputed fact?
 * const result = analysePolicySensitivity({
 *   run: (policy) => freedUpResources({ outcome: { financialYear: '2005/06', budget: 1_000_000_000, outturn: 990_000_000 }, businessCase: { status: 'approved' } }, { policy }),
 *   figures: (answer) => ({ practiceShare: answer.practiceShare }),
 * });
 * result.baseline.practiceShare; //=> 5_000_000 (50% of £100,000)
 * result.ranking[0]?.parameter; //=> 'fur.practiceShare'
 * result.rows.find((row) => row.parameter === 'fur.practiceShare')?.change; //=> 5_000_000 (100%: £50,000 more)
 * ```
 */
export function analysePolicySensitivity<Result>(input: PolicySensitivityInput<Result>, options: PolicySensitivityOptions = {}): SensitivityAnalysis {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  if (!isRecord(input)) refuse([], `input must be { run, figures, parameters? }, got ${printable(input)}`, 'sensitivity.input');
  const { run, figures, parameters } = input as Record<string, unknown>;
  if (typeof run !== 'function') refuse(['run'], 'run must be a function of the policy', 'sensitivity.input');
  if (typeof figures !== 'function') refuse(['figures'], 'figures must be a function of the answer', 'sensitivity.input');
  if (parameters !== undefined && (!Array.isArray(parameters) || parameters.length === 0)) refuse(['parameters'], 'parameters must be a non-empty list of parameter ids', 'sensitivity.input');
  return runSensitivity({
    policy,
    asOf: '',
    run: run as (policy: Policy) => Result,
    figures: figures as (result: Result) => Record<string, number>,
    ...(parameters === undefined ? {} : { parameters: [...(parameters as readonly string[])] }),
  });
}
