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
export { AssessReadinessOptionsSchema, ReadinessEvidenceItemSchema, ReadinessEvidenceSchema, ReadinessWeightSchema } from './evidence-schema.js';
export { ComparableAssessmentSchema } from './compare-assessments.js';
export { ReadinessFrameworkRevisionSchema } from './revise-readiness-framework.js';
export {
  EntitlementBusinessCaseSchema,
  EntitlementCheckInputSchema,
  EntitlementDataSchema,
  EntitlementHolderSchema,
  EntitlementSupportSchema,
} from './entitlements/entitlement-schema.js';
export { SurveyHeatMapOptionsSchema, SurveyHeatMapRowSchema } from './survey/survey-heat-map.js';
