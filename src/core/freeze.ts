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
 * import { deepFreeze } from 'practice-based-commissioning/core';
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

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Whether a value and everything reachable from it is frozen (primitives are). Walked with an
 * explicit stack, each object once.
 * @internal
 */
export function isDeepFrozen(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    if (!Object.isFrozen(item)) return false;
    seen.add(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return true;
}

/**
 * A deep copy of plain data (arrays and plain objects; other values are kept as they are), reading
 * each property once, so that what the library validates is what it computes from and keeps: a
 * caller's getter runs once, and changing the original afterwards changes nothing. An own
 * `__proto__` key (or a key `Object.prototype` holds) is defined, never assigned, so it stays an own
 * key (to be refused, not obeyed); other keys are assigned, which keeps the copies fast-mode objects
 * (defining every key made each copy a slow dictionary). Holes in arrays stay holes; shared objects
 * stay shared and a cycle stays a cycle. Walked with an explicit stack, so deep data cannot overflow
 * the call stack. Subtrees that are already deep-frozen (the baseline policy, the reference tables)
 * are shared rather than copied.
 * @internal
 */
export function plainCopy<T>(value: T): T {
  return plainSnapshot(value, NO_KEYS).copy;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * {@link plainCopy}, noting on the way whether the copy might hold one of `keys` anywhere: `noted` is
 * true when a copied object has one as an own key, or when a deep-frozen subtree was shared rather
 * than walked (it was not looked at). When `noted` is false, no object of the copy holds any of
 * `keys` as an own key, so a search for them can be skipped. @internal
 */
export function plainSnapshot<T>(value: T, keys: ReadonlySet<string>): { readonly copy: T; readonly noted: boolean } {
  const copies = new Map<object, object>();
  let noted = false;
  const copyOf = (item: unknown): unknown => {
    if (typeof item !== 'object' || item === null) return item;
    const known = copies.get(item);
    if (known !== undefined) return known;
    if (!Array.isArray(item) && !isPlainObject(item)) return item;
    if (Object.isFrozen(item) && isDeepFrozen(item)) {
      noted = true;
      return item;
    }
    const copy: object = Array.isArray(item) ? new Array<unknown>(item.length) : Object.getPrototypeOf(item) === null ? (Object.create(null) as object) : {};
    copies.set(item, copy);
    pending.push([item, copy]);
    return copy;
  };
  const pending: [object, object][] = [];
  const root = copyOf(value);
  while (pending.length > 0) {
    // The loop runs only while the list is non-empty.
    const [original, copy] = pending.pop()!;
    for (const key of Object.keys(original)) {
      const item = copyOf((original as Record<string, unknown>)[key]);
      if (keys.has(key)) noted = true;
      if (key === '__proto__' || Object.hasOwn(Object.prototype, key)) {
        Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
      } else {
        (copy as Record<string, unknown>)[key] = item;
      }
    }
  }
  return { copy: root as T, noted };
}

/**
 * A deep-frozen copy of plain data that the library hands out or keeps: the caller's own objects are
 * never frozen (they are copied first), and deep-frozen subtrees are shared as they are.
 * @internal
 */
export function frozenCopy<T>(value: T): T {
  return deepFreeze(plainCopy(value));
}
