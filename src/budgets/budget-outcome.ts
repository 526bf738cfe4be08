/**
 * A budget's year-end outcome: budget against outturn, the variance, and whether the holder
 * overspent. The record the incentives area reads (a local incentive award should depend on the
 * practice not overspending its indicative budget).
 *
 * @module
 */
import { z } from 'zod';
import { ruleOf } from './internal.js';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { FinancialYearSchema, financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PenceSchema, maxMoney, negateMoney, pence, subtractMoney, type Pence } from '../core/money.js';
import { issue, parseInput } from '../core/validation.js';
import { BudgetHolderSchema, BudgetKindSchema, BudgetAmountSchema, type BudgetFinding, type BudgetHolder, type BudgetKind } from './model.js';

const RULE = ruleOf('budget.outcome');

/**
 * The zod schema for a budget outcome as an input: the year, the kind (default `indicative`), the
 * budget and the outturn, optionally the holder and the basis (`outturn`, the default, or
 * `forecast`). The derived fields of a {@link BudgetOutcome} (`variance`, `underspend`, `overspend`,
 * `overspent`) may be passed too — so an outcome from {@link budgets!monitorBudget} can be handed on as it
 * is — and must then agree with the budget and outturn (rule `budget.outcome.consistent`).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { BudgetOutcomeInputSchema } from 'practice-based-commissioning/schemas';
 * BudgetOutcomeInputSchema.safeParse({ financialYear: '2007/08', budget: 100_000_000, outturn: 95_000_000 }).success; //=> true
 * BudgetOutcomeInputSchema.safeParse({ financialYear: '2007/08', budget: 100, outturn: 95, overspent: true }).success; //=> false
 * ```
 */
export const BudgetOutcomeInputSchema = z
  .object({
    holder: BudgetHolderSchema.optional(),
    financialYear: FinancialYearSchema,
    kind: BudgetKindSchema.optional().meta({ description: 'Default indicative.' }),
    basis: z.enum(['outturn', 'forecast']).optional().meta({ description: 'outturn (the year-end figure, the default) or forecast.' }),
    budget: BudgetAmountSchema,
    outturn: BudgetAmountSchema.meta({ description: 'What was spent against the budget in the year.' }),
    variance: PenceSchema.optional(),
    underspend: BudgetAmountSchema.optional(),
    overspend: BudgetAmountSchema.optional(),
    overspent: z.boolean().optional(),
  })
  .strict()
  .superRefine((input, context) => {
    const variance = input.budget - input.outturn;
    const expected = { variance, underspend: Math.max(0, variance), overspend: Math.max(0, -variance), overspent: variance < 0 };
    for (const key of ['variance', 'underspend', 'overspend', 'overspent'] as const) {
      const given = input[key];
      if (given !== undefined && given !== expected[key]) {
        context.addIssue(issue([key], `is ${String(given)} but the budget and outturn give ${String(expected[key])}`, 'budget.outcome.consistent', 'CONFLICTING_INPUT'));
      }
    }
  });

/**
 * A budget outcome as an input. See {@link BudgetOutcomeInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetOutcomeInput } from 'practice-based-commissioning';
 * const input = { financialYear: '2007/08', budget: 100_000_000, outturn: 95_000_000 } as BudgetOutcomeInput;
 * ```
 */
export type BudgetOutcomeInput = z.input<typeof BudgetOutcomeInputSchema>;

/**
 * A budget's year-end (or forecast) outcome: the documented record other areas read. `variance` is
 * `budget − outturn`: positive for an underspend, negative for an overspend. `overspent` is true
 * exactly when the outturn is above the budget — the fact a local incentive scheme conditions on
 * ("the practice not overspending its indicative budget", DH FAQ).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { budgetOutcome } from 'practice-based-commissioning';
 * const outcome = budgetOutcome({ financialYear: '2007/08', budget: 100_000_000, outturn: 101_000_000 });
 * outcome.overspent; //=> true
 * outcome.overspend; //=> 1_000_000
 * ```
 */
export interface BudgetOutcome {
  /** Who held the budget, when known. */
  readonly holder?: BudgetHolder;
  readonly financialYear: FinancialYear;
  readonly kind: BudgetKind;
  /** `outturn`: the year's actual spend; `forecast`: a projection (from {@link monitorBudget} before month 12). */
  readonly basis: 'outturn' | 'forecast';
  readonly budget: Pence;
  readonly outturn: Pence;
  /** `budget − outturn`: positive = underspend, negative = overspend. */
  readonly variance: Pence;
  /** `max(0, variance)`. */
  readonly underspend: Pence;
  /** `max(0, −variance)`. */
  readonly overspend: Pence;
  /** Whether the outturn is above the budget. */
  readonly overspent: boolean;
}

/** Builds a {@link BudgetOutcome} from checked figures. @internal */
export function outcomeOf(options: {
  readonly holder?: BudgetHolder | undefined;
  readonly financialYear: FinancialYear;
  readonly kind: BudgetKind;
  readonly basis: 'outturn' | 'forecast';
  readonly budget: Pence;
  readonly outturn: Pence;
}): BudgetOutcome {
  const variance = subtractMoney(options.budget, options.outturn);
  return {
    ...(options.holder === undefined ? {} : { holder: options.holder }),
    financialYear: options.financialYear,
    kind: options.kind,
    basis: options.basis,
    budget: options.budget,
    outturn: options.outturn,
    variance,
    underspend: maxMoney(variance, pence(0)),
    overspend: maxMoney(negateMoney(variance), pence(0)),
    overspent: variance < 0,
  };
}

/**
 * The options of {@link budgetOutcome}: `policy` (default the baseline); `asOf` is not read (no parameter is read).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetOutcomeOptions } from 'practice-based-commissioning';
 * const options: BudgetOutcomeOptions = {};
 * ```
 */
export interface BudgetOutcomeOptions extends EvaluationOptions {}

/**
 * The result of {@link budgetOutcome}: the {@link BudgetOutcome} record with the findings (none: the
 * rule only computes figures) and the explanation. Pass the record's figures (not the explanation)
 * on to {@link freedUpResources}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { budgetOutcome } from 'practice-based-commissioning';
 * const result = budgetOutcome({ financialYear: '2007/08', budget: 100_000_000, outturn: 101_000_000 });
 * result.explanation.rule; //=> 'budget.outcome'
 * ```
 */
export interface BudgetOutcomeResult extends BudgetOutcome {
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

/**
 * Makes a {@link BudgetOutcome} record from a budget and its outturn (checking any derived fields
 * given against them). A record maker, like `pence`: the rules that judge an outcome
 * ({@link freedUpResources}, {@link compareBudgetRegimes}) explain themselves.
 *
 * @param input - see {@link BudgetOutcomeInputSchema}
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns the outcome, with `kind` defaulting to `indicative` and `basis` to `outturn`, and its explanation
 * @throws PbcError `INVALID_INPUT` for a negative budget or outturn; `CONFLICTING_INPUT` when a
 *   derived field disagrees with them
 * @category Budgets
 * @example
 * ```ts
 * import { budgetOutcome } from 'practice-based-commissioning';
 * budgetOutcome({ financialYear: '2006/07', budget: 100_000_000, outturn: 90_000_000 });
 * //=> { financialYear: '2006/07', kind: 'indicative', basis: 'outturn', budget: 100_000_000, outturn: 90_000_000,
 * //     variance: 10_000_000, underspend: 10_000_000, overspend: 0, overspent: false, findings: [], explanation: { rule: 'budget.outcome', … } }
 * ```
 */
export function budgetOutcome(input: BudgetOutcomeInput, options?: BudgetOutcomeOptions): BudgetOutcomeResult {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(BudgetOutcomeInputSchema, input, 'budget outcome');
  const outcome = outcomeOf({
    holder: parsed.holder,
    financialYear: parsed.financialYear,
    kind: parsed.kind ?? 'indicative',
    basis: parsed.basis ?? 'outturn',
    budget: parsed.budget,
    outturn: parsed.outturn,
  });
  const step = explain(RULE, policy, financialYearBounds(outcome.financialYear).start);
  step.input('financialYear', outcome.financialYear);
  step.input('kind', outcome.kind);
  step.input('basis', outcome.basis);
  step.input('budget', outcome.budget);
  step.input('outturn', outcome.outturn);
  step.note('variance = budget − outturn; overspent exactly when the outturn is above the budget');
  return { ...outcome, findings: [], explanation: step.done({ variance: outcome.variance, overspent: outcome.overspent }) };
}
