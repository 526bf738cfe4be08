/**
 * The Towards Practice Based Commissioning Directed Enhanced Service (SFE section 7A), 2006/07:
 * what a practice is paid for each component, when, and why.
 *
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import type { IsoDate } from '../core/calendar.js';
import { addMoney, formatGbp, pence, type Pence } from '../core/money.js';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import type { z } from 'zod';
import type { Policy } from '../core/policy-model/schemas.js';
import { parseInput } from '../core/validation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { assessDesComponent2Claim } from './assess-des-component-2-claim.js';
import { assessDesObjectives } from './assess-des-objectives.js';
import { checkDesTerm } from './check-des-term.js';
import { decideDesComponent1SignUp } from './decide-des-component-1-sign-up.js';
import { decideDesComponent2TopUp } from './decide-des-component-2-top-up.js';
import { desComponentValue } from './des-component-value.js';
import { DesClaimSchema, type DesComponent1Claim, type DesComponent2Claim } from './des-schemas.js';
import type { IncentiveFinding } from './findings.js';
import { duplicateListSizeIssues } from './list-size.js';
import { nextGlobalSumPaymentDate } from './next-global-sum-payment-date.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { futureEventIssues, reportIssues, type RuledIssue } from './support.js';

/**
 * What happened to a component 1 claim: `payable` (signed up: plan agreed and, by default,
 * indicative budget accepted) or `not-earned`.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesComponent1Outcome } from 'practice-based-commissioning/incentives';
 * const outcome: DesComponent1Outcome = 'payable';
 * ```
 */
export type DesComponent1Outcome = 'payable' | 'not-earned';

/**
 * What happened to a component 2 claim:
 * - `payable`: objectives met, a valid claim, and a top-up above zero;
 * - `replaced-by-freed-up-resources`: objectives met, but accessible freed-up resources at least
 *   equal the component 2 value (SFE 7A.12), so nothing is paid;
 * - `not-earned`: the objectives (own, or joint for a joint plan) were not met;
 * - `refused`: claimed after 30 June 2007, or before (or without) the PCT's agreement that the
 *   objectives were met;
 * - `unclaimed`: no written claim (see the `DES_C2_UNCLAIMED` finding: still open, or lapsed).
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesComponent2Outcome } from 'practice-based-commissioning/incentives';
 * const outcome: DesComponent2Outcome = 'replaced-by-freed-up-resources';
 * ```
 */
export type DesComponent2Outcome = 'payable' | 'replaced-by-freed-up-resources' | 'not-earned' | 'refused' | 'unclaimed';

/**
 * The result of {@link towardsPbcDesPayment} for component 1.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesComponent1Payment } from 'practice-based-commissioning/incentives';
 * declare const payment: DesComponent1Payment;
 * payment.amountPayable; // pence
 * ```
 */
export interface DesComponent1Payment {
  readonly component: 'C1';
  readonly practiceCode: string;
  readonly outcome: DesComponent1Outcome;
  /** The date of the list the component was valued on. */
  readonly listSizeDate: string;
  /** Registered patients on that date. */
  readonly listSize: number;
  /** Pence per registered patient. */
  readonly ratePerPatient: number;
  /** Rate × list: what the component is worth to this practice. */
  readonly componentValue: Pence;
  /** What the PCT pays: the component value when earned, else zero. */
  readonly amountPayable: Pence;
  /** The day the last sign-up condition was met; null when not earned. */
  readonly conditionsMetOn: string | null;
  /** The global sum payment it goes with; null when nothing is payable. */
  readonly paymentDue: string | null;
  /** Every condition and check, met or not. */
  readonly findings: readonly IncentiveFinding[];
  readonly explanation: Explanation;
}

/**
 * The result of {@link towardsPbcDesPayment} for component 2.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesComponent2Payment } from 'practice-based-commissioning/incentives';
 * declare const payment: DesComponent2Payment;
 * payment.practiceReceives === payment.freedUpResourcesAccessible + payment.amountPayable; //=> true
 * ```
 */
export interface DesComponent2Payment {
  readonly component: 'C2';
  readonly practiceCode: string;
  readonly outcome: DesComponent2Outcome;
  /** The date of the list the component was valued on (1 April 2007). */
  readonly listSizeDate: string;
  readonly listSize: number;
  readonly ratePerPatient: number;
  /** Rate × list at 1 April 2007: the C2 value. */
  readonly componentValue: Pence;
  /** Whether the objectives were met (own and, for a joint plan, joint). */
  readonly objectivesMet: boolean;
  /** Freed-up resources as given. */
  readonly freedUpResourcesDeclared: Pence;
  /** Freed-up resources that count: those the PCT demonstrated available (zero otherwise). */
  readonly freedUpResourcesAccessible: Pence;
  /** SFE 7A.12: objectives met ? max(0, C2 value − accessible freed-up resources) : 0. */
  readonly topUp: Pence;
  /** What the PCT pays as component 2: the top-up when the claim is valid, else zero. */
  readonly amountPayable: Pence;
  /** Accessible freed-up resources plus the component 2 payment. */
  readonly practiceReceives: Pence;
  /** The last day to claim. */
  readonly claimDeadline: string;
  /** The global sum payment it goes with; null when nothing is payable. */
  readonly paymentDue: string | null;
  readonly findings: readonly IncentiveFinding[];
  readonly explanation: Explanation;
}

/**
 * The result of {@link towardsPbcDesPayment}: tell the components apart by `component`.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesPayment } from 'practice-based-commissioning/incentives';
 * declare const payment: DesPayment;
 * if (payment.component === 'C2') payment.topUp;
 * ```
 */
export type DesPayment = DesComponent1Payment | DesComponent2Payment;

/**
 * The input of {@link towardsPbcDesPayment}: a claim for component 1 or component 2, told apart by
 * `component` (the input side of `DesClaimSchema`: plain numbers for pence, strings for dates).
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { TowardsPbcDesPaymentInput } from 'practice-based-commissioning/incentives';
 * const claim: TowardsPbcDesPaymentInput = {
 *   component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01',
 *   listSizes: [{ date: '2006-04-01', registered: 5950 }],
 * };
 * ```
 */
export type TowardsPbcDesPaymentInput = z.input<typeof DesClaimSchema>;

/**
 * The options of {@link towardsPbcDesPayment}: `policy` (default `baselinePolicy`) and `asOf`.
 * `asOf` ("today") is optional: the claim's own dates settle the payment. When it is given, no event
 * in the claim may be dated after it, and an unclaimed component 2 is reported as still claimable
 * (`unknown`) or lapsed (`breach`); without it, an unclaimed component 2 is `unknown`.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { TowardsPbcDesPaymentOptions } from 'practice-based-commissioning/incentives';
 * const options: TowardsPbcDesPaymentOptions = { asOf: '2007-08-01' };
 * ```
 */
export interface TowardsPbcDesPaymentOptions extends EvaluationOptions {}

function crossFieldIssues(claim: DesComponent1Claim | DesComponent2Claim, asOf: IsoDate | undefined): RuledIssue[] {
  const issues: RuledIssue[] = [...duplicateListSizeIssues(claim.listSizes, ['listSizes'])];
  if (claim.component === 'C1') {
    issues.push(
      ...futureEventIssues(asOf, [
        { path: ['planAgreedOn'], date: claim.planAgreedOn },
        { path: ['indicativeBudgetAcceptedOn'], date: claim.indicativeBudgetAcceptedOn },
      ]),
    );
    return issues;
  }
  const rule = 'des.c2.jointPlan';
  const seen = new Set<string>();
  claim.objectives.forEach((objective, index) => {
    if (seen.has(objective.id)) issues.push({ path: ['objectives', index, 'id'], message: `a second objective "${objective.id}"`, rule: 'des.c2.objectives.uniqueIds' });
    seen.add(objective.id);
    if (claim.plan === 'individual' && objective.scope === 'joint') {
      issues.push({ path: ['objectives', index, 'scope'], message: 'a joint objective in an individual plan', rule });
    }
  });
  if (claim.plan === 'joint' && !claim.objectives.some((objective) => objective.scope === 'joint')) {
    issues.push({ path: ['objectives'], message: 'a joint plan needs at least one joint objective', rule });
  }
  if (claim.jointPlanWith !== undefined) {
    if (claim.plan === 'individual' && claim.jointPlanWith.length > 0) issues.push({ path: ['jointPlanWith'], message: 'partners given for an individual plan', rule });
    claim.jointPlanWith.forEach((partner, index) => {
      if (partner === claim.practiceCode) issues.push({ path: ['jointPlanWith', index], message: 'a practice cannot be its own joint-plan partner', rule });
    });
  }
  if (claim.claimedOn !== undefined && claim.claimedOn < claim.planAgreedOn) {
    issues.push({ path: ['claimedOn'], message: `claimed on ${claim.claimedOn}, before the plan was agreed on ${claim.planAgreedOn}`, rule: 'des.claim.afterPlan' });
  }
  if (claim.objectivesAgreedMetOn !== undefined) {
    if (claim.objectivesAgreedMetOn < claim.planAgreedOn) {
      issues.push({
        path: ['objectivesAgreedMetOn'],
        message: `agreed met on ${claim.objectivesAgreedMetOn}, before the plan was agreed on ${claim.planAgreedOn}`,
        rule: 'des.c2.agreementAfterPlan',
      });
    }
    const missed = claim.objectives.filter((objective) => !objective.met).map((objective) => objective.id);
    if (missed.length > 0) {
      issues.push({ path: ['objectivesAgreedMetOn'], message: `the PCT cannot have agreed the objectives were met while ${missed.join(', ')} were not`, rule: 'des.c2.pctAgreement' });
    }
  }
  issues.push(
    ...futureEventIssues(asOf, [
      { path: ['planAgreedOn'], date: claim.planAgreedOn },
      { path: ['objectivesAgreedMetOn'], date: claim.objectivesAgreedMetOn },
      { path: ['claimedOn'], date: claim.claimedOn },
    ]),
  );
  return issues;
}

function component1(claim: DesComponent1Claim, policy: Policy, asOf: IsoDate | undefined): DesComponent1Payment {
  const root = explain(incentiveRules.desPayment, policy, asOf ?? claim.planAgreedOn);
  root.input('component', 'C1');
  root.input('practiceCode', claim.practiceCode);
  root.note(`DES parameters are read as at ${claim.planAgreedOn}, the day the plan was agreed`);
  const term = checkDesTerm(policy, claim.planAgreedOn, ['planAgreedOn']);
  root.child(term.explanation);
  const value = desComponentValue(policy, { component: 'C1', listSizes: claim.listSizes, planAgreedOn: claim.planAgreedOn });
  root.child(value.explanation);
  const signUp = decideDesComponent1SignUp(policy, { planAgreedOn: claim.planAgreedOn, indicativeBudgetAcceptedOn: claim.indicativeBudgetAcceptedOn, lastDay: term.lastDay });
  root.child(signUp.explanation);
  const amountPayable = signUp.earned ? value.value : pence(0);
  let paymentDue: string | null = null;
  if (signUp.conditionsMetOn !== null && amountPayable > 0) {
    const payment = nextGlobalSumPaymentDate(policy, { after: signUp.conditionsMetOn, timingParameter: 'des.c1.paymentTiming', readOn: claim.planAgreedOn });
    root.child(payment.explanation);
    paymentDue = payment.date;
  }
  const outcome: DesComponent1Outcome = signUp.earned ? 'payable' : 'not-earned';
  return {
    component: 'C1',
    practiceCode: claim.practiceCode,
    outcome,
    listSizeDate: value.listSizeDate,
    listSize: value.listSize,
    ratePerPatient: value.ratePerPatient,
    componentValue: value.value,
    amountPayable,
    conditionsMetOn: signUp.conditionsMetOn,
    paymentDue,
    findings: signUp.findings,
    explanation: root.done({ outcome, amountPayable, paymentDue }),
  };
}

function component2(claim: DesComponent2Claim, policy: Policy, asOf: IsoDate | undefined): DesComponent2Payment {
  const root = explain(incentiveRules.desPayment, policy, asOf ?? claim.planAgreedOn);
  root.input('component', 'C2');
  root.input('practiceCode', claim.practiceCode);
  root.note(`DES parameters are read as at ${claim.planAgreedOn}, the day the plan was agreed`);
  const readOn = claim.planAgreedOn;
  root.child(checkDesTerm(policy, readOn, ['planAgreedOn']).explanation);
  const value = desComponentValue(policy, { component: 'C2', listSizes: claim.listSizes, planAgreedOn: readOn });
  root.child(value.explanation);
  const objectives = assessDesObjectives(policy, { plan: claim.plan, objectives: claim.objectives, asOf: readOn });
  root.child(objectives.explanation);

  // SFE 7A.12: the PCT must demonstrate that the resources became available; otherwise they do not count.
  const furRule = incentiveRules.desC2FreedUpResources;
  const furStep = explain(furRule, policy, readOn);
  const declared = claim.freedUpResources?.accessible ?? pence(0);
  const demonstrated = claim.freedUpResources?.pctDemonstratedAvailable ?? false;
  furStep.input('declared', declared);
  furStep.input('pctDemonstratedAvailable', demonstrated);
  const accessible = demonstrated ? declared : pence(0);
  const findings: IncentiveFinding[] = [...objectives.findings];
  if (declared > 0 && !demonstrated) {
    findings.push({
      code: 'DES_C2_FREED_UP_RESOURCES',
      rule: furRule.id,
      outcome: 'warning',
      message: 'the PCT has not demonstrated that the freed-up resources became available, so they do not reduce component 2',
      sources: furRule.sources,
    });
  } else {
    findings.push({
      code: 'DES_C2_FREED_UP_RESOURCES',
      rule: furRule.id,
      outcome: 'info',
      message: `${formatGbp(accessible)} of freed-up resources accessible, whether or not the objectives were met`,
      sources: furRule.sources,
    });
  }
  root.child(furStep.done(accessible));

  const topUp = decideDesComponent2TopUp(policy, { componentValue: value.value, freedUpResourcesAccessible: accessible, objectivesMet: objectives.met, asOf: readOn });
  root.child(topUp.explanation);
  const claimed = assessDesComponent2Claim(policy, { objectivesAgreedMetOn: claim.objectivesAgreedMetOn, claimedOn: claim.claimedOn, asOf, readOn });
  root.child(claimed.explanation);
  findings.push(...claimed.findings);

  let outcome: DesComponent2Outcome;
  if (!objectives.met) outcome = 'not-earned';
  else if (topUp.topUp === 0 && accessible > 0) outcome = 'replaced-by-freed-up-resources';
  else if (claimed.standing === 'late' || claimed.standing === 'premature') outcome = 'refused';
  else if (claimed.standing === 'unclaimed') outcome = 'unclaimed';
  else outcome = 'payable';
  const amountPayable = outcome === 'payable' ? topUp.topUp : pence(0);
  let paymentDue: string | null = null;
  if (amountPayable > 0 && claim.claimedOn !== undefined) {
    const payment = nextGlobalSumPaymentDate(policy, { after: claim.claimedOn, timingParameter: 'des.c2.paymentTiming', readOn });
    root.child(payment.explanation);
    paymentDue = payment.date;
  }
  const practiceReceives = addMoney(accessible, amountPayable);
  return {
    component: 'C2',
    practiceCode: claim.practiceCode,
    outcome,
    listSizeDate: value.listSizeDate,
    listSize: value.listSize,
    ratePerPatient: value.ratePerPatient,
    componentValue: value.value,
    objectivesMet: objectives.met,
    freedUpResourcesDeclared: declared,
    freedUpResourcesAccessible: accessible,
    topUp: topUp.topUp,
    amountPayable,
    practiceReceives,
    claimDeadline: claimed.deadline,
    paymentDue,
    findings,
    explanation: root.done({ outcome, amountPayable, practiceReceives, paymentDue }),
  };
}

/**
 * Works out a practice's payment under the Towards PBC Directed Enhanced Service (1 April 2006 – 31
 * March 2007; SFE section 7A), for one component:
 *
 * - **Component 1** — 95p per registered patient for signing up: the DES plan agreed with the PCT
 *   and (by default, `des.c1.requiresIndicativeBudget`) the indicative budget accepted. The list
 *   date is a parameter (default 1 April 2006, unconfirmed). Paid with the next monthly global sum
 *   after the last condition is met.
 * - **Component 2** — 95p per registered patient on the list at 1 April 2007, when the plan's
 *   objectives are met (for a joint plan, the joint objectives and the practice's own). SFE 7A.12:
 *   accessible freed-up resources at least equal to the C2 value replace it; smaller ones are topped
 *   up to it; freed-up resources count only if the PCT demonstrated them available. The practice
 *   claims in writing after the PCT agrees the objectives were met, by 30 June 2007 (later claims
 *   are refused); payment goes with the next monthly global sum after the claim.
 *
 * A plan agreed outside 2006/07 is an error (`NOT_IN_FORCE`), never a zero. A refused claim is an
 * outcome (`refused`) with findings saying why, so a PCT can process a batch of claims.
 *
 * @param input - a claim for one component (checked at run time with `DesClaimSchema`)
 * @param options - `policy` (default baseline) and `asOf` ("today", optional: see
 *   {@link TowardsPbcDesPaymentOptions})
 * @returns a {@link DesPayment}: the amount, the outcome, the payment date, every finding and the
 *   explanation; tell the components apart by `component`
 * @throws PbcError `INVALID_INPUT` for a malformed claim (an unknown `component`, negative
 *   freed-up resources…), every issue with its path; `CONFLICTING_INPUT` for inputs that contradict
 *   each other (a claim dated before the plan, a joint objective in an individual plan, an event
 *   after `asOf`); `MISSING_INPUT` (path `listSizes`) when the list on the date the component uses
 *   was not given; `NOT_IN_FORCE` (path `planAgreedOn`, rule `des.term`) for a plan outside the DES
 * @category Incentives
 * @example
 * ```ts
 * import { towardsPbcDesPayment } from 'practice-based-commissioning/incentives';
 * // 6,000 patients, objectives met, £2,000 of freed-up resources: C2 is worth £5,700, topped up by £3,700.
 * const c2 = towardsPbcDesPayment({
 *   component: 'C2', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', plan: 'individual',
 *   objectives: [{ id: 'referrals', scope: 'own', met: true }],
 *   objectivesAgreedMetOn: '2007-04-20', claimedOn: '2007-05-02',
 *   freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true },
 *   listSizes: [{ date: '2007-04-01', registered: 6000 }],
 * });
 * c2.outcome;            //=> 'payable'
 * c2.componentValue;     //=> 570000
 * c2.amountPayable;      //=> 370000
 * c2.component === 'C2' && c2.practiceReceives; //=> 570000
 * c2.paymentDue;         //=> '2007-05-31'
 * ```
 * @example
 * ```ts
 * import { towardsPbcDesPayment } from 'practice-based-commissioning/incentives';
 * const c1 = towardsPbcDesPayment({
 *   component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01',
 *   listSizes: [{ date: '2006-04-01', registered: 5950 }],
 * });
 * c1.amountPayable; //=> 565250 (95p × 5,950)
 * c1.paymentDue;    //=> '2006-06-30'
 * ```
 */
export function towardsPbcDesPayment(input: TowardsPbcDesPaymentInput, options?: TowardsPbcDesPaymentOptions): DesPayment {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(DesClaimSchema, input, 'Towards PBC DES claim');
  // Claims that contradict themselves (or lie after asOf) are CONFLICTING_INPUT, raised as the schema
  // with the checks across fields raises them; that schema is built only for a claim that fails them.
  if (crossFieldIssues(parsed, asOf).length > 0) parseInput(DesClaimSchema.superRefine((claim, ctx) => reportIssues(ctx, crossFieldIssues(claim, asOf))), input, 'Towards PBC DES claim');
  return parsed.component === 'C1' ? component1(parsed, policy, asOf) : component2(parsed, policy, asOf);
}
