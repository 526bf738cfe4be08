/**
 * `practice-based-commissioning/budgets`: see the budgets guide in `docs/guide/`.
 *
 * @module budgets
 */
export {};
