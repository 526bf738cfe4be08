/**
 * `practice-based-commissioning/testing`: the policy test kit — policy cases as data, a runner that
 * says what differs and why, runner-agnostic helpers for vitest, jest and `node:test`, and the
 * library's own evidence — plus a seeded random generator for test data.
 *
 * @module testing
 */
export { createSeededRandom, type SeededRandom } from './random.js';
export type { PolicyCase } from './case.js';
export { policyEntryPoints, type PolicyEntryPoint } from './entry-points.js';
export {
  compareEvidence,
  runPolicyCase,
  runPolicyCases,
  type PolicyCaseDifference,
  type PolicyCaseResult,
  type RunPolicyCaseOptions,
} from './run-case.js';
export { assertPolicyCase, describePolicyCaseResult, policyCaseTests, type TestFunction } from './runner.js';
export { libraryEvidence } from './evidence.js';
export { fingerprintArea, generateArea, generatedEnglandPctCodes, type GenerateAreaOptions } from './generate/index.js';
export { syntheticTariffSample } from './synthetic-tariff.js';
export { sampleValeArea } from './sample-vale/area.js';
