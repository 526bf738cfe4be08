/**
 * Parameters of the readiness area.
 *
 * @module
 */
import type { Parameter } from '../../core/parameters.js';

/** readiness parameters. @internal */
export const readinessParameters: readonly Parameter[] = [];
