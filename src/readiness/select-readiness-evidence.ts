/**
 * Which evidence an assessment uses: per factor, the latest observed on or before the assessment
 * date (undated evidence counts as observed on it). Evidence must name a factor of the framework,
 * give a status its scale allows, and be about the subject assessed; two different pieces of
 * evidence for one factor on one date contradict each other.
 *
 * @module
 */
import type { ReadinessIgnoredEvidence } from './assessment-types.js';
import type { ReadinessEvidenceItem } from './evidence-schema.js';
import type { ReadinessFactor, ReadinessFramework } from '../policy/frameworks/framework-schema.js';
import { statusesOfScale } from './statuses.js';
import type { PbcIssue } from '../core/errors.js';

/** Evidence chosen for one factor. @internal */
export interface ChosenReadinessEvidence {
  readonly item: ReadinessEvidenceItem;
  readonly index: number;
  readonly observedOn: string;
}

/**
 * Invalid evidence: a factor the framework lacks, or a status its scale does not allow.
 * @internal
 */
export function invalidReadinessEvidence(framework: ReadinessFramework, evidence: readonly ReadinessEvidenceItem[]): PbcIssue[] {
  const factors = new Map<string, ReadinessFactor>(framework.factors.map((factor) => [factor.id, factor]));
  const issues: PbcIssue[] = [];
  evidence.forEach((item, index) => {
    const factor = factors.get(item.factorId);
    if (factor === undefined) {
      issues.push({ path: ['evidence', index, 'factorId'], message: `the framework "${framework.id}" has no factor "${item.factorId}"`, rule: 'readiness.knownFactor' });
      return;
    }
    const allowed = statusesOfScale[factor.scale];
    if (!allowed.includes(item.status)) {
      issues.push({
        path: ['evidence', index, 'status'],
        message: `"${item.status}" is not allowed for ${factor.id}, judged on the scale ${factor.scale} (${allowed.join(', ')})`,
        rule: 'readiness.statusOnScale',
      });
    }
  });
  return issues;
}

/** The evidence chosen, what was ignored, the subject, and any contradictions. @internal */
export interface SelectedReadinessEvidence {
  readonly chosen: ReadonlyMap<string, ChosenReadinessEvidence>;
  readonly ignored: readonly ReadinessIgnoredEvidence[];
  readonly subjectId: string | null;
  readonly conflicts: readonly PbcIssue[];
}

/**
 * Chooses, per factor, the latest evidence observed on or before `asOf`, and reports
 * contradictions: evidence about another subject, or two pieces for one factor on one date.
 * @internal
 */
export function selectReadinessEvidence(evidence: readonly ReadinessEvidenceItem[], options: { readonly asOf: string; readonly subject: string | undefined }): SelectedReadinessEvidence {
  const conflicts: PbcIssue[] = [];
  const ignored: ReadinessIgnoredEvidence[] = [];
  let subjectId = options.subject ?? null;
  evidence.forEach((item, index) => {
    if (item.subjectId === undefined) return;
    if (subjectId === null) subjectId = item.subjectId;
    else if (item.subjectId !== subjectId) {
      conflicts.push({
        path: ['evidence', index, 'subjectId'],
        message: `evidence about "${item.subjectId}" in an assessment of "${subjectId}"`,
        rule: 'readiness.oneSubject',
      });
    }
  });
  const chosen = new Map<string, ChosenReadinessEvidence>();
  evidence.forEach((item, index) => {
    const observedOn = item.observedOn ?? options.asOf;
    if (observedOn > options.asOf) {
      ignored.push({ index, factorId: item.factorId, observedOn, reason: 'after_as_of' });
      return;
    }
    const current = chosen.get(item.factorId);
    if (current === undefined || observedOn > current.observedOn) {
      if (current !== undefined) ignored.push({ index: current.index, factorId: current.item.factorId, observedOn: current.observedOn, reason: 'superseded' });
      chosen.set(item.factorId, { item, index, observedOn });
    } else if (observedOn === current.observedOn) {
      conflicts.push({
        path: ['evidence', index, 'observedOn'],
        message: `a second piece of evidence for ${item.factorId} observed on ${observedOn} (the first is evidence ${current.index})`,
        rule: 'readiness.oneStatusPerDate',
      });
    } else {
      ignored.push({ index, factorId: item.factorId, observedOn, reason: 'superseded' });
    }
  });
  return { chosen, ignored: [...ignored].sort((a, b) => a.index - b.index), subjectId, conflicts };
}
