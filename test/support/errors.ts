/**
 * The one set of error helpers for every test file: expect a PbcError with a code, and an issue at a
 * path (with a rule).
 */
import { expect } from 'vitest';
import { isPbcError, type PbcError } from '../../src/core/errors.js';

/** Runs `fn`, expecting a PbcError with `code`; returns it for further checks. */
export function pbcError(fn: () => unknown, code: string): PbcError {
  try {
    fn();
  } catch (error) {
    if (!isPbcError(error)) throw error;
    expect(error.code).toBe(code);
    return error;
  }
  throw new Error(`expected a PbcError ${code}, but nothing was thrown`);
}

/** Expects a PbcError with `code` and an issue at `path` (and with `rule`, when given). */
export function expectIssue(fn: () => unknown, code: string, path: readonly (string | number)[], rule?: string): PbcError {
  const error = pbcError(fn, code);
  const found = error.issues.find((entry) => JSON.stringify(entry.path) === JSON.stringify(path));
  expect(found, `no issue at ${JSON.stringify(path)} among ${JSON.stringify(error.issues)}`).toBeDefined();
  if (rule !== undefined) expect(found?.rule).toBe(rule);
  return error;
}

/**
 * The code, issue paths (joined with '.') and issue rules of the PbcError `fn` raises, in order: for
 * comparing every issue of an error at once.
 */
export function raisedIssues(fn: () => unknown): { code: string; paths: string[]; rules: (string | undefined)[] } {
  try {
    fn();
  } catch (error) {
    if (!isPbcError(error)) throw error;
    return { code: error.code, paths: error.issues.map((entry) => entry.path.join('.')), rules: error.issues.map((entry) => entry.rule) };
  }
  throw new Error('expected a PbcError, but nothing was thrown');
}

/** Runs `fn`; anything it throws must be a PbcError (never a TypeError or another crash). */
export function expectOnlyPbcErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(isPbcError(error), String(error)).toBe(true);
  }
}

/**
 * What a call gives: its result, or the code and issues of the PbcError it raises (any other error
 * propagates). For checking that two entry points give the same result or the same error.
 */
export function resultOrError(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if (!isPbcError(error)) throw error;
    return { code: error.code, issues: error.issues };
  }
}
