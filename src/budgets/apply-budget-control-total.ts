/**
 * The PCT's control total: for each service line, the practices' budgets may not sum above the
 * resources available; when they do, they are scaled down to them exactly.
 *
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import { apportion, formatGbp, subtractMoney, sumMoney, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import type { ServiceLine } from './model.js';
import { ruleOf } from './internal.js';

const RULE = ruleOf('budget.controlTotal');

/**
 * One row (one service line) of the PCT control-total table in an {@link IndicativeBudgetSet}: the
 * PCT's resources, any contingency held back, what was available to practices, what their budgets
 * summed to before and after the control, and what is left unallocated with the PCT.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetControlTotalRow } from 'practice-based-commissioning';
 * declare const row: BudgetControlTotalRow;
 * row.sumOfBudgets + row.unallocated === row.available; //=> true
 * row.sumOfBudgets <= row.available;                    //=> true, always
 * ```
 */
export interface BudgetControlTotalRow {
  readonly serviceLine: ServiceLine;
  /** The PCT's resources for the line. */
  readonly pctResources: Pence;
  /** Held back before budgets were set (`budget.controlTotal.contingencyShare`; zero when none). */
  readonly contingency: Pence;
  /** Resources less contingency: the control total for the line. */
  readonly available: Pence;
  /** The practices' budgets summed before the control. */
  readonly sumBeforeControl: Pence;
  /** The practices' budgets summed after it: never above `available`. */
  readonly sumOfBudgets: Pence;
  /** Whether the budgets were scaled down to `available`. */
  readonly scaledDown: boolean;
  /** `available − sumOfBudgets`, left with the PCT. */
  readonly unallocated: Pence;
}

/**
 * NAPC on the 2005 baseline: "the sum of all practice budgets must not exceed PCT resources". For each
 * line whose budgets sum above what is available, the available amount is apportioned in proportion
 * to the budgets before control (largest remainder), so the scaled budgets sum to it exactly and keep
 * their relative sizes to the penny. Lines within their resources are left as they are; the rest
 * stays unallocated with the PCT.
 *
 * @returns `budgets[practiceIndex][line]` after control, one row per line, and the explanation
 * @internal
 */
export function applyBudgetControlTotal(options: {
  readonly lines: readonly ServiceLine[];
  readonly pctResources: ReadonlyMap<ServiceLine, Pence>;
  readonly contingency: ReadonlyMap<ServiceLine, Pence>;
  readonly budgets: readonly ReadonlyMap<ServiceLine, Pence>[];
  readonly policy: Policy;
  readonly asOf: string;
}): { budgets: Map<ServiceLine, Pence>[]; rows: BudgetControlTotalRow[]; explanation: Explanation } {
  const step = explain(RULE, options.policy, options.asOf);
  const budgets = options.budgets.map(() => new Map<ServiceLine, Pence>());
  const rows: BudgetControlTotalRow[] = options.lines.map((line) => {
    // Every map holds every line in scope: setIndicativeBudget checks resources per line and fills the rest.
    const pctResources = options.pctResources.get(line)!;
    const contingency = options.contingency.get(line)!;
    const available = subtractMoney(pctResources, contingency);
    const before = options.budgets.map((practice) => practice.get(line)!);
    const sumBeforeControl = sumMoney(before);
    const scaledDown = sumBeforeControl > available;
    // sumBeforeControl > available ≥ 0, so at least one weight is positive.
    const after = scaledDown ? apportion(available, before) : before;
    after.forEach((amount, index) => budgets[index]?.set(line, amount));
    const sumOfBudgets = sumMoney(after);
    if (scaledDown) step.note(`${line}: budgets summed to ${formatGbp(sumBeforeControl)} against ${formatGbp(available)} available, so they were scaled down to it`);
    return { serviceLine: line, pctResources, contingency, available, sumBeforeControl, sumOfBudgets, scaledDown, unallocated: subtractMoney(available, sumOfBudgets) };
  });
  step.input('lines', [...options.lines]);
  return {
    budgets,
    rows,
    explanation: step.done(rows.map((row) => ({ serviceLine: row.serviceLine, available: row.available, sumOfBudgets: row.sumOfBudgets, scaledDown: row.scaledDown }))),
  };
}
