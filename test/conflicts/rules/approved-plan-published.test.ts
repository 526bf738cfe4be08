/**
 * COI-R09 `conflicts.publishedInProspectus` (src/conflicts/rules/approved-plan-published.ts): an approved plan is published in the PCT prospectus.
 */
import { describe, expect, it } from 'vitest';
import { baseInput, check as rawCheck, decidedOn, expectObservedOutcomes, findingOf, observe, outcomeOf, pending, withCase } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

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

describe('conflicts.publishedInProspectus: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.publishedInProspectus');
  });
});
