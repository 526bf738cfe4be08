/**
 * How one practice's year settles: freed-up resources on the indicative lines, savings kept and
 * overspends borne on the lines held as a real budget.
 *
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import type { FinancialYear } from '../core/calendar.js';
import { pence, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { compareBudgetRegimes, type BudgetRegimeOutcome } from '../budgets/compare-budget-regimes.js';
import { freedUpResourcesOnParsed, type FreedUpResources } from '../budgets/freed-up-resources.js';
import type { BudgetHolder, ServiceLine } from '../budgets/model.js';
import type { ScenarioFreedUpResources } from './area-schema.js';
import type { ScenarioYearEndRow } from './tables.js';

/** The rule: a practice's year-end settlement. @internal */
export const SETTLE_PRACTICE_YEAR_RULE = {
  id: 'scenario.yearEnd',
  version: '1',
  title: "A practice's year end: freed-up resources on the indicative lines, savings and overspends on the real ones",
  sources: ['dh-2004-engaging-practices', 'hansard-2006-11-06', 'kingsfund-gp-commissioning-real-budgets'],
} as const;

/** One monitored line: its budget and (forecast) outturn. @internal */
export interface SettlementLine {
  readonly serviceLine: ServiceLine;
  readonly budget: Pence;
  readonly outturn: Pence;
}

/** What {@link settlePracticeYear} returns. @internal */
export interface PracticeYearSettlement {
  readonly figures: Omit<ScenarioYearEndRow, 'explanationKey' | 'shaCode' | 'pctCode' | 'practiceCode' | 'groupId'>;
  readonly freedUpResources: FreedUpResources | null;
  readonly explanation: Explanation | null;
}

const ZERO = pence(0);

function add(a: Pence, b: Pence): Pence {
  return pence(a + b);
}

function sum(lines: readonly SettlementLine[], field: 'budget' | 'outturn'): Pence {
  let total = 0;
  for (const line of lines) total += line[field];
  return pence(total);
}

/**
 * Settles one practice's year. The lines the policy holds as a real budget are settled by the real
 * regime of `compareBudgetRegimes` (the holder keeps `budget.realBudget.holderSavingsShare` of an
 * underspend and, when `budget.realBudget.holderBearsOverspend`, bears an overspend, as a fundholder
 * did: King's Fund; NHS and Community Care Act 1990 s.15). The other lines, pooled as the indicative
 * budget, go through `freedUpResources` (DH October 2004; Hansard 6 November 2006: at least 70% to
 * the practice), with the practice's own freed-up-resources inputs.
 *
 * @internal
 */
export function settlePracticeYear(options: {
  readonly policy: Policy;
  readonly holder: BudgetHolder;
  readonly financialYear: FinancialYear;
  readonly basis: 'outturn' | 'forecast';
  readonly lines: readonly SettlementLine[];
  readonly realLines: ReadonlySet<ServiceLine>;
  readonly realLinesExplanation: Explanation;
  readonly inputs: ScenarioFreedUpResources | undefined;
  readonly explanations: boolean;
}): PracticeYearSettlement {
  const { policy, holder, financialYear, basis } = options;
  const indicative = options.lines.filter((line) => !options.realLines.has(line.serviceLine));
  const real = options.lines.filter((line) => options.realLines.has(line.serviceLine));
  const indicativeBudget = sum(indicative, 'budget');
  const indicativeOutturn = sum(indicative, 'outturn');
  const realBudget = sum(real, 'budget');
  const realOutturn = sum(real, 'outturn');

  const fur =
    indicative.length === 0
      ? null
      : // The outcome is built here and the inputs come from the parsed area: freedUpResources's schema is not run again.
        freedUpResourcesOnParsed({ outcome: { holder, financialYear, basis, budget: indicativeBudget, outturn: indicativeOutturn }, ...options.inputs }, policy);
  const regime: BudgetRegimeOutcome | null =
    real.length === 0
      ? null
      : compareBudgetRegimes(
          { holder, financialYear, lines: real.map((line) => ({ serviceLine: line.serviceLine, budget: line.budget, outturn: line.outturn })), realBudgetLines: real.map((line) => line.serviceLine) },
          { policy },
        ).regimes[1];

  const indicativeOverspend = fur?.overspend ?? ZERO;
  const practiceBearsIndicative = fur?.overspendBorneBy === 'practice' ? indicativeOverspend : ZERO;
  const pctBearsIndicative = fur?.overspendBorneBy === 'pct' ? indicativeOverspend : ZERO;
  const furPracticeShare = fur?.practiceShare ?? ZERO;
  const realHolderKeeps = regime?.holderKeeps ?? ZERO;
  const realHolderBears = regime?.holderBears ?? ZERO;
  const realPctBears = regime?.pctBears ?? ZERO;
  const budget = add(indicativeBudget, realBudget);
  const outturn = add(indicativeOutturn, realOutturn);
  const figures: PracticeYearSettlement['figures'] = {
    basis,
    budget,
    outturn,
    variance: pence(budget - outturn),
    indicativeBudget,
    indicativeOutturn,
    offsetAgainstEarlierOverspends: fur?.offsetAgainstEarlierOverspends ?? ZERO,
    pctPriorClaim: fur?.pctPriorClaim ?? ZERO,
    practiceShareRatio: fur?.practiceShareRatio ?? null,
    furPracticeShare,
    furPctShare: fur?.pctShare ?? ZERO,
    managementCostsCharged: fur?.managementCostsCharged ?? ZERO,
    furReleased: fur?.released ?? ZERO,
    releaseStatus: fur?.releaseStatus ?? null,
    overspendBorneBy: fur?.overspendBorneBy ?? null,
    rightToBudget: fur?.rightToBudget ?? null,
    realBudget,
    realOutturn,
    realHolderKeeps,
    realPctKeeps: regime?.pctKeeps ?? ZERO,
    realHolderBears,
    realPctBears,
    practiceKeeps: add(furPracticeShare, realHolderKeeps),
    practiceBears: add(practiceBearsIndicative, realHolderBears),
    pctBears: add(pctBearsIndicative, realPctBears),
  };
  if (!options.explanations) return { figures, freedUpResources: fur, explanation: null };

  const step = explain(SETTLE_PRACTICE_YEAR_RULE, policy, options.realLinesExplanation.asOf);
  step.input('holder', holder.kind === 'practice' ? holder.practiceCode : holder.groupId);
  step.input('basis', basis);
  step.input('indicativeBudget', indicativeBudget);
  step.input('indicativeOutturn', indicativeOutturn);
  step.input('realBudget', realBudget);
  step.input('realOutturn', realOutturn);
  step.child(options.realLinesExplanation);
  if (fur !== null) step.child(fur.explanation);
  if (regime !== null) step.child(regime.explanation);
  if (basis === 'forecast') step.note('the year is not complete: the settlement rests on the forecast outturn');
  step.note('practiceKeeps = freed-up resources (indicative lines) + savings kept (real lines); practiceBears and pctBears add the overspends each carries');
  return {
    figures,
    freedUpResources: fur,
    explanation: step.done({ practiceKeeps: figures.practiceKeeps, practiceBears: figures.practiceBears, pctBears: figures.pctBears }),
  };
}
