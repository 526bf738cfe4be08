/**
 * COI-R05 `conflicts.whatNotWho` (src/conflicts/rules/case-says-what-not-who.ts): a case whose proposer would provide says what is needed, not who provides it.
 */
import { describe, expect, it } from 'vitest';
import { baseInput, check as rawCheck, decidedOn, expectObservedOutcomes, findingOf, observe, outcomeOf, pending, withCase } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

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

describe('conflicts.whatNotWho: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.whatNotWho');
  });
});
