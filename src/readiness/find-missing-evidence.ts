/**
 * The missing evidence that would change the rating: for each scored factor with no evidence, the
 * rating it would give if shown to be in place, and the rating if every unknown factor were — the
 * "missing inputs" a caller should look for first (the Publicodes habit, STYLE.md).
 *
 * @module
 */
import type { ReadinessMissingEvidence } from './assessment-types.js';
import type { ReadinessFactor, ReadinessFramework, ReadinessStatus } from '../policy/frameworks/framework-schema.js';
import { bandForTally, type ResolvedBand } from './rate-readiness.js';
import { tallyReadiness, type ReadinessPoints } from './score-readiness.js';
import { metStatusOf } from './statuses.js';
import type { Dec } from '../core/decimal.js';

/** What the missing evidence could do to the rating. @internal */
export interface MissingReadinessEvidence {
  readonly missing: readonly ReadinessMissingEvidence[];
  readonly bandIfAllUnknownMet: ResolvedBand;
}

/**
 * For each unknown scored factor, the band reached if it alone were met; and the band if all were.
 * @internal
 */
export function findMissingReadinessEvidence(options: {
  readonly framework: ReadinessFramework;
  readonly scored: readonly ReadinessFactor[];
  readonly statusOf: (factorId: string) => ReadinessStatus;
  readonly weightOf: (factorId: string) => Dec;
  readonly points: ReadinessPoints;
  readonly bands: readonly ResolvedBand[];
  readonly current: ResolvedBand;
}): MissingReadinessEvidence {
  const { framework, scored, statusOf, weightOf, points, bands, current } = options;
  const measure = framework.rating.measure;
  const unknown = scored.filter((factor) => statusOf(factor.id) === 'unknown');
  const bandIf = (nowMet: readonly ReadinessFactor[]): ResolvedBand => {
    const supposed = new Map<string, ReadinessStatus>(nowMet.map((factor) => [factor.id, metStatusOf(factor.scale)]));
    const tally = tallyReadiness({ factors: scored, statusOf: (id) => supposed.get(id) ?? statusOf(id), weightOf, points });
    return bandForTally(bands, measure, tally);
  };
  const missing = unknown.map((factor) => {
    const band = bandIf([factor]);
    return {
      factorId: factor.id,
      label: factor.label,
      group: factor.group ?? null,
      placeholder: factor.placeholder === true,
      ratingIfMet: band.band.id,
      raisesRating: band.rank < current.rank,
    };
  });
  return { missing, bandIfAllUnknownMet: bandIf(unknown) };
}
