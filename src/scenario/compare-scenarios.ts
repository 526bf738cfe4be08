/**
 * Policy scenarios: one area evaluated under a baseline policy and under a reform, and what changed —
 * per record, per practice and in total — with the parameters and rule versions that caused each change.
 *
 * @module
 */
import { z } from 'zod';
import { PbcError } from '../core/errors.js';
import { plainCopy } from '../core/freeze.js';
import type { JsonValue } from '../core/explanation.js';
import { PolicySchema, type DatedValue, type ParameterUnit, type Policy, type Reform } from '../core/policy-model/schemas.js';
import { applyReform } from '../core/policy-model/apply-reform.js';
import { validatePolicy } from '../core/policy-model/validate-policy.js';
import { resolveEvaluationOptions, type DatedEvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { ScenarioAreaSchema, type EvaluateAreaInput } from './area-schema.js';
import { diffExplanations, type ScenarioCause } from './diff-explanations.js';
import { areaContext, type AreaContext } from './area-context.js';
import { assembleEvaluation } from './assemble-evaluation.js';
import { evaluatePct, type PctEvaluation } from './evaluate-pct.js';
import { parseScenarioInput } from './internal.js';
import { ProgressCallbackSchema, type ScenarioProgress } from './progress.js';
import type { ScenarioTotals } from './tables.js';

/** The keys compareScenarios reads; any other key is refused. */
const CompareScenariosSwitchesSchema = z
  .object({
    policy: z.unknown().optional(),
    reform: z.unknown().optional(),
    asOf: z.unknown().optional(),
    onProgress: ProgressCallbackSchema.optional(),
  })
  .strict();

/**
 * The options of {@link compareScenarios}: the baseline (`policy`, default the baseline policy), the
 * `reform` to compare it with, and the day the year is looked at under both (`asOf`, required).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { CompareScenariosOptions } from 'practice-based-commissioning/scenario';
 * import { realBudgetsForElectiveCareReform } from 'practice-based-commissioning/policy';
 * const options: CompareScenariosOptions = { reform: realBudgetsForElectiveCareReform, asOf: '2009-06-30' };
 * options.asOf; //=> '2009-06-30'
 * ```
 */
export interface CompareScenariosOptions extends DatedEvaluationOptions {
  /**
   * A variation of the law: a `Reform` (applied to `policy`), or a whole policy to compare with
   * `policy` (for example one that chooses other rule versions).
   */
  readonly reform: Reform | Policy;
  /** Called after each PCT is evaluated under both policies and compared (see {@link ScenarioProgress}). */
  readonly onProgress?: (progress: ScenarioProgress) => void;
}

/**
 * One changed figure of one record (a table row of `evaluateArea`): before, after, the difference
 * for numbers, and its causes.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioChange } from 'practice-based-commissioning';
 * declare const change: ScenarioChange;
 * change.causes.map((cause) => cause.id); //=> ['budget.realBudget.lines'], for example
 * ```
 */
export interface ScenarioChange {
  /** The table: `budgets`, `monitoring`, `yearEnd`, `incentives`, `conflicts`, `readiness`, `wcc` or `groups`. */
  readonly topic: string;
  /** The record within its table (for example `Z90001/ELECTIVE_INPATIENT`). */
  readonly recordKey: string;
  readonly shaCode: string;
  readonly pctCode: string;
  readonly practiceCode: string | null;
  /** The column that changed. */
  readonly measure: string;
  /** The value before and after (`null` when the record exists on one side only). */
  readonly before: JsonValue;
  readonly after: JsonValue;
  /** `after − before` when both are numbers, otherwise `null`. */
  readonly difference: number | null;
  readonly explanationKey: string;
  /** The parameters and rule versions that caused the change (the explanation diff). */
  readonly causes: readonly ScenarioCause[];
}

/**
 * One changed figure of one practice's year (a column of `evaluateArea`'s practices table).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioPracticeChange } from 'practice-based-commissioning';
 * declare const change: ScenarioPracticeChange;
 * change.difference === change.after - change.before; //=> true
 * ```
 */
export interface ScenarioPracticeChange {
  readonly shaCode: string;
  readonly pctCode: string;
  readonly practiceCode: string;
  /** `budget`, `outturn`, `variance`, `practiceKeeps`, `practiceBears`, `pctBears`, `furReleased` or `incentivesDue`. */
  readonly measure: string;
  readonly before: number;
  readonly after: number;
  readonly difference: number;
  readonly causes: readonly ScenarioCause[];
}

/**
 * One of the area's totals before and after (every total, changed or not).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioTotalChange } from 'practice-based-commissioning';
 * declare const total: ScenarioTotalChange;
 * total.difference === total.after - total.before; //=> true
 * ```
 */
export interface ScenarioTotalChange {
  readonly measure: keyof ScenarioTotals;
  readonly before: number;
  readonly after: number;
  readonly difference: number;
}

/**
 * A parameter whose dated values differ between the two policies.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioParameterChange } from 'practice-based-commissioning';
 * declare const change: ScenarioParameterChange;
 * change.after?.map((value) => value.from); //=> ['2005-04-01'], for the elective real-budget reform
 * ```
 */
export interface ScenarioParameterChange {
  readonly id: string;
  readonly label: string;
  readonly unit: ParameterUnit;
  /** The values under the baseline, or `null` when it lacks the parameter. */
  readonly before: readonly DatedValue[] | null;
  readonly after: readonly DatedValue[] | null;
}

/**
 * A rule whose version differs between the two policies.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioRuleVersionChange } from 'practice-based-commissioning';
 * const change: ScenarioRuleVersionChange = { rule: 'budget.monitor', before: null, after: '2' };
 * change.after; //=> '2'
 * ```
 */
export interface ScenarioRuleVersionChange {
  readonly rule: string;
  /** The version the policy chooses, or `null` for the rule's own. */
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * The result of {@link compareScenarios}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioComparison } from 'practice-based-commissioning';
 * declare const comparison: ScenarioComparison;
 * comparison.totals.find((total) => total.measure === 'practiceKeeps')?.difference; //=> 2840000, for example
 * ```
 */
export interface ScenarioComparison {
  readonly areaId: string | null;
  readonly financialYear: string;
  readonly asOf: string;
  readonly baselinePolicyId: string;
  readonly reformPolicyId: string;
  /** The reforms the second policy carries beyond the first's. */
  readonly reforms: Policy['reforms'];
  readonly changedParameters: readonly ScenarioParameterChange[];
  readonly changedRuleVersions: readonly ScenarioRuleVersionChange[];
  /** Every changed figure of every record, in area order. */
  readonly changes: readonly ScenarioChange[];
  /** Every changed figure of every practice's year. */
  readonly practices: readonly ScenarioPracticeChange[];
  /** Every total, before and after. */
  readonly totals: readonly ScenarioTotalChange[];
  readonly summary: {
    /** Records compared across the tables. */
    readonly recordsCompared: number;
    /** Records with at least one changed figure. */
    readonly recordsChanged: number;
    /** Practices with at least one changed figure in the practices table. */
    readonly practicesChanged: number;
  };
}

interface TopicSpec {
  readonly topic: 'budgets' | 'monitoring' | 'yearEnd' | 'incentives' | 'conflicts' | 'readiness' | 'wcc' | 'groups';
  readonly key: (row: RowLike) => string;
  readonly measures: readonly string[];
}

type RowLike = { readonly explanationKey: string; readonly shaCode: string; readonly pctCode: string; readonly [field: string]: unknown };

const text = (row: RowLike, field: string): string => String(row[field]);

const TOPICS: readonly TopicSpec[] = [
  { topic: 'budgets', key: (row) => `${text(row, 'practiceCode')}/${text(row, 'serviceLine')}`, measures: ['regime', 'historic', 'fairShare', 'beforeControlTotal', 'budget'] },
  {
    topic: 'monitoring',
    key: (row) => `${text(row, 'practiceCode')}/${text(row, 'serviceLine')}`,
    measures: ['budget', 'budgetToDate', 'spendToDate', 'varianceToDate', 'forecastOutturn', 'forecastVariance', 'projectedOverspend'],
  },
  {
    topic: 'yearEnd',
    key: (row) => text(row, 'practiceCode'),
    measures: [
      'budget',
      'outturn',
      'indicativeBudget',
      'indicativeOutturn',
      'offsetAgainstEarlierOverspends',
      'pctPriorClaim',
      'practiceShareRatio',
      'furPracticeShare',
      'furPctShare',
      'managementCostsCharged',
      'furReleased',
      'releaseStatus',
      'overspendBorneBy',
      'rightToBudget',
      'realBudget',
      'realOutturn',
      'realHolderKeeps',
      'realPctKeeps',
      'realHolderBears',
      'realPctBears',
      'practiceKeeps',
      'practiceBears',
      'pctBears',
    ],
  },
  { topic: 'incentives', key: (row) => `${text(row, 'practiceCode')}/${text(row, 'scheme')}/${text(row, 'item')}`, measures: ['status', 'dueOn', 'amount', 'value'] },
  { topic: 'conflicts', key: (row) => `${text(row, 'caseId')}/${text(row, 'rule')}/${text(row, 'subjectKind')}/${text(row, 'subjectId')}`, measures: ['outcome'] },
  { topic: 'readiness', key: (row) => text(row, 'framework'), measures: ['rating', 'ready', 'score', 'maximum', 'metCount', 'gaps', 'missingEvidence', 'ratingIfAllUnknownMet'] },
  {
    topic: 'wcc',
    key: (row) => text(row, 'pctCode'),
    measures: ['assuranceYear', 'basis', 'rating', 'ready', 'meanLevel', 'worldClassCount', 'knownCount', 'gaps', 'missingEvidence', 'pbcLinkLevel', 'pbcLinkOutcome'],
  },
  { topic: 'groups', key: (row) => text(row, 'groupId'), measures: ['budget', 'outturn', 'variance', 'practiceKeeps', 'practiceBears', 'incentivesDue', 'freedUpResources', 'managementAllowance'] },
];

const PRACTICE_MEASURES = ['budget', 'outturn', 'variance', 'practiceKeeps', 'practiceBears', 'pctBears', 'furReleased', 'incentivesDue'] as const;

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function json(value: unknown): JsonValue {
  return value === undefined ? null : (value as JsonValue);
}

function resolveReform(baseline: Policy, reform: unknown): Policy {
  if (reform === undefined) {
    throw new PbcError('MISSING_INPUT', 'options.reform is required: a reform (or a reformed policy) to compare with the baseline', {
      issues: [{ path: ['reform'], message: 'required', rule: 'scenario.compare.reform' }],
    });
  }
  if (PolicySchema.safeParse(reform).success) {
    const policy = reform as Policy;
    const { findings } = validatePolicy(policy);
    if (findings.length > 0) {
      throw new PbcError('INVALID_POLICY', `the reform policy is invalid: ${findings.map((finding) => finding.message).join('; ')}`, {
        issues: findings.map((finding) => ({ path: ['reform', ...(finding.parameterId === undefined ? [] : ['parameters', finding.parameterId])], message: finding.message, rule: finding.code })),
      });
    }
    return policy;
  }
  return applyReform(baseline, reform as Reform);
}

/** A record's own value under `key` (never one every object inherits, such as `toString`). */
function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function changedParametersOf(before: Policy, after: Policy): ScenarioParameterChange[] {
  const ids = [...new Set([...Object.keys(before.parameters), ...Object.keys(after.parameters)])].sort();
  const changes: ScenarioParameterChange[] = [];
  for (const id of ids) {
    const left = ownValue(before.parameters, id);
    const right = ownValue(after.parameters, id);
    if (left !== undefined && right !== undefined && same(left.values, right.values)) continue;
    // One of the two defines the parameter (the ids come from both).
    const parameter = (right ?? left)!;
    // Copies: the result owns its data, and changing it changes neither policy.
    changes.push({ id, label: parameter.label, unit: parameter.unit, before: left === undefined ? null : plainCopy(left.values), after: right === undefined ? null : plainCopy(right.values) });
  }
  return changes;
}

function changedRuleVersionsOf(before: Policy, after: Policy): ScenarioRuleVersionChange[] {
  const rules = [...new Set([...Object.keys(before.ruleVersions), ...Object.keys(after.ruleVersions)])].sort();
  return rules
    .map((rule) => ({ rule, before: ownValue(before.ruleVersions, rule) ?? null, after: ownValue(after.ruleVersions, rule) ?? null }))
    .filter((change) => change.before !== change.after);
}

function strip(evaluation: PctEvaluation): PctEvaluation {
  return { ...evaluation, budgets: [], monitoring: [], incentives: [], conflicts: [], groups: [], findings: [], explanations: null };
}

/**
 * Evaluates one area under two policies — a baseline and a reform — and reports what changed: every
 * changed figure of every record of `evaluateArea`'s tables (budgets, monitoring, year end,
 * incentives, conflicts findings, readiness, WCC ratings, groups), every changed figure of every practice's year,
 * and every total before and after. Each change carries its **causes**: the explanation diff of the
 * record under the two policies (`diffExplanations`), keeping the parameters whose dated values differ
 * between the policies (id, the date read, before, after) and the rules whose versions differ.
 *
 * The reform may be a `Reform` (applied to the baseline) — for example `realBudgetsForElectiveCareReform` (from `/policy`), the King's Fund's
 * recommendation of real budgets for specific services applied to elective care — or a whole policy. An empty reform changes nothing. The area is evaluated PCT by
 * PCT, so memory stays bounded for all of England.
 *
 * @param area - the area (validated with {@link ScenarioAreaSchema})
 * @param options - `policy` (the baseline to compare against; default `baselinePolicy`), `reform` (a
 *   `Reform`, or a policy), `asOf` (required) and `onProgress` (called after each PCT)
 * @returns a {@link ScenarioComparison}
 * @throws PbcError `INVALID_POLICY` at `['policy']` for a baseline that is not a valid policy (at
 *   `['reform']` for a reform policy that is not); `MISSING_INPUT` at `['reform']` or `['asOf']`;
 *   `INVALID_REFORM` for a reform that cannot be applied; any error `evaluateArea` raises
 * @category Scenarios
 * @example
 * ```ts
 * import { compareScenarios } from 'practice-based-commissioning/scenario';
 * import { realBudgetsForElectiveCareReform } from 'practice-based-commissioning/policy';
 * import { generateArea } from 'practice-based-commissioning/testing';
 * const area = generateArea({ seed: 1, scope: { pct: '5A0' }, financialYear: '2008/09' });
 * const comparison = compareScenarios(area, { reform: realBudgetsForElectiveCareReform, asOf: '2009-06-30' });
 * comparison.changedParameters.map((change) => change.id); //=> ['budget.realBudget.lines']
 * comparison.practices[0]?.causes[0]?.id;                  //=> 'budget.realBudget.lines'
 * ```
 */
export function compareScenarios(area: EvaluateAreaInput, options: CompareScenariosOptions): ScenarioComparison {
  const { policy: before, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  const { reform, onProgress } = parseScenarioInput(CompareScenariosSwitchesSchema, options, 'compareScenarios options');
  const after = resolveReform(before, reform);
  const parsed = parseScenarioInput(ScenarioAreaSchema, area, 'area');
  const changedParameters = changedParametersOf(before, after);
  const changedRuleVersions = changedRuleVersionsOf(before, after);
  const parameterIds = new Set(changedParameters.map((change) => change.id));
  const ruleIds = new Set(changedRuleVersions.map((change) => change.rule));
  const contextBefore: AreaContext = areaContext(parsed, { policy: before, asOf, explanations: true });
  const contextAfter: AreaContext = areaContext(parsed, { policy: after, asOf, explanations: true });

  const changes: ScenarioChange[] = [];
  const practiceChanges: ScenarioPracticeChange[] = [];
  const keptBefore: PctEvaluation[] = [];
  const keptAfter: PctEvaluation[] = [];
  let recordsCompared = 0;
  let recordsChanged = 0;
  const changedPractices = new Set<string>();

  parsed.pcts.forEach((_pct, pctAt) => {
    const left = evaluatePct(contextBefore, pctAt);
    const right = evaluatePct(contextAfter, pctAt);
    const memo = new Map<string, readonly ScenarioCause[]>();
    const causesOf = (key: string): readonly ScenarioCause[] => {
      const known = memo.get(key);
      if (known !== undefined) return known;
      // Both evaluations collect explanations (explanations: true above).
      const found = diffExplanations(left.explanations!.get(key), right.explanations!.get(key), { before, after, parameters: parameterIds, rules: ruleIds });
      memo.set(key, found);
      return found;
    };
    for (const spec of TOPICS) {
      const rowsBefore = new Map<string, RowLike>();
      for (const row of left[spec.topic] as unknown as readonly RowLike[]) rowsBefore.set(spec.key(row), row);
      const rowsAfter = new Map<string, RowLike>();
      for (const row of right[spec.topic] as unknown as readonly RowLike[]) rowsAfter.set(spec.key(row), row);
      const keys = new Set([...rowsBefore.keys(), ...rowsAfter.keys()]);
      for (const recordKey of keys) {
        recordsCompared += 1;
        const a = rowsBefore.get(recordKey);
        const b = rowsAfter.get(recordKey);
        // Every key comes from one of the two maps.
        const row = (b ?? a)!;
        let changed = false;
        for (const measure of spec.measures) {
          const valueBefore = json(a?.[measure]);
          const valueAfter = json(b?.[measure]);
          if (same(valueBefore, valueAfter)) continue;
          changed = true;
          changes.push({
            topic: spec.topic,
            recordKey,
            shaCode: row.shaCode,
            pctCode: row.pctCode,
            practiceCode: typeof row['practiceCode'] === 'string' ? row['practiceCode'] : null,
            measure,
            before: valueBefore,
            after: valueAfter,
            difference: typeof valueBefore === 'number' && typeof valueAfter === 'number' ? valueAfter - valueBefore : null,
            explanationKey: row.explanationKey,
            causes: causesOf(row.explanationKey),
          });
        }
        if (changed) recordsChanged += 1;
      }
    }
    const practicesAfter = new Map(right.practices.map((row) => [row.practiceCode, row]));
    for (const a of left.practices) {
      // Both evaluations cover the same practices of the PCT.
      const b = practicesAfter.get(a.practiceCode)!;
      for (const measure of PRACTICE_MEASURES) {
        if (a[measure] === b[measure]) continue;
        changedPractices.add(a.practiceCode);
        const key = measure === 'budget' ? `budgets:${a.pctCode}` : measure === 'incentivesDue' ? `incentives:${a.practiceCode}` : a.explanationKey;
        practiceChanges.push({
          shaCode: a.shaCode,
          pctCode: a.pctCode,
          practiceCode: a.practiceCode,
          measure,
          before: a[measure],
          after: b[measure],
          difference: b[measure] - a[measure],
          causes: causesOf(key),
        });
      }
    }
    keptBefore.push(strip(left));
    keptAfter.push(strip(right));
    onProgress?.({ done: pctAt + 1, total: parsed.pcts.length, pctCode: left.pctCode });
  });

  const quiet = (context: AreaContext): AreaContext => ({ ...context, explanations: false });
  const totalsBefore = assembleEvaluation(quiet(contextBefore), keptBefore, null).totals;
  const totalsAfter = assembleEvaluation(quiet(contextAfter), keptAfter, null).totals;
  const totals = (Object.keys(totalsBefore) as (keyof ScenarioTotals)[]).map((measure) => ({
    measure,
    before: totalsBefore[measure],
    after: totalsAfter[measure],
    difference: totalsAfter[measure] - totalsBefore[measure],
  }));
  const baselineReforms = new Set(before.reforms.map((entry) => entry.id));
  return {
    areaId: parsed.id ?? null,
    financialYear: parsed.financialYear,
    asOf,
    baselinePolicyId: before.id,
    reformPolicyId: after.id,
    reforms: after.reforms.filter((entry) => !baselineReforms.has(entry.id)),
    changedParameters,
    changedRuleVersions,
    changes,
    practices: practiceChanges,
    totals,
    summary: { recordsCompared, recordsChanged, practicesChanged: changedPractices.size },
  };
}
