/**
 * Running policy cases: one case, a suite, and the evidence against a reform.
 *
 * @module
 */
import { applyReform } from '../core/policy-model/apply-reform.js';
import { type Policy } from '../core/policy-model/schemas.js';
import { PbcError, isPbcError, printable, type PbcIssue } from '../core/errors.js';
import { parseInput } from '../core/validation.js';
import { plainCopy } from '../core/freeze.js';
import type { Explanation } from '../core/explanation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { PolicyCaseSchema, type PolicyCase } from './case.js';
import { policyEntryPoints, type PolicyEntryPoint } from './entry-points.js';

/**
 * One place where a case's expectation and the actual result differ.
 *
 * @category Testing
 * @example
 * ```ts
 * import type { PolicyCaseDifference } from 'practice-based-commissioning/testing';
 * const d: PolicyCaseDifference = { path: ['component2', 'payable'], expected: 370000, actual: 570000 };
 * ```
 */
export interface PolicyCaseDifference {
  readonly path: readonly (string | number)[];
  readonly expected: unknown;
  /** `undefined` when the actual result has nothing at this path. */
  readonly actual: unknown;
}

/**
 * The outcome of one policy case.
 *
 * @category Testing
 * @example
 * ```ts
 * import type { PolicyCaseResult } from 'practice-based-commissioning/testing';
 * declare const result: PolicyCaseResult;
 * const problems = result.status === 'pass' ? [] : result.differences;
 * ```
 */
export interface PolicyCaseResult {
  readonly name: string;
  readonly entryPoint: string;
  readonly source: string;
  /** `pass`; `fail` (a difference, or an unexpected or missing error); `invalid` (the case itself is malformed or names an unknown entry point). */
  readonly status: 'pass' | 'fail' | 'invalid';
  readonly differences: readonly PolicyCaseDifference[];
  /** The actual result, when the entry point returned one. */
  readonly actual?: unknown;
  /** The actual result's explanation, when it has one. */
  readonly explanation?: Explanation;
  /** The error raised, when one was. */
  readonly error?: { readonly code: string; readonly message: string; readonly issues: readonly PbcIssue[] };
  /** Input fields the rule needed that the case left out (paths into `input`). */
  readonly missingInputs: readonly (readonly (string | number)[])[];
}

/** The list of cases, or one PbcError saying it is not a list. @internal */
function caseList(cases: unknown): readonly unknown[] {
  if (!Array.isArray(cases)) throw new PbcError('INVALID_INPUT', `policy cases must be a list, got ${cases === null ? 'null' : `a ${typeof cases}`}`, { issues: [{ path: [], message: 'must be an array of cases' }] });
  // One reading of the list: each case is read once, and a hole is refused rather than run or returned.
  const list: unknown[] = [];
  for (let index = 0; index < cases.length; index += 1) {
    if (!(index in cases)) {
      throw new PbcError('INVALID_INPUT', `policy cases: case ${index} is missing (a hole in the list)`, { issues: [{ path: [index], message: 'missing case', rule: 'testing.caseGiven' }] });
    }
    list.push(plainCopy(cases[index]));
  }
  return list;
}

/**
 * The entry point registered under `name`, looked up among the registry's own keys only: a case
 * naming "constructor", "toString" or "__proto__" names no entry point (it is invalid), rather than
 * finding a member every object inherits. @internal
 */
function ownEntryPoint(registry: Readonly<Record<string, PolicyEntryPoint>>, name: string): PolicyEntryPoint | undefined {
  return Object.hasOwn(registry, name) ? registry[name] : undefined;
}

/** Deeper than this, case data is refused before parsing (the recursive JSON schema would overflow the stack). @internal */
export const MAX_CASE_DEPTH = 200;

/** Whether a value nests deeper than `limit`, checked without recursion. @internal */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    // The loop runs only while the stack is non-empty.
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Compares expected (partial) with actual, recursively; exact for numbers, strings, booleans, null. @internal */
export function compareExpected(expected: unknown, actual: unknown, path: (string | number)[] = []): PolicyCaseDifference[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path, expected, actual }];
    if (actual.length !== expected.length) return [{ path: [...path, 'length'], expected: expected.length, actual: actual.length }];
    return expected.flatMap((item, index) => compareExpected(item, actual[index], [...path, index]));
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return [{ path, expected, actual }];
    // Own keys only: an expected "constructor" is compared with the result's own field, never Object's.
    return Object.entries(expected).flatMap(([key, value]) => compareExpected(value, Object.hasOwn(actual, key) ? actual[key] : undefined, [...path, key]));
  }
  return Object.is(expected, actual) || (expected === 0 && actual === 0) ? [] : [{ path, expected, actual }];
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current = input;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function explanationOf(actual: unknown): Explanation | undefined {
  return isRecord(actual) && isRecord(actual['explanation']) ? (actual['explanation'] as unknown as Explanation) : undefined;
}

/**
 * Options for {@link runPolicyCase} and {@link runPolicyCases}.
 *
 * @category Testing
 * @example
 * ```ts
 * import type { RunPolicyCaseOptions } from 'practice-based-commissioning/testing';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const options: RunPolicyCaseOptions = { policy: baselinePolicy };
 * ```
 */
export interface RunPolicyCaseOptions {
  /** The policy to run under (default `baselinePolicy`); a case's inline reform is applied on top. */
  readonly policy?: Policy;
  /** Extra or replacement entry points, by name (default: `policyEntryPoints`). */
  readonly entryPoints?: Readonly<Record<string, PolicyEntryPoint>>;
}

/**
 * Runs one policy case and says whether the rule still does what the case says: pass or fail with
 * every difference (path, expected, actual), the actual result and its explanation, the error if one
 * was raised, and any input the case left out that the rule needed. A malformed case is reported as
 * `invalid`, with the problems as `error.issues`, rather than thrown.
 *
 * @param given - case data (read once, then validated with `PolicyCaseSchema`)
 * @param options - `policy` (default the baseline), `entryPoints`
 * @returns the result; never throws for a failing or malformed case
 * @category Testing
 * @example
 * ```ts
 * import { runPolicyCase } from 'practice-based-commissioning/testing';
 * const result = runPolicyCase({
 *   name: 'fundholding needs 7,000 patients from April 1993', entryPoint: 'parameterAt', asOf: '1993-04-01',
 *   input: { id: 'fundholding.minimumListSize.standard' }, expected: { value: 7000 }, source: 'hansard-1993-02-23',
 * });
 * result.status; //=> 'pass'
 * ```
 */
export function runPolicyCase(given: unknown, options: RunPolicyCaseOptions = {}): PolicyCaseResult {
  // One reading of the caller's case: every getter runs once, and what is checked is what is run.
  const policyCase = plainCopy(given);
  const named = isRecord(policyCase) ? policyCase : {};
  const header = {
    name: typeof named['name'] === 'string' ? named['name'] : '(unnamed case)',
    entryPoint: typeof named['entryPoint'] === 'string' ? named['entryPoint'] : '(none)',
    source: typeof named['source'] === 'string' ? named['source'] : '(none)',
  };
  let parsed: PolicyCase;
  let policy: Policy;
  let entryPoint: PolicyEntryPoint | undefined;
  try {
    if (nestsDeeperThan(policyCase, MAX_CASE_DEPTH)) {
      throw new PbcError('INVALID_INPUT', `invalid policy case: nested more than ${MAX_CASE_DEPTH} levels deep`, { issues: [{ path: [], message: `nested more than ${MAX_CASE_DEPTH} levels deep` }] });
    }
    parsed = parseInput(PolicyCaseSchema, policyCase, 'policy case');
    policy = parsed.reform === undefined ? (options.policy ?? baselinePolicy) : applyReform(options.policy ?? baselinePolicy, parsed.reform);
    entryPoint = ownEntryPoint(options.entryPoints ?? policyEntryPoints, parsed.entryPoint) ?? ownEntryPoint(policyEntryPoints, parsed.entryPoint);
  } catch (error) {
    if (!isPbcError(error)) throw error;
    return { ...header, status: 'invalid', differences: [], error: { code: error.code, message: error.message, issues: error.issues }, missingInputs: [] };
  }
  if (entryPoint === undefined) {
    const known = Object.keys({ ...policyEntryPoints, ...options.entryPoints }).sort().join(', ');
    return {
      ...header,
      status: 'invalid',
      differences: [],
      error: { code: 'INVALID_INPUT', message: `unknown entry point ${printable(parsed.entryPoint)}; known: ${known}`, issues: [{ path: ['entryPoint'], message: 'unknown entry point' }] },
      missingInputs: [],
    };
  }
  try {
    const actual = entryPoint.run(parsed.input, { asOf: parsed.asOf, policy });
    const differences = parsed.expected === undefined ? [{ path: [], expected: { error: parsed.expectedError }, actual: 'a result' }] : compareExpected(parsed.expected, actual);
    const explanation = explanationOf(actual);
    return { ...header, status: differences.length === 0 ? 'pass' : 'fail', differences, actual, ...(explanation === undefined ? {} : { explanation }), missingInputs: [] };
  } catch (error) {
    if (!isPbcError(error)) throw error;
    const missingInputs = error.issues.filter((issue) => issue.path.length > 0 && valueAt(parsed.input, issue.path) === undefined).map((issue) => issue.path);
    const caught = { code: error.code, message: error.message, issues: error.issues };
    const wanted = parsed.expectedError;
    const matches = wanted !== undefined && wanted.code === error.code && (wanted.path === undefined || error.issues.some((issue) => compareExpected(wanted.path, issue.path).length === 0));
    const differences = matches ? [] : [{ path: [], expected: wanted === undefined ? 'a result' : { error: wanted }, actual: { error: { code: error.code, message: error.message } } }];
    return { ...header, status: matches ? 'pass' : 'fail', differences, error: caught, missingInputs };
  }
}

/**
 * Runs a list of cases (from a JSON file, say) and summarises them.
 *
 * @param cases - case data
 * @param options - as for {@link runPolicyCase}
 * @returns `{ passed, failed, invalid, results }`
 * @category Testing
 * @example
 * ```ts
 * import { runPolicyCases, libraryEvidence } from 'practice-based-commissioning/testing';
 * const summary = runPolicyCases(libraryEvidence);
 * summary.failed; //=> 0
 * ```
 */
export function runPolicyCases(
  cases: readonly unknown[],
  options: RunPolicyCaseOptions = {},
): { readonly passed: number; readonly failed: number; readonly invalid: number; readonly results: readonly PolicyCaseResult[] } {
  const results = caseList(cases).map((policyCase) => runPolicyCase(policyCase, options));
  return {
    passed: results.filter((result) => result.status === 'pass').length,
    failed: results.filter((result) => result.status === 'fail').length,
    invalid: results.filter((result) => result.status === 'invalid').length,
    results,
  };
}

/**
 * Runs the same cases under two policies (say the baseline and your reform) and lists the cases whose
 * outcome changes — which of the encoded policy's evidence a reform overturns. A case changes when it
 * passes under one policy and not the other; `differences` says what the reformed policy gives
 * instead of what the case expects.
 *
 * @param cases - case data (for example `libraryEvidence`)
 * @param options - `baseline` (default `baselinePolicy`), `reformed`, `entryPoints`
 * @returns one record per case: its name, status under each policy, whether it changed, and the
 *   differences under the reformed policy
 * @category Testing
 * @example
 * ```ts
 * import { compareEvidence, libraryEvidence } from 'practice-based-commissioning/testing';
 * import { applyReform } from 'practice-based-commissioning/policy';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const reformed = applyReform(baselinePolicy, {
 *   id: 'c2-at-a-pound', label: 'C2 at £1 per patient',
 *   parameters: { 'des.c2.ratePerPatient': [{ from: '2006-04-01', to: '2007-03-31', value: 100, sources: ['bma-tpbc-des-c2'], confidence: 'unconfirmed' }] },
 * });
 * compareEvidence(libraryEvidence, { reformed }).filter((row) => row.changed).length > 0; //=> true
 * ```
 */
export function compareEvidence(
  cases: readonly unknown[],
  options: { readonly baseline?: Policy; readonly reformed: Policy; readonly entryPoints?: Readonly<Record<string, PolicyEntryPoint>> },
): {
  readonly name: string;
  readonly baseline: PolicyCaseResult['status'];
  readonly reformed: PolicyCaseResult['status'];
  readonly changed: boolean;
  readonly differences: readonly PolicyCaseDifference[];
}[] {
  const extra = options.entryPoints === undefined ? {} : { entryPoints: options.entryPoints };
  return caseList(cases).map((policyCase) => {
    const before = runPolicyCase(policyCase, { policy: options.baseline ?? baselinePolicy, ...extra });
    const after = runPolicyCase(policyCase, { policy: options.reformed, ...extra });
    return { name: before.name, baseline: before.status, reformed: after.status, changed: before.status !== after.status, differences: after.differences };
  });
}
