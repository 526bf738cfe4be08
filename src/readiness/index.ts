/**
 * `practice-based-commissioning/readiness`: can PBC succeed in an area? The Audit Commission
 * (2006, 2007), King's Fund (2008) and DH (2006, 2009) frameworks as data; assessments with scores,
 * ratings, gaps and the missing evidence that would change them; the 2009 entitlements as dated
 * checks; and the DH/Ipsos MORI PBC surveys as cited tables with a heat map. See the readiness
 * guide in `docs/guide/`.
 *
 * @module readiness
 */
export * from './schemas.js';
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
export type { AssessReadinessOptions, ReadinessEvidenceItem } from './evidence-schema.js';
export type {
  ReadinessAssessment,
  ReadinessFactorResult,
  ReadinessGap,
  ReadinessGroupResult,
  ReadinessIgnoredEvidence,
  ReadinessMissingEvidence,
  ReadinessRating,
  ReadinessRecommendationResult,
  ReadinessRiskResult,
  ReadinessScore,
} from './assessment-types.js';
export { assessReadiness } from './assess-readiness.js';
export { compareAssessments, type ComparableAssessment, type ReadinessComparison, type ReadinessComparisonSide, type ReadinessFactorChange } from './compare-assessments.js';
export { reviseReadinessFramework, type ReadinessFrameworkRevision } from './revise-readiness-framework.js';
export {
  ac2006EarlyLessons,
  ac2007PuttingCommissioningIntoPractice,
  dh2006UniversalCoverage,
  dh2009Entitlements,
  kf2008ReinvigorateReplaceOrAbandon,
  readinessFrameworks,
} from './frameworks/index.js';
export { checkEntitlements, type EntitlementCheck, type EntitlementSummary } from './entitlements/check-entitlements.js';
export type { EntitlementFinding, EntitlementOutcome, EntitlementRuleId } from './entitlements/entitlement-finding.js';
export type { EntitlementBusinessCase, EntitlementCheckInput, EntitlementHolder } from './entitlements/entitlement-schema.js';
export {
  pbcSurveyFigures,
  pbcSurveyMetrics,
  pbcSurveyWaves,
  type PbcSurveyFigure,
  type PbcSurveyMetric,
  type PbcSurveySeries,
  type PbcSurveyWave,
} from './survey/pbc-survey-tables.js';
export { surveyHeatMap, type SurveyHeatMap, type SurveyHeatMapCell, type SurveyHeatMapOptions, type SurveyHeatMapRow } from './survey/survey-heat-map.js';
