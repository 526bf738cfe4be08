import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareScenarios, evaluateArea } from '../../src/index.js';
import { baselinePolicy, realBudgetsForElectiveCareReform } from '../../src/policy/index.js';
import { generateArea } from '../../src/testing/index.js';

// The ten-line script of docs/guide/scenarios.md, word for word.
const SCRIPT = `import { compareScenarios, evaluateArea } from 'practice-based-commissioning/scenario';
import { realBudgetsForElectiveCareReform } from 'practice-based-commissioning/policy';
import { generateArea } from 'practice-based-commissioning/testing';

const england = generateArea({ seed: 2008, scope: 'england', financialYear: '2008/09' });
const year = evaluateArea(england, { asOf: '2009-06-30' });
console.log(year.totals);
const replaced = compareScenarios(england, { reform: realBudgetsForElectiveCareReform, asOf: '2009-06-30' });
console.table(replaced.totals.filter((total) => total.difference !== 0));
console.log(replaced.practices[0]);`;

describe('the scenarios guide', () => {
  it('opens with the ten-line script for England', () => {
    const guide = readFileSync('docs/guide/scenarios.md', 'utf8');
    expect(guide.startsWith('---\ntitle: Scenarios\n---')).toBe(true);
    const first = /```ts\n([\s\S]*?)```/.exec(guide)?.[1]?.trim();
    expect(first).toBe(SCRIPT);
    expect(SCRIPT.split('\n').length).toBeLessThanOrEqual(10);
  });

  it('runs the same steps on one generated PCT (5A0, 2008/09): generate, evaluate, compare with real budgets for elective care', () => {
    const area = generateArea({ seed: 2008, scope: { pct: '5A0' }, financialYear: '2008/09' });
    const year = evaluateArea(area, { policy: baselinePolicy, asOf: '2009-06-30' });
    const replaced = compareScenarios(area, { reform: realBudgetsForElectiveCareReform, asOf: '2009-06-30' });
    const changed = replaced.totals.filter((total) => total.difference !== 0);

    expect(year.totals).toMatchObject({ pcts: 1, practices: 45, listSize: 269_674, budget: 15_259_483_239, outturn: 15_377_325_149, practiceKeeps: 128_641_427, pctBears: 304_428_025, incentivesDue: 21_866_589 });
    // The guide's example practice: £29,069.83 over, carried by the PCT; £2,104.50 of incentives due.
    expect(year.practices[0]).toEqual({
      explanationKey: 'yearEnd:A01001',
      shaCode: 'Q30',
      pctCode: '5A0',
      practiceCode: 'A01001',
      groupId: '5A0-G1',
      listSize: 2806,
      weightedList: 3306.1,
      budget: 198_073_394,
      outturn: 200_980_377,
      variance: -2_906_983,
      practiceKeeps: 0,
      practiceBears: 0,
      pctBears: 2_906_983,
      furReleased: 0,
      incentivesDue: 210_450,
    });
    expect(changed.map((total) => total.measure)).toEqual([
      'indicativeBudget',
      'realBudget',
      'furPracticeShare',
      'furPctShare',
      'furReleased',
      'realHolderKeeps',
      'realHolderBears',
      'practiceKeeps',
      'practiceBears',
      'pctBears',
      'incentivesDue',
    ]);
    expect(changed.find((total) => total.measure === 'practiceKeeps')).toEqual({ measure: 'practiceKeeps', before: 128_641_427, after: 199_740_529, difference: 71_099_102 });
    expect(replaced.practices[0]).toMatchObject({ practiceCode: 'A01001', measure: 'practiceKeeps', before: 0, after: 2_659_758, causes: [{ id: 'budget.realBudget.lines', date: '2008-04-01' }] });
  });
});
