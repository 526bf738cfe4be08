/**
 * `practice-based-commissioning/readiness`: see the readiness guide in `docs/guide/`.
 *
 * @module readiness
 */
export {};
