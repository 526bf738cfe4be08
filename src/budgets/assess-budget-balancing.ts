/**
 * Overspends under an indicative budget: the PCT carries the risk, but a practice must balance its
 * budget over a window of years (three under the 2004 guidance) and can lose its right to a budget,
 * after arbitration, when it cannot.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { baselinePolicy } from '../policy/baseline.js';
import { FinancialYearSchema, IsoDateSchema, financialYearBounds, financialYearStarting, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation, type ExplanationBuilder } from '../core/explanation.js';
import { formatGbp, minMoney, pence, subtractMoney, sumMoney, type Pence } from '../core/money.js';
import { issue, parseInput } from '../core/validation.js';
import { finding, requireInForce, ruleOf } from './internal.js';
import { BudgetHolderSchema, BudgetAmountSchema, type BudgetFinding, type BudgetHolder } from './model.js';

const RULE = ruleOf('budget.balancing');

/**
 * The zod schema for one earlier year of a holder's budget: the year, the budget and the outturn.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetYearSchema } from 'practice-based-commissioning/schemas';
 * BudgetYearSchema.parse({ financialYear: '2005/06', budget: 100_000_000, outturn: 102_000_000 });
 * ```
 */
export const BudgetYearSchema = z
  .object({
    financialYear: FinancialYearSchema,
    budget: BudgetAmountSchema,
    outturn: BudgetAmountSchema,
  })
  .strict();

/**
 * One earlier year of a holder's budget. See {@link BudgetYearSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetYear } from 'practice-based-commissioning';
 * const year = { financialYear: '2005/06', budget: 100_000_000, outturn: 102_000_000 } as BudgetYear;
 * ```
 */
export type BudgetYear = z.infer<typeof BudgetYearSchema>;

/**
 * The zod schema for an SHA arbitration decision on a practice that failed to balance its budget.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetShaArbitrationSchema } from 'practice-based-commissioning/schemas';
 * BudgetShaArbitrationSchema.parse({ decision: 'rightRemoved', decidedOn: '2008-07-01' });
 * ```
 */
export const BudgetShaArbitrationSchema = z
  .object({
    decision: z.enum(['rightRemoved', 'rightRetained']).meta({ description: 'Whether the arbiter removed the practice\'s right to hold a budget.' }),
    decidedOn: IsoDateSchema.optional(),
  })
  .strict();

/**
 * An SHA arbitration decision. See {@link BudgetShaArbitrationSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetShaArbitration } from 'practice-based-commissioning';
 * const decision: BudgetShaArbitration = { decision: 'rightRetained' };
 * ```
 */
export type BudgetShaArbitration = z.infer<typeof BudgetShaArbitrationSchema>;

function uniqueEarlierYears(history: readonly { financialYear: string }[], current: string, context: z.RefinementCtx, at: (string | number)[]): void {
  const years = history.map((entry) => entry.financialYear);
  years.forEach((year, index) => {
    if (years.indexOf(year) !== index) context.addIssue(issue([...at, index, 'financialYear'], `${year} appears twice`, 'budget.balancing.uniqueYears'));
    if (year >= current) context.addIssue(issue([...at, index, 'financialYear'], `${year} is not before ${current}`, 'budget.balancing.earlierYears', 'CONFLICTING_INPUT'));
  });
}

/**
 * The zod schema for the input of {@link assessBudgetBalancing}: the year being assessed with its
 * budget and outturn, the holder's earlier years (each before it, none twice), and any SHA
 * arbitration decision.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { AssessBudgetBalancingInputSchema } from 'practice-based-commissioning/schemas';
 * AssessBudgetBalancingInputSchema.parse({
 *   financialYear: '2007/08', budget: 100_000_000, outturn: 99_000_000,
 *   history: [{ financialYear: '2006/07', budget: 100_000_000, outturn: 103_000_000 }],
 * });
 * ```
 */
export const AssessBudgetBalancingInputSchema = z
  .object({
    holder: BudgetHolderSchema.optional(),
    financialYear: FinancialYearSchema,
    budget: BudgetAmountSchema,
    outturn: BudgetAmountSchema,
    history: z.array(BudgetYearSchema).optional().meta({ description: "The holder's earlier years of indicative budget, in any order." }),
    shaArbitration: BudgetShaArbitrationSchema.optional(),
  })
  .strict()
  .superRefine((input, context) => uniqueEarlierYears(input.history ?? [], input.financialYear, context, ['history']));

/**
 * The input of {@link assessBudgetBalancing}. See {@link AssessBudgetBalancingInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { AssessBudgetBalancingInput } from 'practice-based-commissioning';
 * const input = { financialYear: '2007/08', budget: 100_000_000, outturn: 99_000_000 } as AssessBudgetBalancingInput;
 * ```
 */
export type AssessBudgetBalancingInput = z.input<typeof AssessBudgetBalancingInputSchema>;

/**
 * One year of a {@link BudgetBalancing}: a flat record.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetBalancingYear } from 'practice-based-commissioning';
 * declare const row: BudgetBalancingYear;
 * row.repaidEarlierOverspends + row.underspendLeft === Math.max(0, row.variance); //=> true
 * ```
 */
export interface BudgetBalancingYear {
  readonly financialYear: FinancialYear;
  readonly budget: Pence;
  readonly outturn: Pence;
  /** `budget − outturn`. */
  readonly variance: Pence;
  /** This year's underspend used to repay earlier overspends (oldest first). */
  readonly repaidEarlierOverspends: Pence;
  /** This year's underspend left after those repayments. */
  readonly underspendLeft: Pence;
}

/**
 * An overspend not yet recovered, in a {@link BudgetBalancing}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { OutstandingOverspend } from 'practice-based-commissioning';
 * const open = { incurredIn: '2006/07', amount: 2_000_000, mustBalanceBy: '2008/09' } as OutstandingOverspend;
 * ```
 */
export interface OutstandingOverspend {
  readonly incurredIn: FinancialYear;
  readonly amount: Pence;
  /** The last year of its balancing window. */
  readonly mustBalanceBy: FinancialYear;
  /** Whether that year has ended (is this year or earlier) with the overspend still outstanding. */
  readonly windowClosed: boolean;
}

/**
 * The result of {@link assessBudgetBalancing}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetBalancing } from 'practice-based-commissioning';
 * declare const balancing: BudgetBalancing;
 * balancing.status; //=> 'balanced' | 'recovering' | 'failedToBalance'
 * ```
 */
export interface BudgetBalancing {
  readonly holder?: BudgetHolder;
  readonly financialYear: FinancialYear;
  /** The balancing window in years (`budget.overspendBalancingYears`). */
  readonly windowYears: number;
  /** Every year assessed, oldest first, ending with this one. */
  readonly years: readonly BudgetBalancingYear[];
  readonly outstanding: readonly OutstandingOverspend[];
  /** This year's underspend used to repay earlier overspends. */
  readonly offsetThisYear: Pence;
  /** This year's underspend after those repayments: what can become freed-up resources. */
  readonly underspendAfterOffset: Pence;
  /** `balanced`: nothing outstanding; `recovering`: outstanding within its window; `failedToBalance`: a window closed with an overspend outstanding. */
  readonly status: 'balanced' | 'recovering' | 'failedToBalance';
  /** `atRiskPendingArbitration` until the SHA decides on a practice that failed to balance. */
  readonly rightToBudget: 'retained' | 'atRiskPendingArbitration' | 'removed';
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

function startYear(year: string): number {
  return Number(year.slice(0, 4));
}

/** The balancing rule on parsed input, recorded in `step`'s policy (shared with freedUpResources). @internal */
export function balanceBudget(
  input: {
    readonly holder?: BudgetHolder | undefined;
    readonly financialYear: FinancialYear;
    readonly budget: Pence;
    readonly outturn: Pence;
    readonly history?: readonly BudgetYear[] | undefined;
    readonly shaArbitration?: BudgetShaArbitration | undefined;
  },
  policy: Policy,
  paths: { readonly year: readonly (string | number)[]; readonly history: readonly (string | number)[]; readonly arbitration: readonly (string | number)[] },
): BudgetBalancing {
  const { start } = financialYearBounds(input.financialYear);
  const step: ExplanationBuilder = explain(RULE, policy, start);
  step.input('financialYear', input.financialYear);
  const history = [...(input.history ?? [])].sort((a, b) => (a.financialYear < b.financialYear ? -1 : 1));
  requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: [...paths.year], what: 'PBC indicative budgets' });
  (input.history ?? []).forEach((entry, index) => {
    const at = [...paths.history, index, 'financialYear'];
    requireInForce(step, { parameterId: 'budget.indicative.inForce', date: financialYearBounds(entry.financialYear).start, path: at, what: 'PBC indicative budgets' });
  });
  const windowYears = step.integer('budget.overspendBalancingYears', start);
  step.input('earlierYears', history.length);

  const outstanding: { incurredIn: FinancialYear; amount: Pence }[] = [];
  const years: BudgetBalancingYear[] = [...history, { financialYear: input.financialYear, budget: input.budget, outturn: input.outturn }].map((entry) => {
    const variance = subtractMoney(entry.budget, entry.outturn);
    let left = variance > 0 ? variance : pence(0);
    let repaid = pence(0);
    // Later underspends repay earlier overspends, oldest first (2004: "overspends in one year could be offset by savings in another").
    for (const open of outstanding) {
      if (left === 0) break;
      const payment = minMoney(left, open.amount);
      open.amount = subtractMoney(open.amount, payment);
      left = subtractMoney(left, payment);
      repaid = pence(repaid + payment);
    }
    for (let index = outstanding.length - 1; index >= 0; index -= 1) if (outstanding[index]?.amount === 0) outstanding.splice(index, 1);
    if (variance < 0) outstanding.push({ incurredIn: entry.financialYear, amount: pence(-variance) });
    return { financialYear: entry.financialYear, budget: entry.budget, outturn: entry.outturn, variance, repaidEarlierOverspends: repaid, underspendLeft: left };
  });
  // years ends with the year assessed, so it is never empty.
  const current = years[years.length - 1]!;
  const rows: OutstandingOverspend[] = outstanding.map((open) => {
    const mustBalanceBy = financialYearStarting(startYear(open.incurredIn) + windowYears - 1);
    return { incurredIn: open.incurredIn, amount: open.amount, mustBalanceBy, windowClosed: mustBalanceBy <= input.financialYear };
  });
  const failed = rows.some((row) => row.windowClosed);
  const status = rows.length === 0 ? 'balanced' : failed ? 'failedToBalance' : 'recovering';
  const findings: BudgetFinding[] = [];
  const sources = ['dh-2004-engaging-practices', 'hsj-2004-10-07'];
  for (const row of rows) {
    findings.push(
      row.windowClosed
        ? finding('FAILED_TO_BALANCE', 'breach', RULE.id, `the ${row.incurredIn} overspend of ${formatGbp(row.amount)} was not recovered by the end of ${row.mustBalanceBy}, the last year of its ${windowYears}-year window`, sources)
        : finding('BALANCING_WINDOW_OPEN', 'warning', RULE.id, `the ${row.incurredIn} overspend of ${formatGbp(row.amount)} must be recovered by the end of ${row.mustBalanceBy}`, sources),
    );
  }
  let rightToBudget: BudgetBalancing['rightToBudget'] = failed ? 'atRiskPendingArbitration' : 'retained';
  if (input.shaArbitration !== undefined) {
    step.input('shaArbitration', input.shaArbitration.decision);
    if (!failed) {
      findings.push(finding('ARBITRATION_NOT_NEEDED', 'info', RULE.id, 'an SHA decision was given, but the practice has not failed to balance: it is ignored', ['dh-faq-fur-sharing'], [...paths.arbitration]));
    } else if (input.shaArbitration.decision === 'rightRemoved') {
      rightToBudget = 'removed';
      findings.push(finding('RIGHT_TO_BUDGET_REMOVED', 'breach', RULE.id, 'after arbitration the practice loses its right to hold a budget', [...sources, 'dh-faq-fur-sharing'], [...paths.arbitration]));
    } else {
      rightToBudget = 'retained';
      findings.push(finding('RIGHT_TO_BUDGET_RETAINED_ON_ARBITRATION', 'info', RULE.id, 'after arbitration the practice keeps its right to hold a budget', [...sources, 'dh-faq-fur-sharing'], [...paths.arbitration]));
    }
  }
  if (failed && input.shaArbitration === undefined) step.note('a practice that cannot balance over the window could lose its right to a budget "following an arbitration process" (DH, October 2004)');
  const offsetThisYear = current.repaidEarlierOverspends;
  const underspendAfterOffset = current.underspendLeft;
  return {
    ...(input.holder === undefined ? {} : { holder: input.holder }),
    financialYear: input.financialYear,
    windowYears,
    years,
    outstanding: rows,
    offsetThisYear,
    underspendAfterOffset,
    status,
    rightToBudget,
    findings,
    explanation: step.done({ status, rightToBudget, outstanding: sumMoney(rows.map((row) => row.amount)), offsetThisYear }),
  };
}

/**
 * The options of {@link assessBudgetBalancing}: `policy` (default the baseline); `asOf` is not read (the financial year in the input dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { AssessBudgetBalancingOptions } from 'practice-based-commissioning';
 * const options: AssessBudgetBalancingOptions = {};
 * ```
 */
export interface AssessBudgetBalancingOptions extends EvaluationOptions {}

/**
 * Balances an indicative budget over the balancing window (`budget.overspendBalancingYears`, three
 * years under DH's October 2004 guidance): "overspends in one year could be offset by savings in
 * another", and a practice "unable to balance budgets over a 3-year period could lose [its] right
 * [to] hold a budget following an arbitration process" (DH 2004, via the Health Foundation's
 * Navigator). Later underspends repay earlier overspends, oldest first; an overspend still
 * outstanding at the end of the last year of its window means the practice has failed to balance,
 * and its right to a budget is at risk until the SHA (the arbiter, DH FAQ) decides.
 *
 * @param input - see {@link AssessBudgetBalancingInputSchema}
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns each year's repayments, the overspends outstanding with their deadlines, the status,
 *   the right to a budget, findings and the explanation
 * @throws PbcError `INVALID_INPUT` (negative money, a year twice); `CONFLICTING_INPUT` (an earlier year
 *   not before the year assessed); `NOT_IN_FORCE` (a year before 2005/06)
 * @category Budgets
 * @example
 * ```ts
 * import { assessBudgetBalancing } from 'practice-based-commissioning';
 * const balancing = assessBudgetBalancing({
 *   financialYear: '2007/08', budget: 100_000_000, outturn: 99_000_000,
 *   history: [{ financialYear: '2005/06', budget: 100_000_000, outturn: 103_000_000 },
 *             { financialYear: '2006/07', budget: 100_000_000, outturn: 100_000_000 }],
 * });
 * balancing.status;        //=> 'failedToBalance' (£30,000 from 2005/06, only £10,000 repaid by the end of 2007/08)
 * balancing.rightToBudget; //=> 'atRiskPendingArbitration'
 * ```
 */
export function assessBudgetBalancing(input: AssessBudgetBalancingInput, options?: AssessBudgetBalancingOptions): BudgetBalancing {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(AssessBudgetBalancingInputSchema, input, 'budget balancing request');
  return balanceBudget(parsed, policy, { year: ['financialYear'], history: ['history'], arbitration: ['shaArbitration'] });
}

/** The earlier-years check, for schemas that embed a history. @internal */
export const checkEarlierYears = uniqueEarlierYears;
