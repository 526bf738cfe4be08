/**
 * A local scheme's conditions, each assessed for one practice. DH's FAQ: an award should depend on
 * not overspending the indicative budget; schemes also commonly required an approved PBC plan and
 * their own conditions (one 2010/11 scheme: a PBC lead at 75% of PBC meetings). A condition whose
 * input was not given is `unknown`, never assumed met.
 *
 * @module
 */
import type { IsoDate } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import type { Policy } from '../core/policy-model/schemas.js';
import type { FindingOutcome } from '../core/finding.js';
import type { IncentiveFinding } from './findings.js';
import type { LocalIncentiveCondition, LocalIncentivePractice, LocalIncentiveScheme } from './local-schemas.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { formatGbp } from '../core/money.js';
import { safeText } from '../core/text.js';

/** One condition as assessed. @internal */
export interface LocalConditionAssessment {
  readonly id: string;
  readonly kind: LocalIncentiveCondition['kind'];
  readonly status: 'met' | 'not-met' | 'unknown';
  /** The day a dated condition (plan approval) was met; an instalment is not paid before it. */
  readonly metOn: IsoDate | null;
  readonly message: string;
}

const OUTCOME_OF: Readonly<Record<LocalConditionAssessment['status'], FindingOutcome>> = { met: 'compliant', 'not-met': 'breach', unknown: 'unknown' };

function assessOne(condition: LocalIncentiveCondition, scheme: LocalIncentiveScheme, practice: LocalIncentivePractice, asOf: IsoDate | undefined): LocalConditionAssessment {
  const base = { id: condition.id, kind: condition.kind, metOn: null };
  if (condition.kind === 'no-overspend') {
    const budget = practice.indicativeBudget;
    if (budget === undefined) return { ...base, status: 'unknown', message: 'the indicative budget outcome is not known yet' };
    const overspent = 'overspent' in budget ? budget.overspent : budget.outturn > budget.budget;
    const detail = 'overspent' in budget ? '' : ` (outturn ${formatGbp(budget.outturn)} against a budget of ${formatGbp(budget.budget)})`;
    return overspent
      ? { ...base, status: 'not-met', message: `the practice overspent its indicative budget${detail}` }
      : { ...base, status: 'met', message: `the practice did not overspend its indicative budget${detail}` };
  }
  if (condition.kind === 'plan-approved') {
    const approved = practice.planApprovedOn;
    if (approved === undefined) {
      return asOf !== undefined && asOf > scheme.endsOn
        ? { ...base, status: 'not-met', message: `no PBC plan approved by the end of the scheme (${scheme.endsOn})` }
        : { ...base, status: 'unknown', message: 'the PBC plan has not been approved yet' };
    }
    return approved > scheme.endsOn
      ? { ...base, status: 'not-met', message: `the PBC plan was approved on ${approved}, after the scheme ended on ${scheme.endsOn}` }
      : { ...base, status: 'met', metOn: approved, message: `PBC plan approved on ${approved}` };
  }
  // Own keys only: a condition called "constructor" or "toString" is met only when reported so.
  const reported = practice.conditionsMet;
  const met = reported !== undefined && Object.hasOwn(reported, condition.id) ? reported[condition.id] : undefined;
  if (met === undefined) return { ...base, status: 'unknown', message: `not known yet whether the practice met "${safeText(condition.description)}"` };
  return { ...base, status: met ? 'met' : 'not-met', message: `${met ? 'met' : 'not met'}: ${safeText(condition.description)}` };
}

/**
 * Assesses every condition of a local scheme for one practice.
 *
 * @internal
 */
export function assessLocalConditions(
  policy: Policy,
  options: { readonly scheme: LocalIncentiveScheme; readonly practice: LocalIncentivePractice; readonly asOf: IsoDate | undefined },
): { readonly conditions: readonly LocalConditionAssessment[]; readonly findings: readonly IncentiveFinding[]; readonly explanation: Explanation } {
  const rule = incentiveRules.localConditions;
  const step = explain(rule, policy, options.asOf ?? options.scheme.startsOn);
  const conditions = options.scheme.conditions.map((condition) => assessOne(condition, options.scheme, options.practice, options.asOf));
  const findings: IncentiveFinding[] = conditions.map((condition) => ({
    code: condition.kind === 'no-overspend' ? 'LOCAL_NO_OVERSPEND' : condition.kind === 'plan-approved' ? 'LOCAL_PLAN_APPROVED' : 'LOCAL_CUSTOM_CONDITION',
    rule: rule.id,
    outcome: OUTCOME_OF[condition.status],
    message: condition.message,
    sources: condition.kind === 'no-overspend' ? ['dh-faq-incentive-no-overspend'] : condition.kind === 'plan-approved' ? ['dh-faq-practical-implementation'] : ['docest-2010-pbc-incentive-scheme'],
    subject: { kind: 'condition', id: condition.id },
  }));
  const requireNoOverspend = step.boolean('local.requireNoOverspend', options.scheme.startsOn);
  if (requireNoOverspend && !options.scheme.conditions.some((condition) => condition.kind === 'no-overspend')) {
    findings.push({
      code: 'LOCAL_NO_OVERSPEND_CONDITION',
      rule: rule.id,
      outcome: 'warning',
      message: 'the scheme does not make its award depend on not overspending the indicative budget, as DH guidance expects',
      sources: ['dh-faq-incentive-no-overspend'],
    });
  }
  step.input(
    'conditions',
    conditions.map((condition) => ({ id: condition.id, kind: condition.kind, status: condition.status })),
  );
  return { conditions, findings, explanation: step.done(conditions.map((condition) => `${condition.id}: ${condition.status}`)) };
}
