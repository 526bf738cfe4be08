import { describe, expect, it } from 'vitest';
import { parameterAt, validatePolicy } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { pbcError } from '../support/errors.js';

const value = (id: string, date: string): unknown => parameterAt(baselinePolicy, id, date).value;

describe('readiness and entitlement parameters (governance fact sheet §5, model implications A–B)', () => {
  it('the baseline stays clean', () => {
    expect(validatePolicy(baselinePolicy)).toEqual({ ok: true, findings: [] });
  });
  it('entitlements: not in force to 2009-02-28, in force from 2009-03-01', () => {
    expect(value('entitlements.inForce', '2009-02-28')).toBe(false);
    expect(value('entitlements.inForce', '2009-03-01')).toBe(true);
    expect(value('entitlements.inForce', '1991-04-01')).toBe(false);
  });
  it('keeps the ids and values the conflicts area reads: 1 May from 2009-03-01; 56 days from 2009-03-01, none before', () => {
    expect(value('entitlements.budgetIssueBy', '2009-03-01')).toBe('05-01');
    pbcError(() => parameterAt(baselinePolicy, 'entitlements.budgetIssueBy', '2009-02-28'), 'PARAMETER_NOT_IN_FORCE');
    expect(value('entitlements.businessCaseDecisionDays', '2009-02-28')).toBeNull();
    expect(value('entitlements.businessCaseDecisionDays', '2009-03-01')).toBe(56);
    expect(value('entitlements.businessCaseDecisionDays', '2005-04-01')).toBeNull();
  });
  it('the data streams, the "where possible" stream, the support package and the recourse, from 2009-03-01', () => {
    expect(value('entitlements.dataStreams', '2009-03-01')).toEqual(['budgets', 'expenditure', 'referrals', 'prescribing', 'activity']);
    expect(value('entitlements.dataStreamsWherePossible', '2009-03-01')).toEqual(['clinicalPerformance']);
    expect(value('entitlements.supportPackageElements', '2009-03-01')).toEqual(['designatedSupport', 'developmentPlan']);
    expect(value('entitlements.finalRecourse', '2009-03-01')).toBe('SHA');
    for (const id of ['entitlements.dataStreams', 'entitlements.supportPackageElements', 'entitlements.finalRecourse']) {
      pbcError(() => parameterAt(baselinePolicy, id, '2009-02-28'), 'PARAMETER_NOT_IN_FORCE');
    }
  });
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
