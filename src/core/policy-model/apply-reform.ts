/**
 * Reforms: a new policy with dated values overridden, the policy given left untouched.
 *
 * @module
 */
import { addDays } from '../calendar.js';
import { PbcError, printable } from '../errors.js';
import { frozenCopy } from '../freeze.js';
import { parseInput } from '../validation.js';
import { ReformSchema, requirePolicyShape, valueSuitsUnit, type DatedValue, type Parameter, type Policy, type Source } from './schemas.js';

function spliceValue(values: readonly DatedValue[], replacement: DatedValue): DatedValue[] {
  const kept: DatedValue[] = [];
  for (const entry of values) {
    const endsBefore = entry.to !== undefined && entry.to < replacement.from;
    const startsAfter = replacement.to !== undefined && entry.from > replacement.to;
    if (endsBefore || startsAfter) {
      kept.push(entry);
      continue;
    }
    if (entry.from < replacement.from) kept.push({ ...entry, to: addDays(replacement.from, -1) });
    if (replacement.to !== undefined && (entry.to === undefined || entry.to > replacement.to)) {
      kept.push({ ...entry, from: addDays(replacement.to, 1) });
    }
  }
  kept.push(replacement);
  return kept.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * Applies a reform to a policy and returns a **new** policy; the one given is never changed. Each
 * reformed value replaces whatever the policy held over that value's dates. The reform is checked
 * first: unknown parameters or sources, values of the wrong type for the unit, and values that
 * overlap each other are all reported together.
 *
 * @param policy - the policy to start from (often `baselinePolicy`)
 * @param reform - reform data (validated with {@link ReformSchema})
 * @returns the reformed policy, with the reform added to its `reforms` trail
 * @throws PbcError `INVALID_REFORM` listing every problem; `INVALID_POLICY` for a `policy` that is not one
 * @category Policy
 * @example
 * ```ts
 * import { applyReform, parameterAt } from 'practice-based-commissioning/policy';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const reformed = applyReform(baselinePolicy, {
 *   id: 'full-savings', label: 'Practices keep all freed-up resources from 2008/09',
 *   parameters: { 'fur.practiceShare': [{ from: '2008-04-01', value: '1', sources: ['kf-2004-100pc'], confidence: 'derived' }] },
 * });
 * parameterAt(reformed, 'fur.practiceShare', '2008-04-01').value;      //=> '1'
 * parameterAt(reformed, 'fur.practiceShare', '2008-03-31').value;      //=> '0.7'
 * parameterAt(baselinePolicy, 'fur.practiceShare', '2008-04-01').value; //=> '0.7'
 * ```
 */
export function applyReform(policy: Policy, reform: unknown): Policy {
  requirePolicyShape(policy);
  const parsed = parseInput(ReformSchema, reform, 'reform', 'INVALID_REFORM');
  const sources: Record<string, Source> = { ...policy.sources };
  // Defined, never assigned: a source id is an ordinary own key whatever it is called.
  for (const source of parsed.sources ?? []) Object.defineProperty(sources, source.id, { value: source, enumerable: true, writable: true, configurable: true });
  const issues: { path: (string | number)[]; message: string; rule: string }[] = [];
  const parameters: Record<string, Parameter> = { ...policy.parameters };
  for (const [id, values] of Object.entries(parsed.parameters ?? {})) {
    const parameter = Object.hasOwn(policy.parameters, id) ? policy.parameters[id] : undefined;
    if (parameter === undefined) {
      issues.push({ path: ['parameters', id], message: `the policy has no parameter "${id}"`, rule: 'reform.knownParameter' });
      continue;
    }
    const sorted = [...values].sort((a, b) => (a.from < b.from ? -1 : 1));
    sorted.forEach((entry, index) => {
      const path = ['parameters', id, values.indexOf(entry)];
      if (!valueSuitsUnit(entry.value, parameter.unit)) {
        issues.push({ path: [...path, 'value'], message: `${printable(entry.value)} does not suit unit "${parameter.unit}"`, rule: 'reform.unit' });
      }
      for (const sourceId of entry.sources) {
        if (!Object.hasOwn(sources, sourceId)) issues.push({ path: [...path, 'sources'], message: `unknown source "${sourceId}"`, rule: 'reform.knownSource' });
      }
      const previous = sorted[index - 1];
      if (previous !== undefined && (previous.to === undefined || previous.to >= entry.from)) {
        issues.push({ path, message: `overlaps another value of the reform (from ${previous.from})`, rule: 'reform.noOverlap' });
      }
    });
    const reformed = { ...parameter, values: sorted.reduce<DatedValue[]>((acc, entry) => spliceValue(acc, entry), parameter.values) };
    Object.defineProperty(parameters, id, { value: reformed, enumerable: true, writable: true, configurable: true });
  }
  if (issues.length > 0) {
    throw new PbcError('INVALID_REFORM', `reform "${parsed.id}" cannot be applied: ${issues.map((issue) => issue.message).join('; ')}`, { issues });
  }
  // Deep-frozen, and the caller's policy is copied rather than frozen: the result can be shared and
  // cached, and neither side can change the other.
  return frozenCopy({
    id: `${policy.id}+${parsed.id}`,
    label: `${policy.label}, with ${parsed.label}`,
    sources,
    parameters,
    ruleVersions: { ...policy.ruleVersions, ...parsed.ruleVersions },
    reforms: [...policy.reforms, { id: parsed.id, label: parsed.label }],
  });
}
