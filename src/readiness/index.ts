/**
 * `practice-based-commissioning/readiness`: can PBC succeed in an area? Assessments against the
 * Audit Commission (2006, 2007), King's Fund (2008) and DH (2006, 2009) frameworks with scores,
 * ratings, gaps and the missing evidence that would change them; the 2009 entitlements as dated
 * checks; and a heat map of the DH/Ipsos MORI PBC surveys. The frameworks and the survey tables
 * themselves (and their types) are policy data, exported from `practice-based-commissioning/policy`. See the
 * readiness guide in `docs/guide/`.
 *
 * @module readiness
 */
export type { AssessReadinessInput, AssessReadinessOptions, ReadinessEvidenceItem, ReadinessFrameworkId } from './evidence-schema.js';
export type {
  ReadinessAssessment,
  ReadinessFactorResult,
  ReadinessFinding,
  ReadinessFindingCode,
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
export { compareAssessments, type ComparableAssessment, type CompareAssessmentsInput, type CompareAssessmentsOptions, type ReadinessComparison, type ReadinessComparisonSide, type ReadinessFactorChange } from './compare-assessments.js';
export { reviseReadinessFramework, type ReadinessFrameworkRevision, type ReviseReadinessFrameworkInput, type ReviseReadinessFrameworkOptions } from './revise-readiness-framework.js';
export { checkEntitlements, type EntitlementCheck, type EntitlementSummary } from './entitlements/check-entitlements.js';
export type { EntitlementFinding, EntitlementFindingCode, EntitlementOutcome, EntitlementRuleId } from './entitlements/entitlement-finding.js';
export type { CheckEntitlementsInput, CheckEntitlementsOptions, EntitlementBusinessCase, EntitlementHolder } from './entitlements/entitlement-schema.js';
export { surveyHeatMap, type SurveyHeatMap, type SurveyHeatMapCell, type SurveyHeatMapInput, type SurveyHeatMapOptions, type SurveyHeatMapRow } from './survey/survey-heat-map.js';
export {
  assessWccAssurance,
  type WccAssessment,
  type WccAssuranceYear,
  type WccCompetencyResult,
  type WccFinding,
  type WccFindingCode,
  type WccGap,
  type WccGovernanceResult,
  type WccMissingEvidence,
  type WccScore,
} from './wcc/assess-wcc-assurance.js';
export type { AssessWccAssuranceInput, AssessWccAssuranceOptions } from './wcc/wcc-schema.js';
export {
  compareWccWithNational,
  wccComparisonTable,
  type CompareWccWithNationalInput,
  type CompareWccWithNationalOptions,
  type WccComparisonRow,
  type WccNationalCell,
  type WccNationalComparison,
  type WccNationalPosition,
} from './wcc/compare-wcc-with-national.js';
export { wccRatingForPct, type WccPctRating, type WccRatingForPctInput, type WccRatingForPctOptions } from './wcc/wcc-rating-for-pct.js';
