/**
 * The baseline policy: every parameter and source the library encodes, gathered from the area
 * files under `parameters/` and `sources/`, checked and frozen.
 *
 * @module
 */
import { PbcError } from '../core/errors.js';
import { validatePolicy, type Parameter, type Policy, type Source } from '../core/parameters.js';
import { deepFreeze } from '../core/freeze.js';
import { budgetParameters } from './parameters/budgets.js';
import { conflictsParameters } from './parameters/conflicts.js';
import { entitlementParameters } from './parameters/entitlements.js';
import { incentiveParameters } from './parameters/incentives.js';
import { readinessParameters } from './parameters/readiness.js';
import { budgetsSources } from './sources/budgets.js';
import { conflictsSources } from './sources/conflicts.js';
import { coreSources } from './sources/core.js';
import { incentivesSources } from './sources/incentives.js';
import { readinessSources } from './sources/readiness.js';

/**
 * Assembles a policy from lists of parameters and sources, refusing duplicates and any finding of
 * {@link validatePolicy}. Useful to build a policy of your own from scratch; most callers start from
 * {@link baselinePolicy} and apply reforms instead.
 *
 * @param options - `id`, `label`, `parameters`, `sources`, optional `ruleVersions`
 * @returns a frozen policy
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
  const issues: { path: string[]; message: string }[] = [];
  const parameters: Record<string, Parameter> = {};
  for (const parameter of options.parameters) {
    if (parameters[parameter.id] !== undefined) issues.push({ path: ['parameters', parameter.id], message: 'defined twice' });
    parameters[parameter.id] = parameter;
  }
  const sources: Record<string, Source> = {};
  for (const source of options.sources) {
    if (sources[source.id] !== undefined) issues.push({ path: ['sources', source.id], message: 'defined twice' });
    sources[source.id] = source;
  }
  const policy: Policy = { id: options.id, label: options.label, sources, parameters, ruleVersions: { ...options.ruleVersions }, reforms: [] };
  const { findings } = validatePolicy(policy);
  for (const finding of findings) issues.push({ path: ['parameters', finding.parameterId ?? ''], message: `${finding.code}: ${finding.message}` });
  if (issues.length > 0) {
    throw new PbcError('INVALID_POLICY', `policy "${options.id}" is invalid: ${issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`, { issues });
  }
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
 * import { parameterAt } from 'practice-based-commissioning';
 * parameterAt(baselinePolicy, 'des.c2.ratePerPatient', '2006-10-01').value; //=> 95
 * ```
 */
export const baselinePolicy: Policy = buildPolicy({
  id: 'baseline',
  label: 'England PBC and GP fundholding policy as published',
  parameters: [...incentiveParameters, ...budgetParameters, ...entitlementParameters, ...conflictsParameters, ...readinessParameters],
  sources: [...coreSources, ...budgetsSources, ...incentivesSources, ...conflictsSources, ...readinessSources],
});
