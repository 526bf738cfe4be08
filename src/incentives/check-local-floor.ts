/**
 * The floor for local schemes: the GPC read the guidance as requiring 2007/08 schemes to cover "as
 * a minimum" what the Towards PBC DES provided, and advised practices to refuse schemes worth less
 * (Pulse, Know your rights). That is 95p + 95p = 190p per registered patient (derived; no DH text
 * sets a figure): `local.floorPerPatient`, overridable, `null` for no floor.
 *
 * @module
 */
import { daysBetween } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { formatGbp, multiplyByRate, pence, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import type { IncentiveFinding } from './findings.js';
import type { LocalIncentiveScheme } from './local-schemas.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { formatCount } from './support.js';

/**
 * Compares a scheme's whole value for a practice with the DES equivalent for its registered list.
 *
 * @internal
 */
export function checkLocalFloor(
  policy: Policy,
  options: { readonly scheme: LocalIncentiveScheme; readonly registered: number; readonly value: Pence },
): { readonly floorPerPatient: number | null; readonly floorValue: Pence | null; readonly finding: IncentiveFinding; readonly explanation: Explanation } {
  const rule = incentiveRules.localFloor;
  const step = explain(rule, policy, options.scheme.startsOn);
  step.input('schemeValue', options.value);
  step.input('registered', options.registered);
  const floorPerPatient = step.optionalInteger('local.floorPerPatient');
  const base = { code: 'LOCAL_FLOOR', rule: rule.id, sources: rule.sources } as const;
  if (floorPerPatient === null) {
    step.note('no floor under this policy');
    return { floorPerPatient, floorValue: null, finding: { ...base, outcome: 'info', message: 'no floor applies under this policy (local.floorPerPatient is null)' }, explanation: step.done(null) };
  }
  const floorValue = multiplyByRate(pence(floorPerPatient), options.registered);
  const days = daysBetween(options.scheme.startsOn, options.scheme.endsOn) + 1;
  if (days < 365 || days > 366) step.note(`the floor is a year's DES equivalent; this scheme runs ${days} days, so compare with care`);
  if (options.scheme.patientBasis === 'weighted') step.note('the floor is per registered patient (the DES paid on the registered list); the scheme pays per weighted patient');
  const met = options.value >= floorValue;
  const message = met
    ? `worth ${formatGbp(options.value)}, at least the DES equivalent of ${formatGbp(floorValue)} (${floorPerPatient}p × ${formatCount(options.registered)} registered patients)`
    : `worth ${formatGbp(options.value)}, less than the DES equivalent of ${formatGbp(floorValue)} (${floorPerPatient}p × ${formatCount(options.registered)} registered patients): the GPC advised practices to refuse such schemes`;
  return { floorPerPatient, floorValue, finding: { ...base, outcome: met ? 'compliant' : 'warning', message }, explanation: step.done(met) };
}
