/**
 * Freed-up resources: a year-end underspend against an indicative budget shared between practice and
 * PCT, after earlier overspends are repaid and the PCT's prior claim is met; released for an approved
 * use; and, for an overspend, who carries the risk and where the practice stands in its balancing
 * window.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PbcError, printable } from '../core/errors.js';
import { formatGbp, minMoney, multiplyByRate, pence, subtractMoney, sumMoney, type Pence } from '../core/money.js';
import { BudgetYearSchema, BudgetShaArbitrationSchema, balanceBudget, checkEarlierYears, type BudgetBalancing } from './assess-budget-balancing.js';
import { BudgetOutcomeInputSchema, outcomeOf } from './budget-outcome.js';
import { issue, parseInput } from '../core/validation.js';
import { finding, requireInForce, requireUnitInterval, ruleOf } from './internal.js';
import { BudgetAmountSchema, type BudgetFinding, type BudgetHolder } from './model.js';

const RULE = ruleOf('fur.share');

const RELEASE_RULE = ruleOf('fur.release');

const USE_RULE = ruleOf('fur.use');

/**
 * The zod schema for a proposed use of freed-up resources: what it is, how much, and its purpose.
 * A purpose of `personalIncome` draws a warning (the DH position, disputed by the GPC).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { FurProposedUseSchema } from 'practice-based-commissioning/schemas';
 * FurProposedUseSchema.parse({ description: 'Community anticoagulation clinic', amount: 2_500_000, purpose: 'patientServices' });
 * ```
 */
export const FurProposedUseSchema = z
  .object({
    description: z.string().min(1),
    amount: BudgetAmountSchema,
    purpose: z.enum(['patientServices', 'premises', 'equipment', 'staffTime', 'personalIncome', 'other']).meta({
      description: 'patientServices, premises, equipment, staffTime, personalIncome (warned against) or other.',
    }),
  })
  .strict();

/**
 * A proposed use of freed-up resources. See {@link FurProposedUseSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FurProposedUse } from 'practice-based-commissioning';
 * const use = { description: 'Extra physiotherapy sessions', amount: 1_000_000, purpose: 'patientServices' } as FurProposedUse;
 * ```
 */
export type FurProposedUse = z.infer<typeof FurProposedUseSchema>;

/**
 * The zod schema for the PCT's decision on the business case for using the practice's share:
 * `approved` (optionally for less than the whole share), `pending`, `rejected` or `notSubmitted`.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { FurBusinessCaseSchema } from 'practice-based-commissioning/schemas';
 * FurBusinessCaseSchema.parse({ status: 'approved', approvedAmount: 3_000_000 });
 * ```
 */
export const FurBusinessCaseSchema = z
  .object({
    status: z.enum(['approved', 'pending', 'rejected', 'notSubmitted']),
    approvedAmount: BudgetAmountSchema.optional().meta({ description: 'approved only: the amount approved, when less than the whole share.' }),
  })
  .strict()
  .superRefine((businessCase, context) => {
    if (businessCase.approvedAmount !== undefined && businessCase.status !== 'approved') {
      context.addIssue(issue(['approvedAmount'], `an approved amount was given for a business case that is ${businessCase.status}`, 'fur.release.approvedAmountOnlyWhenApproved', 'CONFLICTING_INPUT'));
    }
  });

/**
 * A business case decision. See {@link FurBusinessCaseSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FurBusinessCase } from 'practice-based-commissioning';
 * const pending: FurBusinessCase = { status: 'pending' };
 * ```
 */
export type FurBusinessCase = z.infer<typeof FurBusinessCaseSchema>;

/**
 * The zod schema for the input of {@link freedUpResources}: the year's budget outcome (an indicative
 * budget), and optionally the holder's earlier years and any SHA arbitration (for the balancing
 * window), the PCT's own deficit (its prior claim), the practice's reasonable management costs
 * (2005/06 rule), the business case decision, the proposed uses, and last year's released but
 * unspent freed-up resources.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { FreedUpResourcesInputSchema } from 'practice-based-commissioning/schemas';
 * FreedUpResourcesInputSchema.parse({ outcome: { financialYear: '2006/07', budget: 100_000_000, outturn: 90_000_000 } });
 * ```
 */
export const FreedUpResourcesInputSchema = z
  .object({
    outcome: BudgetOutcomeInputSchema,
    history: z.array(BudgetYearSchema).optional().meta({ description: "The holder's earlier years of indicative budget (for the balancing window)." }),
    shaArbitration: BudgetShaArbitrationSchema.optional(),
    pctDeficit: BudgetAmountSchema.optional().meta({ description: "The PCT's own deficit for the year, which has a prior claim on savings (default none)." }),
    managementCosts: BudgetAmountSchema.optional().meta({ description: "The practice's reasonable management costs claimed against the remainder (where the rule allows)." }),
    businessCase: FurBusinessCaseSchema.optional(),
    proposedUses: z.array(FurProposedUseSchema).optional(),
    unspentFromPriorYear: BudgetAmountSchema.optional().meta({ description: 'Freed-up resources released last year and not yet spent.' }),
  })
  .strict()
  .superRefine((input, context) => {
    checkEarlierYears(input.history ?? [], input.outcome.financialYear, context, ['history']);
    if (input.outcome.kind === 'real') context.addIssue(issue(['outcome', 'kind'], 'freed-up resources arise under an indicative budget; use compareBudgetRegimes for a real budget', 'fur.indicativeOnly'));
  });

/**
 * The input of {@link freedUpResources}. See {@link FreedUpResourcesInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FreedUpResourcesInput } from 'practice-based-commissioning';
 * declare const input: FreedUpResourcesInput;
 * input.outcome.budget;
 * ```
 */
export type FreedUpResourcesInput = z.input<typeof FreedUpResourcesInputSchema>;

/**
 * The result of {@link freedUpResources}: where every penny of an underspend went, whether the
 * practice's share is released, and for an overspend who carries it and where the practice stands.
 * `offsetAgainstEarlierOverspends + pctPriorClaim + practiceShare + managementCostsCharged + pctShare`
 * always equals `underspend`.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FreedUpResources } from 'practice-based-commissioning';
 * declare const fur: FreedUpResources;
 * fur.practiceShare; // the practice's freed-up resources
 * fur.overspent;     // read by local incentive schemes
 * ```
 */
export interface FreedUpResources {
  readonly holder?: BudgetHolder;
  readonly financialYear: FinancialYear;
  /** Whether the figures rest on the outturn or a forecast. */
  readonly basis: 'outturn' | 'forecast';
  readonly budget: Pence;
  readonly outturn: Pence;
  /** `budget − outturn`. */
  readonly variance: Pence;
  readonly underspend: Pence;
  readonly overspend: Pence;
  /** Whether the outturn is above the budget. */
  readonly overspent: boolean;
  /** Underspend first used to repay the practice's own outstanding overspends. */
  readonly offsetAgainstEarlierOverspends: Pence;
  /** Taken by the PCT to clear its own deficit before (or from) the shares. */
  readonly pctPriorClaim: Pence;
  /** The practice's share in force (`fur.practiceShare`), as a decimal string. */
  readonly practiceShareRatio: string;
  /** The practice's freed-up resources. */
  readonly practiceShare: Pence;
  /** Charged against the practice's reasonable management costs (2005/06 rule). */
  readonly managementCostsCharged: Pence;
  /** What goes to the PCT after all of the above. */
  readonly pctShare: Pence;
  /** The part of the practice's share released for use now. */
  readonly released: Pence;
  /** The part of the practice's share not (yet) released. */
  readonly notReleased: Pence;
  readonly releaseStatus: 'nothingToRelease' | 'released' | 'partlyReleased' | 'awaitingBusinessCase' | 'refused';
  /** Who carries this year's overspend, or `null` when there is none. */
  readonly overspendBorneBy: 'pct' | 'practice' | null;
  readonly balancing: BudgetBalancing;
  readonly rightToBudget: BudgetBalancing['rightToBudget'];
  readonly carryOver: {
    readonly allowed: boolean;
    readonly unspentFromPriorYear: Pence;
    readonly carriedForward: Pence;
    readonly lapsed: Pence;
  };
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

function splitWithPriorClaim(basis: string, afterOffset: Pence, deficit: Pence, ratio: string): { claim: Pence; practiceShare: Pence; remainder: Pence } {
  if (basis === 'wholeUnderspend') {
    const claim = minMoney(afterOffset, deficit);
    const shareable = subtractMoney(afterOffset, claim);
    const practiceShare = multiplyByRate(shareable, ratio);
    return { claim, practiceShare, remainder: subtractMoney(shareable, practiceShare) };
  }
  if (basis === 'pctShareFirst') {
    const provisional = multiplyByRate(afterOffset, ratio);
    const pctPart = subtractMoney(afterOffset, provisional);
    const fromPct = minMoney(pctPart, deficit);
    const fromPractice = minMoney(provisional, subtractMoney(deficit, fromPct));
    return { claim: pence(fromPct + fromPractice), practiceShare: subtractMoney(provisional, fromPractice), remainder: subtractMoney(pctPart, fromPct) };
  }
  throw new PbcError('INVALID_POLICY', `"fur.pctPriorClaim.basis" is ${printable(basis)}; the rule knows 'wholeUnderspend' and 'pctShareFirst'`, {
    issues: [{ path: ['parameters', 'fur.pctPriorClaim.basis'], message: "must be 'wholeUnderspend' or 'pctShareFirst'", rule: 'fur.pctPriorClaim.basis' }],
  });
}

/**
 * The options of {@link freedUpResources}: `policy` (default the baseline); `asOf` is not read (the outcome's financial year dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FreedUpResourcesOptions } from 'practice-based-commissioning';
 * const options: FreedUpResourcesOptions = {};
 * ```
 */
export interface FreedUpResourcesOptions extends EvaluationOptions {}

/**
 * What happens to a practice's indicative budget at the year end.
 *
 * An **underspend** is, in order: (1) used to repay the practice's own outstanding overspends within
 * the balancing window (see {@link assessBudgetBalancing}); (2) subject to the PCT's prior claim to
 * clear its own deficit ("PCTs had a prior right to use savings to clear their own overspend",
 * citing DH 2006; taken from the whole underspend or from the PCT's share first, by
 * `fur.pctPriorClaim.basis`); (3) shared — the practice keeps `fur.practiceShare`: 50% under the
 * October 2004 guidance (2005/06), "at least 70%" from 2006/07 (Hansard, 6 Nov 2006); in 2005/06 the
 * rest "could be charged against reasonable practice management costs, with the balance going to the
 * PCT". Each share is rounded once, half-up, and the parts always sum to the underspend. The
 * practice's share is **released** only for a use the PCT approves, normally through a business case;
 * a proposed use as **personal income** draws a warning (the DH position; the GPC disputed it, so it
 * is not an error). Unspent FUR from last year carries over only if `fur.carryOver` allows (no national
 * rule: default no).
 *
 * An **overspend** under an indicative budget is carried by the PCT ("the PCT carried the risk",
 * Pulse), but counts against the practice in its balancing window: one it cannot balance puts its
 * right to a budget at risk, subject to SHA arbitration.
 *
 * @param input - see {@link FreedUpResourcesInputSchema}
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns the split of every penny, the release, the overspend position, findings and explanation
 * @throws PbcError `INVALID_INPUT` (negative money, a real budget, a year twice); `CONFLICTING_INPUT`
 *   (derived outcome fields that disagree, an earlier year not before this one, an approved amount on
 *   a case not approved); `NOT_IN_FORCE` (a year before 2005/06)
 * @category Budgets
 * @example
 * ```ts
 * import { freedUpResources } from 'practice-based-commissioning';
 * // 2006/07: £100,000 underspent, business case approved: the practice keeps at least 70%.
 * const fur = freedUpResources({
 *   outcome: { financialYear: '2006/07', budget: 1_000_000_000, outturn: 990_000_000 },
 *   businessCase: { status: 'approved' },
 * });
 * fur.practiceShare; //=> 7_000_000 (£70,000)
 * fur.pctShare;      //=> 3_000_000
 * fur.releaseStatus; //=> 'released'
 * ```
 */
export function freedUpResources(input: FreedUpResourcesInput, options?: FreedUpResourcesOptions): FreedUpResources {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(FreedUpResourcesInputSchema, input, 'freed-up resources request');
  const outcome = outcomeOf({
    holder: parsed.outcome.holder,
    financialYear: parsed.outcome.financialYear,
    kind: 'indicative',
    basis: parsed.outcome.basis ?? 'outturn',
    budget: parsed.outcome.budget,
    outturn: parsed.outcome.outturn,
  });
  const { start } = financialYearBounds(outcome.financialYear);
  const step = explain(RULE, policy, start);
  step.input('financialYear', outcome.financialYear);
  step.input('budget', outcome.budget);
  step.input('outturn', outcome.outturn);
  requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: ['outcome', 'financialYear'], what: 'PBC indicative budgets' });
  const findings: BudgetFinding[] = [];
  if (outcome.basis === 'forecast') {
    findings.push(finding('FORECAST_BASIS', 'warning', RULE.id, 'the figures rest on a forecast outturn: freed-up resources are settled on the year-end outturn', RULE.sources, ['outcome', 'basis']));
  }

  const balancing = balanceBudget(
    { holder: outcome.holder, financialYear: outcome.financialYear, budget: outcome.budget, outturn: outcome.outturn, history: parsed.history, shaArbitration: parsed.shaArbitration },
    policy,
    { year: ['outcome', 'financialYear'], history: ['history'], arbitration: ['shaArbitration'] },
  );
  step.child(balancing.explanation);
  findings.push(...balancing.findings);

  // Overspend: who carries it.
  let overspendBorneBy: FreedUpResources['overspendBorneBy'] = null;
  if (outcome.overspent) {
    const pctCarries = step.boolean('budget.indicative.pctCarriesOverspendRisk', start);
    overspendBorneBy = pctCarries ? 'pct' : 'practice';
    findings.push(
      finding(
        'OVERSPEND_PCT_CARRIES_RISK',
        pctCarries ? 'info' : 'warning',
        RULE.id,
        pctCarries
          ? `overspent by ${formatGbp(outcome.overspend)}: the budget is indicative, so the PCT carries the risk; it counts against the practice in its balancing window`
          : `overspent by ${formatGbp(outcome.overspend)}: under this policy the practice carries the risk`,
        ['pulse-nuts-and-bolts-pbc', 'hsj-2004-09-30-savings-pledge'],
        ['outcome', 'outturn'],
      ),
    );
  }

  // Underspend: offset, prior claim, shares.
  const offset = balancing.offsetThisYear;
  const afterOffset = balancing.underspendAfterOffset;
  if (offset > 0) findings.push(finding('OFFSET_EARLIER_OVERSPEND', 'info', 'budget.balancing', `${formatGbp(offset)} of the underspend repaid earlier overspends first`, ['dh-2004-engaging-practices'], ['history']));
  const ratio = requireUnitInterval(step.ratio('fur.practiceShare', start), 'fur.practiceShare');
  const deficit = parsed.pctDeficit ?? pence(0);
  step.input('pctDeficit', deficit);
  let claim = pence(0);
  let practiceShare = pence(0);
  let remainder = pence(0);
  if (afterOffset > 0) {
    const basis = deficit > 0 ? step.text('fur.pctPriorClaim.basis', start) : 'wholeUnderspend';
    ({ claim, practiceShare, remainder } = splitWithPriorClaim(basis, afterOffset, deficit, ratio));
    if (claim > 0) {
      findings.push(
        finding(
          'PCT_PRIOR_CLAIM',
          'warning',
          RULE.id,
          `the PCT is in deficit by ${formatGbp(deficit)} and takes ${formatGbp(claim)} of the savings first (${basis}); where a PCT cannot share freed-up resources as the guidance says it must agree another approach with its practices, with the SHA as arbiter`,
          ['diabetesonthenet-pbc-responsibilities', 'pulse-what-next-for-fur', 'dh-faq-fur-sharing'],
          ['pctDeficit'],
        ),
      );
    }
  }
  let managementCostsCharged = pence(0);
  if (remainder > 0 && step.boolean('fur.remainderCoversManagementCosts', start)) {
    managementCostsCharged = minMoney(remainder, parsed.managementCosts ?? pence(0));
    if (managementCostsCharged > 0) {
      findings.push(finding('MANAGEMENT_COSTS_CHARGED', 'info', RULE.id, `${formatGbp(managementCostsCharged)} of the remainder was charged against the practice's reasonable management costs`, ['dh-2004-engaging-practices'], ['managementCosts']));
    }
  }
  const pctShare = subtractMoney(remainder, managementCostsCharged);

  // Release: an approved use, normally through a business case.
  const release = explain(RELEASE_RULE, policy, start);
  release.input('practiceShare', practiceShare);
  release.input('businessCase', parsed.businessCase?.status ?? 'notSubmitted');
  let released = pence(0);
  let releaseStatus: FreedUpResources['releaseStatus'] = 'nothingToRelease';
  if (practiceShare > 0) {
    const needsCase = release.boolean('fur.releaseRequiresApprovedBusinessCase', start);
    const status = parsed.businessCase?.status ?? 'notSubmitted';
    if (!needsCase) {
      released = practiceShare;
      releaseStatus = 'released';
    } else if (status === 'approved') {
      released = minMoney(practiceShare, parsed.businessCase?.approvedAmount ?? practiceShare);
      releaseStatus = released === practiceShare ? 'released' : 'partlyReleased';
    } else {
      releaseStatus = status === 'rejected' ? 'refused' : 'awaitingBusinessCase';
    }
    if (released > 0) findings.push(finding('FUR_RELEASED', 'info', RELEASE_RULE.id, `${formatGbp(released)} of the practice's ${formatGbp(practiceShare)} share is released`, RELEASE_RULE.sources, ['businessCase']));
    if (releaseStatus === 'refused') {
      findings.push(finding('FUR_BUSINESS_CASE_REJECTED', 'warning', RELEASE_RULE.id, 'the PCT rejected the business case, so nothing is released; the SHA arbitrates disputes', RELEASE_RULE.sources, ['businessCase', 'status']));
    }
    if (releaseStatus === 'awaitingBusinessCase' || releaseStatus === 'partlyReleased') {
      findings.push(
        finding(
          'FUR_AWAITING_BUSINESS_CASE',
          'info',
          RELEASE_RULE.id,
          `${formatGbp(subtractMoney(practiceShare, released))} of the practice's share is held until the PCT approves a business case for its use`,
          RELEASE_RULE.sources,
          ['businessCase'],
        ),
      );
    }
  }
  step.child(release.done({ released, releaseStatus }));

  // Uses and carry-over.
  const use = explain(USE_RULE, policy, start);
  const uses = parsed.proposedUses ?? [];
  use.input('proposedUses', uses.length);
  if (uses.some((entry) => entry.purpose === 'personalIncome') && !use.boolean('fur.personalIncomePermitted', start)) {
    uses.forEach((entry, index) => {
      if (entry.purpose !== 'personalIncome') return;
      findings.push(
        finding(
          'FUR_PERSONAL_INCOME',
          'warning',
          USE_RULE.id,
          `proposed use ${index} ("${entry.description}") is personal income: the DH position is that savings are reinvested in services, not taken as pay (the GPC disputed this)`,
          USE_RULE.sources,
          ['proposedUses', index, 'purpose'],
        ),
      );
    });
  }
  const proposed = sumMoney(uses.map((entry) => entry.amount));
  if (proposed > practiceShare) {
    findings.push(finding('FUR_USES_EXCEED_SHARE', 'warning', USE_RULE.id, `the proposed uses add up to ${formatGbp(proposed)}, more than the practice's share of ${formatGbp(practiceShare)}`, USE_RULE.sources, ['proposedUses']));
  }
  const unspent = parsed.unspentFromPriorYear ?? pence(0);
  let allowed = false;
  if (unspent > 0) {
    allowed = use.boolean('fur.carryOver', start);
    findings.push(
      allowed
        ? finding('FUR_CARRIED_OVER', 'info', USE_RULE.id, `${formatGbp(unspent)} of last year's freed-up resources carries over`, ['dh-2004-engaging-practices'], ['unspentFromPriorYear'])
        : finding('FUR_LAPSED', 'warning', USE_RULE.id, `${formatGbp(unspent)} of last year's freed-up resources lapses: no carry-over under this policy`, ['dh-2004-engaging-practices'], ['unspentFromPriorYear']),
    );
  }
  step.child(use.done({ proposed, carriedForward: allowed ? unspent : 0 }));

  return {
    ...(outcome.holder === undefined ? {} : { holder: outcome.holder }),
    financialYear: outcome.financialYear,
    basis: outcome.basis,
    budget: outcome.budget,
    outturn: outcome.outturn,
    variance: outcome.variance,
    underspend: outcome.underspend,
    overspend: outcome.overspend,
    overspent: outcome.overspent,
    offsetAgainstEarlierOverspends: offset,
    pctPriorClaim: claim,
    practiceShareRatio: ratio,
    practiceShare,
    managementCostsCharged,
    pctShare,
    released,
    notReleased: subtractMoney(practiceShare, released),
    releaseStatus,
    overspendBorneBy,
    balancing,
    rightToBudget: balancing.rightToBudget,
    carryOver: { allowed, unspentFromPriorYear: unspent, carriedForward: allowed ? unspent : pence(0), lapsed: allowed ? pence(0) : unspent },
    findings,
    explanation: step.done({ underspend: outcome.underspend, practiceShare, pctShare, pctPriorClaim: claim, released, overspendBorneBy }),
  };
}
