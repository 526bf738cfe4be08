/**
 * The budget model (src/budgets/model.ts): its schemas and the finding codes.
 */
import { describe, expect, it } from 'vitest';
import { applyPerPatientCap, assessBudgetBalancing, assessEarnedAutonomy, managementAllowance, priceActivityAtTariff, type BudgetFinding, BudgetFindingCodes, compareBudgetRegimes, freedUpResources, fundholdingEligibility, fundholdingSavingsWindow, monitorBudget, priceHistoricActivity, setIndicativeBudget } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { CORE_LINES } from './helpers.js';
import { syntheticTariffSample } from '../../src/testing/index.js';
import { BudgetHolderSchema, BudgetScopeSchema, ResolveBudgetScopeInputSchema } from '../../src/schemas/index.js';

describe('BudgetFindingCodes: every code is produced by some input', () => {
  it('covers BudgetFindingCodes', () => {
    const seen = new Set<string>();
    const collect = (findings: readonly BudgetFinding[]): void => findings.forEach((entry) => seen.add(entry.code));
    const resources = (amount: number) => CORE_LINES.map((serviceLine) => ({ serviceLine, amount: serviceLine === 'PRESCRIBING' ? amount : 0 }));
    const practice = (code: string, amount: number | undefined) => ({ practiceCode: code, weightedPopulation: 1, ...(amount === undefined ? {} : { historic: { costs: [{ serviceLine: 'PRESCRIBING' as const, amount }] } }) });
    collect(setIndicativeBudget({ pctCode: '5ZZ', financialYear: '2007/08', method: 'historicActivityAtTariff', pctResources: resources(10), practices: [practice('Z90001', 100), practice('Z90002', undefined)] }).findings);
    collect(setIndicativeBudget({ pctCode: '5ZZ', financialYear: '2007/08', method: 'blended', pctResources: resources(300), practices: [practice('Z90001', 100), practice('Z90002', 101), practice('Z90003', 99)] }).findings);
    collect(setIndicativeBudget({ pctCode: '5ZZ', financialYear: '2007/08', method: 'blended', pctResources: resources(300), practices: [practice('Z90001', 200), practice('Z90002', 50)] }).findings);
    const reserve = applyReform(baselinePolicy, { id: 'reserve', label: 'reserve', parameters: { 'budget.controlTotal.contingencyShare': [{ from: '2007-04-01', value: '0.1', sources: ['napc-2005-budget-baseline'], confidence: 'unconfirmed' }] } });
    collect(setIndicativeBudget({ pctCode: '5ZZ', financialYear: '2007/08', method: 'blended', pctResources: resources(300), practices: [practice('Z90001', 100)] }, { policy: reserve }).findings);
    collect(priceHistoricActivity({ financialYear: '2007/08', activity: [{ serviceLine: 'NON_ELECTIVE', count: 1, unitPrice: 1 }] }).findings);
    collect(monitorBudget({ budget: { holder: { kind: 'practice', practiceCode: 'Z90001' }, financialYear: '2007/08', kind: 'indicative', lines: [{ serviceLine: 'PRESCRIBING', amount: 10 }] }, throughMonth: 1, spend: [{ serviceLine: 'PRESCRIBING', amount: 5, month: 1 }] }).findings);
    const outcome = (budget: number, outturn: number) => ({ financialYear: '2007/08', budget, outturn });
    collect(freedUpResources({ outcome: { ...outcome(100, 80), basis: 'forecast' }, pctDeficit: 5, businessCase: { status: 'approved', approvedAmount: 1 }, proposedUses: [{ description: 'pay', amount: 100, purpose: 'personalIncome' }], unspentFromPriorYear: 1 }).findings);
    collect(freedUpResources({ outcome: outcome(100, 80), businessCase: { status: 'rejected' } }).findings);
    collect(freedUpResources({ outcome: { financialYear: '2005/06', budget: 100, outturn: 80 }, managementCosts: 5 }).findings);
    collect(freedUpResources({ outcome: outcome(100, 120), history: [{ financialYear: '2006/07', budget: 100, outturn: 100 }] }).findings);
    const carry = applyReform(baselinePolicy, { id: 'carry', label: 'carry', parameters: { 'fur.carryOver': [{ from: '2005-04-01', value: true, sources: ['dh-2004-engaging-practices'], confidence: 'unconfirmed' }] } });
    collect(freedUpResources({ outcome: outcome(100, 80), unspentFromPriorYear: 1, history: [{ financialYear: '2006/07', budget: 100, outturn: 110 }] }, { policy: carry }).findings);
    const failed = { financialYear: '2007/08', budget: 100, outturn: 100, history: [{ financialYear: '2005/06', budget: 100, outturn: 130 }] };
    collect(assessBudgetBalancing({ ...failed, shaArbitration: { decision: 'rightRemoved' } }).findings);
    collect(assessBudgetBalancing({ ...failed, shaArbitration: { decision: 'rightRetained' } }).findings);
    collect(assessBudgetBalancing({ financialYear: '2007/08', budget: 1, outturn: 1, shaArbitration: { decision: 'rightRetained' } }).findings);
    collect(fundholdingEligibility({ date: '1992-04-01', practices: [{ practiceCode: 'A81001', listSize: 4_000 }, { practiceCode: 'A81002', listSize: 4_000 }] }).findings);
    const noGrouping = applyReform(baselinePolicy, { id: 'solo', label: 'solo', parameters: { 'fundholding.groupingAllowed': [{ from: '1991-04-01', to: '1999-03-31', value: false, sources: ['uksi-1991-582'], confidence: 'unconfirmed' }] } });
    collect(fundholdingEligibility({ date: '1992-04-01', practices: [{ practiceCode: 'A81001', listSize: 4_000 }, { practiceCode: 'A81002', listSize: 4_000 }] }, { policy: noGrouping }).findings);
    collect(applyPerPatientCap({ financialYear: '1995/96', patients: [{ patientId: 'p', cost: 700_000 }] }).findings);
    collect(applyPerPatientCap({ financialYear: '2006/07', patients: [] }).findings);
    collect(fundholdingSavingsWindow({ financialYear: '1997/98', savings: 1 }).findings);
    collect(compareBudgetRegimes({ holder: { kind: 'practice', practiceCode: 'Z90001' }, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', budget: 1, outturn: 2 }], realBudgetLines: ['PRESCRIBING'] }).findings);
    collect(managementAllowance({ groupId: 'g', financialYear: '2009/10', registeredPatients: 1, local: { perGroup: 0 } }).findings);
    collect(managementAllowance({ groupId: 'g', financialYear: '2009/10', registeredPatients: 1 }).findings);
    collect(managementAllowance({ groupId: 'g', financialYear: '2007/08', registeredPatients: 1 }).findings);
    collect(managementAllowance({ groupId: 'g', financialYear: '2008/09', registeredPatients: 1 }).findings);
    const criterion = { criterion: 'improved_health_outcomes', evidence: 'x' };
    collect(assessEarnedAutonomy({ groupId: 'g', financialYear: '2009/10', evidence: [{ ...criterion, met: true }] }).findings);
    collect(assessEarnedAutonomy({ groupId: 'g', financialYear: '2009/10', evidence: [{ ...criterion, met: false }] }).findings);
    collect(assessEarnedAutonomy({ groupId: 'g', financialYear: '2009/10', evidence: [] }).findings);
    const mff = applyReform(baselinePolicy, { id: 'mff', label: 'mff', parameters: { 'tariff.mff.inPbcBudgets': [{ from: '2005-04-01', value: 'provider_mff', sources: ['pathwayanalytics-mff'], confidence: 'unconfirmed' }] } });
    collect(priceActivityAtTariff(syntheticTariffSample).findings);
    collect(priceActivityAtTariff(syntheticTariffSample, { policy: mff }).findings);
    expect([...seen].sort()).toEqual(Object.keys(BudgetFindingCodes).sort());
  });
});

describe('the budget schemas', () => {
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
