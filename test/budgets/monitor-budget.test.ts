/**
 * The specification of `src/budgets/monitor-budget.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { monitorBudget } from '../../src/index.js';
import { expectWellFormed, practiceBudget } from './helpers.js';
import { expectIssue } from '../support/errors.js';
import fc from 'fast-check';
import { pence, sumMoney } from '../../src/core/index.js';
import { BudgetOutcomeInputSchema, BudgetSpendEntrySchema } from '../../src/schemas/index.js';

const budget = practiceBudget('Z90002', { PRESCRIBING: 1_200_000, OUTPATIENT: 600_001 }, '2007/08');

describe('monitorBudget: the forecast explanation and where an overspend is reported', () => {
  it('at the year end the outturn is the spend, so the forecast note is not given; before it, it is', () => {
    const budget = practiceBudget('Z90001', { PRESCRIBING: 1_200_000 }, '2007/08');
    const final = monitorBudget({ budget, throughMonth: 12, spend: [{ serviceLine: 'PRESCRIBING', amount: 1_000_000, date: '2008-03-31' }] });
    expect(final.explanation.children.map((child) => child.notes)).toEqual([[]]);
    const midYear = monitorBudget({ budget, throughMonth: 6, spend: [{ serviceLine: 'PRESCRIBING', amount: 500_000, date: '2007-09-30' }] });
    expect(midYear.explanation.children.map((child) => child.notes)).toEqual([['forecast = spend to date × 12 ÷ 6, rounded half-up to the penny; the remainder is spread over months 7–12 exactly']]);
  });

  it('a line\'s projected overspend points at that line in the budget as given; the whole budget\'s at the budget', () => {
    const budget = practiceBudget('Z90001', { PRESCRIBING: 1_200_000, DAY_CASE: 600_000 }, '2007/08');
    const monitoring = monitorBudget({ budget, throughMonth: 12, spend: [{ serviceLine: 'DAY_CASE', amount: 2_000_000, date: '2008-03-31' }] });
    expect(monitoring.findings.map((entry) => [entry.code, entry.path])).toEqual([
      ['PROJECTED_OVERSPEND', ['budget', 'lines', 1]],
      ['PROJECTED_OVERSPEND', ['budget']],
    ]);
  });
});

describe('monitorBudget', () => {
  it('straight line: spend to date × 12 ÷ months elapsed, per line and in total, with the budget phased in twelfths', () => {
    const monitoring = monitorBudget({
      budget,
      throughMonth: 3,
      spend: [
        { serviceLine: 'PRESCRIBING', amount: 110_000, month: 1 },
        { serviceLine: 'PRESCRIBING', amount: 100_000, date: '2007-05-31' },
        { serviceLine: 'PRESCRIBING', amount: 120_000, date: '2007-06-30' },
        { serviceLine: 'OUTPATIENT', amount: 40_000, date: '2007-04-02', description: 'first attendances' },
      ],
    });
    // Lines come in catalogue order: OUTPATIENT before PRESCRIBING.
    expect(monitoring.lines).toEqual([
      { serviceLine: 'OUTPATIENT', budget: 600_001, budgetToDate: 150_001, spendToDate: 40_000, varianceToDate: 110_001, forecastOutturn: 160_000, forecastVariance: 440_001, projectedOverspend: false },
      { serviceLine: 'PRESCRIBING', budget: 1_200_000, budgetToDate: 300_000, spendToDate: 330_000, varianceToDate: -30_000, forecastOutturn: 1_320_000, forecastVariance: -120_000, projectedOverspend: true },
    ]);
    expect(monitoring.total).toEqual({
      serviceLine: 'TOTAL',
      budget: 1_800_001,
      budgetToDate: 450_001,
      spendToDate: 370_000,
      varianceToDate: 80_001,
      forecastOutturn: 1_480_000,
      forecastVariance: 320_001,
      projectedOverspend: false,
    });
    expect(monitoring).toMatchObject({ throughMonth: 3, reportedTo: '2007-06-30', final: false, forecastMethod: 'straightLine', projectedOverspend: false });
    expect(monitoring.findings).toMatchObject([{ code: 'PROJECTED_OVERSPEND', outcome: 'warning', path: ['budget', 'lines', 0] }]);
    expect(monitoring.outcome).toMatchObject({ basis: 'forecast', budget: 1_800_001, outturn: 1_480_000, overspent: false, underspend: 320_001 });
    const april = monitoring.months.find((row) => row.serviceLine === 'PRESCRIBING' && row.month === 1);
    expect(april).toEqual({ serviceLine: 'PRESCRIBING', month: 1, label: '2007-04', budget: 100_000, actual: 110_000, forecast: 110_000, cumulativeBudget: 100_000, cumulativeForecast: 110_000 });
    const july = monitoring.months.find((row) => row.serviceLine === 'PRESCRIBING' && row.month === 4);
    expect(july).toMatchObject({ actual: null, forecast: 110_000 });
    expectWellFormed(monitoring);
  });

  it('by profile: the budget phased by the weights and the forecast scaled by the weight elapsed', () => {
    const weights = [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1];
    const monitoring = monitorBudget({ budget: practiceBudget('Z90002', { PRESCRIBING: 1_300_000 }, '2007/08'), throughMonth: 10, spend: [{ serviceLine: 'PRESCRIBING', amount: 1_100_000, month: 10 }], forecast: { method: 'profile', weights } });
    // Weight elapsed 11 of 13: forecast = 1,100,000 × 13 ÷ 11 = 1,300,000.
    expect(monitoring.total).toMatchObject({ budgetToDate: 1_100_000, forecastOutturn: 1_300_000, forecastVariance: 0, projectedOverspend: false });
    expect(monitoring.months.filter((row) => row.serviceLine === 'TOTAL').map((row) => row.budget)).toEqual([100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 200_000, 100_000, 100_000]);
    expect(monitoring.forecastMethod).toBe('profile');
  });

  it('rounds the forecast once, half-up, and spreads the rest exactly over the remaining months', () => {
    const monitoring = monitorBudget({ budget: practiceBudget('Z90002', { PRESCRIBING: 100 }, '2007/08'), throughMonth: 7, spend: [{ serviceLine: 'PRESCRIBING', amount: 10, month: 7 }] });
    // 10 × 12 ÷ 7 = 17.14… → 17; the remaining 7p over five months: 2, 2, 1, 1, 1.
    expect(monitoring.total.forecastOutturn).toBe(17);
    expect(monitoring.months.filter((row) => row.serviceLine === 'PRESCRIBING' && row.month > 7).map((row) => row.forecast)).toEqual([2, 2, 1, 1, 1]);
    expect(monitoring.explanation.children[0]?.notes[0]).toContain('× 12 ÷ 7');
  });

  it('at month 12 the forecast is the outturn and the outcome is final (what incentives read as overspent)', () => {
    const monitoring = monitorBudget({ budget: practiceBudget('Z90002', { PRESCRIBING: 1_200_000 }, '2007/08'), throughMonth: 12, spend: [{ serviceLine: 'PRESCRIBING', amount: 1_200_001, date: '2008-03-31' }] });
    expect(monitoring.final).toBe(true);
    expect(monitoring.outcome).toEqual({
      holder: { kind: 'practice', practiceCode: 'Z90002' },
      financialYear: '2007/08',
      kind: 'indicative',
      basis: 'outturn',
      budget: 1_200_000,
      outturn: 1_200_001,
      variance: -1,
      underspend: 0,
      overspend: 1,
      overspent: true,
    });
    expect(monitoring.findings.map((entry) => entry.message)).toContain('the budget as a whole: outturn £12,000.01 is above the budget of £12,000.00 by £0.01');
    // The outcome passes straight to the outcome schema (incentives and freedUpResources take it).
    expect(BudgetOutcomeInputSchema.safeParse(monitoring.outcome).success).toBe(true);
  });

  it('a zero budget line and a real budget before PBC (a fundholder in 1995/96) are monitored too', () => {
    const monitoring = monitorBudget({ budget: practiceBudget('Z90002', { DAY_CASE: 0, PRESCRIBING: 12 }, '1995/96', 'real'), throughMonth: 6, spend: [] });
    expect(monitoring.total).toMatchObject({ budget: 12, budgetToDate: 6, forecastOutturn: 0, forecastVariance: 12 });
  });

  it('an indicative budget before 2005/06 is outside PBC', () => {
    expectIssue(() => monitorBudget({ budget: practiceBudget('Z90002', { PRESCRIBING: 1 }, '2004/05'), throughMonth: 1, spend: [] }), 'NOT_IN_FORCE', ['budget', 'financialYear']);
  });

  it('refuses negative spend, a month outside the year, a line outside the budget and a spend dated outside the financial year', () => {
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBING', amount: -1, month: 1 }] }), 'INVALID_INPUT', ['spend', 0, 'amount']);
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBING', amount: 1, month: 13 }] }), 'INVALID_INPUT', ['spend', 0, 'month']);
    expectIssue(() => monitorBudget({ budget, throughMonth: 0, spend: [] }), 'INVALID_INPUT', ['throughMonth']);
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'MENTAL_HEALTH', amount: 1, month: 1 }] }), 'INVALID_INPUT', ['spend', 0, 'serviceLine'], 'budget.monitor.lineInBudget');
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBING', amount: 1, date: '2007-03-31' }] }), 'INVALID_INPUT', ['spend', 0, 'date'], 'budget.monitor.spendInYear');
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBING', amount: 1, date: '2007-02-30' }] }), 'INVALID_INPUT', ['spend', 0, 'date']);
  });

  it('refuses spend after the reporting month, and a spend with both or neither of a date and a month', () => {
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBING', amount: 1, date: '2007-07-01' }] }), 'CONFLICTING_INPUT', ['spend', 0, 'date'], 'budget.monitor.spendAfterReportingMonth');
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBING', amount: 1, month: 4 }] }), 'CONFLICTING_INPUT', ['spend', 0, 'month'], 'budget.monitor.spendAfterReportingMonth');
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBING', amount: 1, month: 1, date: '2007-04-01' }] }), 'CONFLICTING_INPUT', ['spend', 0, 'month'], 'budget.monitor.dateOrMonth');
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [{ serviceLine: 'PRESCRIBING', amount: 1 }] }), 'MISSING_INPUT', ['spend', 0, 'month'], 'budget.monitor.dateOrMonth');
    expect(BudgetSpendEntrySchema.safeParse({ serviceLine: 'PRESCRIBING', amount: 1, month: 1, extra: true }).success).toBe(false);
  });

  it('refuses a profile without twelve positive weights and a budget with a line twice', () => {
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [], forecast: { method: 'profile', weights: [1, 2] } }), 'INVALID_INPUT', ['forecast', 'weights']);
    expectIssue(() => monitorBudget({ budget, throughMonth: 3, spend: [], forecast: { method: 'profile', weights: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] } }), 'INVALID_INPUT', ['forecast', 'weights', 0]);
    const twice = practiceBudget('Z90002', { PRESCRIBING: 1 }, '2007/08');
    expectIssue(() => monitorBudget({ budget: { ...twice, lines: [...twice.lines, ...twice.lines] }, throughMonth: 3, spend: [] }), 'INVALID_INPUT', ['budget', 'lines', 1, 'serviceLine'], 'budget.lines.unique');
  });

  it('property: monthly figures add up to the year, lines to the total, and months to date to the figures to date', () => {
    const amount = fc.integer({ min: 0, max: 100_000_000 });
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.record({ line: fc.constantFrom('PRESCRIBING', 'OUTPATIENT'), amount: fc.integer({ min: 0, max: 5_000_000 }), month: fc.integer({ min: 1, max: 12 }) }), { maxLength: 30 }),
        fc.option(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 12, maxLength: 12 }), { nil: undefined }),
        (prescribing, outpatient, throughMonth, entries, weights) => {
          const spend = entries.map((entry) => ({ serviceLine: entry.line, amount: entry.amount, month: Math.min(entry.month, throughMonth) }));
          const monitoring = monitorBudget({
            budget: practiceBudget('Z90002', { PRESCRIBING: prescribing, OUTPATIENT: outpatient }, '2008/09'),
            throughMonth,
            spend,
            ...(weights === undefined ? {} : { forecast: { method: 'profile', weights } }),
          });
          for (const line of [...monitoring.lines, monitoring.total]) {
            const months = monitoring.months.filter((row) => row.serviceLine === line.serviceLine);
            expect(months).toHaveLength(12);
            expect(sumMoney(months.map((row) => row.budget))).toBe(line.budget);
            expect(sumMoney(months.map((row) => row.forecast))).toBe(line.forecastOutturn);
            expect(sumMoney(months.slice(0, throughMonth).map((row) => row.actual ?? pence(0)))).toBe(line.spendToDate);
            expect(months.slice(throughMonth).every((row) => row.actual === null)).toBe(true);
            expect(sumMoney(months.slice(0, throughMonth).map((row) => row.budget))).toBe(line.budgetToDate);
            expect(months[11]?.cumulativeForecast).toBe(line.forecastOutturn);
            expect(line.forecastOutturn).toBeGreaterThanOrEqual(line.spendToDate);
          }
          expect(sumMoney(monitoring.lines.map((line) => line.forecastOutturn))).toBe(monitoring.total.forecastOutturn);
          expect(monitoring.total.spendToDate).toBe(spend.reduce((sum, entry) => sum + entry.amount, 0));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
