/**
 * `practice-based-commissioning/incentives`: see the incentives guide in `docs/guide/`.
 *
 * @module incentives
 */
export {};
