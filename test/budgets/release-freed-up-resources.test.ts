/**
 * The specification of `src/budgets/release-freed-up-resources.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { type Explanation, freedUpResources } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { expectIssue } from '../support/errors.js';
import { codes, outcome } from './helpers.js';

/** The child explanation with `rule`. */
const childOf = (explanation: Explanation, rule: string): Explanation | undefined => explanation.children.find((child) => child.rule === rule);

describe('the release of freed-up resources: the explanation', () => {
  it('records the practice share and a missing business case as not submitted', () => {
    const fur = freedUpResources({ outcome: outcome('2008/09', 1_000, 900) });
    expect(childOf(fur.explanation, 'fur.release')?.inputs).toEqual({ practiceShare: 70, businessCase: 'notSubmitted' });
  });
});

describe('the release of freed-up resources: the business case', () => {

  it('release needs an approved business case: approved in part, pending, rejected, not submitted', () => {
    const base = { outcome: outcome('2008/09', 1_000_000_000, 990_000_000) };
    expect(freedUpResources({ ...base, businessCase: { status: 'approved', approvedAmount: 3_000_000 } })).toMatchObject({ released: 3_000_000, notReleased: 4_000_000, releaseStatus: 'partlyReleased' });
    expect(freedUpResources({ ...base, businessCase: { status: 'approved', approvedAmount: 9_000_000 } })).toMatchObject({ released: 7_000_000, releaseStatus: 'released' });
    expect(freedUpResources({ ...base, businessCase: { status: 'pending' } }).releaseStatus).toBe('awaitingBusinessCase');
    const refused = freedUpResources({ ...base, businessCase: { status: 'rejected' } });
    expect(refused.releaseStatus).toBe('refused');
    expect(codes(refused)).toEqual(['FUR_BUSINESS_CASE_REJECTED']);
    expect(freedUpResources(base).releaseStatus).toBe('awaitingBusinessCase');
    const noCaseNeeded = applyReform(baselinePolicy, {
      id: 'automatic-release',
      label: 'Released without a business case',
      parameters: { 'fur.releaseRequiresApprovedBusinessCase': [{ from: '2005-04-01', value: false, sources: ['pulse-what-next-for-fur'], confidence: 'unconfirmed' }] },
    });
    expect(freedUpResources(base, { policy: noCaseNeeded })).toMatchObject({ released: 7_000_000, releaseStatus: 'released' });
    expectIssue(() => freedUpResources({ ...base, businessCase: { status: 'pending', approvedAmount: 1 } }), 'CONFLICTING_INPUT', ['businessCase', 'approvedAmount'], 'fur.release.approvedAmountOnlyWhenApproved');
  });
});
