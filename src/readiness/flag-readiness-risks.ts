/**
 * The risks a framework links to groups of factors: flagged when a factor in a linked group is
 * partly or not in place. Audit Commission 2006: "financial pressure at PCT level", "inequalities of
 * provision and access", "poor value for money" if PBC is not managed well; the links to key areas
 * are INFERRED (governance fact sheet, model implications B).
 *
 * @module
 */
import type { ReadinessRiskResult } from './assessment-types.js';
import type { ReadinessFactor, ReadinessFramework, ReadinessStatus } from '../policy/frameworks/framework-schema.js';
import { classOfStatus } from './statuses.js';

/**
 * Every risk of the framework with its status and the factors behind it.
 * @internal
 */
export function flagReadinessRisks(framework: ReadinessFramework, scored: readonly ReadinessFactor[], statusOf: (factorId: string) => ReadinessStatus): ReadinessRiskResult[] {
  return (framework.risks ?? []).map((risk) => {
    const linked = scored.filter((factor) => factor.group !== undefined && risk.linkedGroups.includes(factor.group));
    const classes = linked.map((factor) => ({ id: factor.id, statusClass: classOfStatus(statusOf(factor.id)) }));
    const because = classes.filter((entry) => entry.statusClass === 'partial' || entry.statusClass === 'notMet').map((entry) => entry.id);
    const anyUnknown = classes.some((entry) => entry.statusClass === 'unknown');
    const status = because.length > 0 ? 'flagged' : anyUnknown ? 'unassessed' : 'not_flagged';
    return { riskId: risk.id, label: risk.label, status, linkedGroups: risk.linkedGroups, because, linkConfidence: risk.linkConfidence, sources: risk.sources };
  });
}
