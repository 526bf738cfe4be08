/**
 * The 2009 entitlement parameters (src/policy/parameters/entitlements.ts).
 */
import { describe, expect, it } from 'vitest';
import { baselinePolicy, parameterAt } from '../../../src/policy/index.js';
import { pbcError } from '../../support/errors.js';

const value = (id: string, date: string): unknown => parameterAt(baselinePolicy, id, date).value;

describe('entitlement parameters (governance fact sheet §5)', () => {
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
});
