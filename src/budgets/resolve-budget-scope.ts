/**
 * Which service lines an indicative budget covers in a financial year: the mandatory core, the
 * optional lines a PCT and practice add, and specialised services left with the PCT unless included.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { FinancialYearSchema, financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation, type ExplanationBuilder } from '../core/explanation.js';
import { SERVICE_LINE_IDS } from '../policy/catalogues/service-lines.js';
import { issue, parseInput, raiseIssues } from '../core/validation.js';
import { requireInForce, type BudgetIssue, ruleOf } from './internal.js';
import { ServiceLineSchema, type ServiceLine } from './model.js';

const RULE = ruleOf('budget.scope');

/**
 * The zod schema for the input of {@link resolveBudgetScope}: the financial year and the lines to
 * add to the mandatory core (optional lines, or lines excluded unless included such as specialised
 * services).
 *
 * @category Budgets
 * @example
 * ```ts
 * import { ResolveBudgetScopeInputSchema } from 'practice-based-commissioning/schemas';
 * ResolveBudgetScopeInputSchema.parse({ financialYear: '2007/08', include: ['COMMUNITY_SERVICES'] });
 * ```
 */
export const ResolveBudgetScopeInputSchema = z
  .object({
    financialYear: FinancialYearSchema,
    include: z
      .array(ServiceLineSchema)
      .optional()
      .meta({ description: 'Lines to add to the mandatory core: optional lines, or lines excluded unless included (specialised services).' }),
  })
  .strict()
  .superRefine((input, context) => {
    const include = input.include ?? [];
    include.forEach((line, index) => {
      if (include.indexOf(line) !== index) context.addIssue(issue(['include', index], `${line} is listed twice`, 'budget.scope.uniqueLines'));
    });
  });

/**
 * The input of {@link resolveBudgetScope}. See {@link ResolveBudgetScopeInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ResolveBudgetScopeInput } from 'practice-based-commissioning';
 * const input = { financialYear: '2007/08', include: ['MENTAL_HEALTH'] } as ResolveBudgetScopeInput;
 * ```
 */
export type ResolveBudgetScopeInput = z.input<typeof ResolveBudgetScopeInputSchema>;

/**
 * The result of {@link resolveBudgetScope}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ResolvedBudgetScope } from 'practice-based-commissioning';
 * declare const scope: ResolvedBudgetScope;
 * scope.lines.includes('PRESCRIBING'); //=> true
 * ```
 */
export interface ResolvedBudgetScope {
  readonly financialYear: FinancialYear;
  /** Every line in scope, in catalogue order: pass `{ lines }` as a budget scope. */
  readonly lines: readonly ServiceLine[];
  /** The mandatory core in force on the year's first day. */
  readonly mandatory: readonly ServiceLine[];
  /** Optional lines included. */
  readonly optionalIncluded: readonly ServiceLine[];
  /** Lines excluded unless included (specialised services) that were included. */
  readonly excludedIncluded: readonly ServiceLine[];
  /** Lines left with the PCT. */
  readonly leftWithPct: readonly ServiceLine[];
  readonly explanation: Explanation;
}

/** The policy's scope lists on the year's first day, read through `step`. @internal */
export function readScopeLists(step: ExplanationBuilder, date: string): { mandatory: ServiceLine[]; optional: ServiceLine[]; excluded: ServiceLine[] } {
  const known = new Set<string>(SERVICE_LINE_IDS);
  const read = (id: string): ServiceLine[] => step.list(id, date).filter((line): line is ServiceLine => known.has(line));
  return {
    mandatory: read('budget.scope.mandatoryLines'),
    optional: read('budget.scope.optionalLines'),
    excluded: read('budget.scope.excludedUnlessIncludedLines'),
  };
}

/**
 * Checks a set of lines against the policy's scope lists: every mandatory line present, every other
 * line optional or excluded-unless-included. Returns the issues (with `path` under `at`). @internal
 */
export function scopeIssues(
  lists: { mandatory: readonly ServiceLine[]; optional: readonly ServiceLine[]; excluded: readonly ServiceLine[] },
  lines: readonly ServiceLine[],
  at: readonly (string | number)[],
  financialYear: string,
): BudgetIssue[] {
  const issues: BudgetIssue[] = [];
  for (const line of lists.mandatory) {
    if (!lines.includes(line)) {
      issues.push({ path: at, message: `the mandatory core in ${financialYear} includes ${line}, which is missing`, rule: 'budget.scope.mandatoryCore', code: 'INVALID_INPUT' });
    }
  }
  lines.forEach((line, index) => {
    if (!lists.mandatory.includes(line) && !lists.optional.includes(line) && !lists.excluded.includes(line)) {
      issues.push({ path: [...at, index], message: `${line} may not be part of an indicative budget in ${financialYear}`, rule: 'budget.scope.allowedLine', code: 'INVALID_INPUT' });
    }
  });
  return issues;
}

/**
 * The options of {@link resolveBudgetScope}: `policy` (default the baseline); `asOf` is not read (the financial year in the input dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ResolveBudgetScopeOptions } from 'practice-based-commissioning';
 * const options: ResolveBudgetScopeOptions = {};
 * ```
 */
export interface ResolveBudgetScopeOptions extends EvaluationOptions {}

/**
 * The service lines an indicative budget covers in a financial year (money fact sheet §4.3, §7.1):
 * the mandatory core — hospital activity priced at the national tariff plus prescribing — with the
 * optional lines the caller adds (community services, mental health, A&E, diagnostics, other), and
 * specialised (tertiary) services only when the caller includes them ("specialist commissioning was
 * excluded", HSJ 30 Sep 2004; groups may "block back" tertiary care, 2009 vision). The lists are
 * dated parameters read on the year's first day.
 *
 * @param input - `{ financialYear, include? }` (see {@link ResolveBudgetScopeInputSchema})
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns the lines in scope, how each got there, and the explanation
 * @throws PbcError `INVALID_INPUT` for a malformed input or a line listed twice; `NOT_IN_FORCE` for a
 *   year before indicative budgets (2005/06)
 * @category Budgets
 * @example
 * ```ts
 * import { resolveBudgetScope } from 'practice-based-commissioning';
 * resolveBudgetScope({ financialYear: '2007/08' }).lines;
 * //=> ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING']
 * resolveBudgetScope({ financialYear: '2007/08', include: ['TERTIARY_SPECIALISED'] }).excludedIncluded;
 * //=> ['TERTIARY_SPECIALISED']
 * resolveBudgetScope({ financialYear: '2004/05' }); // throws PbcError NOT_IN_FORCE
 * ```
 */
export function resolveBudgetScope(input: ResolveBudgetScopeInput, options?: ResolveBudgetScopeOptions): ResolvedBudgetScope {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(ResolveBudgetScopeInputSchema, input, 'budget scope request');
  const { start } = financialYearBounds(parsed.financialYear);
  const step = explain(RULE, policy, start);
  step.input('financialYear', parsed.financialYear);
  step.input('include', [...(parsed.include ?? [])]);
  requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: ['financialYear'], what: 'PBC indicative budgets' });
  const lists = readScopeLists(step, start);
  const include = parsed.include ?? [];
  const issues: BudgetIssue[] = [];
  include.forEach((line, index) => {
    if (!lists.optional.includes(line) && !lists.excluded.includes(line) && !lists.mandatory.includes(line)) {
      issues.push({ path: ['include', index], message: `${line} may not be part of an indicative budget in ${parsed.financialYear}`, rule: 'budget.scope.allowedLine', code: 'INVALID_INPUT' });
    }
  });
  raiseIssues(issues, 'budget scope request');
  const lines = SERVICE_LINE_IDS.filter((line) => lists.mandatory.includes(line) || include.includes(line));
  const optionalIncluded = lines.filter((line) => lists.optional.includes(line) && !lists.mandatory.includes(line));
  const excludedIncluded = lines.filter((line) => lists.excluded.includes(line) && !lists.mandatory.includes(line));
  const leftWithPct = SERVICE_LINE_IDS.filter((line) => !lines.includes(line));
  if (excludedIncluded.length > 0) step.note(`included at the caller's request although excluded by default: ${excludedIncluded.join(', ')}`);
  if (leftWithPct.length > 0) step.note(`left with the PCT: ${leftWithPct.join(', ')}`);
  return {
    financialYear: parsed.financialYear,
    lines,
    mandatory: SERVICE_LINE_IDS.filter((line) => lists.mandatory.includes(line)),
    optionalIncluded,
    excludedIncluded,
    leftWithPct,
    explanation: step.done([...lines]),
  };
}
