/**
 * The specification of `src/budgets/resolve-budget-scope.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { resolveBudgetScope, setIndicativeBudget } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { CORE_LINES, expectWellFormed, practice, reform, request, untyped } from './helpers.js';
import { expectIssue } from '../support/errors.js';

describe('the scope, through setIndicativeBudget', () => {
  it('a line listed twice in the scope is refused at its position', () => {
    expectIssue(
      () => setIndicativeBudget(request({ scope: { lines: [...CORE_LINES, 'PRESCRIBING'] } })),
      'INVALID_INPUT',
      ['scope', 'lines', 5],
      'budget.scope.uniqueLines',
    );
  });

  it('a scope without a line of the mandatory core is refused on the scope', () => {
    const lines = CORE_LINES.filter((line) => line !== 'PRESCRIBING');
    const error = expectIssue(
      () => setIndicativeBudget(request({ scope: { lines }, pctResources: lines.map((serviceLine) => ({ serviceLine, amount: 0 })), practices: [practice('Z90001', undefined)] })),
      'INVALID_INPUT',
      ['scope', 'lines'],
      'budget.scope.mandatoryCore',
    );
    expect(error.issues).toHaveLength(1);
  });

  it('a line id the library does not know in a reformed mandatory list is ignored, not demanded of the scope', () => {
    const policy = reform('budget.scope.mandatoryLines', [{ from: '2005-04-01', to: '2010-03-31', value: [...CORE_LINES, 'DENTAL'] }]);
    const set = setIndicativeBudget(request({ scope: { lines: [...CORE_LINES] } }), { policy });
    expect(set.scope).toEqual([...CORE_LINES]);
    expect(resolveBudgetScope({ financialYear: '2007/08' }, { policy }).mandatory).toEqual([...CORE_LINES]);
  });

  it('resolveBudgetScope notes the specialised lines included at the caller\'s request', () => {
    const scope = resolveBudgetScope({ financialYear: '2007/08', include: ['TERTIARY_SPECIALISED'] });
    expect(scope.explanation.notes[0]).toBe("included at the caller's request although excluded by default: TERTIARY_SPECIALISED");
    // A PCT that also holds mental health back unless asked: both named, in catalogue order.
    const policy = reform('budget.scope.excludedUnlessIncludedLines', [{ from: '2005-04-01', value: ['MENTAL_HEALTH', 'TERTIARY_SPECIALISED'] }]);
    const both = resolveBudgetScope({ financialYear: '2007/08', include: ['TERTIARY_SPECIALISED', 'MENTAL_HEALTH'] }, { policy });
    expect(both.excludedIncluded).toEqual(['MENTAL_HEALTH', 'TERTIARY_SPECIALISED']);
    expect(both.explanation.notes[0]).toBe("included at the caller's request although excluded by default: MENTAL_HEALTH, TERTIARY_SPECIALISED");
  });
});

describe('the scope under a reform', () => {

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
});

describe('resolveBudgetScope', () => {
  it('gives the mandatory core by default, leaving the rest with the PCT (2007/08)', () => {
    const scope = resolveBudgetScope({ financialYear: '2007/08' });
    expect(scope.lines).toEqual([...CORE_LINES]);
    expect(scope.mandatory).toEqual([...CORE_LINES]);
    expect(scope.optionalIncluded).toEqual([]);
    expect(scope.leftWithPct).toEqual(['A_AND_E', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH', 'DIAGNOSTICS', 'TERTIARY_SPECIALISED', 'OTHER']);
    expectWellFormed(scope);
  });

  it('adds optional lines, and specialised services only when included (HSJ 30 Sep 2004: specialist commissioning excluded)', () => {
    const scope = resolveBudgetScope({ financialYear: '2007/08', include: ['MENTAL_HEALTH', 'TERTIARY_SPECIALISED', 'PRESCRIBING'] });
    expect(scope.lines).toEqual(['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING', 'MENTAL_HEALTH', 'TERTIARY_SPECIALISED']);
    expect(scope.optionalIncluded).toEqual(['MENTAL_HEALTH']);
    expect(scope.excludedIncluded).toEqual(['TERTIARY_SPECIALISED']);
    expect(scope.explanation.notes.join(' ')).toContain('TERTIARY_SPECIALISED');
  });

  it('changes on 1 April 2010: the day before, the core; the day after, all resources but specialised (2009 vision)', () => {
    expect(resolveBudgetScope({ financialYear: '2009/10' }).lines).toHaveLength(5);
    expect(resolveBudgetScope({ financialYear: '2010/11' }).lines).toHaveLength(10);
    expect(resolveBudgetScope({ financialYear: '2010/11' }).leftWithPct).toEqual(['TERTIARY_SPECIALISED']);
  });

  it('is not in force before 2005/06', () => {
    expectIssue(() => resolveBudgetScope({ financialYear: '2004/05' }), 'NOT_IN_FORCE', ['financialYear'], 'budget.indicative.inForce');
    expect(resolveBudgetScope({ financialYear: '2005/06' }).lines).toHaveLength(5);
  });

  it('refuses a line listed twice, a malformed year, and a line a reformed policy no longer allows', () => {
    expectIssue(() => resolveBudgetScope({ financialYear: '2007/08', include: ['DIAGNOSTICS', 'DIAGNOSTICS'] }), 'INVALID_INPUT', ['include', 1], 'budget.scope.uniqueLines');
    expectIssue(() => resolveBudgetScope({ financialYear: '2007-08' }), 'INVALID_INPUT', ['financialYear']);
    expectIssue(() => resolveBudgetScope({ financialYear: '2007/08', include: [untyped('NONSENSE')] }), 'INVALID_INPUT', ['include', 0]);
    const narrower = applyReform(baselinePolicy, {
      id: 'no-other',
      label: 'OTHER may not be devolved',
      parameters: { 'budget.scope.optionalLines': [{ from: '2005-04-01', to: '2010-03-31', value: ['A_AND_E', 'COMMUNITY_SERVICES', 'MENTAL_HEALTH', 'DIAGNOSTICS'], sources: ['diabetesonthenet-pbc-responsibilities'], confidence: 'unconfirmed' }] },
    });
    expectIssue(() => resolveBudgetScope({ financialYear: '2007/08', include: ['OTHER'] }, { policy: narrower }), 'INVALID_INPUT', ['include', 0], 'budget.scope.allowedLine');
  });
});

describe('the scope, through setIndicativeBudget: refusals', () => {

  it('refuses a scope without the mandatory core, or with a line the policy does not allow', () => {
    expectIssue(() => setIndicativeBudget(request({ scope: { lines: ['PRESCRIBING'] } })), 'INVALID_INPUT', ['scope', 'lines'], 'budget.scope.mandatoryCore');
  });
});
