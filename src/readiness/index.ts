/**
 * `practice-based-commissioning/readiness`: can PBC succeed in an area? Assessments against the
 * Audit Commission (2006, 2007), King's Fund (2008) and DH (2006, 2009) frameworks with scores,
 * ratings, gaps and the missing evidence that would change them; the 2009 entitlements as dated
 * checks; and a heat map of the DH/Ipsos MORI PBC surveys. The frameworks and the survey tables
 * themselves are policy data, exported from `practice-based-commissioning/policy`. See the
 * readiness guide in `docs/guide/`.
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
} from '../policy/frameworks/framework-schema.js';
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
export { checkEntitlements, type EntitlementCheck, type EntitlementSummary } from './entitlements/check-entitlements.js';
export type { EntitlementFinding, EntitlementOutcome, EntitlementRuleId } from './entitlements/entitlement-finding.js';
export type { EntitlementBusinessCase, EntitlementCheckInput, EntitlementHolder } from './entitlements/entitlement-schema.js';
export { surveyHeatMap, type SurveyHeatMap, type SurveyHeatMapCell, type SurveyHeatMapOptions, type SurveyHeatMapRow } from './survey/survey-heat-map.js';
