/**
 * Validation at the edge: parse unknown data with a zod schema and raise one {@link PbcError}
 * listing every issue.
 *
 * @module
 */
import type { z } from 'zod';
import { PbcError, printable, printablePath, fieldName, type ErrorCode, type PbcIssue } from './errors.js';
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
 * import { parseInput } from 'practice-based-commissioning';
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
  const result = schema.safeParse(input);
  if (result.success) return withoutNegativeZero(result.data);
  const issues = issuesFromZod(result.error);
  return raise(new PbcError(code, `invalid ${shortText(fieldName(what, 'input'))}: ${describeIssues(issues)}`, { issues }));
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
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || depth > MAX_SCHEMA_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const cleaned = withoutNegativeZero(item, depth + 1);
      if (!Object.is(cleaned, item)) {
        copy ??= [...value];
        copy[index] = cleaned;
      }
    });
    return (copy ?? value) as T;
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
  return (copy ?? value) as T;
}
