/**
 * entitlements.data (src/readiness/entitlements/data-entitlement.ts): the data streams, one "where possible".
 */
import { describe, expect, it } from 'vitest';
import { checkEntitlements } from '../../../src/index.js';
import { practice } from '../helpers.js';

describe('entitlements.data', () => {
  it('clinical performance is "where possible": its absence is a warning, not a breach; the others are breaches', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', data: { budgets: true, expenditure: false, referrals: true, prescribing: true, activity: true, clinicalPerformance: false } }, { asOf: '2009-06-30' });
    const data = check.findings.filter((finding) => finding.rule === 'entitlements.data');
    expect(data.map((finding) => [finding.subject?.id, finding.code, finding.outcome, finding.details?.['escalateTo']])).toEqual([
      ['budgets', 'DATA_PROVIDED', 'compliant', undefined],
      ['expenditure', 'DATA_NOT_PROVIDED', 'breach', 'SHA'],
      ['referrals', 'DATA_PROVIDED', 'compliant', undefined],
      ['prescribing', 'DATA_PROVIDED', 'compliant', undefined],
      ['activity', 'DATA_PROVIDED', 'compliant', undefined],
      ['clinicalPerformance', 'DATA_NOT_PROVIDED_WHERE_POSSIBLE', 'warning', undefined],
    ]);
  });
  it('a flag given as undefined is simply not known', () => {
    const check = checkEntitlements({ holder: practice, financialYear: '2009/10', data: { budgets: undefined, referrals: true } }, { asOf: '2009-06-30' });
    expect(check.findings.find((finding) => finding.subject?.id === 'budgets')?.code).toBe('DATA_UNKNOWN');
    expect(check.explanation.children[2]?.inputs).toEqual({ data: { referrals: true } });
  });
});
