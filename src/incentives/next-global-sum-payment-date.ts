/**
 * DES payments travel with the practice's monthly global sum: "paid promptly, with the next monthly
 * global sum payment" (Pulse, on component 2). The global sum falls due on the last day of each
 * month (the Scottish GMS order, article 37, read as the English analogue).
 *
 * @module
 */
import { addDays, addMonths, parseIsoDate, type IsoDate } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PbcError, printable } from '../core/errors.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { incentiveRules } from '../policy/rules/incentives.js';

function paymentDayIn(monthStart: IsoDate, paymentDay: string): IsoDate {
  const lastDay = addDays(addMonths(monthStart, 1), -1);
  if (paymentDay === 'last-day-of-month') return lastDay;
  const day = /^(0[1-9]|[12]\d|3[01])$/.exec(paymentDay);
  if (day === null) {
    throw new PbcError('PARAMETER_TYPE_MISMATCH', `"gms.globalSum.paymentDay" holds ${printable(paymentDay)}; the rule needs 'last-day-of-month' or a day such as '15'`, {
      issues: [{ path: ['parameters', 'gms.globalSum.paymentDay'], message: "expected 'last-day-of-month' or a two-digit day" }],
    });
  }
  const candidate = `${monthStart.slice(0, 8)}${day[0]}`;
  return candidate > lastDay ? lastDay : parseIsoDate(candidate);
}

/**
 * The global sum payment a DES payment goes with, after the day it became payable.
 *
 * @param policy - the policy
 * @param options - `after`: the day the payment became payable (a claim, or conditions met);
 *   `timingParameter`: the parameter saying which payment (`des.c1.paymentTiming` or
 *   `des.c2.paymentTiming`); `readOn`: the date to read the timing parameter on (within the DES year)
 * @returns the payment date and its explanation
 * @throws PbcError `PARAMETER_TYPE_MISMATCH` for a timing or payment day the rule does not know
 * @internal
 */
export function nextGlobalSumPaymentDate(
  policy: Policy,
  options: { readonly after: IsoDate; readonly timingParameter: string; readonly readOn: IsoDate },
): { readonly date: IsoDate; readonly explanation: Explanation } {
  const step = explain(incentiveRules.desPaymentDate, policy, options.readOn);
  step.input('payableFrom', options.after);
  const timing = step.text(options.timingParameter);
  const paymentDay = step.text('gms.globalSum.paymentDay', options.after);
  const thisMonth = parseIsoDate(`${options.after.slice(0, 7)}-01`);
  const nextMonth = addMonths(thisMonth, 1);
  let date: IsoDate;
  if (timing === 'next-monthly-global-sum') {
    // The first payment day strictly after the day it became payable: a same-day run has gone.
    const candidate = paymentDayIn(thisMonth, paymentDay);
    date = candidate > options.after ? candidate : paymentDayIn(nextMonth, paymentDay);
    step.note(`paid with the first global sum payment after ${options.after}`);
  } else if (timing === 'following-month-global-sum') {
    date = paymentDayIn(nextMonth, paymentDay);
    step.note(`paid with the global sum of the month after ${options.after}`);
  } else {
    throw new PbcError('PARAMETER_TYPE_MISMATCH', `${printable(options.timingParameter)} holds ${printable(timing)}; the rule knows 'next-monthly-global-sum' and 'following-month-global-sum'`, {
      issues: [{ path: ['parameters', options.timingParameter], message: 'unknown payment timing' }],
    });
  }
  return { date, explanation: step.done(date) };
}
