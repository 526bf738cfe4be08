/**
 * `conflicts.providerArmChosenFairly` (COI-R13): the PCT's own provider arm is chosen for a service a
 * PBC business case proposes only through a fair, open route (PRCC; Transforming Community Services).
 */
import { describe, expect, it } from 'vitest';
import { applyReform, baselinePolicy, conflictsRuleCatalogue } from '../../../src/policy/index.js';
import { baseInput, check, decidedOn, findingOf, ruleNodeOf, withCase, type TestInput } from '../fixtures.js';

const RULE = 'conflicts.providerArmChosenFairly';
const seen = new Set<string>();
function outcome(input: TestInput, options: Parameters<typeof check>[1] = {}) {
  const finding = findingOf(check(input, options), RULE);
  seen.add(finding.outcome);
  return finding;
}
const chosen = (changes: Partial<TestInput['businessCase']> = {}): TestInput =>
  withCase(baseInput(), { pctProviderArm: { name: 'Provider Services', bids: true, chosen: true, separation: 'contractual' }, ...changes });

describe('conflicts.providerArmChosenFairly', () => {
  it('is not checked when the input does not say (not_applicable, never a silent pass)', () => {
    expect(outcome(baseInput())).toMatchObject({ code: 'PROVIDER_ARM_NOT_STATED', outcome: 'not_applicable' });
  });
  it('does not apply while the arm is not chosen, and points a bidding arm to the separation rule', () => {
    expect(outcome(withCase(baseInput(), { pctProviderArm: { bids: true } })).message).toContain('(it bids: conflicts.providerArmSeparated checks the separation)');
    expect(outcome(withCase(baseInput(), { pctProviderArm: { bids: false, chosen: false } })).code).toBe('PROVIDER_ARM_NOT_CHOSEN');
  });
  it('a tender or any willing provider is an open route: compliant', () => {
    expect(outcome(chosen())).toMatchObject({ code: 'CHOSEN_OPENLY', outcome: 'compliant' });
    expect(outcome(chosen({ procurementRoute: 'competitive_tender' })).message).toContain('through a competitive tender');
  });
  it('a direct award to its own arm is a warning; over a proposer who wanted to provide, a breach citing the PRCC while in force', () => {
    expect(outcome(chosen({ procurementRoute: 'direct_award' }))).toMatchObject({ code: 'DIRECT_AWARD_TO_PROVIDER_ARM', outcome: 'warning' });
    const over = outcome(chosen({ procurementRoute: 'direct_award', proposesToProvide: true }));
    expect(over).toMatchObject({ code: 'DIRECT_AWARD_TO_PROVIDER_ARM_OVER_PROPOSER', outcome: 'breach' });
    expect(over.message).toContain('although the proposer Riverside Surgery (Z90001) wanted to provide it');
    expect(over.message).toContain('against the PRCC duty');
    expect(over.explanation.parameters.map((reading) => `${reading.id}=${String(reading.value)}`)).toContain('conflicts.prcc.inForce=true');
    // After October 2010 the 2007 PRCC had ceased: still a breach, without the PRCC clause.
    const after = outcome(decidedOn(chosen({ procurementRoute: 'direct_award', proposesToProvide: true }), '2010-12-01', '2010-11-01'));
    expect(after.code).toBe('DIRECT_AWARD_TO_PROVIDER_ARM_OVER_PROPOSER');
    expect(after.message).not.toContain('PRCC');
  });
  it('a chosen arm with no route recorded is a warning', () => {
    const input = chosen();
    delete input.businessCase.procurementRoute;
    expect(outcome(input)).toMatchObject({ code: 'NO_ROUTE_RECORDED', outcome: 'warning' });
  });
  it('says in each finding how the arm was chosen and what to do', () => {
    expect(outcome(withCase(baseInput(), { pctProviderArm: { bids: false, chosen: false } })).message).toBe("the PCT's provider arm has not been chosen to provide the service business case bc-1 proposes.");
    expect(outcome(chosen({ procurementRoute: 'any_willing_provider' })).message).toBe(
      "the PCT's provider arm (Provider Services) was chosen for the service business case bc-1 proposes through any willing provider, a route open to other providers.",
    );
    const input = chosen();
    delete input.businessCase.procurementRoute;
    expect(outcome(input).message).toBe(
      "the PCT's provider arm (Provider Services) was chosen for the service business case bc-1 proposes with no procurement route recorded: record how it was chosen, through a route open to other providers.",
    );
    expect(outcome(chosen({ procurementRoute: 'direct_award' })).message).toBe(
      "The PCT awarded the service business case bc-1 proposes directly to the PCT's provider arm (Provider Services): document why its own arm is best placed, or open the service to any willing provider or a tender.",
    );
  });
  it('explains what it read: whether the arm was chosen (null when not given), the route (null when not recorded) and whether the proposer would provide', () => {
    expect(outcome(chosen({ procurementRoute: 'direct_award', proposesToProvide: true })).explanation.inputs).toMatchObject({ 'providerArm.chosen': true, procurementRoute: 'direct_award', proposesToProvide: true });
    const input = chosen({ pctProviderArm: { bids: true } });
    delete input.businessCase.procurementRoute;
    expect(outcome(input).explanation.inputs).toMatchObject({ 'providerArm.chosen': null, procurementRoute: null });
  });
  it('is not in force before December 2007; a reform can switch it off', () => {
    expect(outcome(decidedOn(chosen({ procurementRoute: 'direct_award' }), '2007-11-30', '2007-10-01')).code).toBe('NOT_IN_FORCE');
    const off = applyReform(baselinePolicy, { id: 'off', label: 'Off', parameters: { 'conflicts.providerArmChosenFairly.inForce': [{ from: '2009-01-01', value: false, sources: ['dh-2007-12-prcc'], confidence: 'unconfirmed' }] } });
    expect(outcome(chosen({ procurementRoute: 'direct_award' }), { policy: off }).code).toBe('NOT_IN_FORCE');
  });
  it('lists every parameter it reads, and gives exactly the outcomes its catalogue entry says', () => {
    const entry = conflictsRuleCatalogue.find((rule) => rule.id === RULE)!;
    const node = ruleNodeOf(check(chosen({ procurementRoute: 'direct_award' })), RULE);
    const ids = [node, ...node.children].flatMap((child) => child.parameters.map((reading) => reading.id));
    for (const id of ids) expect(entry.parameters).toContain(id);
    expect(ids).toContain('conflicts.prcc.inForce');
    expect([...seen].sort()).toEqual([...entry.outcomes].sort());
  });
});
