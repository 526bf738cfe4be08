/**
 * COI-R03 `conflicts.recusal` (src/conflicts/rules/conflicted-member-withdrew.ts): a conflicted member, or one with an interest in a rival service, takes no part.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROPOSER, RIVAL, baseInput, buildGenerated, caseArbitrary, check as rawCheck, decidedOn, expectObservedOutcomes, findingOf, member, observe, outcomeOf, withCase, withMember, type TestInput } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

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

describe('conflicts.recusal: edges', { timeout: 60_000 }, () => {
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
  it('a minimum-list interest in the proposer and an interest in a rival are both given as reasons, joined with "; "', () => {
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
  it('records the rival bodies it was given', () => {
    const input = withCase(baseInput(), { rivalBodyIds: ['Y01234', 'Y05678'] });
    expect(findingOf(check(input), 'conflicts.recusal', 'gp-a').explanation.inputs['rivalBodyIds']).toEqual(['Y01234', 'Y05678']);
  });
  it('property: a barred member who took part is a breach whenever the rule is in force; the summary lists barred members', () => {
    fc.assert(
      fc.property(caseArbitrary, (g) => {
        const { input, asOf, local } = buildGenerated(g);
        const result = check(input, { asOf, local });
        for (const id of result.summary.conflictedMemberIds) {
          const member = input.panel.members.find((candidate) => candidate.id === id);
          expect(member).toBeDefined();
          const recusal = findingOf(result, 'conflicts.recusal', id);
          if (recusal.explanation.asOf >= '2006-11-01' && recusal.explanation.asOf <= '2013-03-31') {
            expect(recusal.outcome).toBe(member?.participated === true ? 'breach' : 'compliant');
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('conflicts.recusal: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.recusal');
  });
});
