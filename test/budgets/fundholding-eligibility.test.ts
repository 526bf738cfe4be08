/**
 * The specification of `src/budgets/fundholding-eligibility.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { applyPerPatientCap, fundholdingEligibility } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { expectWellFormed, withValues } from './helpers.js';
import { expectIssue, pbcError } from '../support/errors.js';
import { addDays } from '../../src/core/index.js';
import fc from 'fast-check';

const one = (listSize: number) => [{ practiceCode: 'A81001', listSize }];

const eligible = (date: string, listSize: number, kind?: 'standard' | 'community') => fundholdingEligibility({ date, practices: one(listSize), ...(kind === undefined ? {} : { kind }) }).eligible;

describe('fundholdingEligibility: the kind of fundholding', () => {

  it('a kind of fundholding not yet in force is refused on the kind', () => {
    const error = pbcError(() => fundholdingEligibility({ date: '1995-06-01', kind: 'community', practices: [{ practiceCode: 'A81001', listSize: 3_500 }] }), 'NOT_IN_FORCE');
    expect(error.issues).toEqual([{ path: ['kind'], message: 'no community fundholding on 1995-06-01', rule: 'fundholding.minimumListSize.community' }]);
  });
});

describe('fundholdingEligibility: grouping refused under a reform', () => {
  it('where practices may not combine, each must reach the minimum alone: not eligible, an error finding citing the 1991 Regulations', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'no-grouping',
      label: 'No grouping of lists',
      parameters: { 'fundholding.groupingAllowed': [{ from: '1991-04-01', to: '1993-03-31', value: false, sources: ['uksi-1991-582'], confidence: 'unconfirmed' }] },
    });
    const result = fundholdingEligibility(
      {
        date: '1992-06-01',
        practices: [
          { practiceCode: 'A81001', listSize: 5_000 },
          { practiceCode: 'A81002', listSize: 6_500 },
        ],
      },
      { policy },
    );
    expect(result.eligible).toBe(false);
    expect(result.listSize).toBe(6_500);
    expect(result.findings).toEqual([
      {
        code: 'FUNDHOLDING_GROUPING_NOT_ALLOWED',
        outcome: 'breach',
        rule: result.explanation.rule,
        message: 'practices may not combine their lists on 1992-06-01; each must reach the minimum alone',
        sources: ['uksi-1991-582'],
        path: ['practices'],
      },
    ]);
  });
});

describe('fundholdingEligibility under a malformed policy', () => {
  it('a wrongly typed "in force" parameter is an invalid policy naming the parameter, not "not in force"', () => {
    const policy = withValues('fundholding.inForce', [{ from: '1991-04-01', value: 'yes', sources: ['hansard-1991-03-13'], confidence: 'unconfirmed' }]);
    expectIssue(() => fundholdingEligibility({ date: '1995-04-01', practices: [{ practiceCode: 'A81001', listSize: 9_000 }] }, { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'fundholding.inForce']);
    expectIssue(() => applyPerPatientCap({ financialYear: '1995/96', patients: [] }, { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'fundholding.inForce']);
  });

  it('a wrongly typed community threshold is an invalid policy naming the parameter', () => {
    const policy = withValues('fundholding.minimumListSize.community', [{ from: '1996-04-01', to: '1999-03-31', value: '3000', sources: ['uksi-1996-706'], confidence: 'unconfirmed' }]);
    expectIssue(() => fundholdingEligibility({ date: '1996-04-01', kind: 'community', practices: [{ practiceCode: 'A81001', listSize: 3_000 }] }, { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'fundholding.minimumListSize.community']);
  });

  it('a scheme never in force under a policy says so without listing dates', () => {
    const policy = withValues('fundholding.inForce', [{ from: '1991-04-01', value: false, sources: ['hansard-1991-03-13'], confidence: 'unconfirmed' }]);
    const error = pbcError(() => fundholdingEligibility({ date: '1995-04-01', practices: [{ practiceCode: 'A81001', listSize: 9_000 }] }, { policy }), 'NOT_IN_FORCE');
    expect(error.issues[0]?.message).toBe('no GP fundholding on 1995-04-01');
  });
});

describe('fundholdingEligibility: list-size thresholds by date', () => {
  it('9,000 patients from 1 April 1991 (Hansard, 13 Mar 1991; SI 1991/582 reg 3)', () => {
    const result = fundholdingEligibility({ date: '1991-04-01', practices: one(8_999) });
    expect(result).toMatchObject({ eligible: false, listSize: 8_999, minimumListSize: 9_000, shortfall: 1, kind: 'standard' });
    expect(result.findings).toMatchObject([{ code: 'FUNDHOLDING_BELOW_MINIMUM_LIST', outcome: 'breach', path: ['practices', 0, 'listSize'] }]);
    expect(eligible('1991-04-01', 9_000)).toBe(true);
    expectWellFormed(result);
  });

  it('7,000 from 1 April 1993 (Hansard, 23 Feb 1993): the day before and the day after', () => {
    expect(eligible('1993-03-31', 7_000)).toBe(false);
    expect(eligible('1993-04-01', 7_000)).toBe(true);
    expect(eligible('1993-04-01', 6_999)).toBe(false);
  });

  it('5,000 standard and 3,000 community from 1 April 1996 (SI 1996/706 Sch 1): the day before and the day after', () => {
    expect(eligible('1996-03-31', 5_000)).toBe(false);
    expect(eligible('1996-04-01', 5_000)).toBe(true);
    expect(eligible('1996-04-01', 4_999)).toBe(false);
    expect(eligible('1996-04-01', 3_000, 'community')).toBe(true);
    expect(eligible('1996-04-01', 2_999, 'community')).toBe(false);
    expectIssue(() => eligible('1996-03-31', 3_000, 'community'), 'NOT_IN_FORCE', ['kind'], 'fundholding.minimumListSize.community');
  });

  it('no fundholding after 31 March 1999, nor before 1 April 1991: an error, not "not eligible"', () => {
    expect(eligible('1999-03-31', 5_000)).toBe(true);
    expectIssue(() => eligible('1999-04-01', 50_000), 'NOT_IN_FORCE', ['date'], 'fundholding.inForce');
    expectIssue(() => eligible('1991-03-31', 50_000), 'NOT_IN_FORCE', ['date'], 'fundholding.inForce');
  });

  it('smaller practices could group to reach the minimum (1991 Regulations, reg 3)', () => {
    const grouped = fundholdingEligibility({ date: '1991-04-01', practices: [{ practiceCode: 'A81001', listSize: 5_000 }, { practiceCode: 'A81002', listSize: 4_000 }] });
    expect(grouped).toMatchObject({ eligible: true, listSize: 9_000, practiceCodes: ['A81001', 'A81002'] });
    expect(grouped.findings).toMatchObject([{ code: 'FUNDHOLDING_GROUPED' }]);
    const short = fundholdingEligibility({ date: '1991-04-01', practices: [{ practiceCode: 'A81001', listSize: 5_000 }, { practiceCode: 'A81002', listSize: 3_999 }] });
    expect(short.findings.map((entry) => [entry.code, entry.path])).toEqual([
      ['FUNDHOLDING_GROUPED', ['practices']],
      ['FUNDHOLDING_BELOW_MINIMUM_LIST', ['practices']],
    ]);
  });

  it('where a reform forbids grouping, the practices are not eligible together', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'no-grouping',
      label: 'No grouping',
      parameters: { 'fundholding.groupingAllowed': [{ from: '1993-04-01', to: '1999-03-31', value: false, sources: ['bmj-1995-fundholding-extension'], confidence: 'unconfirmed' }] },
    });
    const result = fundholdingEligibility({ date: '1995-04-01', practices: [{ practiceCode: 'A81001', listSize: 8_000 }, { practiceCode: 'A81002', listSize: 4_000 }] }, { policy });
    expect(result).toMatchObject({ eligible: false, listSize: 8_000 });
    expect(result.findings).toMatchObject([{ code: 'FUNDHOLDING_GROUPING_NOT_ALLOWED', outcome: 'breach' }]);
  });

  it('refuses a list size that is not a whole number, a negative one, a practice twice and an empty list', () => {
    expectIssue(() => eligible('1995-04-01', 7_000.5), 'INVALID_INPUT', ['practices', 0, 'listSize']);
    expectIssue(() => eligible('1995-04-01', -1), 'INVALID_INPUT', ['practices', 0, 'listSize']);
    expectIssue(() => fundholdingEligibility({ date: '1995-04-01', practices: [...one(1), ...one(2)] }), 'INVALID_INPUT', ['practices', 1, 'practiceCode'], 'fundholding.uniquePractices');
    expectIssue(() => fundholdingEligibility({ date: '1995-04-01', practices: [] }), 'INVALID_INPUT', ['practices']);
    expectIssue(() => fundholdingEligibility({ date: '1995-02-30', practices: one(1) }), 'INVALID_INPUT', ['date']);
  });

  it('property: on any date in the scheme, eligibility is exactly "list size at least the minimum in force"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_921 }), fc.integer({ min: 0, max: 12_000 }), (offset, listSize) => {
        const date = addDays('1991-04-01', offset); // 2,921 days on is 1999-03-31
        const result = fundholdingEligibility({ date, practices: one(listSize) });
        const minimum = date < '1993-04-01' ? 9_000 : date < '1996-04-01' ? 7_000 : 5_000;
        expect(result.minimumListSize).toBe(minimum);
        expect(result.eligible).toBe(listSize >= minimum);
      }),
      { numRuns: 1000 },
    );
  });
});
