/**
 * Validation at the edge: parse unknown data with a zod schema and raise one {@link PbcError}
 * listing every issue.
 *
 * @module
 */
import type { z } from 'zod';
import { ErrorCodes, PbcError, printable, printablePath, fieldName, type ErrorCode, type PbcIssue } from './errors.js';
import { plainSnapshot } from './freeze.js';
import { shortText } from './text.js';

/** How much of one issue's message an error's summary repeats (the issue itself keeps it whole). */
const MAX_ISSUE_MESSAGE_LENGTH = 300;

/**
 * Turns zod issues into the library's {@link PbcIssue} form (path, message, the zod code as the rule).
 * @internal
 */
export function issuesFromZod(error: z.ZodError): PbcIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    message: issue.message,
    rule: issue.code,
  }));
}

/** How many onParsedInput calls are running (they nest; everything here is synchronous). */
let trustedDepth = 0;

/**
 * Runs `run` with {@link parseInput} trusting its input's form: for a caller that builds a rule's
 * input from data it has itself parsed with `parseInput` (whole-area evaluation parses the area once
 * with `ScenarioAreaSchema`, then calls the rules on the parsed data). The input is then not copied,
 * searched for reserved keys or cleaned of `-0` again (the parse already did all three); the schema
 * itself, with its cross-field checks, still runs. Synchronous only: the scope ends when `run`
 * returns or throws.
 *
 * @internal
 */
export function onParsedInput<T>(run: () => T): T {
  trustedDepth += 1;
  try {
    return run();
  } finally {
    trustedDepth -= 1;
  }
}

/**
 * Parses `input` with a zod schema. On failure raises **one** {@link PbcError} (code
 * `INVALID_INPUT` unless another is given) whose `issues` list every problem, each with its path;
 * the message names the first few so that a log line is useful on its own.
 *
 * @param schema - any zod schema (all the library's input schemas are exported from `./schemas`)
 * @param input - untrusted data, e.g. parsed JSON
 * @param what - what the input is, for the message (e.g. `'business case'`)
 * @param code - the error code to raise (default `INVALID_INPUT`)
 * @returns the parsed, typed value
 * @throws PbcError with every issue (`INVALID_INPUT` too when `schema` is not a zod schema)
 * @category Validation
 * @example
 * ```ts
 * import { parseInput } from 'practice-based-commissioning/core';
 * import { IsoDateSchema } from 'practice-based-commissioning/schemas';
 * parseInput(IsoDateSchema, '2006-04-01', 'asOf'); //=> '2006-04-01'
 * parseInput(IsoDateSchema, '2006-13-01', 'asOf'); // throws PbcError INVALID_INPUT
 * ```
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  what = 'input',
  code: ErrorCode = 'INVALID_INPUT',
): z.output<Schema> {
  if (typeof (schema as { safeParse?: unknown } | null | undefined)?.safeParse !== 'function') {
    throw new PbcError('INVALID_INPUT', `parseInput needs a zod schema, got ${printable(schema)}`, { issues: [{ path: ['schema'], message: 'must be a zod schema' }] });
  }
  // One reading of the caller's data: every getter runs once, and what is checked is what is used.
  // Inside onParsedInput the caller built the input from data it has already copied and cleaned.
  const trusted = trustedDepth > 0;
  let snapshot = input;
  if (!trusted) {
    // The copy notes whether a reserved key may be anywhere in it; only then is it searched for one.
    const taken = plainSnapshot(input, RESERVED_KEY_SET);
    snapshot = taken.copy;
    if (taken.noted) refuseReservedKeys(snapshot, what, code);
  }
  const result = schema.safeParse(snapshot);
  if (result.success) return trusted ? result.data : withoutNegativeZero(result.data);
  const codes: ErrorCode[] = [];
  const issues: PbcIssue[] = result.error.issues.map((entry) => {
    // A custom issue may carry its rule id and error code in its params (see `issue`).
    const params = entry.code === 'custom' ? (entry.params as { rule?: unknown; code?: unknown } | undefined) : undefined;
    codes.push(typeof params?.code === 'string' && params.code in ErrorCodes ? (params.code as ErrorCode) : code);
    return {
      path: entry.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
      message: entry.message,
      rule: typeof params?.rule === 'string' ? params.rule : entry.code,
    };
  });
  const first = codes[0]!;
  const raised = codes.every((each) => each === first) ? first : code;
  return raise(new PbcError(raised, `invalid ${shortText(fieldName(what, 'input'))}: ${describeIssues(issues)}`, { issues }));
}

/**
 * The text of a list of issues for an error's message: the first three as `path: message` (the root
 * as `(root)`), joined with "; ", then how many more there are. Every area's errors use it.
 * @internal
 */
export function describeIssues(issues: readonly PbcIssue[]): string {
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length === 0 ? '(root)' : printablePath(issue.path)}: ${shortText(issue.message, MAX_ISSUE_MESSAGE_LENGTH)}`)
    .join('; ');
  return `${shown}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`;
}

/**
 * Keys no input may hold: a JSON document carries `__proto__` as an own key, and zod's records and
 * loose objects drop it without a word, so a reform, a weight or a case's expectation would vanish
 * silently. It is refused instead, wherever it appears.
 * @internal
 */
export const RESERVED_KEYS: readonly string[] = Object.freeze(['__proto__']);

const RESERVED_KEY_SET: ReadonlySet<string> = new Set(RESERVED_KEYS);

/** The rule a reserved key breaks. @internal */
export const RESERVED_KEY_RULE = 'input.noReservedKeys';

// Deeper than any schema (policy cases allow JSON 200 levels deep); past it nothing is read as data.
const MAX_RESERVED_KEY_DEPTH = 256;
// An error lists this many reserved keys at most.
const MAX_RESERVED_KEY_ISSUES = 20;

interface Visit {
  readonly value: unknown;
  readonly key: string | number | null;
  readonly parent: Visit | null;
  readonly depth: number;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at !== null && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Every reserved key (see {@link RESERVED_KEYS}) held as an own property anywhere in plain input
 * data, as issues naming its path and the rule. Data properties only (a getter is not data); each
 * object is looked at once; iterative, so deep input cannot overflow the stack.
 * @internal
 */
export function reservedKeyIssues(input: unknown, prefix: readonly (string | number)[] = []): PbcIssue[] {
  const issues: PbcIssue[] = [];
  const seen = new Set<object>();
  const stack: Visit[] = [{ value: input, key: null, parent: null, depth: 0 }];
  while (stack.length > 0 && issues.length < MAX_RESERVED_KEY_ISSUES) {
    // The loop runs only while the stack is non-empty.
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value !== 'object' || value === null || seen.has(value) || visit.depth > MAX_RESERVED_KEY_DEPTH) continue;
    seen.add(value);
    const prototype: unknown = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) continue;
    for (const key of RESERVED_KEYS) {
      if (Object.hasOwn(value, key)) {
        issues.push({ path: [...prefix, ...pathOf(visit), key], message: `"${key}" is a reserved key and cannot be used as a field or id`, rule: RESERVED_KEY_RULE });
      }
    }
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor && typeof descriptor.value === 'object' && descriptor.value !== null) {
        stack.push({ value: descriptor.value, key: Array.isArray(value) ? Number(key) : key, parent: visit, depth: visit.depth + 1 });
      }
    }
  }
  return issues;
}

/**
 * Raises one PbcError (`code`, default `INVALID_INPUT`) when plain input data holds a reserved key
 * anywhere, each issue naming its path and the rule `input.noReservedKeys`.
 * @internal
 */
export function refuseReservedKeys(input: unknown, what = 'input', code: ErrorCode = 'INVALID_INPUT', prefix: readonly (string | number)[] = []): void {
  const issues = reservedKeyIssues(input, prefix);
  if (issues.length > 0) raise(new PbcError(code, `invalid ${fieldName(what, 'input')}: ${describeIssues(issues)}`, { issues }));
}

function raise(error: PbcError): never {
  throw error;
}

/** Deeper than any of the library's schemas nests. @internal */
const MAX_SCHEMA_DEPTH = 64;

/**
 * The same value with every negative zero replaced by zero, copying only the objects and arrays on
 * the way to one (so the common case, none at all, returns the value itself). JSON cannot tell −0
 * from 0, and no result of the library may hold −0, so a −0 that a schema accepted (it is a whole
 * number) is read as 0. Frozen objects (the baseline policy, reference tables) are left as they are.
 * @internal
 */
export function withoutNegativeZero<T>(value: T, depth = 0): T {
  if (typeof value === 'number') return (Object.is(value, -0) ? 0 : value) as T;
  // Past any depth a schema defines, data is an unvalidated pass-through (a loose object's extra
  // field): left alone, so a hostile document nested 100,000 deep cannot overflow the stack.
  if (typeof value !== 'object' || value === null || depth > MAX_SCHEMA_DEPTH) return value;
  // A frozen container (zod's `.readonly()` output, a frozen table) is walked too; if it holds −0 it
  // is replaced by a frozen copy, so it stays read-only and no −0 gets through.
  const frozen = Object.isFrozen(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const cleaned = withoutNegativeZero(item, depth + 1);
      if (!Object.is(cleaned, item)) {
        copy ??= [...value];
        copy[index] = cleaned;
      }
    });
    return (copy === undefined ? value : frozen ? Object.freeze(copy) : copy) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const cleaned = withoutNegativeZero(item, depth + 1);
    if (!Object.is(cleaned, item)) {
      copy ??= { ...(value as Record<string, unknown>) };
      Object.defineProperty(copy, key, { value: cleaned, enumerable: true, writable: true, configurable: true });
    }
  }
  return (copy === undefined ? value : frozen ? Object.freeze(copy) : copy) as T;
}

/**
 * A zod custom issue carrying a rule id (and optionally an error code) in its params, for a schema's
 * `superRefine`; `parseInput`'s callers read `params.rule` and `params.code` back.
 * @internal
 */
export function issue(
  path: (string | number)[],
  message: string,
  rule: string,
  code: ErrorCode = 'INVALID_INPUT',
): { code: 'custom'; path: (string | number)[]; message: string; params: { rule: string; code: ErrorCode } } {
  return { code: 'custom', path, message, params: { rule, code } };
}

/**
 * A problem found after parsing (a cross-field check): where, what, which rule, and the error code
 * it calls for (default the caller's).
 * @internal
 */
export interface CheckedIssue extends PbcIssue {
  readonly code?: ErrorCode;
}

/**
 * Raises one {@link PbcError} for every issue found after parsing (nothing when there are none): its
 * code is the issues' code when they agree, otherwise `code`; its rule is the issues' rule when
 * there is only one.
 * @internal
 */
export function raiseIssues(issues: readonly CheckedIssue[], what: string, code: ErrorCode = 'INVALID_INPUT'): void {
  if (issues.length === 0) return;
  const listed: PbcIssue[] = issues.map((entry) => ({ path: entry.path, message: entry.message, ...(entry.rule === undefined ? {} : { rule: entry.rule }) }));
  const codes = issues.map((entry) => entry.code ?? code);
  const first = codes[0]!;
  const rules = [...new Set(issues.map((entry) => entry.rule))];
  throw new PbcError(codes.every((each) => each === first) ? first : code, `invalid ${shortText(fieldName(what, 'input'))}: ${describeIssues(listed)}`, {
    issues: listed,
    ...(rules.length === 1 && rules[0] !== undefined ? { rule: rules[0] } : {}),
  });
}

/**
 * The positions of the values that appear earlier in the list too (every repeat after the first
 * occurrence), in one pass with a set: a duplicate check linear in the list's length, where
 * `values.indexOf(value) !== index` inside a loop was quadratic (80,000 practices took seconds).
 *
 * @internal
 */
export function repeatedAt<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  const repeats: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeats.push(index);
    else seen.add(value);
  });
  return repeats;
}
