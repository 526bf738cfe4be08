/**
 * COI-R07 `conflicts.rejectionReasons` (src/conflicts/rules/rejection-gives-reasons.ts): a rejection states its reasons and what would resolve them.
 */
import { describe, expect, it } from 'vitest';
import { baseInput, check as rawCheck, decidedOn, expectObservedOutcomes, findingOf, observe, outcomeOf, pending, withCase, type TestInput } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

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

describe('conflicts.rejectionReasons: edges', () => {
  it('records how many reasons and remedial actions a rejection gave', () => {
    const input = withCase(baseInput(), { decision: { outcome: 'rejected', decidedOn: '2009-05-20', decidedBy: 'pct_committee', reasons: ['no evidence of need'] } });
    const finding = findingOf(check(input), 'conflicts.rejectionReasons');
    expect(finding.outcome).toBe('breach');
    expect(finding.explanation.output).toEqual({ outcome: 'breach', code: 'REASONS_MISSING', reasons: 1, remedialActions: 0 });
  });
});

describe('conflicts.rejectionReasons: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.rejectionReasons');
  });
});
