/**
 * `conflicts.pctDecides` (COI-R04): the PCT decides, never the proposer; where the PCT requires it, a non-executive director
 * chairs the deciding committee.
 *
 * HSJ briefing (`hsj-pbc-briefing`): the PCT keeps overall accountability and acts as the practice's
 * agent in procurement and contracting; budgets are indicative. DH, October 2004
 * (`dh-2004-engaging-practices`): the PCT holds the real money and the contracts. A PCT's template
 * (`pbc-business-case-template`) reports that DH wants business cases approved by a committee
 * accountable to the PCT board and chaired by a non-executive director; the DH wording is
 * unconfirmed, so whether a non-executive chair is required is the local parameter
 * `conflicts.panel.nonExecutiveChairRequired`.
 *
 * @module
 */
import { conflictsRule, decisionDateOf, isBoolean, makeFinding, memberLabel, nationalOrLocal, openRule, type ConflictsContext, type RuleApplication } from '../context.js';

/**
 * Checks who decided: the proposer is a breach; anyone other than a PCT committee or board is a
 * warning; a PCT committee or board without a non-executive chair, where one is required, is a
 * warning. A pending case is `not_applicable`.
 *
 * @param context - the checked input, date and policy
 * @returns one finding about the case
 * @internal
 */
export function checkPctDecides(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.pctDecides');
  const { businessCase, panel } = context.input;
  const subject = { kind: 'case' as const, id: businessCase.id };
  const on = decisionDateOf(context);
  const { step, gate } = openRule(rule, context, on, subject);
  if (gate !== undefined) return [gate];
  const { decision } = businessCase;
  if (decision === undefined) {
    return [makeFinding(rule, step, { code: 'NOT_DECIDED_YET', outcome: 'not_applicable', subject, message: `Business case ${businessCase.id} is pending: no decision to check yet.` })];
  }
  step.input('decidedBy', decision.decidedBy);
  if (decision.decidedBy === 'proposer') {
    return [
      makeFinding(rule, step, {
        code: 'DECIDED_BY_PROPOSER', outcome: 'breach',
        subject,
        message: `Business case ${businessCase.id} was decided by its proposer: the PCT is accountable and must take the decision.`,
      }),
    ];
  }
  if (decision.decidedBy === 'other') {
    return [
      makeFinding(rule, step, {
        code: 'DECIDED_BY_OTHER_BODY', outcome: 'warning',
        subject,
        message: `Business case ${businessCase.id} was decided by a body not recorded as a PCT committee or the PCT board: show that the PCT took the decision.`,
      }),
    ];
  }
  const required = nationalOrLocal(step, {
    parameterId: 'conflicts.panel.nonExecutiveChairRequired',
    on,
    localName: 'nonExecutiveChairRequired',
    local: context.local.nonExecutiveChairRequired,
    accepts: isBoolean,
    describe: (value) => (value ? 'required' : 'not required'),
  });
  const chair = panel.members.find((member) => member.id === panel.chairMemberId);
  step.input('chair', chair === undefined ? null : `${chair.id} (${chair.role})`);
  const by = decision.decidedBy === 'pct_board' ? 'the PCT board' : 'a PCT committee';
  if (required.value === null) {
    step.note('Whether a non-executive director must chair the committee is a local decision; none was given, so the chair was not checked.');
  }
  if (required.value === true && chair?.role !== 'non_executive_director') {
    const found = chair === undefined ? 'no chair is recorded' : `the chair, ${memberLabel(chair)}, is a ${chair.role.replaceAll('_', ' ')}`;
    return [
      makeFinding(rule, step, {
        code: 'NON_EXECUTIVE_CHAIR_MISSING', outcome: 'warning',
        subject,
        message: `Business case ${businessCase.id} was decided by ${by}, but ${found}: the PCT requires a non-executive director in the chair.`,
      }),
    ];
  }
  const chaired = chair === undefined ? '' : `, chaired by ${memberLabel(chair)} (${chair.role.replaceAll('_', ' ')})`;
  return [makeFinding(rule, step, { code: 'DECIDED_BY_PCT', outcome: 'compliant', subject, message: `Business case ${businessCase.id} was decided by ${by}${chaired}.` })];
}
