/**
 * Helpers shared by the scenario modules: zod issues that carry a rule id and an error code,
 * parsing that raises one PbcError for every issue, and re-pointing an area function's error at the
 * part of the area it came from. Not part of the public API.
 *
 * @internal
 * @module
 */
import type { z } from 'zod';
import { PbcError, isPbcError, type ErrorCode } from '../core/errors.js';
import { onParsedInput, parseInput } from '../core/validation.js';

/** A zod custom issue carrying a rule id and an error code in its params. @internal */
export type ScenarioZodIssue = {
  code: 'custom';
  path: (string | number)[];
  message: string;
  params: { rule: string; code: ErrorCode };
};

/** Builds a zod custom issue with a rule id and an error code. @internal */
export function scenarioIssue(path: (string | number)[], message: string, rule: string, code: ErrorCode = 'INVALID_INPUT'): ScenarioZodIssue {
  return { code: 'custom', path, message, params: { rule, code } };
}

/**
 * Parses `input` with a schema; on failure raises one PbcError listing every issue. Custom issues
 * carry their rule id and error code; schema issues the zod code as the rule. The scenario schemas
 * use the same issue shape as the budgets', so this is the budgets' parser.
 * @internal
 */
export function parseScenarioInput<Schema extends z.ZodType>(schema: Schema, input: unknown, what: string): z.output<Schema> {
  return parseInput(schema, input, what);
}

const POLICY_ERRORS = new Set<ErrorCode>(['INVALID_POLICY', 'PARAMETER_NOT_FOUND', 'PARAMETER_NOT_IN_FORCE', 'PARAMETER_TYPE_MISMATCH']);

/**
 * Runs one call of an area function for a part of the area and, if it raises a PbcError, raises it
 * again with every issue's path re-pointed into the area (by `repath`) and the message saying where.
 * @internal
 */
export function withinArea<T>(where: string, repath: (path: readonly (string | number)[]) => (string | number)[], run: () => T): T {
  try {
    // Every part is built from the area parseScenarioInput has already copied and cleaned.
    return onParsedInput(run);
  } catch (error) {
    // Errors about the policy point into the policy, not the area: they pass through unchanged.
    if (!isPbcError(error) || POLICY_ERRORS.has(error.code)) throw error;
    const issues = (error.issues.length > 0 ? error.issues : [{ path: [], message: error.message, ...(error.rule === undefined ? {} : { rule: error.rule }) }]).map((entry) => ({
      ...entry,
      path: repath(entry.path),
    }));
    throw new PbcError(error.code, `${where}: ${error.message}`, { issues, cause: error, ...(error.rule === undefined ? {} : { rule: error.rule }) });
  }
}
