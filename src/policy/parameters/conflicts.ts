/**
 * Parameters of the conflicts area.
 *
 * @module
 */
import type { Parameter } from '../../core/parameters.js';

/** conflicts parameters. @internal */
export const conflictsParameters: readonly Parameter[] = [];
