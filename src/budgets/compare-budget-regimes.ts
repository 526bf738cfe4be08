/**
 * The same practice-year under an indicative budget and under a real budget devolved for a chosen set
 * of service lines: who holds the cash, who bears an overspend, and what the practice keeps of an
 * underspend.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { FinancialYearSchema, financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { formatGbp, minMoney, multiplyByRate, negateMoney, pence, subtractMoney, sumMoney, type Pence } from '../core/money.js';
import { issue, parseInput } from '../core/validation.js';
import { byServiceLine, finding, requireInForce, requireUnitInterval, ruleOf } from './internal.js';
import { BudgetHolderSchema, BudgetAmountSchema, ServiceLineSchema, type BudgetFinding, type BudgetHolder, type ServiceLine } from './model.js';

const RULE = ruleOf('budget.compareRegimes');

const INDICATIVE_RULE = ruleOf('budget.compareRegimes.indicative');

const REAL_RULE = ruleOf('budget.compareRegimes.real');

/**
 * The zod schema for the input of {@link compareBudgetRegimes}: the holder, a PBC financial year, the
 * budget and outturn per service line (none twice), the lines a real budget would devolve (none
 * twice, each among the lines), and optionally the PCT's deficit (its prior claim on an indicative
 * underspend).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { CompareBudgetRegimesInputSchema } from 'practice-based-commissioning/schemas';
 * CompareBudgetRegimesInputSchema.parse({
 *   holder: { kind: 'practice', practiceCode: 'Z90002' }, financialYear: '2008/09',
 *   lines: [{ serviceLine: 'ELECTIVE_INPATIENT', budget: 50_000_000, outturn: 45_000_000 }],
 *   realBudgetLines: ['ELECTIVE_INPATIENT'],
 * });
 * ```
 */
export const CompareBudgetRegimesInputSchema = z
  .object({
    holder: BudgetHolderSchema,
    financialYear: FinancialYearSchema,
    lines: z
      .array(z.object({ serviceLine: ServiceLineSchema, budget: BudgetAmountSchema, outturn: BudgetAmountSchema }).strict())
      .min(1)
      .meta({ description: 'Budget and outturn per service line.' }),
    realBudgetLines: z.array(ServiceLineSchema).min(1).meta({ description: 'The lines a real budget devolves to the holder (the rest stay indicative).' }),
    pctDeficit: BudgetAmountSchema.optional(),
  })
  .strict()
  .superRefine((input, context) => {
    const lines = input.lines.map((line) => line.serviceLine);
    lines.forEach((line, index) => {
      if (lines.indexOf(line) !== index) context.addIssue(issue(['lines', index, 'serviceLine'], `${line} appears twice`, 'budget.lines.unique'));
    });
    input.realBudgetLines.forEach((line, index) => {
      if (input.realBudgetLines.indexOf(line) !== index) context.addIssue(issue(['realBudgetLines', index], `${line} is listed twice`, 'budget.compareRegimes.uniqueRealLines'));
      if (!lines.includes(line)) context.addIssue(issue(['realBudgetLines', index], `${line} is not among the lines given`, 'budget.scope.lineOutsideScope'));
    });
  });

/**
 * The input of {@link compareBudgetRegimes}. See {@link CompareBudgetRegimesInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { CompareBudgetRegimesInput } from 'practice-based-commissioning';
 * declare const input: CompareBudgetRegimesInput;
 * input.realBudgetLines;
 * ```
 */
export type CompareBudgetRegimesInput = z.input<typeof CompareBudgetRegimesInputSchema>;

/**
 * One regime in a {@link BudgetRegimeComparison}: a flat record with its own explanation.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetRegimeOutcome } from 'practice-based-commissioning';
 * declare const outcome: BudgetRegimeOutcome;
 * outcome.cashHeldByHolder; // 0 under an indicative budget
 * ```
 */
export interface BudgetRegimeOutcome {
  readonly regime: 'indicative' | 'real';
  /** Budget whose cash the holder holds (the devolved lines under a real budget; nothing under an indicative one). */
  readonly cashHeldByHolder: Pence;
  /** Budget whose cash the PCT holds. */
  readonly cashHeldByPct: Pence;
  /** `budget − outturn` over all lines. */
  readonly variance: Pence;
  /** What the holder keeps of underspends. */
  readonly holderKeeps: Pence;
  /** What the PCT keeps of underspends (including any prior claim for its deficit). */
  readonly pctKeeps: Pence;
  /** Overspend the holder bears. */
  readonly holderBears: Pence;
  /** Overspend the PCT bears. */
  readonly pctBears: Pence;
  readonly explanation: Explanation;
}

/**
 * One service line in a {@link BudgetRegimeComparison}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetRegimeLine } from 'practice-based-commissioning';
 * declare const line: BudgetRegimeLine;
 * line.variance === line.budget - line.outturn; //=> true
 * ```
 */
export interface BudgetRegimeLine {
  readonly serviceLine: ServiceLine;
  readonly budget: Pence;
  readonly outturn: Pence;
  readonly variance: Pence;
  /** Whether a real budget devolves the line. */
  readonly devolvedUnderRealBudget: boolean;
}

/**
 * The result of {@link compareBudgetRegimes}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { BudgetRegimeComparison } from 'practice-based-commissioning';
 * declare const comparison: BudgetRegimeComparison;
 * comparison.regimes.map((r) => [r.regime, r.holderKeeps, r.holderBears]);
 * ```
 */
export interface BudgetRegimeComparison {
  readonly holder: BudgetHolder;
  readonly financialYear: FinancialYear;
  readonly realBudgetLines: readonly ServiceLine[];
  readonly lines: readonly BudgetRegimeLine[];
  /** The indicative regime first, then the real one. */
  readonly regimes: readonly [BudgetRegimeOutcome, BudgetRegimeOutcome];
  /** Real minus indicative: what the holder keeps more, and bears more, under the real budget. */
  readonly difference: { readonly holderKeeps: Pence; readonly holderBears: Pence };
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

interface PoolResult {
  holderKeeps: Pence;
  pctKeeps: Pence;
  holderBears: Pence;
  pctBears: Pence;
}

/**
 * The options of {@link compareBudgetRegimes}: `policy` (default the baseline); `asOf` is not read (the financial year in the input dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { CompareBudgetRegimesOptions } from 'practice-based-commissioning';
 * const options: CompareBudgetRegimesOptions = {};
 * ```
 */
export interface CompareBudgetRegimesOptions extends EvaluationOptions {}

/**
 * Compares one practice-year under the two regimes. **Indicative** (PBC): the PCT holds the cash and
 * carries an overspend ("the PCT carried the risk", Pulse); of a net underspend across all lines the
 * practice keeps `fur.practiceShare` after any PCT prior claim for its deficit (the entitlement,
 * before any business case; repayment of earlier overspends is not modelled here — see
 * {@link freedUpResources}). **Real**: the lines in `realBudgetLines` are devolved, as a fundholder's
 * "allotted sum" was (NHS and Community Care Act 1990, s.15) and as the King's Fund (2008) proposed
 * for specific services; their net underspend is kept by the holder at
 * `budget.realBudget.holderSavingsShare` (all of it, as fundholders kept savings) and their net
 * overspend is borne by the holder (`budget.realBudget.holderBearsOverspend`); the other lines stay
 * indicative and are netted separately. Each regime carries its own explanation.
 *
 * @param input - see {@link CompareBudgetRegimesInputSchema}
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns per-line figures, one outcome per regime, the difference, findings and the explanation
 * @throws PbcError `INVALID_INPUT` (negative money, a line twice, a real-budget line not among the
 *   lines); `NOT_IN_FORCE` (a year before PBC, 2005/06)
 * @category Budgets
 * @example
 * ```ts
 * import { compareBudgetRegimes } from 'practice-based-commissioning';
 * const comparison = compareBudgetRegimes({
 *   holder: { kind: 'practice', practiceCode: 'Z90002' }, financialYear: '2008/09',
 *   lines: [
 *     { serviceLine: 'ELECTIVE_INPATIENT', budget: 50_000_000, outturn: 45_000_000 },
 *     { serviceLine: 'PRESCRIBING', budget: 30_000_000, outturn: 32_000_000 },
 *   ],
 *   realBudgetLines: ['ELECTIVE_INPATIENT'],
 * });
 * comparison.regimes[0].holderKeeps; //=> 2_100_000 (70% of the £30,000 net underspend)
 * comparison.regimes[1].holderKeeps; //=> 5_000_000 (all £50,000 of the devolved line's underspend)
 * comparison.regimes[1].pctBears;    //=> 2_000_000 (prescribing stays indicative)
 * ```
 */
export function compareBudgetRegimes(input: CompareBudgetRegimesInput, options?: CompareBudgetRegimesOptions): BudgetRegimeComparison {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(CompareBudgetRegimesInputSchema, input, 'budget regime comparison');
  const { start } = financialYearBounds(parsed.financialYear);
  const step = explain(RULE, policy, start);
  step.input('financialYear', parsed.financialYear);
  step.input('realBudgetLines', [...parsed.realBudgetLines]);
  requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: ['financialYear'], what: 'PBC indicative budgets' });
  const lines: BudgetRegimeLine[] = [...parsed.lines].sort(byServiceLine).map((line) => ({
    serviceLine: line.serviceLine,
    budget: line.budget,
    outturn: line.outturn,
    variance: subtractMoney(line.budget, line.outturn),
    devolvedUnderRealBudget: parsed.realBudgetLines.includes(line.serviceLine),
  }));
  const deficit = parsed.pctDeficit ?? pence(0);
  const totalBudget = sumMoney(lines.map((line) => line.budget));
  const totalVariance = sumMoney(lines.map((line) => line.variance));

  // An indicative pool: the PCT bears an overspend; an underspend is shared after the PCT's prior claim.
  const indicativePool = (variance: Pence, builder: ReturnType<typeof explain>, remainingDeficit: Pence): PoolResult & { claim: Pence } => {
    if (variance <= 0) {
      const pctCarries = variance < 0 ? builder.boolean('budget.indicative.pctCarriesOverspendRisk', start) : true;
      const overspend = negateMoney(variance);
      return { holderKeeps: pence(0), pctKeeps: pence(0), holderBears: pctCarries ? pence(0) : overspend, pctBears: pctCarries ? overspend : pence(0), claim: pence(0) };
    }
    const ratio = requireUnitInterval(builder.ratio('fur.practiceShare', start), 'fur.practiceShare');
    const claim = minMoney(variance, remainingDeficit);
    const holderKeeps = multiplyByRate(subtractMoney(variance, claim), ratio);
    return { holderKeeps, pctKeeps: subtractMoney(variance, holderKeeps), holderBears: pence(0), pctBears: pence(0), claim };
  };

  const indicative = explain(INDICATIVE_RULE, policy, start);
  indicative.input('variance', totalVariance);
  indicative.input('pctDeficit', deficit);
  const whole = indicativePool(totalVariance, indicative, deficit);
  if (whole.claim > 0) indicative.note(`the PCT's deficit takes ${formatGbp(whole.claim)} of the underspend first (prior claim)`);
  indicative.note('the PCT holds the cash and the contracts; the practice works within a notional budget');
  const indicativeOutcome: BudgetRegimeOutcome = {
    regime: 'indicative',
    cashHeldByHolder: pence(0),
    cashHeldByPct: totalBudget,
    variance: totalVariance,
    holderKeeps: whole.holderKeeps,
    pctKeeps: whole.pctKeeps,
    holderBears: whole.holderBears,
    pctBears: whole.pctBears,
    explanation: indicative.done({ holderKeeps: whole.holderKeeps, pctBears: whole.pctBears }),
  };

  const real = explain(REAL_RULE, policy, start);
  const devolved = lines.filter((line) => line.devolvedUnderRealBudget);
  const retained = lines.filter((line) => !line.devolvedUnderRealBudget);
  const devolvedVariance = sumMoney(devolved.map((line) => line.variance));
  const retainedVariance = sumMoney(retained.map((line) => line.variance));
  real.input('devolvedVariance', devolvedVariance);
  real.input('retainedVariance', retainedVariance);
  let holderKeeps = pence(0);
  let pctKeeps = pence(0);
  let holderBears = pence(0);
  let pctBears = pence(0);
  if (devolvedVariance > 0) {
    const share = requireUnitInterval(real.ratio('budget.realBudget.holderSavingsShare', start), 'budget.realBudget.holderSavingsShare');
    holderKeeps = multiplyByRate(devolvedVariance, share);
    pctKeeps = subtractMoney(devolvedVariance, holderKeeps);
  } else if (devolvedVariance < 0) {
    const bears = real.boolean('budget.realBudget.holderBearsOverspend', start);
    if (bears) holderBears = negateMoney(devolvedVariance);
    else pctBears = negateMoney(devolvedVariance);
  }
  const rest = indicativePool(retainedVariance, real, deficit);
  if (retained.length > 0) real.note(`lines not devolved stay indicative: ${retained.map((line) => line.serviceLine).join(', ')}`);
  const realOutcome: BudgetRegimeOutcome = {
    regime: 'real',
    cashHeldByHolder: sumMoney(devolved.map((line) => line.budget)),
    cashHeldByPct: sumMoney(retained.map((line) => line.budget)),
    variance: totalVariance,
    holderKeeps: pence(holderKeeps + rest.holderKeeps),
    pctKeeps: pence(pctKeeps + rest.pctKeeps),
    holderBears: pence(holderBears + rest.holderBears),
    pctBears: pence(pctBears + rest.pctBears),
    explanation: real.done({ holderKeeps: pence(holderKeeps + rest.holderKeeps), holderBears: pence(holderBears + rest.holderBears) }),
  };
  step.child(indicativeOutcome.explanation);
  step.child(realOutcome.explanation);

  const findings: BudgetFinding[] = [];
  if (realOutcome.holderBears > 0) {
    findings.push(finding('OVERSPEND_HOLDER_BEARS', 'warning', REAL_RULE.id, `under the real budget the holder bears ${formatGbp(realOutcome.holderBears)} of overspend that the PCT would carry under an indicative budget`, REAL_RULE.sources, ['realBudgetLines']));
  }
  if (indicativeOutcome.pctBears > 0) {
    findings.push(finding('OVERSPEND_PCT_CARRIES_RISK', 'info', INDICATIVE_RULE.id, `under the indicative budget the PCT carries the ${formatGbp(indicativeOutcome.pctBears)} overspend`, INDICATIVE_RULE.sources, ['lines']));
  }
  const difference = { holderKeeps: subtractMoney(realOutcome.holderKeeps, indicativeOutcome.holderKeeps), holderBears: subtractMoney(realOutcome.holderBears, indicativeOutcome.holderBears) };
  return {
    holder: parsed.holder,
    financialYear: parsed.financialYear,
    realBudgetLines: [...parsed.realBudgetLines].sort((a, b) => byServiceLine({ serviceLine: a }, { serviceLine: b })),
    lines,
    regimes: [indicativeOutcome, realOutcome],
    difference,
    findings,
    explanation: step.done({ holderKeepsMoreUnderReal: difference.holderKeeps, holderBearsMoreUnderReal: difference.holderBears }),
  };
}
