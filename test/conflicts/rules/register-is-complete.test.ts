/**
 * COI-R01 `conflicts.registerComplete` (src/conflicts/rules/register-is-complete.ts): the register of interests is complete for every member who takes part.
 */
import { describe, expect, it } from 'vitest';
import { applyReform, baselinePolicy } from '../../../src/policy/index.js';
import { PROPOSER, RIVAL, baseInput, check as rawCheck, decidedOn, expectObservedOutcomes, findingOf, member, observe, outcomeOf, pending, withCase, withMember, type TestInput } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

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

describe('conflicts.registerComplete: edges', { timeout: 60_000 }, () => {
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

describe('conflicts.registerComplete: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.registerComplete');
  });
});
