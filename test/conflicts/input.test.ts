/**
 * The conflicts input schemas (src/conflicts/input.ts): INVALID_INPUT naming every bad field.
 */
import { describe, expect, it } from 'vitest';
import { ConflictsInputSchema, ConflictsLocalPolicySchema } from '../../src/schemas/index.js';
import { pbcError } from '../support/errors.js';
import { baseInput, check, member, withMember } from './fixtures.js';

const paths = (error: { issues: readonly { path: readonly (string | number)[] }[] }): string[] => error.issues.map((issue) => issue.path.join('.'));

describe('schema errors: INVALID_INPUT naming the field', () => {
  it('a missing submission date', () => {
    const input = baseInput();
    delete input.businessCase.submittedOn;
    const error = pbcError(() => check(input), 'INVALID_INPUT');
    expect(paths(error)).toEqual(['businessCase.submittedOn']);
  });
  it('a decision with no date', () => {
    const input = baseInput();
    delete input.businessCase.decision!.decidedOn;
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['businessCase.decision.decidedOn']);
  });
  it('a date that is not a real calendar date', () => {
    const input = baseInput();
    input.businessCase.submittedOn = '2009-02-29';
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['businessCase.submittedOn']);
  });
  it('a member with no role, or a role not on the list', () => {
    const input = baseInput();
    delete input.panel.members[1]!.role;
    const error = pbcError(() => check(input), 'INVALID_INPUT');
    expect(paths(error)).toEqual(['panel.members.1.role']);
    input.panel.members[1]!.role = 'governor';
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['panel.members.1.role']);
  });
  it('an unknown interest kind', () => {
    const input = withMember(baseInput(), member('gp-b', { interests: [{ bodyId: 'Z90001', kind: 'friend', declaredOn: '2009-01-05' }] }));
    const error = pbcError(() => check(input), 'INVALID_INPUT');
    expect(paths(error)).toEqual(['panel.members.3.interests.0.kind']);
  });
  it('an interest with no declaration date', () => {
    const input = withMember(baseInput(), member('gp-b', { interests: [{ bodyId: 'Z90001', kind: 'owner' } as never] }));
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['panel.members.3.interests.0.declaredOn']);
  });
  it('a value in fractions of a penny, or negative', () => {
    const input = baseInput();
    input.businessCase.value = 10.5;
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['businessCase.value']);
    input.businessCase.value = -1;
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT'))).toEqual(['businessCase.value']);
  });
  it('an unknown field (objects are strict)', () => {
    const input = { ...baseInput(), approved: true };
    pbcError(() => check(input), 'INVALID_INPUT');
  });
  it('every bad field at once, in one error', () => {
    const input = baseInput();
    delete input.businessCase.submittedOn;
    delete input.panel.members[0]!.role;
    input.panel.members[1]!.interests.push({ bodyId: 'x', kind: 'cousin', declaredOn: '2009-01-01' });
    expect(paths(pbcError(() => check(input), 'INVALID_INPUT')).sort()).toEqual(['businessCase.submittedOn', 'panel.members.0.role', 'panel.members.1.interests.0.kind']);
  });
  it('not an object at all', () => {
    pbcError(() => check(null), 'INVALID_INPUT');
    pbcError(() => check('bc-1'), 'INVALID_INPUT');
  });
  it('bad local values are INVALID_INPUT at their paths', () => {
    const error = pbcError(() => check(baseInput(), { local: { tenderThreshold: -5 as never, decisionLimitDays: 0, declarationMaxAgeDays: 1.5 } }), 'INVALID_INPUT');
    expect(paths(error).sort()).toEqual(['local.decisionLimitDays', 'local.declarationMaxAgeDays', 'local.tenderThreshold']);
    pbcError(() => check(baseInput(), { local: { nonsense: 1 } as never }), 'INVALID_INPUT');
  });
});

describe('the exported schemas', () => {
  it('accept the base input and reject a bad one, with paths', () => {
    expect(ConflictsInputSchema.safeParse(baseInput()).success).toBe(true);
    const result = ConflictsLocalPolicySchema.safeParse({ tenderThreshold: 1.5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['tenderThreshold']);
  });
});
