/**
 * The reference data on DES uptake and incentive spend (src/policy/datasets/incentive-uptake-and-spend.ts).
 */
import { describe, expect, it } from 'vitest';
import { auditCommissionIncentiveSpend2006, baselinePolicy, desUptakeBySha2006, desUptakeReadings, incentiveSpendFigures } from '../../../src/policy/index.js';

describe('reference data: DES uptake and incentive spend, typed, cited and with a confidence', () => {
  it('31 May 2006: 3,454 of 8,433 practices (41%), Hansard 6 July 2006', () => {
    const may = desUptakeReadings[0];
    expect(may).toMatchObject({ asAt: '2006-05-31', practicesTakingUp: 3454, practicesInEngland: 8433, share: '0.41', confidence: 'confirmed' });
    expect(Math.round((3454 / 8433) * 100)).toBe(41);
  });
  it('later in 2006: 6,260 practices, three in four; 31 March 2007: 96%', () => {
    expect(desUptakeReadings.map((row) => row.id)).toEqual(['dh-2006-05-31', 'dh-2006-08', 'dh-2007-03-31']);
    expect(desUptakeReadings.map((row) => [row.asAt, row.practicesTakingUp, row.share])).toEqual([
      ['2006-05-31', 3454, '0.41'],
      ['2006-08', 6260, '0.75'],
      ['2007-03-31', null, '0.96'],
    ]);
  });
  it('the SHA table sums to the England totals and each percentage rounds from its counts', () => {
    const { rows } = desUptakeBySha2006;
    expect(rows).toHaveLength(28);
    expect(rows.reduce((sum, row) => sum + row.practices, 0)).toBe(8433);
    expect(rows.reduce((sum, row) => sum + row.practicesTakingUp, 0)).toBe(3454);
    for (const row of rows) expect(Math.round((row.practicesTakingUp / row.practices) * 100)).toBe(row.percentage);
    expect(rows.filter((row) => row.practicesTakingUp === 0).map((row) => row.sha)).toEqual(['Somerset and Dorset', 'Hampshire and Isle of Wight', 'Kent and Medway']);
    expect(Math.max(...rows.map((row) => row.percentage))).toBe(79);
  });
  it("the Audit Commission's £98m for 2006/07, confirmed via the King's Fund press release", () => {
    expect(auditCommissionIncentiveSpend2006).toMatchObject({ amount: 9_800_000_000, financialYear: '2006/07', source: 'kf-2008-press-release', confidence: 'confirmed' });
    expect(incentiveSpendFigures[1]).toMatchObject({ qualifier: 'almost', amount: 10_000_000_000 });
  });
  it('every row cites a source in the baseline bibliography, with a matching URL', () => {
    const cited = [...desUptakeReadings, desUptakeBySha2006, ...incentiveSpendFigures];
    for (const row of cited) {
      const source = baselinePolicy.sources[row.source];
      expect(source, row.source).toBeDefined();
      expect(source?.url).toBe(row.sourceUrl);
    }
  });
  it('is frozen', () => {
    expect(Object.isFrozen(desUptakeReadings)).toBe(true);
    expect(Object.isFrozen(desUptakeBySha2006.rows[0])).toBe(true);
    expect(Object.isFrozen(auditCommissionIncentiveSpend2006)).toBe(true);
  });
});
