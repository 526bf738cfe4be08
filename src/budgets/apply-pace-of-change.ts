/**
 * The pace-of-change rule (2007/08 onwards): a practice whose historic budget is further from its
 * fair share than the threshold moves towards it by a set share of the gap; others keep their
 * historic budget.
 *
 * @internal
 * @module
 */
import { toDecimal } from '../core/decimal.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PbcError, isPbcError } from '../core/errors.js';
import { addMoney, multiplyByRate, subtractMoney, sumMoney, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { ratioText, requireUnitInterval, ruleOf } from './internal.js';
import type { ServiceLine } from './model.js';

const RULE = ruleOf('budget.paceOfChange');

/** The outcome of the pace-of-change rule for one practice. @internal */
export interface PaceOfChangeOutcome {
  readonly lines: Map<ServiceLine, Pence>;
  readonly historicTotal: Pence;
  readonly fairShareTotal: Pence;
  /** (historic − fair share) ÷ fair share, to four places; `null` when the fair share is zero. */
  readonly distance: string | null;
  readonly moved: boolean;
  readonly threshold: string;
  readonly gapClosed: string;
  readonly explanation: Explanation;
}

/**
 * Reads the threshold on `asOf`, raising NOT_IN_FORCE (path `method`) for a year before the rule.
 * @internal
 */
export function requirePaceOfChangeInForce(policy: Policy, asOf: string): void {
  try {
    explain(RULE, policy, asOf).ratio('budget.paceOfChange.threshold');
  } catch (error) {
    if (!isPbcError(error, 'PARAMETER_NOT_IN_FORCE')) throw error;
    const message = `the pace-of-change rule (blended budgets) was not in force on ${asOf}; it starts with the 2007/08 budgets`;
    throw new PbcError('NOT_IN_FORCE', `method: ${message}`, { issues: [{ path: ['method'], message, rule: RULE.id }], rule: RULE.id });
  }
}

/**
 * DH fair-shares toolkit (26 Jan 2006) for 2007/08: practices "more than 10%" from their fair share
 * should move towards it, at a pace that is not "overly aggressive". The distance is measured on
 * the practice's total across the lines in scope; a practice beyond the threshold closes the share
 * `budget.paceOfChange.gapClosedPerYear` of each line's gap (rounded half-up per line, so each line
 * stays between its historic figure and its fair share).
 *
 * @internal
 */
export function applyPaceOfChange(options: {
  readonly practiceCode: string;
  readonly lines: readonly ServiceLine[];
  readonly historic: ReadonlyMap<ServiceLine, Pence>;
  readonly fairShare: ReadonlyMap<ServiceLine, Pence>;
  readonly policy: Policy;
  readonly asOf: string;
}): PaceOfChangeOutcome {
  const step = explain(RULE, options.policy, options.asOf);
  step.input('practiceCode', options.practiceCode);
  // Both maps hold every line in scope (setIndicativeBudget fills them line by line).
  const historicOf = (line: ServiceLine): Pence => options.historic.get(line)!;
  const fairShareOf = (line: ServiceLine): Pence => options.fairShare.get(line)!;
  const historicTotal = sumMoney(options.lines.map(historicOf));
  const fairShareTotal = sumMoney(options.lines.map(fairShareOf));
  step.input('historicTotal', historicTotal);
  step.input('fairShareTotal', fairShareTotal);
  const threshold = step.ratio('budget.paceOfChange.threshold');
  const gapClosed = requireUnitInterval(step.ratio('budget.paceOfChange.gapClosedPerYear'), 'budget.paceOfChange.gapClosedPerYear');
  const gap = subtractMoney(historicTotal, fairShareTotal);
  // |historic − fair| > threshold × fair, compared exactly (no division).
  const beyond = fairShareTotal === 0 ? historicTotal > 0 : toDecimal(Math.abs(gap)).greaterThan(toDecimal(threshold).times(fairShareTotal));
  const distance = fairShareTotal === 0 ? null : ratioText(gap, fairShareTotal);
  const lines = new Map<ServiceLine, Pence>();
  for (const line of options.lines) {
    const historic = historicOf(line);
    const fair = fairShareOf(line);
    lines.set(line, beyond ? addMoney(historic, multiplyByRate(subtractMoney(fair, historic), gapClosed)) : historic);
  }
  step.note(
    beyond
      ? `${distance === null ? 'a budget against a zero fair share' : `${distance} from the fair share`} is beyond the threshold of ${threshold}: each line closes ${gapClosed} of its gap`
      : `${distance ?? '0'} from the fair share is within the threshold of ${threshold}: the historic budget stands`,
  );
  const total = sumMoney([...lines.values()]);
  return { lines, historicTotal, fairShareTotal, distance, moved: beyond, threshold, gapClosed, explanation: step.done({ moved: beyond, distance, total }) };
}
