/**
 * Sharper tests for the conflict-of-interest rules, written against the mutants Stryker found
 * surviving (see docs/quality.md): rival services, the practice-only close-relative interest, other
 * interests in the proposer, the latest declaration on the register, late declarations, the national
 * limit that applies later, and what each finding's explanation records.
 */
import { describe, expect, it } from 'vitest';
import { pence } from '../../src/core/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { PROPOSER, baseInput, check, findingOf, member, pending, withCase, withMember } from './fixtures.js';

const RIVAL = 'Y01234';

describe('COI-R03 and the rival services of FAQ Q3', () => {
  it('a member with an interest in a service the case would rival is barred: a breach if they take part, compliant if not', () => {
    const input = withCase(baseInput(), { rivalBodyIds: [RIVAL] });
    const rivalInterest = { bodyId: RIVAL, kind: 'other', declaredOn: '2009-01-05', description: 'runs the hospital clinic' };
    const tookPart = check(withMember(input, member('gp-r', { interests: [rivalInterest] })));
    const finding = findingOf(tookPart, 'conflicts.recusal', 'gp-r');
    expect(finding.outcome).toBe('breach');
    expect(finding.message).toBe(`gp-r took part in the decision despite an interest in a service the proposal would rival (an interest in ${RIVAL} (runs the hospital clinic), declared 2009-01-05): they must exclude themselves.`);
    expect(tookPart.summary.conflictedMemberIds).toContain('gp-r');
    const stayedOut = check(withMember(input, member('gp-r', { participated: false, interests: [rivalInterest] })));
    expect(findingOf(stayedOut, 'conflicts.recusal', 'gp-r').outcome).toBe('compliant');
  });

  it('an interest in a body that is not a rival bars no one', () => {
    const input = withCase(baseInput(), { rivalBodyIds: [RIVAL] });
    const result = check(withMember(input, member('gp-r', { interests: [{ bodyId: 'Y99999', kind: 'director', declaredOn: '2009-01-05' }] })));
    expect(findingOf(result, 'conflicts.recusal', 'gp-r').outcome).toBe('compliant');
    expect(result.summary.conflictedMemberIds).not.toContain('gp-r');
  });

  it('the proposer listed among the rivals is still the proposer: an "other" interest in it is a warning, not a bar', () => {
    const input = withCase(baseInput(), { rivalBodyIds: [PROPOSER] });
    const result = check(withMember(input, member('gp-o', { interests: [{ bodyId: PROPOSER, kind: 'other', declaredOn: '2009-01-05' }] })));
    const finding = findingOf(result, 'conflicts.recusal', 'gp-o');
    expect(finding.outcome).toBe('warning');
    expect(finding.explanation.output).toEqual({ outcome: 'warning', code: 'OTHER_INTEREST_IN_PROPOSER', barred: false, participated: true });
    expect(result.summary.conflictedMemberIds).not.toContain('gp-o');
  });

  it('another interest in the proposer alongside a minimum-list one is not reported as "another interest"', () => {
    const interests = [
      { bodyId: PROPOSER, kind: 'director', declaredOn: '2009-01-05' },
      { bodyId: PROPOSER, kind: 'other', declaredOn: '2009-01-05', description: 'sessional GP' },
    ];
    const result = check(withMember(baseInput(), member('gp-d', { participated: false, interests })));
    const finding = findingOf(result, 'conflicts.recusal', 'gp-d');
    expect(finding.outcome).toBe('compliant');
    expect(finding.message).toBe(`gp-d has an interest on the minimum list in the proposer (director of ${PROPOSER}, declared 2009-01-05) and took no part, as required.`);
  });

  it('a stake in a proposer that would provide is listed apart from the minimum list, and both reasons are joined with "; "', () => {
    const input = withCase(baseInput(), { proposesToProvide: true });
    const interests = [
      { bodyId: PROPOSER, kind: 'director', declaredOn: '2009-01-05' },
      { bodyId: PROPOSER, kind: 'partner_or_employee_of_director', declaredOn: '2009-01-05' },
    ];
    const result = check(withMember(input, member('gp-s', { interests })));
    const message = findingOf(result, 'conflicts.recusal', 'gp-s').message;
    expect(message).toContain(`(director of ${PROPOSER}, declared 2009-01-05; partner or employee of director of ${PROPOSER}, declared 2009-01-05)`);
    expect(message.startsWith('gp-s took part in the decision despite an interest on the minimum list in the proposer')).toBe(true);
  });
});

describe('COI-R03: two reasons to stand aside', () => {
  it('a minimum-list interest in the proposer and an interest in a rival are both given, joined with "; "', () => {
    const input = withCase(baseInput(), { rivalBodyIds: [RIVAL] });
    const interests = [
      { bodyId: PROPOSER, kind: 'director', declaredOn: '2009-01-05' },
      { bodyId: RIVAL, kind: 'other', declaredOn: '2009-01-05' },
    ];
    const finding = findingOf(check(withMember(input, member('gp-2', { interests }))), 'conflicts.recusal', 'gp-2');
    expect(finding.message).toBe(
      `gp-2 took part in the decision despite an interest on the minimum list in the proposer (director of ${PROPOSER}, declared 2009-01-05); an interest in a service the proposal would rival (an interest in ${RIVAL}, declared 2009-01-05): they must exclude themselves.`,
    );
  });
});

describe('COI-R02: a close relative of a practice member counts only where the proposer is a practice', () => {
  const relative = { bodyId: PROPOSER, kind: 'close_relative_of_practice_member', declaredOn: '2009-01-05' };

  it('a practice proposer: the member is conflicted', () => {
    const result = check(withMember(baseInput(), member('gp-c', { interests: [relative] })));
    const finding = findingOf(result, 'conflicts.minimumListConflict', 'gp-c');
    expect(finding.outcome).toBe('warning');
    expect(finding.explanation.output).toEqual({ outcome: 'warning', code: 'CONFLICTED_MEMBER_TOOK_PART', conflicted: true, kinds: ['close_relative_of_practice_member'] });
  });

  it('a proposer that is not a practice: not conflicted, and the explanation says why', () => {
    const input = withCase(baseInput(), { proposer: { bodyId: PROPOSER, name: 'Vale North PBC consortium', isPractice: false } });
    const result = check(withMember(input, member('gp-c', { interests: [relative] })));
    const finding = findingOf(result, 'conflicts.minimumListConflict', 'gp-c');
    expect(finding.outcome).toBe('compliant');
    expect(finding.explanation.output).toEqual({ outcome: 'compliant', code: 'NOT_CONFLICTED', conflicted: false });
    expect(finding.explanation.notes).toContain('A close relative of a member of the proposing body counts on the minimum list only where the body is a practice; this proposer is not.');
    expect(result.summary.conflictedMemberIds).not.toContain('gp-c');
  });
});

describe('COI-R08: the national limit that applies later', () => {
  it('a case submitted before March 2009 with no local limit says from when a national limit applies', () => {
    const input = withCase(pending(baseInput()), { submittedOn: '2008-10-01' });
    const finding = findingOf(check(input, { asOf: '2009-02-01' }), 'conflicts.decisionInTime');
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toContain('(a national limit applies to cases submitted from 2009-03-01)');
    // The look ahead is traced: both readings are in the explanation.
    expect(finding.explanation.parameters.map((reading) => `${reading.id} from ${reading.from} = ${String(reading.value)}`)).toEqual([
      'conflicts.decisionInTime.inForce from 2005-04-01 = true',
      'entitlements.businessCaseDecisionDays from 2005-04-01 = null',
      'entitlements.businessCaseDecisionDays from 2009-03-01 = 56',
    ]);
  });

  it('when a reform ends the national limit again, a case submitted after that is told of no later national limit', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'no-limit',
      label: 'No national decision limit from 2011/12',
      parameters: { 'entitlements.businessCaseDecisionDays': [{ from: '2011-04-01', value: null, sources: ['digitalhealth-2009-03-vision'], confidence: 'unconfirmed' }] },
    });
    const input = withCase(pending(baseInput()), { submittedOn: '2011-06-01' });
    const finding = findingOf(check(input, { asOf: '2011-07-01', policy: reformed }), 'conflicts.decisionInTime');
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toBe("No national decision limit applied to business case bc-1, submitted on 2011-06-01: give the PCT's local limit (option local.decisionLimitDays, or a reform) to check it.");
  });

  it('a local limit is read under its own name', () => {
    const input = withCase(pending(baseInput()), { submittedOn: '2008-10-01' });
    const finding = findingOf(check(input, { asOf: '2009-02-01', local: { decisionLimitDays: 180 } }), 'conflicts.decisionInTime');
    expect(finding.outcome).toBe('pending');
    expect(finding.explanation.inputs).toMatchObject({ submittedOn: '2008-10-01', 'local.decisionLimitDays': 180 });
    expect(finding.explanation.notes).toContain("No national value on 2008-10-01: the PCT's local value 180 days applies.");
  });
});

describe('COI-R01: the register', () => {
  const noDeclarationDate = (interests: { bodyId: string; kind: string; declaredOn: string }[]) => {
    const { declarationOn: _omitted, ...rest } = member('gp-x', { interests });
    return rest;
  };

  it('without a declaration date, the latest interest declared on or before the decision counts as the declaration', () => {
    const interests = [
      { bodyId: 'Y11111', kind: 'other', declaredOn: '2008-01-01' },
      { bodyId: 'Y22222', kind: 'other', declaredOn: '2009-05-20' },
      { bodyId: 'Y33333', kind: 'other', declaredOn: '2008-06-01' },
    ];
    const finding = findingOf(check(withMember(baseInput(), noDeclarationDate(interests))), 'conflicts.registerComplete', 'gp-x');
    // Declared on the day of the decision (2009-05-20): on time, and 0 days old.
    expect(finding.outcome).toBe('compliant');
    expect(finding.explanation.output).toEqual({ outcome: 'compliant', code: 'DECLARATION_ON_REGISTER', declarationAgeDays: 0 });
    expect(finding.explanation.inputs).toMatchObject({ participated: true, declarationOn: '2009-05-20', interestsDeclared: 3, declarationAgeDays: 0 });
  });

  it('a member with nothing on the register by the decision is a breach, and the explanation records no declaration', () => {
    const finding = findingOf(check(withMember(baseInput(), noDeclarationDate([{ bodyId: 'Y11111', kind: 'other', declaredOn: '2009-05-21' }]))), 'conflicts.registerComplete', 'gp-x');
    expect(finding.outcome).toBe('breach');
    expect(finding.explanation.inputs).toMatchObject({ declarationOn: null, interestsDeclared: 1 });
    expect(finding.explanation.notes).toContain('1 interest(s) in other bodies were declared after 2009-05-20; they do not bear on this case.');
  });

  it('an interest bearing on the case declared after the decision is a breach naming it; one in another body only a note', () => {
    const late = [
      { bodyId: PROPOSER, kind: 'other', declaredOn: '2009-06-01' },
      { bodyId: 'Y44444', kind: 'other', declaredOn: '2009-06-02' },
      { bodyId: 'Y55555', kind: 'other', declaredOn: '2009-06-03' },
      { bodyId: RIVAL, kind: 'other', declaredOn: '2009-06-04' },
    ];
    const finding = findingOf(check(withMember(withCase(baseInput(), { rivalBodyIds: [RIVAL] }), member('gp-l', { interests: late }))), 'conflicts.registerComplete', 'gp-l');
    expect(finding.outcome).toBe('breach');
    expect(finding.message).toBe(
      `gp-l took part in the decision on 2009-05-20 with 2 interest(s) bearing on the case declared only after it (${PROPOSER} on 2009-06-01, ${RIVAL} on 2009-06-04): the register was incomplete when they took part.`,
    );
    expect(finding.explanation.notes).toContain('2 interest(s) in other bodies were declared after 2009-05-20; they do not bear on this case.');
  });

  it('an interest declared on the day of the decision is not late', () => {
    const finding = findingOf(check(withMember(baseInput(), member('gp-d', { interests: [{ bodyId: PROPOSER, kind: 'other', declaredOn: '2009-05-20' }] }))), 'conflicts.registerComplete', 'gp-d');
    expect(finding.outcome).toBe('compliant');
    expect(finding.explanation.notes.some((note) => note.includes('declared after'))).toBe(false);
  });

  it('a declaration dated after the decision is a breach saying so', () => {
    const finding = findingOf(check(withMember(baseInput(), member('gp-a2', { declarationOn: '2009-05-21' }))), 'conflicts.registerComplete', 'gp-a2');
    expect(finding.outcome).toBe('breach');
    expect(finding.message).toContain('with a declaration dated 2009-05-21, after it');
  });

  it('with no refresh interval the explanation says only existence and date are checked; with one it does not, and an old declaration warns', () => {
    const withoutLimit = findingOf(check(baseInput()), 'conflicts.registerComplete', 'gp-a');
    expect(withoutLimit.explanation.notes).toContain('How often declarations are refreshed is a local decision; no interval was given, so only the existence and date of the declaration are checked.');
    const withLimit = findingOf(check(baseInput(), { local: { declarationMaxAgeDays: 100 } }), 'conflicts.registerComplete', 'gp-a');
    expect(withLimit.explanation.notes.some((note) => note.startsWith('How often declarations are refreshed'))).toBe(false);
    expect(withLimit.outcome).toBe('warning');
    expect(withLimit.explanation.output).toEqual({ outcome: 'warning', code: 'DECLARATION_STALE', declarationAgeDays: 135, maxAgeDays: 100 });
  });
});

describe('COI-R06: what the procurement check records', () => {
  it('records the route, the single-provider flag, the value and the value-for-money flag; null when not given', () => {
    const input = pending(baseInput());
    const { procurementRoute: _route, valueForMoneyDocumented: _documented, ...undecided } = input.businessCase;
    const finding = findingOf(check({ ...input, businessCase: undecided }), 'conflicts.procurementRoute');
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toBe('No procurement route has been chosen for business case bc-1 yet.');
    expect(finding.explanation.inputs).toMatchObject({ procurementRoute: null, singleProviderSought: false, value: 5_000_000, valueForMoneyDocumented: null });
  });

  it('notes the Principles and rules for co-operation and competition only while they were in force', () => {
    const during = findingOf(check(baseInput()), 'conflicts.procurementRoute');
    expect(during.explanation.notes.some((note) => note.startsWith('The Principles and rules for co-operation and competition were in force on 2009-05-20'))).toBe(true);
    expect(during.sources).toContain('dh-2007-12-prcc');
    const input = baseInput();
    const after = findingOf(check({ ...input, businessCase: { ...input.businessCase, submittedOn: '2011-01-04', decision: { ...input.businessCase.decision, decidedOn: '2011-02-01' } }, panel: { ...input.panel } }), 'conflicts.procurementRoute');
    expect(after.explanation.notes.some((note) => note.startsWith('The Principles and rules'))).toBe(false);
    expect(after.sources).not.toContain('dh-2007-12-prcc');
  });

  it('any willing provider for a single provider warns, saying why', () => {
    const finding = findingOf(check(withCase(baseInput(), { singleProviderSought: true })), 'conflicts.procurementRoute');
    expect(finding.outcome).toBe('warning');
    expect(finding.message).toBe('Business case bc-1 uses any willing provider but seeks a single provider: any willing provider suits a service open to more than one provider.');
  });

  it('open to any willing provider is compliant, saying so', () => {
    expect(findingOf(check(baseInput()), 'conflicts.procurementRoute').message).toBe('Business case bc-1 is open to any willing provider.');
  });

  it('a direct award above a local tender threshold is a breach recording the threshold; within it, no note about the disputed £150,000', () => {
    const direct = withCase(baseInput(), { procurementRoute: 'direct_award', value: 20_000_000 });
    const above = findingOf(check(direct, { local: { tenderThreshold: pence(15_000_000) } }), 'conflicts.procurementRoute');
    expect(above.outcome).toBe('breach');
    expect(above.explanation.output).toEqual({ outcome: 'breach', code: 'DIRECT_AWARD_ABOVE_THRESHOLD', threshold: 15_000_000 });
    expect(above.explanation.notes.some((note) => note.startsWith('No tender threshold applies'))).toBe(false);
    const within = findingOf(check(withCase(direct, { value: 10_000_000 }), { local: { tenderThreshold: pence(15_000_000) } }), 'conflicts.procurementRoute');
    expect(within.outcome).toBe('compliant');
    expect(within.explanation.notes.some((note) => note.startsWith('No tender threshold applies'))).toBe(false);
    const none = findingOf(check(direct), 'conflicts.procurementRoute');
    expect(none.explanation.notes.some((note) => note.startsWith('No tender threshold applies'))).toBe(true);
  });
});
