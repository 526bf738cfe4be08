/**
 * The readiness parameters (src/policy/parameters/readiness.ts).
 */
import { describe, expect, it } from 'vitest';
import { baselinePolicy, parameterAt } from '../../../src/policy/index.js';

const value = (id: string, date: string): unknown => parameterAt(baselinePolicy, id, date).value;

describe('readiness parameters (governance fact sheet §5, model implications A–B)', () => {
  it('scoring points and inferred bands, each marked with its confidence', () => {
    expect(parameterAt(baselinePolicy, 'readiness.points.met', '2007-11-22')).toMatchObject({ value: '1', confidence: 'derived' });
    expect(parameterAt(baselinePolicy, 'readiness.points.partial', '2007-11-22')).toMatchObject({ value: '0.5', confidence: 'unconfirmed' });
    expect(parameterAt(baselinePolicy, 'readiness.points.notMet', '2007-11-22')).toMatchObject({ value: '0', confidence: 'derived' });
    expect(parameterAt(baselinePolicy, 'readiness.points.unknown', '2007-11-22')).toMatchObject({ value: '0', confidence: 'unconfirmed' });
    expect(parameterAt(baselinePolicy, 'readiness.ac2007.someInPlaceMinimum', '2007-11-22')).toMatchObject({ value: 2, confidence: 'unconfirmed' });
    expect(parameterAt(baselinePolicy, 'readiness.ac2006.partlyAssuredMinimumShare', '2006-12-01')).toMatchObject({ value: '0.5', confidence: 'unconfirmed' });
    expect(parameterAt(baselinePolicy, 'readiness.kf2008.balanceShare', '2008-11-20')).toMatchObject({ value: '0.5', confidence: 'unconfirmed' });
    expect(parameterAt(baselinePolicy, 'readiness.surveyHeatMap.similarMarginPoints', '2009-03-06')).toMatchObject({ value: 5, confidence: 'unconfirmed' });
  });
  it('universal coverage target: none before January 2006, 31 December 2006 from then', () => {
    expect(value('readiness.universalCoverage.targetDate', '2005-12-31')).toBeNull();
    expect(parameterAt(baselinePolicy, 'readiness.universalCoverage.targetDate', '2006-01-01')).toMatchObject({ value: '2006-12-31', confidence: 'confirmed' });
  });
});
