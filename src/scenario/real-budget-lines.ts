/**
 * Which service lines a policy holds as a real budget in a financial year.
 *
 * @module
 */
import { financialYearBounds } from '../core/calendar.js';
import { PbcError, isPbcError } from '../core/errors.js';
import { explain, type Explanation } from '../core/explanation.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { SERVICE_LINE_IDS } from '../policy/catalogues/service-lines.js';
import type { ServiceLine } from '../budgets/model.js';

/** The rule: which lines are devolved as a real budget. @internal */
export const REAL_BUDGET_LINES_RULE = {
  id: 'scenario.realBudgetLines',
  version: '1',
  title: 'Service lines held as a real budget rather than an indicative one',
  sources: ['pulse-indicative-budgets-glossary', 'kingsfund-gp-commissioning-real-budgets'],
} as const;

const KNOWN = new Set<string>(SERVICE_LINE_IDS);

/**
 * Reads `budget.realBudget.lines` on the first day of the financial year: the lines a real budget
 * devolves to the holder (none under PBC as published — "budgets were indicative", Pulse glossary;
 * the King's Fund's 2008 proposal of real budgets for specific services lists some). The baseline
 * policy defines it (the empty list from 1 April 2005); a reform lists lines to devolve them.
 *
 * @returns the lines, in catalogue order, and the explanation
 * @throws PbcError `INVALID_POLICY` when the parameter lists something that is not a service line
 * @internal
 */
export function realBudgetLines(policy: Policy, financialYear: string): { readonly lines: readonly ServiceLine[]; readonly explanation: Explanation } {
  const { start } = financialYearBounds(financialYear);
  const step = explain(REAL_BUDGET_LINES_RULE, policy, start);
  step.input('financialYear', financialYear);
  let listed: readonly string[];
  try {
    listed = step.list('budget.realBudget.lines');
  } catch (error) {
    if (!isPbcError(error, 'PARAMETER_NOT_IN_FORCE')) throw error;
    throw new PbcError('NOT_IN_FORCE', `financialYear: no PBC budgets in ${financialYear}: "budget.realBudget.lines" has no value on ${start}`, {
      issues: [{ path: ['financialYear'], message: `no PBC budgets in ${financialYear}`, rule: REAL_BUDGET_LINES_RULE.id }],
      rule: REAL_BUDGET_LINES_RULE.id,
      cause: error,
    });
  }
  const unknown = listed.filter((line) => !KNOWN.has(line));
  if (unknown.length > 0) {
    throw new PbcError('INVALID_POLICY', `"budget.realBudget.lines" lists ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not a service line' : 'are not service lines'}`, {
      issues: [{ path: ['parameters', 'budget.realBudget.lines'], message: `must list service lines only (${SERVICE_LINE_IDS.join(', ')})`, rule: REAL_BUDGET_LINES_RULE.id }],
      rule: REAL_BUDGET_LINES_RULE.id,
    });
  }
  const lines = SERVICE_LINE_IDS.filter((line) => listed.includes(line));
  step.note(lines.length === 0 ? 'every line is an indicative budget: the PCT holds the cash and carries the risk' : `real budget for ${lines.join(', ')}; the other lines stay indicative`);
  return { lines, explanation: step.done([...lines]) };
}
