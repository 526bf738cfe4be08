/**
 * Tools shared by the hostile-input suites (holes, changing getters, overflow): the entry points
 * with seeds (the registry's, plus the scenario functions on a small generated area), copies of a
 * seed with one node made hostile, and checks on outputs (no holes, no NaN, no five-digit year).
 */
import { expect } from 'vitest';
import { compareScenarios, evaluateArea, type PbcError } from '../../src/index.js';
import { generateArea } from '../../src/testing/index.js';
import { fuzzedEntryPoints, type FuzzedEntryPoint } from './entry-points.js';
import { FUZZ_RUNS, pathsOf } from './helpers.js';

/** Runs for these properties: each run evaluates a seed, some of them a whole area. */
export const HOSTILE_RUNS = Math.max(20, Math.floor(FUZZ_RUNS / 5));

/** A small area (one PCT) for the scenario entry points. */
export const smallArea = (): unknown => JSON.parse(JSON.stringify(generateArea({ seed: 7, scope: { pct: '5A0' }, financialYear: '2008/09' }))) as unknown;

const AREA = smallArea();

/** Every entry point with seeds: the registry's, and evaluateArea and compareScenarios on a small area. */
export const seededEntryPoints: readonly FuzzedEntryPoint[] = [
  ...fuzzedEntryPoints.filter((entry) => entry.seeds.length > 0),
  { name: 'evaluateArea', area: 'testing', call: (args) => evaluateArea(args[0] as never, { asOf: '2009-06-30', explanations: false }), seeds: [[AREA]] },
  {
    name: 'compareScenarios',
    area: 'testing',
    call: (args) => compareScenarios(args[0] as never, { reform: { id: 'eighty', label: '80% FUR', parameters: { 'fur.practiceShare': [{ from: '2008-04-01', value: '0.8' }] } } as never, asOf: '2009-06-30' }),
    seeds: [[AREA]],
  },
];

type Path = readonly (string | number)[];

/** A deep copy of plain data (functions and frozen objects become plain, mutable copies). */
export function copyOf<T>(value: T): T | undefined {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}

/** The node at `path`. */
export function nodeAt(tree: unknown, path: Path): unknown {
  let node = tree;
  for (const segment of path) node = (node as Record<string | number, unknown>)[segment];
  return node;
}

/** The paths of every non-empty array in a tree, and of every leaf (number, string, boolean). */
export function arrayAndLeafPaths(tree: unknown): { readonly arrays: Path[]; readonly leaves: Path[] } {
  const arrays: Path[] = [];
  const leaves: Path[] = [];
  for (const path of pathsOf(tree, 20_000)) {
    const node = nodeAt(tree, path);
    if (Array.isArray(node) && node.length > 0) arrays.push(path);
    else if (path.length > 0 && (typeof node === 'number' || typeof node === 'string' || typeof node === 'boolean')) leaves.push(path);
  }
  return { arrays, leaves };
}

/** Every hole in an output, as a path (arrays returned with missing elements). */
export function holesIn(value: unknown): string[] {
  const holes: string[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: string }[] = [{ value, path: '(result)' }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        if (!Object.hasOwn(node, index)) holes.push(`${path}[${index}]`);
        else stack.push({ value: node[index], path: `${path}[${index}]` });
      }
    } else {
      for (const [key, child] of Object.entries(node)) stack.push({ value: child, path: `${path}.${key}` });
    }
  }
  return holes;
}

/** Every string in a value (an output, or an error's message and issues). */
export function stringsIn(value: unknown): string[] {
  const strings: string[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') strings.push(node);
    else if (typeof node === 'object' && node !== null && !seen.has(node)) {
      seen.add(node);
      for (const child of Object.values(node)) stack.push(child);
    }
  }
  return strings;
}

const FIVE_DIGIT_YEAR = /(?<![\d.])\d{5,}-\d{2}-\d{2}\b/;
const BROKEN_DATE = /NaN-|-NaN|\bNaN\b/;

/** Fails when any string shows a broken date: NaN, or a year of five digits or more. */
export function expectNoBrokenDates(value: unknown, what: string): void {
  const bad = stringsIn(value).filter((text) => FIVE_DIGIT_YEAR.test(text) || BROKEN_DATE.test(text));
  expect(bad.slice(0, 3), `${what} shows a broken date`).toEqual([]);
}

/** Fails unless the error names at least one field (a non-empty path) and the rule it breaks. */
export function expectNamedIssue(error: PbcError, what: string): void {
  const named = error.issues.filter((issue) => issue.path.length > 0 && typeof issue.rule === 'string' && issue.rule.length > 0);
  expect(named.length, `${what}: ${error.code} "${error.message.slice(0, 200)}" names no field and rule (issues: ${JSON.stringify(error.issues.slice(0, 3))})`).toBeGreaterThan(0);
}
