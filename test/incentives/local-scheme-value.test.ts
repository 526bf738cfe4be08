/**
 * The specification of `src/incentives/local-scheme-value.ts`: each test is named by the policy behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { local, nodes, pay } from './helpers.js';
import { pbcError } from '../support/errors.js';

describe('local scheme value: the list it is worked out on', () => {

  it('a list missing on the scheme’s list date names the dates given', () => {
    const error = pbcError(() =>
      local(
        {},
        {
          listSizes: [
            { date: '2007-04-01', registered: 5900 },
            { date: '2007-06-01', registered: 5950 },
          ],
        },
      ), 'MISSING_INPUT');
    expect(error.issues[0]?.message).toBe('the rule needs the list size on 2007-07-01; list sizes were given for 2007-04-01, 2007-06-01');
  });

  it('a weighted list with a long fraction is shown with the whole part grouped only', () => {
    const payment = local({ patientBasis: 'weighted' }, { listSizes: [{ date: '2007-07-01', registered: 6000, weighted: 1234.5678 }] });
    expect(nodes(payment.explanation).flatMap((node) => node.notes)).toContain('200p × 1,234.5678 weighted patients, rounded half-up to the penny');
  });
});

describe('local scheme value per weighted patient', () => {
  it('per weighted patient: the weighted list, rounded half-up to the penny once', () => {
    expect(pay({ patientBasis: 'weighted' }).schemeValue).toBe(1_248_100);
    expect(pay({ patientBasis: 'weighted', ratePerPatient: 3 }, { listSizes: [{ date: '2007-07-01', registered: 1, weighted: 0.5 }] }).schemeValue).toBe(2);
  });
});

describe('local scheme value: a list missing', () => {
  it('a missing list on the scheme’s list date, or a missing weighted count', () => {
    const missing = pbcError(() => pay({ listSizeDate: '2007-04-01' }), 'MISSING_INPUT');
    expect(missing.issues[0]).toMatchObject({ path: ['practice', 'listSizes'], rule: 'local.listSize' });
    const weighted = pbcError(() => pay({ patientBasis: 'weighted' }, { listSizes: [{ date: '2007-01-01', registered: 1 }, { date: '2007-07-01', registered: 6000 }] }), 'MISSING_INPUT');
    expect(weighted.issues[0]).toMatchObject({ path: ['practice', 'listSizes', 1, 'weighted'], rule: 'local.weightedListSize' });
  });
});
