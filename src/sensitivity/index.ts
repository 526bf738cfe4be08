/**
 * `practice-based-commissioning/sensitivity`: which figures depend on what nobody knows.
 * `analyseSensitivity(area, { asOf })` re-evaluates an area's year once per alternative of every
 * disputed or unconfirmed parameter the evaluation read and ranks the parameters by the change they
 * cause; `analysePolicySensitivity({ run, figures })` asks the same of any function of the policy (one
 * practice's DES payment, one budget's year end); `renderSensitivity` prints a short "how sure are
 * we?" summary. The options' zod schemas are in `practice-based-commissioning/schemas`; the tornado
 * chart is `sensitivityChart` in `practice-based-commissioning/charts`. See the uncertainty guide.
 *
 * @module sensitivity
 */
export {
  analysePolicySensitivity,
  type PolicySensitivityInput,
  type PolicySensitivityOptions,
  type SensitivityAnalysis,
  type SensitivityFindingCode,
  type SensitivityRanking,
  type SensitivityRow,
  type SensitivityUnexamined,
} from './analyse-policy-sensitivity.js';
export { SENSITIVITY_HEADLINE_FIGURES, analyseSensitivity, type AnalyseSensitivityInput, type AnalyseSensitivityOptions } from './analyse-sensitivity.js';
export { type SensitivityFigure } from './schemas.js';
export { renderSensitivity, type RenderSensitivityOptions } from './render-sensitivity.js';
