import { expect } from 'vitest';
import { isPbcError, type Explanation, type PbcError } from '../../src/index.js';

/** Runs `fn`, expecting a PbcError with `code`; returns it. */
export function pbcError(fn: () => unknown, code: string): PbcError {
  try {
    fn();
  } catch (error) {
    if (!isPbcError(error)) throw error;
    expect(error.code, error.message).toBe(code);
    return error;
  }
  throw new Error(`expected a PbcError ${code}, but nothing was thrown`);
}

/** Expects a PbcError with `code` and an issue at `path` (with `rule`, when given). */
export function expectIssue(fn: () => unknown, code: string, path: readonly (string | number)[], rule?: string): PbcError {
  const error = pbcError(fn, code);
  const found = error.issues.find((entry) => JSON.stringify(entry.path) === JSON.stringify(path));
  expect(found, `no issue at ${JSON.stringify(path)} among ${JSON.stringify(error.issues)}`).toBeDefined();
  if (rule !== undefined) expect(found?.rule).toBe(rule);
  return error;
}

/** Every rule id in an explanation tree, depth first. */
export function rulesOf(explanation: Explanation): string[] {
  return [explanation.rule, ...explanation.children.flatMap(rulesOf)];
}

/** Every parameter id read anywhere in an explanation tree. */
export function parametersOf(explanation: Explanation): string[] {
  return [...explanation.parameters.map((reading) => reading.id), ...explanation.children.flatMap(parametersOf)];
}
