/**
 * COI-R06 `conflicts.procurementRoute` (src/conflicts/rules/procurement-route-suits.ts): the procurement route suits the case.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pence } from '../../../src/core/index.js';
import { applyReform, baselinePolicy } from '../../../src/policy/index.js';
import { baseInput, check as rawCheck, decidedOn, expectObservedOutcomes, findingOf, observe, outcomeOf, pending, withCase, type TestInput } from '../fixtures.js';

// Every check in this file records the outcomes it saw; the last test compares them with the catalogue.
const check: typeof rawCheck = (input, options) => observe(rawCheck(input, options));

describe('COI-R06 the procurement route suits the case (HFMA; Pulse; gponline; HSJ)', () => {
  const route = (changes: Partial<TestInput['businessCase']>): TestInput => withCase(baseInput(), changes);
  const directAward = (value: number, documented: boolean): TestInput => route({ procurementRoute: 'direct_award', value, valueForMoneyDocumented: documented, singleProviderSought: true });
  it('compliant: competitive tender', () => {
    expect(findingOf(check(route({ procurementRoute: 'competitive_tender' })), 'conflicts.procurementRoute').message).toBe('Business case bc-1 (£50,000.00) goes to competitive tender.');
  });
  it('compliant: any willing provider for a service open to more than one provider', () => {
    expect(outcomeOf(check(baseInput()), 'conflicts.procurementRoute')).toBe('compliant');
  });
  it('warning: any willing provider while a single provider is sought', () => {
    expect(outcomeOf(check(route({ singleProviderSought: true })), 'conflicts.procurementRoute')).toBe('warning');
  });
  it('direct award with no threshold set: compliant with value for money documented (and the £150,000 dispute noted), warning without', () => {
    const documented = findingOf(check(directAward(20_000_000, true)), 'conflicts.procurementRoute');
    expect(documented.outcome).toBe('compliant');
    expect(documented.message).toBe('Business case bc-1 is a direct award of £200,000.00 with benefit and value for money documented.');
    expect(documented.explanation.notes.join(' ')).toContain('the sources disagree about £150,000');
    expect(documented.explanation.parameters.find((reading) => reading.id === 'conflicts.procurement.tenderThreshold')).toMatchObject({ value: null, confidence: 'derived' });
    expect(findingOf(check(directAward(20_000_000, false)), 'conflicts.procurementRoute')).toMatchObject({
      outcome: 'warning',
      message: 'Business case bc-1 is a direct award of £200,000.00 without benefit and value for money documented: document them, or tender.',
    });
  });
  it('with a local threshold of £150,000: a £150,000.01 direct award is a breach; £150,000.00 is within it', () => {
    const local = { tenderThreshold: pence(15_000_000) };
    const over = findingOf(check(directAward(15_000_001, true), { local }), 'conflicts.procurementRoute');
    expect(over.outcome).toBe('breach');
    expect(over.message).toBe(
      'Business case bc-1 is a direct award of £150,000.01, above the tender threshold of £150,000.00: a single-provider service of this value needs a competitive tender.',
    );
    expect(over.explanation.inputs['local.tenderThreshold']).toBe(15_000_000);
    const at = findingOf(check(directAward(15_000_000, true), { local }), 'conflicts.procurementRoute');
    expect(at.outcome).toBe('compliant');
    expect(at.message).toBe('Business case bc-1 is a direct award of £150,000.00, within the tender threshold of £150,000.00, with benefit and value for money documented.');
    expect(outcomeOf(check(directAward(15_000_000, false), { local }), 'conflicts.procurementRoute')).toBe('warning');
  });
  it('a threshold set nationally by a reform applies, and a local one is then only noted', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'ojeu-150k',
      label: "Tim Winn's reading: tender new services over £150,000",
      parameters: { 'conflicts.procurement.tenderThreshold': [{ from: '2005-04-01', value: 15_000_000, sources: ['gponline-tender-150k'], confidence: 'unconfirmed' }] },
    });
    const finding = findingOf(check(directAward(20_000_000, true), { policy: reformed, local: { tenderThreshold: pence(50_000_000) } }), 'conflicts.procurementRoute');
    expect(finding.outcome).toBe('breach');
    expect(finding.explanation.notes.join(' ')).toContain('The local value £500,000.00 was not used');
  });
  it('no route: warning once approved, not applicable before', () => {
    const input = baseInput();
    delete input.businessCase.procurementRoute;
    expect(findingOf(check(input), 'conflicts.procurementRoute').message).toBe('Business case bc-1 (£50,000.00) was approved with no procurement route recorded: procuring the service is a PCT function that must follow.');
    expect(outcomeOf(check(input), 'conflicts.procurementRoute')).toBe('warning');
    expect(outcomeOf(check(pending(input), { asOf: '2009-05-01' }), 'conflicts.procurementRoute')).toBe('not_applicable');
  });
  it('cites the PRCC only while they were in force (2007-12-01 to 2010-10-31)', () => {
    const prcc = (date: string): boolean => findingOf(check(decidedOn(baseInput(), date)), 'conflicts.procurementRoute').sources.includes('dh-2007-12-prcc');
    expect(prcc('2007-11-30')).toBe(false);
    expect(prcc('2007-12-01')).toBe(true);
    expect(prcc('2010-10-31')).toBe(true);
    expect(prcc('2010-11-01')).toBe(false);
  });
  it('in force from 2006-11-01 (willing providers, November 2006 guidance)', () => {
    expect(outcomeOf(check(decidedOn(directAward(100, false), '2006-10-31')), 'conflicts.procurementRoute')).toBe('not_applicable');
    expect(outcomeOf(check(decidedOn(directAward(100, false), '2006-11-01')), 'conflicts.procurementRoute')).toBe('warning');
    expect(outcomeOf(check(decidedOn(directAward(100, false), '2013-04-01'), { asOf: '2013-04-01' }), 'conflicts.procurementRoute')).toBe('not_applicable');
  });
});

describe('conflicts.procurementRoute: edges', { timeout: 60_000 }, () => {
  it('records the route, the single-provider flag, the value and the value-for-money flag; null when not given', () => {
    const input = pending(baseInput());
    const { procurementRoute: _route, valueForMoneyDocumented: _documented, ...undecided } = input.businessCase;
    const finding = findingOf(check({ ...input, businessCase: undecided }), 'conflicts.procurementRoute');
    expect(finding.outcome).toBe('not_applicable');
    expect(finding.message).toBe('No procurement route has been chosen for business case bc-1 yet.');
    expect(finding.explanation.inputs).toMatchObject({ procurementRoute: null, singleProviderSought: false, value: 5_000_000, valueForMoneyDocumented: null });
  });
  it('notes the Principles and rules for co-operation and competition only while they were in force', () => {
    const during = findingOf(check(baseInput()), 'conflicts.procurementRoute');
    expect(during.explanation.notes.some((note) => note.startsWith('The Principles and rules for co-operation and competition were in force on 2009-05-20'))).toBe(true);
    expect(during.sources).toContain('dh-2007-12-prcc');
    const input = baseInput();
    const after = findingOf(check({ ...input, businessCase: { ...input.businessCase, submittedOn: '2011-01-04', decision: { ...input.businessCase.decision, decidedOn: '2011-02-01' } }, panel: { ...input.panel } }), 'conflicts.procurementRoute');
    expect(after.explanation.notes.some((note) => note.startsWith('The Principles and rules'))).toBe(false);
    expect(after.sources).not.toContain('dh-2007-12-prcc');
  });
  it('any willing provider for a single provider warns, saying why', () => {
    const finding = findingOf(check(withCase(baseInput(), { singleProviderSought: true })), 'conflicts.procurementRoute');
    expect(finding.outcome).toBe('warning');
    expect(finding.message).toBe('Business case bc-1 uses any willing provider but seeks a single provider: any willing provider suits a service open to more than one provider.');
  });
  it('open to any willing provider is compliant, saying so', () => {
    expect(findingOf(check(baseInput()), 'conflicts.procurementRoute').message).toBe('Business case bc-1 is open to any willing provider.');
  });
  it('a direct award above a local tender threshold is a breach recording the threshold; within it, no note about the disputed £150,000', () => {
    const direct = withCase(baseInput(), { procurementRoute: 'direct_award', value: 20_000_000 });
    const above = findingOf(check(direct, { local: { tenderThreshold: pence(15_000_000) } }), 'conflicts.procurementRoute');
    expect(above.outcome).toBe('breach');
    expect(above.explanation.output).toEqual({ outcome: 'breach', code: 'DIRECT_AWARD_ABOVE_THRESHOLD', threshold: 15_000_000 });
    expect(above.explanation.notes.some((note) => note.startsWith('No tender threshold applies'))).toBe(false);
    const within = findingOf(check(withCase(direct, { value: 10_000_000 }), { local: { tenderThreshold: pence(15_000_000) } }), 'conflicts.procurementRoute');
    expect(within.outcome).toBe('compliant');
    expect(within.explanation.notes.some((note) => note.startsWith('No tender threshold applies'))).toBe(false);
    const none = findingOf(check(direct), 'conflicts.procurementRoute');
    expect(none.explanation.notes.some((note) => note.startsWith('No tender threshold applies'))).toBe(true);
  });
  it('property: with a local tender threshold, a documented direct award is a breach exactly when its value exceeds the threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 100_000_000 }), (value, threshold) => {
        const input = baseInput();
        input.businessCase = { ...input.businessCase, procurementRoute: 'direct_award', value, valueForMoneyDocumented: true };
        const result = check(input, { asOf: '2009-07-01', local: { tenderThreshold: threshold as never } });
        expect(findingOf(result, 'conflicts.procurementRoute').outcome).toBe(value > threshold ? 'breach' : 'compliant');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('conflicts.procurementRoute: its catalogue entry', () => {
  it('gives, in the tests above, exactly the outcomes its catalogue entry lists', () => {
    expectObservedOutcomes('conflicts.procurementRoute');
  });
});
