/**
 * Every conflict-of-interest rule, for each outcome it can give, on both sides of its dates. The last
 * test checks that the outcomes seen here are exactly those the catalogue says each rule can give.
 */
import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../../src/index.js';
import { pence } from '../../src/core/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy, conflictsRuleCatalogue } from '../../src/policy/index.js';
import {
  PROPOSER,
  baseInput,
  check as rawCheck,
  decidedOn,
  findingOf,
  findingsOf,
  member,
  observe,
  observedOutcomes,
  outcomeOf,
  pending,
  shift,
  withCase,
  withMember,
  type TestInput,
} from './fixtures.js';

const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

describe('the base case (every rule compliant or not applicable)', () => {
  it('gives no warning and no breach', () => {
    const result = check(baseInput(), { asOf: '2009-07-01' });
    expect(result.summary.counts.breach).toBe(0);
    expect(result.summary.counts.warning).toBe(0);
    expect(result.summary.worstOutcome).toBe('compliant');
    expect(result.summary.rulesNotInForce).toEqual([]);
  });
});

describe('COI-R01 the register of interests is complete for every member who takes part (HFMA; local standing orders)', () => {
  it('compliant: a member who took part declared before the decision', () => {
    const finding = findingOf(check(baseInput()), 'conflicts.registerComplete', 'gp-a');
    expect(finding.outcome).toBe('compliant');
    expect(finding.message).toBe('Dr Ade Okafor took part with a declaration of 2009-01-05 on the register (0 interest(s) declared).');
    expect(finding.sources).toEqual(['hfma-governance-issues', 'pulse-2007-12-conflicts-warning']);
  });
  it('compliant: with no declarationOn, the latest interest declaration stands for it', () => {
    const input = withMember(baseInput(), member('gp-b', { interests: [{ bodyId: 'X1', kind: 'other', declaredOn: '2009-02-01' }, { bodyId: 'X2', kind: 'other', declaredOn: '2009-03-01' }] }));
    delete input.panel.members[3]!.declarationOn;
    const finding = findingOf(check(input), 'conflicts.registerComplete', 'gp-b');
    expect(finding.outcome).toBe('compliant');
    expect(finding.message).toContain('a declaration of 2009-03-01');
  });
  it('breach: a member took part with no declaration on the register', () => {
    const input = withMember(baseInput(), { id: 'gp-b', role: 'clinician', participated: true, interests: [] });
    const finding = findingOf(check(input), 'conflicts.registerComplete', 'gp-b');
    expect(finding.outcome).toBe('breach');
    expect(finding.message).toBe('gp-b took part in the decision on 2009-05-20 with no declaration of interests on the register.');
  });
  it('breach: an interest in the proposer, or in a rival, declared only after the decision', () => {
    const input = withMember(baseInput(), member('gp-b', { interests: [{ bodyId: PROPOSER, kind: 'other', declaredOn: '2009-05-21' }] }));
    const finding = findingOf(check(input), 'conflicts.registerComplete', 'gp-b');
    expect(finding.outcome).toBe('breach');
    expect(finding.message).toBe(
      'gp-b took part in the decision on 2009-05-20 with 1 interest(s) bearing on the case declared only after it (Z90001 on 2009-05-21): the register was incomplete when they took part.',
    );
    const rival = withCase(withMember(baseInput(), member('gp-b', { interests: [{ bodyId: 'derm-llp', kind: 'other', declaredOn: '2009-05-21' }] })), { rivalBodyIds: ['derm-llp'] });
    expect(outcomeOf(check(rival), 'conflicts.registerComplete', 'gp-b')).toBe('breach');
  });
  it('an interest in an unrelated body declared after the decision does not bear on it (noted)', () => {
    const input = withMember(baseInput(), member('gp-b', { interests: [{ bodyId: 'X1', kind: 'other', declaredOn: '2009-05-21' }] }));
    const finding = findingOf(check(input), 'conflicts.registerComplete', 'gp-b');
    expect(finding.outcome).toBe('compliant');
    expect(finding.explanation.notes).toContain('1 interest(s) in other bodies were declared after 2009-05-20; they do not bear on this case.');
  });
  it('breach: with no declarationOn, interests declared only after the decision leave no declaration at the time', () => {
    const input = withMember(baseInput(), { id: 'gp-b', role: 'clinician', participated: true, interests: [{ bodyId: 'X1', kind: 'other', declaredOn: '2009-05-21' }] });
    expect(findingOf(check(input), 'conflicts.registerComplete', 'gp-b').message).toBe('gp-b took part in the decision on 2009-05-20 with no declaration of interests on the register.');
  });
  it('breach: a declaration dated after the decision; the day of the decision itself is in time', () => {
    expect(outcomeOf(check(withMember(baseInput(), member('gp-b', { declarationOn: '2009-05-21' }))), 'conflicts.registerComplete', 'gp-b')).toBe('breach');
    expect(outcomeOf(check(withMember(baseInput(), member('gp-b', { declarationOn: '2009-05-20' }))), 'conflicts.registerComplete', 'gp-b')).toBe('compliant');
  });
  it('warning: a declaration older than the PCT’s local refresh interval (135 days against 90); within it, compliant', () => {
    const finding = findingOf(check(baseInput(), { local: { declarationMaxAgeDays: 90 } }), 'conflicts.registerComplete', 'gp-a');
    expect(finding.outcome).toBe('warning');
    expect(finding.message).toBe("Dr Ade Okafor's declaration of 2009-01-05 was 135 days old at the decision on 2009-05-20, older than the PCT's 90 days: ask for a fresh one.");
    expect(finding.explanation.inputs['local.declarationMaxAgeDays']).toBe(90);
    expect(outcomeOf(check(baseInput(), { local: { declarationMaxAgeDays: 135 } }), 'conflicts.registerComplete', 'gp-a')).toBe('compliant');
    expect(outcomeOf(check(baseInput(), { local: { declarationMaxAgeDays: 134 } }), 'conflicts.registerComplete', 'gp-a')).toBe('warning');
  });
  it('a national interval set by a reform governs over a local one, and the note says so', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'annual-declarations',
      label: 'Declarations refreshed every year',
      parameters: { 'conflicts.register.declarationMaxAgeDays': [{ from: '2005-04-01', value: 365, sources: ['hfma-governance-issues'], confidence: 'unconfirmed' }] },
    });
    const finding = findingOf(check(baseInput(), { policy: reformed, local: { declarationMaxAgeDays: 90 } }), 'conflicts.registerComplete', 'gp-a');
    expect(finding.outcome).toBe('compliant');
    expect(finding.explanation.notes.join(' ')).toContain('The local value 90 days was not used: the national value 365 days governs');
  });
  it('not applicable: a member who took no part', () => {
    const input = withMember(baseInput(), { id: 'gp-b', role: 'clinician', participated: false, interests: [] });
    expect(findingOf(check(input), 'conflicts.registerComplete', 'gp-b')).toMatchObject({ outcome: 'not_applicable', message: 'gp-b took no part, so the rule does not ask for a declaration.' });
  });
  it('not applicable, about the case, when the panel is empty', () => {
    const input = { ...baseInput(), panel: { members: [] } };
    expect(findingOf(check(input), 'conflicts.registerComplete')).toMatchObject({ outcome: 'not_applicable', subject: { kind: 'case', id: 'bc-1' } });
  });
  it('in force from the start of PBC (2005-04-01) to the abolition of PCTs (2013-03-31)', () => {
    const missing = (date: string): TestInput => decidedOn(withMember(baseInput(), { id: 'gp-b', role: 'clinician', participated: true, interests: [] }), date);
    const before = findingOf(check(missing('2005-03-31')), 'conflicts.registerComplete', 'gp-b');
    expect(before.outcome).toBe('not_applicable');
    expect(before.message).toBe('conflicts.registerComplete (COI-R01) is not in force on 2005-03-31 (the date of the decision): it took effect on 2005-04-01.');
    expect(outcomeOf(check(missing('2005-04-01')), 'conflicts.registerComplete', 'gp-b')).toBe('breach');
    expect(outcomeOf(check(missing('2013-03-31')), 'conflicts.registerComplete', 'gp-b')).toBe('breach');
    const after = findingOf(check(missing('2013-04-01'), { asOf: '2013-06-01' }), 'conflicts.registerComplete', 'gp-b');
    expect(after.outcome).toBe('not_applicable');
    expect(after.message).toBe('conflicts.registerComplete (COI-R01) is not in force on 2013-04-01 (the date of the decision): it ceased after 2013-03-31.');
    const empty = { ...missing('2005-03-31'), panel: { members: [] } };
    expect(findingOf(check(empty), 'conflicts.registerComplete').message).toContain('is not in force on 2005-03-31');
  });
  it('for a pending case, judges the register on the date of the check', () => {
    const input = pending(withMember(baseInput(), member('gp-b', { declarationOn: '2009-04-20' })));
    const finding = findingOf(check(input, { asOf: '2009-04-21' }), 'conflicts.registerComplete', 'gp-b');
    expect(finding.outcome).toBe('compliant');
    expect(finding.explanation.asOf).toBe('2009-04-21');
    expect(String(finding.explanation.inputs.appliesOn)).toBe('2009-04-21 (the date of the check, as the case is pending)');
    const missing = pending(withMember(baseInput(), { id: 'gp-c', role: 'clinician', participated: true, interests: [] }));
    expect(findingOf(check(missing, { asOf: '2009-04-21' }), 'conflicts.registerComplete', 'gp-c').message).toBe('gp-c took part in considering the case (pending on 2009-04-21) with no declaration of interests on the register.');
  });
});

describe("COI-R02 DH's minimum list of conflicting interests (December 2007, via Pulse) marks a member conflicted", () => {
  const conflicted = (kind: string, participated = true): TestInput => withMember(baseInput(), member('gp-b', { participated, interests: [{ bodyId: PROPOSER, kind, declaredOn: '2009-01-05' }] }));
  it('compliant: no interest on the minimum list in the proposer', () => {
    expect(findingOf(check(baseInput()), 'conflicts.minimumListConflict', 'gp-a')).toMatchObject({
      outcome: 'compliant',
      message: 'Dr Ade Okafor holds no interest on the minimum list in the proposer Riverside Surgery (Z90001).',
    });
  });
  it('warning: a director of the proposer took part', () => {
    const finding = findingOf(check(conflicted('director')), 'conflicts.minimumListConflict', 'gp-b');
    expect(finding.outcome).toBe('warning');
    expect(finding.message).toBe('gp-b is conflicted (director of Z90001, declared 2009-01-05) and took part: a conflicted member must take no part in the decision (see conflicts.recusal).');
    expect(finding.explanation.parameters.map((reading) => reading.id)).toEqual(['conflicts.minimumListConflict.inForce', 'conflicts.minimumConflictingInterests']);
  });
  it('compliant: a conflicted member who took no part (the conflict was managed)', () => {
    expect(findingOf(check(conflicted('owner', false)), 'conflicts.minimumListConflict', 'gp-b').message).toBe('gp-b is conflicted (owner of Z90001, declared 2009-01-05) and took no part: the conflict was managed.');
    expect(outcomeOf(check(conflicted('owner', false)), 'conflicts.minimumListConflict', 'gp-b')).toBe('compliant');
  });
  it.each([
    'director',
    'non_executive_director',
    'owner',
    'part_owner',
    'employee',
    'partner_or_employee_of_director',
    'close_relative_of_director',
    'close_relative_of_practice_member',
  ])('every kind on the list marks the member conflicted: %s', (kind) => {
    expect(outcomeOf(check(conflicted(kind)), 'conflicts.minimumListConflict', 'gp-b')).toBe('warning');
  });
  it("'other' interests, and interests in bodies other than the proposer, are not on the list", () => {
    expect(outcomeOf(check(conflicted('other')), 'conflicts.minimumListConflict', 'gp-b')).toBe('compliant');
    const elsewhere = withMember(baseInput(), member('gp-b', { interests: [{ bodyId: 'Z90002', kind: 'director', declaredOn: '2009-01-05' }] }));
    expect(outcomeOf(check(elsewhere), 'conflicts.minimumListConflict', 'gp-b')).toBe('compliant');
  });
  it('a close relative of a member counts only where the proposer is a practice', () => {
    const input = conflicted('close_relative_of_practice_member');
    input.businessCase.proposer.isPractice = false;
    const finding = findingOf(check(input), 'conflicts.minimumListConflict', 'gp-b');
    expect(finding.outcome).toBe('compliant');
    expect(finding.explanation.notes[0]).toContain('only where the body is a practice');
  });
  it('in force from 2007-12-01: not applicable the day before', () => {
    const before = findingOf(check(decidedOn(conflicted('director'), '2007-11-30')), 'conflicts.minimumListConflict', 'gp-b');
    expect(before.outcome).toBe('not_applicable');
    expect(before.message).toBe('conflicts.minimumListConflict (COI-R02) is not in force on 2007-11-30 (the date of the decision): it took effect on 2007-12-01.');
    expect(outcomeOf(check(decidedOn(conflicted('director'), '2007-12-01')), 'conflicts.minimumListConflict', 'gp-b')).toBe('warning');
    expect(outcomeOf(check(decidedOn(conflicted('director'), '2013-04-01'), { asOf: '2013-04-01' }), 'conflicts.minimumListConflict', 'gp-b')).toBe('not_applicable');
  });
  it('a reform can add the unconfirmed fourth item of the list', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'fourth-item',
      label: "Adds 'other' to the minimum list",
      parameters: {
        'conflicts.minimumConflictingInterests': [
          { from: '2007-12-01', value: ['director', 'owner', 'part_owner', 'employee', 'other'], sources: ['pulse-2007-12-conflicts-warning'], confidence: 'unconfirmed' },
        ],
      },
    });
    expect(outcomeOf(check(conflicted('other'), { policy: reformed }), 'conflicts.minimumListConflict', 'gp-b')).toBe('warning');
    expect(outcomeOf(check(conflicted('other')), 'conflicts.minimumListConflict', 'gp-b')).toBe('compliant');
  });
});

describe('COI-R03 a conflicted member, or one with an interest in a rival service, takes no part (DH FAQ Q3)', () => {
  const withInterest = (kind: string, bodyId = PROPOSER, participated = true): TestInput =>
    withMember(baseInput(), member('gp-b', { participated, interests: [{ bodyId, kind, declaredOn: '2009-01-05' }] }));
  it('breach: a member with a minimum-list interest took part', () => {
    const finding = findingOf(check(withInterest('part_owner')), 'conflicts.recusal', 'gp-b');
    expect(finding.outcome).toBe('breach');
    expect(finding.message).toBe(
      'gp-b took part in the decision despite an interest on the minimum list in the proposer (part owner of Z90001, declared 2009-01-05): they must exclude themselves.',
    );
    expect(finding.sources).toEqual(['dh-faq-practical-implementation', 'dh-2007-12-pbc-governance', 'pulse-2007-12-conflicts-warning']);
  });
  it('compliant: a barred member took no part', () => {
    expect(findingOf(check(withInterest('employee', PROPOSER, false)), 'conflicts.recusal', 'gp-b')).toMatchObject({
      outcome: 'compliant',
      message: 'gp-b has an interest on the minimum list in the proposer (employee of Z90001, declared 2009-01-05) and took no part, as required.',
    });
  });
  it('breach: an interest in a body whose service the proposal would rival', () => {
    const input = withCase(withInterest('other', 'derm-llp'), { rivalBodyIds: ['derm-llp'] });
    const finding = findingOf(check(input), 'conflicts.recusal', 'gp-b');
    expect(finding.outcome).toBe('breach');
    expect(finding.message).toContain('an interest in a service the proposal would rival (an interest in derm-llp, declared 2009-01-05)');
  });
  it('warning: another declared interest in the proposer, for the PCT to judge', () => {
    const finding = findingOf(check(withInterest('other')), 'conflicts.recusal', 'gp-b');
    expect(finding.outcome).toBe('warning');
    expect(finding.message).toBe(
      'gp-b took part while holding another interest in the proposer Riverside Surgery (Z90001) (an interest in Z90001, declared 2009-01-05): the PCT must judge, and record, whether it bars them.',
    );
  });
  it('compliant: took part with no barring interest; not applicable: took no part and holds none', () => {
    expect(outcomeOf(check(baseInput()), 'conflicts.recusal', 'gp-a')).toBe('compliant');
    const absent = withMember(baseInput(), member('gp-b', { participated: false }));
    expect(findingOf(check(absent), 'conflicts.recusal', 'gp-b')).toMatchObject({ outcome: 'not_applicable', message: 'gp-b took no part and holds no interest that bars them.' });
  });
  it('before the minimum list (2007-11-30), a stake in a proposer that would provide still bars (FAQ Q3)', () => {
    const providing = withCase(withInterest('part_owner'), { proposesToProvide: true });
    const finding = findingOf(check(decidedOn(providing, '2007-11-30')), 'conflicts.recusal', 'gp-b');
    expect(finding.outcome).toBe('breach');
    expect(finding.message).toContain('a stake in the proposer, which would provide the service (part owner of Z90001');
    expect(finding.explanation.notes[0]).toBe('The DH minimum list of conflicting interests was not yet in force on 2007-11-30; only the FAQ Q3 tests apply.');
    // Only the in-force readings: the rule's own, and the minimum list's (false then); the list itself is not read.
    expect(finding.explanation.parameters.map((reading) => `${reading.id}=${String(reading.value)}`)).toEqual(['conflicts.recusal.inForce=true', 'conflicts.minimumListConflict.inForce=false']);
  });
  it('before the minimum list, a stake in a proposer that would not provide is only a warning; from 2007-12-01 it bars', () => {
    expect(outcomeOf(check(decidedOn(withInterest('part_owner'), '2007-11-30')), 'conflicts.recusal', 'gp-b')).toBe('warning');
    expect(outcomeOf(check(decidedOn(withInterest('part_owner'), '2007-12-01')), 'conflicts.recusal', 'gp-b')).toBe('breach');
  });
  it('before the minimum list, a relative of a director of the proposer is only a warning', () => {
    expect(outcomeOf(check(decidedOn(withCase(withInterest('close_relative_of_director'), { proposesToProvide: true }), '2007-11-30')), 'conflicts.recusal', 'gp-b')).toBe('warning');
  });
  it('in force from 2006-11-01 (the guidance the FAQ clarifies)', () => {
    const before = findingOf(check(decidedOn(withInterest('director'), '2006-10-31')), 'conflicts.recusal', 'gp-b');
    expect(before).toMatchObject({ outcome: 'not_applicable', message: 'conflicts.recusal (COI-R03) is not in force on 2006-10-31 (the date of the decision): it took effect on 2006-11-01.' });
    expect(outcomeOf(check(decidedOn(withCase(withInterest('director'), { proposesToProvide: true }), '2006-11-01')), 'conflicts.recusal', 'gp-b')).toBe('breach');
    expect(outcomeOf(check(decidedOn(withInterest('director'), '2013-03-31')), 'conflicts.recusal', 'gp-b')).toBe('breach');
    expect(outcomeOf(check(decidedOn(withInterest('director'), '2013-04-01'), { asOf: '2013-04-01' }), 'conflicts.recusal', 'gp-b')).toBe('not_applicable');
  });
  it('not applicable, about the case, when the panel is empty', () => {
    expect(findingOf(check({ ...baseInput(), panel: { members: [] } }), 'conflicts.recusal')).toMatchObject({ outcome: 'not_applicable', subject: { kind: 'case', id: 'bc-1' } });
    expect(findingOf(check({ ...baseInput(), panel: { members: [] } }), 'conflicts.minimumListConflict')).toMatchObject({ outcome: 'not_applicable', subject: { kind: 'case', id: 'bc-1' } });
  });
});

describe('COI-R04 the PCT decides, never the proposer (HSJ; DH 2004); a non-executive chair where the PCT requires one', () => {
  const decidedBy = (by: string): TestInput => {
    const input = baseInput();
    input.businessCase.decision!.decidedBy = by;
    return input;
  };
  it('compliant: a PCT committee; the non-executive chair is not checked without a local rule, and the note says so', () => {
    const finding = findingOf(check(baseInput()), 'conflicts.pctDecides');
    expect(finding.outcome).toBe('compliant');
    expect(finding.message).toBe('Business case bc-1 was decided by a PCT committee, chaired by Ms Jane Ellis (non executive director).');
    expect(finding.explanation.parameters[1]).toMatchObject({ id: 'conflicts.panel.nonExecutiveChairRequired', value: null, confidence: 'unconfirmed' });
    expect(finding.explanation.notes).toContain('Whether a non-executive director must chair the committee is a local decision; none was given, so the chair was not checked.');
  });
  it('compliant: the PCT board', () => {
    const input = decidedBy('pct_board');
    delete input.panel.chairMemberId;
    expect(findingOf(check(input), 'conflicts.pctDecides').message).toBe('Business case bc-1 was decided by the PCT board.');
  });
  it('breach: decided by the proposer', () => {
    expect(findingOf(check(decidedBy('proposer')), 'conflicts.pctDecides')).toMatchObject({
      outcome: 'breach',
      message: 'Business case bc-1 was decided by its proposer: the PCT is accountable and must take the decision.',
    });
  });
  it('warning: decided by a body not recorded as the PCT', () => {
    expect(outcomeOf(check(decidedBy('other')), 'conflicts.pctDecides')).toBe('warning');
  });
  it('warning: the PCT requires a non-executive chair and the chair is a GP, or no chair is recorded', () => {
    const gpChair = baseInput();
    gpChair.panel.chairMemberId = 'gp-a';
    const finding = findingOf(check(gpChair, { local: { nonExecutiveChairRequired: true } }), 'conflicts.pctDecides');
    expect(finding.outcome).toBe('warning');
    expect(finding.message).toBe('Business case bc-1 was decided by a PCT committee, but the chair, Dr Ade Okafor, is a clinician: the PCT requires a non-executive director in the chair.');
    const noChair = baseInput();
    delete noChair.panel.chairMemberId;
    expect(findingOf(check(noChair, { local: { nonExecutiveChairRequired: true } }), 'conflicts.pctDecides').message).toContain('but no chair is recorded');
    expect(outcomeOf(check(gpChair, { local: { nonExecutiveChairRequired: false } }), 'conflicts.pctDecides')).toBe('compliant');
  });
  it('a reform can make a non-executive chair a national requirement', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'ned-chair',
      label: 'Business cases approved by a committee chaired by a non-executive director',
      parameters: { 'conflicts.panel.nonExecutiveChairRequired': [{ from: '2005-04-01', value: true, sources: ['pbc-business-case-template'], confidence: 'unconfirmed' }] },
    });
    const gpChair = baseInput();
    gpChair.panel.chairMemberId = 'gp-a';
    expect(outcomeOf(check(gpChair, { policy: reformed }), 'conflicts.pctDecides')).toBe('warning');
    expect(outcomeOf(check(baseInput(), { policy: reformed }), 'conflicts.pctDecides')).toBe('compliant');
  });
  it('compliant: a required non-executive chair took the chair', () => {
    expect(outcomeOf(check(baseInput(), { local: { nonExecutiveChairRequired: true } }), 'conflicts.pctDecides')).toBe('compliant');
  });
  it('not applicable while the case is pending', () => {
    expect(findingOf(check(pending(baseInput()), { asOf: '2009-05-01' }), 'conflicts.pctDecides')).toMatchObject({ outcome: 'not_applicable', message: 'Business case bc-1 is pending: no decision to check yet.' });
  });
  it('in force from 2005-04-01 to 2013-03-31', () => {
    expect(outcomeOf(check(decidedOn(decidedBy('proposer'), '2005-03-31')), 'conflicts.pctDecides')).toBe('not_applicable');
    expect(outcomeOf(check(decidedOn(decidedBy('proposer'), '2005-04-01')), 'conflicts.pctDecides')).toBe('breach');
    expect(outcomeOf(check(decidedOn(decidedBy('proposer'), '2013-03-31')), 'conflicts.pctDecides')).toBe('breach');
    expect(outcomeOf(check(decidedOn(decidedBy('proposer'), '2013-04-01'), { asOf: '2014-01-01' }), 'conflicts.pctDecides')).toBe('not_applicable');
  });
});

describe('COI-R05 a case whose proposer would provide says what is needed, not who provides it (PCT business-case template)', () => {
  it('warning: the proposer would provide and the case names the provider; once approved, procurement must follow', () => {
    const finding = findingOf(check(withCase(baseInput(), { proposesToProvide: true, namesProvider: true })), 'conflicts.whatNotWho');
    expect(finding.outcome).toBe('warning');
    expect(finding.message).toBe(
      'Business case bc-1 names its provider while the proposer Riverside Surgery (Z90001) would provide: a case should say what is needed, not who provides it; the approval must be followed by a PCT procurement step in which others may bid (conflicts.procurementRoute).',
    );
    const pendingCase = pending(withCase(baseInput(), { proposesToProvide: true, namesProvider: true }));
    expect(findingOf(check(pendingCase, { asOf: '2009-05-01' }), 'conflicts.whatNotWho').message).not.toContain('approval');
  });
  it('compliant: the proposer would provide but the case does not name the provider', () => {
    expect(outcomeOf(check(withCase(baseInput(), { proposesToProvide: true })), 'conflicts.whatNotWho')).toBe('compliant');
  });
  it('not applicable: the proposer would not provide (naming another provider is noted)', () => {
    const finding = findingOf(check(withCase(baseInput(), { namesProvider: true })), 'conflicts.whatNotWho');
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.explanation.notes[0]).toContain('still a PCT procurement matter');
  });
  it('applies on the submission date: not in force for a case submitted 2005-03-31, in force from 2005-04-01', () => {
    const naming = withCase(baseInput(), { proposesToProvide: true, namesProvider: true });
    const before = findingOf(check(decidedOn(naming, '2005-04-10', '2005-03-31')), 'conflicts.whatNotWho');
    expect(before.message).toBe('conflicts.whatNotWho (COI-R05) is not in force on 2005-03-31 (the date the case was submitted): it took effect on 2005-04-01.');
    expect(outcomeOf(check(decidedOn(naming, '2005-04-10', '2005-04-01')), 'conflicts.whatNotWho')).toBe('warning');
    expect(outcomeOf(check(decidedOn(naming, '2013-05-01', '2013-03-31'), { asOf: '2013-06-01' }), 'conflicts.whatNotWho')).toBe('warning');
    expect(outcomeOf(check(decidedOn(naming, '2013-05-01', '2013-04-01'), { asOf: '2013-06-01' }), 'conflicts.whatNotWho')).toBe('not_applicable');
  });
});

describe('COI-R06 the procurement route suits the case (HFMA; Pulse; gponline; HSJ)', () => {
  const route = (changes: Partial<TestInput['businessCase']>): TestInput => withCase(baseInput(), changes);
  const directAward = (value: number, documented: boolean): TestInput => route({ procurementRoute: 'direct_award', value, valueForMoneyDocumented: documented, singleProviderSought: true });
  it('compliant: competitive tender', () => {
    expect(findingOf(check(route({ procurementRoute: 'competitive_tender' })), 'conflicts.procurementRoute').message).toBe('Business case bc-1 (£50,000.00) goes to competitive tender.');
  });
  it('compliant: any willing provider for a service open to more than one provider', () => {
    expect(outcomeOf(check(baseInput()), 'conflicts.procurementRoute')).toBe('compliant');
  });
  it('warning: any willing provider while a single provider is sought', () => {
    expect(outcomeOf(check(route({ singleProviderSought: true })), 'conflicts.procurementRoute')).toBe('warning');
  });
  it('direct award with no threshold set: compliant with value for money documented (and the £150,000 dispute noted), warning without', () => {
    const documented = findingOf(check(directAward(20_000_000, true)), 'conflicts.procurementRoute');
    expect(documented.outcome).toBe('compliant');
    expect(documented.message).toBe('Business case bc-1 is a direct award of £200,000.00 with benefit and value for money documented.');
    expect(documented.explanation.notes.join(' ')).toContain('the sources disagree about £150,000');
    expect(documented.explanation.parameters.find((reading) => reading.id === 'conflicts.procurement.tenderThreshold')).toMatchObject({ value: null, confidence: 'derived' });
    expect(findingOf(check(directAward(20_000_000, false)), 'conflicts.procurementRoute')).toMatchObject({
      outcome: 'warning',
      message: 'Business case bc-1 is a direct award of £200,000.00 without benefit and value for money documented: document them, or tender.',
    });
  });
  it('with a local threshold of £150,000: a £150,000.01 direct award is a breach; £150,000.00 is within it', () => {
    const local = { tenderThreshold: pence(15_000_000) };
    const over = findingOf(check(directAward(15_000_001, true), { local }), 'conflicts.procurementRoute');
    expect(over.outcome).toBe('breach');
    expect(over.message).toBe(
      'Business case bc-1 is a direct award of £150,000.01, above the tender threshold of £150,000.00: a single-provider service of this value needs a competitive tender.',
    );
    expect(over.explanation.inputs['local.tenderThreshold']).toBe(15_000_000);
    const at = findingOf(check(directAward(15_000_000, true), { local }), 'conflicts.procurementRoute');
    expect(at.outcome).toBe('compliant');
    expect(at.message).toBe('Business case bc-1 is a direct award of £150,000.00, within the tender threshold of £150,000.00, with benefit and value for money documented.');
    expect(outcomeOf(check(directAward(15_000_000, false), { local }), 'conflicts.procurementRoute')).toBe('warning');
  });
  it('a threshold set nationally by a reform applies, and a local one is then only noted', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'ojeu-150k',
      label: "Tim Winn's reading: tender new services over £150,000",
      parameters: { 'conflicts.procurement.tenderThreshold': [{ from: '2005-04-01', value: 15_000_000, sources: ['gponline-tender-150k'], confidence: 'unconfirmed' }] },
    });
    const finding = findingOf(check(directAward(20_000_000, true), { policy: reformed, local: { tenderThreshold: pence(50_000_000) } }), 'conflicts.procurementRoute');
    expect(finding.outcome).toBe('breach');
    expect(finding.explanation.notes.join(' ')).toContain('The local value £500,000.00 was not used');
  });
  it('no route: warning once approved, not applicable before', () => {
    const input = baseInput();
    delete input.businessCase.procurementRoute;
    expect(findingOf(check(input), 'conflicts.procurementRoute').message).toBe('Business case bc-1 (£50,000.00) was approved with no procurement route recorded: procuring the service is a PCT function that must follow.');
    expect(outcomeOf(check(input), 'conflicts.procurementRoute')).toBe('warning');
    expect(outcomeOf(check(pending(input), { asOf: '2009-05-01' }), 'conflicts.procurementRoute')).toBe('not_applicable');
  });
  it('cites the PRCC only while they were in force (2007-12-01 to 2010-10-31)', () => {
    const prcc = (date: string): boolean => findingOf(check(decidedOn(baseInput(), date)), 'conflicts.procurementRoute').sources.includes('dh-2007-12-prcc');
    expect(prcc('2007-11-30')).toBe(false);
    expect(prcc('2007-12-01')).toBe(true);
    expect(prcc('2010-10-31')).toBe(true);
    expect(prcc('2010-11-01')).toBe(false);
  });
  it('in force from 2006-11-01 (willing providers, November 2006 guidance)', () => {
    expect(outcomeOf(check(decidedOn(directAward(100, false), '2006-10-31')), 'conflicts.procurementRoute')).toBe('not_applicable');
    expect(outcomeOf(check(decidedOn(directAward(100, false), '2006-11-01')), 'conflicts.procurementRoute')).toBe('warning');
    expect(outcomeOf(check(decidedOn(directAward(100, false), '2013-04-01'), { asOf: '2013-04-01' }), 'conflicts.procurementRoute')).toBe('not_applicable');
  });
});

describe('COI-R07 a rejection states its reasons and what would resolve them (DH November 2006, via HFMA)', () => {
  const rejected = (reasons?: string[], remedialActions?: string[]): TestInput => {
    const input = baseInput();
    input.businessCase.decision = {
      outcome: 'rejected',
      decidedOn: '2009-05-20',
      decidedBy: 'pct_committee',
      ...(reasons === undefined ? {} : { reasons }),
      ...(remedialActions === undefined ? {} : { remedialActions }),
    };
    return input;
  };
  it('compliant: reasons and remedial actions both stated', () => {
    expect(findingOf(check(rejected(['no activity data'], ['resubmit with six months of data'])), 'conflicts.rejectionReasons')).toMatchObject({
      outcome: 'compliant',
      message: 'The rejection of business case bc-1 states 1 reason(s) and 1 action(s) that would resolve the problem.',
    });
  });
  it('breach: no reasons, no remedial actions, or neither', () => {
    expect(findingOf(check(rejected(undefined, ['x'])), 'conflicts.rejectionReasons').message).toBe('The rejection of business case bc-1 on 2009-05-20 does not state its reasons.');
    expect(findingOf(check(rejected(['x'], [])), 'conflicts.rejectionReasons').message).toBe('The rejection of business case bc-1 on 2009-05-20 does not state what actions would resolve the problem.');
    expect(findingOf(check(rejected()), 'conflicts.rejectionReasons')).toMatchObject({
      outcome: 'breach',
      message: 'The rejection of business case bc-1 on 2009-05-20 does not state its reasons or what actions would resolve the problem.',
    });
  });
  it('not applicable: approved, deferred or pending', () => {
    expect(findingOf(check(baseInput()), 'conflicts.rejectionReasons').message).toBe('Business case bc-1 was approved, not rejected.');
    const deferred = baseInput();
    deferred.businessCase.decision!.outcome = 'deferred';
    expect(outcomeOf(check(deferred), 'conflicts.rejectionReasons')).toBe('not_applicable');
    expect(findingOf(check(pending(baseInput()), { asOf: '2009-05-01' }), 'conflicts.rejectionReasons').message).toBe('Business case bc-1 is pending, not rejected.');
  });
  it('in force from 2006-11-01', () => {
    expect(outcomeOf(check(decidedOn(rejected(), '2006-10-31')), 'conflicts.rejectionReasons')).toBe('not_applicable');
    expect(outcomeOf(check(decidedOn(rejected(), '2006-11-01')), 'conflicts.rejectionReasons')).toBe('breach');
    expect(outcomeOf(check(decidedOn(rejected(), '2013-03-31')), 'conflicts.rejectionReasons')).toBe('breach');
    expect(outcomeOf(check(decidedOn(rejected(), '2013-04-01'), { asOf: '2013-04-01' }), 'conflicts.rejectionReasons')).toBe('not_applicable');
  });
});

describe('COI-R08 the PCT decides within eight weeks from March 2009 (DH vision, via Digital Health and Pulse); a local limit before', () => {
  const timed = (submitted: string, decided: string): TestInput => decidedOn(baseInput(), decided, submitted);
  it('compliant on day 56, breach on day 57, for a case submitted on 2009-03-01', () => {
    const onTime = findingOf(check(timed('2009-03-01', '2009-04-26')), 'conflicts.decisionInTime');
    expect(onTime.outcome).toBe('compliant');
    expect(onTime.message).toBe('Business case bc-1 was decided in 56 days, within the national limit of 56 days.');
    expect(onTime).toMatchObject({ code: 'DECIDED_IN_TIME', details: { limitDays: 56, dueOn: '2009-04-26', elapsedDays: 56 } });
    expect(onTime.explanation.parameters[1]).toMatchObject({ id: 'entitlements.businessCaseDecisionDays', value: 56, from: '2009-03-01' });
    const late = findingOf(check(timed('2009-03-01', '2009-04-27')), 'conflicts.decisionInTime');
    expect(late.outcome).toBe('breach');
    expect(late.message).toBe('Business case bc-1 was decided in 57 days, 1 day(s) over the national limit of 56 days (due by 2009-04-26).');
    expect(late.explanation.output).toEqual({ outcome: 'breach', code: 'DECIDED_LATE', limitDays: 56, dueOn: '2009-04-26', elapsedDays: 57 });
  });
  it('a case submitted on 2009-02-28 has no national limit: not applicable, saying how to give the local one', () => {
    const finding = findingOf(check(timed('2009-02-28', '2009-12-01')), 'conflicts.decisionInTime');
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toBe(
      "No national decision limit applied to business case bc-1, submitted on 2009-02-28 (a national limit applies to cases submitted from 2009-03-01): give the PCT's local limit (option local.decisionLimitDays, or a reform) to check it.",
    );
  });
  it('with no national limit at any date (a reform), the message does not point to one', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'no-limit',
      label: 'No national decision limit',
      parameters: { 'entitlements.businessCaseDecisionDays': [{ from: '2005-04-01', value: null, sources: ['digitalhealth-2009-03-vision'], confidence: 'unconfirmed' }] },
    });
    expect(findingOf(check(timed('2009-03-01', '2009-12-01'), { policy: reformed }), 'conflicts.decisionInTime').message).toBe(
      "No national decision limit applied to business case bc-1, submitted on 2009-03-01: give the PCT's local limit (option local.decisionLimitDays, or a reform) to check it.",
    );
  });
  it("before March 2009 the PCT's local limit applies when given (90 days)", () => {
    expect(findingOf(check(timed('2008-01-10', '2008-04-09'), { local: { decisionLimitDays: 90 } }), 'conflicts.decisionInTime').message).toBe(
      "Business case bc-1 was decided in 90 days, within the PCT's local limit of 90 days.",
    );
    expect(outcomeOf(check(timed('2008-01-10', '2008-04-10'), { local: { decisionLimitDays: 90 } }), 'conflicts.decisionInTime')).toBe('breach');
  });
  it('from March 2009 a local limit is noted but the national eight weeks govern', () => {
    const finding = findingOf(check(timed('2009-03-01', '2009-04-27'), { local: { decisionLimitDays: 90 } }), 'conflicts.decisionInTime');
    expect(finding.outcome).toBe('breach');
    expect(finding.explanation.notes[0]).toBe('The local value 90 days was not used: the national value 56 days governs on 2009-03-01 (override it with a reform).');
  });
  it('a pending case: pending up to the due date (not yet a breach, not yet compliant), a breach (escalate to the SHA) the day after', () => {
    const input = pending(timed('2009-03-01', '2009-04-26'));
    expect(findingOf(check(input, { asOf: '2009-04-26' }), 'conflicts.decisionInTime')).toMatchObject({
      outcome: 'pending',
      message: 'Business case bc-1 is pending after 56 days; under the national limit of 56 days it is due by 2009-04-26 (0 day(s) left).',
    });
    expect(findingOf(check(input, { asOf: '2009-04-27' }), 'conflicts.decisionInTime')).toMatchObject({
      outcome: 'breach',
      message: 'Business case bc-1 has been pending for 57 days, past the national limit of 56 days (due by 2009-04-26): the proposer may escalate to the SHA.',
    });
  });
  it('a reform can set a PCT’s pre-2009 local limit as data', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'twelve-weeks',
      label: 'Sample Vale PCT decided business cases within twelve weeks before March 2009',
      parameters: { 'entitlements.businessCaseDecisionDays': [{ from: '2007-04-01', to: '2009-02-28', value: 84, sources: ['digitalhealth-2009-03-vision'], confidence: 'unconfirmed' }] },
    });
    expect(outcomeOf(check(timed('2008-01-10', '2008-04-10'), { policy: reformed }), 'conflicts.decisionInTime')).toBe('breach');
    expect(outcomeOf(check(timed('2008-01-10', '2008-04-03'), { policy: reformed }), 'conflicts.decisionInTime')).toBe('compliant');
  });
  it('applies on the submission date, from 2005-04-01 to 2013-03-31', () => {
    expect(findingOf(check(timed('2005-03-31', '2005-04-10'), { local: { decisionLimitDays: 5 } }), 'conflicts.decisionInTime').message).toContain('is not in force on 2005-03-31 (the date the case was submitted)');
    expect(outcomeOf(check(timed('2005-04-01', '2005-04-10'), { local: { decisionLimitDays: 5 } }), 'conflicts.decisionInTime')).toBe('breach');
    expect(outcomeOf(check(timed('2013-03-31', '2013-06-01'), { asOf: '2013-06-01' }), 'conflicts.decisionInTime')).toBe('breach');
    expect(outcomeOf(check(timed('2013-04-01', '2013-06-01'), { asOf: '2013-06-01' }), 'conflicts.decisionInTime')).toBe('not_applicable');
  });
});

describe('COI-R09 an approved plan is published in the PCT prospectus (DH FAQ Q1)', () => {
  it('compliant when published; warning when not, or not recorded', () => {
    expect(outcomeOf(check(baseInput()), 'conflicts.publishedInProspectus')).toBe('compliant');
    expect(findingOf(check(withCase(baseInput(), { publishedInProspectus: false })), 'conflicts.publishedInProspectus').message).toBe(
      'Approved business case bc-1 is not included in the PCT prospectus: PBC plans should be in the annual prospectus.',
    );
    const unrecorded = baseInput();
    delete unrecorded.businessCase.publishedInProspectus;
    expect(findingOf(check(unrecorded), 'conflicts.publishedInProspectus')).toMatchObject({ outcome: 'warning', message: expect.stringContaining('is not recorded as included in') });
  });
  it('not applicable unless approved', () => {
    const rejected = baseInput();
    rejected.businessCase.decision!.outcome = 'rejected';
    expect(findingOf(check(rejected), 'conflicts.publishedInProspectus').message).toBe('Business case bc-1 was rejected: only approved plans are published.');
    expect(outcomeOf(check(pending(baseInput()), { asOf: '2009-05-01' }), 'conflicts.publishedInProspectus')).toBe('not_applicable');
  });
  it('in force from 2006-11-01', () => {
    const unpublished = withCase(baseInput(), { publishedInProspectus: false });
    expect(outcomeOf(check(decidedOn(unpublished, '2006-10-31')), 'conflicts.publishedInProspectus')).toBe('not_applicable');
    expect(outcomeOf(check(decidedOn(unpublished, '2006-11-01')), 'conflicts.publishedInProspectus')).toBe('warning');
    expect(outcomeOf(check(decidedOn(unpublished, '2013-04-01'), { asOf: '2013-04-01' }), 'conflicts.publishedInProspectus')).toBe('not_applicable');
  });
});

describe('COI-R10 a referral to a service the clinician has a financial interest in needs choice offered and the interest disclosed (Pulse, PBC myths)', () => {
  const referral = (changes: Partial<NonNullable<TestInput['referrals']>[number]> = {}): TestInput => ({
    ...baseInput(),
    referrals: [
      {
        id: 'ref-1',
        clinicianId: 'gp-a',
        providerBodyId: 'derm-llp',
        referredOn: '2009-09-01',
        clinicianHasFinancialInterest: true,
        choiceOffered: true,
        interestDisclosedToPatient: true,
        ...changes,
      },
    ],
  });
  it('compliant: choice offered and the interest disclosed', () => {
    expect(findingOf(check(referral()), 'conflicts.referralDisclosure', 'ref-1')).toMatchObject({
      outcome: 'compliant',
      subject: { kind: 'referral', id: 'ref-1' },
      message: "Referral ref-1 to derm-llp: choice was offered and gp-a's financial interest was disclosed to the patient.",
    });
  });
  it('breach: choice not offered, interest not disclosed, or both', () => {
    expect(findingOf(check(referral({ choiceOffered: false })), 'conflicts.referralDisclosure').message).toBe(
      'Referral ref-1 on 2009-09-01 to derm-llp, in which gp-a has a financial interest: the patient was not offered the other available options.',
    );
    expect(outcomeOf(check(referral({ interestDisclosedToPatient: false })), 'conflicts.referralDisclosure')).toBe('breach');
    expect(findingOf(check(referral({ choiceOffered: false, interestDisclosedToPatient: false, providerBodyId: undefined })), 'conflicts.referralDisclosure').message).toBe(
      'Referral ref-1 on 2009-09-01 to the provider, in which gp-a has a financial interest: the patient was not offered the other available options, and the interest was not disclosed to the patient.',
    );
  });
  it('not applicable: no financial interest; or no referrals at all', () => {
    expect(findingOf(check(referral({ clinicianHasFinancialInterest: false })), 'conflicts.referralDisclosure').message).toBe('Referral ref-1: the referring clinician has no financial interest in derm-llp.');
    expect(findingOf(check(baseInput()), 'conflicts.referralDisclosure')).toMatchObject({ outcome: 'not_applicable', subject: { kind: 'case', id: 'bc-1' }, message: 'No referrals were given to check.' });
  });
  it('warning: the referral records no interest but the register shows the referring member has one in the provider', () => {
    const input = referral({ clinicianHasFinancialInterest: false });
    input.panel.members[1]!.interests.push({ bodyId: 'derm-llp', kind: 'part_owner', declaredOn: '2009-01-05' });
    expect(findingOf(check(input), 'conflicts.referralDisclosure')).toMatchObject({
      outcome: 'warning',
      message: 'Referral ref-1 records no financial interest, but the register shows gp-a as part owner of derm-llp: check, and if the interest is financial, offer choice and disclose it.',
    });
  });
  it('applies on the referral date, from 2005-04-01 to 2013-03-31', () => {
    expect(findingOf(check(referral({ referredOn: '2005-03-31', choiceOffered: false })), 'conflicts.referralDisclosure').message).toBe(
      'conflicts.referralDisclosure (COI-R10) is not in force on 2005-03-31 (the date of the referral): it took effect on 2005-04-01.',
    );
    expect(outcomeOf(check(referral({ referredOn: '2005-04-01', choiceOffered: false })), 'conflicts.referralDisclosure')).toBe('breach');
    expect(outcomeOf(check(referral({ referredOn: '2013-03-31', choiceOffered: false })), 'conflicts.referralDisclosure')).toBe('breach');
    expect(outcomeOf(check(referral({ referredOn: '2013-04-01', choiceOffered: false }), { asOf: '2013-04-01' }), 'conflicts.referralDisclosure')).toBe('not_applicable');
  });
  it('gives one finding per referral', () => {
    const input = referral();
    input.referrals!.push({ ...input.referrals![0]!, id: 'ref-2', choiceOffered: false });
    const result = check(input);
    expect(findingsOf(result, 'conflicts.referralDisclosure').map((finding) => [finding.subject.id, finding.outcome])).toEqual([
      ['ref-1', 'compliant'],
      ['ref-2', 'breach'],
    ]);
  });
});

describe('COI-R11 a dispute goes to SHA arbitration, whose result binds both sides (DH FAQ Q2)', () => {
  const dispute = (changes: Partial<NonNullable<TestInput['dispute']>> = {}): TestInput => ({
    ...baseInput(),
    dispute: { id: 'd-1', raisedBy: 'practice', raisedOn: '2009-06-01', ...changes },
  });
  const arbitrated = (followedByPractice: boolean, followedByPct: boolean): TestInput =>
    dispute({ referredToShaOn: '2009-06-15', arbitration: { decidedOn: '2009-08-01', result: 'PCT to reconsider', followedByPractice, followedByPct } });
  it('warning: unresolved and not referred', () => {
    expect(findingOf(check(dispute()), 'conflicts.disputeToSha')).toMatchObject({
      outcome: 'warning',
      subject: { kind: 'dispute', id: 'd-1' },
      message: 'Dispute d-1, raised by the practice on 2009-06-01, is unresolved and not referred: a dispute that practice and PCT cannot resolve goes to SHA arbitration.',
    });
    expect(findingOf(check(dispute({ raisedBy: 'pct' })), 'conflicts.disputeToSha').message).toContain('raised by the PCT');
  });
  it('compliant: resolved locally; referred and awaiting; arbitrated and followed by both', () => {
    expect(findingOf(check(dispute({ resolvedLocallyOn: '2009-06-10' })), 'conflicts.disputeToSha').message).toBe('Dispute d-1 was resolved locally on 2009-06-10; no arbitration was needed.');
    expect(findingOf(check(dispute({ referredToShaOn: '2009-06-15' })), 'conflicts.disputeToSha').message).toBe(
      'Dispute d-1 was referred to SHA arbitration on 2009-06-15; the result, when made, binds both sides.',
    );
    expect(findingOf(check(arbitrated(true, true)), 'conflicts.disputeToSha')).toMatchObject({ outcome: 'compliant', message: expect.stringContaining('both sides followed the result') });
  });
  it('breach: a side did not follow the arbitration result', () => {
    expect(findingOf(check(arbitrated(true, false)), 'conflicts.disputeToSha').message).toBe(
      'SHA arbitration of dispute d-1 decided on 2009-08-01 ("PCT to reconsider"), but the PCT did not follow it: the result binds both sides.',
    );
    expect(findingOf(check(arbitrated(false, false)), 'conflicts.disputeToSha').message).toContain('but the practice and the PCT did not follow it');
  });
  it('not applicable when there is no dispute', () => {
    expect(findingOf(check(baseInput()), 'conflicts.disputeToSha')).toMatchObject({ outcome: 'not_applicable', message: 'No dispute was given.' });
  });
  it('applies on the date the dispute was raised, from 2005-04-01 to 2013-03-31', () => {
    expect(outcomeOf(check(dispute({ raisedOn: '2005-03-31' })), 'conflicts.disputeToSha')).toBe('not_applicable');
    expect(outcomeOf(check(dispute({ raisedOn: '2005-04-01' })), 'conflicts.disputeToSha')).toBe('warning');
    expect(outcomeOf(check(dispute({ raisedOn: '2013-03-31' })), 'conflicts.disputeToSha')).toBe('warning');
    expect(findingOf(check(dispute({ raisedOn: '2013-04-01' }), { asOf: '2013-04-01' }), 'conflicts.disputeToSha').message).toBe(
      'conflicts.disputeToSha (COI-R11) is not in force on 2013-04-01 (the date the dispute was raised): it ceased after 2013-03-31.',
    );
  });
});

describe('explanations', () => {
  it('render in plain English with the rule, the dated parameter and its sources', () => {
    const finding = findingOf(check(decidedOn(baseInput(), '2009-04-27', '2009-03-01')), 'conflicts.decisionInTime');
    const text = renderExplanation(finding.explanation, { policy: baselinePolicy });
    expect(text).toContain('The PCT decides within the time limit [conflicts.decisionInTime v1, as of 2009-03-01]');
    expect(text).toContain('read entitlements.businessCaseDecisionDays = 56 days (in force from 2009-03-01; confirmed; Digital Health, "DH launches new vision for PBC"');
    expect(text).toContain('result: {"outcome":"breach","code":"DECIDED_LATE","limitDays":56,"dueOn":"2009-04-26","elapsedDays":57}');
  });
  it('record the date basis and the in-force reading of the rule', () => {
    const finding = findingOf(check(baseInput()), 'conflicts.whatNotWho');
    expect(finding.explanation.inputs).toMatchObject({ subject: 'case bc-1', appliesOn: '2009-04-06 (the date the case was submitted)' });
    expect(finding.explanation.parameters[0]).toMatchObject({ id: 'conflicts.whatNotWho.inForce', value: true, from: '2005-04-01', to: '2013-03-31', confidence: 'unconfirmed' });
  });
  it('a shifted date keeps the result independent of the machine time zone', () => {
    expect(shift('2009-03-01', 56)).toBe('2009-04-26');
  });
});

describe('the catalogue is honest about outcomes', () => {
  it('every rule gave, in the tests above, exactly the outcomes the catalogue says it can give', () => {
    // The provider-arm rules have their own test files (test/conflicts/provider-arm-*.test.ts), which check their outcomes.
    for (const rule of conflictsRuleCatalogue.filter((entry) => !entry.id.startsWith('conflicts.providerArm'))) {
      expect([...(observedOutcomes.get(rule.id) ?? [])].sort(), rule.id).toEqual([...rule.outcomes].sort());
    }
  });
});
