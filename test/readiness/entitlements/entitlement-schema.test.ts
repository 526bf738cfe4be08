/**
 * The entitlement check input (src/readiness/entitlements/entitlement-schema.ts): INVALID_INPUT naming every bad field.
 */
import { describe, expect, it } from 'vitest';
import { checkEntitlements } from '../../../src/index.js';
import { raisedIssues } from '../../support/errors.js';

describe('bad input: one PbcError naming every field', () => {
  it('dates that do not parse, a bad year, a practice without an ODS code, members of a practice, an unknown data stream', () => {
    const error = raisedIssues(() =>
      checkEntitlements({ holder: { kind: 'practice', id: 'riverside', memberPracticeCodes: ['Z90002'] }, financialYear: '2009-10', indicativeBudgetIssuedOn: '1 May 2009', data: { waitingTimes: true } as never }, { asOf: '2009-06-30' }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect([...new Set(error.paths)]).toEqual(['holder.id', 'holder.memberPracticeCodes', 'financialYear', 'indicativeBudgetIssuedOn', 'data']);
    expect(error.rules).toContain('entitlements.practiceCode');
  });
});
