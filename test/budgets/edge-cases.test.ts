import { describe, expect, it } from 'vitest';
import { applyPerPatientCap, apportionGroupBudget, compareBudgetRegimes, fundholdingEligibility, fundholdingSavingsWindow, priceHistoricActivity, resolveBudgetScope, setIndicativeBudget } from '../../src/index.js';
import { pence } from '../../src/core/index.js';
import { applyReform, type Parameter, type Policy } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { scaleMoney, sumDecimal } from '../../src/budgets/internal.js';
import { CORE_LINES, practiceBudget, untyped } from './helpers.js';
import { expectIssue, pbcError } from '../support/errors.js';

/** A policy with one parameter's values replaced outright (bypassing the reform checks, to test the rules' own guards). */
function withValues(id: string, values: Parameter['values']): Policy {
  const parameter = baselinePolicy.parameters[id]!;
  return { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, [id]: { ...parameter, values } } };
}

describe('guards against a malformed policy', () => {
  it('a wrongly typed "in force" parameter is an invalid policy naming the parameter, not "not in force"', () => {
    const policy = withValues('fundholding.inForce', [{ from: '1991-04-01', value: 'yes', sources: ['hansard-1991-03-13'], confidence: 'unconfirmed' }]);
    expectIssue(() => fundholdingEligibility({ date: '1995-04-01', practices: [{ practiceCode: 'A81001', listSize: 9_000 }] }, { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'fundholding.inForce']);
    expectIssue(() => applyPerPatientCap({ financialYear: '1995/96', patients: [] }, { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'fundholding.inForce']);
  });

  it('a wrongly typed threshold is an invalid policy naming the parameter', () => {
    const policy = withValues('budget.paceOfChange.threshold', [{ from: '2007-04-01', value: 10, sources: ['dh-2006-fair-shares-toolkit'], confidence: 'unconfirmed' }]);
    expectIssue(
      () => setIndicativeBudget({ pctCode: '5ZZ', financialYear: '2007/08', method: 'blended', pctResources: CORE_LINES.map((serviceLine) => ({ serviceLine, amount: 0 })), practices: [{ practiceCode: 'Z90001', weightedPopulation: 1 }] }, { policy }),
      'INVALID_POLICY',
      ['policy', 'parameters', 'budget.paceOfChange.threshold'],
    );
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

describe('reform-only paths', () => {
  it('a local marginal rate with no national baseline year still prices emergency activity above the baseline', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'local-marginal-rate',
      label: 'A PCT pays 60% above its own baseline in 2008/09',
      parameters: { 'tariff.nonElective.marginalRate': [{ from: '2008-04-01', to: '2009-03-31', value: '0.6', sources: ['reckon-2006-tariff-2007-08'], confidence: 'unconfirmed' }] },
    });
    const priced = priceHistoricActivity({ financialYear: '2008/09', activity: [{ serviceLine: 'NON_ELECTIVE', count: 12, unitPrice: 1_000, baselineCount: 10 }] }, { policy });
    expect(priced.total).toBe(11_200);
    expect(priced.explanation.notes[0]).toBe('emergency activity above the baseline is priced at 0.6 of the tariff');
  });

  it('a scope line a reformed policy no longer allows is refused in setIndicativeBudget', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'no-diagnostics',
      label: 'Diagnostics may not be devolved',
      parameters: { 'budget.scope.optionalLines': [{ from: '2005-04-01', to: '2010-03-31', value: ['A_AND_E', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH', 'OTHER'], sources: ['diabetesonthenet-pbc-responsibilities'], confidence: 'unconfirmed' }] },
    });
    const lines = [...CORE_LINES, 'DIAGNOSTICS' as const];
    expectIssue(
      () => setIndicativeBudget({ pctCode: '5ZZ', financialYear: '2007/08', method: 'weightedCapitation', scope: { lines }, pctResources: lines.map((serviceLine) => ({ serviceLine, amount: 1 })), practices: [{ practiceCode: 'Z90001', weightedPopulation: 1 }] }, { policy }),
      'INVALID_INPUT',
      ['scope', 'lines', 5],
      'budget.scope.allowedLine',
    );
  });

  it('from 2010/11 a scope including specialised services leaves nothing with the PCT', () => {
    const scope = resolveBudgetScope({ financialYear: '2010/11', include: ['TERTIARY_SPECIALISED'] });
    expect(scope.leftWithPct).toEqual([]);
    expect(scope.explanation.notes).toEqual(['included at the caller\'s request although excluded by default: TERTIARY_SPECIALISED']);
  });

  it('a transfer of savings after a window ends does not cut it short', () => {
    const policy = applyReform(baselinePolicy, {
      id: 'late-transfer',
      label: 'Savings transferred in 2002',
      parameters: { 'fundholding.savingsTransferredOn': [{ from: '1999-04-01', value: '2002-04-01', sources: ['uksi-1999-2541'], confidence: 'unconfirmed' }] },
    });
    expect(fundholdingSavingsWindow({ financialYear: '1996/97', savings: 1 }, { policy })).toMatchObject({ spendBy: '2001-03-31', transferredOn: null, findings: [] });
  });
});

describe('other edges', () => {
  it('a devolved line exactly on budget: the holder neither keeps nor bears anything on it', () => {
    const comparison = compareBudgetRegimes({ holder: { kind: 'practice', practiceCode: 'Z90001' }, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', budget: 10, outturn: 10 }], realBudgetLines: ['PRESCRIBING'] });
    expect(comparison.regimes[1]).toMatchObject({ holderKeeps: 0, holderBears: 0, pctKeeps: 0, pctBears: 0 });
  });

  it('member budgets held by a group are refused as an apportionment basis', () => {
    const group = { kind: 'group' as const, groupId: 'g', memberPracticeCodes: ['Z90001'] };
    expectIssue(
      () => apportionGroupBudget({ group, financialYear: '2008/09', lines: [{ serviceLine: 'PRESCRIBING', amount: 1 }], basis: { by: 'memberBudgets', budgets: [{ ...practiceBudget('Z90001', { PRESCRIBING: 1 }), holder: group }] } }),
      'INVALID_INPUT',
      ['basis', 'budgets', 0, 'holder', 'kind'],
      'budget.group.memberBudget',
    );
  });

  it('input that is not an object at all is refused at the root', () => {
    const error = expectIssue(() => setIndicativeBudget(untyped(null)), 'INVALID_INPUT', []);
    expect(error.message).toContain('(root)');
  });

  it('scaling money refuses a zero denominator; decimals sum without floating-point drift', () => {
    pbcError(() => scaleMoney(pence(10), 1, 0), 'INVALID_RATE');
    expect(scaleMoney(pence(10), 12, 7)).toBe(17);
    expect(sumDecimal([0.1, 0.2])).toBe('0.3');
  });
});
