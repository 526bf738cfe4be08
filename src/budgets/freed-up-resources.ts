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
import type { Policy } from '../core/policy-model/schemas.js';
import { baselinePolicy } from '../policy/baseline.js';
import { financialYearBounds, type FinancialYear } from '../core/calendar.js';
import type { Explanation } from '../core/explanation.js';
import { pence, subtractMoney, type Pence } from '../core/money.js';
import { BudgetYearSchema, BudgetShaArbitrationSchema, checkEarlierYears, type BudgetBalancing } from './assess-budget-balancing.js';
import { BudgetOutcomeInputSchema, outcomeOf } from './budget-outcome.js';
import { issue, parseInput } from '../core/validation.js';
import { BudgetAmountSchema, type BudgetFinding, type BudgetHolder } from './model.js';
import { releaseFreedUpResources } from './release-freed-up-resources.js';
import { shareFreedUpResources } from './share-freed-up-resources.js';
import { useFreedUpResources } from './use-freed-up-resources.js';

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
  return freedUpResourcesOf(parseInput(FreedUpResourcesInputSchema, input, 'freed-up resources request'), policy);
}

/**
 * {@link freedUpResources} on a request whose parts are already parsed with their schemas (the
 * outcome whole-area evaluation builds from a practice's monitored lines, and the practice's own
 * inputs, parsed with the area by `ScenarioAreaSchema`), under a resolved policy. The schema does not
 * run again when nothing its cross-field checks look at could fail: whole pence of zero or more, an
 * outcome that gives only budget and outturn, and earlier years each before the outcome's and none
 * twice. Otherwise the public function runs, so any error is the one it raises.
 *
 * @internal
 */
export function freedUpResourcesOnParsed(input: z.output<typeof FreedUpResourcesInputSchema>, policy: Policy): FreedUpResources {
  const { outcome } = input;
  const amount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;
  const years = new Set<string>();
  const history = input.history ?? [];
  const plain =
    amount(outcome.budget) &&
    amount(outcome.outturn) &&
    outcome.kind === undefined &&
    outcome.variance === undefined &&
    outcome.underspend === undefined &&
    outcome.overspend === undefined &&
    outcome.overspent === undefined &&
    history.every((entry) => entry.financialYear < outcome.financialYear && !years.has(entry.financialYear) && years.add(entry.financialYear));
  return plain ? freedUpResourcesOf(input, policy) : freedUpResources(input, { policy });
}

function freedUpResourcesOf(parsed: z.output<typeof FreedUpResourcesInputSchema>, policy: Policy): FreedUpResources {
  const outcome = outcomeOf({
    holder: parsed.outcome.holder,
    financialYear: parsed.outcome.financialYear,
    kind: 'indicative',
    basis: parsed.outcome.basis ?? 'outturn',
    budget: parsed.outcome.budget,
    outturn: parsed.outcome.outturn,
  });
  const share = shareFreedUpResources(outcome, parsed, policy);
  const { start } = financialYearBounds(outcome.financialYear);
  const release = releaseFreedUpResources(share.practiceShare, parsed.businessCase, policy, start);
  share.step.child(release.explanation);
  const use = useFreedUpResources(parsed.proposedUses ?? [], parsed.unspentFromPriorYear, share.practiceShare, policy, start);
  share.step.child(use.explanation);
  const { step, balancing, offset, claim, ratio, practiceShare, managementCostsCharged, pctShare, overspendBorneBy } = share;
  const { released, releaseStatus } = release;
  const { allowed, unspent } = use;
  const findings = [...share.findings, ...release.findings, ...use.findings];

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
