/**
 * The incentives area's rules as data: the Towards PBC DES (2006/07), local incentive schemes (from
 * 2007/08), the payment schedule and the national estimate. Each rule's explanation node carries its
 * id; `parameters` lists every parameter id the rule reads (a test runs the rules and checks it).
 *
 * @module
 */
import type { FindingOutcome } from '../../core/finding.js';
import type { RuleCatalogueEntry } from '../../core/rules.js';
import { deepFreeze } from '../../core/freeze.js';

function rule(id: string, title: string, sources: readonly string[], parameters: readonly string[], outcomes: readonly FindingOutcome[]): RuleCatalogueEntry {
  return { id, title, version: '1', sources, parameters, outcomes };
}

/**
 * Every incentives rule: its id, title, version, sources, the parameter ids it reads and the outcomes
 * its findings can have. The DES rules are in force while the DES's own dated parameters are
 * (`des.term.firstDay`/`des.term.lastDay`, the rates), the local-scheme rules from 2007/08
 * (`local.floorPerPatient`); a date outside is `NOT_IN_FORCE`, never a zero.
 *
 * @category Rules
 * @example
 * ```ts
 * import { incentivesRuleCatalogue } from 'practice-based-commissioning/policy';
 * incentivesRuleCatalogue.find((entry) => entry.id === 'des.c2.claim')?.parameters; //=> ['des.claimDeadline']
 * ```
 */
export const incentivesRuleCatalogue: readonly RuleCatalogueEntry[] = deepFreeze([
  rule('des.payment', 'Towards PBC DES payment (SFE section 7A)', ['dh-2006-sfe-amendment-3', 'bma-tpbc-des-focus', 'bma-tpbc-des-c2'], [], []),
  rule('des.term', 'The Towards PBC DES ran for one year, 2006/07', ['bma-tpbc-des-focus', 'dh-2007-sfe-amendment-2'], ['des.term.firstDay', 'des.term.lastDay'], []),
  rule(
    'des.componentValue',
    'Value of a DES component: rate per registered patient × list size',
    ['gponline-2006-enormous-variation', 'bma-tpbc-des-c2'],
    ['des.c1.listSizeBasis', 'des.c1.listSizeDate', 'des.c1.ratePerPatient', 'des.c2.listSizeDate', 'des.c2.ratePerPatient'],
    [],
  ),
  rule(
    'des.c1.signUp',
    'DES component 1 is earned by signing up: the DES plan agreed (and the indicative budget accepted)',
    ['gponline-2006-enormous-variation', 'kf-2008-press-release'],
    ['des.c1.requiresIndicativeBudget'],
    ['compliant', 'breach', 'info'],
  ),
  rule('des.c2.objectives', "DES component 2 needs the plan's objectives met; with a joint plan, the joint objectives and the practice's own", ['bma-tpbc-des-c2'], [], ['compliant', 'breach']),
  rule('des.c2.freedUpResources', 'Freed-up resources count only where the PCT demonstrated them available (SFE 7A.12)', ['bma-tpbc-des-c2'], [], ['warning', 'info']),
  rule(
    'des.c2.topUp',
    'SFE 7A.12: freed-up resources replace component 2; a smaller amount is topped up to the C2 value when the objectives are met',
    ['bma-tpbc-des-c2', 'pulse-know-your-rights-c2'],
    [],
    [],
  ),
  rule(
    'des.c2.claim',
    'A component 2 claim follows PCT agreement that the objectives were met and is made in writing by 30 June 2007',
    ['pulse-know-your-rights-c2'],
    ['des.claimDeadline'],
    ['compliant', 'breach', 'unknown'],
  ),
  rule(
    'des.paymentDate',
    'DES payments are made with the next monthly global sum payment',
    ['pulse-know-your-rights-c2', 'ssi-2004-142-article-37'],
    ['des.c1.paymentTiming', 'des.c2.paymentTiming', 'gms.globalSum.paymentDay'],
    [],
  ),
  rule('local.payment', 'Local PBC incentive scheme payment (from 2007/08)', ['dh-2006-practical-implementation', 'dh-faq-practical-implementation'], [], []),
  rule('local.term', 'Local incentive schemes replaced the DES from 1 April 2007', ['dh-2006-practical-implementation'], ['local.floorPerPatient'], []),
  rule('local.value', "A local scheme's value: rate per registered or weighted patient × list", ['dh-2006-practical-implementation'], [], []),
  rule(
    'local.conditions',
    "A local scheme's conditions: no overspend of the indicative budget, plan approved, and the scheme's own",
    ['dh-faq-incentive-no-overspend', 'docest-2010-pbc-incentive-scheme'],
    ['local.requireNoOverspend'],
    ['compliant', 'breach', 'unknown', 'warning'],
  ),
  rule('local.instalments', "A local scheme's payment schedule is a local matter and need not follow the financial year", ['dh-faq-practical-implementation'], [], []),
  rule(
    'local.floor',
    'A local scheme should be worth at least what the DES paid (the GPC reading: 190p per patient)',
    ['pulse-know-your-rights-c2'],
    ['local.floorPerPatient'],
    ['compliant', 'warning', 'info'],
  ),
  rule('incentives.schedule', 'Incentive payment schedule: per practice and month, what is due, when and why', ['pulse-know-your-rights-c2', 'dh-faq-practical-implementation'], [], []),
  rule(
    'incentives.nationalEstimate',
    'National spend on the Towards PBC DES in 2006/07, by component',
    ['gponline-2006-enormous-variation', 'bma-tpbc-des-c2', 'kf-2008-press-release'],
    ['des.c1.ratePerPatient', 'des.c2.ratePerPatient', 'england.registeredPatients'],
    [],
  ),
]);

function entry(id: string): RuleCatalogueEntry {
  const found = incentivesRuleCatalogue.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no incentives rule ${id}`);
  return found;
}

/** The incentive rules' metadata, by name, taken from the catalogue (its one home). @internal */
export const incentiveRules = {
  desPayment: entry('des.payment'),
  desTerm: entry('des.term'),
  desComponentValue: entry('des.componentValue'),
  desC1SignUp: entry('des.c1.signUp'),
  desC2Objectives: entry('des.c2.objectives'),
  desC2FreedUpResources: entry('des.c2.freedUpResources'),
  desC2TopUp: entry('des.c2.topUp'),
  desC2Claim: entry('des.c2.claim'),
  desPaymentDate: entry('des.paymentDate'),
  localPayment: entry('local.payment'),
  localTerm: entry('local.term'),
  localValue: entry('local.value'),
  localConditions: entry('local.conditions'),
  localInstalments: entry('local.instalments'),
  localFloor: entry('local.floor'),
  schedule: entry('incentives.schedule'),
  nationalEstimate: entry('incentives.nationalEstimate'),
} as const;
