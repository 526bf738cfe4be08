/**
 * Sources cited by the readiness area's parameters, rules and reference data.
 *
 * @module
 */
import type { Source } from '../../core/parameters.js';

/** Sources for the readiness area. @internal */
export const readinessSources: readonly Source[] = [];
