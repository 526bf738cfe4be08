/**
 * Sources cited by the budgets area's parameters, rules and reference data.
 *
 * @module
 */
import type { Source } from '../../core/parameters.js';

/** Sources for the budgets area. @internal */
export const budgetsSources: readonly Source[] = [];
