/**
 * `conflicts.providerArmChosenFairly` (COI-R13): the PCT's own provider arm is chosen for a service a
 * PBC business case proposes only through a fair, open route.
 *
 * - The PRCC (December 2007 to October 2010, `dh-2007-12-prcc`) oblige commissioners to procure
 *   services from the providers best placed to meet their population's needs, on a transparent and
 *   non-discriminatory basis (`lexology-ccp-prcc`).
 * - Transforming Community Services (January 2009): commissioners should consider which services go
 *   to "any willing PCT-accredited provider" or to competitive tendering (`navigator-2009-01-tcs`).
 * - Once a business case is approved, procuring the service is a PCT function in which the practice
 *   may bid (`pbc-business-case-template`): a direct award to the PCT's own arm over the practice that
 *   proposed and wanted to provide the service is the PCT choosing itself without competition.
 *
 * @module
 */
import { makeFinding, proposerLabel, type ConflictsContext, type RuleApplication } from '../context.js';
import { openProviderArmRule } from './provider-arm.js';

/**
 * Checks how the arm was chosen: `not_applicable` when the input does not say
 * (`PROVIDER_ARM_NOT_STATED`) or the arm was not (yet) chosen; compliant for a competitive tender or
 * any willing provider; a warning for a direct award, or no route recorded; a breach for a direct
 * award when the proposer wanted to provide the service.
 *
 * @param context - the checked input, date and policy
 * @returns one finding about the case
 * @internal
 */
export function checkProviderArmChosenFairly(context: ConflictsContext): RuleApplication[] {
  const opened = openProviderArmRule('conflicts.providerArmChosenFairly', context);
  if (opened.done !== undefined) return [opened.done];
  const { rule, step, subject, on, arm, label } = opened;
  const { businessCase } = context.input;
  step.input('providerArm.chosen', arm.chosen ?? null);
  step.input('procurementRoute', businessCase.procurementRoute ?? null);
  step.input('proposesToProvide', businessCase.proposesToProvide);
  if (arm.chosen !== true) {
    return [
      makeFinding(rule, step, {
        code: 'PROVIDER_ARM_NOT_CHOSEN', outcome: 'not_applicable', subject,
        message: `${label} has not been chosen to provide the service business case ${businessCase.id} proposes${arm.bids ? ' (it bids: conflicts.providerArmSeparated checks the separation)' : ''}.`,
      }),
    ];
  }
  const prcc = step.boolean('conflicts.prcc.inForce', on);
  if (prcc) step.note(`The PRCC were in force on ${on}: commissioners procure from the providers best placed to meet needs, on a transparent and non-discriminatory basis; complaints could go to the Co-operation and Competition Panel.`);
  const route = businessCase.procurementRoute;
  if (route === 'competitive_tender' || route === 'any_willing_provider') {
    return [
      makeFinding(rule, step, {
        code: 'CHOSEN_OPENLY', outcome: 'compliant', subject,
        message: `${label} was chosen for the service business case ${businessCase.id} proposes through ${route === 'competitive_tender' ? 'a competitive tender' : 'any willing provider'}, a route open to other providers.`,
      }),
    ];
  }
  if (route === undefined) {
    return [
      makeFinding(rule, step, {
        code: 'NO_ROUTE_RECORDED', outcome: 'warning', subject,
        message: `${label} was chosen for the service business case ${businessCase.id} proposes with no procurement route recorded: record how it was chosen, through a route open to other providers.`,
      }),
    ];
  }
  if (businessCase.proposesToProvide) {
    return [
      makeFinding(rule, step, {
        code: 'DIRECT_AWARD_TO_PROVIDER_ARM_OVER_PROPOSER', outcome: 'breach', subject,
        message: `The PCT awarded the service business case ${businessCase.id} proposes directly to ${label}, although the proposer ${proposerLabel(context)} wanted to provide it: the PCT chose itself without competition${prcc ? ', against the PRCC duty to procure on a transparent and non-discriminatory basis' : ''}.`,
      }),
    ];
  }
  return [
    makeFinding(rule, step, {
      code: 'DIRECT_AWARD_TO_PROVIDER_ARM', outcome: 'warning', subject,
      message: `The PCT awarded the service business case ${businessCase.id} proposes directly to ${label}: document why its own arm is best placed, or open the service to any willing provider or a tender.`,
    }),
  ];
}
