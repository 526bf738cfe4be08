/**
 * Fair shares (weighted capitation): each service line's resources apportioned across the PCT's
 * practices in proportion to their weighted populations, exactly.
 *
 * @internal
 * @module
 */
import { apportion, pence, type Pence } from '../core/money.js';
import { explain, type Explanation } from '../core/explanation.js';
import type { Policy } from '../core/policy-model/schemas.js';
import type { ServiceLine } from './model.js';
import { ruleOf } from './internal.js';

const RULE = ruleOf('budget.fairShare');

/**
 * Apportions each line's available resources across practices by their weights for that line, with
 * the largest-remainder method, so each line's fair shares sum exactly to its resources. A line with
 * nothing available gives every practice zero. Weights are checked by the caller (at least one
 * positive per line with resources).
 *
 * @returns `shares[practiceIndex][line]` and the explanation
 * @internal
 */
export function fairShareBudgets(options: {
  readonly lines: readonly ServiceLine[];
  readonly available: ReadonlyMap<ServiceLine, Pence>;
  /** `weights[practiceIndex][line]`. */
  readonly weights: readonly ReadonlyMap<ServiceLine, number>[];
  readonly practiceCodes: readonly string[];
  readonly policy: Policy;
  readonly asOf: string;
}): { shares: Map<ServiceLine, Pence>[]; explanation: Explanation } {
  const step = explain(RULE, options.policy, options.asOf);
  step.input('practices', [...options.practiceCodes]);
  const shares = options.weights.map(() => new Map<ServiceLine, Pence>());
  const byLine: Record<string, number[]> = {};
  for (const line of options.lines) {
    // The caller gives an amount and every practice's weight for every line in scope.
    const available = options.available.get(line)!;
    const weights = options.weights.map((practice) => practice.get(line)!);
    const parts = available === 0 ? weights.map(() => pence(0)) : apportion(available, weights);
    parts.forEach((part, index) => shares[index]!.set(line, part));
    byLine[line] = parts;
  }
  step.note('each line\'s resources (after any contingency) are apportioned by weighted population, largest remainder, so they sum exactly');
  return { shares, explanation: step.done(byLine) };
}
