/**
 * The conflicts parameters (src/policy/parameters/conflicts.ts).
 */
import { describe, expect, it } from 'vitest';
import { baselinePolicy, parameterAt } from '../../../src/policy/index.js';
import { pbcError } from '../../support/errors.js';

describe('the conflicts parameters', () => {
  const value = (id: string, date: string): unknown => parameterAt(baselinePolicy, id, date).value;
  it('the tender threshold has no default (null): the sources disagree about £150,000', () => {
    expect(parameterAt(baselinePolicy, 'conflicts.procurement.tenderThreshold', '2009-01-01')).toMatchObject({ value: null, unit: 'pence', confidence: 'derived' });
    expect(parameterAt(baselinePolicy, 'conflicts.procurement.tenderThreshold', '2009-01-01').note).toContain('£150,000');
  });
  it('a non-executive chair and the declaration interval are local decisions (null)', () => {
    expect(value('conflicts.panel.nonExecutiveChairRequired', '2008-01-01')).toBeNull();
    expect(value('conflicts.register.declarationMaxAgeDays', '2008-01-01')).toBeNull();
  });
  it('the minimum list is in force from 2007-12-01 and not the day before', () => {
    expect(value('conflicts.minimumConflictingInterests', '2007-12-01')).toEqual([
      'director',
      'non_executive_director',
      'owner',
      'part_owner',
      'employee',
      'partner_or_employee_of_director',
      'close_relative_of_director',
      'close_relative_of_practice_member',
    ]);
    pbcError(() => parameterAt(baselinePolicy, 'conflicts.minimumConflictingInterests', '2007-11-30'), 'PARAMETER_NOT_IN_FORCE');
  });
  it('the PRCC were in force from December 2007 to October 2010', () => {
    expect(value('conflicts.prcc.inForce', '2007-11-30')).toBe(false);
    expect(value('conflicts.prcc.inForce', '2007-12-01')).toBe(true);
    expect(value('conflicts.prcc.inForce', '2010-10-31')).toBe(true);
    expect(value('conflicts.prcc.inForce', '2010-11-01')).toBe(false);
  });
  it('the eight-week limit is read from the entitlements parameter (56 days from 2009-03-01)', () => {
    expect(value('entitlements.businessCaseDecisionDays', '2009-02-28')).toBeNull();
    expect(value('entitlements.businessCaseDecisionDays', '2009-03-01')).toBe(56);
  });
});
