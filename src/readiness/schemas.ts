/**
 * The readiness area's public zod schemas. Re-exported by `src/schemas/index.ts`.
 *
 * @module
 */
export {
  ReadinessBandSchema,
  ReadinessFactorSchema,
  ReadinessFrameworkSchema,
  ReadinessGroupSchema,
  ReadinessRecommendationSchema,
  ReadinessRiskSchema,
  ReadinessScaleSchema,
  ReadinessStatusSchema,
  ReadinessThresholdSchema,
} from '../policy/frameworks/framework-schema.js';
export {
  AssessReadinessInputSchema,
  ReadinessEvidenceItemSchema,
  ReadinessEvidenceSchema,
  ReadinessFrameworkIdSchema,
  ReadinessFrameworkRefSchema,
  ReadinessWeightSchema,
  ReadinessWeightsSchema,
} from './evidence-schema.js';
export { ComparableAssessmentSchema, CompareAssessmentsInputSchema } from './compare-assessments.js';
export { ReadinessFrameworkRevisionSchema, ReviseReadinessFrameworkInputSchema } from './revise-readiness-framework.js';
export {
  EntitlementBusinessCaseSchema,
  CheckEntitlementsInputSchema,
  EntitlementDataSchema,
  EntitlementHolderSchema,
  EntitlementSupportSchema,
} from './entitlements/entitlement-schema.js';
export { SurveyHeatMapInputSchema, SurveyHeatMapRowSchema } from './survey/survey-heat-map.js';
export { WccCompetencyIdSchema, WccEvidenceSchema, WccLevelSchema, WccRagSchema } from './wcc/wcc-schema.js';
export { WccRatingForPctInputSchema } from './wcc/wcc-rating-for-pct.js';
