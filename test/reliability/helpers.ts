/**
 * Shared tools of the reliability suite: the run count, the output checker (no NaN, Infinity, -0 or
 * fraction of a penny anywhere), the "a PbcError or a clean result, nothing else" harness, a
 * prototype-pollution probe, and a fast-check arbitrary that mutates valid seed inputs into
 * malformed, extreme and hostile ones.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { ErrorCodes, isPbcError, type PbcError } from '../../src/index.js';

// Failures report the error itself, not only the counterexample.
fc.configureGlobal({ ...fc.readConfigureGlobal(), includeErrorInReport: true });

/** Generated inputs per property: 1,000 in the normal suite, 10,000 under `npm run test:fuzz`. */
export const FUZZ_RUNS = readRuns(process.env['FUZZ_RUNS']);

function readRuns(text: string | undefined): number {
  if (text === undefined || text === '') return 1000;
  const runs = Number(text);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive whole number, got ${JSON.stringify(text)}`);
  return runs;
}

/** A smaller count for properties whose single run is expensive (whole policies, big trees). */
export const HEAVY_RUNS = Math.max(50, Math.floor(FUZZ_RUNS / 10));

// Keys whose numbers are amounts of money: they must be whole pence. Matched on the key's own name.
const MONEY_KEY =
  /^(amount|budget|outturn|total|cost|totalCost|cap|excess|paidByBudget|price|unitPrice|savings|reference|pctDeficit|topUp|schemeValue|componentValue|floorValue|fairShare|historic|forecast|contingency|available|unallocated|released|notReleased|keptByPractice|carriedForward|outstanding|component1|component2)$|(Amount|Budget|Outturn|Total|Cost|Variance|variance|Underspend|underspend|Overspend|overspend|Share|Spend|Savings|Payable|payable|Due|Pending|Withheld|Receives|Keeps|Bears|Deficit|Claim|Released|Offset|Accessible|Declared|Charged|Repaid|Retained|Devolved|Pence|Cash|cash|ToDate|Outstanding|Resources|Value|Reference|Held|Excess)$|^(sumOfBudgets|sumBeforeControl|beforeControlTotal|budgetToDate|spendToDate|varianceToDate|cumulativeBudget|cumulativeForecast|forecastOutturn|forecastVariance|paid|due|pending|withheld|keeps|bears|lapsed|unspentFromPriorYear|freedUpResourcesOffset|tenderThreshold)$/;

/** Keys that look like money but are not (counts of patients, percentages, weights, dates). */
const NOT_MONEY_KEY = /^(count|listSize|registered|weighted|patients|weight|weights|value|difference|nationalValue|areaValue|marginPoints)$/;

/** Whether a key names an amount of money. */
export function isMoneyKey(key: string): boolean {
  return MONEY_KEY.test(key) && !NOT_MONEY_KEY.test(key);
}

/** One problem found in an output. */
export interface OutputProblem {
  readonly path: string;
  readonly problem: string;
}

/**
 * Walks any result (iteratively, so deep trees cannot overflow the stack) and reports every NaN,
 * ±Infinity, negative zero, fraction of a penny or non-safe integer in a money-named field, and
 * every string that shows a number gone wrong (`NaN`, `Infinity`, `[object Object]`).
 */
export function outputProblems(value: unknown, options: { readonly moneyKeys?: (key: string) => boolean; readonly checkText?: boolean } = {}): OutputProblem[] {
  const money = options.moneyKeys ?? isMoneyKey;
  const checkText = options.checkText ?? true;
  const problems: OutputProblem[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: string; key: string }[] = [{ value, path: '(result)', key: '' }];
  while (stack.length > 0) {
    // The loop runs only while the stack is non-empty.
    const { value: node, path, key } = stack.pop()!;
    if (typeof node === 'number') {
      if (Number.isNaN(node)) problems.push({ path, problem: 'NaN' });
      else if (!Number.isFinite(node)) problems.push({ path, problem: String(node) });
      else if (Object.is(node, -0)) problems.push({ path, problem: 'negative zero' });
      else if (money(key) && !Number.isSafeInteger(node)) problems.push({ path, problem: `money that is not whole pence: ${node}` });
    } else if (typeof node === 'string') {
      if (checkText && /\bNaN\b|\bInfinity\b|\[object Object\]/.test(node)) problems.push({ path, problem: `text shows a broken number: ${node.slice(0, 120)}` });
    } else if (typeof node === 'bigint' || typeof node === 'symbol') {
      problems.push({ path, problem: `not JSON: ${typeof node}` });
    } else if (typeof node === 'object' && node !== null) {
      if (seen.has(node)) continue;
      seen.add(node);
      if (Array.isArray(node)) node.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]`, key }));
      else for (const [childKey, child] of Object.entries(node)) stack.push({ value: child, path: `${path}.${childKey}`, key: childKey });
    }
  }
  return problems;
}

/** Fails the test with every output problem, if there are any. */
export function expectCleanOutput(value: unknown, what = 'result'): void {
  const problems = outputProblems(value);
  expect(problems, `${what} holds broken numbers: ${JSON.stringify(problems.slice(0, 5))}`).toEqual([]);
}

/** What a call did: returned a value, or raised a PbcError (or a documented known defect). Anything else fails the test. */
export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: PbcError } | { readonly ok: false; readonly knownDefect: unknown };

/** Checks that a PbcError is well formed: a known code, a message, issues with paths, JSON-safe. */
export function expectWellFormedError(error: PbcError): void {
  expect(Object.keys(ErrorCodes)).toContain(error.code);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeGreaterThan(0);
  expect(Array.isArray(error.issues)).toBe(true);
  // Plain loops, one assertion: an error may carry 100,000 issues (one per element of a huge array).
  const malformed = error.issues.filter(
    (issue) => !Array.isArray(issue.path) || !issue.path.every((segment) => typeof segment === 'string' || typeof segment === 'number') || typeof issue.message !== 'string',
  );
  expect(malformed.slice(0, 3), 'issues without a path of strings and numbers, or without a message').toEqual([]);
  expect(() => JSON.stringify(error)).not.toThrow();
}

/**
 * Runs `fn`: a returned value must be clean (see {@link outputProblems}) and JSON-serialisable; a
 * thrown value must be a well-formed PbcError. Any other exception (TypeError, RangeError, a stack
 * overflow) fails the test, naming the input.
 */
export function runGuarded(
  fn: () => unknown,
  describeInput: () => string = () => '',
  input?: unknown,
  tolerate?: (error: unknown) => boolean,
  checkText = true,
): Outcome {
  let value: unknown;
  try {
    value = fn();
  } catch (error) {
    if (!isPbcError(error) && tolerate?.(error) === true) return { ok: false, knownDefect: error };
    if (!isPbcError(error)) {
      const shown = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
      expect.fail(`expected a PbcError or a result, got ${shown.slice(0, 1500)}\ninput: ${describeInput().slice(0, 1500)}`);
    }
    expectWellFormedError(error);
    return { ok: false, error };
  }
  // A message may quote a NaN or Infinity that the caller sent; text is checked only for clean inputs.
  const problems = outputProblems(value, { checkText: checkText && (input === undefined || !holdsBrokenNumbers(input)) });
  if (problems.length > 0) expect.fail(`broken numbers in the result: ${JSON.stringify(problems.slice(0, 5))}\ninput: ${describeInput().slice(0, 1500)}`);
  return { ok: true, value };
}

/** Whether an input itself holds NaN, ±Infinity or text that names them (so a result may quote them). */
export function holdsBrokenNumbers(input: unknown): boolean {
  return outputProblems(input, { moneyKeys: () => false }).some((problem) => problem.problem !== 'negative zero') || /NaN|Infinity/.test(show(input));
}

/** A printable form of any generated input (BigInt, symbols and cycles included). */
export function show(value: unknown): string {
  const seen = new Set<object>();
  try {
    return (
      JSON.stringify(value, (_key, item: unknown) => {
        if (typeof item === 'bigint') return `${item}n`;
        if (typeof item === 'symbol' || typeof item === 'function') return String(item);
        if (item === undefined) return '(undefined)';
        if (typeof item === 'number' && !Number.isFinite(item)) return String(item);
        if (Object.is(item, -0)) return '-0';
        if (typeof item === 'object' && item !== null) {
          if (seen.has(item)) return '(cycle)';
          seen.add(item);
        }
        return item;
      }) ?? String(value)
    );
  } catch {
    return '(unprintable)';
  }
}

// ---------------------------------------------------------------------------------------------
// Prototype pollution
// ---------------------------------------------------------------------------------------------

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype] as const;

/** A snapshot of the built-in prototypes' own properties, to compare after hostile input. */
export function prototypeSnapshot(): string {
  return PROTOTYPES.map((prototype) =>
    Object.getOwnPropertyNames(prototype)
      .sort()
      .map((name) => {
        const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
        return `${name}:${typeof descriptor?.value}:${descriptor?.writable === true}`;
      })
      .join(','),
  ).join('|');
}

/** Fails if any built-in prototype gained, lost or changed a property, or `{}` inherits anything new. */
export function expectPrototypesUntouched(before: string): void {
  expect(prototypeSnapshot()).toBe(before);
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'isAdmin', 'x', 'value', 'amount', 'asOf', 'policy']) expect(probe[key], `Object.prototype.${key} was set`).toBeUndefined();
}

// ---------------------------------------------------------------------------------------------
// Hostile values and mutations of valid inputs
// ---------------------------------------------------------------------------------------------

/** Keys that attack prototypes or shadow built-ins. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then'] as const;

/** An object whose own keys include `key` (set with defineProperty, as JSON.parse does). */
export function withOwnKey(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(base)) Object.defineProperty(copy, name, { value: item, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A nested object or array `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number, kind: 'object' | 'array' = 'object'): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = kind === 'object' ? { a: value } : [value];
  return value;
}

const SAFE_TEXT = fc.string({ unit: fc.constantFrom(...'abcxyzABCXYZ0123456789 -_./:,£%é😀\u0000\n'.split('')), maxLength: 12 });

const isoDate = fc
  .record({ year: fc.integer({ min: 1985, max: 2015 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

const extremeNumber = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  1.005,
  0.1 + 0.2,
  1e-7,
  99.999,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER - 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  NaN,
  Infinity,
  -Infinity,
);

const hostileString = fc.constantFrom(
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'NaN'.toLowerCase(),
  '1e308',
  '-0',
  '0x10',
  '2007-02-29',
  '2008-02-29',
  '0000-01-01',
  '9999-12-31',
  '2007-13-01',
  '2007/08',
  '1999/00',
  '2007-04-01T00:00:00Z',
  ' 2007-04-01',
  '£1,234.567',
  'A81001',
  'a81001',
  '5ZZ',
  'x'.repeat(10_000),
  '\u0000',
  '\ud800',
);

/** A value that is out of place almost anywhere: extremes, wrong types, hostile text and shapes. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: extremeNumber },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noDefaultInfinity: false }) },
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: SAFE_TEXT },
  { weight: 3, arbitrary: isoDate },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [[]], [{}], { '': '' }) },
  // Moderate sizes keep the fuzz fast; hostile-json.test.ts sends the really big and deep ones.
  { weight: 1, arbitrary: fc.constantFrom('array', 'object').map((kind) => deeplyNested(200, kind as 'object' | 'array')) },
  { weight: 1, arbitrary: fc.constant(null).map(() => Array.from({ length: 500 }, (_, index) => index)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...HOSTILE_KEYS).map((key) => withOwnKey({}, key, { polluted: true, isAdmin: true })),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** One step of damage to an input tree. */
export type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'perturb'; readonly at: number; readonly delta: number; readonly factor: number }
  | { readonly kind: 'shiftDate'; readonly at: number; readonly days: number }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'duplicate'; readonly at: number }
  | { readonly kind: 'addKey'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'swap'; readonly at: number; readonly from: number };

const position = fc.nat({ max: 1_000_000 });

/** The mutations the fuzzer applies; numbers and dates are perturbed more often than replaced. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: position, value: hostileValue }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('perturb' as const),
      at: position,
      delta: fc.oneof(fc.integer({ min: -10, max: 10 }), fc.integer({ min: -1_000_000, max: 1_000_000 })),
      factor: fc.constantFrom(1, 1, 1, 0, -1, 2, 10, 1000, 0.5),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('shiftDate' as const), at: position, days: fc.oneof(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -2_000, max: 2_000 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: position }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('addKey' as const), at: position, key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), SAFE_TEXT), value: hostileValue }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: position, from: position }) },
);

type Path = readonly (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every path in a JSON-like tree (the root included), breadth first, bounded. */
export function pathsOf(tree: unknown, limit = 2_000): Path[] {
  const paths: Path[] = [];
  const queue: { value: unknown; path: Path }[] = [{ value: tree, path: [] }];
  for (let index = 0; index < queue.length && paths.length < limit; index += 1) {
    // index < queue.length
    const { value, path } = queue[index]!;
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, position) => queue.push({ value: item, path: [...path, position] }));
    else if (isRecord(value)) for (const [key, item] of Object.entries(value)) queue.push({ value: item, path: [...path, key] });
  }
  return paths;
}

function valueAt(tree: unknown, path: Path): unknown {
  let value = tree;
  for (const segment of path) value = (value as Record<string | number, unknown>)[segment];
  return value;
}

/** A shallow copy that keeps own `__proto__` keys as own data properties. */
function shallowCopy(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  if (isRecord(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return value;
}

/** Returns a copy of `tree` with the node at `path` transformed (copy on write; the seed is untouched). */
function updateAt(tree: unknown, path: Path, change: (node: unknown) => { readonly remove: true } | { readonly value: unknown }): unknown {
  if (path.length === 0) {
    const result = change(tree);
    return 'value' in result ? result.value : undefined;
  }
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = shallowCopy(tree) as Record<string | number, unknown> | unknown[];
  const child = (copy as Record<string | number, unknown>)[head];
  if (rest.length === 0) {
    const result = change(child);
    if ('remove' in result) {
      if (Array.isArray(copy)) copy.splice(head as number, 1);
      else delete (copy as Record<string | number, unknown>)[head];
    } else {
      Object.defineProperty(copy, head, { value: result.value, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }
  Object.defineProperty(copy, head, { value: updateAt(child, rest, change), enumerable: true, writable: true, configurable: true });
  return copy;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function shiftIsoDate(text: string, days: number): string {
  const match = ISO.exec(text);
  if (match === null) return text;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** Applies one mutation to a copy of `tree`. */
export function applyMutation(tree: unknown, step: Mutation): unknown {
  const paths = pathsOf(tree);
  // pathsOf always returns at least the root.
  const path = paths[step.at % paths.length]!;
  switch (step.kind) {
    case 'replace':
      return updateAt(tree, path, () => ({ value: step.value }));
    case 'perturb':
      return updateAt(tree, path, (node) => (typeof node === 'number' ? { value: node * step.factor + step.delta } : { value: node }));
    case 'shiftDate':
      return updateAt(tree, path, (node) => (typeof node === 'string' ? { value: shiftIsoDate(node, step.days) } : { value: node }));
    case 'delete':
      return path.length === 0 ? tree : updateAt(tree, path, () => ({ remove: true }));
    case 'duplicate':
      return updateAt(tree, path, (node) => (Array.isArray(node) && node.length > 0 ? { value: [...node, node[step.at % node.length]] } : { value: node }));
    case 'addKey':
      return updateAt(tree, path, (node) => (isRecord(node) ? { value: withOwnKey(node, step.key, step.value) } : { value: node }));
    default: {
      // 'swap': put another node's value here (type confusion within realistic values).
      const from = paths[step.from % paths.length]!;
      const value = valueAt(tree, from);
      return updateAt(tree, path, () => ({ value }));
    }
  }
}

/** Mutated copies of a seed: between one and `max` mutations applied in turn. */
export function mutatedArgs(seeds: readonly (readonly unknown[])[], max = 3): fc.Arbitrary<unknown[]> {
  return fc
    .record({ seed: fc.constantFrom(...seeds), steps: fc.array(mutation, { minLength: 0, maxLength: max }) })
    .map(({ seed, steps }) => steps.reduce<unknown>((tree, step) => applyMutation(tree, step), [...seed]) as unknown[])
    .map((args) => (Array.isArray(args) ? args : [args]));
}
