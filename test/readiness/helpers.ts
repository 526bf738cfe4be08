/**
 * Builders for the readiness tests: the built-in frameworks by id, evidence lists, and a practice
 * whose 2009 entitlements are delivered in full.
 */
import type { EntitlementFinding, Explanation } from '../../src/index.js';
import { readinessFrameworks, type ReadinessFramework, type ReadinessStatus } from '../../src/policy/index.js';

export const { AC2006, AC2007, KF2008, DH2006, DH2009 } = readinessFrameworks;

/** The ids of the five Audit Commission 2007 factors. */
export const AC07 = AC2007.factors.map((factor) => factor.id);

/** Evidence giving each listed factor its status (undated). */
export function evidenceOf(statuses: Record<string, ReadinessStatus>): { factorId: string; status: ReadinessStatus }[] {
  return Object.entries(statuses).map(([factorId, status]) => ({ factorId, status }));
}

/** Evidence giving every factor of a framework the status `status` picks for its scale. */
export function allAt(framework: ReadinessFramework, status: (scale: ReadinessFramework['factors'][number]['scale']) => ReadinessStatus): { factorId: string; status: ReadinessStatus }[] {
  return framework.factors.map((factor) => ({ factorId: factor.id, status: status(factor.scale) }));
}

/** The best status of a scale. */
export const best = (scale: string): ReadinessStatus => (scale === 'enabler-neutral-barrier' ? 'enabler' : 'met');

/** A practice, as the holder of the 2009 entitlements. */
export const practice = { kind: 'practice', id: 'Z90001' } as const;
/** Every data stream provided. */
export const fullData = { budgets: true, expenditure: true, referrals: true, prescribing: true, activity: true, clinicalPerformance: true };
/** The whole support package agreed. */
export const fullSupport = { designatedSupport: true, developmentPlan: true };

/** Each finding as "rule subject code outcome". */
export function codes(findings: readonly EntitlementFinding[]): string[] {
  return findings.map((finding) => `${finding.rule} ${finding.subject?.id ?? '-'} ${finding.code} ${finding.outcome}`);
}

/** Every note of an explanation tree, depth first. */
export const notes = (explanation: Explanation): string[] => [...explanation.notes, ...explanation.children.flatMap(notes)];
