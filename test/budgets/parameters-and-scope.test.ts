import { describe, expect, it } from 'vitest';
import { resolveBudgetScope } from '../../src/index.js';
import { applyReform, parameterAt, validatePolicy } from '../../src/policy/index.js';
import { SERVICE_LINE_IDS, baselinePolicy, serviceLineCatalogue } from '../../src/policy/index.js';
import { BudgetHolderSchema, BudgetScopeSchema, ResolveBudgetScopeInputSchema, ServiceLineSchema } from '../../src/schemas/index.js';
import { CORE_LINES, expectWellFormed, untyped } from './helpers.js';
import { expectIssue } from '../support/errors.js';

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

describe('the service line catalogue', () => {
  it('has the eleven lines of the fact sheet in enum order, each with sources in the bibliography', () => {
    expect(ServiceLineSchema.options).toEqual([...SERVICE_LINE_IDS]);
    expect(serviceLineCatalogue.map((row) => row.serviceLine)).toEqual([...SERVICE_LINE_IDS]);
    for (const row of serviceLineCatalogue) for (const id of row.sources) expect(baselinePolicy.sources[id]).toBeDefined();
    expect(Object.isFrozen(serviceLineCatalogue[0])).toBe(true);
  });
});

describe('resolveBudgetScope', () => {
  it('gives the mandatory core by default, leaving the rest with the PCT (2007/08)', () => {
    const scope = resolveBudgetScope({ financialYear: '2007/08' });
    expect(scope.lines).toEqual([...CORE_LINES]);
    expect(scope.mandatory).toEqual([...CORE_LINES]);
    expect(scope.optionalIncluded).toEqual([]);
    expect(scope.leftWithPct).toEqual(['A_AND_E', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH', 'DIAGNOSTICS', 'TERTIARY_SPECIALISED', 'OTHER']);
    expectWellFormed(scope);
  });

  it('adds optional lines, and specialised services only when included (HSJ 30 Sep 2004: specialist commissioning excluded)', () => {
    const scope = resolveBudgetScope({ financialYear: '2007/08', include: ['MENTAL_HEALTH', 'TERTIARY_SPECIALISED', 'PRESCRIBING'] });
    expect(scope.lines).toEqual(['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING', 'MENTAL_HEALTH', 'TERTIARY_SPECIALISED']);
    expect(scope.optionalIncluded).toEqual(['MENTAL_HEALTH']);
    expect(scope.excludedIncluded).toEqual(['TERTIARY_SPECIALISED']);
    expect(scope.explanation.notes.join(' ')).toContain('TERTIARY_SPECIALISED');
  });

  it('changes on 1 April 2010: the day before, the core; the day after, all resources but specialised (2009 vision)', () => {
    expect(resolveBudgetScope({ financialYear: '2009/10' }).lines).toHaveLength(5);
    expect(resolveBudgetScope({ financialYear: '2010/11' }).lines).toHaveLength(10);
    expect(resolveBudgetScope({ financialYear: '2010/11' }).leftWithPct).toEqual(['TERTIARY_SPECIALISED']);
  });

  it('is not in force before 2005/06', () => {
    expectIssue(() => resolveBudgetScope({ financialYear: '2004/05' }), 'NOT_IN_FORCE', ['financialYear'], 'budget.indicative.inForce');
    expect(resolveBudgetScope({ financialYear: '2005/06' }).lines).toHaveLength(5);
  });

  it('refuses a line listed twice, a malformed year, and a line a reformed policy no longer allows', () => {
    expectIssue(() => resolveBudgetScope({ financialYear: '2007/08', include: ['DIAGNOSTICS', 'DIAGNOSTICS'] }), 'INVALID_INPUT', ['include', 1], 'budget.scope.uniqueLines');
    expectIssue(() => resolveBudgetScope({ financialYear: '2007-08' }), 'INVALID_INPUT', ['financialYear']);
    expectIssue(() => resolveBudgetScope({ financialYear: '2007/08', include: [untyped('NONSENSE')] }), 'INVALID_INPUT', ['include', 0]);
    const narrower = applyReform(baselinePolicy, {
      id: 'no-other',
      label: 'OTHER may not be devolved',
      parameters: { 'budget.scope.optionalLines': [{ from: '2005-04-01', to: '2010-03-31', value: ['A_AND_E', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH', 'DIAGNOSTICS'], sources: ['diabetesonthenet-pbc-responsibilities'], confidence: 'unconfirmed' }] },
    });
    expectIssue(() => resolveBudgetScope({ financialYear: '2007/08', include: ['OTHER'] }, { policy: narrower }), 'INVALID_INPUT', ['include', 0], 'budget.scope.allowedLine');
  });
});

describe('core schemas', () => {
  it('a group with no members or a duplicated member names the field and the rule', () => {
    const empty = BudgetHolderSchema.safeParse({ kind: 'group', groupId: 'g', memberPracticeCodes: [] });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]).toMatchObject({ path: ['memberPracticeCodes'], params: { rule: 'budget.group.hasMembers' } });
    const twice = BudgetHolderSchema.safeParse({ kind: 'group', groupId: 'g', memberPracticeCodes: ['A81001', 'A81001'] });
    expect(twice.error?.issues[0]).toMatchObject({ path: ['memberPracticeCodes', 1], params: { rule: 'budget.group.uniqueMembers' } });
  });
  it('a scope may not list a line twice; a practice code must be in ODS form', () => {
    expect(BudgetScopeSchema.safeParse({ lines: ['PRESCRIBING', 'PRESCRIBING'] }).success).toBe(false);
    expect(BudgetHolderSchema.safeParse({ kind: 'practice', practiceCode: 'a81001' }).success).toBe(false);
    expect(ResolveBudgetScopeInputSchema.safeParse({ financialYear: '2007/08', extra: 1 }).success).toBe(false);
  });
});
