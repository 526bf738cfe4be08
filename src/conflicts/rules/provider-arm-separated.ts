/**
 * `conflicts.providerArmSeparated` (COI-R12): when the PCT's own provider arm bids for, or is chosen
 * for, a service a PBC business case proposes, the PCT's commissioning is separated from the arm.
 *
 * - The 2008/09 Operating Framework (December 2007) required PCTs to begin separating their
 *   commissioning and provider functions; by 1 April 2009 they were to have a contractual
 *   relationship with their provider services, "ensuring sufficient separation to avoid potential
 *   conflicts of interest" (`navigator-2009-01-tcs`, `hsj-2009-commissioner-provider-divide`).
 * - No form of separation was prescribed; divestment was not required at first, internal
 *   separation was (`hsj-2006-separating-services`, `hsj-2009-commissioner-provider-divide`).
 * - The revised 2010-11 Operating Framework: separation "must be achieved by April 2011"
 *   (`hsj-2010-tcs-where-now`), which also notes that provider arms inside PCTs "raised concerns over
 *   confidentiality and conflicts of interest".
 * - The required degree is the dated parameter `conflicts.providerArm.requiredSeparation`
 *   (`internal`, then `contractual`, then `divested`).
 *
 * @module
 */
import { PbcError, printable } from '../../core/errors.js';
import { makeFinding, type ConflictsContext, type RuleApplication } from '../context.js';
import { openProviderArmRule } from './provider-arm.js';

/** The degrees of separation, least first. */
const DEGREES = ['none', 'internal', 'contractual', 'divested'] as const;
type Degree = (typeof DEGREES)[number];
const isDegree = (value: unknown): value is Degree => typeof value === 'string' && (DEGREES as readonly string[]).includes(value);

/**
 * Checks the separation: `not_applicable` when the input does not say (`PROVIDER_ARM_NOT_STATED`) or
 * the arm neither bids nor was chosen; otherwise compliant when the recorded separation meets the
 * degree required on the date (the decision, or `asOf` while pending), a breach when it falls short,
 * and a warning when it was not recorded.
 *
 * @param context - the checked input, date and policy
 * @returns one finding about the case
 * @internal
 */
export function checkProviderArmSeparated(context: ConflictsContext): RuleApplication[] {
  const opened = openProviderArmRule('conflicts.providerArmSeparated', context);
  if (opened.done !== undefined) return [opened.done];
  const { rule, step, subject, on, arm, label } = opened;
  const { businessCase } = context.input;
  step.input('providerArm.bids', arm.bids);
  step.input('providerArm.chosen', arm.chosen ?? null);
  step.input('providerArm.separation', arm.separation ?? null);
  if (!arm.bids && arm.chosen !== true) {
    return [
      makeFinding(rule, step, {
        code: 'PROVIDER_ARM_NOT_INVOLVED', outcome: 'not_applicable', subject,
        message: `${label} neither bids for nor was chosen for the service business case ${businessCase.id} proposes, so the PCT is not both commissioner and provider here.`,
      }),
    ];
  }
  const required = step.read('conflicts.providerArm.requiredSeparation', on).value;
  if (required !== null && !isDegree(required)) {
    throw new PbcError('PARAMETER_TYPE_MISMATCH', `conflicts.providerArm.requiredSeparation holds ${printable(required)}; the rule needs one of ${DEGREES.join(', ')} or null`, {
      issues: [{ path: ['parameters', 'conflicts.providerArm.requiredSeparation'], message: `expected one of ${DEGREES.join(', ')} or null` }],
    });
  }
  const role = arm.chosen === true ? 'was chosen for' : 'bids for';
  if (required === null) {
    return [
      makeFinding(rule, step, {
        code: 'NO_SEPARATION_REQUIRED', outcome: 'not_applicable', subject,
        message: `${label} ${role} the service, but no degree of separation is required on ${on} under this policy.`,
      }),
    ];
  }
  if (arm.separation === undefined) {
    return [
      makeFinding(rule, step, {
        code: 'SEPARATION_NOT_RECORDED', outcome: 'warning', subject,
        message: `${label} ${role} the service business case ${businessCase.id} proposes, and the separation of the PCT's commissioning from it is not recorded: on ${on} at least '${required}' separation was required.`,
        details: { required },
      }),
    ];
  }
  if (DEGREES.indexOf(arm.separation) >= DEGREES.indexOf(required)) {
    return [
      makeFinding(rule, step, {
        code: 'SEPARATION_SUFFICIENT', outcome: 'compliant', subject,
        message: `${label} ${role} the service; its separation from the PCT's commissioning ('${arm.separation}') meets the '${required}' required on ${on}.`,
        details: { required, separation: arm.separation },
      }),
    ];
  }
  return [
    makeFinding(rule, step, {
      code: 'SEPARATION_INSUFFICIENT', outcome: 'breach', subject,
      message: `${label} ${role} the service business case ${businessCase.id} proposes while separated from the PCT's commissioning only as '${arm.separation}': on ${on} at least '${required}' was required, so the PCT is judging a service it would provide itself.`,
      details: { required, separation: arm.separation },
    }),
  ];
}
