/**
 * The readiness score: each factor's points (met 1, partial 0.5, not met or unknown 0 by default,
 * read from dated parameters) times its weight (1 unless the caller says otherwise), summed exactly
 * in decimal. Governance fact sheet, model implications A: "Default scoring is an unweighted count …
 * Allow caller-supplied weights. None of the sources publishes weights, so do not invent any."
 *
 * @module
 */
import { Dec } from '../core/decimal.js';
import type { ExplanationBuilder } from '../core/explanation.js';
import type { ReadinessFactor, ReadinessStatus } from '../policy/frameworks/framework-schema.js';
import { classOfStatus, type StatusClass } from './statuses.js';

/** The points each class of status scores, as read from the policy. @internal */
export type ReadinessPoints = Readonly<Record<StatusClass, Dec>>;

/** Reads the four points parameters through the explanation builder. @internal */
export function readReadinessPoints(step: ExplanationBuilder): ReadinessPoints {
  return {
    met: new Dec(step.ratio('readiness.points.met')),
    partial: new Dec(step.ratio('readiness.points.partial')),
    notMet: new Dec(step.ratio('readiness.points.notMet')),
    unknown: new Dec(step.ratio('readiness.points.unknown')),
  };
}

/** The most points any status can score (met, unless a reform says otherwise). @internal */
export function maximumPoints(points: ReadinessPoints): Dec {
  return Dec.max(points.met, points.partial, points.notMet, points.unknown);
}

/** What a set of factors adds up to. @internal */
export interface ReadinessTally {
  /** Factors met (or enablers). */
  readonly metCount: number;
  /** Factors counted. */
  readonly factorCount: number;
  readonly partialCount: number;
  readonly notMetCount: number;
  readonly unknownCount: number;
  /** Sum of weight × points. */
  readonly score: Dec;
  /** Sum of weight × the most points a factor can score. */
  readonly maximum: Dec;
}

/**
 * Adds up factors: counts by class, and the weighted score and its maximum, exactly.
 * @internal
 */
export function tallyReadiness(options: {
  readonly factors: readonly ReadinessFactor[];
  readonly statusOf: (factorId: string) => ReadinessStatus;
  readonly weightOf: (factorId: string) => Dec;
  readonly points: ReadinessPoints;
}): ReadinessTally {
  const counts: Record<StatusClass, number> = { met: 0, partial: 0, notMet: 0, unknown: 0 };
  const top = maximumPoints(options.points);
  let score = new Dec(0);
  let maximum = new Dec(0);
  for (const factor of options.factors) {
    const statusClass = classOfStatus(options.statusOf(factor.id));
    counts[statusClass] += 1;
    const weight = options.weightOf(factor.id);
    score = score.plus(weight.times(options.points[statusClass]));
    maximum = maximum.plus(weight.times(top));
  }
  return {
    metCount: counts.met,
    factorCount: options.factors.length,
    partialCount: counts.partial,
    notMetCount: counts.notMet,
    unknownCount: counts.unknown,
    score,
    maximum,
  };
}

// Shares are shown to four decimal places (half-up) for display only; bands compare exact values.
const SHARE_PLACES = 4;

/** The score as a share of its maximum, for display: four decimal places, half-up. @internal */
export function shareOf(tally: Pick<ReadinessTally, 'score' | 'maximum'>): string {
  if (tally.maximum.isZero()) return new Dec(0).toFixed(SHARE_PLACES);
  return tally.score.div(tally.maximum).toFixed(SHARE_PLACES, Dec.ROUND_HALF_UP);
}
