/**
 * The budgets parameters of the baseline policy (src/policy/parameters/budgets.ts): dated, cited, on both sides of each change.
 */
import { describe, expect, it } from 'vitest';
import { baselinePolicy, parameterAt, SERVICE_LINE_IDS, validatePolicy } from '../../../src/policy/index.js';
import { CORE_LINES } from '../../budgets/helpers.js';

const value = (id: string, date: string): unknown => parameterAt(baselinePolicy, id, date).value;

const confidence = (id: string, date: string): unknown => parameterAt(baselinePolicy, id, date).confidence;

describe('budget parameters', () => {
  it('keep the baseline policy clean (no gap, overlap, unknown source or unit mismatch)', () => {
    expect(validatePolicy(baselinePolicy)).toEqual({ ok: true, findings: [] });
  });

  it('indicative budgets from 1 April 2005 (DH Oct 2004): nothing the day before', () => {
    expect(value('budget.indicative.inForce', '2005-04-01')).toBe(true);
    expect(() => parameterAt(baselinePolicy, 'budget.indicative.inForce', '2005-03-31')).toThrow();
  });

  it('fundholding in force 1 April 1991 to 31 March 1999 (Hansard 1991, 1998)', () => {
    expect(() => parameterAt(baselinePolicy, 'fundholding.inForce', '1991-03-31')).toThrow();
    expect(value('fundholding.inForce', '1991-04-01')).toBe(true);
    expect(value('fundholding.inForce', '1999-03-31')).toBe(true);
    expect(value('fundholding.inForce', '1999-04-01')).toBe(false);
  });

  it('scope: the mandatory core (tariff lines and prescribing) to 2009/10; every line but specialised from 2010/11 (unconfirmed)', () => {
    expect(value('budget.scope.mandatoryLines', '2010-03-31')).toEqual([...CORE_LINES]);
    // Derived, not confirmed (issue 16): a copy of a DH FAQ says the budget covers "at least" community
    // services and mental health too, and that reading is carried as the alternative.
    expect(confidence('budget.scope.mandatoryLines', '2010-03-31')).toBe('derived');
    expect(parameterAt(baselinePolicy, 'budget.scope.mandatoryLines', '2010-03-31').alternatives?.[0]?.value).toEqual([...CORE_LINES, 'COMMUNITY_SERVICES', 'MENTAL_HEALTH']);
    expect(value('budget.scope.mandatoryLines', '2010-04-01')).toHaveLength(10);
    expect(confidence('budget.scope.mandatoryLines', '2010-04-01')).toBe('unconfirmed');
    expect(value('budget.scope.optionalLines', '2010-03-31')).toEqual(['A_AND_E', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH', 'DIAGNOSTICS', 'OTHER']);
    expect(value('budget.scope.optionalLines', '2010-04-01')).toEqual([]);
    expect(value('budget.scope.excludedUnlessIncludedLines', '2005-04-01')).toEqual(['TERTIARY_SPECIALISED']);
  });

  it('the three scope lists cover every service line exactly once on every date', () => {
    for (const date of ['2005-04-01', '2010-03-31', '2010-04-01', '2012-01-01']) {
      const all = ['budget.scope.mandatoryLines', 'budget.scope.optionalLines', 'budget.scope.excludedUnlessIncludedLines'].flatMap((id) => value(id, date) as string[]);
      expect([...all].sort()).toEqual([...SERVICE_LINE_IDS].sort());
    }
  });

  it('budget method guidance: historic activity at tariff to 2006/07, blended from 2007/08 (confirmed for 2007/08 only)', () => {
    expect(value('budget.method.guidance', '2007-03-31')).toBe('historicActivityAtTariff');
    expect(value('budget.method.guidance', '2007-04-01')).toBe('blended');
    expect(confidence('budget.method.guidance', '2008-03-31')).toBe('confirmed');
    expect(confidence('budget.method.guidance', '2008-04-01')).toBe('unconfirmed');
  });

  it('pace of change: a quarter of the gap a year from 2007/08, unconfirmed', () => {
    expect(() => parameterAt(baselinePolicy, 'budget.paceOfChange.gapClosedPerYear', '2007-03-31')).toThrow();
    expect(parameterAt(baselinePolicy, 'budget.paceOfChange.gapClosedPerYear', '2007-04-01')).toMatchObject({ value: '0.25', confidence: 'unconfirmed' });
  });

  it('the emergency marginal rate: 50% in 2007/08 (above 2005/06), none found for 2008/09–2009/10, 30% from 2010/11 (above 2008/09)', () => {
    expect(value('tariff.nonElective.marginalRate', '2007-03-31')).toBeNull();
    expect(value('tariff.nonElective.marginalRate', '2007-04-01')).toBe('0.5');
    expect(value('tariff.nonElective.marginalRateBaselineYear', '2007-04-01')).toBe('2005/06');
    expect(value('tariff.nonElective.marginalRate', '2008-03-31')).toBe('0.5');
    expect(value('tariff.nonElective.marginalRate', '2008-04-01')).toBeNull();
    expect(value('tariff.nonElective.marginalRate', '2010-03-31')).toBeNull();
    expect(value('tariff.nonElective.marginalRate', '2010-04-01')).toBe('0.3');
    expect(value('tariff.nonElective.marginalRateBaselineYear', '2010-04-01')).toBe('2008/09');
  });

  it('freed-up resources: management costs only under the 2004 guidance; no carry-over and no personal income by default', () => {
    expect(value('fur.remainderCoversManagementCosts', '2006-03-31')).toBe(true);
    expect(value('fur.remainderCoversManagementCosts', '2006-04-01')).toBe(false);
    expect(value('fur.carryOver', '2008-04-01')).toBe(false);
    expect(confidence('fur.carryOver', '2008-04-01')).toBe('unconfirmed');
    expect(value('fur.personalIncomePermitted', '2008-04-01')).toBe(false);
    expect(value('fur.pctPriorClaim.basis', '2008-04-01')).toBe('wholeUnderspend');
    expect(value('fur.releaseRequiresApprovedBusinessCase', '2005-04-01')).toBe(true);
  });

  it('local figures with no national value are null: contingency and the PBC high-cost threshold', () => {
    expect(value('budget.controlTotal.contingencyShare', '2007-04-01')).toBeNull();
    expect(value('budget.highCostPatientThreshold', '2007-04-01')).toBeNull();
  });

  it('real budgets: holders keep all savings and bear overspends (confirmed/derived for fundholding, unconfirmed after)', () => {
    expect(parameterAt(baselinePolicy, 'budget.realBudget.holderSavingsShare', '1999-03-31')).toMatchObject({ value: '1', confidence: 'confirmed' });
    expect(parameterAt(baselinePolicy, 'budget.realBudget.holderSavingsShare', '1999-04-01')).toMatchObject({ value: '1', confidence: 'unconfirmed' });
    expect(parameterAt(baselinePolicy, 'budget.realBudget.holderBearsOverspend', '1999-03-31')).toMatchObject({ value: true, confidence: 'derived' });
  });

  it('fundholders\' savings transferred on 1 October 1999 (SI 1999/2541)', () => {
    expect(value('fundholding.savingsTransferredOn', '1999-04-01')).toBe('1999-10-01');
  });
});
