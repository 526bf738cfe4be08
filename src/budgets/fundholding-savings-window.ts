/**
 * GP fundholders' savings: kept by the practice and spendable within a window of years, cut short
 * when the scheme ended and the remaining savings were transferred.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { parseInput } from '../core/validation.js';
import { FinancialYearSchema, addDays, financialYearBounds, financialYearStarting, parseIsoDate, type FinancialYear, type IsoDate } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { multiplyByRate, type Pence } from '../core/money.js';
import { finding, requireInForce, requireUnitInterval, ruleOf } from './internal.js';
import { BudgetHolderSchema, BudgetAmountSchema, type BudgetFinding, type BudgetHolder } from './model.js';

const RULE = ruleOf('fundholding.savings');

/**
 * The zod schema for the input of {@link fundholdingSavingsWindow}: the fund year the savings arose
 * in, the amount and optionally the holder (the day to report the window's status on is `options.asOf`).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { FundholdingSavingsWindowInputSchema } from 'practice-based-commissioning/schemas';
 * FundholdingSavingsWindowInputSchema.parse({ financialYear: '1993/94', savings: 4_000_000 });
 * ```
 */
export const FundholdingSavingsWindowInputSchema = z
  .object({
    financialYear: FinancialYearSchema.meta({ description: 'The fund year in which the savings arose.' }),
    savings: BudgetAmountSchema,
    holder: BudgetHolderSchema.optional(),
  })
  .strict();

/**
 * The input of {@link fundholdingSavingsWindow}. See {@link FundholdingSavingsWindowInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FundholdingSavingsWindowInput } from 'practice-based-commissioning';
 * const input = { financialYear: '1993/94', savings: 4_000_000 } as FundholdingSavingsWindowInput;
 * ```
 */
export type FundholdingSavingsWindowInput = z.input<typeof FundholdingSavingsWindowInputSchema>;

/**
 * The result of {@link fundholdingSavingsWindow}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FundholdingSavingsWindow } from 'practice-based-commissioning';
 * declare const window: FundholdingSavingsWindow;
 * window.spendBy; // the last day the savings may be spent by the practice
 * ```
 */
export interface FundholdingSavingsWindow {
  readonly financialYear: FinancialYear;
  readonly holder?: BudgetHolder;
  readonly savings: Pence;
  /** Kept by the practice (`budget.realBudget.holderSavingsShare`: fundholders kept their savings). */
  readonly keptByPractice: Pence;
  readonly windowYears: number;
  /** The end of the window: the last day of the `windowYears`-th year after the fund year. */
  readonly windowEnds: IsoDate;
  /** The day before the transfer of remaining savings, when that comes before the window ends. */
  readonly transferredOn: IsoDate | null;
  /** The last day the practice may spend the savings: the window's end, or the day before the transfer. */
  readonly spendBy: IsoDate;
  /** On `asOf`: `open` (still spendable) or `closed`; `null` without `asOf`. */
  readonly statusAsOf: 'open' | 'closed' | null;
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

/**
 * The options of {@link fundholdingSavingsWindow}: `policy` (default the baseline); `asOf`, the day on which to report whether the savings may still be spent (`statusAsOf`).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { FundholdingSavingsWindowOptions } from 'practice-based-commissioning';
 * const options: FundholdingSavingsWindowOptions = {};
 * ```
 */
export interface FundholdingSavingsWindowOptions extends EvaluationOptions {}

/**
 * The window within which a fundholder may spend a fund year's savings. Savings "stayed with the
 * practice" (Hansard, 3 Nov 1993; reg 24 of the 1993 Regulations) and could be spent "over up to four
 * years" (`fundholding.savingsSpendWindowYears`, The Independent): the window runs to the end of the
 * fourth financial year after the fund year. Fundholding ended on 31 March 1999 and remaining
 * savings were transferred under the Health Act 1999 order in force on 1 October 1999
 * (`fundholding.savingsTransferredOn`), which cuts later windows short.
 *
 * @param input - see {@link FundholdingSavingsWindowInputSchema}
 * @param options - `policy` (default the baseline) and `asOf` (the day for `statusAsOf`)
 * @returns the window, the last day to spend, the status on `asOf`, findings and the explanation
 * @throws PbcError `INVALID_INPUT` (negative savings); `NOT_IN_FORCE` (a year outside fundholding)
 * @category Budgets
 * @example
 * ```ts
 * import { fundholdingSavingsWindow } from 'practice-based-commissioning';
 * fundholdingSavingsWindow({ financialYear: '1992/93', savings: 4_000_000 }, { asOf: '1997-04-01' }).statusAsOf; //=> 'closed' (spendable to 1997-03-31)
 * fundholdingSavingsWindow({ financialYear: '1996/97', savings: 4_000_000 }).spendBy; //=> '1999-09-30' (cut short by the transfer)
 * ```
 */
export function fundholdingSavingsWindow(input: FundholdingSavingsWindowInput, options?: FundholdingSavingsWindowOptions): FundholdingSavingsWindow {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(FundholdingSavingsWindowInputSchema, input, 'fundholding savings request');
  const { start } = financialYearBounds(parsed.financialYear);
  const step = explain(RULE, policy, start);
  step.input('financialYear', parsed.financialYear);
  step.input('savings', parsed.savings);
  requireInForce(step, { parameterId: 'fundholding.inForce', date: start, path: ['financialYear'], what: 'GP fundholding' });
  const windowYears = step.integer('fundholding.savingsSpendWindowYears', start);
  const keptByPractice = multiplyByRate(parsed.savings, requireUnitInterval(step.ratio('budget.realBudget.holderSavingsShare', start), 'budget.realBudget.holderSavingsShare'));
  const windowEnds = financialYearBounds(financialYearStarting(Number(parsed.financialYear.slice(0, 4)) + windowYears)).end;
  const findings: BudgetFinding[] = [];
  let transferredOn: IsoDate | null = null;
  let spendBy = windowEnds;
  const schemeEnd = step.read('fundholding.inForce', windowEnds);
  if (schemeEnd.value === false) {
    const transfer = step.text('fundholding.savingsTransferredOn', windowEnds);
    if (transfer <= windowEnds) {
      transferredOn = parseIsoDate(transfer, 'fundholding.savingsTransferredOn');
      spendBy = addDays(transfer, -1);
      findings.push(
        finding(
          'SAVINGS_WINDOW_CUT_SHORT',
          'warning',
          RULE.id,
          `fundholding ended before the window closed (${windowEnds}); remaining savings were transferred on ${transfer}, so the practice could spend them until ${spendBy}`,
          ['hansard-1998-12-15', 'uksi-1999-2541'],
          ['financialYear'],
        ),
      );
    }
  }
  const statusAsOf = asOf === undefined ? null : asOf <= spendBy ? 'open' : 'closed';
  if (asOf !== undefined) step.input('asOf', asOf);
  return {
    financialYear: parsed.financialYear,
    ...(parsed.holder === undefined ? {} : { holder: parsed.holder }),
    savings: parsed.savings,
    keptByPractice,
    windowYears,
    windowEnds,
    transferredOn,
    spendBy,
    statusAsOf,
    findings,
    explanation: step.done({ windowEnds, spendBy, statusAsOf }),
  };
}

