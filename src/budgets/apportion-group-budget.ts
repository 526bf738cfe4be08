/**
 * A group's (cluster's) figures apportioned back to its member practices, line by line, exactly.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { FinancialYearSchema, financialYearBounds, type FinancialYear } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PracticeCodeSchema, type PracticeCode } from '../core/identifiers.js';
import { PenceSchema, apportion, pence, sumMoneyAt, type Pence } from '../core/money.js';
import { SERVICE_LINE_IDS } from '../policy/catalogues/service-lines.js';
import { memberBudgetIssues, requireGroup, type GroupHolder } from './group-members.js';
import { issue, parseInput, raiseIssues } from '../core/validation.js';
import { sumDecimal, type BudgetIssue, ruleOf } from './internal.js';
import { BudgetHolderSchema, BudgetKindSchema, BudgetSchema, ServiceLineSchema, type Budget, type BudgetHolder, type BudgetKind, type ServiceLine } from './model.js';
import type { GroupBudgetMemberLine } from './roll-up-group-budget.js';

const APPORTION_RULE = ruleOf('budget.group.apportion');

const WeightsBasisSchema = z
  .object({
    by: z.literal('weights'),
    weights: z
      .array(z.object({ practiceCode: PracticeCodeSchema, weight: z.number().nonnegative({ message: 'a weight may not be negative' }) }).strict())
      .meta({ description: 'One weight per member (a weighted population, say), used for every line.' }),
  })
  .strict();

const MemberBudgetsBasisSchema = z
  .object({
    by: z.literal('memberBudgets'),
    budgets: z.array(BudgetSchema).meta({ description: "Each member's budget: a line is apportioned in proportion to the members' budgets for it." }),
  })
  .strict();

/**
 * The zod schema for the input of {@link apportionGroupBudget}: the group, the financial year, the
 * group's figures per line (a budget, an outturn, a variance — negative amounts allowed), what they
 * are, the basis (a weight per member, or the members' own budgets line by line), and optionally a
 * budget kind to get the members' shares back as budgets.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { ApportionGroupBudgetInputSchema } from 'practice-based-commissioning/schemas';
 * ApportionGroupBudgetInputSchema.parse({
 *   group: { kind: 'group', groupId: 'north', memberPracticeCodes: ['Z90001', 'Z90002'] }, financialYear: '2008/09',
 *   lines: [{ serviceLine: 'PRESCRIBING', amount: -100 }],
 *   basis: { by: 'weights', weights: [{ practiceCode: 'Z90001', weight: 1 }, { practiceCode: 'Z90002', weight: 2 }] },
 * });
 * ```
 */
export const ApportionGroupBudgetInputSchema = z
  .object({
    group: BudgetHolderSchema,
    financialYear: FinancialYearSchema,
    figure: z.string().min(1).optional().meta({ description: "What is apportioned, e.g. 'budget', 'forecast variance'." }),
    lines: z
      .array(z.object({ serviceLine: ServiceLineSchema, amount: PenceSchema }).strict())
      .min(1)
      .meta({ description: "The group's figure per line; may be negative (an overspend)." }),
    basis: z.discriminatedUnion('by', [WeightsBasisSchema, MemberBudgetsBasisSchema]),
    kind: BudgetKindSchema.optional().meta({ description: "When given, the members' shares are also returned as budgets of this kind." }),
  })
  .strict()
  .superRefine((input, context) => {
    requireGroup(input.group, context, ['group']);
    const lines = input.lines.map((line) => line.serviceLine);
    lines.forEach((line, index) => {
      if (lines.indexOf(line) !== index) context.addIssue(issue(['lines', index, 'serviceLine'], `${line} appears twice`, 'budget.lines.unique'));
    });
    if (input.kind !== undefined) {
      input.lines.forEach((line, index) => {
        if (line.amount < 0) context.addIssue(issue(['lines', index, 'amount'], 'a budget may not be negative', 'budget.group.budgetNonNegative'));
      });
    }
  });

/**
 * The input of {@link apportionGroupBudget}. See {@link ApportionGroupBudgetInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ApportionGroupBudgetInput } from 'practice-based-commissioning';
 * declare const input: ApportionGroupBudgetInput;
 * input.basis.by; //=> 'weights' | 'memberBudgets'
 * ```
 */
export type ApportionGroupBudgetInput = z.input<typeof ApportionGroupBudgetInputSchema>;

/**
 * The result of {@link apportionGroupBudget}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { GroupBudgetApportionment } from 'practice-based-commissioning';
 * declare const result: GroupBudgetApportionment;
 * result.rows.filter((row) => row.serviceLine === 'PRESCRIBING').reduce((sum, row) => sum + row.amount, 0); // = the group's PRESCRIBING figure
 * ```
 */
export interface GroupBudgetApportionment {
  readonly group: BudgetHolder;
  readonly financialYear: FinancialYear;
  readonly figure: string;
  /** Every member's share of every line, in member then catalogue order; each line's shares sum to it exactly. */
  readonly rows: readonly GroupBudgetMemberLine[];
  /** Each member's total, in member order. */
  readonly members: readonly { readonly practiceCode: PracticeCode; readonly total: Pence }[];
  /** The members' shares as budgets, when a `kind` was given; otherwise empty. */
  readonly budgets: readonly Budget[];
  readonly explanation: Explanation;
}

/**
 * The options of {@link apportionGroupBudget}: `policy` (default the baseline); `asOf` is not read (the financial year in the input dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { ApportionGroupBudgetOptions } from 'practice-based-commissioning';
 * const options: ApportionGroupBudgetOptions = {};
 * ```
 */
export interface ApportionGroupBudgetOptions extends EvaluationOptions {}

/**
 * Apportions a group's figures — a cluster budget, an outturn, a variance, freed-up resources — back to
 * its member practices, line by line, exactly: each line's shares sum to the group's figure to the
 * penny (largest remainder; a negative figure is split as the negatives of its absolute value's
 * parts). The basis is a weight per member (a weighted population, say) or the members' own budgets
 * for each line. Incentives stay per practice (the C2 rule), so a group's figures often need splitting.
 *
 * @param input - see {@link ApportionGroupBudgetInputSchema}
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns per-member rows and totals, budgets when a kind was given, and the explanation
 * @throws PbcError `INVALID_INPUT` (a holder that is not a group, a duplicated member, a weight for a
 *   non-member or twice, all-zero weights for a line with a figure, a negative budget); `MISSING_INPUT`
 *   (a member without a weight or budget); `CONFLICTING_INPUT` (member budgets for another year or kind)
 * @category Budgets
 * @example
 * ```ts
 * import { apportionGroupBudget } from 'practice-based-commissioning';
 * const result = apportionGroupBudget({
 *   group: { kind: 'group', groupId: 'north', memberPracticeCodes: ['Z90001', 'Z90002', 'Z90003'] }, financialYear: '2008/09',
 *   figure: 'budget', lines: [{ serviceLine: 'PRESCRIBING', amount: 100 }],
 *   basis: { by: 'weights', weights: [{ practiceCode: 'Z90001', weight: 1 }, { practiceCode: 'Z90002', weight: 1 }, { practiceCode: 'Z90003', weight: 1 }] },
 * });
 * result.rows.map((row) => row.amount); //=> [34, 33, 33]
 * ```
 */
export function apportionGroupBudget(input: ApportionGroupBudgetInput, options?: ApportionGroupBudgetOptions): GroupBudgetApportionment {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(ApportionGroupBudgetInputSchema, input, 'group apportionment');
  const group = parsed.group as GroupHolder;
  const issues: BudgetIssue[] = [];
  const weightsFor = new Map<string, Map<ServiceLine, number>>();
  const lineOrder = SERVICE_LINE_IDS.filter((line) => parsed.lines.some((entry) => entry.serviceLine === line));
  if (parsed.basis.by === 'weights') {
    const seen = new Set<string>();
    const members = new Set(group.memberPracticeCodes);
    parsed.basis.weights.forEach((entry, index) => {
      if (!members.has(entry.practiceCode)) {
        issues.push({ path: ['basis', 'weights', index, 'practiceCode'], message: `practice ${entry.practiceCode} is not a member of group ${group.groupId}`, rule: 'budget.group.memberWeight', code: 'INVALID_INPUT' });
      } else if (seen.has(entry.practiceCode)) {
        issues.push({ path: ['basis', 'weights', index, 'practiceCode'], message: `practice ${entry.practiceCode} is weighted twice`, rule: 'budget.group.memberWeight', code: 'INVALID_INPUT' });
      } else {
        weightsFor.set(entry.practiceCode, new Map(lineOrder.map((line) => [line, entry.weight])));
      }
      seen.add(entry.practiceCode);
    });
    group.memberPracticeCodes.forEach((code, index) => {
      if (!seen.has(code)) issues.push({ path: ['group', 'memberPracticeCodes', index], message: `member ${code} has no weight`, rule: 'budget.group.memberWeight', code: 'MISSING_INPUT' });
    });
  } else {
    const budgets = parsed.basis.budgets;
    issues.push(...memberBudgetIssues(group, budgets, ['basis', 'budgets'], ['group']));
    budgets.forEach((budget, index) => {
      if (budget.financialYear !== parsed.financialYear) {
        issues.push({ path: ['basis', 'budgets', index, 'financialYear'], message: `${budget.financialYear} differs from ${parsed.financialYear}`, rule: 'budget.group.sameYearAndKind', code: 'CONFLICTING_INPUT' });
      }
      if (budget.holder.kind === 'practice') {
        weightsFor.set(budget.holder.practiceCode, new Map(lineOrder.map((line) => [line, budget.lines.find((entry) => entry.serviceLine === line)?.amount ?? 0])));
      }
    });
  }
  if (issues.length === 0) {
    parsed.lines.forEach((line, index) => {
      // No issues so far, so every member has a weight for every line.
      const total = sumDecimal(group.memberPracticeCodes.map((code) => weightsFor.get(code)!.get(line.serviceLine)!));
      if (line.amount !== 0 && Number(total) === 0) {
        issues.push({ path: ['lines', index], message: `every member's weight for ${line.serviceLine} is zero, so its figure cannot be apportioned`, rule: 'budget.group.apportionWeights', code: 'INVALID_INPUT' });
      }
    });
  }
  raiseIssues(issues, 'group apportionment');

  const { start } = financialYearBounds(parsed.financialYear);
  const step = explain(APPORTION_RULE, policy, start);
  step.input('groupId', group.groupId);
  step.input('basis', parsed.basis.by);
  const figure = parsed.figure ?? 'figure';
  step.input('figure', figure);
  const shares = new Map<ServiceLine, Pence[]>();
  for (const line of lineOrder) {
    // lineOrder holds only lines given; every member has weights for every line (checked above).
    const amount = parsed.lines.find((entry) => entry.serviceLine === line)!.amount;
    const weights = group.memberPracticeCodes.map((code) => weightsFor.get(code)!.get(line)!);
    shares.set(line, amount === 0 ? weights.map(() => pence(0)) : apportion(amount, weights));
  }
  const rows: GroupBudgetMemberLine[] = group.memberPracticeCodes.flatMap((code, index) => lineOrder.map((line) => ({ practiceCode: code, serviceLine: line, amount: shares.get(line)![index]! })));
  // A member's total is the sum of its shares, one per line in lineOrder: an overflow names that line.
  const lineAt = (line: ServiceLine): number => parsed.lines.findIndex((entry) => entry.serviceLine === line);
  const members = group.memberPracticeCodes.map((code) => ({
    practiceCode: code,
    total: sumMoneyAt(
      rows.filter((row) => row.practiceCode === code).map((row) => row.amount),
      // lineOrder has one entry per share.
      (position) => ['lines', lineAt(lineOrder[position]!), 'amount'],
      `member ${code}'s total`,
    ),
  }));
  const kind: BudgetKind | undefined = parsed.kind;
  const budgets: Budget[] =
    kind === undefined
      ? []
      : group.memberPracticeCodes.map((code) => ({
          holder: { kind: 'practice', practiceCode: code },
          financialYear: parsed.financialYear,
          kind,
          lines: rows.filter((row) => row.practiceCode === code).map((row) => ({ serviceLine: row.serviceLine, amount: row.amount })),
        }));
  step.note(`each line is split by ${parsed.basis.by === 'weights' ? 'the members\' weights' : "the members' own budgets for the line"}, largest remainder, so the shares sum to the group's figure exactly`);
  return {
    group,
    financialYear: parsed.financialYear,
    figure,
    rows,
    members,
    budgets,
    explanation: step.done(members.map((member) => ({ practiceCode: member.practiceCode, total: member.total }))),
  };
}
