/**
 * COI-R08 `conflicts.decisionInTime` (src/conflicts/rules/decision-in-time.ts): the PCT decides within eight weeks from March 2009; a local limit before.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderExplanation } from '../../../src/index.js';
import { applyReform, baselinePolicy } from '../../../src/policy/index.js';
import { OUTCOME_RANK, baseInput, check as rawCheck, decidedOn, expectObservedOutcomes, findingOf, observe, outcomeOf, pending, shift, withCase, type TestInput } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

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

describe('conflicts.decisionInTime: edges', { timeout: 60_000 }, () => {
  it('a case submitted before March 2009 with no local limit says from when a national limit applies, and both readings are traced', () => {
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
  it('when no national limit applies yet, the finding names the date a later national limit starts, not an earlier one', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'early-limit',
      label: 'An early national limit that lapsed',
      parameters: {
        'entitlements.businessCaseDecisionDays': [
          { from: '2005-04-01', to: '2006-12-31', value: 84, sources: ['digitalhealth-2009-03-vision'], confidence: 'derived' },
          { from: '2007-01-01', to: '2009-02-28', value: null, sources: ['digitalhealth-2009-03-vision'], confidence: 'derived' },
        ],
      },
    });
    const input = withCase(baseInput(), { submittedOn: '2008-04-07', decision: { outcome: 'approved', decidedOn: '2008-05-20', decidedBy: 'pct_committee', reasons: ['fine'] } });
    const finding = findingOf(check(input, { policy }), 'conflicts.decisionInTime');
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toBe(
      "No national decision limit applied to business case bc-1, submitted on 2008-04-07 (a national limit applies to cases submitted from 2009-03-01): give the PCT's local limit (option local.decisionLimitDays, or a reform) to check it.",
    );
  });
  it('property: from March 2009, a decision is in time exactly when it comes within 56 days, and later never does better', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 0, max: 200 }), (start, elapsed) => {
        const submitted = shift('2009-03-01', start);
        const decided = shift(submitted, elapsed);
        const result = check(decidedOn(baseInput(), decided, submitted), { asOf: '2013-12-31' });
        expect(findingOf(result, 'conflicts.decisionInTime').outcome).toBe(elapsed <= 56 ? 'compliant' : 'breach');
        const later = check(decidedOn(baseInput(), shift(decided, 1), submitted), { asOf: '2013-12-31' });
        expect(OUTCOME_RANK[findingOf(later, 'conflicts.decisionInTime').outcome]).toBeGreaterThanOrEqual(OUTCOME_RANK[findingOf(result, 'conflicts.decisionInTime').outcome]);
      }),
      { numRuns: 1000 },
    );
  });
  it('its explanation renders in plain English with the rule, the dated limit and its sources', () => {
    const finding = findingOf(check(decidedOn(baseInput(), '2009-04-27', '2009-03-01')), 'conflicts.decisionInTime');
    const text = renderExplanation(finding.explanation, { policy: baselinePolicy });
    expect(text).toContain('The PCT decides within the time limit [conflicts.decisionInTime v1, as of 2009-03-01]');
    expect(text).toContain('read entitlements.businessCaseDecisionDays = 56 days (in force from 2009-03-01; confirmed; Digital Health, "DH launches new vision for PBC"');
    expect(text).toContain('result: {"outcome":"breach","code":"DECIDED_LATE","limitDays":56,"dueOn":"2009-04-26","elapsedDays":57}');
  });
});

describe('conflicts.decisionInTime: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.decisionInTime');
  });
});
