/**
 * The library's one error type and every error code it can raise, in one place.
 *
 * @module
 */
import { MAX_ECHOED_LENGTH, hasUnsafeText, safeText, shortText } from './text.js';

/**
 * Every code a {@link PbcError} can carry, with a one-line meaning. Codes are stable: callers may
 * branch on them. Messages may be reworded between versions; codes may not.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ErrorCodes } from 'practice-based-commissioning';
 * ErrorCodes.INVALID_DATE; //=> 'a date is not a real calendar date in ISO YYYY-MM-DD form'
 * ```
 */
export const ErrorCodes = Object.freeze({
  INVALID_INPUT: 'an input does not satisfy its schema; see `issues` for each field and rule',
  INVALID_MONEY: 'an amount of money cannot be read as pounds or pence',
  FRACTION_OF_PENNY: 'an amount of money has a fraction of a penny where whole pence are required',
  UNSAFE_INTEGER: 'an amount is not a safe integer (NaN, Infinity, or beyond ±2^53−1)',
  INVALID_RATE: 'a rate, ratio or weight is not a finite decimal number',
  INVALID_WEIGHTS: 'weights for an apportionment are negative, or all zero',
  INVALID_DATE: 'a date is not a real calendar date in ISO YYYY-MM-DD form',
  INVALID_FINANCIAL_YEAR: "a financial year is not of the form '2006/07' with consecutive years",
  INVALID_IDENTIFIER: 'an ODS, PCT or SHA code is not in its published form',
  PARAMETER_NOT_FOUND: 'the policy has no parameter with this id',
  PARAMETER_NOT_IN_FORCE: 'the parameter has no value in force on the date asked for',
  PARAMETER_TYPE_MISMATCH: 'the parameter value is not of the type the rule needs',
  INVALID_POLICY: 'a policy object is malformed',
  INVALID_REFORM: 'a reform is malformed or refers to something the policy lacks',
  NOT_IN_FORCE: 'the date asked about lies outside the period the rule or scheme covers',
  MISSING_INPUT: 'an input that the rule needs on this date was not given',
  CONFLICTING_INPUT: 'two inputs contradict each other (for example a decision before its submission)',
} as const);

/**
 * A stable error code; see {@link ErrorCodes} for their meanings.
 *
 * @category Errors
 * @example
 * ```ts
 * import type { ErrorCode } from 'practice-based-commissioning';
 * const code: ErrorCode = 'INVALID_DATE';
 * ```
 */
export type ErrorCode = keyof typeof ErrorCodes;

/**
 * One problem found in an input: where it is (`path`, as in zod), what is wrong, and which rule
 * or schema constraint it breaks.
 *
 * @category Errors
 * @example
 * ```ts
 * import type { PbcIssue } from 'practice-based-commissioning';
 * const issue: PbcIssue = { path: ['listSize'], message: 'must be a whole number', rule: 'integer' };
 * ```
 */
export interface PbcIssue {
  /** The path to the offending field, e.g. `['practices', 3, 'listSize']`; empty for the whole input. */
  readonly path: readonly (string | number)[];
  /** A plain-English statement of what is wrong. */
  readonly message: string;
  /** The rule or schema constraint broken (a rule id such as `des.c2.claimDeadline`, or a zod code). */
  readonly rule?: string;
}

/**
 * Options accepted by the {@link PbcError} constructor.
 *
 * @category Errors
 * @example
 * ```ts
 * import type { PbcErrorOptions } from 'practice-based-commissioning';
 * const options: PbcErrorOptions = { issues: [{ path: ['asOf'], message: 'not a date' }] };
 * ```
 */
export interface PbcErrorOptions {
  /** Every issue found, each with its path. */
  readonly issues?: readonly PbcIssue[];
  /** The rule id whose application failed, when there is one. */
  readonly rule?: string;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The brand every PbcError carries, registered globally (`Symbol.for`) so that each copy of the
 * library (the ESM and the CommonJS build, or two installed versions) makes the same one.
 */
const PBC_ERROR_BRAND = Symbol.for('practice-based-commissioning.PbcError');

/** Whether `value` carries the brand; never throws, even for a hostile proxy. */
function hasPbcErrorBrand(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[PBC_ERROR_BRAND] === true;
  } catch {
    return false;
  }
}

/** The longest message a PbcError keeps: longer ones are cut, with their length. */
const MAX_MESSAGE_LENGTH = 1_000;
/** The longest message one issue keeps (an issue concerns one field: a line of text is plenty). */
const MAX_ISSUE_MESSAGE_LENGTH = 300;

/**
 * The one error type the library raises. It has a stable {@link ErrorCode}, a message, and for
 * validation failures every issue found (not just the first), each with its path.
 *
 * `error instanceof PbcError` is true whichever copy of the library raised the error: an app that
 * loads both the CommonJS build (`require`) and the ESM build (`import`) has two `PbcError`
 * classes, and each recognises the other's errors (by a global brand, as zod 4 does). Subclasses
 * keep the ordinary `instanceof`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { PbcError, isPbcError } from 'practice-based-commissioning';
 * import { parseIsoDate } from 'practice-based-commissioning/core';
 * try {
 *   parseIsoDate('2007-02-29');
 * } catch (error) {
 *   error instanceof PbcError; //=> true
 *   isPbcError(error, 'INVALID_DATE'); //=> true
 * }
 * ```
 */
export class PbcError extends Error {
  /**
   * `instanceof PbcError`: true for an error raised by this copy of the library or by any other
   * (the other build, another installed version), which carry the same global brand. For a
   * subclass of PbcError, the ordinary prototype check.
   *
   * @param value - anything
   * @returns whether `value` is a PbcError (or, on a subclass, an instance of that subclass)
   * @example
   * ```ts
   * import { PbcError } from 'practice-based-commissioning';
   * new PbcError('INVALID_DATE', 'not a date') instanceof PbcError; //=> true
   * new Error('not a date') instanceof PbcError; //=> false
   * ```
   */
  static override [Symbol.hasInstance](value: unknown): value is PbcError {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return this === PbcError && hasPbcErrorBrand(value);
  }


  /** The stable code. */
  readonly code: ErrorCode;
  /** Every problem found, each with its path; empty when the error concerns no particular field. */
  readonly issues: readonly PbcIssue[];
  /** The rule id whose application failed, when there is one. */
  readonly rule: string | undefined;

  constructor(code: ErrorCode, message: string, options: PbcErrorOptions = {}) {
    // One place for every message: caller text interpolated into it cannot forge a line or swell
    // it to megabytes (each echoed value is also cut short where it is interpolated, by printable).
    super(shortText(message, MAX_MESSAGE_LENGTH), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PbcError';
    this.code = code;
    this.issues = (options.issues ?? []).map((issue) =>
      typeof issue.message === 'string' && (issue.message.length > MAX_ISSUE_MESSAGE_LENGTH || hasUnsafeText(issue.message)) ? { ...issue, message: shortText(issue.message, MAX_ISSUE_MESSAGE_LENGTH) } : issue,
    );
    this.rule = options.rule;
    Object.defineProperty(this, PBC_ERROR_BRAND, { value: true });
  }

  /** A JSON-serialisable form: `{ name, code, message, issues, rule }`. */
  toJSON(): { name: 'PbcError'; code: ErrorCode; message: string; issues: readonly PbcIssue[]; rule?: string } {
    return {
      name: 'PbcError',
      code: this.code,
      message: this.message,
      issues: this.issues,
      ...(this.rule === undefined ? {} : { rule: this.rule }),
    };
  }
}

/**
 * Whether `error` is a {@link PbcError}, optionally with the given code. It recognises errors
 * raised by another copy of the library too (ESM and CommonJS builds loaded side by side).
 *
 * @param error - anything caught
 * @param code - when given, also require this code
 * @returns `true` when `error` is a `PbcError` (with `code`, if given)
 * @category Errors
 * @example
 * ```ts
 * import { isPbcError } from 'practice-based-commissioning';
 * import { parseMoney } from 'practice-based-commissioning/core';
 * try {
 *   parseMoney('£1.234');
 * } catch (error) {
 *   isPbcError(error); //=> true
 *   isPbcError(error, 'FRACTION_OF_PENNY'); //=> true
 *   isPbcError(error, 'INVALID_DATE'); //=> false
 * }
 * ```
 */
export function isPbcError(error: unknown, code?: ErrorCode): error is PbcError {
  if (!(error instanceof PbcError)) return false;
  return code === undefined || error.code === code;
}

/**
 * A short, printable description of any value for an error message. It never throws, whatever it is
 * given (a BigInt, a symbol, an object whose `toString` is not a function, a cycle), and it cuts long
 * text short (to 80 characters, an ellipsis and the full length) and escapes control, line-break and
 * bidi characters, so a hostile input can neither turn an error message into another exception nor
 * swell it to megabytes nor forge a line of it.
 * @internal
 */
export function printable(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= MAX_ECHOED_LENGTH) return safeText(JSON.stringify(value));
    return `${safeText(JSON.stringify(`${value.slice(0, MAX_ECHOED_LENGTH)}…`))} (${value.length} characters)`;
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return 'a function';
  try {
    const text = JSON.stringify(value);
    return typeof text === 'string' ? shortText(text) : 'an object';
  } catch {
    return Array.isArray(value) ? 'an array' : 'an object';
  }
}

/** The field name to report: the caller's, when it is text, else the default. @internal */
export function fieldName(field: unknown, fallback: string): string {
  return typeof field === 'string' ? field : fallback;
}

/**
 * A path as a message prints it: segments joined with dots, each cut short and made printable, so a
 * megabyte-long key or one holding a line break cannot swell or forge the message.
 * @internal
 */
export function printablePath(path: readonly PropertyKey[]): string {
  return path.map((segment) => (typeof segment === 'string' ? shortText(segment) : String(segment))).join('.');
}

/** Builds a PbcError for a single field; used across the library. @internal */
export function fieldError(code: ErrorCode, path: readonly (string | number)[], message: string, rule?: string): PbcError {
  const where = path.length === 0 ? '' : `${printablePath(path)}: `;
  return new PbcError(code, `${where}${message}`, {
    issues: [rule === undefined ? { path, message } : { path, message, rule }],
    ...(rule === undefined ? {} : { rule }),
  });
}
