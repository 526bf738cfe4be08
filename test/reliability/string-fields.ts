/**
 * Where the strings of an entry point's seed arguments are, and a copy of the arguments with one of
 * them replaced: how the hostile-text and long-string properties reach every string field.
 */

/** The paths of every string inside a value (at most 500, at most 12 levels deep). */
export function stringPaths(value: unknown, path: (string | number)[] = [], found: (string | number)[][] = [], depth = 0): (string | number)[][] {
  if (typeof value === 'string') found.push(path);
  else if (typeof value === 'object' && value !== null && depth < 12 && found.length < 500) {
    for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) stringPaths(item, [...path, key], found, depth + 1);
  }
  return found;
}

/**
 * A deep copy of the arguments with the string at `path` replaced by `replace(original)` — or, with
 * `asKey`, a new key of that text beside it holding the same value. `undefined` when the arguments
 * cannot be copied.
 */
export function withStringAt(args: readonly unknown[], path: readonly (string | number)[], replace: (original: string) => string, asKey = false): unknown[] | undefined {
  let copy: unknown[];
  try {
    copy = structuredClone([...args]);
  } catch {
    return undefined;
  }
  let parent: unknown = copy;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
  // path is never empty: the arguments are a list, so every string in them is inside it.
  const last = path.at(-1)!;
  const record = parent as Record<string | number, unknown>;
  const original = String(record[last]);
  if (asKey && !Array.isArray(record)) record[replace(original)] = record[last];
  else record[last] = replace(original);
  return copy;
}
