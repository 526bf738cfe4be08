/**
 * The specification of `src/budgets/assess-budget-balancing.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { assessBudgetBalancing } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { expectIssue } from '../support/errors.js';
import { BALANCING_SOURCES, codes, expectWellFormed, holder, outcome } from './helpers.js';

describe('assessBudgetBalancing: findings, the holder and the explanation', () => {
  it('an overspend within its window: the open-window warning in full, the holder kept, no arbitration note', () => {
    const balancing = assessBudgetBalancing({ holder, financialYear: '2007/08', budget: 100, outturn: 90, history: [outcome('2006/07', 100, 130)] });
    expect(balancing.holder).toEqual(holder);
    expect(balancing.findings).toEqual([
      { code: 'BALANCING_WINDOW_OPEN', outcome: 'warning', rule: 'budget.balancing', message: 'the 2006/07 overspend of £0.20 must be recovered by the end of 2008/09', sources: BALANCING_SOURCES },
    ]);
    expect(balancing.explanation.notes).toEqual([]);
  });

  it('an SHA decision is recorded as an input, and its finding points at it', () => {
    const needless = assessBudgetBalancing({ financialYear: '2007/08', budget: 100, outturn: 100, shaArbitration: { decision: 'rightRemoved' } });
    expect(needless.explanation.inputs).toEqual({ financialYear: '2007/08', earlierYears: 0, shaArbitration: 'rightRemoved' });
    expect(needless.explanation.notes).toEqual([]);
    expect(needless.findings).toEqual([
      {
        code: 'ARBITRATION_NOT_NEEDED',
        outcome: 'info',
        rule: 'budget.balancing',
        message: 'an SHA decision was given, but the practice has not failed to balance: it is ignored',
        sources: ['dh-faq-fur-sharing'],
        path: ['shaArbitration'],
      },
    ]);
    const failed = { financialYear: '2007/08', budget: 100, outturn: 100, history: [outcome('2005/06', 100, 130)] };
    const removed = assessBudgetBalancing({ ...failed, shaArbitration: { decision: 'rightRemoved' } });
    expect(removed.explanation.notes).toEqual([]);
    expect(removed.findings[1]).toEqual({
      code: 'RIGHT_TO_BUDGET_REMOVED',
      outcome: 'breach',
      rule: 'budget.balancing',
      message: 'after arbitration the practice loses its right to hold a budget',
      sources: [...BALANCING_SOURCES, 'dh-faq-fur-sharing'],
      path: ['shaArbitration'],
    });
    const retained = assessBudgetBalancing({ ...failed, shaArbitration: { decision: 'rightRetained' } });
    expect(retained.findings[1]).toEqual({
      code: 'RIGHT_TO_BUDGET_RETAINED_ON_ARBITRATION',
      outcome: 'info',
      rule: 'budget.balancing',
      message: 'after arbitration the practice keeps its right to hold a budget',
      sources: [...BALANCING_SOURCES, 'dh-faq-fur-sharing'],
      path: ['shaArbitration'],
    });
  });
});

describe('assessBudgetBalancing: the 3-year balancing window (DH, October 2004)', () => {
  it('an overspend recovered within the window leaves the practice balanced', () => {
    const balancing = assessBudgetBalancing({
      financialYear: '2007/08',
      budget: 100_000_000,
      outturn: 97_000_000,
      history: [outcome('2006/07', 100_000_000, 102_000_000), outcome('2005/06', 100_000_000, 100_000_000)],
    });
    expect(balancing.status).toBe('balanced');
    expect(balancing.rightToBudget).toBe('retained');
    expect(balancing.years.map((year) => year.financialYear)).toEqual(['2005/06', '2006/07', '2007/08']);
    expect(balancing.years[2]).toEqual({ financialYear: '2007/08', budget: 100_000_000, outturn: 97_000_000, variance: 3_000_000, repaidEarlierOverspends: 2_000_000, underspendLeft: 1_000_000 });
    expect(balancing).toMatchObject({ windowYears: 3, offsetThisYear: 2_000_000, underspendAfterOffset: 1_000_000, outstanding: [], findings: [] });
    expectWellFormed(balancing);
  });

  it('an overspend still within its window: recovering, with the year it must be recovered by', () => {
    const balancing = assessBudgetBalancing({ financialYear: '2007/08', budget: 100, outturn: 90, history: [outcome('2006/07', 100, 130)] });
    expect(balancing.status).toBe('recovering');
    expect(balancing.outstanding).toEqual([{ incurredIn: '2006/07', amount: 20, mustBalanceBy: '2008/09', windowClosed: false }]);
    expect(codes(balancing)).toEqual(['BALANCING_WINDOW_OPEN']);
  });

  it('the day before and after the window closes: 2005/06 overspend outstanding at the end of 2006/07 is open, at the end of 2007/08 failed', () => {
    const history = [outcome('2005/06', 100, 130)];
    expect(assessBudgetBalancing({ financialYear: '2006/07', budget: 100, outturn: 100, history }).status).toBe('recovering');
    const failed = assessBudgetBalancing({ financialYear: '2007/08', budget: 100, outturn: 100, history: [...history, outcome('2006/07', 100, 100)] });
    expect(failed.status).toBe('failedToBalance');
    expect(failed.rightToBudget).toBe('atRiskPendingArbitration');
    expect(failed.findings).toMatchObject([{ code: 'FAILED_TO_BALANCE', outcome: 'breach' }]);
    expect(failed.explanation.notes.join(' ')).toContain('arbitration');
  });

  it('repays the oldest overspend first and keeps later ones open', () => {
    const balancing = assessBudgetBalancing({ financialYear: '2008/09', budget: 100, outturn: 85, history: [outcome('2006/07', 100, 110), outcome('2007/08', 100, 110)] });
    expect(balancing.outstanding).toEqual([{ incurredIn: '2007/08', amount: 5, mustBalanceBy: '2009/10', windowClosed: false }]);
    expect(balancing.status).toBe('recovering');
  });

  it('SHA arbitration decides the right to a budget (DH FAQ: the SHA as arbiter)', () => {
    const base = { financialYear: '2007/08', budget: 100, outturn: 100, history: [outcome('2005/06', 100, 130)] };
    const removed = assessBudgetBalancing({ ...base, shaArbitration: { decision: 'rightRemoved', decidedOn: '2008-07-01' } });
    expect(removed.rightToBudget).toBe('removed');
    expect(codes(removed)).toEqual(['FAILED_TO_BALANCE', 'RIGHT_TO_BUDGET_REMOVED']);
    const retained = assessBudgetBalancing({ ...base, shaArbitration: { decision: 'rightRetained' } });
    expect(retained.rightToBudget).toBe('retained');
    expect(codes(retained)).toEqual(['FAILED_TO_BALANCE', 'RIGHT_TO_BUDGET_RETAINED_ON_ARBITRATION']);
    const needless = assessBudgetBalancing({ financialYear: '2007/08', budget: 100, outturn: 100, shaArbitration: { decision: 'rightRemoved' } });
    expect(needless.rightToBudget).toBe('retained');
    expect(needless.findings).toMatchObject([{ code: 'ARBITRATION_NOT_NEEDED', path: ['shaArbitration'] }]);
  });

  it('a reform can lengthen the window (a "Foundation Trust" style carry-over)', () => {
    const fiveYears = applyReform(baselinePolicy, {
      id: 'five-year-window',
      label: 'Five years to balance',
      parameters: { 'budget.overspendBalancingYears': [{ from: '2005-04-01', value: 5, sources: ['pulse-2010-where-next-real-budgets'], confidence: 'unconfirmed' }] },
    });
    const input = { financialYear: '2007/08', budget: 100, outturn: 100, history: [outcome('2005/06', 100, 130)] };
    expect(assessBudgetBalancing(input, { policy: fiveYears }).status).toBe('recovering');
  });

  it('refuses a year twice, a year not before the one assessed, negative money and years before PBC', () => {
    expectIssue(() => assessBudgetBalancing({ financialYear: '2007/08', budget: 1, outturn: 1, history: [outcome('2006/07', 1, 1), outcome('2006/07', 1, 1)] }), 'INVALID_INPUT', ['history', 1, 'financialYear'], 'budget.balancing.uniqueYears');
    expectIssue(() => assessBudgetBalancing({ financialYear: '2007/08', budget: 1, outturn: 1, history: [outcome('2007/08', 1, 1)] }), 'CONFLICTING_INPUT', ['history', 0, 'financialYear'], 'budget.balancing.earlierYears');
    expectIssue(() => assessBudgetBalancing({ financialYear: '2007/08', budget: 1, outturn: -1 }), 'INVALID_INPUT', ['outturn']);
    expectIssue(() => assessBudgetBalancing({ financialYear: '2007/08', budget: 1, outturn: 1, history: [outcome('2004/05', 1, 1)] }), 'NOT_IN_FORCE', ['history', 0, 'financialYear']);
    expectIssue(() => assessBudgetBalancing({ financialYear: '2004/05', budget: 1, outturn: 1 }), 'NOT_IN_FORCE', ['financialYear']);
  });
});
