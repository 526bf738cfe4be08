/**
 * The entry points a policy case can name, each adapted to one calling convention:
 * `(input, { asOf, policy }) => result`.
 *
 * @module
 */
import { parameterAt, type Policy } from '../core/parameters.js';
import { parseInput } from '../core/validation.js';
import { z } from 'zod';
import { checkConflictsOfInterest } from '../conflicts/index.js';
import { estimateNationalIncentiveSpend, incentivePaymentSchedule, localIncentivePayment, towardsPbcDesPayment } from '../incentives/index.js';

/**
 * One runnable entry point for policy cases.
 *
 * @category Testing
 * @example
 * ```ts
 * import type { PolicyEntryPoint } from 'practice-based-commissioning/testing';
 * const double: PolicyEntryPoint = {
 *   name: 'double', description: 'Doubles a number (an example of a caller-defined entry point).',
 *   run: (input) => ({ value: (input as { n: number }).n * 2 }),
 * };
 * ```
 */
export interface PolicyEntryPoint {
  readonly name: string;
  readonly description: string;
  /** Runs the entry point on a case's input, as of a date, under a policy. */
  readonly run: (input: unknown, context: { readonly asOf: string; readonly policy: Policy }) => unknown;
}

const ParameterAtInputSchema = z.object({ id: z.string().min(1) }).strict();

/**
 * The entry points policy cases can name, by name. Pass your own (for a rule you wrote) to
 * `runPolicyCase` through its `entryPoints` option.
 *
 * @category Testing
 * @example
 * ```ts
 * import { policyEntryPoints } from 'practice-based-commissioning/testing';
 * Object.keys(policyEntryPoints).includes('parameterAt'); //=> true
 * ```
 */
export const policyEntryPoints: Readonly<Record<string, PolicyEntryPoint>> = Object.freeze({
  parameterAt: {
    name: 'parameterAt',
    description: 'The value of a dated parameter on asOf. Input: { id }. Output: the reading (value, from, to, sources, confidence).',
    run: (input, { asOf, policy }) => parameterAt(policy, parseInput(ParameterAtInputSchema, input, 'parameterAt input').id, asOf),
  },
  towardsPbcDesPayment: {
    name: 'towardsPbcDesPayment',
    description: 'The Towards PBC DES (2006/07): a component 1 or component 2 claim. Input: a DesClaim.',
    run: (input, context) => towardsPbcDesPayment(input, context),
  },
  localIncentivePayment: {
    name: 'localIncentivePayment',
    description: 'A local PBC incentive scheme (from 2007/08) for one practice. Input: { scheme, practice }.',
    run: (input, context) => localIncentivePayment(input, context),
  },
  incentivePaymentSchedule: {
    name: 'incentivePaymentSchedule',
    description: 'What is due, when and why, per practice and month. Input: { desClaims?, localSchemes? }.',
    run: (input, context) => incentivePaymentSchedule(input, context),
  },
  checkConflictsOfInterest: {
    name: 'checkConflictsOfInterest',
    description: 'Every conflict-of-interest rule in force for a business case, its panel, referrals and any dispute. Input: a ConflictsInput.',
    run: (input, context) => checkConflictsOfInterest(input, context),
  },
  estimateNationalIncentiveSpend: {
    name: 'estimateNationalIncentiveSpend',
    description: "England's spend on the DES in 2006/07 by component. Input: { basis: 'population' | 'practices', … }.",
    run: (input, context) => estimateNationalIncentiveSpend(input, context),
  },
});
