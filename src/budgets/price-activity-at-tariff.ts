/**
 * Historic activity priced from the caller's own tariff tables, rule `budget.tariffPricing`: which
 * year's tariff prices it, the HRG version of that tariff, and the market forces factor; then the
 * non-elective marginal rate of `budget.historicActivity`.
 *
 * - The pricing year (`tariff.pricingYear`): the budget year's tariff ("actual activity at 2007/08
 *   prices", DH; "at 2008/09 prices", a 2008/09 guide). So a tariff-year change reaches the budget
 *   in the year it takes effect.
 * - The tariff's currency (`tariff.currency`): HRG3.5, then HRG4 from April 2009 (Hansard, 12 January
 *   2009). Activity recorded under one version and priced at a tariff in another must be regrouped;
 *   Pulse reports consortia missing freed-up resources after the HRG4 change.
 * - The market forces factor (`tariff.mff.inPbcBudgets`): the sources are silent on PBC budgets; the
 *   default prices at the national tariff without it, and the alternative applies each provider's
 *   index (`provider_mff`).
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { FinancialYearSchema, financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PbcError, printable } from '../core/errors.js';
import { multiplyByRate, pence, type Pence } from '../core/money.js';
import { parseInput, issue } from '../core/validation.js';
import { finding, requireInForce, ruleOf } from './internal.js';
import { BudgetAmountSchema, ServiceLineSchema, type BudgetFinding, type ServiceLine } from './model.js';
import { HistoricCostItemSchema, priceHistoricData, type HistoricActivityItem, type PricedHistoricActivity } from './price-historic-activity.js';

const RULE = ruleOf('budget.tariffPricing');
const CodeSchema = z.string().trim().min(1);
const MffIndexSchema = z
  .string()
  .regex(/^\d{1,2}(?:\.\d{1,8})?$/, { message: 'must be a decimal index such as "1.0523"' })
  .meta({ description: 'A market forces factor index as a decimal string, e.g. "1.0523".' });

/**
 * The zod schema for the input of {@link priceActivityAtTariff}: the budget year, the year the
 * activity happened, the activity by HRG (or other tariff currency) and provider, the caller's tariff
 * tables by year, optionally each provider's MFF index, and costs already worked out.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { PriceActivityAtTariffInputSchema } from 'practice-based-commissioning/schemas';
 * PriceActivityAtTariffInputSchema.parse({
 *   financialYear: '2008/09', activityYear: '2007/08',
 *   activity: [{ serviceLine: 'DAY_CASE', currency: 'SYN-DC1', count: 10 }],
 *   tariffs: [{ financialYear: '2008/09', prices: [{ currency: 'SYN-DC1', price: 60_000 }] }],
 * });
 * ```
 */
export const PriceActivityAtTariffInputSchema = z
  .object({
    financialYear: FinancialYearSchema.meta({ description: 'The budget year.' }),
    activityYear: FinancialYearSchema.meta({ description: 'The year the activity happened.' }),
    activity: z.array(
      z
        .object({
          serviceLine: ServiceLineSchema,
          currency: CodeSchema.meta({ description: 'The HRG or other tariff currency code the activity is grouped to.' }),
          count: z.number().int({ message: 'must be a whole number of spells or attendances' }).nonnegative({ message: 'activity may not be negative' }),
          providerId: CodeSchema.optional().meta({ description: 'The provider, to apply its MFF index.' }),
          baselineCount: z.number().int({ message: 'must be a whole number' }).nonnegative({ message: 'may not be negative' }).optional(),
        })
        .strict(),
    ),
    tariffs: z
      .array(
        z
          .object({
            financialYear: FinancialYearSchema,
            prices: z.array(z.object({ currency: CodeSchema, price: BudgetAmountSchema }).strict()),
          })
          .strict(),
      )
      .meta({ description: "The caller's tariff tables, one per year, prices in pence." }),
    mff: z.array(z.object({ providerId: CodeSchema, index: MffIndexSchema }).strict()).optional().meta({ description: "Each provider's market forces factor index." }),
    costs: z.array(HistoricCostItemSchema).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    input.activity.forEach((item, index) => {
      if (item.baselineCount !== undefined && item.serviceLine !== 'NON_ELECTIVE') {
        context.addIssue(issue(['activity', index, 'baselineCount'], 'a marginal-rate baseline applies only to NON_ELECTIVE activity', 'tariff.marginalRate.nonElectiveOnly'));
      }
    });
    const years = input.tariffs.map((table) => table.financialYear);
    years.forEach((year, index) => {
      if (years.indexOf(year) !== index) context.addIssue(issue(['tariffs', index, 'financialYear'], `a second tariff table for ${year}`, RULE.id));
    });
    input.tariffs.forEach((table, index) => {
      const codes = table.prices.map((price) => price.currency);
      codes.forEach((code, at) => {
        if (codes.indexOf(code) !== at) context.addIssue(issue(['tariffs', index, 'prices', at, 'currency'], `a second price for ${code}`, RULE.id));
      });
    });
    const providers = (input.mff ?? []).map((entry) => entry.providerId);
    providers.forEach((id, index) => {
      if (providers.indexOf(id) !== index) context.addIssue(issue(['mff', index, 'providerId'], `a second MFF index for ${id}`, RULE.id));
    });
  });

/**
 * The input of {@link priceActivityAtTariff}. See {@link PriceActivityAtTariffInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { PriceActivityAtTariffInput } from 'practice-based-commissioning';
 * const input: PriceActivityAtTariffInput = { financialYear: '2008/09', activityYear: '2007/08', activity: [], tariffs: [] };
 * ```
 */
export type PriceActivityAtTariffInput = z.input<typeof PriceActivityAtTariffInputSchema>;

/**
 * The options of {@link priceActivityAtTariff}: `policy` (default the baseline); the budget year in
 * the input dates the rule.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { PriceActivityAtTariffOptions } from 'practice-based-commissioning';
 * const options: PriceActivityAtTariffOptions = {};
 * ```
 */
export interface PriceActivityAtTariffOptions extends EvaluationOptions {}

/**
 * How one activity item was priced: the tariff price, the MFF index applied (or `null`) and the unit
 * price used (the tariff price times the index, rounded half-up to the penny).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { TariffPricedItem } from 'practice-based-commissioning';
 * declare const item: TariffPricedItem;
 * item.mffIndex === null ? item.unitPrice === item.tariffPrice : true; //=> true
 * ```
 */
export interface TariffPricedItem {
  readonly index: number;
  readonly serviceLine: ServiceLine;
  readonly currency: string;
  readonly providerId: string | null;
  readonly tariffPrice: Pence;
  readonly mffIndex: string | null;
  readonly unitPrice: Pence;
}

/**
 * The result of {@link priceActivityAtTariff}: the priced budget (as {@link PricedHistoricActivity},
 * with the marginal rate applied) and how the tariff rules were applied.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ActivityAtTariff } from 'practice-based-commissioning';
 * declare const result: ActivityAtTariff;
 * `${result.activityYear} activity at the ${result.pricingYear} tariff (${result.currencies.pricing}): ${result.priced.total}`;
 * ```
 */
export interface ActivityAtTariff {
  readonly financialYear: FinancialYear;
  readonly activityYear: FinancialYear;
  /** The year whose tariff priced the activity. */
  readonly pricingYear: FinancialYear;
  /** The HRG version of the activity year's and the pricing year's tariffs. */
  readonly currencies: { readonly activity: string | null; readonly pricing: string | null };
  readonly mffApplied: boolean;
  readonly items: readonly TariffPricedItem[];
  readonly priced: PricedHistoricActivity;
  readonly total: Pence;
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

function textParameter(value: unknown, parameterId: string, allowed: readonly string[]): string {
  if (typeof value === 'string' && allowed.includes(value)) return value;
  throw new PbcError('INVALID_POLICY', `"${parameterId}" is ${printable(value)}; the rule needs one of ${allowed.join(', ')}`, {
    issues: [{ path: ['parameters', parameterId], message: `expected one of ${allowed.join(', ')}`, rule: RULE.id }],
  });
}

function refuse(path: readonly (string | number)[], message: string): never {
  throw new PbcError('INVALID_INPUT', `tariff pricing: ${path.join('.')}: ${message}`, { issues: [{ path, message, rule: RULE.id }], rule: RULE.id });
}

/**
 * Prices historic activity from the caller's tariff tables by the tariff's own rules: the table of
 * the year `tariff.pricingYear` names (the budget year by default, as DH set for 2007/08), a warning
 * when the activity year's HRG version differs from the pricing year's (`tariff.currency`: HRG4 from
 * April 2009), each provider's market forces factor when `tariff.mff.inPbcBudgets` is
 * `provider_mff` (by default the national tariff without it), then the non-elective marginal rate
 * and line totals of {@link priceHistoricActivity}. Each unit price is rounded half-up to the penny.
 *
 * @param input - the budget and activity years, activity by currency and provider, the tariff tables,
 *   MFF indices and costs (see {@link PriceActivityAtTariffInputSchema})
 * @param options - `policy` (default the baseline)
 * @returns how each item was priced, the priced budget, findings and the explanation
 * @throws PbcError `INVALID_INPUT` for no tariff table for the pricing year, a currency it does not
 *   price, a provider without an MFF index (when the MFF applies), duplicate tables, prices or
 *   indices; `NOT_IN_FORCE` for a year outside PBC; `INVALID_POLICY` at `['policy']` or for a
 *   malformed tariff parameter
 * @category Budgets
 * @example
 * ```ts
 * import { priceActivityAtTariff } from 'practice-based-commissioning';
 * const result = priceActivityAtTariff({
 *   financialYear: '2008/09', activityYear: '2007/08',
 *   activity: [{ serviceLine: 'DAY_CASE', currency: 'SYN-DC1', count: 10, providerId: 'SYN-T1' }],
 *   tariffs: [
 *     { financialYear: '2007/08', prices: [{ currency: 'SYN-DC1', price: 58_000 }] },
 *     { financialYear: '2008/09', prices: [{ currency: 'SYN-DC1', price: 60_000 }] },
 *   ],
 *   mff: [{ providerId: 'SYN-T1', index: '1.05' }],
 * });
 * result.pricingYear; //=> '2008/09'
 * result.total;       //=> 600_000 (the national tariff; the MFF is not applied by default)
 * ```
 */
export function priceActivityAtTariff(input: PriceActivityAtTariffInput, options?: PriceActivityAtTariffOptions): ActivityAtTariff {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(PriceActivityAtTariffInputSchema, input, 'activity at tariff');
  const { start } = financialYearBounds(parsed.financialYear);
  const step = explain(RULE, policy, start);
  step.input('financialYear', parsed.financialYear);
  step.input('activityYear', parsed.activityYear);
  requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: ['financialYear'], what: 'PBC indicative budgets' });
  const findings: BudgetFinding[] = [];

  const basis = textParameter(step.read('tariff.pricingYear', start).value, 'tariff.pricingYear', ['budget_year', 'activity_year']);
  const pricingYear = basis === 'budget_year' ? parsed.financialYear : parsed.activityYear;
  const table = parsed.tariffs.find((candidate) => candidate.financialYear === pricingYear);
  if (table === undefined) refuse(['tariffs'], `no tariff table for ${pricingYear}, the year whose tariff prices the activity (tariff.pricingYear: ${basis})`);
  findings.push(finding('TARIFF_YEAR_PRICING', 'info', RULE.id, `${parsed.activityYear} activity is priced at the ${pricingYear} tariff (${basis.replace('_', ' ')})`, RULE.sources, ['tariffs']));

  const currencyOn = (year: FinancialYear): string | null => {
    const { value } = step.read('tariff.currency', financialYearBounds(year).start);
    return typeof value === 'string' ? value : null;
  };
  const currencies = { activity: currencyOn(parsed.activityYear), pricing: currencyOn(pricingYear) };
  if (currencies.activity !== null && currencies.pricing !== null && currencies.activity !== currencies.pricing) {
    findings.push(
      finding(
        'TARIFF_CURRENCY_CHANGED',
        'warning',
        RULE.id,
        `${parsed.activityYear} activity was grouped to ${currencies.activity}, but the ${pricingYear} tariff is priced in ${currencies.pricing}: regroup the activity to ${currencies.pricing} before pricing it (consortia missed freed-up resources after the HRG4 change)`,
        RULE.sources,
        ['activity'],
      ),
    );
  }

  const treatment = textParameter(step.read('tariff.mff.inPbcBudgets', start).value, 'tariff.mff.inPbcBudgets', ['national_tariff', 'provider_mff']);
  const mffApplied = treatment === 'provider_mff';
  const indices = new Map((parsed.mff ?? []).map((entry) => [entry.providerId, entry.index]));
  if (mffApplied) findings.push(finding('MFF_APPLIED', 'info', RULE.id, "each provider's market forces factor is applied to the tariff prices (tariff.mff.inPbcBudgets: provider_mff)", RULE.sources, ['mff']));
  else if (indices.size > 0) findings.push(finding('MFF_NOT_APPLIED', 'info', RULE.id, 'the MFF indices given were not applied: under this policy PBC budgets are priced at the national tariff (tariff.mff.inPbcBudgets; unconfirmed)', RULE.sources, ['mff']));

  const prices = new Map(table.prices.map((entry) => [entry.currency, entry.price]));
  const items: TariffPricedItem[] = parsed.activity.map((item, index) => {
    const tariffPrice = prices.get(item.currency);
    if (tariffPrice === undefined) refuse(['activity', index, 'currency'], `the ${pricingYear} tariff has no price for ${item.currency}`);
    let mffIndex: string | null = null;
    if (mffApplied) {
      if (item.providerId === undefined) refuse(['activity', index, 'providerId'], 'give the provider, to apply its market forces factor');
      const found = indices.get(item.providerId);
      if (found === undefined) refuse(['activity', index, 'providerId'], `no MFF index for provider ${item.providerId}`);
      mffIndex = found;
    }
    const unitPrice = mffIndex === null ? tariffPrice : multiplyByRate(tariffPrice, mffIndex);
    return { index, serviceLine: item.serviceLine, currency: item.currency, providerId: item.providerId ?? null, tariffPrice, mffIndex, unitPrice };
  });
  const historic: HistoricActivityItem[] = parsed.activity.map((item, index) => ({
    serviceLine: item.serviceLine,
    currency: item.currency,
    count: item.count,
    // Every item has a row (priced above, in order).
    unitPrice: items[index]!.unitPrice,
    ...(item.baselineCount === undefined ? {} : { baselineCount: item.baselineCount }),
  }));
  const priced = priceHistoricData({ activity: historic, costs: parsed.costs }, parsed.financialYear, policy);
  step.child(priced.explanation);
  const total = priced.total;
  return {
    financialYear: parsed.financialYear,
    activityYear: parsed.activityYear,
    pricingYear,
    currencies,
    mffApplied,
    items,
    priced,
    total: pence(total),
    findings: [...findings, ...priced.findings],
    explanation: step.done({ pricingYear, currencies: { activity: currencies.activity, pricing: currencies.pricing }, mffApplied, total }),
  };
}
