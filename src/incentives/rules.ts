/**
 * The incentive rules' identities: id, version, title and the sources each encodes. Explanations
 * and findings name these ids.
 *
 * @module
 */
import type { RuleMeta } from '../core/explanation.js';

function rule(id: string, title: string, sources: readonly string[]): RuleMeta {
  // Frozen: findings hand these lists out, and a caller changing one must change no later result.
  return Object.freeze({ id, version: '1', title, sources: Object.freeze([...sources]) });
}

/** @internal */
export const incentiveRules = {
  desPayment: rule('des.payment', 'Towards PBC DES payment (SFE section 7A)', ['dh-2006-sfe-amendment-3', 'bma-tpbc-des-focus', 'bma-tpbc-des-c2']),
  desTerm: rule('des.term', 'The Towards PBC DES ran for one year, 2006/07', ['bma-tpbc-des-focus', 'dh-2007-sfe-amendment-2']),
  desListSize: rule('des.listSize', 'The list size the DES component is paid on', ['bma-tpbc-des-c2', 'gponline-2006-enormous-variation']),
  desComponentValue: rule('des.componentValue', 'Value of a DES component: rate per registered patient × list size', ['gponline-2006-enormous-variation', 'bma-tpbc-des-c2']),
  desC1SignUp: rule('des.c1.signUp', 'DES component 1 is earned by signing up: the DES plan agreed (and the indicative budget accepted)', [
    'gponline-2006-enormous-variation',
    'kf-2008-press-release',
  ]),
  desC2Objectives: rule('des.c2.objectives', "DES component 2 needs the plan's objectives met; with a joint plan, the joint objectives and the practice's own", [
    'bma-tpbc-des-c2',
  ]),
  desC2FreedUpResources: rule('des.c2.freedUpResources', 'Freed-up resources count only where the PCT demonstrated them available (SFE 7A.12)', ['bma-tpbc-des-c2']),
  desC2TopUp: rule('des.c2.topUp', 'SFE 7A.12: freed-up resources replace component 2; a smaller amount is topped up to the C2 value when the objectives are met', [
    'bma-tpbc-des-c2',
    'pulse-know-your-rights-c2',
  ]),
  desC2Claim: rule('des.c2.claim', 'A component 2 claim follows PCT agreement that the objectives were met and is made in writing by 30 June 2007', [
    'pulse-know-your-rights-c2',
  ]),
  desPaymentDate: rule('des.paymentDate', 'DES payments are made with the next monthly global sum payment', ['pulse-know-your-rights-c2', 'ssi-2004-142-article-37']),
  localPayment: rule('local.payment', 'Local PBC incentive scheme payment (from 2007/08)', ['dh-2006-11-practical-implementation', 'dh-faq-incentive-timing']),
  localTerm: rule('local.term', 'Local incentive schemes replaced the DES from 1 April 2007', ['dh-2006-11-practical-implementation']),
  localValue: rule('local.value', "A local scheme's value: rate per registered or weighted patient × list", ['dh-2006-11-practical-implementation']),
  localConditions: rule('local.conditions', "A local scheme's conditions: no overspend of the indicative budget, plan approved, and the scheme's own", [
    'dh-faq-incentive-no-overspend',
    'docest-2010-pbc-incentive-scheme',
  ]),
  localInstalments: rule('local.instalments', "A local scheme's payment schedule is a local matter and need not follow the financial year", ['dh-faq-incentive-timing']),
  localFloor: rule('local.floor', 'A local scheme should be worth at least what the DES paid (the GPC reading: 190p per patient)', ['pulse-know-your-rights-c2']),
  schedule: rule('incentives.schedule', 'Incentive payment schedule: per practice and month, what is due, when and why', ['pulse-know-your-rights-c2', 'dh-faq-incentive-timing']),
  nationalEstimate: rule('incentives.nationalEstimate', 'National spend on the Towards PBC DES in 2006/07, by component', [
    'gponline-2006-enormous-variation',
    'bma-tpbc-des-c2',
    'kf-2008-press-release',
  ]),
} as const;
