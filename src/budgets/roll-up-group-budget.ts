/**
 * Group (cluster, consortium) budgets rolled up: member practices' budgets summed into the group's,
 * exactly.
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { baselinePolicy } from '../policy/baseline.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { parseInput, raiseIssues } from '../core/validation.js';
import { financialYearBounds } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import type { PracticeCode } from '../core/identifiers.js';
import { sumMoneyAt, type Pence } from '../core/money.js';
import { SERVICE_LINE_IDS } from '../policy/catalogues/service-lines.js';
import { memberBudgetIssues, practiceOf, requireGroup, type GroupHolder } from './group-members.js';
import { requireInForce, ruleOf } from './internal.js';
import { BudgetHolderSchema, BudgetSchema, type Budget, type ServiceLine } from './model.js';

const ROLL_UP_RULE = ruleOf('budget.group.rollUp');

/**
 * The zod schema for the input of {@link rollUpGroupBudget}: the group (a holder of kind `group`) and
 * one budget per member practice, all for the same year and of the same kind.
 *
 * @category Budgets
 * @example
 * ```ts
 * import { RollUpGroupBudgetInputSchema } from 'practice-based-commissioning/schemas';
 * RollUpGroupBudgetInputSchema.safeParse({ group: { kind: 'group', groupId: 'north', memberPracticeCodes: ['Z90001'] }, budgets: [] }).success; //=> true (checked further by the rule)
 * ```
 */
export const RollUpGroupBudgetInputSchema = z
  .object({
    group: BudgetHolderSchema,
    budgets: z.array(BudgetSchema),
  })
  .strict()
  .superRefine((input, context) => {
    requireGroup(input.group, context, ['group']);
  });

/**
 * The input of {@link rollUpGroupBudget}. See {@link RollUpGroupBudgetInputSchema}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { RollUpGroupBudgetInput } from 'practice-based-commissioning';
 * declare const input: RollUpGroupBudgetInput;
 * input.budgets.length;
 * ```
 */
export type RollUpGroupBudgetInput = z.input<typeof RollUpGroupBudgetInputSchema>;

/**
 * One member's line in a group roll-up or apportionment: a flat record.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { GroupBudgetMemberLine } from 'practice-based-commissioning';
 * const row = { practiceCode: 'Z90001', serviceLine: 'PRESCRIBING', amount: 12_000_000 } as GroupBudgetMemberLine;
 * ```
 */
export interface GroupBudgetMemberLine {
  readonly practiceCode: PracticeCode;
  readonly serviceLine: ServiceLine;
  readonly amount: Pence;
}

/**
 * The result of {@link rollUpGroupBudget}.
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { GroupBudgetRollUp } from 'practice-based-commissioning';
 * declare const rollUp: GroupBudgetRollUp;
 * rollUp.budget.holder.kind; //=> 'group'
 * ```
 */
export interface GroupBudgetRollUp {
  /** The group's budget: each line the sum of its members' lines (its scope the union of theirs). */
  readonly budget: Budget;
  readonly total: Pence;
  /** Every member's every line, in member then catalogue order. */
  readonly rows: readonly GroupBudgetMemberLine[];
  /** Each member's total, in member order. */
  readonly members: readonly { readonly practiceCode: PracticeCode; readonly total: Pence }[];
  readonly explanation: Explanation;
}

/**
 * The options of {@link rollUpGroupBudget}: `policy` (default the baseline); `asOf` is not read (the budgets' financial year dates the rule).
 *
 * @category Budgets
 * @example
 * ```ts
 * import type { RollUpGroupBudgetOptions } from 'practice-based-commissioning';
 * const options: RollUpGroupBudgetOptions = {};
 * ```
 */
export interface RollUpGroupBudgetOptions extends EvaluationOptions {}

/**
 * Rolls member practices' budgets up into their group's (cluster's) budget: each line is the exact sum
 * of the members' lines. Groups of practices could hold a budget from April 2005 (DH 2004) and the
 * 2009 vision treats groups as the usual holders; incentives are still paid per practice. Every
 * member needs exactly one budget, for the same year and of the same kind.
 *
 * @param input - see {@link RollUpGroupBudgetInputSchema}
 * @param options - `policy` (default the baseline; a value that is not a valid policy raises `INVALID_POLICY` at `['policy']`)
 * @returns the group's budget, per-member rows and totals, and the explanation
 * @throws PbcError `INVALID_INPUT` (a holder that is not a group, a group with no members or a
 *   duplicated member, a budget of a non-member, two budgets for one member); `MISSING_INPUT` (a member
 *   without a budget); `CONFLICTING_INPUT` (budgets for different years or kinds); `NOT_IN_FORCE` (an
 *   indicative budget before 2005/06)
 * @category Budgets
 * @example
 * ```ts
 * import { rollUpGroupBudget } from 'practice-based-commissioning';
 * const practice = (code: string, amount: number) => ({
 *   holder: { kind: 'practice' as const, practiceCode: code }, financialYear: '2008/09', kind: 'indicative' as const,
 *   lines: [{ serviceLine: 'PRESCRIBING' as const, amount }],
 * });
 * const rollUp = rollUpGroupBudget({
 *   group: { kind: 'group', groupId: 'vale-north', memberPracticeCodes: ['Z90001', 'Z90002'] },
 *   budgets: [practice('Z90001', 12_000_000), practice('Z90002', 6_500_001)],
 * });
 * rollUp.budget.lines; //=> [{ serviceLine: 'PRESCRIBING', amount: 18_500_001 }]
 * ```
 */
export function rollUpGroupBudget(input: RollUpGroupBudgetInput, options?: RollUpGroupBudgetOptions): GroupBudgetRollUp {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  return rollUpOf(parseInput(RollUpGroupBudgetInputSchema, input, 'group budget roll-up'), policy);
}

/**
 * {@link rollUpGroupBudget} on a group from an area parsed by `ScenarioAreaSchema` (an id and
 * name that are not empty, at least one member, none twice) and its members' budgets as
 * `setIndicativeBudget` set them, under a resolved policy. The schema does not run again when
 * nothing it checks could fail: every budget a practice's, with at least one line, none twice, each
 * a whole number of pence of zero or more. Otherwise the public function runs, so any error is the
 * one it raises. The checks across fields (members only, one budget each, the same year and kind)
 * always run.
 *
 * @internal
 */
export function rollUpGroupBudgetOnParsed(input: z.output<typeof RollUpGroupBudgetInputSchema>, policy: Policy): GroupBudgetRollUp {
  const { group } = input;
  const plain =
    group.kind === 'group' &&
    group.memberPracticeCodes.length > 0 &&
    input.budgets.every((budget) => {
      const lines = new Set<string>();
      return (
        budget.holder.kind === 'practice' &&
        budget.lines.length > 0 &&
        budget.lines.every((line) => Number.isSafeInteger(line.amount) && line.amount >= 0 && !lines.has(line.serviceLine) && lines.add(line.serviceLine))
      );
    });
  return plain ? rollUpOf(input, policy) : rollUpGroupBudget(input, { policy });
}

function rollUpOf(parsed: z.output<typeof RollUpGroupBudgetInputSchema>, policy: Policy): GroupBudgetRollUp {
  const group = parsed.group as GroupHolder;
  raiseIssues(memberBudgetIssues(group, parsed.budgets, ['budgets'], ['group']), 'group budget roll-up');
  // Every member has a budget, so there is at least one (a group has at least one member).
  const first = parsed.budgets[0] as Budget;
  const { start } = financialYearBounds(first.financialYear);
  const step = explain(ROLL_UP_RULE, policy, start);
  step.input('groupId', group.groupId);
  step.input('members', [...group.memberPracticeCodes]);
  if (first.kind === 'indicative') requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: ['budgets', 0, 'financialYear'], what: 'PBC indicative budgets' });
  // Each member's budget, with where it sits in the input (for errors that name the field).
  const budgetAt = new Map<string, number>();
  parsed.budgets.forEach((budget, at) => {
    const code = practiceOf(budget as Budget);
    if (!budgetAt.has(code)) budgetAt.set(code, at);
  });
  const ordered = group.memberPracticeCodes.map((code) => {
    // The checks above give every member a budget.
    const at = budgetAt.get(code) ?? -1;
    return { budget: parsed.budgets[at] as Budget, at };
  });
  const origins: { readonly path: readonly (string | number)[] }[] = [];
  const rows: GroupBudgetMemberLine[] = ordered.flatMap(({ budget, at }) =>
    SERVICE_LINE_IDS.flatMap((line) => {
      const position = budget.lines.findIndex((candidate) => candidate.serviceLine === line);
      const entry = budget.lines[position];
      if (entry === undefined) return [];
      origins.push({ path: ['budgets', at, 'lines', position, 'amount'] });
      return [{ practiceCode: practiceOf(budget), serviceLine: line, amount: entry.amount }];
    }),
  );
  const lines = SERVICE_LINE_IDS.filter((line) => rows.some((row) => row.serviceLine === line)).map((line) => {
    const members = rows.flatMap((row, index) => (row.serviceLine === line ? [{ amount: row.amount, index }] : []));
    return {
      serviceLine: line,
      // origins and rows are built together, so every row has its origin.
      amount: sumMoneyAt(members.map((member) => member.amount), (position) => origins[members[position]!.index]!.path, `the group's ${line} line`),
    };
  });
  const total = sumMoneyAt(lines.map((line) => line.amount), () => ['budgets'], "the group's total budget");
  step.note('each group line is the exact sum of its members\' lines');
  return {
    budget: { holder: group, financialYear: first.financialYear, kind: first.kind, lines },
    total,
    rows,
    members: ordered.map(({ budget, at }) => ({
      practiceCode: practiceOf(budget),
      total: sumMoneyAt(budget.lines.map((line) => line.amount), (position) => ['budgets', at, 'lines', position, 'amount'], `practice ${practiceOf(budget)}'s total budget`),
    })),
    explanation: step.done({ total, lines: lines.map((line) => ({ serviceLine: line.serviceLine, amount: line.amount })) }),
  };
}

