/**
 * The value of a DES component before any condition or offset: the rate per registered patient
 * times the list on the date the component uses. Component 1: 95p per patient, list date a
 * parameter (unconfirmed). Component 2: 95p per registered patient on the list at 1 April 2007
 * (BMA, component 2 guidance).
 *
 * @module
 */
import { explain, type Explanation, type ExplanationBuilder } from '../core/explanation.js';
import { PbcError, printable } from '../core/errors.js';
import { multiplyByRate, pence, type Pence } from '../core/money.js';
import type { IsoDate } from '../core/calendar.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { listSizeOn, type IncentiveListSize } from './list-size.js';
import { incentiveRules } from '../policy/rules/incentives.js';

/** A DES component's value and the figures it rests on. @internal */
export interface DesComponentValue {
  readonly listSizeDate: IsoDate;
  readonly listSize: number;
  readonly ratePerPatient: number;
  readonly value: Pence;
  readonly explanation: Explanation;
}

function listSizeDateFor(step: ExplanationBuilder, component: 'C1' | 'C2', planAgreedOn: IsoDate): IsoDate {
  if (component === 'C2') return step.text('des.c2.listSizeDate') as IsoDate;
  const basis = step.text('des.c1.listSizeBasis');
  if (basis === 'fixed-date') return step.text('des.c1.listSizeDate') as IsoDate;
  if (basis === 'plan-agreed') {
    step.note('component 1 is paid on the list on the day the plan was agreed (des.c1.listSizeBasis)');
    return planAgreedOn;
  }
  throw new PbcError('PARAMETER_TYPE_MISMATCH', `"des.c1.listSizeBasis" holds ${printable(basis)}; the rule knows 'fixed-date' and 'plan-agreed'`, {
    issues: [{ path: ['parameters', 'des.c1.listSizeBasis'], message: 'unknown list-size basis' }],
  });
}

/**
 * Values a DES component for a practice.
 *
 * @param policy - the policy
 * @param options - the component, the practice's list sizes, and the day its plan was agreed (the
 *   date DES parameters are read on)
 * @throws PbcError `MISSING_INPUT` naming `listSizes` when the list on the date the component uses
 *   was not given
 * @internal
 */
export function desComponentValue(
  policy: Policy,
  options: { readonly component: 'C1' | 'C2'; readonly listSizes: readonly IncentiveListSize[]; readonly planAgreedOn: IsoDate },
): DesComponentValue {
  const step = explain(incentiveRules.desComponentValue, policy, options.planAgreedOn);
  step.input('component', options.component);
  const listSizeDate = listSizeDateFor(step, options.component, options.planAgreedOn);
  const snapshot = listSizeOn(options.listSizes, listSizeDate, ['listSizes'], `des.${options.component.toLowerCase()}.listSize`);
  step.input('listSizeDate', listSizeDate);
  step.input('listSize', snapshot.registered);
  const ratePerPatient = step.integer(options.component === 'C1' ? 'des.c1.ratePerPatient' : 'des.c2.ratePerPatient');
  // Whole pence per patient times whole patients: exact; the rounding step never bites.
  const value = multiplyByRate(pence(ratePerPatient), snapshot.registered);
  return { listSizeDate, listSize: snapshot.registered, ratePerPatient, value, explanation: step.done(value) };
}
