/**
 * What the readiness area publishes under `practice-based-commissioning/policy`: the readiness
 * frameworks as data and the DH/Ipsos MORI PBC survey tables. Re-exported by `src/policy/index.ts`.
 *
 * @module
 */
export {
  ac2006EarlyLessons,
  ac2007PuttingCommissioningIntoPractice,
  dh2006UniversalCoverage,
  dh2009Entitlements,
  kf2008ReinvigorateReplaceOrAbandon,
  readinessFrameworks,
} from '../../readiness/frameworks/index.js';
export { pbcSurveyFigures, pbcSurveyMetrics, pbcSurveyWaves, type PbcSurveyFigure, type PbcSurveyMetric, type PbcSurveySeries, type PbcSurveyWave } from '../../readiness/survey/pbc-survey-tables.js';
export type { ReadinessFramework } from '../../readiness/framework-schema.js';
