import { describe, expect, it } from 'vitest';
import { isPbcError, renderExplanation } from '../../src/index.js';
import { explain } from '../../src/core/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';

const rule = { id: 'test.share', version: '1', title: 'Practice share of an underspend', sources: ['hansard-2006-11-06'] };

describe('explanations', () => {
  it('records inputs, each parameter read with its dates and sources, notes, children and output', () => {
    const child = explain({ id: 'test.child', version: '1', title: 'Child', sources: [] }, baselinePolicy, '2006-06-01');
    child.integer('des.c2.ratePerPatient');
    const step = explain(rule, baselinePolicy, '2007-03-31');
    expect(step.input('underspend', 100_000)).toBe(100_000);
    expect(step.ratio('fur.practiceShare')).toBe('0.7');
    expect(step.integer('fundholding.perPatientCap', '1994-04-01')).toBe(600_000);
    expect(step.optionalInteger('entitlements.businessCaseDecisionDays', '2008-01-01')).toBeNull();
    expect(step.optionalInteger('entitlements.businessCaseDecisionDays', '2009-06-01')).toBe(56);
    expect(step.text('entitlements.budgetIssueBy', '2009-06-01')).toBe('05-01');
    step.note('the PCT is in deficit');
    step.child(child.done(95));
    const explanation = step.done(70_000);
    expect(explanation).toMatchObject({ rule: 'test.share', version: '1', asOf: '2007-03-31', inputs: { underspend: 100_000 }, output: 70_000, notes: ['the PCT is in deficit'] });
    expect(explanation.parameters.map((p) => [p.id, p.from])).toEqual([
      ['fur.practiceShare', '2006-04-01'],
      ['fundholding.perPatientCap', '1994-04-01'],
      ['entitlements.businessCaseDecisionDays', '2005-04-01'],
      ['entitlements.businessCaseDecisionDays', '2009-03-01'],
      ['entitlements.budgetIssueBy', '2009-03-01'],
    ]);
    expect(explanation.children[0]?.rule).toBe('test.child');
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
  });
  it('refuses to read a parameter as the wrong type', () => {
    const step = explain(rule, baselinePolicy, '2007-03-31');
    for (const read of [() => step.integer('fur.practiceShare'), () => step.ratio('des.claimDeadline', '2006-06-01'), () => step.boolean('fur.practiceShare'), () => step.list('fur.practiceShare'), () => step.text('budget.overspendBalancingYears'), () => step.optionalInteger('fur.practiceShare'), () => step.integer('entitlements.businessCaseDecisionDays', '2008-01-01')]) {
      try {
        read();
        expect.unreachable();
      } catch (error) {
        expect(isPbcError(error, 'PARAMETER_TYPE_MISMATCH')).toBe(true);
      }
    }
  });
  it('uses the rule version a reform chooses', () => {
    const reformed = applyReform(baselinePolicy, { id: 'v2', label: 'Version 2', ruleVersions: { 'test.share': '2' } });
    expect(explain(rule, reformed, '2007-03-31').done(null).version).toBe('2');
  });
  it('renders indented plain English with values, dates, confidence and sources', () => {
    const child = explain({ id: 'test.child', version: '1', title: 'DES rate', sources: [] }, baselinePolicy, '2006-06-01');
    child.integer('des.c2.ratePerPatient');
    const step = explain(rule, baselinePolicy, '2007-03-31');
    step.input('underspend', 100_000);
    step.ratio('fur.practiceShare');
    step.integer('fundholding.perPatientCap', '1994-04-01');
    step.read('entitlements.businessCaseDecisionDays', '2008-01-01');
    step.integer('budget.overspendBalancingYears');
    step.text('des.claimDeadline', '2006-06-01');
    step.note('a note');
    step.child(child.done({ rate: 95 }));
    const text = renderExplanation(step.done(70_000), { policy: baselinePolicy });
    expect(text).toContain('Practice share of an underspend [test.share v1, as of 2007-03-31]');
    expect(text).toContain('  inputs: underspend = 100000');
    expect(text).toContain('read fur.practiceShare = 0.7 (70%) (in force 2006-04-01 to 2007-03-31; confirmed; Hansard, House of Commons, "GP budgets (written answer)" (2006-11-06) https://');
    expect(text).toContain('fundholding.perPatientCap = £6,000.00 (in force 1994-04-01 to 1999-03-31; confirmed;');
    expect(text).toContain('no national value (a local decision)');
    expect(text).toContain('budget.overspendBalancingYears = 3 years');
    expect(text).toContain('des.claimDeadline = 2007-06-30');
    expect(text).toContain('  result: 70000');
    expect(text).toContain('  note: a note');
    expect(text).toContain('    read des.c2.ratePerPatient = 95p per patient');
    expect(text).toContain('    result: {"rate":95}');
    expect(renderExplanation(step.done(1), { indent: '-' })).toContain('-read fur.practiceShare');
    expect(renderExplanation(step.done('x'))).toContain('hansard-2006-11-06');
  });
});
