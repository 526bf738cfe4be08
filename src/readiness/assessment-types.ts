/**
 * What `assessReadiness` returns: plain, JSON-serialisable records.
 *
 * @module
 */
import type { Confidence } from '../core/policy-model/schemas.js';
import type { Explanation } from '../core/explanation.js';
import type { Finding } from '../core/finding.js';
import type { ReadinessFactor, ReadinessScale, ReadinessStatus } from '../policy/frameworks/framework-schema.js';

/**
 * One factor as assessed: its status, the evidence behind it, its points and weight (decimal
 * strings), and where it comes from.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessFactorResult } from 'practice-based-commissioning';
 * declare const factor: ReadinessFactorResult;
 * `${factor.factorId}: ${factor.status} (${factor.points} × ${factor.weight})`;
 * ```
 */
export interface ReadinessFactorResult {
  readonly factorId: string;
  readonly label: string;
  readonly kind: ReadinessFactor['kind'];
  /** The group (key area) id, or `null`. */
  readonly group: string | null;
  /** `scored` counts towards the rating; `outcome` is scored apart. */
  readonly role: 'scored' | 'outcome';
  readonly scale: ReadinessScale;
  /** `unknown` when no evidence was given (or none observed by the assessment date). */
  readonly status: ReadinessStatus;
  /** Points scored, a decimal string. */
  readonly points: string;
  /** Weight, a decimal string (1 unless the caller gave another). */
  readonly weight: string;
  readonly confidence: Confidence;
  /** A placeholder whose text is not known (Audit Commission 2006 checklist). */
  readonly placeholder: boolean;
  readonly sources: readonly string[];
  /** When the evidence used was observed (the assessment date if it gave none), or `null`. */
  readonly observedOn: string | null;
  readonly evidenceNote: string | null;
  readonly evidenceRefs: readonly string[];
}

/**
 * How much of a group (such as an Audit Commission key area) is in place.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessGroupResult } from 'practice-based-commissioning';
 * declare const area: ReadinessGroupResult;
 * `${area.label}: ${area.met} of ${area.factorCount} met (${area.share})`;
 * ```
 */
export interface ReadinessGroupResult {
  readonly groupId: string;
  readonly label: string;
  readonly factorCount: number;
  /** Met, or enablers. */
  readonly met: number;
  /** Partly met, or neutral. */
  readonly partial: number;
  /** Not met, or barriers. */
  readonly notMet: number;
  readonly unknown: number;
  /** Weighted points, a decimal string. */
  readonly score: string;
  readonly maximum: string;
  /** Score over maximum, four decimal places (display only). */
  readonly share: string;
}

/**
 * A score: weighted points over their maximum, with the counts behind it.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessScore } from 'practice-based-commissioning';
 * const score: ReadinessScore = { score: '3.5', maximum: '5', share: '0.7000', metCount: 3, partialCount: 1, notMetCount: 1, unknownCount: 0, factorCount: 5, weighted: false };
 * ```
 */
export interface ReadinessScore {
  /** Sum of weight × points, exact, as a decimal string. */
  readonly score: string;
  /** The most the factors could score, exact. */
  readonly maximum: string;
  /** Score over maximum to four decimal places, half-up (display only; bands use exact values). */
  readonly share: string;
  readonly metCount: number;
  readonly partialCount: number;
  readonly notMetCount: number;
  readonly unknownCount: number;
  readonly factorCount: number;
  /** Whether caller-supplied weights were used. */
  readonly weighted: boolean;
}

/**
 * A rating: the band reached, whether it means ready, and its rank (0 is the best band).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessRating } from 'practice-based-commissioning';
 * const rating: ReadinessRating = { id: 'some_in_place', label: 'Some factors in place (two to four)', ready: false, rank: 1, confidence: 'unconfirmed' };
 * ```
 */
export interface ReadinessRating {
  readonly id: string;
  readonly label: string;
  readonly ready: boolean;
  /** The band's position, best first (0 is the best). */
  readonly rank: number;
  /** How sure the band is (inferred bands are `unconfirmed`). */
  readonly confidence: Confidence;
}

/**
 * A source's recommendation, as attached to a gap.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessRecommendationResult } from 'practice-based-commissioning';
 * declare const recommendation: ReadinessRecommendationResult;
 * `${recommendation.label} (${recommendation.sources.join(', ')})`;
 * ```
 */
export interface ReadinessRecommendationResult {
  readonly recommendationId: string;
  readonly label: string;
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  /** How sure the link from the recommendation to the gap is. */
  readonly linkConfidence: Confidence;
}

/**
 * A scored factor not in place (partly, not, a barrier or neutral, or unknown), with the source's
 * recommendations for it.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessGap } from 'practice-based-commissioning';
 * declare const gap: ReadinessGap;
 * gap.recommendations.map((recommendation) => recommendation.label);
 * ```
 */
export interface ReadinessGap {
  readonly factorId: string;
  readonly label: string;
  readonly group: string | null;
  readonly status: ReadinessStatus;
  readonly recommendations: readonly ReadinessRecommendationResult[];
}

/**
 * A factor with no evidence, and what the rating would be if it were shown to be in place.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessMissingEvidence } from 'practice-based-commissioning';
 * declare const missing: ReadinessMissingEvidence;
 * missing.raisesRating ? `evidence that ${missing.factorId} is met would give ${missing.ratingIfMet}` : '';
 * ```
 */
export interface ReadinessMissingEvidence {
  readonly factorId: string;
  readonly label: string;
  readonly group: string | null;
  readonly placeholder: boolean;
  /** The rating id if this factor alone were met (or an enabler). */
  readonly ratingIfMet: string;
  /** Whether that rating is better than the current one. */
  readonly raisesRating: boolean;
}

/**
 * A risk a framework links to groups of factors, and whether the assessment raises it.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessRiskResult } from 'practice-based-commissioning';
 * declare const risk: ReadinessRiskResult;
 * risk.status === 'flagged' ? `${risk.label}: because of ${risk.because.join(', ')}` : '';
 * ```
 */
export interface ReadinessRiskResult {
  readonly riskId: string;
  readonly label: string;
  /** `flagged`: a factor in a linked group is partly or not in place; `unassessed`: none is, but some are unknown; `not_flagged`: all are in place. */
  readonly status: 'flagged' | 'not_flagged' | 'unassessed';
  readonly linkedGroups: readonly string[];
  /** The factors that flag it. */
  readonly because: readonly string[];
  readonly linkConfidence: Confidence;
  readonly sources: readonly string[];
}

/**
 * Evidence given but not used, and why: observed after the assessment date, or superseded by later
 * evidence about the same factor.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessIgnoredEvidence } from 'practice-based-commissioning';
 * const ignored: ReadinessIgnoredEvidence = { index: 2, factorId: 'AC07.F1_BUDGETS', observedOn: '2009-01-01', reason: 'after_as_of' };
 * ```
 */
export interface ReadinessIgnoredEvidence {
  /** Its position in the evidence list. */
  readonly index: number;
  readonly factorId: string;
  readonly observedOn: string | null;
  readonly reason: 'after_as_of' | 'superseded';
}

/**
 * The result of `assessReadiness`: every factor with its status and evidence, coverage by group,
 * the score, the rating, the gaps with the source's recommendations, the missing evidence that would
 * change the rating, risks, the gaps and risks as findings, and the explanation.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { assessReadiness } from 'practice-based-commissioning';
 * const assessment = assessReadiness({ framework: 'AC2007', evidence: [] }, { asOf: '2007-11-22' });
 * assessment.rating.id; //=> 'few_in_place'
 * assessment.missingEvidence.length; //=> 5
 * ```
 */
export interface ReadinessAssessment {
  readonly frameworkId: string;
  readonly frameworkTitle: string;
  /** The PCT, cluster or practice assessed, when known. */
  readonly subjectId: string | null;
  readonly asOf: string;
  readonly factors: readonly ReadinessFactorResult[];
  readonly groups: readonly ReadinessGroupResult[];
  /** The score of the factors that count towards the rating. */
  readonly score: ReadinessScore;
  /** The score of the items scored apart (the King's Fund's policy objectives), or `null`. */
  readonly outcomes: ReadinessScore | null;
  readonly rating: ReadinessRating;
  readonly ready: boolean;
  readonly gaps: readonly ReadinessGap[];
  /** The source's general recommendations, listed when the area is not ready. */
  readonly generalRecommendations: readonly ReadinessRecommendationResult[];
  /** Unknown factors, each with the rating it would give if met. */
  readonly missingEvidence: readonly ReadinessMissingEvidence[];
  /** The rating if every unknown factor were met: the best the missing evidence could give. */
  readonly ratingIfAllUnknownMet: ReadinessRating;
  readonly risks: readonly ReadinessRiskResult[];
  /** The gaps and risks as findings in the core shape: `readiness.gap` per factor not met, `readiness.risk` per risk. */
  readonly findings: readonly ReadinessFinding[];
  readonly ignoredEvidence: readonly ReadinessIgnoredEvidence[];
  readonly explanation: Explanation;
}

/**
 * The codes of the readiness findings: a gap (`FACTOR_PARTLY_MET` a warning, `FACTOR_NOT_MET` a
 * breach, `FACTOR_UNKNOWN` unknown) and a risk (`RISK_FLAGGED` a warning, `RISK_UNASSESSED` unknown,
 * `RISK_NOT_FLAGGED` compliant).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessFindingCode } from 'practice-based-commissioning';
 * const code: ReadinessFindingCode = 'FACTOR_NOT_MET';
 * ```
 */
export type ReadinessFindingCode = 'FACTOR_PARTLY_MET' | 'FACTOR_NOT_MET' | 'FACTOR_UNKNOWN' | 'RISK_FLAGGED' | 'RISK_UNASSESSED' | 'RISK_NOT_FLAGGED';

/**
 * A finding of `assessReadiness`: rule `readiness.gap` (subject `{ kind: 'factor', id }`) or
 * `readiness.risk` (subject `{ kind: 'risk', id }`).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessFinding } from 'practice-based-commissioning';
 * const gap: ReadinessFinding = {
 *   rule: 'readiness.gap', code: 'FACTOR_NOT_MET', outcome: 'breach',
 *   subject: { kind: 'factor', id: 'AC07.F4_GOVERNANCE_COI' },
 *   message: 'Not in place: Governance and conflicts of interest (status not_met).', sources: ['ac-2007-putting-into-practice'],
 * };
 * ```
 */
export type ReadinessFinding = Finding<ReadinessFindingCode>;
