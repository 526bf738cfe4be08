/**
 * The specification of `src/budgets/use-freed-up-resources.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { freedUpResources } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { codes, outcome, RELEASE_SOURCES, USE_SOURCES, withParameter } from './helpers.js';

describe('the uses of freed-up resources and carry-over, under a reform', () => {

  it('uses above the share, and FUR carried over under a reform', () => {
    const fur = freedUpResources(
      { outcome: outcome('2008/09', 10_000, 9_000), businessCase: { status: 'approved' }, proposedUses: [{ description: 'Premises', amount: 800, purpose: 'premises' }], unspentFromPriorYear: 250 },
      { policy: withParameter('fur.carryOver', true) },
    );
    expect(fur.carryOver).toEqual({ allowed: true, unspentFromPriorYear: 250, carriedForward: 250, lapsed: 0 });
    expect(fur.findings).toEqual([
      { code: 'FUR_RELEASED', outcome: 'info', rule: 'fur.release', message: "£7.00 of the practice's £7.00 share is released", sources: RELEASE_SOURCES, path: ['businessCase'] },
      {
        code: 'FUR_USES_EXCEED_SHARE',
        outcome: 'warning',
        rule: 'fur.use',
        message: "the proposed uses add up to £8.00, more than the practice's share of £7.00",
        sources: USE_SOURCES,
        path: ['proposedUses'],
      },
      { code: 'FUR_CARRIED_OVER', outcome: 'info', rule: 'fur.use', message: "£2.50 of last year's freed-up resources carries over", sources: ['dh-2004-engaging-practices'], path: ['unspentFromPriorYear'] },
    ]);
  });
});

describe('the uses of freed-up resources and carry-over', () => {

  it('a proposed use as personal income is a warning, not an error (DH position; disputed by the GPC)', () => {
    const fur = freedUpResources({
      outcome: outcome('2008/09', 1_000_000_000, 990_000_000),
      businessCase: { status: 'approved' },
      proposedUses: [
        { description: 'Community anticoagulation clinic', amount: 5_000_000, purpose: 'patientServices' },
        { description: "Partners' drawings", amount: 2_000_000, purpose: 'personalIncome' },
      ],
    });
    expect(fur.practiceShare).toBe(7_000_000);
    expect(fur.findings.find((entry) => entry.code === 'FUR_PERSONAL_INCOME')).toMatchObject({ outcome: 'warning', path: ['proposedUses', 1, 'purpose'], rule: 'fur.use' });
    const permitted = applyReform(baselinePolicy, {
      id: 'gpc-reading',
      label: 'The GPC reading: savings may be taken as income',
      parameters: { 'fur.personalIncomePermitted': [{ from: '2005-04-01', value: true, sources: ['pulse-gpc-keep-savings'], confidence: 'unconfirmed' }] },
    });
    expect(codes(freedUpResources({ outcome: outcome('2008/09', 100, 90), proposedUses: [{ description: 'x', amount: 1, purpose: 'personalIncome' }] }, { policy: permitted }))).not.toContain('FUR_PERSONAL_INCOME');
  });

  it('proposed uses above the practice\'s share draw a warning', () => {
    const fur = freedUpResources({ outcome: outcome('2008/09', 100, 90), proposedUses: [{ description: 'Premises', amount: 8, purpose: 'premises' }] });
    expect(codes(fur)).toContain('FUR_USES_EXCEED_SHARE');
  });

  it('carry-over: unspent FUR lapses by default (unconfirmed), carries over under a reform', () => {
    const input = { outcome: outcome('2008/09', 100, 100), unspentFromPriorYear: 500 };
    expect(freedUpResources(input).carryOver).toEqual({ allowed: false, unspentFromPriorYear: 500, carriedForward: 0, lapsed: 500 });
    expect(codes(freedUpResources(input))).toEqual(['FUR_LAPSED']);
    const carry = applyReform(baselinePolicy, {
      id: 'carry',
      label: 'FUR carries over',
      parameters: { 'fur.carryOver': [{ from: '2005-04-01', value: true, sources: ['dh-2004-engaging-practices'], confidence: 'unconfirmed' }] },
    });
    expect(freedUpResources(input, { policy: carry }).carryOver).toEqual({ allowed: true, unspentFromPriorYear: 500, carriedForward: 500, lapsed: 0 });
  });
});
