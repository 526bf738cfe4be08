/**
 * conflictsFindingsTable (src/conflicts/findings.ts): the findings as a flat table for notebooks.
 */
import { describe, expect, it } from 'vitest';
import { conflictsFindingsTable } from '../../src/index.js';
import { check, workedCase } from './fixtures.js';

describe('a worked case: Riverside Surgery proposes a dermatology service it would provide', () => {
  const input = workedCase();
  const result = check(input, { asOf: '2009-07-01' });

  it('gives a flat table for notebooks', () => {
    const rows = conflictsFindingsTable(result);
    expect(rows).toHaveLength(22);
    expect(rows[11]).toEqual({
      caseId: 'bc-1',
      rule: 'conflicts.recusal',
      reference: 'COI-R03',
      title: 'A conflicted member, or one with an interest in a rival service, takes no part in the decision',
      code: 'BARRED_MEMBER_TOOK_PART',
      outcome: 'breach',
      subjectKind: 'member',
      subjectId: 'dr-shah',
      message: 'Dr Priya Shah took part in the decision despite an interest on the minimum list in the proposer (part owner of Z90001 (GP partner), declared 2009-01-05): they must exclude themselves.',
      sources: 'dh-faq-practical-implementation; dh-2007-12-pbc-governance; pulse-2007-12-conflicts-warning',
    });
    for (const row of rows) for (const value of Object.values(row)) expect(typeof value).toBe('string');
  });
});
