/**
 * The ready-made reforms: changes to the baseline policy that someone proposed, as data, to apply
 * with `applyReform(baselinePolicy, reform)` or `compareScenarios`.
 *
 * @module
 */
export { realBudgetsForElectiveCareReform } from './real-budgets-for-elective-care.js';
