// The eight-week business-case decision rule, once (DH vision, March 2009, via Digital Health and
// Pulse): the shared timing, and the two checks that use it — conflicts.decisionInTime (COI-R08) and
// entitlements.businessCaseDecision — classify every case alike.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkEntitlements, type ConflictsFinding, type EntitlementFinding } from '../../src/index.js';
import { financialYearOf } from '../../src/core/index.js';
import { decisionTiming, type DecisionTimingState } from '../../src/governance/decision-timing.js';
import { baseInput, check, decidedOn, findingOf, pending, shift } from '../conflicts/fixtures.js';
import { pbcError } from '../support/errors.js';

/** COI-R08's finding on a case, mapped to the shared state. */
function conflictsState(submittedOn: string, decided: string | undefined, asOf: string): { state: DecisionTimingState; code: string; outcome: string; dueOn: unknown } {
  const dated = decidedOn(baseInput(), decided ?? submittedOn, submittedOn);
  const input = decided === undefined ? pending(dated) : dated;
  const finding: ConflictsFinding = findingOf(check(input, { asOf }), 'conflicts.decisionInTime');
  // Both checks give the same codes for the four states.
  const state: Record<string, DecisionTimingState> = { DECIDED_IN_TIME: 'in_time', DECIDED_LATE: 'late', DECISION_PENDING: 'pending', DECISION_OVERDUE: 'overdue' };
  const mapped = state[finding.code];
  if (mapped === undefined) throw new Error(`conflicts.decisionInTime gave ${finding.code}: ${finding.message}`);
  return { state: mapped, code: finding.code, outcome: finding.outcome, dueOn: finding.details?.['dueOn'] };
}

/** entitlements.businessCaseDecision's finding on the same case, mapped to the shared state. */
function entitlementState(submittedOn: string, decided: string | undefined, asOf: string): { state: DecisionTimingState; code: string; outcome: string; dueOn: unknown } {
  const businessCase = { id: 'bc-1', submittedOn, ...(decided === undefined ? {} : { decidedOn: decided }) };
  const result = checkEntitlements({ holder: { kind: 'practice', id: 'Z90001' }, financialYear: financialYearOf(submittedOn), businessCases: [businessCase] }, { asOf });
  const finding: EntitlementFinding | undefined = result.findings.find((item) => item.rule === 'entitlements.businessCaseDecision');
  const state: Record<string, DecisionTimingState> = { DECIDED_IN_TIME: 'in_time', DECIDED_LATE: 'late', DECISION_PENDING: 'pending', DECISION_OVERDUE: 'overdue' };
  const mapped = finding === undefined ? undefined : state[finding.code];
  if (finding === undefined || mapped === undefined) throw new Error(`entitlements.businessCaseDecision gave ${finding?.code ?? 'nothing'}`);
  return { state: mapped, code: finding.code, outcome: finding.outcome, dueOn: finding.details?.['dueOn'] };
}

describe('decisionTiming: due 56 days after submission; a decision on the due day is in time; undecided, pending up to and including it', () => {
  const submittedOn = '2009-03-01';
  it('decided the day before, on and after the due day (2009-04-26)', () => {
    expect(decisionTiming({ submittedOn, decidedOn: '2009-04-25', asOf: '2009-06-01', limitDays: 56 })).toEqual({ dueOn: '2009-04-26', elapsedDays: 55, daysPastDue: -1, state: 'in_time' });
    expect(decisionTiming({ submittedOn, decidedOn: '2009-04-26', asOf: '2009-06-01', limitDays: 56 })).toEqual({ dueOn: '2009-04-26', elapsedDays: 56, daysPastDue: 0, state: 'in_time' });
    expect(decisionTiming({ submittedOn, decidedOn: '2009-04-27', asOf: '2009-06-01', limitDays: 56 })).toEqual({ dueOn: '2009-04-26', elapsedDays: 57, daysPastDue: 1, state: 'late' });
  });
  it('undecided on the day before, on and after the due day', () => {
    expect(decisionTiming({ submittedOn, asOf: '2009-04-25', limitDays: 56 })).toEqual({ dueOn: '2009-04-26', elapsedDays: 55, daysPastDue: -1, state: 'pending' });
    expect(decisionTiming({ submittedOn, asOf: '2009-04-26', limitDays: 56 })).toEqual({ dueOn: '2009-04-26', elapsedDays: 56, daysPastDue: 0, state: 'pending' });
    expect(decisionTiming({ submittedOn, asOf: '2009-04-27', limitDays: 56 })).toEqual({ dueOn: '2009-04-26', elapsedDays: 57, daysPastDue: 1, state: 'overdue' });
  });
  it('a decision is judged by its own date, however late the check', () => {
    expect(decisionTiming({ submittedOn, decidedOn: '2009-03-01', asOf: '2013-03-31', limitDays: 0 }).state).toBe('in_time');
    expect(decisionTiming({ submittedOn, decidedOn: '2009-03-02', asOf: '2009-03-02', limitDays: 0 }).state).toBe('late');
  });
  it('refuses a bad limit, a bad date and dates out of order, naming the field', () => {
    for (const limitDays of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(pbcError(() => decisionTiming({ submittedOn, asOf: '2009-04-01', limitDays }), 'INVALID_INPUT').issues[0]?.path).toEqual(['limitDays']);
    }
    expect(pbcError(() => decisionTiming({ submittedOn: '2009-02-30', asOf: '2009-04-01', limitDays: 56 }), 'INVALID_DATE').issues[0]?.path).toEqual(['submittedOn']);
    const cases: [Parameters<typeof decisionTiming>[0], string][] = [
      [{ submittedOn, asOf: '2009-02-28', limitDays: 56 }, 'submittedOn'],
      [{ submittedOn, decidedOn: '2009-02-28', asOf: '2009-04-01', limitDays: 56 }, 'decidedOn'],
      [{ submittedOn, decidedOn: '2009-04-02', asOf: '2009-04-01', limitDays: 56 }, 'decidedOn'],
    ];
    for (const [input, field] of cases) {
      const error = pbcError(() => decisionTiming(input), 'INVALID_INPUT');
      expect(error.issues).toEqual([expect.objectContaining({ path: [field], rule: 'governance.decisionTiming.datesInOrder' })]);
    }
  });
});

describe('decisionTiming: its refusals name the field and say what is wrong', () => {
  const submittedOn = '2009-03-01';
  it('names the date that is not a real date', () => {
    expect(pbcError(() => decisionTiming({ submittedOn, asOf: '2009-02-30', limitDays: 56 }), 'INVALID_DATE').issues[0]?.path).toEqual(['asOf']);
    expect(pbcError(() => decisionTiming({ submittedOn, decidedOn: '2009-13-01', asOf: '2009-04-01', limitDays: 56 }), 'INVALID_DATE').issues[0]?.path).toEqual(['decidedOn']);
  });
  it('says which dates are out of order', () => {
    expect(pbcError(() => decisionTiming({ submittedOn, asOf: '2009-02-28', limitDays: 56 }), 'INVALID_INPUT').message).toBe('submittedOn: the case was submitted (2009-03-01) after the date of the check (2009-02-28)');
    expect(pbcError(() => decisionTiming({ submittedOn, decidedOn: '2009-02-28', asOf: '2009-04-01', limitDays: 56 }), 'INVALID_INPUT').message).toBe('decidedOn: the decision (2009-02-28) is dated before the case was submitted (2009-03-01)');
    expect(pbcError(() => decisionTiming({ submittedOn, decidedOn: '2009-04-02', asOf: '2009-04-01', limitDays: 56 }), 'INVALID_INPUT').message).toBe('decidedOn: the decision (2009-04-02) is dated after the date of the check (2009-04-01)');
  });
  it('refuses a limit that reaches past the supported dates, naming where the limit came from', () => {
    const late = { submittedOn: '9999-12-01', asOf: '9999-12-02', limitDays: 56 };
    const error = pbcError(() => decisionTiming(late), 'INVALID_INPUT');
    expect(error.issues).toEqual([{ path: ['limitDays'], message: 'a decision limit of 56 days from 9999-12-01 leaves the supported dates (to 9999-12-31)', rule: 'calendar.dateRange' }]);
    expect(pbcError(() => decisionTiming({ ...late, limitPath: ['parameters', 'entitlements.businessCaseDecisionDays'] }), 'INVALID_INPUT').issues[0]?.path).toEqual(['parameters', 'entitlements.businessCaseDecisionDays']);
  });
});

describe('conflicts.decisionInTime (COI-R08) and entitlements.businessCaseDecision agree (one implementation)', () => {
  const submittedOn = '2009-03-01';
  it.each([
    ['decided the day before the due day', '2009-04-25', '2009-06-01', 'in_time'],
    ['decided on the due day', '2009-04-26', '2009-06-01', 'in_time'],
    ['decided the day after the due day', '2009-04-27', '2009-06-01', 'late'],
    ['undecided the day before the due day', undefined, '2009-04-25', 'pending'],
    ['undecided on the due day', undefined, '2009-04-26', 'pending'],
    ['undecided the day after the due day', undefined, '2009-04-27', 'overdue'],
  ] as const)('%s: both give %s', (_label, decided, asOf, expected) => {
    const conflicts = conflictsState(submittedOn, decided, asOf);
    const entitlement = entitlementState(submittedOn, decided, asOf);
    expect(conflicts).toMatchObject({ state: expected, dueOn: '2009-04-26' });
    // The same code and outcome, not just the same state.
    expect(entitlement).toEqual(conflicts);
  });
  it('a case still pending inside the limit is `pending` in both, with the same due day', () => {
    const conflicts = findingOf(check(pending(decidedOn(baseInput(), submittedOn, submittedOn)), { asOf: '2009-04-01' }), 'conflicts.decisionInTime');
    expect(conflicts).toMatchObject({ code: 'DECISION_PENDING', outcome: 'pending', details: { dueOn: '2009-04-26' } });
    const entitlement = checkEntitlements({ holder: { kind: 'practice', id: 'Z90001' }, financialYear: '2008/09', businessCases: [{ id: 'bc-1', submittedOn }] }, { asOf: '2009-04-01' });
    expect(entitlement.findings.find((finding) => finding.rule === 'entitlements.businessCaseDecision')).toMatchObject({ code: 'DECISION_PENDING', outcome: 'pending', details: { dueOn: '2009-04-26' } });
  });
  it('property: both classify every (submittedOn, decidedOn?, asOf) identically, and as decisionTiming does', () => {
    // Submitted from 1 March 2009 (the national limit) while both rules are in force.
    const arbitrary = fc.record({
      submitted: fc.integer({ min: 0, max: 1400 }),
      decided: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      checkedAfter: fc.integer({ min: 0, max: 120 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ submitted, decided, checkedAfter }) => {
        const submittedOn = shift('2009-03-01', submitted);
        const decision = decided === undefined ? undefined : shift(submittedOn, decided);
        const asOf = shift(decision ?? submittedOn, checkedAfter);
        const shared = decisionTiming({ submittedOn, decidedOn: decision, asOf, limitDays: 56 });
        const conflicts = conflictsState(submittedOn, decision, asOf);
        expect(conflicts).toMatchObject({ state: shared.state, dueOn: shared.dueOn });
        expect(entitlementState(submittedOn, decision, asOf)).toEqual(conflicts);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 200) },
    );
  });
});
