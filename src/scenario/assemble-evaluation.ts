/**
 * Whole-area evaluation, the assembly: every PCT's rows in area order, the totals and the explanations.
 *
 * @module
 */
import { subtractMoney, sumCountsAt, sumMoneyAt, type Pence } from '../core/money.js';
import type { ScenarioAreaEvaluation, ScenarioTotals } from './tables.js';
import type { AreaContext } from './area-context.js';
import type { PctEvaluation } from './evaluate-pct.js';
import type { ExplanationTable } from './explanation-table.js';

/** The rows of every PCT, in area order, with the totals and the explanations (already tabled, PCT by PCT). @internal */
export function assembleEvaluation(context: AreaContext, evaluations: readonly PctEvaluation[], explanations: ExplanationTable | null): ScenarioAreaEvaluation {
  const { area } = context;
  const flat = <K extends 'budgets' | 'monitoring' | 'yearEnd' | 'incentives' | 'conflicts' | 'readiness' | 'wcc' | 'practices' | 'groups' | 'findings'>(key: K): PctEvaluation[K] => {
    const rows: PctEvaluation[K][number][] = [];
    for (const evaluation of evaluations) for (const row of evaluation[key]) rows.push(row);
    return rows as PctEvaluation[K];
  };
  const yearEnd = flat('yearEnd');
  const practices = flat('practices');
  const pcts = evaluations.map((evaluation) => evaluation.pct);
  const readiness = flat('readiness');
  // The area's sums name the practice (or PCT) whose figure took them out of range.
  const practicePath = (rows: readonly { readonly practiceCode: string }[]) => (index: number): (string | number)[] => {
    const code = rows[index]?.practiceCode ?? '';
    return ['practices', context.practiceIndex.get(code) ?? index];
  };
  const sum = <K extends string>(rows: readonly ({ readonly [P in K]: number } & { readonly practiceCode: string })[], field: K): Pence =>
    sumMoneyAt(rows.map((row) => row[field]), practicePath(rows), `the area's ${field}`);
  const tally = <K extends string>(rows: readonly { readonly [P in K]: number }[], field: K, pathOf: (index: number) => (string | number)[]): number =>
    sumCountsAt(rows.map((row) => row[field]), pathOf, `the area's ${field}`);
  const pctPath = (index: number): (string | number)[] => ['pcts', index];
  const budget = sum(yearEnd, 'budget');
  const outturn = sum(yearEnd, 'outturn');
  const totals: ScenarioTotals = {
    shas: new Set(area.pcts.map((pct) => pct.shaCode)).size,
    pcts: area.pcts.length,
    practices: area.practices.length,
    groups: (area.groups ?? []).length,
    listSize: tally(practices, 'listSize', (index) => [...practicePath(practices)(index), 'listSize']),
    budget,
    indicativeBudget: sum(yearEnd, 'indicativeBudget'),
    realBudget: sum(yearEnd, 'realBudget'),
    outturn,
    variance: subtractMoney(budget, outturn),
    furPracticeShare: sum(yearEnd, 'furPracticeShare'),
    furPctShare: sum(yearEnd, 'furPctShare'),
    furReleased: sum(yearEnd, 'furReleased'),
    pctPriorClaim: sum(yearEnd, 'pctPriorClaim'),
    realHolderKeeps: sum(yearEnd, 'realHolderKeeps'),
    realHolderBears: sum(yearEnd, 'realHolderBears'),
    practiceKeeps: sum(yearEnd, 'practiceKeeps'),
    practiceBears: sum(yearEnd, 'practiceBears'),
    pctBears: sum(yearEnd, 'pctBears'),
    incentivesDue: sum(practices, 'incentivesDue'),
    businessCases: tally(pcts, 'businessCases', pctPath),
    conflictsBreaches: tally(pcts, 'conflictsBreaches', pctPath),
    conflictsWarnings: tally(pcts, 'conflictsWarnings', pctPath),
    readinessAssessments: readiness.length,
    readinessReady: readiness.filter((row) => row.ready).length,
  };
  return {
    areaId: area.id ?? null,
    financialYear: area.financialYear,
    asOf: context.asOf,
    policyId: context.policy.id,
    // A copy: the result owns its data, and pushing to it changes no policy and no later result.
    reforms: context.policy.reforms.map((reform) => ({ id: reform.id, label: reform.label })),
    throughMonth: context.throughMonth,
    final: context.final,
    realBudgetLines: context.realLines,
    budgets: flat('budgets'),
    monitoring: flat('monitoring'),
    yearEnd,
    incentives: flat('incentives'),
    conflicts: flat('conflicts'),
    readiness,
    wcc: flat('wcc'),
    practices,
    groups: flat('groups'),
    pcts,
    findings: flat('findings'),
    totals,
    explanations,
  };
}
