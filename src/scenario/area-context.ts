/**
 * Whole-area evaluation, the per-area context: the policy completed, the reporting month, the real-budget lines and the indexes every PCT's evaluation reads.
 *
 * @module
 */
import { type Explanation } from '../core/explanation.js';
import { type Policy } from '../core/policy-model/schemas.js';
import { baselinePolicy } from '../policy/baseline.js';
import type { ServiceLine } from '../budgets/model.js';
import { type ScenarioArea } from './area-schema.js';
import { realBudgetLines } from './real-budget-lines.js';
import { reportingMonth } from './reporting-month.js';

/** Everything the per-PCT evaluation needs that is the same for every PCT. @internal */
export interface AreaContext {
  readonly area: ScenarioArea;
  /** The policy as given (areas that do not read the scenario parameters get this one). */
  readonly givenPolicy: Policy;
  /** The policy with the scenario parameters added. */
  readonly policy: Policy;
  readonly asOf: string;
  readonly throughMonth: number;
  readonly final: boolean;
  readonly realLines: readonly ServiceLine[];
  readonly realLineSet: ReadonlySet<ServiceLine>;
  readonly realLinesExplanation: Explanation;
  readonly explanations: boolean;
  /** Whether the areas that do not read the scenario parameters may run under the baseline (see `actsAsBaseline`). */
  readonly baselineForAreas: boolean;
  readonly practiceIndex: ReadonlyMap<string, number>;
  readonly practicesByPct: ReadonlyMap<string, readonly number[]>;
  readonly groupOf: ReadonlyMap<string, string>;
  readonly groupsByPct: ReadonlyMap<string, readonly number[]>;
  readonly casesByPct: ReadonlyMap<string, readonly number[]>;
}

/** Appends to the list under a key. @internal */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Builds the per-area context: the policy completed, the reporting month, the real-budget lines, the indexes. @internal */
export function areaContext(area: ScenarioArea, options: { readonly policy: Policy; readonly asOf: string; readonly explanations: boolean }): AreaContext {
  const { policy } = options;
  const throughMonth = reportingMonth(area.financialYear, options.asOf);
  const real = realBudgetLines(policy, area.financialYear);
  const practiceIndex = new Map<string, number>();
  const practicesByPct = new Map<string, number[]>();
  area.practices.forEach((practice, index) => {
    practiceIndex.set(practice.code, index);
    push(practicesByPct, practice.pctCode, index);
  });
  const groupOf = new Map<string, string>();
  const groupsByPct = new Map<string, number[]>();
  (area.groups ?? []).forEach((group, index) => {
    push(groupsByPct, group.pctCode, index);
    for (const code of group.memberPracticeCodes) groupOf.set(code, group.id);
  });
  const casesByPct = new Map<string, number[]>();
  (area.businessCases ?? []).forEach((entry, index) => push(casesByPct, entry.pctCode, index));
  return {
    area,
    givenPolicy: options.policy,
    policy,
    asOf: options.asOf,
    throughMonth,
    final: throughMonth === 12,
    realLines: real.lines,
    realLineSet: new Set(real.lines),
    realLinesExplanation: real.explanation,
    explanations: options.explanations,
    baselineForAreas: actsAsBaseline(options.policy),
    practiceIndex,
    practicesByPct,
    groupOf,
    groupsByPct,
    casesByPct,
  };
}

/**
 * The policy option for the areas that re-validate a policy on every call (conflicts, readiness):
 * none — their default, the baseline — when the policy differs from the baseline in nothing but the
 * scenario parameters (which those areas never read), so the results are the same and the policy is
 * not checked once per business case; otherwise the policy.
 *
 * @internal
 */
export function policyOption(context: AreaContext): { policy?: Policy } {
  return context.baselineForAreas ? {} : { policy: context.givenPolicy };
}

/** The policy {@link policyOption} stands for, resolved: for the areas' internal entry points, which take a policy, not options. @internal */
export function areaPolicy(context: AreaContext): Policy {
  return context.baselineForAreas ? baselinePolicy : context.givenPolicy;
}

/** The parameters only the scenario layer reads (the areas never do). */
const SCENARIO_PARAMETER_IDS = new Set(['budget.realBudget.lines']);

/** Whether a policy computes as the baseline does outside the scenario parameters: the same parameter objects and rule versions. @internal */
export function actsAsBaseline(policy: Policy): boolean {
  if (policy === baselinePolicy) return true;
  const baseline = baselinePolicy.parameters;
  const own = Object.keys(policy.parameters).filter((id) => !SCENARIO_PARAMETER_IDS.has(id));
  if (own.length !== Object.keys(baseline).filter((id) => !SCENARIO_PARAMETER_IDS.has(id)).length || own.some((id) => policy.parameters[id] !== baseline[id])) return false;
  const versions = Object.entries(policy.ruleVersions);
  return versions.length === Object.keys(baselinePolicy.ruleVersions).length && versions.every(([rule, version]) => baselinePolicy.ruleVersions[rule] === version);
}
