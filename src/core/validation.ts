/**
 * Validation at the edge: parse unknown data with a zod schema and raise one {@link PbcError}
 * listing every issue.
 *
 * @module
 */
import type { z } from 'zod';
import { PbcError, type ErrorCode, type PbcIssue } from './errors.js';

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
 * @throws PbcError with every issue
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
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = issuesFromZod(result.error);
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: ${issue.message}`)
    .join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return raise(new PbcError(code, `invalid ${what}: ${shown}${more}`, { issues }));
}

function raise(error: PbcError): never {
  throw error;
}
