/**
 * A framework may only cite sources the policy (or its own bibliography) holds, and only read
 * parameters the policy defines — the same rule `validatePolicy` applies to parameters.
 *
 * @module
 */
import type { Policy } from '../core/policy-model/schemas.js';
import type { ReadinessFramework } from '../policy/frameworks/framework-schema.js';
import type { PbcIssue } from '../core/errors.js';

/**
 * Every unknown source id and parameter id a framework refers to, each with its path under
 * `framework`.
 * @internal
 */
export function checkFrameworkReferences(framework: ReadinessFramework, policy: Policy): PbcIssue[] {
  const issues: PbcIssue[] = [];
  const known = new Set([...Object.keys(policy.sources), ...(framework.bibliography ?? []).map((source) => source.id)]);
  const cite = (sources: readonly string[], path: (string | number)[]): void => {
    sources.forEach((id, index) => {
      if (!known.has(id)) issues.push({ path: ['framework', ...path, 'sources', index], message: `unknown source "${id}": add it to the policy or to the framework's bibliography`, rule: 'readiness.knownSource' });
    });
  };
  cite(framework.sources, []);
  (framework.groups ?? []).forEach((item, index) => cite(item.sources, ['groups', index]));
  framework.factors.forEach((item, index) => cite(item.sources, ['factors', index]));
  framework.rating.bands.forEach((item, index) => cite(item.sources, ['rating', 'bands', index]));
  (framework.recommendations ?? []).forEach((item, index) => cite(item.sources, ['recommendations', index]));
  (framework.risks ?? []).forEach((item, index) => cite(item.sources, ['risks', index]));
  (framework.context ?? []).forEach((item, index) => cite(item.sources, ['context', index]));
  const parameter = (id: string | undefined, path: (string | number)[]): void => {
    if (id !== undefined && !Object.hasOwn(policy.parameters, id)) {
      issues.push({ path: ['framework', ...path], message: `the policy has no parameter "${id}"`, rule: 'readiness.knownParameter' });
    }
  };
  framework.rating.bands.forEach((band, index) => parameter('parameter' in band.threshold ? band.threshold.parameter : undefined, ['rating', 'bands', index, 'threshold', 'parameter']));
  parameter(framework.inForceParameter, ['inForceParameter']);
  parameter(framework.targetDateParameter, ['targetDateParameter']);
  return issues;
}
