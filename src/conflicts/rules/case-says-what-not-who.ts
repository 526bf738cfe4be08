/**
 * `conflicts.whatNotWho` (COI-R05): a business case whose proposer would provide the service says what is needed, not who
 * provides it.
 *
 * A PCT's business-case template (`pbc-business-case-template`): a business case sets out what
 * service is needed, not who will provide it; once approved, procuring the service is a PCT
 * function; the practice may bid, but the case must not assume it will be the provider. Darzi (June
 * 2008) promised to clarify the separate processes for commissioning and providing
 * (`pulse-2008-darzi-pbc`).
 *
 * @module
 */
import { conflictsRule, makeFinding, openRule, proposerLabel, type ConflictsContext, type RuleApplication } from '../context.js';

/**
 * Checks the case's wording: a proposer who would provide and names the provider is a warning (an
 * approved case then needs a PCT procurement step); not naming one is compliant; a proposer who
 * would not provide is `not_applicable`. Applies on the date the case was submitted.
 *
 * @param context - the checked input, date and policy
 * @returns one finding about the case
 * @internal
 */
export function checkCaseSaysWhatNotWho(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.whatNotWho');
  const { businessCase } = context.input;
  const subject = { kind: 'case' as const, id: businessCase.id };
  const on = businessCase.submittedOn;
  const { step, gate } = openRule(rule, context, on, subject);
  if (gate !== undefined) return [gate];
  step.input('proposesToProvide', businessCase.proposesToProvide);
  step.input('namesProvider', businessCase.namesProvider);
  if (!businessCase.proposesToProvide) {
    if (businessCase.namesProvider) step.note('The case names a provider other than its proposer; choosing the provider is still a PCT procurement matter (conflicts.procurementRoute).');
    return [
      makeFinding(rule, step, {
        code: 'PROPOSER_WOULD_NOT_PROVIDE', outcome: 'not_applicable',
        subject,
        message: `The proposer ${proposerLabel(context)} does not propose to provide the service, so no commissioner-provider conflict arises in the case's wording.`,
      }),
    ];
  }
  if (businessCase.namesProvider) {
    const approved = businessCase.decision?.outcome === 'approved';
    return [
      makeFinding(rule, step, {
        code: 'NAMES_PROVIDER', outcome: 'warning',
        subject,
        message: `Business case ${businessCase.id} names its provider while the proposer ${proposerLabel(context)} would provide: a case should say what is needed, not who provides it${approved ? '; the approval must be followed by a PCT procurement step in which others may bid (conflicts.procurementRoute)' : ''}.`,
      }),
    ];
  }
  return [
    makeFinding(rule, step, {
      code: 'SAYS_WHAT_NOT_WHO', outcome: 'compliant',
      subject,
      message: `Business case ${businessCase.id} says what service is needed without naming its provider, although the proposer ${proposerLabel(context)} would provide it.`,
    }),
  ];
}
