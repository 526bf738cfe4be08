/**
 * `budget.managementAllowance`: a PBC group's management allowance for the year, beside its budget
 * and freed-up resources (DH's 2008 expectation; the figure a PCT's own, or an unconfirmed default).
 */
import { describe, expect, it } from 'vitest';
import { managementAllowance } from '../../src/index.js';
import { applyReform, baselinePolicy, budgetsRuleCatalogue, parameterAt } from '../../src/policy/index.js';
import { expectIssue } from '../support/errors.js';

const leodis = { groupId: 'leodis', financialYear: '2009/10', registeredPatients: 203_000 } as const;

describe('budget.managementAllowance', () => {
  it('without a local figure, from 2008/09: the unconfirmed default of £2 per head, with a warning saying so', () => {
    const result = managementAllowance({ ...leodis, budget: 12_000_000_000, freedUpResources: 45_000_000 });
    expect(result).toMatchObject({ allowance: 40_600_000, basis: 'national_default_per_head', expected: true });
    expect(result.row).toEqual({ groupId: 'leodis', financialYear: '2009/10', registeredPatients: 203_000, budget: 12_000_000_000, freedUpResources: 45_000_000, managementAllowance: 40_600_000, allowanceShareOfBudget: '0.0034' });
    expect(result.findings.map((finding) => `${finding.code} ${finding.outcome}`)).toEqual(['MANAGEMENT_ALLOWANCE_DEFAULT warning', 'MANAGEMENT_ALLOWANCE info']);
    expect(result.findings[0]?.message).toContain('£406,000.00 is 200p per head of 203,000 patients');
    expect(result.findings[0]?.message).toContain('unconfirmed');
  });
  it("the PCT's own figure, per head or per group, is used as given", () => {
    expect(managementAllowance({ ...leodis, local: { perHead: 150 } })).toMatchObject({ allowance: 30_450_000, basis: 'local_per_head' });
    const perGroup = managementAllowance({ ...leodis, local: { perGroup: 25_000_000 } });
    expect(perGroup).toMatchObject({ allowance: 25_000_000, basis: 'local_per_group' });
    expect(perGroup.findings.map((finding) => finding.code)).toEqual(['MANAGEMENT_ALLOWANCE']);
    expect(perGroup.row).toMatchObject({ budget: null, freedUpResources: null, allowanceShareOfBudget: null });
  });
  it('North Bradford, February 2005 (HSJ): £50,000 per 10,000 patients is £5 per head; for its 93,000 patients, £465,000', () => {
    const result = managementAllowance({ groupId: 'north-bradford', financialYear: '2005/06', registeredPatients: 93_000, local: { perHead: 500 } });
    expect(result).toMatchObject({ allowance: 46_500_000, basis: 'local_per_head', expected: false });
  });
  it('before July 2008 there was no national expectation: none unless the PCT gave one', () => {
    const result = managementAllowance({ ...leodis, financialYear: '2007/08' });
    expect(result).toMatchObject({ allowance: null, basis: 'none', expected: false });
    expect(result.findings).toEqual([expect.objectContaining({ code: 'NO_MANAGEMENT_ALLOWANCE_EXPECTED', outcome: 'info' })]);
  });
  it('2008/09, when DH began to expect an allowance on 1 July 2008, part way through the year: none is worked out, and a warning says why and what to give', () => {
    const result = managementAllowance({ ...leodis, financialYear: '2008/09' });
    expect(result).toMatchObject({ allowance: null, basis: 'none', expected: false });
    expect(result.findings.map((finding) => `${finding.code} ${finding.outcome}`)).toEqual(['MANAGEMENT_ALLOWANCE_EXPECTED_MID_YEAR warning']);
    expect(result.findings[0]?.message).toContain('from 2008-07-01, part way through 2008/09');
    expect(result.findings[0]?.message).toContain('local.perHead or local.perGroup');
    // The reading of the later value is in the explanation.
    expect(result.explanation.parameters.filter((reading) => reading.id === 'budget.managementAllowance.expected').map((reading) => [reading.from, reading.value])).toEqual([
      ['2005-04-01', false],
      ['2008-07-01', true],
    ]);
    // A year with no change inside it (2007/08) keeps the plain note; the PCT's own figure in 2008/09 is used.
    expect(managementAllowance({ ...leodis, financialYear: '2008/09', local: { perHead: 200 } })).toMatchObject({ allowance: 40_600_000, basis: 'local_per_head' });
  });
  it('an allowance of nothing while DH expected one is a warning', () => {
    const result = managementAllowance({ ...leodis, local: { perGroup: 0 } });
    expect(result.findings.map((finding) => `${finding.code} ${finding.outcome}`)).toEqual(['NO_MANAGEMENT_ALLOWANCE_PAID warning', 'MANAGEMENT_ALLOWANCE info']);
  });
  it('a reform can set the alternative default (£5 per head) or none', () => {
    const five = applyReform(baselinePolicy, { id: 'five', label: '£5 per head', parameters: { 'budget.managementAllowance.perHead': [{ from: '2008-07-01', to: '2013-03-31', value: 500, sources: ['hsj-2005-02-north-bradford'], confidence: 'unconfirmed' }] } });
    expect(managementAllowance(leodis, { policy: five }).allowance).toBe(101_500_000);
    const none = applyReform(baselinePolicy, { id: 'none', label: 'No default', parameters: { 'budget.managementAllowance.perHead': [{ from: '2008-07-01', to: '2013-03-31', value: null, sources: ['pulse-2008-darzi-special'], confidence: 'unconfirmed' }] } });
    expect(managementAllowance(leodis, { policy: none })).toMatchObject({ allowance: null, basis: 'none', findings: [] });
  });
  it('says what it found, in findings placed on the local figures and citing the rule\'s sources', () => {
    const sources = budgetsRuleCatalogue.find((rule) => rule.id === 'budget.managementAllowance')!.sources;
    const unpaid = managementAllowance({ ...leodis, local: { perGroup: 0 } }).findings[0]!;
    expect(unpaid).toMatchObject({ message: 'the PCT paid group leodis no management allowance for 2009/10, although DH expected every PCT to provide one', sources, path: ['local'] });
    const early = managementAllowance({ ...leodis, financialYear: '2007/08' }).findings[0]!;
    expect(early).toMatchObject({ message: 'DH did not yet expect PCTs to provide a management allowance on 2007-04-01, and the PCT gave none', sources, path: ['local'] });
    expect(managementAllowance(leodis).findings[0]).toMatchObject({ code: 'MANAGEMENT_ALLOWANCE_DEFAULT', sources, path: ['local'] });
    expect(sources.length).toBeGreaterThan(0);
  });
  it('explains the figures it used: the local amount per group, and no national default read when none was expected', () => {
    expect(managementAllowance({ ...leodis, local: { perGroup: 25_000_000 } }).explanation.inputs).toMatchObject({ 'local.perGroup': 25_000_000 });
    const early = managementAllowance({ ...leodis, financialYear: '2007/08' });
    expect(early.explanation.parameters.map((reading) => reading.id)).not.toContain('budget.managementAllowance.perHead');
  });
  it('gives no share of the budget when there is no allowance or the budget is nothing', () => {
    expect(managementAllowance({ ...leodis, financialYear: '2007/08', budget: 1_000_000 }).row.allowanceShareOfBudget).toBeNull();
    expect(managementAllowance({ ...leodis, budget: 0 }).row.allowanceShareOfBudget).toBeNull();
  });
  it('an expectation that begins on the last day of a year is part way through that year', () => {
    const late = applyReform(baselinePolicy, {
      id: 'late',
      label: 'Expected from 31 March 2010',
      parameters: {
        'budget.managementAllowance.expected': [
          { from: '2005-04-01', to: '2010-03-30', value: false, sources: ['pulse-2008-darzi-special'], confidence: 'unconfirmed' },
          { from: '2010-03-31', value: true, sources: ['pulse-2008-darzi-special'], confidence: 'unconfirmed' },
        ],
      },
    });
    expect(managementAllowance(leodis, { policy: late }).findings.map((finding) => finding.code)).toEqual(['MANAGEMENT_ALLOWANCE_EXPECTED_MID_YEAR']);
  });
  it('refuses bad input and years outside PBC', () => {
    expectIssue(() => managementAllowance({ ...leodis, local: { perHead: 100, perGroup: 1 } }), 'INVALID_INPUT', ['local', 'perGroup'], 'budget.managementAllowance');
    expectIssue(() => managementAllowance({ ...leodis, registeredPatients: 1.5 }), 'INVALID_INPUT', ['registeredPatients']);
    expectIssue(() => managementAllowance({ ...leodis, financialYear: '2004/05' }), 'NOT_IN_FORCE', ['financialYear']);
    const bad = applyReform(baselinePolicy, { id: 'bad', label: 'bad', parameters: { 'budget.managementAllowance.perHead': [{ from: '2008-07-01', to: '2013-03-31', value: -1, sources: ['pulse-2008-darzi-special'], confidence: 'unconfirmed' }] } });
    expectIssue(() => managementAllowance(leodis, { policy: bad }), 'INVALID_POLICY', ['parameters', 'budget.managementAllowance.perHead']);
  });
  it('reads only the parameters its catalogue entry lists; the default is dated, cited and unconfirmed', () => {
    const entry = budgetsRuleCatalogue.find((rule) => rule.id === 'budget.managementAllowance')!;
    for (const reading of managementAllowance(leodis).explanation.parameters) expect(entry.parameters).toContain(reading.id);
    expect(parameterAt(baselinePolicy, 'budget.managementAllowance.perHead', '2009-04-01')).toMatchObject({ value: 200, confidence: 'unconfirmed', from: '2008-07-01' });
    expect(parameterAt(baselinePolicy, 'budget.managementAllowance.expected', '2008-07-01').value).toBe(true);
    expect(parameterAt(baselinePolicy, 'budget.managementAllowance.expected', '2008-06-30').value).toBe(false);
  });
});
