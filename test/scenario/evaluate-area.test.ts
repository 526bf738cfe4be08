import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateArea, explanationOf, renderExplanation, type ScenarioAreaEvaluation } from '../../src/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { sampleArea, twelve } from './fixtures.js';
import { parametersOf, rulesOf } from './helpers.js';

const yearEnd = (result: ScenarioAreaEvaluation, code: string) => result.yearEnd.find((row) => row.practiceCode === code);

describe('evaluateArea: a PCT year checked by hand (Sample Vale, 2007/08, as of 30 June 2008)', () => {
  const result = evaluateArea(sampleArea(), { policy: baselinePolicy, asOf: '2008-06-30' });

  it('sets budgets by weighted capitation, 60:40 (setIndicativeBudget)', () => {
    // Elective inpatients £500,000 × 6,000/10,000 = £300,000 and × 4,000/10,000 = £200,000;
    // prescribing £1,000,000 the same way: £600,000 and £400,000. The other core lines have no resources.
    const budgetOf = (practice: string, line: string) => result.budgets.find((row) => row.practiceCode === practice && row.serviceLine === line)?.budget;
    expect(budgetOf('Z90001', 'ELECTIVE_INPATIENT')).toBe(30_000_000);
    expect(budgetOf('Z90002', 'ELECTIVE_INPATIENT')).toBe(20_000_000);
    expect(budgetOf('Z90001', 'PRESCRIBING')).toBe(60_000_000);
    expect(budgetOf('Z90002', 'PRESCRIBING')).toBe(40_000_000);
    expect(budgetOf('Z90001', 'DAY_CASE')).toBe(0);
    expect(result.budgets).toHaveLength(10); // 2 practices × 5 lines of the 2007/08 core
    expect(result.budgets.every((row) => row.regime === 'indicative' && row.explanationKey === 'budgets:5ZZ' && row.shaCode === 'Q99')).toBe(true);
    expect(result.pcts[0]).toMatchObject({ pctCode: '5ZZ', controlTotal: 150_000_000, budget: 150_000_000 });
  });

  it('monitors twelve months: Z90001 £24,000 under on prescribing, £12,000 over on elective care', () => {
    const line = (practice: string, serviceLine: string) => result.monitoring.find((row) => row.practiceCode === practice && row.serviceLine === serviceLine);
    // 12 × £48,000 = £576,000 against £600,000; 12 × £26,000 = £312,000 against £300,000.
    expect(line('Z90001', 'PRESCRIBING')).toMatchObject({ spendToDate: 57_600_000, forecastOutturn: 57_600_000, forecastVariance: 2_400_000, projectedOverspend: false, throughMonth: 12 });
    expect(line('Z90001', 'ELECTIVE_INPATIENT')).toMatchObject({ forecastOutturn: 31_200_000, forecastVariance: -1_200_000, projectedOverspend: true });
    expect(line('Z90001', 'TOTAL')).toMatchObject({ budget: 90_000_000, forecastOutturn: 88_800_000, forecastVariance: 1_200_000 });
    expect(result.monitoring).toHaveLength(12); // (5 lines + TOTAL) × 2 practices
    expect(result.final).toBe(true);
    expect(result.throughMonth).toBe(12);
  });

  it('settles the year: Z90001 keeps 70% of its £12,000 net underspend; Z90002 breaks even (freedUpResources)', () => {
    // Z90001: £900,000 − £888,000 = £12,000 under; 70% = £8,400 to the practice, £3,600 to the PCT; released (business case approved).
    expect(yearEnd(result, 'Z90001')).toMatchObject({
      basis: 'outturn',
      budget: 90_000_000,
      outturn: 88_800_000,
      variance: 1_200_000,
      practiceShareRatio: '0.7',
      furPracticeShare: 840_000,
      furPctShare: 360_000,
      furReleased: 840_000,
      releaseStatus: 'released',
      practiceKeeps: 840_000,
      practiceBears: 0,
      pctBears: 0,
      realBudget: 0,
      groupId: 'vale-north',
    });
    // Z90002: £600,000 budget, £180,000 + £420,000 = £600,000 spent: nothing to share, nothing to carry.
    expect(yearEnd(result, 'Z90002')).toMatchObject({ variance: 0, furPracticeShare: 0, releaseStatus: 'nothingToRelease', overspendBorneBy: null, pctBears: 0 });
  });

  it('pays the local scheme: 200p a head in two halves, the second only without an overspend', () => {
    // Z90001: 6,000 × 200p = £12,000 → £6,000 at sign-up, £6,000 at outturn; Z90002: 4,000 × 200p = £8,000.
    // Neither overspent its indicative budget, so both outturn instalments are due: £20,000 in all.
    expect(result.incentives.map((row) => [row.practiceCode, row.item, row.status, row.amount])).toEqual([
      ['Z90001', 'sign-up', 'due', 600_000],
      ['Z90002', 'sign-up', 'due', 400_000],
      ['Z90001', 'outturn', 'due', 600_000],
      ['Z90002', 'outturn', 'due', 400_000],
    ]);
    expect(result.practices.map((row) => row.incentivesDue)).toEqual([1_200_000, 800_000]);
  });

  it('checks the business case, assesses readiness and rolls up the group', () => {
    expect(result.conflicts.length).toBeGreaterThan(0);
    expect(result.conflicts.every((row) => row.caseId === 'BC-5ZZ-2007-001' && row.proposerPracticeCode === 'Z90001' && row.pctCode === '5ZZ')).toBe(true);
    expect(result.conflicts.filter((row) => row.outcome === 'breach' || row.outcome === 'warning')).toEqual([]);
    // Four of the Audit Commission's five factors met, one partial: 4.5 of 5, "some in place".
    expect(result.readiness).toEqual([
      expect.objectContaining({ pctCode: '5ZZ', framework: 'AC2007', rating: 'some_in_place', ready: false, score: '4.5', maximum: '5', metCount: 4, gaps: 1 }),
    ]);
    expect(result.groups).toEqual([
      expect.objectContaining({ groupId: 'vale-north', memberCount: 2, listSize: 10_000, budget: 150_000_000, outturn: 148_800_000, variance: 1_200_000, practiceKeeps: 840_000, incentivesDue: 2_000_000 }),
    ]);
  });

  it('totals the area: £1,500,000 budgeted, £1,488,000 spent, £8,400 kept, £20,000 of incentives', () => {
    expect(result.totals).toEqual({
      shas: 1,
      pcts: 1,
      practices: 2,
      groups: 1,
      listSize: 10_000,
      budget: 150_000_000,
      indicativeBudget: 150_000_000,
      realBudget: 0,
      outturn: 148_800_000,
      variance: 1_200_000,
      furPracticeShare: 840_000,
      furPctShare: 360_000,
      furReleased: 840_000,
      pctPriorClaim: 0,
      realHolderKeeps: 0,
      realHolderBears: 0,
      practiceKeeps: 840_000,
      practiceBears: 0,
      pctBears: 0,
      incentivesDue: 2_000_000,
      businessCases: 1,
      conflictsBreaches: 0,
      conflictsWarnings: 0,
      readinessAssessments: 1,
      readinessReady: 0,
    });
    expect(result).toMatchObject({ areaId: 'sample-vale', financialYear: '2007/08', asOf: '2008-06-30', policyId: 'baseline', reforms: [], realBudgetLines: [] });
  });

  it('explains every record, keyed by its explanationKey', () => {
    const explanations = (key: string) => explanationOf(result, key);
    for (const table of [result.budgets, result.monitoring, result.yearEnd, result.incentives, result.conflicts, result.readiness, result.practices, result.groups, result.pcts]) {
      for (const row of table) expect(explanations(row.explanationKey).rule, row.explanationKey).toMatch(/\./);
    }
    const settlement = explanations('yearEnd:Z90001');
    expect(settlement?.rule).toBe('scenario.yearEnd');
    expect(rulesOf(settlement!)).toEqual(expect.arrayContaining(['scenario.realBudgetLines', 'fur.share', 'budget.balancing']));
    expect(parametersOf(settlement!)).toEqual(expect.arrayContaining(['budget.realBudget.lines', 'fur.practiceShare']));
    expect(renderExplanation(settlement!)).toContain('budget.realBudget.lines');
    expect(rulesOf(explanations('budgets:5ZZ'))).toEqual(expect.arrayContaining(['scenario.pctBudgets', 'budget.setIndicative', 'scenario.realBudgetLines']));
    expect(explanations('incentives:Z90001').children.map((child) => child.rule)).toContain('scenario.yearEnd');
    expect(explanations('groups:vale-north').rule).toBe('scenario.group');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('gives identical tables with explanations off, and no explanations', () => {
    const quiet = evaluateArea(sampleArea(), { policy: baselinePolicy, asOf: '2008-06-30', explanations: false });
    expect(quiet.explanations).toBeNull();
    expect({ ...quiet, explanations: null }).toEqual({ ...result, explanations: null });
  });

  it('uses the baseline when no policy is given', () => {
    expect(evaluateArea(sampleArea(), { asOf: '2008-06-30', explanations: false }).totals).toEqual(result.totals);
  });
});

describe('evaluateArea: before the year is complete', () => {
  // As of 30 September 2007 six months are reported; spend is even, so the straight-line forecast
  // equals the eventual outturn, but the year end rests on a forecast and the outturn instalments wait.
  const result = evaluateArea(sampleArea(), { asOf: '2007-09-30' });

  it('monitors six months and settles on the forecast', () => {
    expect(result.throughMonth).toBe(6);
    expect(result.final).toBe(false);
    const prescribing = result.monitoring.find((row) => row.practiceCode === 'Z90001' && row.serviceLine === 'PRESCRIBING');
    // 6 × £48,000 = £288,000 to date; forecast £288,000 × 12 ÷ 6 = £576,000.
    expect(prescribing).toMatchObject({ throughMonth: 6, spendToDate: 28_800_000, budgetToDate: 30_000_000, forecastOutturn: 57_600_000 });
    expect(yearEnd(result, 'Z90001')).toMatchObject({ basis: 'forecast', furPracticeShare: 840_000 });
  });

  it('leaves the outturn instalments pending: the no-overspend condition is not yet known', () => {
    expect(result.incentives.filter((row) => row.item === 'outturn').map((row) => row.status)).toEqual(['pending', 'pending']);
    expect(result.totals.incentivesDue).toBe(1_000_000);
  });

  it('the last day of a month is reported; the day before is not', () => {
    // Without the business case (submitted in June), nothing in the area is dated after these days.
    const early = { ...sampleArea(), businessCases: [] };
    expect(evaluateArea(early, { asOf: '2007-05-31', explanations: false }).throughMonth).toBe(2);
    expect(evaluateArea(early, { asOf: '2007-05-30', explanations: false }).throughMonth).toBe(1);
    expect(evaluateArea(early, { asOf: '2008-03-31', explanations: false }).final).toBe(true);
    expect(evaluateArea(early, { asOf: '2008-03-30', explanations: false }).final).toBe(false);
  });
});

describe('evaluateArea: invariants', () => {
  it('the practice keeps exactly fur.practiceShare of its net underspend, and the shares add up (any share)', () => {
    const area = sampleArea();
    const single = { ...area, practices: [area.practices[0]!], groups: [], businessCases: [], pcts: area.pcts.map((pct) => ({ ...pct, readiness: [] })) };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 5_000_000 }), (percent, monthly) => {
        const share = (percent / 100).toString();
        const policy = applyReform(baselinePolicy, {
          id: 'share',
          label: 'Another practice share',
          parameters: { 'fur.practiceShare': [{ from: '2007-04-01', value: share, sources: ['hansard-2006-11-06'], confidence: 'unconfirmed' }] },
        });
        const practice = { ...single.practices[0]!, spend: [{ serviceLine: 'PRESCRIBING' as const, months: twelve(monthly) }] };
        const row = evaluateArea({ ...single, practices: [practice] }, { policy, asOf: '2008-06-30', explanations: false }).yearEnd[0]!;
        // Budget £1,500,000: Z90001 alone takes the whole of each line.
        const underspend = Math.max(0, 150_000_000 - 12 * monthly);
        expect(row.furPracticeShare + row.furPctShare).toBe(underspend);
        expect(row.furPracticeShare).toBe(Math.round((underspend * percent) / 100));
        expect(row.practiceKeeps).toBe(row.furPracticeShare);
        expect(row.pctBears).toBe(Math.max(0, 12 * monthly - 150_000_000));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('totals are the sums of the practice rows', () => {
    const result = evaluateArea(sampleArea(), { asOf: '2008-06-30', explanations: false });
    const sum = (field: 'budget' | 'outturn' | 'practiceKeeps' | 'incentivesDue') => result.practices.reduce((acc, row) => acc + row[field], 0);
    expect(result.totals.budget).toBe(sum('budget'));
    expect(result.totals.outturn).toBe(sum('outturn'));
    expect(result.totals.practiceKeeps).toBe(sum('practiceKeeps'));
    expect(result.totals.incentivesDue).toBe(sum('incentivesDue'));
  });
});
