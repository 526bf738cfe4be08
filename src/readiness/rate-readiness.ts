/**
 * The rating: the first band, best first, whose threshold the measure reaches. Thresholds are
 * fixed in the framework or read from dated parameters (recorded in the explanation). Governance
 * fact sheet, model implications B (AC2007: all five met = all in place; 2–4 some; 0–1 few).
 *
 * @module
 */
import { Dec } from '../core/decimal.js';
import type { ExplanationBuilder } from '../core/explanation.js';
import type { ReadinessBand, ReadinessFramework } from '../policy/frameworks/framework-schema.js';
import type { ReadinessTally } from './score-readiness.js';

/** A band with its threshold resolved to a number. @internal */
export interface ResolvedBand {
  readonly band: ReadinessBand;
  readonly rank: number;
  /** `null` for "all scored factors met". */
  readonly threshold: Dec | null;
}

/**
 * Resolves every band's threshold, reading parameter thresholds through the builder (a count for
 * `met-count`, a ratio for `score-share`).
 * @internal
 */
export function resolveReadinessBands(framework: ReadinessFramework, step: ExplanationBuilder): ResolvedBand[] {
  return framework.rating.bands.map((band, rank) => {
    const { threshold } = band;
    if ('all' in threshold) return { band, rank, threshold: null };
    if ('value' in threshold) return { band, rank, threshold: new Dec(String(threshold.value)) };
    const value = framework.rating.measure === 'met-count' ? new Dec(step.integer(threshold.parameter)) : new Dec(step.ratio(threshold.parameter));
    return { band, rank, threshold: value };
  });
}

/** Whether a tally reaches a band. @internal */
export function reachesBand(resolved: ResolvedBand, measure: ReadinessFramework['rating']['measure'], tally: ReadinessTally): boolean {
  if (resolved.threshold === null) return tally.factorCount > 0 && tally.metCount === tally.factorCount;
  // Shares are compared without division: score ≥ threshold × maximum.
  const measured = measure === 'met-count' ? new Dec(tally.metCount) : tally.score;
  const target = measure === 'met-count' ? resolved.threshold : resolved.threshold.times(tally.maximum);
  return resolved.band.comparison === 'more-than' ? measured.greaterThan(target) : measured.greaterThanOrEqualTo(target);
}

/**
 * The band a tally falls in: the first reached, else the last (the framework schema guarantees the
 * last band is a catch-all, so it is reached by any tally).
 * @internal
 */
export function bandForTally(bands: readonly ResolvedBand[], measure: ReadinessFramework['rating']['measure'], tally: ReadinessTally): ResolvedBand {
  for (const resolved of bands.slice(0, -1)) {
    if (reachesBand(resolved, measure, tally)) return resolved;
  }
  // Non-null: ReadinessFrameworkSchema requires at least one band, the last a catch-all.
  return bands[bands.length - 1] as ResolvedBand;
}

/** Describes a band's test in plain English, for the explanation. @internal */
export function describeBand(resolved: ResolvedBand, measure: ReadinessFramework['rating']['measure']): string {
  const comparison = resolved.band.comparison === 'more-than' ? 'more than' : 'at least';
  if (resolved.threshold === null) return `"${resolved.band.id}": every scored factor met`;
  if (measure === 'met-count') return `"${resolved.band.id}": ${comparison} ${resolved.threshold.toString()} factors met`;
  return `"${resolved.band.id}": score ${comparison} ${resolved.threshold.toString()} of its maximum`;
}
