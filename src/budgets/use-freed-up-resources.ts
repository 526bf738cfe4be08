/**
 * Freed-up resources, rule `fur.use`: what the practice proposes to spend them on (personal income
 * draws a warning: the DH position, disputed by the GPC), and whether last year's unspent freed-up
 * resources carry over. Composed by {@link freedUpResources}.
 *
 * @internal
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import type { IsoDate } from '../core/calendar.js';
import { formatGbp, pence, sumMoney, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { finding, ruleOf } from './internal.js';
import type { BudgetFinding } from './model.js';

const USE_RULE = ruleOf('fur.use');

/** What `fur.use` finds about the proposed uses and the carry-over. @internal */
export interface FurUse {
  readonly allowed: boolean;
  readonly unspent: Pence;
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

/**
 * Checks the proposed uses and the carry-over under `fur.use` (see {@link freedUpResources}).
 * @internal
 */
export function useFreedUpResources(
  uses: readonly { readonly description: string; readonly amount: Pence; readonly purpose: string }[],
  unspentFromPriorYear: Pence | undefined,
  practiceShare: Pence,
  policy: Policy,
  start: IsoDate,
): FurUse {
  const findings: BudgetFinding[] = [];
  const use = explain(USE_RULE, policy, start);
  use.input('proposedUses', uses.length);
  if (uses.some((entry) => entry.purpose === 'personalIncome') && !use.boolean('fur.personalIncomePermitted', start)) {
    uses.forEach((entry, index) => {
      if (entry.purpose !== 'personalIncome') return;
      findings.push(
        finding(
          'FUR_PERSONAL_INCOME',
          'warning',
          USE_RULE.id,
          `proposed use ${index} ("${entry.description}") is personal income: the DH position is that savings are reinvested in services, not taken as pay (the GPC disputed this)`,
          USE_RULE.sources,
          ['proposedUses', index, 'purpose'],
        ),
      );
    });
  }
  const proposed = sumMoney(uses.map((entry) => entry.amount));
  if (proposed > practiceShare) {
    findings.push(finding('FUR_USES_EXCEED_SHARE', 'warning', USE_RULE.id, `the proposed uses add up to ${formatGbp(proposed)}, more than the practice's share of ${formatGbp(practiceShare)}`, USE_RULE.sources, ['proposedUses']));
  }
  const unspent = unspentFromPriorYear ?? pence(0);
  let allowed = false;
  if (unspent > 0) {
    allowed = use.boolean('fur.carryOver', start);
    findings.push(
      allowed
        ? finding('FUR_CARRIED_OVER', 'info', USE_RULE.id, `${formatGbp(unspent)} of last year's freed-up resources carries over`, ['dh-2004-engaging-practices'], ['unspentFromPriorYear'])
        : finding('FUR_LAPSED', 'warning', USE_RULE.id, `${formatGbp(unspent)} of last year's freed-up resources lapses: no carry-over under this policy`, ['dh-2004-engaging-practices'], ['unspentFromPriorYear']),
    );
  }

  return { allowed, unspent, findings, explanation: use.done({ proposed, carriedForward: allowed ? unspent : 0 }) };
}
