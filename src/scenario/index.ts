/**
 * Whole-area evaluation and policy scenarios: `evaluateArea` and `compareScenarios`.
 *
 * @module
 */
export {};
