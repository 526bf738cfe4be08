/**
 * What the two provider-arm rules share: opening the rule on the decision date, the in-force gate, and
 * the finding both give when the input does not say whether the PCT's provider arm is involved.
 * Internal.
 *
 * @module
 */
import type { ExplanationBuilder } from '../../core/explanation.js';
import type { ConflictsRule, ConflictsRuleId } from '../../policy/rules/conflicts.js';
import type { ConflictsSubject } from '../findings.js';
import type { ConflictsData } from '../input.js';
import { conflictsRule, decisionDateOf, makeFinding, openRule, type ConflictsContext, type RuleApplication } from '../context.js';

/** The PCT's provider arm as checked. @internal */
export type ProviderArm = NonNullable<ConflictsData['businessCase']['pctProviderArm']>;

/** An opened provider-arm rule: either its one finding already (not in force, or not stated), or what the rule needs to go on. @internal */
export type OpenedProviderArmRule =
  | { readonly done: RuleApplication }
  | { readonly done?: undefined; readonly rule: ConflictsRule; readonly step: ExplanationBuilder; readonly subject: ConflictsSubject; readonly on: string; readonly arm: ProviderArm; readonly label: string };

/**
 * Opens a provider-arm rule about the case on the decision date (or `asOf` while pending): the
 * not-in-force finding, or `PROVIDER_ARM_NOT_STATED` (`not_applicable`, saying the rule was not
 * checked) when the input has no `pctProviderArm`.
 * @internal
 */
export function openProviderArmRule(id: ConflictsRuleId, context: ConflictsContext): OpenedProviderArmRule {
  const rule = conflictsRule(id);
  const { businessCase } = context.input;
  const subject = { kind: 'case' as const, id: businessCase.id };
  const on = decisionDateOf(context);
  const { step, gate } = openRule(rule, context, on, subject);
  if (gate !== undefined) return { done: gate };
  const arm = businessCase.pctProviderArm;
  if (arm === undefined) {
    return {
      done: makeFinding(rule, step, {
        code: 'PROVIDER_ARM_NOT_STATED',
        outcome: 'not_applicable',
        subject,
        message: `Not checked: the input does not say whether the PCT's own provider arm bids for, or was chosen for, the service business case ${businessCase.id} proposes (give businessCase.pctProviderArm).`,
      }),
    };
  }
  return { rule, step, subject, on, arm, label: arm.name === undefined ? "the PCT's provider arm" : `the PCT's provider arm (${arm.name})` };
}
