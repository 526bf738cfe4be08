/**
 * The baseline policy: every parameter and source the library encodes, gathered from the area
 * files under `parameters/` and `sources/`, checked and frozen.
 *
 * @module
 */
import { z } from 'zod';
import { PbcError, printable } from '../core/errors.js';
import { describeIssues, parseInput } from '../core/validation.js';
import { validatePolicy } from '../core/policy-model/validate-policy.js';
import { type Parameter, type Policy, type Source } from '../core/policy-model/schemas.js';
import { deepFreeze, plainCopy } from '../core/freeze.js';
import { budgetParameters } from './parameters/budgets.js';
import { conflictsParameters } from './parameters/conflicts.js';
import { entitlementParameters } from './parameters/entitlements.js';
import { incentiveParameters } from './parameters/incentives.js';
import { readinessParameters } from './parameters/readiness.js';
import { wccParameters } from './parameters/wcc.js';
import { budgetsSources } from './sources/budgets.js';
import { conflictsSources } from './sources/conflicts.js';
import { coreSources } from './sources/core.js';
import { incentivesSources } from './sources/incentives.js';
import { readinessSources } from './sources/readiness.js';
import { wccSources } from './sources/wcc.js';

// The outer shape of buildPolicy's options; validatePolicy then checks every parameter and source.
const BuildPolicyOptionsSchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    parameters: z.array(z.looseObject({ id: z.string() })),
    sources: z.array(z.looseObject({ id: z.string() })),
    ruleVersions: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/**
 * Assembles a policy from lists of parameters and sources, refusing duplicates and any finding of
 * {@link validatePolicy}. Useful to build a policy of your own from scratch; most callers start from
 * {@link baselinePolicy} and apply reforms instead.
 *
 * @param options - `id`, `label`, `parameters`, `sources`, optional `ruleVersions`
 * @returns a frozen policy of its own (the lists and objects given are copied, never frozen)
 * @throws PbcError `INVALID_POLICY` listing every finding
 * @category Policy
 * @example
 * ```ts
 * import { buildPolicy } from 'practice-based-commissioning/policy';
 * const tiny = buildPolicy({
 *   id: 'tiny', label: 'One parameter',
 *   sources: [{ id: 'me', title: 'My note', publisher: 'Me', date: '2026', weight: 'context' }],
 *   parameters: [{ id: 'x.rate', label: 'A rate', unit: 'ratio', values: [{ from: '2006-04-01', value: '0.5', sources: ['me'], confidence: 'unconfirmed' }] }],
 * });
 * tiny.parameters['x.rate']?.unit; //=> 'ratio'
 * ```
 */
export function buildPolicy(options: {
  readonly id: string;
  readonly label: string;
  readonly parameters: readonly Parameter[];
  readonly sources: readonly Source[];
  readonly ruleVersions?: Readonly<Record<string, string>>;
}): Policy {
  // A copy, read once: the policy is checked and built from it, and it is the copy that is frozen,
  // never the caller's lists and objects (whose getters run once, here).
  const checked = parseInput(BuildPolicyOptionsSchema, plainCopy(options), 'policy options', 'INVALID_POLICY');
  const issues: { path: (string | number)[]; message: string; rule: string }[] = [];
  const parameters: Record<string, Parameter> = {};
  for (const parameter of checked.parameters) {
    // Own keys only, defined (never assigned), so an id such as "constructor" is an ordinary key.
    if (Object.hasOwn(parameters, parameter.id)) issues.push({ path: ['parameters', parameter.id], message: 'defined twice', rule: 'policy.uniqueParameterIds' });
    Object.defineProperty(parameters, parameter.id, { value: parameter, enumerable: true, writable: true, configurable: true });
  }
  const sources: Record<string, Source> = {};
  for (const source of checked.sources) {
    if (Object.hasOwn(sources, source.id)) issues.push({ path: ['sources', source.id], message: 'defined twice', rule: 'policy.uniqueSourceIds' });
    Object.defineProperty(sources, source.id, { value: source, enumerable: true, writable: true, configurable: true });
  }
  const policy = { id: checked.id, label: checked.label, sources, parameters, ruleVersions: { ...checked.ruleVersions }, reforms: [] } as Policy;
  const { findings } = validatePolicy(policy);
  for (const finding of findings) {
    // A finding about one parameter names it; one about the policy as a whole names the policy.
    issues.push({
      path: finding.path !== undefined ? [...finding.path] : finding.parameterId === undefined ? [] : ['parameters', finding.parameterId],
      message: `${finding.code}: ${finding.message}`,
      rule: finding.rule ?? `policy.${finding.code}`,
    });
  }
  if (issues.length > 0) {
    throw new PbcError('INVALID_POLICY', `policy ${printable(checked.id)} is invalid: ${describeIssues(issues)}`, { issues });
  }
  return deepFreeze(policy);
}

/**
 * A policy assembled from the library's own lists without checking them: what {@link buildPolicy}
 * builds from the same lists, without its schema parse and {@link validatePolicy} pass, which would
 * run at every program's start-up (the baseline is built when the module loads). The test suite
 * proves the two are equal and the lists valid (test/policy/baseline.test.ts).
 */
function trustedPolicy(options: { readonly id: string; readonly label: string; readonly parameters: readonly Parameter[]; readonly sources: readonly Source[] }): Policy {
  const policy: Policy = {
    id: options.id,
    label: options.label,
    // Object.fromEntries defines own keys, so an id such as "constructor" is an ordinary key.
    // The lists are the library's own plain data, never exported: frozen in place, not copied.
    sources: Object.fromEntries(options.sources.map((source) => [source.id, source])),
    parameters: Object.fromEntries(options.parameters.map((parameter) => [parameter.id, parameter])),
    ruleVersions: {},
    reforms: [],
  };
  return deepFreeze(policy);
}

/**
 * The policy as the sources give it: every dated parameter the library encodes (DES rates, shares of
 * freed-up resources, pace of change, fundholding thresholds and caps, the 2009 entitlements…) with
 * its sources and confidence. Frozen: reforms return new policies (see `applyReform`).
 *
 * @category Policy
 * @example
 * ```ts
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * import { parameterAt } from 'practice-based-commissioning/policy';
 * parameterAt(baselinePolicy, 'des.c2.ratePerPatient', '2006-10-01').value; //=> 95
 * ```
 */
export const baselinePolicy: Policy = trustedPolicy({
  id: 'baseline',
  label: 'England PBC and GP fundholding policy as published',
  parameters: [...incentiveParameters, ...budgetParameters, ...entitlementParameters, ...conflictsParameters, ...readinessParameters, ...wccParameters],
  sources: [...coreSources, ...budgetsSources, ...incentivesSources, ...conflictsSources, ...readinessSources, ...wccSources],
});
