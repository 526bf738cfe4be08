/**
 * A budget from historic activity priced at the year's tariff: counts times unit prices per service
 * line, with emergency activity above a baseline at the tariff's marginal rate where one is in force,
 * plus costs the caller has already worked out (prescribing formulae, block contracts).
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { valueSuitsUnit, type Policy } from '../core/policy-model/schemas.js';
import { baselinePolicy } from '../policy/baseline.js';
import { FinancialYearSchema, financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PbcError } from '../core/errors.js';
import { addMoney, multiplyByRate, pence, sumMoney, type Pence } from '../core/money.js';
import { SERVICE_LINE_IDS } from '../policy/catalogues/service-lines.js';
import { issue, parseInput } from '../core/validation.js';
import { finding, requireInForce, ruleOf } from './internal.js';
import { BudgetAmountSchema, ServiceLineSchema, type BudgetFinding, type ServiceLine } from './model.js';

const RULE = ruleOf('budget.historicActivity');

/**
 * The zod schema for one item of historic activity: a count of spells or attendances for a service
 * line (optionally an HRG or tariff code) at a unit price from the year's tariff. For emergency
 * (`NON_ELECTIVE`) activity, `baselineCount` is the count in the tariff's baseline year: activity
 * above it is paid at the marginal rate when one is in force.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { HistoricActivityItemSchema } from 'practice-based-commissioning/schemas';
 * HistoricActivityItemSchema.parse({ serviceLine: 'DAY_CASE', currency: 'H02', count: 120, unitPrice: 85_000 });
 * ```
 */
export const HistoricActivityItemSchema = z
  .object({
    serviceLine: ServiceLineSchema,
    currency: z.string().min(1).optional().meta({ description: 'The HRG or tariff code, for the caller\'s own reference.' }),
    count: z.number().int({ message: 'must be a whole number of spells or attendances' }).nonnegative({ message: 'activity may not be negative' }),
    unitPrice: BudgetAmountSchema.meta({ description: "The year's tariff price per unit, in pence." }),
    baselineCount: z
      .number()
      .int({ message: 'must be a whole number' })
      .nonnegative({ message: 'may not be negative' })
      .optional()
      .meta({ description: 'Emergency activity only: the count in the marginal-rate baseline year.' }),
  })
  .strict()
  .superRefine((item, context) => {
    if (item.baselineCount !== undefined && item.serviceLine !== 'NON_ELECTIVE') {
      context.addIssue(issue(['baselineCount'], 'a marginal-rate baseline applies only to NON_ELECTIVE activity', 'tariff.marginalRate.nonElectiveOnly'));
    }
  });

/**
 * One item of historic activity. See {@link HistoricActivityItemSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { HistoricActivityItem } from 'practice-based-commissioning';
 * const item = { serviceLine: 'NON_ELECTIVE', count: 410, unitPrice: 150_000, baselineCount: 400 } as HistoricActivityItem;
 * ```
 */
export type HistoricActivityItem = z.infer<typeof HistoricActivityItemSchema>;

/**
 * The zod schema for a cost the caller has already worked out for a line (prescribing from the
 * prescribing formulae plus an uplift, a block contract's share).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { HistoricCostItemSchema } from 'practice-based-commissioning/schemas';
 * HistoricCostItemSchema.parse({ serviceLine: 'PRESCRIBING', amount: 95_000_000, description: 'formula plus uplift' });
 * ```
 */
export const HistoricCostItemSchema = z
  .object({
    serviceLine: ServiceLineSchema,
    amount: BudgetAmountSchema,
    description: z.string().min(1).optional(),
  })
  .strict();

/**
 * A cost the caller has already worked out. See {@link HistoricCostItemSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { HistoricCostItem } from 'practice-based-commissioning';
 * const prescribing = { serviceLine: 'PRESCRIBING', amount: 95_000_000 } as HistoricCostItem;
 * ```
 */
export type HistoricCostItem = z.infer<typeof HistoricCostItemSchema>;

/**
 * The zod schema for a practice's historic data: activity to price and costs already worked out.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { HistoricBudgetDataSchema } from 'practice-based-commissioning/schemas';
 * HistoricBudgetDataSchema.parse({ activity: [{ serviceLine: 'OUTPATIENT', count: 900, unitPrice: 9_500 }], costs: [] });
 * ```
 */
export const HistoricBudgetDataSchema = z
  .object({
    activity: z.array(HistoricActivityItemSchema).optional(),
    costs: z.array(HistoricCostItemSchema).optional(),
  })
  .strict();

/**
 * A practice's historic data. See {@link HistoricBudgetDataSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { HistoricBudgetData } from 'practice-based-commissioning';
 * const none: HistoricBudgetData = {};
 * ```
 */
export type HistoricBudgetData = z.infer<typeof HistoricBudgetDataSchema>;

/**
 * The zod schema for the input of {@link priceHistoricActivity}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { PriceHistoricActivityInputSchema } from 'practice-based-commissioning/schemas';
 * PriceHistoricActivityInputSchema.parse({ financialYear: '2007/08', activity: [], costs: [] });
 * ```
 */
export const PriceHistoricActivityInputSchema = HistoricBudgetDataSchema.extend({ financialYear: FinancialYearSchema }).strict();

/**
 * The input of {@link priceHistoricActivity}. See {@link PriceHistoricActivityInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { PriceHistoricActivityInput } from 'practice-based-commissioning';
 * const input = { financialYear: '2007/08', activity: [] } as PriceHistoricActivityInput;
 * ```
 */
export type PriceHistoricActivityInput = z.input<typeof PriceHistoricActivityInputSchema>;

/**
 * One priced activity item (a flat record) in a {@link PricedHistoricActivity}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { PricedActivityRow } from 'practice-based-commissioning';
 * declare const row: PricedActivityRow;
 * row.fullPriceCount + row.marginalCount === row.count; //=> true
 * ```
 */
export interface PricedActivityRow {
  /** The item's position in the input's `activity`. */
  readonly index: number;
  readonly serviceLine: ServiceLine;
  readonly currency: string | null;
  readonly count: number;
  readonly unitPrice: Pence;
  /** Units paid at the full price. */
  readonly fullPriceCount: number;
  /** Emergency units above the baseline, paid at the marginal rate (0 when none applies). */
  readonly marginalCount: number;
  /** The marginal rate applied, or `null`. */
  readonly marginalRate: string | null;
  readonly amount: Pence;
}

/**
 * The total for one service line in a {@link PricedHistoricActivity}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { PricedBudgetLine } from 'practice-based-commissioning';
 * declare const line: PricedBudgetLine;
 * line.total === line.activity + line.costs; //=> true
 * ```
 */
export interface PricedBudgetLine {
  readonly serviceLine: ServiceLine;
  /** Activity priced at the tariff. */
  readonly activity: Pence;
  /** Costs the caller worked out. */
  readonly costs: Pence;
  readonly total: Pence;
}

/**
 * The result of {@link priceHistoricActivity}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { PricedHistoricActivity } from 'practice-based-commissioning';
 * declare const priced: PricedHistoricActivity;
 * priced.lines.map((line) => [line.serviceLine, line.total]);
 * ```
 */
export interface PricedHistoricActivity {
  readonly financialYear: FinancialYear;
  /** One row per line that has activity or costs, in catalogue order. */
  readonly lines: readonly PricedBudgetLine[];
  readonly total: Pence;
  readonly items: readonly PricedActivityRow[];
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

/** Prices parsed historic data (shared with setIndicativeBudget). @internal */
export function priceHistoricData(
  data: { readonly activity?: readonly HistoricActivityItem[] | undefined; readonly costs?: readonly HistoricCostItem[] | undefined },
  financialYear: FinancialYear,
  policy: Policy,
  path: readonly (string | number)[] = [],
): PricedHistoricActivity {
  const { start } = financialYearBounds(financialYear);
  const step = explain(RULE, policy, start);
  step.input('financialYear', financialYear);
  requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: [...path, 'financialYear'], what: 'PBC indicative budgets' });
  const activity = data.activity ?? [];
  const costs = data.costs ?? [];
  step.input('activityItems', activity.length);
  step.input('costItems', costs.length);
  const findings: BudgetFinding[] = [];
  let marginalRate: string | null = null;
  if (activity.some((item) => item.serviceLine === 'NON_ELECTIVE')) {
    const reading = step.read('tariff.nonElective.marginalRate', start);
    // A valid policy may still declare this parameter in another unit (validatePolicy checks each
    // value against the unit the policy itself declares), so the rule checks the value it needs.
    if (reading.value !== null && !(typeof reading.value === 'string' && valueSuitsUnit(reading.value, 'ratio'))) {
      throw new PbcError('PARAMETER_TYPE_MISMATCH', '"tariff.nonElective.marginalRate" must be a decimal ratio or null', {
        issues: [{ path: ['parameters', 'tariff.nonElective.marginalRate'], message: 'expected a decimal ratio or null' }],
      });
    }
    marginalRate = reading.value;
    if (marginalRate !== null) {
      const baselineYear = step.read('tariff.nonElective.marginalRateBaselineYear', start).value;
      step.note(`emergency activity above the ${typeof baselineYear === 'string' ? `${baselineYear} ` : ''}baseline is priced at ${marginalRate} of the tariff`);
    }
  }
  const items: PricedActivityRow[] = activity.map((item, index) => {
    const applies = item.serviceLine === 'NON_ELECTIVE' && marginalRate !== null;
    if (applies && item.baselineCount === undefined) {
      findings.push(
        finding(
          'MARGINAL_RATE_WITHOUT_BASELINE',
          'warning',
          RULE.id,
          `activity item ${index} (NON_ELECTIVE) has no baselineCount, so all ${item.count} units are priced at the full tariff although a marginal rate of ${String(marginalRate)} is in force`,
          ['reckon-2006-tariff-2007-08', 'hsj-2009-marginal-emergency-tariff'],
          [...path, 'activity', index, 'baselineCount'],
        ),
      );
    }
    const fullPriceCount = applies && item.baselineCount !== undefined ? Math.min(item.count, item.baselineCount) : item.count;
    const marginalCount = item.count - fullPriceCount;
    const full = multiplyByRate(item.unitPrice, fullPriceCount);
    // Emergency activity above the baseline at the marginal rate, rounded once per item, half-up.
    const marginal = marginalCount > 0 && marginalRate !== null ? multiplyByRate(multiplyByRate(item.unitPrice, marginalCount), marginalRate) : pence(0);
    return {
      index,
      serviceLine: item.serviceLine,
      currency: item.currency ?? null,
      count: item.count,
      unitPrice: item.unitPrice,
      fullPriceCount,
      marginalCount,
      marginalRate: marginalCount > 0 ? marginalRate : null,
      amount: addMoney(full, marginal),
    };
  });
  const lines: PricedBudgetLine[] = SERVICE_LINE_IDS.flatMap((serviceLine) => {
    const lineItems = items.filter((item) => item.serviceLine === serviceLine);
    const lineCosts = costs.filter((cost) => cost.serviceLine === serviceLine);
    if (lineItems.length === 0 && lineCosts.length === 0) return [];
    const activityTotal = sumMoney(lineItems.map((item) => item.amount));
    const costTotal = sumMoney(lineCosts.map((cost) => cost.amount));
    return [{ serviceLine, activity: activityTotal, costs: costTotal, total: addMoney(activityTotal, costTotal) }];
  });
  const total = sumMoney(lines.map((line) => line.total));
  return {
    financialYear,
    lines,
    total,
    items,
    findings,
    explanation: step.done({ total, lines: lines.map((line) => ({ serviceLine: line.serviceLine, total: line.total })) }),
  };
}

/**
 * The options of {@link priceHistoricActivity}: `policy` (default the baseline); `asOf` is not read (the financial year in the input dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { PriceHistoricActivityOptions } from 'practice-based-commissioning';
 * const options: PriceHistoricActivityOptions = {};
 * ```
 */
export interface PriceHistoricActivityOptions extends EvaluationOptions {}

/**
 * Prices a practice's historic activity at the year's tariff, line by line: each item's count times
 * its unit price, with emergency (`NON_ELECTIVE`) activity above `baselineCount` at the tariff's
 * marginal rate when one is in force (50% above the 2005/06 outturn in 2007/08, Reckon on the
 * 2007/08 tariff letter; 30% above 2008/09 levels from 2010/11, HSJ Dec 2009), plus the costs the
 * caller has worked out. The 2005 baseline was "HES activity … priced at the national tariff" (NAPC);
 * for 2007/08, "actual activity at 2007/08 prices" (DH fair-shares toolkit). Each marginal amount is
 * rounded once, half-up, to the penny.
 *
 * @param input - `{ financialYear, activity?, costs? }` (see {@link PriceHistoricActivityInputSchema})
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns line totals, priced items, findings and the explanation
 * @throws PbcError `INVALID_INPUT` for negative or fractional activity, a negative price or a baseline
 *   on a non-emergency line; `NOT_IN_FORCE` for a year before PBC (2005/06); `PARAMETER_TYPE_MISMATCH`
 *   when the policy's `tariff.nonElective.marginalRate` is neither a decimal ratio nor null (a policy
 *   that declares it in another unit)
 * @category Budgets
 * @example
 * ```ts
 * import { priceHistoricActivity } from 'practice-based-commissioning';
 * const priced = priceHistoricActivity({
 *   financialYear: '2007/08',
 *   activity: [{ serviceLine: 'NON_ELECTIVE', count: 110, unitPrice: 100_000, baselineCount: 100 }],
 *   costs: [{ serviceLine: 'PRESCRIBING', amount: 50_000_000 }],
 * });
 * priced.lines[0]; //=> { serviceLine: 'NON_ELECTIVE', activity: 10_500_000, costs: 0, total: 10_500_000 }
 * priced.total;    //=> 60_500_000 (100 × £1,000 + 10 × £500, plus £500,000 prescribing)
 * ```
 */
export function priceHistoricActivity(input: PriceHistoricActivityInput, options?: PriceHistoricActivityOptions): PricedHistoricActivity {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(PriceHistoricActivityInputSchema, input, 'historic activity');
  return priceHistoricData(parsed, parsed.financialYear, policy);
}
