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
  // An explicit stack rather than recursion, so deeply nested data cannot overflow the call stack.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'object' && item !== null && !Object.isFrozen(item)) {
      Object.freeze(item);
      for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
    }
  }
  return value;
}
