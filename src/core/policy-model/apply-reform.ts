/**
 * Reforms: a new policy with dated values overridden, the policy given left untouched.
 *
 * @module
 */
import { addDays } from '../calendar.js';
import { PbcError, printable } from '../errors.js';
import { frozenCopy } from '../freeze.js';
import { parseInput } from '../validation.js';
import { ReformSchema, alternativeIssues, requirePolicyShape, valueSuitsUnit, type AlternativePick, type DatedValue, type Parameter, type Policy, type Source } from './schemas.js';

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

type Issue = { path: (string | number)[]; message: string; rule: string };

/**
 * Turns a pick of an alternative into the dated value it stands for: the alternative of the value in
 * force on `pick.from`, over `pick.to` or that value's own end, with the value it replaces kept as an
 * alternative in its turn. Returns `undefined` (and reports why) when there is nothing to pick.
 */
function resolvePick(parameter: Parameter, pick: AlternativePick, path: (string | number)[], issues: Issue[]): DatedValue | undefined {
  const entry = parameter.values.find((value) => value.from <= pick.from && (value.to === undefined || pick.from <= value.to));
  if (entry === undefined) {
    issues.push({ path: [...path, 'from'], message: `"${parameter.id}" has no value in force on ${pick.from} to pick an alternative of`, rule: 'reform.alternativeInForce' });
    return undefined;
  }
  const alternatives = entry.alternatives ?? [];
  const index = typeof pick.alternative === 'number' ? pick.alternative : alternatives.findIndex((alternative) => alternative.id === pick.alternative);
  const chosen = alternatives[index];
  if (chosen === undefined) {
    const known = alternatives.map((alternative, position) => alternative.id ?? String(position)).join(', ');
    issues.push({
      path: [...path, 'alternative'],
      message: `the value of "${parameter.id}" in force on ${pick.from} (from ${entry.from}) has no alternative ${printable(pick.alternative)}${known === '' ? ' (it has none)' : ` (it has ${known})`}`,
      rule: 'reform.knownAlternative',
    });
    return undefined;
  }
  const to = pick.to ?? entry.to;
  const { alternatives: _all, ...replaced } = entry;
  const others = alternatives.filter((_alternative, position) => position !== index);
  return {
    from: pick.from,
    ...(to === undefined ? {} : { to }),
    value: chosen.value,
    sources: [...chosen.sources],
    confidence: chosen.confidence,
    ...(pick.note !== undefined ? { note: pick.note } : chosen.note === undefined ? {} : { note: chosen.note }),
    alternatives: [
      { ...(replaced.note === undefined ? {} : { note: replaced.note }), value: replaced.value, sources: [...replaced.sources], confidence: replaced.confidence },
      ...others,
    ],
  };
}

/**
 * Applies a reform to a policy and returns a **new** policy; the one given is never changed. Each
 * reformed value replaces whatever the policy held over that value's dates. The reform is checked
 * first: unknown parameters or sources, values of the wrong type for the unit, and values that
 * overlap each other are all reported together.
 *
 * An entry of a reform may pick one of the alternatives a dated value carries instead of restating
 * it: `{ from, alternative }`, by the alternative's `id` or its index (0 for the first), optionally
 * with `to` (by default the end of the value in force on `from`) and a `note`. The picked value
 * brings its own sources and confidence, and the value it replaces is kept as an alternative.
 *
 * @param policy - the policy to start from (often `baselinePolicy`)
 * @param reform - reform data (validated with {@link ReformSchema})
 * @returns the reformed policy, with the reform added to its `reforms` trail
 * @throws PbcError `INVALID_REFORM` listing every problem, each with its path and rule (`reform.knownAlternative`, say); `INVALID_POLICY` for a `policy` that is not one
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
 * // Pick the alternative the sources also support, by id, without restating it:
 * const upTo100 = applyReform(baselinePolicy, {
 *   id: 'dec-2004-decision', label: 'The December 2004 decision for 2005/06',
 *   parameters: { 'fur.practiceShare': [{ from: '2005-04-01', alternative: 'kf-2004-100pc' }] },
 * });
 * parameterAt(upTo100, 'fur.practiceShare', '2005-04-01').value; //=> '1'
 * ```
 */
export function applyReform(policy: Policy, reform: unknown): Policy {
  requirePolicyShape(policy);
  const parsed = parseInput(ReformSchema, reform, 'reform', 'INVALID_REFORM');
  const sources: Record<string, Source> = { ...policy.sources };
  // Defined, never assigned: a source id is an ordinary own key whatever it is called.
  for (const source of parsed.sources ?? []) Object.defineProperty(sources, source.id, { value: source, enumerable: true, writable: true, configurable: true });
  const issues: Issue[] = [];
  const parameters: Record<string, Parameter> = { ...policy.parameters };
  for (const [id, values] of Object.entries(parsed.parameters ?? {})) {
    const parameter = Object.hasOwn(policy.parameters, id) ? policy.parameters[id] : undefined;
    if (parameter === undefined) {
      issues.push({ path: ['parameters', id], message: `the policy has no parameter "${id}"`, rule: 'reform.knownParameter' });
      continue;
    }
    const resolved = values.flatMap((given, index) => {
      if (!('alternative' in given)) return [{ entry: given, index }];
      const entry = resolvePick(parameter, given, ['parameters', id, index], issues);
      return entry === undefined ? [] : [{ entry, index }];
    });
    const ordered = [...resolved].sort((a, b) => (a.entry.from < b.entry.from ? -1 : 1));
    const sorted = ordered.map((item) => item.entry);
    ordered.forEach(({ entry, index: position }, index) => {
      const path = ['parameters', id, position];
      for (const issue of alternativeIssues(entry, parameter.unit, (sourceId) => Object.hasOwn(sources, sourceId), path, 'reform')) issues.push(issue);
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
