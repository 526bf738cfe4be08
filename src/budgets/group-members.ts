/**
 * Checks shared by the group budget rules: the holder is a group, and member budgets match it.
 *
 * @internal
 * @module
 */
import type { z } from 'zod';
import type { PracticeCode } from '../core/identifiers.js';
import { issue } from '../core/validation.js';
import { type BudgetIssue } from './internal.js';
import type { Budget, BudgetHolder } from './model.js';

/** A holder of kind group. @internal */
export type GroupHolder = Extract<BudgetHolder, { kind: 'group' }>;

/** Adds an issue unless the holder is a group. @internal */
export function requireGroup(holder: BudgetHolder, context: z.RefinementCtx, at: (string | number)[]): holder is GroupHolder {
  if (holder.kind === 'group') return true;
  context.addIssue(issue([...at, 'kind'], 'must be a group of member practices', 'budget.group.holderIsGroup'));
  return false;
}

/** Checks member budgets against a group: members only, one each, every member, same year and kind. @internal */
export function memberBudgetIssues(group: GroupHolder, budgets: readonly Budget[], at: (string | number)[], groupAt: (string | number)[]): BudgetIssue[] {
  const issues: BudgetIssue[] = [];
  const seen: string[] = [];
  const first = budgets[0];
  budgets.forEach((budget, index) => {
    if (budget.holder.kind !== 'practice') {
      issues.push({ path: [...at, index, 'holder', 'kind'], message: "a member's budget must be held by a practice", rule: 'budget.group.memberBudget', code: 'INVALID_INPUT' });
      return;
    }
    const code = budget.holder.practiceCode;
    if (!group.memberPracticeCodes.includes(code)) {
      issues.push({ path: [...at, index, 'holder', 'practiceCode'], message: `practice ${code} is not a member of group ${group.groupId}`, rule: 'budget.group.memberBudget', code: 'INVALID_INPUT' });
    }
    if (seen.includes(code)) {
      issues.push({ path: [...at, index, 'holder', 'practiceCode'], message: `practice ${code} has more than one budget`, rule: 'budget.group.oneBudgetPerMember', code: 'INVALID_INPUT' });
    }
    seen.push(code);
    if (first !== undefined && budget.financialYear !== first.financialYear) {
      issues.push({ path: [...at, index, 'financialYear'], message: `${budget.financialYear} differs from ${first.financialYear}`, rule: 'budget.group.sameYearAndKind', code: 'CONFLICTING_INPUT' });
    }
    if (first !== undefined && budget.kind !== first.kind) {
      issues.push({ path: [...at, index, 'kind'], message: `${budget.kind} differs from ${first.kind}`, rule: 'budget.group.sameYearAndKind', code: 'CONFLICTING_INPUT' });
    }
  });
  group.memberPracticeCodes.forEach((code, index) => {
    if (!seen.includes(code)) issues.push({ path: [...groupAt, 'memberPracticeCodes', index], message: `member ${code} has no budget`, rule: 'budget.group.memberWithoutBudget', code: 'MISSING_INPUT' });
  });
  return issues;
}

/** The practice code of a member budget (checked to be a practice's). @internal */
export function practiceOf(budget: Budget): PracticeCode {
  // Checked by memberBudgetIssues before use: every member budget is held by a practice.
  return (budget.holder as Extract<BudgetHolder, { kind: 'practice' }>).practiceCode;
}

