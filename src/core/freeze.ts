/**
 * Deep freezing, so shared data (the baseline policy, reference tables) cannot be changed by a
 * caller by accident.
 *
 * @module
 */

/**
 * Freezes an object and everything reachable from it, and returns it with a read-only type.
 *
 * @param value - plain data (objects and arrays)
 * @returns the same value, frozen
 * @category Validation
 * @example
 * ```ts
 * import { deepFreeze } from 'practice-based-commissioning';
 * const table = deepFreeze({ rows: [{ wave: 1, pct: 56 }] });
 * Object.isFrozen(table.rows[0]); //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
