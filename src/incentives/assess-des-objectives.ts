/**
 * Component 2 of the Towards PBC DES depends on meeting the objectives set in the practice's DES
 * plan. "Where two or more practices have a joint plan with joint objectives, each practice must
 * meet the joint objectives and also its own individual objectives" (BMA, component 2 guidance).
 *
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import type { IsoDate } from '../core/calendar.js';
import type { Policy } from '../core/policy-model/schemas.js';
import type { DesObjective } from './des-schemas.js';
import type { IncentiveFinding } from './findings.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { safeText } from '../core/text.js';

/** Whether the plan's objectives were met. @internal */
export interface DesObjectivesAssessment {
  readonly met: boolean;
  readonly findings: readonly IncentiveFinding[];
  readonly explanation: Explanation;
}

function describe(scope: string, objectives: readonly DesObjective[]): { met: boolean; message: string } {
  const missed = objectives.filter((objective) => !objective.met).map((objective) => objective.id);
  if (objectives.length === 0) return { met: true, message: `no ${scope} objectives were set` };
  if (missed.length === 0) return { met: true, message: `all ${objectives.length} ${scope} objective(s) met` };
  return { met: false, message: `${missed.length} of ${objectives.length} ${scope} objective(s) not met: ${missed.map(safeText).join(', ')}` };
}

/**
 * Assesses the objectives of an individual or joint DES plan.
 *
 * @param policy - the policy
 * @param options - the plan kind, its objectives (already checked for consistency with the kind),
 *   and the date the explanation is as of
 * @internal
 */
export function assessDesObjectives(
  policy: Policy,
  options: { readonly plan: 'individual' | 'joint'; readonly objectives: readonly DesObjective[]; readonly asOf: IsoDate },
): DesObjectivesAssessment {
  const rule = incentiveRules.desC2Objectives;
  const step = explain(rule, policy, options.asOf);
  step.input('plan', options.plan);
  step.input(
    'objectives',
    options.objectives.map((objective) => ({ id: objective.id, scope: objective.scope, met: objective.met })),
  );
  const own = describe('own', options.objectives.filter((objective) => objective.scope === 'own'));
  const findings: IncentiveFinding[] = [{ code: 'DES_C2_OWN_OBJECTIVES', rule: rule.id, outcome: own.met ? 'compliant' : 'breach', message: own.message, sources: rule.sources }];
  let met = own.met;
  if (options.plan === 'joint') {
    const joint = describe('joint', options.objectives.filter((objective) => objective.scope === 'joint'));
    findings.push({ code: 'DES_C2_JOINT_OBJECTIVES', rule: rule.id, outcome: joint.met ? 'compliant' : 'breach', message: joint.message, sources: rule.sources });
    met = met && joint.met;
    step.note("joint plan: the practice must meet the joint objectives and its own");
  }
  return { met, findings, explanation: step.done(met) };
}
