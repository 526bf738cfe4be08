/**
 * The incentives parameters of the baseline policy (src/policy/parameters/incentives.ts): dated, cited, on both sides of each change.
 */
import { describe, expect, it } from 'vitest';
import { isPbcError } from '../../../src/index.js';
import { baselinePolicy, parameterAt, validatePolicy } from '../../../src/policy/index.js';

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
