/**
 * conflictsRulesInForce (src/conflicts/catalogue.ts): the rules in force on a date, under a policy whose in-force parameters a reform can change.
 */
import { describe, expect, it } from 'vitest';
import { conflictsRulesInForce } from '../../src/index.js';
import { applyReform, baselinePolicy, buildPolicy } from '../../src/policy/index.js';
import { expectIssue } from '../support/errors.js';
import { PROPOSER, baseInput, check, decidedOn, findingOf, member, withMember } from './fixtures.js';

describe('conflictsRulesInForce', () => {
  it('raises the error of a policy that lacks a rule’s in-force parameter (only "no value on that day" means not in force)', () => {
    const bare = buildPolicy({ id: 'bare', label: 'No parameters', parameters: [], sources: [] });
    expectIssue(() => conflictsRulesInForce({ policy: bare, asOf: '2009-06-01' }), 'PARAMETER_NOT_FOUND', ['parameters', 'conflicts.registerComplete.inForce']);
  });
  it('conflictsRulesInForce gives the rules in force on a date, on both sides of each start and of the end', () => {
    const ids = (date: string): string[] => conflictsRulesInForce({ asOf: date }).map((rule) => rule.id);
    expect(ids('1980-01-01')).toEqual([]);
    expect(ids('2005-03-31')).toEqual([]);
    expect(ids('2005-04-01')).toEqual(['conflicts.registerComplete', 'conflicts.pctDecides', 'conflicts.whatNotWho', 'conflicts.decisionInTime', 'conflicts.referralDisclosure', 'conflicts.disputeToSha']);
    expect(ids('2006-10-31')).toHaveLength(6);
    expect(ids('2006-11-01')).toEqual(['conflicts.registerComplete', 'conflicts.recusal', 'conflicts.pctDecides', 'conflicts.whatNotWho', 'conflicts.procurementRoute', 'conflicts.rejectionReasons', 'conflicts.decisionInTime', 'conflicts.publishedInProspectus', 'conflicts.referralDisclosure', 'conflicts.disputeToSha']);
    expect(ids('2007-11-30')).toHaveLength(10);
    expect(ids('2007-12-01')).toHaveLength(13);
    expect(ids('2013-03-31')).toHaveLength(13);
    expect(ids('2013-04-01')).toEqual([]);
  });
  it('conflictsRulesInForce refuses a missing or malformed date and a bad policy', () => {
    expectIssue(() => conflictsRulesInForce({} as never), 'MISSING_INPUT', ['asOf']);
    expectIssue(() => conflictsRulesInForce({ asOf: '2007-02-30' }), 'INVALID_DATE', ['asOf']);
    expectIssue(() => conflictsRulesInForce({ asOf: '2007-12-01', policy: {} as never }), 'INVALID_POLICY', ['policy']);
  });
  it('a reform that switches a rule off makes it not_applicable (NOT_IN_FORCE) for every subject, and out of conflictsRulesInForce', () => {
    const off = applyReform(baselinePolicy, {
      id: 'no-recusal',
      label: 'Recusal rule withdrawn from 2009',
      parameters: { 'conflicts.recusal.inForce': [{ from: '2009-01-01', value: false, sources: ['dh-faq-practical-implementation'], confidence: 'unconfirmed' }] },
    });
    const input = withMember(baseInput(), member('gp-x', { interests: [{ bodyId: PROPOSER, kind: 'director', declaredOn: '2009-01-05' }] }));
    expect(findingOf(check(input, { asOf: '2009-07-01' }), 'conflicts.recusal', 'gp-x').outcome).toBe('breach');
    const result = check(input, { asOf: '2009-07-01', policy: off });
    for (const id of ['ned', 'gp-a', 'officer', 'gp-x']) {
      expect(findingOf(result, 'conflicts.recusal', id)).toMatchObject({ code: 'NOT_IN_FORCE', outcome: 'not_applicable' });
    }
    expect(findingOf(result, 'conflicts.recusal', 'gp-x').message).toBe(
      'conflicts.recusal (COI-R03) is not in force on 2009-05-20 (the date of the decision): it ceased after 2008-12-31.',
    );
    expect(result.summary.rulesBreached).not.toContain('conflicts.recusal');
    expect(conflictsRulesInForce({ asOf: '2009-07-01', policy: off }).map((rule) => rule.id)).not.toContain('conflicts.recusal');
    expect(conflictsRulesInForce({ asOf: '2008-12-31', policy: off }).map((rule) => rule.id)).toContain('conflicts.recusal');
    // Switched on early by a reform: the rule applies before its published start.
    const early = applyReform(baselinePolicy, {
      id: 'early-list',
      label: 'Minimum list from 2006',
      parameters: {
        'conflicts.minimumListConflict.inForce': [{ from: '2006-01-01', to: '2007-11-30', value: true, sources: ['dh-2007-12-pbc-governance'], confidence: 'unconfirmed' }],
        'conflicts.minimumConflictingInterests': [{ from: '2006-01-01', to: '2007-11-30', value: ['director'], sources: ['dh-2007-12-pbc-governance'], confidence: 'unconfirmed' }],
      },
    });
    const before = check(decidedOn(input, '2007-06-01'), { asOf: '2007-07-01', policy: early });
    // The rule on, but no list yet: nobody is conflicted under it.
    const withoutList = applyReform(baselinePolicy, { id: 'early-rule', label: 'Rule from 2006, no list', parameters: { 'conflicts.minimumListConflict.inForce': early.parameters['conflicts.minimumListConflict.inForce']!.values } });
    expect(findingOf(check(decidedOn(input, '2007-06-01'), { asOf: '2007-07-01', policy: withoutList }), 'conflicts.minimumListConflict', 'gp-x').code).toBe('NOT_CONFLICTED');
    expect(findingOf(before, 'conflicts.minimumListConflict', 'gp-x')).toMatchObject({ code: 'CONFLICTED_MEMBER_TOOK_PART', outcome: 'warning' });
    expect(findingOf(check(decidedOn(input, '2007-06-01'), { asOf: '2007-07-01' }), 'conflicts.minimumListConflict', 'gp-x').code).toBe('NOT_IN_FORCE');
    // Never in force under a policy: the message says so.
    const never = applyReform(baselinePolicy, {
      id: 'never',
      label: 'No dispute rule',
      parameters: { 'conflicts.disputeToSha.inForce': [{ from: '1991-04-01', value: false, sources: ['dh-faq-practical-implementation'], confidence: 'unconfirmed' }] },
    });
    const disputed = check({ ...input, dispute: { id: 'd1', raisedBy: 'pct', raisedOn: '2009-06-01' } }, { asOf: '2009-07-01', policy: never });
    expect(findingOf(disputed, 'conflicts.disputeToSha').message).toBe('conflicts.disputeToSha (COI-R11) is not in force on 2009-06-01 (the date the dispute was raised): the policy puts it in force on no date.');
  });
});
