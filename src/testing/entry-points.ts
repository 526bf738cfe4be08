/**
 * The entry points a policy case can name, each adapted to one calling convention:
 * `(input, { asOf, policy }) => result`.
 *
 * @module
 */
import { parameterAt } from '../core/policy-model/parameter-at.js';
import { type Policy } from '../core/policy-model/schemas.js';
import { parseInput } from '../core/validation.js';
import type { EvaluationOptions } from '../core/evaluation.js';
import { deepFreeze } from '../core/freeze.js';
import { z } from 'zod';
import {
  applyPerPatientCap,
  apportionGroupBudget,
  assessBudgetBalancing,
  compareBudgetRegimes,
  freedUpResources,
  fundholdingEligibility,
  fundholdingSavingsWindow,
  monitorBudget,
  rollUpGroupBudget,
  setIndicativeBudget,
} from '../budgets/index.js';
import { checkConflictsOfInterest, type ConflictsInput } from '../conflicts/index.js';
import { assessReadiness, checkEntitlements, surveyHeatMap, type AssessReadinessInput, type CheckEntitlementsInput, type SurveyHeatMapInput } from '../readiness/index.js';
import {
  estimateNationalIncentiveSpend,
  incentivePaymentSchedule,
  localIncentivePayment,
  towardsPbcDesPayment,
  type EstimateNationalIncentiveSpendInput,
  type IncentivePaymentScheduleInput,
  type LocalIncentivePaymentInput,
  type TowardsPbcDesPaymentInput,
} from '../incentives/index.js';

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


type Runner = PolicyEntryPoint['run'];

/** A budgets function: `(input, { policy, asOf })`; the case's input is checked by the function itself. */
function budgetsEntryPoint<Input>(name: string, description: string, fn: (input: Input, options: EvaluationOptions) => unknown): PolicyEntryPoint {
  const run: Runner = (input, context) => fn(input as Input, context);
  return { name, description, run };
}

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
// Deep-frozen: one test file must not be able to change the entry points every later case runs.
export const policyEntryPoints: Readonly<Record<string, PolicyEntryPoint>> = deepFreeze({
  parameterAt: {
    name: 'parameterAt',
    description: 'The value of a dated parameter on asOf. Input: { id }. Output: the reading (value, from, to, sources, confidence).',
    run: (input, { asOf, policy }) => parameterAt(policy, parseInput(ParameterAtInputSchema, input, 'parameterAt input').id, asOf),
  },
  towardsPbcDesPayment: {
    name: 'towardsPbcDesPayment',
    description: 'The Towards PBC DES (2006/07): a component 1 or component 2 claim. Input: a DesClaim.',
    run: (input, context) => towardsPbcDesPayment(input as TowardsPbcDesPaymentInput, context),
  },
  localIncentivePayment: {
    name: 'localIncentivePayment',
    description: 'A local PBC incentive scheme (from 2007/08) for one practice. Input: { scheme, practice }.',
    run: (input, context) => localIncentivePayment(input as LocalIncentivePaymentInput, context),
  },
  incentivePaymentSchedule: {
    name: 'incentivePaymentSchedule',
    description: 'What is due, when and why, per practice and month. Input: { desClaims?, localSchemes? }.',
    run: (input, context) => incentivePaymentSchedule(input as IncentivePaymentScheduleInput, context),
  },
  setIndicativeBudget: budgetsEntryPoint('setIndicativeBudget', "A PCT's indicative budgets per practice and service line. Input: { pctCode, financialYear, method, pctResources, practices, scope? }.", setIndicativeBudget),
  monitorBudget: budgetsEntryPoint('monitorBudget', 'Spend against budget to a month, forecast outturn and variance. Input: { budget, throughMonth, spend, forecast? }.', monitorBudget),
  freedUpResources: budgetsEntryPoint('freedUpResources', 'A year-end underspend shared between practice and PCT, and what is released. Input: { outcome, … }.', freedUpResources),
  assessBudgetBalancing: budgetsEntryPoint('assessBudgetBalancing', 'The three-year balancing window. Input: { financialYear, budget, outturn, history? }.', assessBudgetBalancing),
  fundholdingEligibility: budgetsEntryPoint('fundholdingEligibility', 'GP fundholding list-size thresholds (1991–1999). Input: { date, kind?, practices }.', fundholdingEligibility),
  applyPerPatientCap: budgetsEntryPoint('applyPerPatientCap', 'The fundholding per-patient cap, the health authority paying the excess. Input: { financialYear, patients }.', applyPerPatientCap),
  fundholdingSavingsWindow: budgetsEntryPoint('fundholdingSavingsWindow', 'Fundholding savings and the four-year window. Input: { financialYear, savings }.', fundholdingSavingsWindow),
  compareBudgetRegimes: budgetsEntryPoint('compareBudgetRegimes', 'One practice-year under an indicative and a real budget. Input: { holder, financialYear, lines, realBudgetLines }.', compareBudgetRegimes),
  rollUpGroupBudget: budgetsEntryPoint('rollUpGroupBudget', "A cluster's budget from its members'. Input: { group, budgets }.", rollUpGroupBudget),
  apportionGroupBudget: budgetsEntryPoint('apportionGroupBudget', "A cluster's figures apportioned to its members exactly. Input: { group, financialYear, lines, basis }.", apportionGroupBudget),
  assessReadiness: {
    name: 'assessReadiness',
    description: "A readiness assessment. Input: { framework: 'AC2006' | 'AC2007' | 'KF2008' | 'DH2006' | 'DH2009' or a framework object, evidence, weights?, subject? }.",
    run: (input, context) => assessReadiness(input as AssessReadinessInput, context),
  },
  checkEntitlements: {
    name: 'checkEntitlements',
    description: "DH's March 2009 entitlements for a practice or group and a year. Input: a CheckEntitlementsInput (the case supplies asOf and policy).",
    run: (input, context) => checkEntitlements(input as CheckEntitlementsInput, context),
  },
  surveyHeatMap: {
    name: 'surveyHeatMap',
    description: 'Area × metric bands against a survey wave. Input: { rows, referenceWave? } (the case supplies asOf and policy).',
    run: (input, context) => surveyHeatMap(input as SurveyHeatMapInput, context),
  },
  checkConflictsOfInterest: {
    name: 'checkConflictsOfInterest',
    description: 'Every conflict-of-interest rule in force for a business case, its panel, referrals and any dispute. Input: a ConflictsInput.',
    // The input is checked at run time: the registry passes what a policy case holds.
    run: (input, context) => checkConflictsOfInterest(input as ConflictsInput, context),
  },
  estimateNationalIncentiveSpend: {
    name: 'estimateNationalIncentiveSpend',
    description: "England's spend on the DES in 2006/07 by component. Input: { basis: 'population' | 'practices', … }.",
    run: (input, context) => estimateNationalIncentiveSpend(input as EstimateNationalIncentiveSpendInput, context),
  },
});
