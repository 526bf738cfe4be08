import { describe, expect, it } from 'vitest';
import { isPbcError } from '../../src/index.js';
import { parameterAt, validatePolicy } from '../../src/policy/index.js';
import {
  auditCommissionIncentiveSpend2006,
  baselinePolicy,
  desUptakeBySha2006,
  desUptakeReadings,
  incentiveSpendFigures,
} from '../../src/policy/index.js';

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

describe('incentive parameters: dated, cited, on both sides of each change', () => {
  const value = (id: string, date: string): unknown => parameterAt(baselinePolicy, id, date).value;
  const notInForce = (id: string, date: string): boolean => {
    try {
      parameterAt(baselinePolicy, id, date);
      return false;
    } catch (error) {
      return isPbcError(error, 'PARAMETER_NOT_IN_FORCE');
    }
  };
  it('the policy stays clean', () => {
    expect(validatePolicy(baselinePolicy)).toEqual({ ok: true, findings: [] });
  });
  it('the DES parameters hold for 2006/07 only', () => {
    for (const id of ['des.term.firstDay', 'des.term.lastDay', 'des.c1.requiresIndicativeBudget', 'des.c1.listSizeBasis', 'des.c1.listSizeDate', 'des.c1.paymentTiming', 'des.c2.paymentTiming', 'england.registeredPatients']) {
      expect(notInForce(id, '2006-03-31'), id).toBe(true);
      expect(notInForce(id, '2007-04-01'), id).toBe(true);
      expect(parameterAt(baselinePolicy, id, '2006-04-01').id).toBe(id);
    }
    expect(value('des.term.firstDay', '2007-03-31')).toBe('2006-04-01');
    expect(value('des.term.lastDay', '2006-04-01')).toBe('2007-03-31');
    expect(parameterAt(baselinePolicy, 'des.c1.requiresIndicativeBudget', '2006-04-01')).toMatchObject({ value: true, confidence: 'derived' });
    expect(parameterAt(baselinePolicy, 'des.c1.listSizeDate', '2006-04-01')).toMatchObject({ value: '2006-04-01', confidence: 'unconfirmed' });
    expect(parameterAt(baselinePolicy, 'des.c2.paymentTiming', '2006-04-01')).toMatchObject({ value: 'next-monthly-global-sum', confidence: 'confirmed' });
    expect(parameterAt(baselinePolicy, 'england.registeredPatients', '2006-04-01')).toMatchObject({ value: 52_706_250, confidence: 'derived' });
  });
  it('local scheme parameters start on 1 April 2007; the global sum day from April 2004', () => {
    expect(notInForce('local.floorPerPatient', '2007-03-31')).toBe(true);
    expect(value('local.floorPerPatient', '2007-04-01')).toBe(190);
    expect(notInForce('local.requireNoOverspend', '2007-03-31')).toBe(true);
    expect(value('local.requireNoOverspend', '2007-04-01')).toBe(true);
    expect(notInForce('gms.globalSum.paymentDay', '2004-03-31')).toBe(true);
    expect(value('gms.globalSum.paymentDay', '2004-04-01')).toBe('last-day-of-month');
  });
  it('England’s registered population is 8,433 practices × 6,250 patients', () => {
    expect(value('england.registeredPatients', '2006-04-01')).toBe(8433 * 6250);
  });
});
