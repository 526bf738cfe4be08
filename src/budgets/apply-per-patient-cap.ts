/**
 * The per-patient cap: the most a budget pays for one patient in a financial year, the excess
 * falling to the health authority (fundholding) or the PCT (a local PBC high-cost threshold).
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { parseInput } from '../core/validation.js';
import { FinancialYearSchema, financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { isPbcError } from '../core/errors.js';
import { explain, type Explanation } from '../core/explanation.js';
import { formatGbp, minMoney, pence, subtractMoney, sumMoney, type Pence } from '../core/money.js';
import { finding, requireInForce, ruleOf } from './internal.js';
import { BudgetHolderSchema, BudgetAmountSchema, type BudgetFinding, type BudgetHolder } from './model.js';

const RULE = ruleOf('budget.perPatientCap');

/**
 * The zod schema for the input of {@link applyPerPatientCap}: the financial year, optionally the
 * holder, and the costs incurred per patient (several entries for one patient are added together).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { ApplyPerPatientCapInputSchema } from 'practice-based-commissioning/schemas';
 * ApplyPerPatientCapInputSchema.parse({ financialYear: '1994/95', patients: [{ patientId: 'p1', cost: 750_000 }] });
 * ```
 */
export const ApplyPerPatientCapInputSchema = z
  .object({
    financialYear: FinancialYearSchema,
    holder: BudgetHolderSchema.optional(),
    patients: z
      .array(
        z
          .object({
            patientId: z.string().min(1).meta({ description: "The caller's (pseudonymous) patient identifier." }),
            cost: BudgetAmountSchema.meta({ description: 'A cost incurred for the patient in the year.' }),
          })
          .strict(),
      )
      .meta({ description: 'Costs per patient; entries for the same patient are added together.' }),
  })
  .strict();

/**
 * The input of {@link applyPerPatientCap}. See {@link ApplyPerPatientCapInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ApplyPerPatientCapInput } from 'practice-based-commissioning';
 * const input = { financialYear: '1993/94', patients: [{ patientId: 'p1', cost: 750_000 }] } as ApplyPerPatientCapInput;
 * ```
 */
export type ApplyPerPatientCapInput = z.input<typeof ApplyPerPatientCapInputSchema>;

/**
 * One patient in a {@link PerPatientCapResult}: a flat record.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { PerPatientCapRow } from 'practice-based-commissioning';
 * declare const row: PerPatientCapRow;
 * row.paidByBudget + row.excess === row.cost; //=> true
 * ```
 */
export interface PerPatientCapRow {
  readonly patientId: string;
  /** The patient's total cost in the year. */
  readonly cost: Pence;
  /** What the budget pays: the cost, up to the cap. */
  readonly paidByBudget: Pence;
  /** The cost above the cap, paid by the health authority (or PCT). */
  readonly excess: Pence;
}

/**
 * The result of {@link applyPerPatientCap}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { PerPatientCapResult } from 'practice-based-commissioning';
 * declare const result: PerPatientCapResult;
 * result.regime; //=> 'GP_FUNDHOLDING' or 'PBC'
 * ```
 */
export interface PerPatientCapResult {
  readonly financialYear: FinancialYear;
  readonly holder?: BudgetHolder;
  /** The regime in force at the year's start. */
  readonly regime: 'GP_FUNDHOLDING' | 'PBC';
  /** The cap per patient, or `null` when none applies (PBC with no local threshold). */
  readonly cap: Pence | null;
  /** Who pays the excess: the health authority (fundholding), the PCT (PBC), or nobody when there is no cap. */
  readonly excessPaidBy: 'health authority' | 'PCT' | null;
  /** One row per patient, in first-seen order. */
  readonly patients: readonly PerPatientCapRow[];
  readonly totalCost: Pence;
  readonly paidByBudget: Pence;
  readonly excess: Pence;
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

/**
 * The options of {@link applyPerPatientCap}: `policy` (default the baseline); `asOf` is not read (the financial year in the input dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ApplyPerPatientCapOptions } from 'practice-based-commissioning';
 * const options: ApplyPerPatientCapOptions = {};
 * ```
 */
export interface ApplyPerPatientCapOptions extends EvaluationOptions {}

/**
 * Caps what a budget pays for any one patient in a financial year. Under GP fundholding the cap is
 * `fundholding.perPatientCap`: £5,000 under regulation 21 of the 1993 Regulations, raised to £6,000
 * from 1 April 1994 (SI 1994/640); the health authority pays the excess (the mechanism the cap
 * implies: the exact wording is unconfirmed). Under PBC there is no national threshold: a PCT may set
 * one locally (`budget.highCostPatientThreshold`, default none), and then the PCT pays the excess.
 * The cap in force on the year's first day applies. A year in neither regime (1999/00 – 2004/05, or
 * before 1991/92) is an error.
 *
 * @param input - see {@link ApplyPerPatientCapInputSchema}
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns per patient what the budget pays and the excess, the totals, findings and the explanation
 * @throws PbcError `INVALID_INPUT` (a negative cost, an empty patient id); `NOT_IN_FORCE` (a year in
 *   neither regime)
 * @category Budgets
 * @example
 * ```ts
 * import { applyPerPatientCap } from 'practice-based-commissioning';
 * const patients = [{ patientId: 'p1', cost: 750_000 }];
 * applyPerPatientCap({ financialYear: '1993/94', patients }).patients[0];
 * //=> { patientId: 'p1', cost: 750_000, paidByBudget: 500_000, excess: 250_000 }
 * applyPerPatientCap({ financialYear: '1994/95', patients }).patients[0];
 * //=> { patientId: 'p1', cost: 750_000, paidByBudget: 600_000, excess: 150_000 }
 * ```
 */
export function applyPerPatientCap(input: ApplyPerPatientCapInput, options?: ApplyPerPatientCapOptions): PerPatientCapResult {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(ApplyPerPatientCapInputSchema, input, 'per-patient cap request');
  const { start } = financialYearBounds(parsed.financialYear);
  const step = explain(RULE, policy, start);
  step.input('financialYear', parsed.financialYear);
  let fundholding = false;
  try {
    fundholding = step.boolean('fundholding.inForce', start);
  } catch (error) {
    if (!isPbcError(error, 'PARAMETER_NOT_IN_FORCE')) throw error;
  }
  if (!fundholding) requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: ['financialYear'], what: 'GP fundholding or PBC indicative budgets' });
  const regime = fundholding ? 'GP_FUNDHOLDING' : 'PBC';
  const capValue = fundholding ? step.integer('fundholding.perPatientCap', start) : step.optionalInteger('budget.highCostPatientThreshold', start);
  const cap = capValue === null ? null : pence(capValue);
  const excessPaidBy = cap === null ? null : fundholding ? 'health authority' : 'PCT';

  const totals = new Map<string, Pence>();
  for (const entry of parsed.patients) totals.set(entry.patientId, pence((totals.get(entry.patientId) ?? 0) + entry.cost));
  step.input('patients', totals.size);
  const findings: BudgetFinding[] = [];
  const rows: PerPatientCapRow[] = [...totals.entries()].map(([patientId, cost]) => {
    const paidByBudget = cap === null ? cost : minMoney(cost, cap);
    const excess = subtractMoney(cost, paidByBudget);
    if (excess > 0) {
      findings.push(
        finding('PER_PATIENT_CAP_APPLIED', 'info', RULE.id, `patient ${patientId}: ${formatGbp(cost)} in the year; the budget pays ${formatGbp(paidByBudget)} and the ${String(excessPaidBy)} ${formatGbp(excess)}`, RULE.sources, [
          'patients',
          parsed.patients.findIndex((entry) => entry.patientId === patientId),
        ]),
      );
    }
    return { patientId, cost, paidByBudget, excess };
  });
  if (cap === null) {
    findings.push(finding('NO_HIGH_COST_THRESHOLD', 'info', RULE.id, 'no national high-cost patient threshold applies under PBC (a local PCT parameter): every cost stays in the budget', ['uksi-1994-640'], ['financialYear']));
  }
  const paidByBudget = sumMoney(rows.map((row) => row.paidByBudget));
  const excess = sumMoney(rows.map((row) => row.excess));
  return {
    financialYear: parsed.financialYear,
    ...(parsed.holder === undefined ? {} : { holder: parsed.holder }),
    regime,
    cap,
    excessPaidBy,
    patients: rows,
    totalCost: sumMoney(rows.map((row) => row.cost)),
    paidByBudget,
    excess,
    findings,
    explanation: step.done({ regime, cap, paidByBudget, excess }),
  };
}
