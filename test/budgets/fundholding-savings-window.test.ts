/**
 * The specification of `src/budgets/fundholding-savings-window.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { fundholdingSavingsWindow } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { broken, expectWellFormed, reform } from './helpers.js';
import { expectIssue, pbcError } from '../support/errors.js';

describe('fundholdingSavingsWindow: the years in force', () => {

  it('a year outside fundholding under a reform is refused, listing every span in force in order', () => {
    const policy = reform('fundholding.inForce', [{ from: '2001-04-01', value: true }]);
    const error = pbcError(() => fundholdingSavingsWindow({ financialYear: '2000/01', savings: 1 }, { policy }), 'NOT_IN_FORCE');
    expect(error.issues[0]?.message).toBe('no GP fundholding on 2000-04-01 (in force 1991-04-01 to 1999-03-31, from 2001-04-01)');
  });
});

describe('fundholdingSavingsWindow', () => {
  const holder = { kind: 'practice', practiceCode: 'A81001' } as const;

  it('the holder, when given, is carried into the result', () => {
    expect(fundholdingSavingsWindow({ financialYear: '1992/93', savings: 4_000_000, holder }).holder).toEqual(holder);
    expect('holder' in fundholdingSavingsWindow({ financialYear: '1992/93', savings: 4_000_000 })).toBe(false);
  });

  it('a transfer on the last day of the window still cuts it short by a day', () => {
    const policy = reform('fundholding.savingsTransferredOn', [{ from: '1999-04-01', value: '2000-03-31' }]);
    const window = fundholdingSavingsWindow({ financialYear: '1995/96', savings: 4_000_000 }, { policy });
    expect(window).toMatchObject({ windowEnds: '2000-03-31', transferredOn: '2000-03-31', spendBy: '2000-03-30' });
    expect(window.findings.map((entry) => entry.code)).toEqual(['SAVINGS_WINDOW_CUT_SHORT']);
  });

  it('a transfer date that is not a real date is refused naming the parameter', () => {
    const policy = broken('fundholding.savingsTransferredOn', [{ from: '1999-04-01', value: '1999-02-30' }]);
    expectIssue(() => fundholdingSavingsWindow({ financialYear: '1995/96', savings: 4_000_000 }, { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'fundholding.savingsTransferredOn']);
  });

  it('a share of savings kept above one is refused as a policy error naming the parameter', () => {
    const policy = reform('budget.realBudget.holderSavingsShare', [{ from: '1991-04-01', to: '1999-03-31', value: '1.5' }]);
    expectIssue(() => fundholdingSavingsWindow({ financialYear: '1992/93', savings: 4_000_000 }, { policy }), 'INVALID_POLICY', ['parameters', 'budget.realBudget.holderSavingsShare'], 'budget.realBudget.holderSavingsShare');
  });
});

describe('fundholdingSavingsWindow under a reform', () => {

  it('a transfer of savings after a window ends does not cut it short', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'late-transfer',
      label: 'Savings transferred in 2002',
      parameters: { 'fundholding.savingsTransferredOn': [{ from: '1999-04-01', value: '2002-04-01', sources: ['uksi-1999-2541'], confidence: 'unconfirmed' }] },
    });
    expect(fundholdingSavingsWindow({ financialYear: '1996/97', savings: 1 }, { policy })).toMatchObject({ spendBy: '2001-03-31', transferredOn: null, findings: [] });
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
