/**
 * summariseConflictsFindings (src/conflicts/summarise.ts): counts, the worst outcome, the rules breached, warned and not in force, the conflicted members.
 */
import { describe, expect, it } from 'vitest';
import { baseInput, check, decidedOn, findingOf, workedCase } from './fixtures.js';

describe('a worked case: Riverside Surgery proposes a dermatology service it would provide', () => {
  const input = workedCase();
  const result = check(input, { asOf: '2009-07-01' });

  it('summarises: counts, worst outcome, rules breached and warned, conflicted members', () => {
    expect(result.summary).toEqual({
      total: 22,
      counts: { compliant: 11, pending: 0, warning: 4, breach: 2, not_applicable: 5 },
      worstOutcome: 'breach',
      rulesBreached: ['conflicts.recusal', 'conflicts.decisionInTime'],
      rulesWarned: ['conflicts.minimumListConflict', 'conflicts.whatNotWho', 'conflicts.procurementRoute', 'conflicts.publishedInProspectus'],
      rulesNotInForce: [],
      conflictedMemberIds: ['dr-shah'],
    });
    expect(result).toMatchObject({ caseId: 'bc-1', asOf: '2009-07-01', policyId: 'baseline' });
  });
});

describe('rules not in force are listed in the summary', () => {
  it('an October 2006 decision: the rules from November 2006 and December 2007 were not yet in force', () => {
    const result = check(decidedOn(baseInput(), '2006-10-31'));
    expect(result.summary.rulesNotInForce.map((row) => `${row.rule} ${row.subject.id} ${row.on}`)).toEqual([
      'conflicts.minimumListConflict ned 2006-10-31',
      'conflicts.minimumListConflict gp-a 2006-10-31',
      'conflicts.minimumListConflict officer 2006-10-31',
      'conflicts.recusal ned 2006-10-31',
      'conflicts.recusal gp-a 2006-10-31',
      'conflicts.recusal officer 2006-10-31',
      'conflicts.procurementRoute bc-1 2006-10-31',
      'conflicts.rejectionReasons bc-1 2006-10-31',
      'conflicts.publishedInProspectus bc-1 2006-10-31',
      'conflicts.providerArmSeparated bc-1 2006-10-31',
      'conflicts.providerArmChosenFairly bc-1 2006-10-31',
    ]);
    expect(result.summary.rulesNotInForce[0]).toEqual({ rule: 'conflicts.minimumListConflict', subject: { kind: 'member', id: 'ned' }, on: '2006-10-31' });
    expect(findingOf(result, 'conflicts.minimumListConflict', 'ned')).toMatchObject({
      code: 'NOT_IN_FORCE',
      outcome: 'not_applicable',
      message: 'conflicts.minimumListConflict (COI-R02) is not in force on 2006-10-31 (the date of the decision): it took effect on 2007-12-01.',
      details: { inForce: false, on: '2006-10-31' },
    });
  });
  it('a case decided after PCTs were abolished: every rule that applies on the decision is not in force', () => {
    const result = check(decidedOn(baseInput(), '2013-04-02', '2013-04-01'), { asOf: '2013-05-01' });
    expect(new Set(result.summary.rulesNotInForce.map((row) => row.rule))).toEqual(
      new Set(['conflicts.registerComplete', 'conflicts.minimumListConflict', 'conflicts.recusal', 'conflicts.pctDecides', 'conflicts.whatNotWho', 'conflicts.procurementRoute', 'conflicts.rejectionReasons', 'conflicts.decisionInTime', 'conflicts.publishedInProspectus', 'conflicts.referralDisclosure', 'conflicts.disputeToSha', 'conflicts.providerArmSeparated', 'conflicts.providerArmChosenFairly']),
    );
    expect(result.summary.worstOutcome).toBe('not_applicable');
  });
});
