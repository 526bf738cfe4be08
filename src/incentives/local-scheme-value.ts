/**
 * A local scheme's value to a practice: its rate per registered or per weighted patient times the
 * list on the scheme's list date, rounded once to the penny (half-up) — weighted lists may be
 * fractional.
 *
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import { fieldError } from '../core/errors.js';
import { multiplyByRate, pence, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { listSizeOn } from './list-size.js';
import type { LocalIncentivePractice, LocalIncentiveScheme } from './local-schemas.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { formatCount } from './support.js';

/** A local scheme's value and the list it rests on. @internal */
export interface LocalSchemeValue {
  readonly registered: number;
  readonly patients: number;
  readonly value: Pence;
  readonly explanation: Explanation;
}

/**
 * Values a local scheme for one practice.
 *
 * @throws PbcError `MISSING_INPUT` naming the list (`practice.listSizes`) or its weighted count
 * @internal
 */
export function localSchemeValue(policy: Policy, scheme: LocalIncentiveScheme, practice: LocalIncentivePractice): LocalSchemeValue {
  const rule = incentiveRules.localValue;
  const step = explain(rule, policy, scheme.startsOn);
  const snapshot = listSizeOn(practice.listSizes, scheme.listSizeDate, ['practice', 'listSizes'], 'local.listSize');
  let patients = snapshot.registered;
  if (scheme.patientBasis === 'weighted') {
    if (snapshot.weighted === undefined) {
      const index = practice.listSizes.indexOf(snapshot);
      throw fieldError('MISSING_INPUT', ['practice', 'listSizes', index, 'weighted'], `the scheme pays per weighted patient but no weighted list was given for ${snapshot.date}`, 'local.weightedListSize');
    }
    patients = snapshot.weighted;
  }
  step.input('ratePerPatient', scheme.ratePerPatient);
  step.input('patientBasis', scheme.patientBasis);
  step.input('listSizeDate', scheme.listSizeDate);
  step.input('patients', patients);
  const value = multiplyByRate(pence(scheme.ratePerPatient), patients);
  step.note(`${scheme.ratePerPatient}p × ${formatCount(patients)} ${scheme.patientBasis} patients, rounded half-up to the penny`);
  return { registered: snapshot.registered, patients, value, explanation: step.done(value) };
}
