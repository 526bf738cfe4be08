/**
 * What the readiness area publishes under `practice-based-commissioning/policy` (frameworks, reference
 * datasets). Re-exported by `src/policy/index.ts`.
 *
 * @module
 */
export {};
