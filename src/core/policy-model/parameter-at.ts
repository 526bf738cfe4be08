/**
 * Reading the policy: the value of a parameter in force on a date, with its sources.
 *
 * @module
 */
import { IsoDateTextSchema } from '../calendar.js';
import { PbcError, printable, fieldError } from '../errors.js';
import { isDeepFrozen } from '../freeze.js';
import { ParameterSchema, requirePolicyShape, type Confidence, type Parameter, type ParameterAlternative, type ParameterUnit, type ParameterValue, type Policy } from './schemas.js';

/**
 * A parameter's value on a date, with where it came from: what a rule reads and what an
 * explanation records.
 *
 * @category Policy
 * @example
 * ```ts
 * import { parameterAt } from 'practice-based-commissioning/policy';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const reading = parameterAt(baselinePolicy, 'fur.practiceShare', '2006-04-01');
 * reading.value; //=> '0.7'
 * reading.from;  //=> '2006-04-01'
 * ```
 */
export interface ParameterReading {
  readonly id: string;
  readonly label: string;
  readonly unit: ParameterUnit;
  readonly value: ParameterValue;
  /** First day of the value in force. */
  readonly from: string;
  /** Last day of the value in force, if it has one. */
  readonly to?: string;
  /** Source ids (see `policy.sources`). */
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  readonly note?: string;
  /**
   * The other values the sources support for these dates (a disputed fact), or the bounds of an
   * unconfirmed default's plausible range; absent when there are none. A reform can pick one by id
   * or index (see `applyReform`), and `analyseSensitivity` tries each.
   */
  readonly alternatives?: readonly ParameterAlternative[];
}

/**
 * The value of a parameter in force on a date. A date with no value in force is an error, never a
 * default.
 *
 * @param policy - the policy (the baseline or a reformed one)
 * @param id - the parameter id, e.g. `'des.c2.ratePerPatient'`
 * @param date - an ISO date
 * @returns the reading: value, dates, sources and confidence
 * @throws PbcError `INVALID_POLICY` for something that is not a policy (or a malformed parameter);
 *   `PARAMETER_NOT_FOUND` for an unknown id; `PARAMETER_NOT_IN_FORCE` when no value
 *   covers the date; `INVALID_DATE` for a malformed date
 * @category Policy
 * @example
 * ```ts
 * import { parameterAt } from 'practice-based-commissioning/policy';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * parameterAt(baselinePolicy, 'fundholding.minimumListSize.standard', '1993-04-01').value; //=> 7000
 * parameterAt(baselinePolicy, 'fundholding.minimumListSize.standard', '1993-03-31').value; //=> 9000
 * parameterAt(baselinePolicy, 'des.c1.ratePerPatient', '2010-01-01'); // throws PARAMETER_NOT_IN_FORCE
 * ```
 */
export function parameterAt(policy: Policy, id: string, date: string): ParameterReading {
  const reading = parameterInForce(policy, id, date);
  if (reading === undefined) {
    // parameterInForce returns undefined only for a well-formed parameter with no value on a valid date.
    const parameter = policy.parameters[id]!;
    const spans = parameter.values.map((value) => `${value.from}…${value.to ?? ''}`).join(', ');
    throw new PbcError('PARAMETER_NOT_IN_FORCE', `"${id}" (${parameter.label}) has no value in force on ${date}; it is defined for ${spans}`, {
      issues: [{ path: ['parameters', id], message: `no value in force on ${date}`, rule: 'policy.valueInForce' }],
    });
  }
  return reading;
}

// The value in force by date, for each deep-frozen (so unchangeable) parameter already read: a
// reading of the same parameter on the same day finds it without checking the date or searching the
// schedule again. `null`: no value in force that day.
const entriesByDate = new WeakMap<Parameter, Map<string, Parameter['values'][number] | null>>();

/**
 * {@link parameterAt} for a caller that handles "no value in force" itself (an explanation's `peek`):
 * the same checks and errors, except that a well-formed parameter with no value on a valid date
 * gives `undefined` rather than raising `PARAMETER_NOT_IN_FORCE` (building an error only to catch it
 * cost a conflicts check a third of its time). Each reading is a fresh copy, as from `parameterAt`.
 *
 * @internal
 */
export function parameterInForce(policy: Policy, id: string, date: string): ParameterReading | undefined {
  requirePolicyShape(policy);
  if (typeof id !== 'string') {
    throw new PbcError('PARAMETER_NOT_FOUND', `a parameter id must be text, got ${printable(id)}`, { issues: [{ path: ['id'], message: 'must be a parameter id', rule: 'policy.parameterId' }] });
  }
  // Own properties only: "constructor" or "toString" must not find Object.prototype's.
  const parameter = Object.hasOwn(policy.parameters, id) ? policy.parameters[id] : undefined;
  if (parameter === undefined) {
    throw new PbcError('PARAMETER_NOT_FOUND', `the policy "${policy.id}" has no parameter ${printable(id)}`, {
      issues: [{ path: ['parameters', id], message: 'unknown parameter id', rule: 'policy.parameterExists' }],
    });
  }
  requireWellFormedParameter(parameter, id);
  // Only a deep-frozen parameter is remembered (requireWellFormedParameter marks those), and only a
  // valid date is ever a key.
  const known = wellFormedParameters.has(parameter) ? entriesByDate.get(parameter) : undefined;
  let entry = typeof date === 'string' ? known?.get(date) : undefined;
  if (entry === undefined) {
    const on = IsoDateTextSchema.safeParse(date);
    if (!on.success) throw fieldError('INVALID_DATE', ['date'], `${printable(date)} is not a real calendar date in YYYY-MM-DD form`, 'calendar.isoDate');
    entry = parameter.values.find((value) => value.from <= on.data && (value.to === undefined || on.data <= value.to)) ?? null;
    if (wellFormedParameters.has(parameter)) {
      if (known === undefined) entriesByDate.set(parameter, new Map([[on.data, entry]]));
      else known.set(on.data, entry);
    }
  }
  if (entry === null) return undefined;
  return {
    id,
    label: parameter.label,
    unit: parameter.unit,
    // Copies of the lists: a reading owns its data, and changing it changes no policy.
    value: Object.is(entry.value, -0) ? 0 : Array.isArray(entry.value) ? [...(entry.value as readonly string[])] : entry.value,
    from: entry.from,
    ...(entry.to === undefined ? {} : { to: entry.to }),
    sources: [...entry.sources],
    confidence: entry.confidence,
    ...(entry.note === undefined ? {} : { note: entry.note }),
    ...(entry.alternatives === undefined ? {} : { alternatives: entry.alternatives.map(copyAlternative) }),
  };
}

function copyAlternative(alternative: ParameterAlternative): ParameterAlternative {
  return { ...alternative, value: Array.isArray(alternative.value) ? [...(alternative.value as readonly string[])] : alternative.value, sources: [...alternative.sources] };
}

// Parameters already checked against ParameterSchema, by identity. Only deep-frozen ones are kept
// (the baseline's, and those of every policy applyReform and buildPolicy return), since nothing can
// change them afterwards; a caller's own unfrozen policy is checked on every reading.
const wellFormedParameters = new WeakSet<object>();

function requireWellFormedParameter(parameter: unknown, id: string): asserts parameter is Parameter {
  if (typeof parameter === 'object' && parameter !== null && wellFormedParameters.has(parameter)) return;
  if (!ParameterSchema.safeParse(parameter).success) {
    throw new PbcError('INVALID_POLICY', `the policy's parameter ${printable(id)} is malformed (see validatePolicy)`, {
      issues: [{ path: ['parameters', id], message: 'not a parameter' }],
    });
  }
  if (isDeepFrozen(parameter)) wellFormedParameters.add(parameter as object);
}
