/**
 * Component 1 of the Towards PBC DES is earned by signing up: "paid when the practice agrees a
 * plan for implementing the DES with its PCT" (GP, 2006), and — per the Audit Commission's split
 * reported by the King's Fund — accepting the indicative budget (`des.c1.requiresIndicativeBudget`,
 * derived). Both must happen within the DES year.
 *
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import type { IsoDate } from '../core/calendar.js';
import type { Policy } from '../core/policy-model/schemas.js';
import type { IncentiveFinding } from './findings.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { laterDate } from './support.js';

/** Whether component 1 was earned, and from when. @internal */
export interface DesSignUp {
  readonly earned: boolean;
  /** The day the last condition was met; null when not earned. */
  readonly conditionsMetOn: IsoDate | null;
  readonly findings: readonly IncentiveFinding[];
  readonly explanation: Explanation;
}

/**
 * Decides whether a practice signed up for component 1.
 *
 * @param policy - the policy
 * @param options - the plan's agreement date (within the DES year, already checked), the day the
 *   indicative budget was accepted if it was, and the DES year's last day
 * @internal
 */
export function decideDesComponent1SignUp(
  policy: Policy,
  options: { readonly planAgreedOn: IsoDate; readonly indicativeBudgetAcceptedOn: IsoDate | undefined; readonly lastDay: string },
): DesSignUp {
  const rule = incentiveRules.desC1SignUp;
  const step = explain(rule, policy, options.planAgreedOn);
  step.input('planAgreedOn', options.planAgreedOn);
  step.input('indicativeBudgetAcceptedOn', options.indicativeBudgetAcceptedOn ?? null);
  const findings: IncentiveFinding[] = [
    { code: 'DES_C1_PLAN_AGREED', rule: rule.id, outcome: 'compliant', message: `DES plan agreed with the PCT on ${options.planAgreedOn}`, sources: ['gponline-2006-enormous-variation'] },
  ];
  const budgetRequired = step.boolean('des.c1.requiresIndicativeBudget');
  let earned = true;
  let conditionsMetOn: IsoDate = options.planAgreedOn;
  const budgetSources = ['kf-2008-press-release'];
  const accepted = options.indicativeBudgetAcceptedOn;
  if (!budgetRequired) {
    findings.push({ code: 'DES_C1_INDICATIVE_BUDGET', rule: rule.id, outcome: 'info', message: 'accepting the indicative budget is not a condition under this policy (des.c1.requiresIndicativeBudget)', sources: budgetSources });
  } else if (accepted === undefined) {
    earned = false;
    findings.push({ code: 'DES_C1_INDICATIVE_BUDGET', rule: rule.id, outcome: 'breach', message: 'the practice has not accepted its indicative budget, a condition of component 1', sources: budgetSources });
  } else if (accepted > options.lastDay) {
    earned = false;
    findings.push({
      code: 'DES_C1_INDICATIVE_BUDGET',
      rule: rule.id,
      outcome: 'breach',
      message: `the indicative budget was accepted on ${accepted}, after the DES ended on ${options.lastDay}`,
      sources: budgetSources,
    });
  } else {
    conditionsMetOn = laterDate(conditionsMetOn, accepted);
    findings.push({ code: 'DES_C1_INDICATIVE_BUDGET', rule: rule.id, outcome: 'compliant', message: `indicative budget accepted on ${accepted}`, sources: budgetSources });
  }
  step.note(earned ? `signed up: every condition met by ${conditionsMetOn}` : 'not signed up: component 1 is not earned');
  return { earned, conditionsMetOn: earned ? conditionsMetOn : null, findings, explanation: step.done(earned) };
}
