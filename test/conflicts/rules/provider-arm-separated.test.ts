/**
 * `conflicts.providerArmSeparated` (COI-R12): when the PCT's own provider arm bids for, or is chosen
 * for, a service a PBC business case proposes, the PCT's commissioning is separated from it as far as
 * required on the day (Transforming Community Services; the 2008/09 and 2010-11 Operating Frameworks).
 */
import { describe, expect, it } from 'vitest';
import { applyReform, baselinePolicy, conflictsRuleCatalogue } from '../../../src/policy/index.js';
import { parameterAt } from '../../../src/core/policy-model/parameter-at.js';
import { expectIssue } from '../../support/errors.js';
import { baseInput, check, decidedOn, findingOf, pending, ruleNodeOf, withCase, type TestInput } from '../fixtures.js';

const RULE = 'conflicts.providerArmSeparated';
const seen = new Set<string>();
function outcome(input: TestInput, options: Parameters<typeof check>[1] = {}) {
  const finding = findingOf(check(input, options), RULE);
  seen.add(finding.outcome);
  return finding;
}
const arm = (changes: NonNullable<TestInput['businessCase']['pctProviderArm']>): TestInput => withCase(baseInput(), { pctProviderArm: changes });

describe('conflicts.providerArmSeparated', () => {
  it('is not checked when the input does not say whether the provider arm is involved (not_applicable, never a silent pass)', () => {
    expect(outcome(baseInput())).toMatchObject({
      code: 'PROVIDER_ARM_NOT_STATED',
      outcome: 'not_applicable',
      message: "Not checked: the input does not say whether the PCT's own provider arm bids for, or was chosen for, the service business case bc-1 proposes (give businessCase.pctProviderArm).",
    });
  });
  it('does not apply when the arm neither bids nor was chosen', () => {
    expect(outcome(arm({ bids: false, chosen: false, separation: 'none' })).code).toBe('PROVIDER_ARM_NOT_INVOLVED');
    expect(outcome(arm({ bids: false })).code).toBe('PROVIDER_ARM_NOT_INVOLVED');
  });
  it('from 1 April 2009 a contractual relationship is required: an internal split only is a breach', () => {
    const finding = outcome(arm({ name: 'Riverside Community Services', bids: true, separation: 'internal' }));
    expect(finding).toMatchObject({ code: 'SEPARATION_INSUFFICIENT', outcome: 'breach', details: { required: 'contractual', separation: 'internal' } });
    expect(finding.message).toContain("the PCT's provider arm (Riverside Community Services) bids for the service business case bc-1 proposes");
    expect(finding.message).toContain("on 2009-05-20 at least 'contractual' was required");
    expect(outcome(arm({ bids: true, separation: 'contractual' }))).toMatchObject({ code: 'SEPARATION_SUFFICIENT', outcome: 'compliant' });
    expect(outcome(arm({ bids: true, separation: 'divested' })).code).toBe('SEPARATION_SUFFICIENT');
  });
  it('before April 2009 an internal split sufficed (the 2008/09 Operating Framework: begin separating); none is a breach', () => {
    const early = decidedOn(arm({ bids: true, separation: 'internal' }), '2009-03-31', '2009-02-01');
    expect(outcome(early)).toMatchObject({ code: 'SEPARATION_SUFFICIENT', details: { required: 'internal' } });
    expect(outcome(decidedOn(arm({ bids: true, separation: 'none' }), '2008-06-01', '2008-04-01'))).toMatchObject({ code: 'SEPARATION_INSUFFICIENT', outcome: 'breach' });
  });
  it('from April 2011 the services must have been transferred out of the PCT: a contract alone is a breach', () => {
    const late = decidedOn(arm({ bids: true, chosen: true, separation: 'contractual' }), '2011-04-01', '2011-02-01');
    expect(outcome(late)).toMatchObject({ code: 'SEPARATION_INSUFFICIENT', details: { required: 'divested' } });
    expect(findingOf(check(late), RULE).message).toContain('was chosen for');
  });
  it('an arm chosen without having bid counts; an unrecorded separation is a warning naming what was required', () => {
    expect(outcome(arm({ bids: false, chosen: true }))).toMatchObject({ code: 'SEPARATION_NOT_RECORDED', outcome: 'warning', details: { required: 'contractual' } });
  });
  it('is judged on the decision date, or on asOf while the case is pending', () => {
    const waiting = pending(decidedOn(arm({ bids: true, separation: 'internal' }), '2009-05-01', '2009-03-10'));
    expect(outcome(waiting, { asOf: '2009-03-20' }).code).toBe('SEPARATION_SUFFICIENT');
    expect(outcome(waiting, { asOf: '2009-04-01' }).code).toBe('SEPARATION_INSUFFICIENT');
  });
  it('is not in force before December 2007 or after PCTs were abolished; a reform can switch it off', () => {
    expect(outcome(decidedOn(arm({ bids: true, separation: 'none' }), '2007-11-30', '2007-10-01'))).toMatchObject({ code: 'NOT_IN_FORCE', outcome: 'not_applicable' });
    const off = applyReform(baselinePolicy, { id: 'no-tcs', label: 'No separation rule', parameters: { 'conflicts.providerArmSeparated.inForce': [{ from: '2009-01-01', value: false, sources: ['navigator-2009-01-tcs'], confidence: 'unconfirmed' }] } });
    expect(outcome(arm({ bids: true, separation: 'none' }), { policy: off }).code).toBe('NOT_IN_FORCE');
  });
  it('a reform with no required degree gives not_applicable; a malformed one is refused', () => {
    const none = applyReform(baselinePolicy, { id: 'no-degree', label: 'No degree', parameters: { 'conflicts.providerArm.requiredSeparation': [{ from: '2009-04-01', to: '2011-03-31', value: null, sources: ['navigator-2009-01-tcs'], confidence: 'unconfirmed' }] } });
    expect(outcome(arm({ bids: true, separation: 'none' }), { policy: none }).code).toBe('NO_SEPARATION_REQUIRED');
    const bad = applyReform(baselinePolicy, { id: 'bad-degree', label: 'Bad degree', parameters: { 'conflicts.providerArm.requiredSeparation': [{ from: '2009-04-01', to: '2011-03-31', value: 'complete', sources: ['navigator-2009-01-tcs'], confidence: 'unconfirmed' }] } });
    expectIssue(() => check(arm({ bids: true, separation: 'none' }), { policy: bad }), 'PARAMETER_TYPE_MISMATCH', ['parameters', 'conflicts.providerArm.requiredSeparation']);
  });
  it('says in each finding what the arm does and what was required, naming an unnamed arm plainly', () => {
    expect(outcome(arm({ bids: false })).message).toBe("the PCT's provider arm neither bids for nor was chosen for the service business case bc-1 proposes, so the PCT is not both commissioner and provider here.");
    expect(outcome(arm({ bids: false, chosen: true })).message).toBe(
      "the PCT's provider arm was chosen for the service business case bc-1 proposes, and the separation of the PCT's commissioning from it is not recorded: on 2009-05-20 at least 'contractual' separation was required.",
    );
    expect(outcome(arm({ name: 'Vale Community Services', bids: true, separation: 'divested' })).message).toBe(
      "the PCT's provider arm (Vale Community Services) bids for the service; its separation from the PCT's commissioning ('divested') meets the 'contractual' required on 2009-05-20.",
    );
    const none = applyReform(baselinePolicy, { id: 'no-degree', label: 'No degree', parameters: { 'conflicts.providerArm.requiredSeparation': [{ from: '2009-04-01', to: '2011-03-31', value: null, sources: ['navigator-2009-01-tcs'], confidence: 'unconfirmed' }] } });
    expect(outcome(arm({ bids: true, separation: 'none' }), { policy: none }).message).toBe("the PCT's provider arm bids for the service, but no degree of separation is required on 2009-05-20 under this policy.");
  });
  it('explains what it read of the arm: whether it bids, was chosen, and its separation (null when not given)', () => {
    expect(outcome(arm({ bids: true, separation: 'internal' })).explanation.inputs).toMatchObject({ 'providerArm.bids': true, 'providerArm.chosen': null, 'providerArm.separation': 'internal' });
    expect(outcome(arm({ bids: false, chosen: true })).explanation.inputs).toMatchObject({ 'providerArm.bids': false, 'providerArm.chosen': true, 'providerArm.separation': null });
  });
  it('refuses an unknown degree of separation in the input', () => {
    expectIssue(() => check(arm({ bids: true, separation: 'partial' })), 'INVALID_INPUT', ['businessCase', 'pctProviderArm', 'separation']);
  });
  it('the required degree is a dated, cited parameter', () => {
    expect(parameterAt(baselinePolicy, 'conflicts.providerArm.requiredSeparation', '2009-04-01')).toMatchObject({ value: 'contractual', confidence: 'confirmed', sources: ['navigator-2009-01-tcs', 'hsj-2009-commissioner-provider-divide'] });
    expect(parameterAt(baselinePolicy, 'conflicts.providerArm.requiredSeparation', '2011-04-01').value).toBe('divested');
    expect(parameterAt(baselinePolicy, 'conflicts.providerArm.requiredSeparation', '2008-01-01')).toMatchObject({ value: 'internal', confidence: 'derived' });
  });
  it('lists every parameter it reads, and gives exactly the outcomes its catalogue entry says', () => {
    const entry = conflictsRuleCatalogue.find((rule) => rule.id === RULE)!;
    const readings = (node: { parameters: readonly { id: string }[]; children: readonly unknown[] }): string[] => [
      ...node.parameters.map((reading) => reading.id),
      ...(node.children as (typeof node)[]).flatMap(readings),
    ];
    for (const id of readings(ruleNodeOf(check(arm({ bids: true, separation: 'internal' })), RULE))) expect(entry.parameters).toContain(id);
    expect(entry.parameters).toEqual(['conflicts.providerArmSeparated.inForce', 'conflicts.providerArm.requiredSeparation']);
    expect([...seen].sort()).toEqual([...entry.outcomes].sort());
  });
});
