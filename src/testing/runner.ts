/**
 * Runner-agnostic helpers: turn policy cases into tests for vitest, jest or `node:test` without
 * depending on any of them.
 *
 * @module
 */
import { z } from 'zod';
import { PbcError } from '../core/errors.js';
import { parseInput } from '../core/validation.js';
import { plainCopy } from '../core/freeze.js';
import { MAX_CASE_DEPTH, nestsDeeperThan, runPolicyCase, type PolicyCaseResult, type RunPolicyCaseOptions } from './run-case.js';
import { safeText } from '../core/text.js';

const PathSchema = z.array(z.union([z.string(), z.number()]));

/**
 * What `describePolicyCaseResult` needs of a result (one read back from JSON may be anything): the
 * header as text, a known status, and paths made of keys and indexes. The values compared are
 * printed as JSON and may be anything. @internal
 */
const DescribableResultSchema = z.object({
  name: z.string(),
  entryPoint: z.string(),
  source: z.string(),
  status: z.enum(['pass', 'fail', 'invalid']),
  differences: z.array(z.object({ path: PathSchema, expected: z.unknown(), actual: z.unknown() })),
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(z.object({ path: PathSchema, message: z.string() })) }).optional(),
  missingInputs: z.array(PathSchema),
});

function show(value: unknown): string {
  if (value === undefined) return '(nothing)';
  return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}

/**
 * A readable account of a case's result: for a failure, each difference on its own line with the
 * path, what the case expected and what the rule gave; the error, if any; the inputs the case left
 * out that the rule needed.
 *
 * @param given - from `runPolicyCase` (read once)
 * @returns multi-line text
 * @throws PbcError `INVALID_INPUT` for something that is not a result of `runPolicyCase`
 * @category Testing
 * @example
 * ```ts
 * import { runPolicyCase, describePolicyCaseResult } from 'practice-based-commissioning/testing';
 * const result = runPolicyCase({
 *   name: 'C2 is £1 a patient (wrong)', entryPoint: 'parameterAt', asOf: '2007-03-31',
 *   input: { id: 'des.c2.ratePerPatient' }, expected: { value: 100 }, source: 'my notes',
 * });
 * describePolicyCaseResult(result);
 * // FAIL C2 is £1 a patient (wrong) [parameterAt; source: my notes]
 * //   value: expected 100, got 95
 * ```
 */
export function describePolicyCaseResult(given: PolicyCaseResult): string {
  const result = plainCopy(given);
  if (nestsDeeperThan(result, MAX_CASE_DEPTH)) {
    throw new PbcError('INVALID_INPUT', `describePolicyCaseResult needs a result from runPolicyCase: this one is nested more than ${MAX_CASE_DEPTH} levels deep`, {
      issues: [{ path: [], message: `nested more than ${MAX_CASE_DEPTH} levels deep` }],
    });
  }
  // One reading of the result: what is checked is what is printed.
  const checked = parseInput(DescribableResultSchema, result, 'result from runPolicyCase (name, entryPoint, source, status, differences, missingInputs)');
  const lines = [`${checked.status.toUpperCase()} ${checked.name} [${checked.entryPoint}; source: ${checked.source}]`];
  for (const difference of checked.differences) {
    const where = difference.path.length === 0 ? '(result)' : difference.path.join('.');
    lines.push(`  ${where}: expected ${show(difference.expected)}, got ${show(difference.actual)}`);
  }
  if (checked.error !== undefined && checked.status !== 'pass') {
    lines.push(`  error ${checked.error.code}: ${checked.error.message}`);
    for (const issue of checked.error.issues) lines.push(`    at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  for (const path of checked.missingInputs) lines.push(`  missing input: ${path.join('.')}`);
  // Every line is made safe: names, paths and messages come from the caller's cases.
  return lines.map(safeText).join('\n');
}

/**
 * Runs a case and throws an `Error` with {@link describePolicyCaseResult}'s text unless it passes.
 * Works as the body of a test in any runner.
 *
 * @param policyCase - case data
 * @param options - as for `runPolicyCase`
 * @returns the passing result
 * @throws Error describing every difference when the case does not pass
 * @category Testing
 * @example
 * ```ts
 * import { assertPolicyCase } from 'practice-based-commissioning/testing';
 * assertPolicyCase({
 *   name: 'fundholding needs 9,000 patients in 1991', entryPoint: 'parameterAt', asOf: '1991-04-01',
 *   input: { id: 'fundholding.minimumListSize.standard' }, expected: { value: 9000 }, source: 'hansard-1991-03-13',
 * });
 * ```
 */
export function assertPolicyCase(policyCase: unknown, options: RunPolicyCaseOptions = {}): PolicyCaseResult {
  const result = runPolicyCase(policyCase, options);
  if (result.status !== 'pass') throw new Error(describePolicyCaseResult(result));
  return result;
}

/**
 * The test function of any runner: vitest's `it`/`test`, jest's `test`, or `node:test`'s `test`.
 *
 * @category Testing
 * @example
 * ```ts
 * import type { TestFunction } from 'practice-based-commissioning/testing';
 * const collected: string[] = [];
 * const collect: TestFunction = (name) => { collected.push(name); };
 * ```
 */
export type TestFunction = (name: string, body: () => void) => unknown;

/**
 * Registers one test per case with the runner's test function. The library depends on no runner.
 *
 * @param cases - case data, e.g. parsed from a JSON file
 * @param options - `test` (the runner's test function), plus `policy` and `entryPoints` as for `runPolicyCase`
 * @category Testing
 * @example
 * ```ts
 * // vitest or jest:
 * import { test } from 'vitest';
 * // with node:test, take `test` from the node:test module instead
 * import { policyCaseTests } from 'practice-based-commissioning/testing';
 * import cases from './des-cases.json' with { type: 'json' };
 * policyCaseTests(cases, { test });
 * ```
 */
export function policyCaseTests(cases: readonly unknown[], options: RunPolicyCaseOptions & { readonly test: TestFunction }): void {
  const { test, ...runOptions } = options;
  cases.forEach((policyCase, index) => {
    const name = typeof policyCase === 'object' && policyCase !== null && typeof (policyCase as { name?: unknown }).name === 'string' ? (policyCase as { name: string }).name : `case ${index}`;
    test(name, () => {
      assertPolicyCase(policyCase, runOptions);
    });
  });
}
