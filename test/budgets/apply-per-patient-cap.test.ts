/**
 * The specification of `src/budgets/apply-per-patient-cap.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { applyPerPatientCap } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { expectWellFormed } from './helpers.js';
import { expectIssue } from '../support/errors.js';
import fc from 'fast-check';

describe('applyPerPatientCap: no national threshold under PBC', () => {
  it('no national threshold: every cost stays in the budget, with an information finding that says so', () => {
    const result = applyPerPatientCap({ financialYear: '2007/08', patients: [{ patientId: 'p1', cost: 2_500_000 }] });
    expect(result).toMatchObject({ regime: 'PBC', cap: null, paidByBudget: 2_500_000, excess: 0 });
    expect(result.findings.map((finding) => [finding.code, finding.outcome])).toEqual([['NO_HIGH_COST_THRESHOLD', 'info']]);
    expect(result.findings[0]?.sources.length).toBeGreaterThan(0);
  });
});

describe('applyPerPatientCap', () => {
  const patients = [
    { patientId: 'p1', cost: 450_000 },
    { patientId: 'p2', cost: 400_000 },
    { patientId: 'p2', cost: 350_000 },
    { patientId: 'p3', cost: 600_000 },
  ];

  it('1993/94: £5,000 a patient (reg 21, 1993 Regulations); the health authority pays the excess', () => {
    const result = applyPerPatientCap({ financialYear: '1993/94', patients, holder: { kind: 'practice', practiceCode: 'A81001' } });
    expect(result.patients).toEqual([
      { patientId: 'p1', cost: 450_000, paidByBudget: 450_000, excess: 0 },
      { patientId: 'p2', cost: 750_000, paidByBudget: 500_000, excess: 250_000 },
      { patientId: 'p3', cost: 600_000, paidByBudget: 500_000, excess: 100_000 },
    ]);
    expect(result).toMatchObject({ regime: 'GP_FUNDHOLDING', cap: 500_000, excessPaidBy: 'health authority', totalCost: 1_800_000, paidByBudget: 1_450_000, excess: 350_000 });
    expect(result.findings.map((entry) => [entry.code, entry.path])).toEqual([
      ['PER_PATIENT_CAP_APPLIED', ['patients', 1]],
      ['PER_PATIENT_CAP_APPLIED', ['patients', 3]],
    ]);
    expectWellFormed(result);
  });

  it('£6,000 from 1 April 1994 (SI 1994/640): the year before and the year after', () => {
    expect(applyPerPatientCap({ financialYear: '1993/94', patients: [{ patientId: 'p', cost: 600_000 }] }).excess).toBe(100_000);
    expect(applyPerPatientCap({ financialYear: '1994/95', patients: [{ patientId: 'p', cost: 600_000 }] }).excess).toBe(0);
    expect(applyPerPatientCap({ financialYear: '1998/99', patients: [{ patientId: 'p', cost: 600_001 }] }).excess).toBe(1);
  });

  it('PBC: no national threshold, so every cost stays in the budget; a local threshold sends the excess to the PCT', () => {
    const none = applyPerPatientCap({ financialYear: '2007/08', patients });
    expect(none).toMatchObject({ regime: 'PBC', cap: null, excessPaidBy: null, paidByBudget: 1_800_000, excess: 0 });
    expect(none.findings).toMatchObject([{ code: 'NO_HIGH_COST_THRESHOLD' }]);
    const local = applyReform(baselinePolicy, {
      id: 'local-high-cost',
      label: 'A £5,500 local high-cost threshold',
      parameters: { 'budget.highCostPatientThreshold': [{ from: '2007-04-01', value: 550_000, sources: ['uksi-1994-640'], confidence: 'unconfirmed' }] },
    });
    expect(applyPerPatientCap({ financialYear: '2007/08', patients }, { policy: local })).toMatchObject({ cap: 550_000, excessPaidBy: 'PCT', excess: 250_000 });
  });

  it('years in neither regime are errors: before 1991/92 and 1999/00 to 2004/05', () => {
    expectIssue(() => applyPerPatientCap({ financialYear: '1990/91', patients }), 'NOT_IN_FORCE', ['financialYear']);
    expectIssue(() => applyPerPatientCap({ financialYear: '1999/00', patients }), 'NOT_IN_FORCE', ['financialYear']);
    expectIssue(() => applyPerPatientCap({ financialYear: '2004/05', patients }), 'NOT_IN_FORCE', ['financialYear']);
    expect(applyPerPatientCap({ financialYear: '1998/99', patients }).regime).toBe('GP_FUNDHOLDING');
    expect(applyPerPatientCap({ financialYear: '2005/06', patients }).regime).toBe('PBC');
  });

  it('refuses a negative cost and an empty patient id', () => {
    expectIssue(() => applyPerPatientCap({ financialYear: '1995/96', patients: [{ patientId: 'p', cost: -1 }] }), 'INVALID_INPUT', ['patients', 0, 'cost']);
    expectIssue(() => applyPerPatientCap({ financialYear: '1995/96', patients: [{ patientId: '', cost: 1 }] }), 'INVALID_INPUT', ['patients', 0, 'patientId']);
  });

  it('property: the budget and the health authority share every penny, and the budget never pays above the cap', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ patientId: fc.constantFrom('a', 'b', 'c', 'd'), cost: fc.integer({ min: 0, max: 2_000_000 }) }), { maxLength: 20 }), fc.constantFrom('1992/93', '1996/97'), (entries, financialYear) => {
        const result = applyPerPatientCap({ financialYear, patients: entries });
        expect(result.paidByBudget + result.excess).toBe(entries.reduce((sum, entry) => sum + entry.cost, 0));
        for (const row of result.patients) expect(row.paidByBudget).toBeLessThanOrEqual(result.cap ?? Infinity);
      }),
      { numRuns: 1000 },
    );
  });
});
