/**
 * Sources cited by the conflicts area's parameters, rules and reference data.
 *
 * @module
 */
import type { Source } from '../../core/parameters.js';

/** Sources for the conflicts area. @internal */
export const conflictsSources: readonly Source[] = [];
