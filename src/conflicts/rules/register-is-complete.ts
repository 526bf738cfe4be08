/**
 * `conflicts.registerComplete` (COI-R01): the register of interests is complete for every member who takes part.
 *
 * HFMA, *Governance issues*: most PCTs' standing orders and standing financial instructions already
 * require declarations of interest in PCT business; this "should extend to PBC", though in practice
 * it was left to local discretion (`hfma-governance-issues`). The December 2007 guidance asks PCTs to
 * manage conflicts "transparently" (`pulse-2007-12-conflicts-warning`), which needs the register
 * complete before a member takes part.
 *
 * @module
 */
import { daysBetween } from '../../core/calendar.js';
import { conflictsRule, decisionDateOf, emptyPanelFinding, isWholeNumber, makeFinding, memberLabel, nationalOrLocal, openRule, type ConflictsContext, type RuleApplication } from '../context.js';
import type { ConflictsPanelMember } from '../input.js';

/**
 * The date of a member's declaration for a decision on `on`: `declarationOn` when given, or else the
 * latest date on or before `on` that any of their interests was declared; `undefined` when the
 * register held nothing for them by then.
 * @internal
 */
export function declarationDateOf(member: ConflictsPanelMember, on: string): string | undefined {
  if (member.declarationOn !== undefined) return member.declarationOn;
  return member.interests
    .filter((interest) => interest.declaredOn <= on)
    .reduce<string | undefined>((latest, interest) => (latest === undefined || interest.declaredOn > latest ? interest.declaredOn : latest), undefined);
}

/**
 * Checks each member's entry on the register: a member who took part needs a declaration made
 * before the decision, with no interest bearing on the case (in the proposer or a rival) declared
 * only afterwards (breach otherwise); where the PCT
 * sets a refresh interval (`conflicts.register.declarationMaxAgeDays`, a local value), an older
 * declaration is a warning. Members who took no part are `not_applicable`.
 *
 * @param context - the checked input, date and policy
 * @returns one finding per panel member (one about the case when the panel is empty)
 * @internal
 */
export function checkRegisterIsComplete(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.registerComplete');
  const on = decisionDateOf(context);
  const decided = context.input.businessCase.decision !== undefined;
  if (context.input.panel.members.length === 0) return [emptyPanelFinding(rule, context, on)];
  return context.input.panel.members.map((member) => {
    const subject = { kind: 'member' as const, id: member.id };
    const { step, gate } = openRule(rule, context, on, subject);
    if (gate !== undefined) return gate;
    const name = memberLabel(member);
    step.input('participated', member.participated);
    if (!member.participated) {
      return makeFinding(rule, step, { code: 'MEMBER_TOOK_NO_PART', outcome: 'not_applicable', subject, message: `${name} took no part, so the rule does not ask for a declaration.` });
    }
    const declaredOn = declarationDateOf(member, on);
    step.input('declarationOn', declaredOn ?? null);
    step.input('interestsDeclared', member.interests.length);
    const when = decided ? `the decision on ${on}` : `considering the case (pending on ${on})`;
    // An interest declared after the decision shows a gap in the register only if it bears on this
    // case: an interest in the proposer or in a body whose service the case would rival.
    const { businessCase } = context.input;
    const bearing = new Set([businessCase.proposer.bodyId, ...(businessCase.rivalBodyIds ?? [])]);
    const late = member.interests.filter((interest) => interest.declaredOn > on);
    const lateBearing = late.filter((interest) => bearing.has(interest.bodyId));
    if (late.length > lateBearing.length) {
      step.note(`${late.length - lateBearing.length} interest(s) in other bodies were declared after ${on}; they do not bear on this case.`);
    }
    if (declaredOn === undefined) {
      return makeFinding(rule, step, { code: 'NO_DECLARATION', outcome: 'breach', subject, message: `${name} took part in ${when} with no declaration of interests on the register.` });
    }
    if (declaredOn > on || lateBearing.length > 0) {
      const what =
        lateBearing.length > 0
          ? `${lateBearing.length} interest(s) bearing on the case declared only after it (${lateBearing.map((interest) => `${interest.bodyId} on ${interest.declaredOn}`).join(', ')})`
          : `a declaration dated ${declaredOn}, after it`;
      return makeFinding(rule, step, { code: 'DECLARED_LATE', outcome: 'breach', subject, message: `${name} took part in ${when} with ${what}: the register was incomplete when they took part.` });
    }
    const age = daysBetween(declaredOn, on);
    step.input('declarationAgeDays', age);
    const limit = nationalOrLocal(step, {
      parameterId: 'conflicts.register.declarationMaxAgeDays',
      on,
      localName: 'declarationMaxAgeDays',
      local: context.local.declarationMaxAgeDays,
      accepts: isWholeNumber,
      describe: (days) => `${days} days`,
    });
    if (limit.value === null) step.note('How often declarations are refreshed is a local decision; no interval was given, so only the existence and date of the declaration are checked.');
    if (limit.value !== null && age > limit.value) {
      return makeFinding(rule, step, {
        code: 'DECLARATION_STALE', outcome: 'warning',
        subject,
        message: `${name}'s declaration of ${declaredOn} was ${age} days old at ${when}, older than the PCT's ${limit.value} days: ask for a fresh one.`,
        details: { declarationAgeDays: age, maxAgeDays: limit.value },
      });
    }
    return makeFinding(rule, step, {
      code: 'DECLARATION_ON_REGISTER', outcome: 'compliant',
      subject,
      message: `${name} took part with a declaration of ${declaredOn} on the register (${member.interests.length} interest(s) declared).`,
      details: { declarationAgeDays: age },
    });
  });
}
