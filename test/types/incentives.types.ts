/**
 * Type tests for the incentives area (checked by `tsc -p .`, never run): the typed inputs refuse, at
 * compile time, a misspelt enum value, a count given as a string and an unknown key.
 */
import { estimateNationalIncentiveSpend, incentivePaymentSchedule, localIncentivePayment, towardsPbcDesPayment } from '../../src/incentives/index.js';
import type { DesPayment, LocalIncentivePayment, TowardsPbcDesPaymentInput, TowardsPbcDesPaymentOptions } from '../../src/incentives/index.js';

const c1: TowardsPbcDesPaymentInput = { component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', listSizes: [{ date: '2006-04-01', registered: 5950 }] };

export function typeTests(): void {
  // The right shapes compile, and give the documented results.
  const payment: DesPayment = towardsPbcDesPayment(c1, { asOf: '2006-07-01' });
  const options: TowardsPbcDesPaymentOptions = { asOf: '2006-07-01' };
  void options;
  void payment;

  // (a) A misspelt enum value.
  // @ts-expect-error 'C3' is not a DES component
  towardsPbcDesPayment({ component: 'C3', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', listSizes: [{ date: '2006-04-01', registered: 5950 }] });
  localIncentivePayment({
    scheme: {
      id: 's', name: 's', pctCode: '5ZZ', startsOn: '2007-07-01', endsOn: '2008-06-30', ratePerPatient: 200,
      // @ts-expect-error 'per-patient' is not a patient basis
      patientBasis: 'per-patient',
      listSizeDate: '2007-07-01', conditions: [], instalments: [{ id: 'only', payOn: '2007-07-31', weight: 1 }],
    },
    practice: { practiceCode: 'Z90002', listSizes: [{ date: '2007-07-01', registered: 6000 }] },
  });
  // @ts-expect-error 'guess' is not an estimate basis
  estimateNationalIncentiveSpend({ basis: 'guess' });

  // (b) A count given as a string.
  // @ts-expect-error registered is a number of patients, not a string
  towardsPbcDesPayment({ component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', listSizes: [{ date: '2006-04-01', registered: '5950' }] });
  // @ts-expect-error registeredPatients is a number
  estimateNationalIncentiveSpend({ basis: 'population', registeredPatients: '52706250' });

  // (c) An unknown key in an object literal.
  // @ts-expect-error planAgreed is not a field (planAgreedOn is)
  towardsPbcDesPayment({ component: 'C1', practiceCode: 'Z90002', planAgreed: '2006-06-15', planAgreedOn: '2006-06-15', listSizes: [{ date: '2006-04-01', registered: 5950 }] });
  // @ts-expect-error desClaim is not a field (desClaims is)
  incentivePaymentSchedule({ desClaim: [] });
  const local: LocalIncentivePayment = localIncentivePayment({
    scheme: {
      id: 's', name: 's', pctCode: '5ZZ', startsOn: '2007-07-01', endsOn: '2008-06-30', ratePerPatient: 200, patientBasis: 'registered',
      listSizeDate: '2007-07-01', conditions: [], instalments: [{ id: 'only', payOn: '2007-07-31', weight: 1 }],
    },
    // @ts-expect-error listSize is not a field (listSizes is)
    practice: { practiceCode: 'Z90002', listSizes: [{ date: '2007-07-01', registered: 6000 }], listSize: 6000 },
  });
  void local;

  // Options are law and day only.
  // @ts-expect-error asOf is an ISO date string
  towardsPbcDesPayment(c1, { asOf: 20060701 });
}
