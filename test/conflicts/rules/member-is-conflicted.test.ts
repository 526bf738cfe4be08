/**
 * COI-R02 `conflicts.minimumListConflict` (src/conflicts/rules/member-is-conflicted.ts): DH's minimum list of conflicting interests marks a member conflicted.
 */
import { describe, expect, it } from 'vitest';
import { applyReform, baselinePolicy } from '../../../src/policy/index.js';
import { PROPOSER, baseInput, check as rawCheck, decidedOn, expectObservedOutcomes, findingOf, member, observe, outcomeOf, withCase, withMember, type TestInput } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

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

describe('conflicts.minimumListConflict: edges', () => {
  const relative = { bodyId: PROPOSER, kind: 'close_relative_of_practice_member', declaredOn: '2009-01-05' };

  it('a close relative of a member of a practice proposer makes the member conflicted', () => {
    const result = check(withMember(baseInput(), member('gp-c', { interests: [relative] })));
    const finding = findingOf(result, 'conflicts.minimumListConflict', 'gp-c');
    expect(finding.outcome).toBe('warning');
    expect(finding.explanation.output).toEqual({ outcome: 'warning', code: 'CONFLICTED_MEMBER_TOOK_PART', conflicted: true, kinds: ['close_relative_of_practice_member'] });
  });
  it('a close relative of a member of a proposer that is not a practice does not, and the explanation says why', () => {
    const input = withCase(baseInput(), { proposer: { bodyId: PROPOSER, name: 'Vale North PBC consortium', isPractice: false } });
    const result = check(withMember(input, member('gp-c', { interests: [relative] })));
    const finding = findingOf(result, 'conflicts.minimumListConflict', 'gp-c');
    expect(finding.outcome).toBe('compliant');
    expect(finding.explanation.output).toEqual({ outcome: 'compliant', code: 'NOT_CONFLICTED', conflicted: false });
    expect(finding.explanation.notes).toContain('A close relative of a member of the proposing body counts on the minimum list only where the body is a practice; this proposer is not.');
    expect(result.summary.conflictedMemberIds).not.toContain('gp-c');
  });
  it('names a proposer without a name by its code', () => {
    const input = withCase(baseInput(), { proposer: { bodyId: PROPOSER, isPractice: true } });
    expect(findingOf(check(input), 'conflicts.minimumListConflict', 'gp-a').message).toBe(`Dr Ade Okafor holds no interest on the minimum list in the proposer ${PROPOSER}.`);
  });
  it('notes the practice-only close-relative rule only for a close relative in a proposer that is not a practice', () => {
    const notPractice = withCase(baseInput(), { proposer: { bodyId: PROPOSER, name: 'Riverside Ltd', isPractice: false } });
    const NOTE = 'A close relative of a member of the proposing body counts on the minimum list only where the body is a practice; this proposer is not.';
    const relative = check(withMember(notPractice, member('gp-c', { interests: [{ bodyId: PROPOSER, kind: 'close_relative_of_practice_member', declaredOn: '2009-01-05' }] })));
    expect(findingOf(relative, 'conflicts.minimumListConflict', 'gp-c').explanation.notes).toContain(NOTE);
    const elsewhere = check(withMember(notPractice, member('gp-c', { interests: [{ bodyId: 'Y77777', kind: 'close_relative_of_practice_member', declaredOn: '2009-01-05' }] })));
    expect(findingOf(elsewhere, 'conflicts.minimumListConflict', 'gp-c').explanation.notes).not.toContain(NOTE);
    const otherKind = check(withMember(notPractice, member('gp-c', { interests: [{ bodyId: PROPOSER, kind: 'other', declaredOn: '2009-01-05' }] })));
    expect(findingOf(otherKind, 'conflicts.minimumListConflict', 'gp-c').explanation.notes).not.toContain(NOTE);
  });
});

describe('conflicts.minimumListConflict: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.minimumListConflict');
  });
});
