/**
 * The dated parameters the scenario layer reads that the baseline policy does not (yet) hold, and
 * the function that adds them to a policy that lacks them.
 *
 * @module
 */
import { PbcError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { Parameter, Policy, Source } from '../core/parameters.js';
import { baselinePolicy } from '../policy/baseline.js';

/**
 * The parameters the scenario layer reads, with their default values, for a policy that does not
 * define them:
 *
 * - `budget.realBudget.lines` (unit `list`): the service lines whose budget is **real** — devolved to
 *   the holder, who keeps its savings and bears its overspend — rather than indicative. Under PBC as
 *   published every line was indicative: "the PCT stays legally responsible and places the contracts"
 *   (Pulse glossary; DH, October 2004), so the value is the empty list from 1 April 2005, confirmed.
 *   A reform lists lines here to devolve them (see `realBudgetsForElectiveCareReform`).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { scenarioParameterDefaults } from 'practice-based-commissioning';
 * scenarioParameterDefaults.map((parameter) => parameter.id); //=> ['budget.realBudget.lines']
 * scenarioParameterDefaults[0]?.values[0]?.value;            //=> []
 * ```
 */
export const scenarioParameterDefaults: readonly Parameter[] = deepFreeze([
  {
    id: 'budget.realBudget.lines',
    label: 'Service lines held as a real budget (devolved to the holder) rather than an indicative one',
    description:
      'Under practice based commissioning budgets were indicative: the PCT held the cash and the contracts. A line listed here is devolved: the holder keeps its savings (budget.realBudget.holderSavingsShare) and bears its overspend (budget.realBudget.holderBearsOverspend), as a fundholder did.',
    unit: 'list',
    values: [
      {
        from: '2005-04-01',
        value: [],
        sources: ['pulse-indicative-budgets-glossary', 'dh-2004-engaging-practices', 'pmc-2007-pbc-indicative'],
        confidence: 'confirmed',
        note: 'PBC budgets were indicative for every line: no line was devolved.',
      },
    ],
  },
]);

const completed = new WeakMap<Policy, Policy>();

/**
 * Adds to a policy the parameters the scenario layer reads (see {@link scenarioParameterDefaults})
 * that it does not define, with the sources they cite; a parameter the policy defines is kept as it
 * is. `evaluateArea` and `compareScenarios` do this themselves; call it before `applyReform` when a
 * reform changes one of these parameters. The policy given is never changed.
 *
 * @param policy - a policy (the baseline or a reformed one)
 * @returns the same policy when it lacks nothing, otherwise a new policy (sharing the rest)
 * @category Scenarios
 * @example
 * ```ts
 * import { applyReform, parameterAt, realBudgetsForElectiveCareReform, withScenarioParameters } from 'practice-based-commissioning';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const reformed = applyReform(withScenarioParameters(baselinePolicy), realBudgetsForElectiveCareReform);
 * parameterAt(reformed, 'budget.realBudget.lines', '2008-04-01').value; //=> ['ELECTIVE_INPATIENT', 'DAY_CASE', 'OUTPATIENT']
 * ```
 */
export function withScenarioParameters(policy: Policy): Policy {
  if (typeof policy !== 'object' || policy === null || typeof policy.parameters !== 'object' || policy.parameters === null) {
    throw new PbcError('INVALID_INPUT', 'withScenarioParameters needs a policy (the baseline or a reformed one)', { issues: [{ path: ['policy'], message: 'must be a policy' }] });
  }
  const known = completed.get(policy);
  if (known !== undefined) return known;
  const missing = scenarioParameterDefaults.filter((parameter) => policy.parameters[parameter.id] === undefined);
  if (missing.length === 0) {
    completed.set(policy, policy);
    return policy;
  }
  const sources: Record<string, Source> = { ...policy.sources };
  for (const parameter of missing) {
    for (const value of parameter.values) {
      for (const id of value.sources) {
        const source = baselinePolicy.sources[id];
        if (sources[id] === undefined && source !== undefined) sources[id] = source;
      }
    }
  }
  const parameters: Record<string, Parameter> = { ...policy.parameters };
  for (const parameter of missing) parameters[parameter.id] = parameter;
  // Frozen like the baseline (its own new maps only; nothing of the caller's is frozen).
  const result: Policy = Object.freeze({ ...policy, sources: Object.freeze(sources), parameters: Object.freeze(parameters) });
  completed.set(policy, result);
  completed.set(result, result);
  return result;
}
