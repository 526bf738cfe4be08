/**
 * Sources cited by the incentives area's parameters, rules and reference data.
 *
 * @module
 */
import type { Source } from '../../core/parameters.js';

/** Sources for the incentives area. @internal */
export const incentivesSources: readonly Source[] = [];
