/**
 * What each status means on each scale: which statuses a scale accepts, which count as met, and
 * which points parameter scores them. Governance fact sheet, model implications A (met 1,
 * partial 0.5, not met or unknown 0) and B (barrier, neutral, enabler).
 *
 * @module
 */
import type { ReadinessScale, ReadinessStatus } from '../policy/frameworks/framework-schema.js';

/** The statuses each scale accepts (`unknown` always). @internal */
export const statusesOfScale: Readonly<Record<ReadinessScale, readonly ReadinessStatus[]>> = {
  'met-partial-not-met': ['met', 'partial', 'not_met', 'unknown'],
  'met-not-met': ['met', 'not_met', 'unknown'],
  'enabler-neutral-barrier': ['enabler', 'neutral', 'barrier', 'unknown'],
};

/** The status that means "in place" on a scale. @internal */
export function metStatusOf(scale: ReadinessScale): ReadinessStatus {
  return scale === 'enabler-neutral-barrier' ? 'enabler' : 'met';
}

/**
 * The class of a status for scoring and counting: an enabler scores as met, neutral as partial,
 * a barrier as not met (INFERRED equivalence, see the readiness guide).
 * @internal
 */
export type StatusClass = 'met' | 'partial' | 'notMet' | 'unknown';

/** The class of a status. @internal */
export function classOfStatus(status: ReadinessStatus): StatusClass {
  switch (status) {
    case 'met':
    case 'enabler':
      return 'met';
    case 'partial':
    case 'neutral':
      return 'partial';
    case 'not_met':
    case 'barrier':
      return 'notMet';
    default:
      return 'unknown';
  }
}
