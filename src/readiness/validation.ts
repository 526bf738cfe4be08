/**
 * Validation helpers of the readiness area: parse with a zod schema keeping the rule ids of
 * cross-field checks, and raise one {@link PbcError} listing every issue found.
 *
 * @module
 */
import type { z } from 'zod';
import { PbcError, type ErrorCode } from '../core/errors.js';
import { describeIssues, parseInput } from '../core/validation.js';

/** A mutable issue while checks collect them. @internal */
export interface ReadinessIssue {
  path: (string | number)[];
  message: string;
  rule: string;
}

/**
 * One PbcError carrying every issue collected, each with its path and rule.
 * @internal
 */
export function issuesError(code: ErrorCode, what: string, issues: readonly ReadinessIssue[]): PbcError {
  return new PbcError(code, `invalid ${what}: ${describeIssues(issues)}`, { issues });
}

/**
 * Throws {@link issuesError} when any issue was collected.
 * @internal
 */
export function throwIfIssues(code: ErrorCode, what: string, issues: readonly ReadinessIssue[]): void {
  if (issues.length > 0) throw issuesError(code, what, issues);
}

/**
 * Parses `input` with `schema`; on failure raises one `INVALID_INPUT` PbcError listing every issue,
 * each with its path and rule: the zod code, or the rule id a cross-field check put in its params.
 * @internal
 */
export function parseReadinessInput<Schema extends z.ZodType>(schema: Schema, input: unknown, what: string): z.output<Schema> {
  return parseInput(schema, input, what);
}
