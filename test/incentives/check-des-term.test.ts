/**
 * The specification of `src/incentives/check-des-term.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { towardsPbcDesPayment } from '../../src/incentives/index.js';
import { c1, c1Claim, c2, c2Claim, des, reform, reformed } from './helpers.js';
import { pbcError } from '../support/errors.js';

describe('the DES year: 1 April 2006 to 31 March 2007 (a date outside it is an error, not a zero)', () => {
  it('a plan agreed on the first and the last day is in; the day before and the day after are out', () => {
    expect(c1({ planAgreedOn: '2006-04-01', indicativeBudgetAcceptedOn: '2006-04-01' }).outcome).toBe('payable');
    expect(c1({ planAgreedOn: '2007-03-31' }).outcome).toBe('payable');
    for (const planAgreedOn of ['2006-03-31', '2007-04-01']) {
      const error = pbcError(() => c1({ planAgreedOn }), 'NOT_IN_FORCE');
      expect(error.issues).toEqual([expect.objectContaining({ path: ['planAgreedOn'], rule: 'des.term' })]);
    }
  });
  it('the refusal of a plan outside the DES year names the day and the year the DES ran', () => {
    const message = pbcError(() => c1({ planAgreedOn: '2007-04-01' }), 'NOT_IN_FORCE').issues[0]?.message ?? '';
    expect(message).toContain('2007-04-01');
    expect(message).toContain('2006-04-01 to 2007-03-31');
    pbcError(() => c2({ planAgreedOn: '2007-04-01', objectivesAgreedMetOn: '2007-04-20' }), 'NOT_IN_FORCE');
  });
  it('a reform that sets the term days apart from the values’ dates still refuses a plan outside them', () => {
    const shorter = reform('shorter', { 'des.term.lastDay': [{ ...des, value: '2006-12-31' }] });
    const error = pbcError(() => c1({ planAgreedOn: '2007-01-15' }, { policy: shorter }), 'NOT_IN_FORCE');
    expect(error.issues[0]).toMatchObject({ path: ['planAgreedOn'], rule: 'des.term' });
  });
});

describe('a policy without the DES', () => {
  it('says the parameter is missing rather than inventing a term', async () => {
    const { buildPolicy } = await import('../../src/policy/index.js');
    const empty = buildPolicy({ id: 'empty', label: 'No parameters', parameters: [], sources: [] });
    pbcError(() => c1({}, { policy: empty }), 'PARAMETER_NOT_FOUND');
  });
});

describe('component 2 outside the DES year', () => {

  it('a component 2 plan agreed outside the DES year is NOT_IN_FORCE at planAgreedOn', () => {
    const error = pbcError(() => towardsPbcDesPayment(c2Claim({ planAgreedOn: '2007-04-10', objectivesAgreedMetOn: '2007-04-20' })), 'NOT_IN_FORCE');
    expect(error.issues.map((issue) => [issue.path, issue.rule])).toEqual([[['planAgreedOn'], 'des.term']]);
  });
});

describe('a reformed DES term', () => {

  it('a reform that ends the DES term early puts a plan after that day outside it', () => {
    const policy = reformed('des.term.lastDay', '2006-12-31', '2006-04-01', '2007-03-31');
    const error = pbcError(() => towardsPbcDesPayment(c1Claim({ planAgreedOn: '2007-01-15', indicativeBudgetAcceptedOn: '2007-01-15' }), { policy }), 'NOT_IN_FORCE');
    expect(error.rule).toBe('des.term');
    expect(error.issues).toEqual([{ path: ['planAgreedOn'], message: '2007-01-15 is outside the Towards PBC DES, which ran 2006-04-01 to 2006-12-31', rule: 'des.term' }]);
  });

  it('a reform that starts the DES term late puts a plan before that day outside it, though the term’s values are in force', () => {
    const policy = reformed('des.term.firstDay', '2006-07-01', '2006-04-01', '2007-03-31');
    const error = pbcError(() => towardsPbcDesPayment(c1Claim({ planAgreedOn: '2006-06-30', indicativeBudgetAcceptedOn: '2006-05-01' }), { policy }), 'NOT_IN_FORCE');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['planAgreedOn'], rule: 'des.term' })]);
    expect(towardsPbcDesPayment(c1Claim({ planAgreedOn: '2006-07-01', indicativeBudgetAcceptedOn: '2006-05-01' }), { policy }).outcome).toBe('payable');
  });
});
