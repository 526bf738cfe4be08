import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPerPatientCap, fundholdingEligibility, fundholdingSavingsWindow } from '../../src/index.js';
import { addDays } from '../../src/core/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { expectWellFormed } from './helpers.js';
import { expectIssue } from '../support/errors.js';

const one = (listSize: number) => [{ practiceCode: 'A81001', listSize }];
const eligible = (date: string, listSize: number, kind?: 'standard' | 'community') => fundholdingEligibility({ date, practices: one(listSize), ...(kind === undefined ? {} : { kind }) }).eligible;

describe('fundholdingEligibility: list-size thresholds by date', () => {
  it('9,000 patients from 1 April 1991 (Hansard, 13 Mar 1991; SI 1991/582 reg 3)', () => {
    const result = fundholdingEligibility({ date: '1991-04-01', practices: one(8_999) });
    expect(result).toMatchObject({ eligible: false, listSize: 8_999, minimumListSize: 9_000, shortfall: 1, kind: 'standard' });
    expect(result.findings).toMatchObject([{ code: 'FUNDHOLDING_BELOW_MINIMUM_LIST', outcome: 'breach', path: ['practices', 0, 'listSize'] }]);
    expect(eligible('1991-04-01', 9_000)).toBe(true);
    expectWellFormed(result);
  });

  it('7,000 from 1 April 1993 (Hansard, 23 Feb 1993): the day before and the day after', () => {
    expect(eligible('1993-03-31', 7_000)).toBe(false);
    expect(eligible('1993-04-01', 7_000)).toBe(true);
    expect(eligible('1993-04-01', 6_999)).toBe(false);
  });

  it('5,000 standard and 3,000 community from 1 April 1996 (SI 1996/706 Sch 1): the day before and the day after', () => {
    expect(eligible('1996-03-31', 5_000)).toBe(false);
    expect(eligible('1996-04-01', 5_000)).toBe(true);
    expect(eligible('1996-04-01', 4_999)).toBe(false);
    expect(eligible('1996-04-01', 3_000, 'community')).toBe(true);
    expect(eligible('1996-04-01', 2_999, 'community')).toBe(false);
    expectIssue(() => eligible('1996-03-31', 3_000, 'community'), 'NOT_IN_FORCE', ['kind'], 'fundholding.minimumListSize.community');
  });

  it('no fundholding after 31 March 1999, nor before 1 April 1991: an error, not "not eligible"', () => {
    expect(eligible('1999-03-31', 5_000)).toBe(true);
    const after = expectIssue(() => eligible('1999-04-01', 50_000), 'NOT_IN_FORCE', ['date'], 'fundholding.inForce');
    expect(after.message).toContain('1991-04-01 to 1999-03-31');
    expectIssue(() => eligible('1991-03-31', 50_000), 'NOT_IN_FORCE', ['date'], 'fundholding.inForce');
  });

  it('smaller practices could group to reach the minimum (1991 Regulations, reg 3)', () => {
    const grouped = fundholdingEligibility({ date: '1991-04-01', practices: [{ practiceCode: 'A81001', listSize: 5_000 }, { practiceCode: 'A81002', listSize: 4_000 }] });
    expect(grouped).toMatchObject({ eligible: true, listSize: 9_000, practiceCodes: ['A81001', 'A81002'] });
    expect(grouped.findings).toMatchObject([{ code: 'FUNDHOLDING_GROUPED' }]);
    const short = fundholdingEligibility({ date: '1991-04-01', practices: [{ practiceCode: 'A81001', listSize: 5_000 }, { practiceCode: 'A81002', listSize: 3_999 }] });
    expect(short.findings.map((entry) => [entry.code, entry.path])).toEqual([
      ['FUNDHOLDING_GROUPED', ['practices']],
      ['FUNDHOLDING_BELOW_MINIMUM_LIST', ['practices']],
    ]);
  });

  it('where a reform forbids grouping, the practices are not eligible together', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'no-grouping',
      label: 'No grouping',
      parameters: { 'fundholding.groupingAllowed': [{ from: '1993-04-01', to: '1999-03-31', value: false, sources: ['bmj-1995-fundholding-extension'], confidence: 'unconfirmed' }] },
    });
    const result = fundholdingEligibility({ date: '1995-04-01', practices: [{ practiceCode: 'A81001', listSize: 8_000 }, { practiceCode: 'A81002', listSize: 4_000 }] }, { policy });
    expect(result).toMatchObject({ eligible: false, listSize: 8_000 });
    expect(result.findings).toMatchObject([{ code: 'FUNDHOLDING_GROUPING_NOT_ALLOWED', outcome: 'breach' }]);
  });

  it('refuses a list size that is not a whole number, a negative one, a practice twice and an empty list', () => {
    expectIssue(() => eligible('1995-04-01', 7_000.5), 'INVALID_INPUT', ['practices', 0, 'listSize']);
    expectIssue(() => eligible('1995-04-01', -1), 'INVALID_INPUT', ['practices', 0, 'listSize']);
    expectIssue(() => fundholdingEligibility({ date: '1995-04-01', practices: [...one(1), ...one(2)] }), 'INVALID_INPUT', ['practices', 1, 'practiceCode'], 'fundholding.uniquePractices');
    expectIssue(() => fundholdingEligibility({ date: '1995-04-01', practices: [] }), 'INVALID_INPUT', ['practices']);
    expectIssue(() => fundholdingEligibility({ date: '1995-02-30', practices: one(1) }), 'INVALID_INPUT', ['date']);
  });

  it('property: on any date in the scheme, eligibility is exactly "list size at least the minimum in force"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_921 }), fc.integer({ min: 0, max: 12_000 }), (offset, listSize) => {
        const date = addDays('1991-04-01', offset); // 2,921 days on is 1999-03-31
        const result = fundholdingEligibility({ date, practices: one(listSize) });
        const minimum = date < '1993-04-01' ? 9_000 : date < '1996-04-01' ? 7_000 : 5_000;
        expect(result.minimumListSize).toBe(minimum);
        expect(result.eligible).toBe(listSize >= minimum);
      }),
      { numRuns: 1000 },
    );
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

describe('fundholdingSavingsWindow: savings kept, spent within four years (The Independent, 1996)', () => {
  it('1992/93 savings may be spent to 31 March 1997, all kept by the practice', () => {
    const window = fundholdingSavingsWindow({ financialYear: '1992/93', savings: 4_000_000, holder: { kind: 'practice', practiceCode: 'A81001' } }, { asOf: '1997-03-31' });
    expect(window).toMatchObject({ windowYears: 4, windowEnds: '1997-03-31', spendBy: '1997-03-31', transferredOn: null, keptByPractice: 4_000_000, statusAsOf: 'open', findings: [] });
    expect(fundholdingSavingsWindow({ financialYear: '1992/93', savings: 1 }, { asOf: '1997-04-01' }).statusAsOf).toBe('closed');
    expect(fundholdingSavingsWindow({ financialYear: '1992/93', savings: 1 }).statusAsOf).toBeNull();
    expectWellFormed(window);
  });

  it('a window running past the end of fundholding is cut short by the transfer of savings on 1 October 1999 (SI 1999/2541)', () => {
    expect(fundholdingSavingsWindow({ financialYear: '1994/95', savings: 1 }).spendBy).toBe('1999-03-31');
    const cut = fundholdingSavingsWindow({ financialYear: '1995/96', savings: 1 });
    expect(cut).toMatchObject({ windowEnds: '2000-03-31', transferredOn: '1999-10-01', spendBy: '1999-09-30' });
    expect(cut.findings).toMatchObject([{ code: 'SAVINGS_WINDOW_CUT_SHORT', outcome: 'warning' }]);
  });

  it('savings outside fundholding years are an error', () => {
    expectIssue(() => fundholdingSavingsWindow({ financialYear: '1999/00', savings: 1 }), 'NOT_IN_FORCE', ['financialYear'], 'fundholding.inForce');
    expectIssue(() => fundholdingSavingsWindow({ financialYear: '1998/99', savings: -1 }), 'INVALID_INPUT', ['savings']);
  });
});
