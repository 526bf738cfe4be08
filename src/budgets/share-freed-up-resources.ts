/**
 * Freed-up resources, rule `fur.share`: a year-end outcome of an indicative budget settled — who
 * carries an overspend; an underspend first repays the practice's earlier overspends (the balancing
 * window), then meets the PCT's prior claim, then is split between practice and PCT (with the
 * 2005/06 management-costs rule). Composed by {@link freedUpResources}.
 *
 * @internal
 * @module
 */
import { financialYearBounds } from '../core/calendar.js';
import { explain, type ExplanationBuilder } from '../core/explanation.js';
import { PbcError, printable } from '../core/errors.js';
import { formatGbp, minMoney, multiplyByRate, pence, subtractMoney, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { balanceBudget, type BudgetBalancing, type BudgetShaArbitration, type BudgetYear } from './assess-budget-balancing.js';
import type { BudgetOutcome } from './budget-outcome.js';
import { finding, requireInForce, requireUnitInterval, ruleOf } from './internal.js';
import type { BudgetFinding } from './model.js';

const RULE = ruleOf('fur.share');

/** What {@link shareFreedUpResources} needs besides the outcome. @internal */
export interface FurShareFacts {
  readonly history?: readonly BudgetYear[] | undefined;
  readonly shaArbitration?: BudgetShaArbitration | undefined;
  readonly pctDeficit?: Pence | undefined;
  readonly managementCosts?: Pence | undefined;
}

/** The split of a year-end outcome under `fur.share`, with its (open) explanation step. @internal */
export interface FurShare {
  /** The `fur.share` node, still open: {@link freedUpResources} adds the release and use nodes. */
  readonly step: ExplanationBuilder;
  readonly balancing: BudgetBalancing;
  readonly overspendBorneBy: 'pct' | 'practice' | null;
  readonly offset: Pence;
  readonly claim: Pence;
  readonly ratio: string;
  readonly practiceShare: Pence;
  readonly managementCostsCharged: Pence;
  readonly pctShare: Pence;
  readonly findings: readonly BudgetFinding[];
}

function splitWithPriorClaim(basis: string, afterOffset: Pence, deficit: Pence, ratio: string): { claim: Pence; practiceShare: Pence; remainder: Pence } {
  if (basis === 'wholeUnderspend') {
    const claim = minMoney(afterOffset, deficit);
    const shareable = subtractMoney(afterOffset, claim);
    const practiceShare = multiplyByRate(shareable, ratio);
    return { claim, practiceShare, remainder: subtractMoney(shareable, practiceShare) };
  }
  if (basis === 'pctShareFirst') {
    const provisional = multiplyByRate(afterOffset, ratio);
    const pctPart = subtractMoney(afterOffset, provisional);
    const fromPct = minMoney(pctPart, deficit);
    const fromPractice = minMoney(provisional, subtractMoney(deficit, fromPct));
    return { claim: pence(fromPct + fromPractice), practiceShare: subtractMoney(provisional, fromPractice), remainder: subtractMoney(pctPart, fromPct) };
  }
  throw new PbcError('INVALID_POLICY', `"fur.pctPriorClaim.basis" is ${printable(basis)}; the rule knows 'wholeUnderspend' and 'pctShareFirst'`, {
    issues: [{ path: ['parameters', 'fur.pctPriorClaim.basis'], message: "must be 'wholeUnderspend' or 'pctShareFirst'", rule: 'fur.pctPriorClaim.basis' }],
  });
}

/**
 * Settles a year-end outcome of an indicative budget under `fur.share` (see {@link freedUpResources}).
 * @internal
 */
export function shareFreedUpResources(outcome: BudgetOutcome, facts: FurShareFacts, policy: Policy): FurShare {
  const { start } = financialYearBounds(outcome.financialYear);
  const step = explain(RULE, policy, start);
  step.input('financialYear', outcome.financialYear);
  step.input('budget', outcome.budget);
  step.input('outturn', outcome.outturn);
  requireInForce(step, { parameterId: 'budget.indicative.inForce', date: start, path: ['outcome', 'financialYear'], what: 'PBC indicative budgets' });
  const findings: BudgetFinding[] = [];
  if (outcome.basis === 'forecast') {
    findings.push(finding('FORECAST_BASIS', 'warning', RULE.id, 'the figures rest on a forecast outturn: freed-up resources are settled on the year-end outturn', RULE.sources, ['outcome', 'basis']));
  }

  const balancing = balanceBudget(
    { holder: outcome.holder, financialYear: outcome.financialYear, budget: outcome.budget, outturn: outcome.outturn, history: facts.history, shaArbitration: facts.shaArbitration },
    policy,
    { year: ['outcome', 'financialYear'], history: ['history'], arbitration: ['shaArbitration'] },
  );
  step.child(balancing.explanation);
  findings.push(...balancing.findings);

  // Overspend: who carries it.
  let overspendBorneBy: FurShare['overspendBorneBy'] = null;
  if (outcome.overspent) {
    const pctCarries = step.boolean('budget.indicative.pctCarriesOverspendRisk', start);
    overspendBorneBy = pctCarries ? 'pct' : 'practice';
    findings.push(
      finding(
        'OVERSPEND_PCT_CARRIES_RISK',
        pctCarries ? 'info' : 'warning',
        RULE.id,
        pctCarries
          ? `overspent by ${formatGbp(outcome.overspend)}: the budget is indicative, so the PCT carries the risk; it counts against the practice in its balancing window`
          : `overspent by ${formatGbp(outcome.overspend)}: under this policy the practice carries the risk`,
        ['pulse-nuts-and-bolts-pbc', 'hsj-2004-09-30-savings-pledge'],
        ['outcome', 'outturn'],
      ),
    );
  }

  // Underspend: offset, prior claim, shares.
  const offset = balancing.offsetThisYear;
  const afterOffset = balancing.underspendAfterOffset;
  if (offset > 0) findings.push(finding('OFFSET_EARLIER_OVERSPEND', 'info', 'budget.balancing', `${formatGbp(offset)} of the underspend repaid earlier overspends first`, ['dh-2004-engaging-practices'], ['history']));
  const ratio = requireUnitInterval(step.ratio('fur.practiceShare', start), 'fur.practiceShare');
  const deficit = facts.pctDeficit ?? pence(0);
  step.input('pctDeficit', deficit);
  let claim = pence(0);
  let practiceShare = pence(0);
  let remainder = pence(0);
  if (afterOffset > 0) {
    const basis = deficit > 0 ? step.text('fur.pctPriorClaim.basis', start) : 'wholeUnderspend';
    ({ claim, practiceShare, remainder } = splitWithPriorClaim(basis, afterOffset, deficit, ratio));
    if (claim > 0) {
      findings.push(
        finding(
          'PCT_PRIOR_CLAIM',
          'warning',
          RULE.id,
          `the PCT is in deficit by ${formatGbp(deficit)} and takes ${formatGbp(claim)} of the savings first (${basis}); where a PCT cannot share freed-up resources as the guidance says it must agree another approach with its practices, with the SHA as arbiter`,
          ['diabetesonthenet-pbc-responsibilities', 'pulse-what-next-for-fur', 'dh-faq-fur-sharing'],
          ['pctDeficit'],
        ),
      );
    }
  }
  let managementCostsCharged = pence(0);
  if (remainder > 0 && step.boolean('fur.remainderCoversManagementCosts', start)) {
    managementCostsCharged = minMoney(remainder, facts.managementCosts ?? pence(0));
    if (managementCostsCharged > 0) {
      findings.push(finding('MANAGEMENT_COSTS_CHARGED', 'info', RULE.id, `${formatGbp(managementCostsCharged)} of the remainder was charged against the practice's reasonable management costs`, ['dh-2004-engaging-practices'], ['managementCosts']));
    }
  }
  const pctShare = subtractMoney(remainder, managementCostsCharged);

  return { step, balancing, overspendBorneBy, offset, claim, ratio, practiceShare, managementCostsCharged, pctShare, findings };
}
