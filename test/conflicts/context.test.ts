/**
 * What every conflicts rule shares (src/conflicts/context.ts): the not-in-force and empty-panel findings, national or local values, the date basis and the in-force reading.
 */
import { describe, expect, it } from 'vitest';
import { expectIssue } from '../support/errors.js';
import { baseInput, check, findingOf, shift, withCase, withRetypedParameter } from './fixtures.js';

describe('the shared findings: not in force, empty panel, national or local values', () => {
  it('a rule not yet in force gives not_applicable, saying when it took effect, and records inForce: false', () => {
    // COI-R02 (the DH minimum list) took effect on 2007-12-01.
    const input = withCase(baseInput(), { submittedOn: '2007-06-01', decision: { outcome: 'approved', decidedOn: '2007-06-20', decidedBy: 'pct_committee', reasons: ['fine'] } });
    const early = { ...input, panel: { ...input.panel, members: input.panel.members.map((m) => ({ ...m, declarationOn: '2007-01-05' })) } };
    const finding = findingOf(check(early), 'conflicts.minimumListConflict', 'gp-a');
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toBe('conflicts.minimumListConflict (COI-R02) is not in force on 2007-06-20 (the date of the decision): it took effect on 2007-12-01.');
    expect(finding.explanation.output).toEqual({ outcome: 'not_applicable', code: 'NOT_IN_FORCE', inForce: false, on: '2007-06-20' });
    expect(finding.details).toEqual({ inForce: false, on: '2007-06-20' });
  });
  it('an empty panel gives one not_applicable finding about the case for each member rule', () => {
    const input = { ...baseInput(), panel: { members: [] } };
    const finding = findingOf(check(input), 'conflicts.registerComplete');
    expect(finding.subject).toEqual({ kind: 'case', id: 'bc-1' });
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toBe('No panel members were given, so there is no register to check.');
  });
  it('a local decision limit beside the national one is recorded as an input and noted as not used', () => {
    const finding = findingOf(check(baseInput(), { local: { decisionLimitDays: 84 } }), 'conflicts.decisionInTime');
    expect(finding.explanation.inputs['local.decisionLimitDays']).toBe(84);
    expect(finding.explanation.notes).toContain(
      'The local value 84 days was not used: the national value 56 days governs on 2009-04-06 (override it with a reform).',
    );
    expect(finding.message).toBe('Business case bc-1 was decided in 44 days, within the national limit of 56 days.');
  });
  it('a local requirement for a non-executive chair is recorded and described in the note', () => {
    const finding = findingOf(check(baseInput(), { local: { nonExecutiveChairRequired: true } }), 'conflicts.pctDecides');
    expect(finding.explanation.inputs['local.nonExecutiveChairRequired']).toBe(true);
    expect(finding.explanation.notes).toContain("No national value on 2009-05-20: the PCT's local value required applies.");
    const notRequired = findingOf(check(baseInput(), { local: { nonExecutiveChairRequired: false } }), 'conflicts.pctDecides');
    expect(notRequired.explanation.notes).toContain("No national value on 2009-05-20: the PCT's local value not required applies.");
  });
});

describe('the explanation of every finding', () => {
  it('records the date basis and the in-force reading of the rule', () => {
    const finding = findingOf(check(baseInput()), 'conflicts.whatNotWho');
    expect(finding.explanation.inputs).toMatchObject({ subject: 'case bc-1', appliesOn: '2009-04-06 (the date the case was submitted)' });
    expect(finding.explanation.parameters[0]).toMatchObject({ id: 'conflicts.whatNotWho.inForce', value: true, from: '2005-04-01', to: '2013-03-31', confidence: 'unconfirmed' });
  });
  it('the test calendar (shift) counts whole UTC days, whatever the machine time zone', () => {
    expect(shift('2009-03-01', 56)).toBe('2009-04-26');
  });
});

describe('a parameter redefined under another unit passes policy validation, so the rules check its type', () => {
  it('an in-force parameter that is not true or false is PARAMETER_TYPE_MISMATCH naming it', () => {
    expectIssue(() => check(baseInput(), { policy: withRetypedParameter('conflicts.recusal.inForce', 'count', 1) }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'conflicts.recusal.inForce']);
  });
  it('a national-or-local value of the wrong type (a tender threshold in words, a decision limit as a ratio) is PARAMETER_TYPE_MISMATCH naming it', () => {
    const direct = withCase(baseInput(), { procurementRoute: 'direct_award' });
    expectIssue(() => check(direct, { policy: withRetypedParameter('conflicts.procurement.tenderThreshold', 'text', 'lots') }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'conflicts.procurement.tenderThreshold']);
    expectIssue(() => check(baseInput(), { policy: withRetypedParameter('entitlements.businessCaseDecisionDays', 'ratio', '56.5') }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'entitlements.businessCaseDecisionDays']);
    expectIssue(() => check(baseInput(), { policy: withRetypedParameter('conflicts.panel.nonExecutiveChairRequired', 'text', 'yes') }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'conflicts.panel.nonExecutiveChairRequired']);
  });
  it('a minimum list that is not a list is PARAMETER_TYPE_MISMATCH naming it (src/conflicts/member-conflict.ts)', () => {
    expectIssue(() => check(baseInput(), { policy: withRetypedParameter('conflicts.minimumConflictingInterests', 'text', 'director') }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'conflicts.minimumConflictingInterests']);
  });
});
