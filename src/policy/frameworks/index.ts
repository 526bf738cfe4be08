/**
 * The built-in readiness frameworks, gathered and frozen.
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import type { ReadinessFramework } from './framework-schema.js';
import { ac2006EarlyLessons } from './ac2006-early-lessons.js';
import { ac2007PuttingCommissioningIntoPractice } from './ac2007-putting-commissioning-into-practice.js';
import { dh2006UniversalCoverage } from './dh2006-universal-coverage.js';
import { dh2009Entitlements } from './dh2009-entitlements.js';
import { kf2008ReinvigorateReplaceOrAbandon } from './kf2008-reinvigorate-replace-or-abandon.js';

export type {
  ReadinessBand,
  ReadinessFactor,
  ReadinessFramework,
  ReadinessGroup,
  ReadinessRecommendation,
  ReadinessRisk,
  ReadinessScale,
  ReadinessStatus,
  ReadinessThreshold,
} from './framework-schema.js';
export {
  wccAssuranceFramework,
  type WccAssuranceFramework,
  type WccCompetency,
  type WccCompetencyId,
  type WccGovernanceAreaId,
  type WccItem,
  type WccRag,
} from './wcc2008-world-class-commissioning.js';
export { ac2006EarlyLessons, ac2007PuttingCommissioningIntoPractice, dh2006UniversalCoverage, dh2009Entitlements, kf2008ReinvigorateReplaceOrAbandon };

/**
 * The readiness frameworks the sources give, as frozen data, each valid under
 * `ReadinessFrameworkSchema` (in `/schemas`):
 * - `AC2006`: Audit Commission, *Early lessons* (six key areas, 36-question board checklist, three risks);
 * - `AC2007`: Audit Commission, *Putting commissioning into practice* (five factors; ready when all five are in place);
 * - `KF2008`: King's Fund, *Reinvigorate, replace or abandon?* (seven factors, three lessons, three objectives);
 * - `DH2006`: DH universal coverage (four criteria, 1 or 0; covered when all four hold);
 * - `DH2009`: DH's 2009 entitlements (dated checks from March 2009).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { readinessFrameworks } from 'practice-based-commissioning/policy';
 * Object.keys(readinessFrameworks); //=> ['AC2006', 'AC2007', 'KF2008', 'DH2006', 'DH2009']
 * readinessFrameworks.AC2007.rating.bands.map((band) => band.id); //=> ['all_in_place', 'some_in_place', 'few_in_place']
 * ```
 */
export const readinessFrameworks: {
  readonly AC2006: ReadinessFramework;
  readonly AC2007: ReadinessFramework;
  readonly KF2008: ReadinessFramework;
  readonly DH2006: ReadinessFramework;
  readonly DH2009: ReadinessFramework;
} = deepFreeze({
  AC2006: ac2006EarlyLessons,
  AC2007: ac2007PuttingCommissioningIntoPractice,
  KF2008: kf2008ReinvigorateReplaceOrAbandon,
  DH2006: dh2006UniversalCoverage,
  DH2009: dh2009Entitlements,
});
