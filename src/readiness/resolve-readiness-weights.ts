/**
 * Caller-supplied weights: by factor id, never negative (the schema), never for an unknown factor,
 * and never summing to zero over the factors scored together. A factor not listed keeps weight 1:
 * "Default scoring is an unweighted count" (governance fact sheet, model implications A).
 *
 * @module
 */
import { Dec } from '../core/decimal.js';
import type { ReadinessFramework } from '../policy/frameworks/framework-schema.js';
import type { PbcIssue } from '../core/errors.js';

/** The weights resolved for an assessment. @internal */
export interface ResolvedReadinessWeights {
  readonly weightOf: (factorId: string) => Dec;
  readonly weighted: boolean;
  readonly issues: readonly PbcIssue[];
}

/**
 * Resolves weights and reports every problem: an unknown factor id, or weights summing to zero over
 * the scored factors (or over the outcome items).
 * @internal
 */
export function resolveReadinessWeights(framework: ReadinessFramework, weights: Readonly<Record<string, number | string>> | undefined): ResolvedReadinessWeights {
  const given = new Map<string, Dec>();
  const issues: PbcIssue[] = [];
  const ids = new Set(framework.factors.map((factor) => factor.id));
  for (const [id, weight] of Object.entries(weights ?? {})) {
    if (!ids.has(id)) {
      issues.push({ path: ['weights', id], message: `the framework "${framework.id}" has no factor "${id}"`, rule: 'readiness.knownFactor' });
      continue;
    }
    given.set(id, new Dec(String(weight)));
  }
  const weightOf = (factorId: string): Dec => given.get(factorId) ?? new Dec(1);
  for (const role of ['scored', 'outcome'] as const) {
    const factors = framework.factors.filter((factor) => (factor.role ?? 'scored') === role);
    if (factors.length === 0) continue;
    const total = factors.reduce((sum, factor) => sum.plus(weightOf(factor.id)), new Dec(0));
    if (total.isZero()) {
      issues.push({ path: ['weights'], message: `the weights of the ${role === 'scored' ? 'scored factors' : 'outcome items'} sum to zero`, rule: 'readiness.weightsSumPositive' });
    }
  }
  return { weightOf, weighted: given.size > 0, issues };
}
