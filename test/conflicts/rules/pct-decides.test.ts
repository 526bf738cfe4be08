/**
 * COI-R04 `conflicts.pctDecides` (src/conflicts/rules/pct-decides.ts): the PCT decides, never the proposer; a non-executive chair where the PCT requires one.
 */
import { describe, expect, it } from 'vitest';
import { applyReform, baselinePolicy } from '../../../src/policy/index.js';
import { baseInput, check as rawCheck, decidedOn, expectObservedOutcomes, findingOf, observe, outcomeOf, pending, withCase, type TestInput } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

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

describe('conflicts.pctDecides: edges', () => {
  it('a decision by another body, or a required non-executive chair with no chair recorded, is a warning that says so', () => {
    const other = withCase(baseInput(), { decision: { outcome: 'approved', decidedOn: '2009-05-20', decidedBy: 'other', reasons: ['fine'] } });
    const byOther = findingOf(check(other), 'conflicts.pctDecides');
    expect(byOther.outcome).toBe('warning');
    expect(byOther.message).toBe('Business case bc-1 was decided by a body not recorded as a PCT committee or the PCT board: show that the PCT took the decision.');
    const { chairMemberId: _chair, ...unchaired } = baseInput().panel;
    const noChair = findingOf(check({ ...baseInput(), panel: unchaired }, { local: { nonExecutiveChairRequired: true } }), 'conflicts.pctDecides');
    expect(noChair.outcome).toBe('warning');
    expect(noChair.message).toBe('Business case bc-1 was decided by a PCT committee, but no chair is recorded: the PCT requires a non-executive director in the chair.');
  });
});

describe('conflicts.pctDecides: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.pctDecides');
  });
});
