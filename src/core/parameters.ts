/**
 * Policy as dated data: sources, parameters with dated values, the policy object, lookup by date,
 * reforms that override dated values without touching the baseline, and the model's self-check.
 * This module knows nothing of PBC; the encoded PBC policy lives in `src/policy`.
 *
 * @module
 */
import { z } from 'zod';
import { addDays, IsoDateTextSchema } from './calendar.js';
import { PbcError, printable, printablePath, fieldError } from './errors.js';
import { frozenCopy, isDeepFrozen } from './freeze.js';
import { parseInput, reservedKeyIssues } from './validation.js';
import { MAX_DECIMAL_LENGTH } from './decimal.js';

const idPattern = /^[a-z0-9]+(?:[.-][a-zA-Z0-9]+)*$/;

/**
 * The zod schema for a bibliographic source that parameters and rules cite by id.
 *
 * @category Policy
 * @example
 * ```ts
 * import { SourceSchema } from 'practice-based-commissioning/schemas';
 * SourceSchema.parse({
 *   id: 'bma-tpbc-des-c2', title: 'Component 2 of the Towards PBC DES', publisher: 'BMA',
 *   date: '2007', url: 'http://www.bma.org./ap.nsf/Content/comp2tpbcdes', weight: 'secondary',
 * });
 * ```
 */
export const SourceSchema = z
  .object({
    id: z.string().regex(idPattern, { message: 'must be a lower-case id such as dh-2004-engaging' }),
    title: z.string().min(1),
    publisher: z.string().min(1),
    date: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })
      .meta({ description: 'Publication date, as precise as known.' }),
    // Only web addresses: a `javascript:` or `data:` URL printed in a rendered bibliography is a trap.
    url: z
      .string()
      .url()
      .regex(/^https?:\/\//i, { message: 'must be an http or https URL' })
      .optional(),
    weight: z.enum(['primary', 'secondary', 'context']).meta({
      description: 'primary: legislation, Hansard, DH; secondary: trade or academic press; context: encyclopaedias and blogs.',
    }),
    note: z.string().optional(),
  })
  .strict()
  .meta({ description: 'A publication cited by parameters and rules.' });

/**
 * A publication cited by parameters and rules.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { Source } from 'practice-based-commissioning';
 * const hansard: Source = { id: 'hansard-2006-11-06', title: 'GP budgets (written answer)', publisher: 'Hansard', date: '2006-11-06', weight: 'primary' };
 * ```
 */
export type Source = z.infer<typeof SourceSchema>;

/**
 * How sure the library is of a value: `confirmed` (read in a source), `derived` (worked out from
 * confirmed facts, or a reading of them that the sources imply), `unconfirmed` (a documented default
 * that no source confirms; override it with a reform when you know better).
 *
 * @category Policy
 * @example
 * ```ts
 * import { ConfidenceSchema } from 'practice-based-commissioning/schemas';
 * ConfidenceSchema.options; //=> ['confirmed', 'derived', 'unconfirmed']
 * ```
 */
export const ConfidenceSchema = z.enum(['confirmed', 'derived', 'unconfirmed']);

/**
 * See {@link ConfidenceSchema}.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { Confidence } from 'practice-based-commissioning';
 * const confidence: Confidence = 'derived';
 * ```
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * The units a parameter can be expressed in, and so the type of its values:
 * whole numbers for `pence`, `pence-per-patient`, `patients`, `days`, `weeks`, `months`, `years`,
 * `count`; a decimal string for `ratio` (`'0.7'` is 70%); `boolean`; an ISO date for `date`;
 * `MM-DD` for `month-day`; a string for `text`; a list of strings for `list`. Any parameter may hold
 * `null`, meaning "no national value: a local decision".
 *
 * @category Policy
 * @example
 * ```ts
 * import { ParameterUnitSchema } from 'practice-based-commissioning/schemas';
 * ParameterUnitSchema.parse('pence-per-patient');
 * ```
 */
export const ParameterUnitSchema = z.enum([
  'pence',
  'pence-per-patient',
  'patients',
  'days',
  'weeks',
  'months',
  'years',
  'count',
  'ratio',
  'boolean',
  'date',
  'month-day',
  'text',
  'list',
]);

/**
 * See {@link ParameterUnitSchema}.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { ParameterUnit } from 'practice-based-commissioning';
 * const unit: ParameterUnit = 'ratio';
 * ```
 */
export type ParameterUnit = z.infer<typeof ParameterUnitSchema>;

/**
 * The zod schema for one value a parameter takes: a plain JSON value whose type must suit the
 * parameter's unit (checked by {@link validatePolicy}).
 *
 * @category Policy
 * @example
 * ```ts
 * import { ParameterValueSchema } from 'practice-based-commissioning/schemas';
 * ParameterValueSchema.parse(95);
 * ParameterValueSchema.parse('0.7');
 * ```
 */
export const ParameterValueSchema = z.union([
  z.number().refine(Number.isFinite, { message: 'must be finite' }),
  z.string(),
  z.boolean(),
  z.array(z.string()),
  z.null(),
]);

/**
 * See {@link ParameterValueSchema}.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { ParameterValue } from 'practice-based-commissioning';
 * const share: ParameterValue = '0.7';
 * ```
 */
export type ParameterValue = z.infer<typeof ParameterValueSchema>;

/**
 * The zod schema for a dated value of a parameter: in force from `from` to `to` inclusive (no `to`:
 * until further notice), with the sources it rests on and a confidence.
 *
 * @category Policy
 * @example
 * ```ts
 * import { DatedValueSchema } from 'practice-based-commissioning/schemas';
 * DatedValueSchema.parse({ from: '2006-04-01', value: '0.7', sources: ['hansard-2006-11-06'], confidence: 'confirmed' });
 * ```
 */
export const DatedValueSchema = z
  .object({
    from: IsoDateTextSchema,
    to: IsoDateTextSchema.optional(),
    value: ParameterValueSchema,
    sources: z.array(z.string().min(1)).min(1, { message: 'a value needs at least one source id' }),
    confidence: ConfidenceSchema,
    note: z.string().optional(),
  })
  .strict()
  .refine((entry) => entry.to === undefined || entry.to >= entry.from, {
    message: '`to` must not be before `from`',
    path: ['to'],
  });

/**
 * See {@link DatedValueSchema}.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { DatedValue } from 'practice-based-commissioning';
 * const value: DatedValue = { from: '2006-04-01', value: 95, sources: ['bma-tpbc-des-c2'], confidence: 'confirmed' };
 * ```
 */
export type DatedValue = z.infer<typeof DatedValueSchema>;

/**
 * The zod schema for a parameter: a named, united policy figure with values by date.
 *
 * @category Policy
 * @example
 * ```ts
 * import { ParameterSchema } from 'practice-based-commissioning/schemas';
 * ParameterSchema.parse({
 *   id: 'des.c2.ratePerPatient', label: 'DES component 2 rate per registered patient', unit: 'pence-per-patient',
 *   values: [{ from: '2006-04-01', to: '2007-03-31', value: 95, sources: ['bma-tpbc-des-c2'], confidence: 'confirmed' }],
 * });
 * ```
 */
export const ParameterSchema = z
  .object({
    id: z.string().regex(idPattern, { message: 'must be a dotted id such as des.c2.ratePerPatient' }),
    label: z.string().min(1),
    description: z.string().optional(),
    unit: ParameterUnitSchema,
    values: z.array(DatedValueSchema).min(1, { message: 'a parameter needs at least one dated value' }),
  })
  .strict();

/**
 * See {@link ParameterSchema}.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { Parameter } from 'practice-based-commissioning';
 * declare const p: Parameter;
 * p.values.map((v) => v.from);
 * ```
 */
export type Parameter = z.infer<typeof ParameterSchema>;

/**
 * The zod schema for a policy: the bibliography, the parameters, which rule versions are in use,
 * and the reforms applied so far.
 *
 * @category Policy
 * @example
 * ```ts
 * import { PolicySchema } from 'practice-based-commissioning/schemas';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * PolicySchema.safeParse(baselinePolicy).success; //=> true
 * ```
 */
export const PolicySchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    sources: z.record(z.string(), SourceSchema),
    parameters: z.record(z.string(), ParameterSchema),
    ruleVersions: z.record(z.string(), z.string()),
    reforms: z.array(z.object({ id: z.string(), label: z.string() }).strict()),
  })
  .strict();

/**
 * A whole policy: the bibliography, every parameter with its dated values, the rule versions in
 * use, and the trail of reforms applied. Plain, JSON-serialisable data; never mutated.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { Policy } from 'practice-based-commissioning';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const policy: Policy = baselinePolicy;
 * Object.keys(policy.parameters).length > 0; //=> true
 * ```
 */
export type Policy = z.infer<typeof PolicySchema>;

/**
 * A parameter's value on a date, with where it came from: what a rule reads and what an
 * explanation records.
 *
 * @category Policy
 * @example
 * ```ts
 * import { parameterAt } from 'practice-based-commissioning';
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
 * import { parameterAt } from 'practice-based-commissioning';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * parameterAt(baselinePolicy, 'fundholding.minimumListSize.standard', '1993-04-01').value; //=> 7000
 * parameterAt(baselinePolicy, 'fundholding.minimumListSize.standard', '1993-03-31').value; //=> 9000
 * parameterAt(baselinePolicy, 'des.c1.ratePerPatient', '2010-01-01'); // throws PARAMETER_NOT_IN_FORCE
 * ```
 */
export function parameterAt(policy: Policy, id: string, date: string): ParameterReading {
  requirePolicyShape(policy);
  if (typeof id !== 'string') {
    throw new PbcError('PARAMETER_NOT_FOUND', `a parameter id must be text, got ${printable(id)}`, { issues: [{ path: ['id'], message: 'must be a parameter id' }] });
  }
  // Own properties only: "constructor" or "toString" must not find Object.prototype's.
  const parameter = Object.hasOwn(policy.parameters, id) ? policy.parameters[id] : undefined;
  if (parameter === undefined) {
    throw new PbcError('PARAMETER_NOT_FOUND', `the policy "${policy.id}" has no parameter ${printable(id)}`, {
      issues: [{ path: ['parameters', id], message: 'unknown parameter id' }],
    });
  }
  requireWellFormedParameter(parameter, id);
  const on = IsoDateTextSchema.safeParse(date);
  if (!on.success) throw fieldError('INVALID_DATE', ['date'], `${printable(date)} is not a real calendar date in YYYY-MM-DD form`, 'calendar.isoDate');
  const entry = parameter.values.find((value) => value.from <= on.data && (value.to === undefined || on.data <= value.to));
  if (entry === undefined) {
    const spans = parameter.values.map((value) => `${value.from}…${value.to ?? ''}`).join(', ');
    throw new PbcError('PARAMETER_NOT_IN_FORCE', `"${id}" (${parameter.label}) has no value in force on ${on.data}; it is defined for ${spans}`, {
      issues: [{ path: ['parameters', id], message: `no value in force on ${on.data}` }],
    });
  }
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
  };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks, cheaply, that `policy` has the shape of a {@link Policy} (an object with `parameters`,
 * `sources` and `ruleVersions` records and a `reforms` list), so that a malformed policy read from
 * JSON is a PbcError `INVALID_POLICY`, not a TypeError deep inside a rule. {@link validatePolicy}
 * checks everything.
 * @internal
 */
export function requirePolicyShape(policy: unknown): asserts policy is Policy {
  if (
    !isPlainRecord(policy) ||
    typeof policy['id'] !== 'string' ||
    !isPlainRecord(policy['parameters']) ||
    !isPlainRecord(policy['sources']) ||
    !isPlainRecord(policy['ruleVersions']) ||
    !Array.isArray(policy['reforms'])
  ) {
    throw new PbcError('INVALID_POLICY', `a policy must be an object with id, parameters, sources, ruleVersions and reforms (start from baselinePolicy), got ${printable(policy)}`, {
      issues: [{ path: ['policy'], message: 'not a policy' }],
    });
  }
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

const INTEGER_UNITS = new Set<ParameterUnit>(['pence', 'pence-per-patient', 'patients', 'days', 'weeks', 'months', 'years', 'count']);

/** Whether a value suits a unit; `null` suits every unit. @internal */
export function valueSuitsUnit(value: ParameterValue, unit: ParameterUnit): boolean {
  if (value === null) return true;
  if (INTEGER_UNITS.has(unit)) return typeof value === 'number' && Number.isSafeInteger(value);
  switch (unit) {
    case 'ratio':
      return typeof value === 'string' && value.length <= MAX_DECIMAL_LENGTH && /^-?\d+(?:\.\d+)?$/.test(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && IsoDateTextSchema.safeParse(value).success;
    case 'month-day':
      return typeof value === 'string' && IsoDateTextSchema.safeParse(`2000-${value}`).success && /^\d{2}-\d{2}$/.test(value);
    case 'text':
      return typeof value === 'string';
    default:
      return Array.isArray(value);
  }
}

/**
 * One problem {@link validatePolicy} found.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { PolicyFinding } from 'practice-based-commissioning';
 * const finding: PolicyFinding = { code: 'GAP', parameterId: 'fur.practiceShare', message: 'no value from 2006-01-01 to 2006-03-31' };
 * ```
 */
export interface PolicyFinding {
  /** `GAP` between two values; `OVERLAP` of two values; `UNSORTED` values; `UNKNOWN_SOURCE` cited; `UNIT_MISMATCH` between a value and its unit; `ID_MISMATCH` between a key and its parameter's id; `SCHEMA` for a malformed policy. */
  readonly code: 'GAP' | 'OVERLAP' | 'UNSORTED' | 'UNKNOWN_SOURCE' | 'UNIT_MISMATCH' | 'ID_MISMATCH' | 'SCHEMA';
  readonly parameterId?: string;
  readonly message: string;
}

/**
 * The result of {@link validatePolicy}: `ok` when there are no findings.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { PolicyValidation } from 'practice-based-commissioning';
 * const clean: PolicyValidation = { ok: true, findings: [] };
 * ```
 */
export interface PolicyValidation {
  readonly ok: boolean;
  readonly findings: readonly PolicyFinding[];
}

/**
 * Checks a policy's model for itself: within each parameter, values sorted by date with no gap and no
 * overlap; every cited source in the bibliography; every value of a type its unit allows; each
 * parameter filed under its own id. Returns **all** findings rather than stopping at the first.
 *
 * @param policy - any data claiming to be a policy
 * @returns `{ ok, findings }`
 * @category Policy
 * @example
 * ```ts
 * import { validatePolicy } from 'practice-based-commissioning';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * validatePolicy(baselinePolicy); //=> { ok: true, findings: [] }
 * ```
 */
export function validatePolicy(policy: unknown): PolicyValidation {
  // zod's records drop an own "__proto__" key without a word: it is reported, not ignored.
  const reserved = reservedKeyIssues(policy);
  if (reserved.length > 0) return { ok: false, findings: reserved.map((issue) => ({ code: 'SCHEMA' as const, message: `${issue.path.join('.')}: ${issue.message}` })) };
  const parsed = PolicySchema.safeParse(policy);
  if (!parsed.success) {
    return {
      ok: false,
      findings: parsed.error.issues.map((issue) => ({ code: 'SCHEMA' as const, message: `${printablePath(issue.path)}: ${issue.message}` })),
    };
  }
  const findings: PolicyFinding[] = [];
  const { sources, parameters } = parsed.data;
  for (const [key, source] of Object.entries(sources)) {
    if (key !== source.id) findings.push({ code: 'ID_MISMATCH', message: `source filed as "${key}" has id "${source.id}"` });
  }
  for (const [key, parameter] of Object.entries(parameters)) {
    const parameterId = parameter.id;
    if (key !== parameterId) findings.push({ code: 'ID_MISMATCH', parameterId, message: `parameter filed as "${key}" has id "${parameterId}"` });
    parameter.values.forEach((entry, index) => {
      for (const sourceId of entry.sources) {
        if (!Object.hasOwn(sources, sourceId)) {
          findings.push({ code: 'UNKNOWN_SOURCE', parameterId, message: `value ${index} (from ${entry.from}) cites unknown source "${sourceId}"` });
        }
      }
      if (!valueSuitsUnit(entry.value, parameter.unit)) {
        findings.push({ code: 'UNIT_MISMATCH', parameterId, message: `value ${index} (${printable(entry.value)}) does not suit unit "${parameter.unit}"` });
      }
      const previous = parameter.values[index - 1];
      if (previous === undefined) return;
      if (entry.from < previous.from) {
        findings.push({ code: 'UNSORTED', parameterId, message: `value ${index} (from ${entry.from}) comes before value ${index - 1} (from ${previous.from})` });
      } else if (previous.to === undefined || entry.from <= previous.to) {
        findings.push({ code: 'OVERLAP', parameterId, message: `value ${index} (from ${entry.from}) overlaps value ${index - 1} (${previous.from}…${previous.to ?? ''})` });
      } else if (addDays(previous.to, 1) !== entry.from) {
        findings.push({ code: 'GAP', parameterId, message: `no value from ${addDays(previous.to, 1)} to ${addDays(entry.from, -1)}` });
      }
    });
  }
  return { ok: findings.length === 0, findings };
}

/**
 * The zod schema for a reform: plain JSON data that overrides dated values of existing parameters
 * (and may add sources and choose rule versions). A new value is spliced into the parameter's
 * timeline over its own dates; the baseline's values outside those dates are kept.
 *
 * @category Policy
 * @example
 * ```ts
 * import { ReformSchema } from 'practice-based-commissioning/schemas';
 * ReformSchema.parse({
 *   id: 'full-savings', label: 'Practices keep all freed-up resources from 2008/09',
 *   parameters: { 'fur.practiceShare': [{ from: '2008-04-01', value: '1', sources: ['kf-2004-100pc'], confidence: 'derived' }] },
 * });
 * ```
 */
export const ReformSchema = z
  .object({
    id: z.string().regex(idPattern, { message: 'must be a lower-case id such as real-budgets-elective' }),
    label: z.string().min(1),
    description: z.string().optional(),
    sources: z.array(SourceSchema).optional(),
    parameters: z.record(z.string(), z.array(DatedValueSchema).min(1)).optional(),
    ruleVersions: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/**
 * See {@link ReformSchema}.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { Reform } from 'practice-based-commissioning';
 * const noChange: Reform = { id: 'nothing', label: 'An empty reform' };
 * ```
 */
export type Reform = z.infer<typeof ReformSchema>;

function spliceValue(values: readonly DatedValue[], replacement: DatedValue): DatedValue[] {
  const kept: DatedValue[] = [];
  for (const entry of values) {
    const endsBefore = entry.to !== undefined && entry.to < replacement.from;
    const startsAfter = replacement.to !== undefined && entry.from > replacement.to;
    if (endsBefore || startsAfter) {
      kept.push(entry);
      continue;
    }
    if (entry.from < replacement.from) kept.push({ ...entry, to: addDays(replacement.from, -1) });
    if (replacement.to !== undefined && (entry.to === undefined || entry.to > replacement.to)) {
      kept.push({ ...entry, from: addDays(replacement.to, 1) });
    }
  }
  kept.push(replacement);
  return kept.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * Applies a reform to a policy and returns a **new** policy; the one given is never changed. Each
 * reformed value replaces whatever the policy held over that value's dates. The reform is checked
 * first: unknown parameters or sources, values of the wrong type for the unit, and values that
 * overlap each other are all reported together.
 *
 * @param policy - the policy to start from (often `baselinePolicy`)
 * @param reform - reform data (validated with {@link ReformSchema})
 * @returns the reformed policy, with the reform added to its `reforms` trail
 * @throws PbcError `INVALID_REFORM` listing every problem; `INVALID_POLICY` for a `policy` that is not one
 * @category Policy
 * @example
 * ```ts
 * import { applyReform, parameterAt } from 'practice-based-commissioning';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const reformed = applyReform(baselinePolicy, {
 *   id: 'full-savings', label: 'Practices keep all freed-up resources from 2008/09',
 *   parameters: { 'fur.practiceShare': [{ from: '2008-04-01', value: '1', sources: ['kf-2004-100pc'], confidence: 'derived' }] },
 * });
 * parameterAt(reformed, 'fur.practiceShare', '2008-04-01').value;      //=> '1'
 * parameterAt(reformed, 'fur.practiceShare', '2008-03-31').value;      //=> '0.7'
 * parameterAt(baselinePolicy, 'fur.practiceShare', '2008-04-01').value; //=> '0.7'
 * ```
 */
export function applyReform(policy: Policy, reform: unknown): Policy {
  requirePolicyShape(policy);
  const parsed = parseInput(ReformSchema, reform, 'reform', 'INVALID_REFORM');
  const sources: Record<string, Source> = { ...policy.sources };
  // Defined, never assigned: a source id is an ordinary own key whatever it is called.
  for (const source of parsed.sources ?? []) Object.defineProperty(sources, source.id, { value: source, enumerable: true, writable: true, configurable: true });
  const issues: { path: (string | number)[]; message: string; rule: string }[] = [];
  const parameters: Record<string, Parameter> = { ...policy.parameters };
  for (const [id, values] of Object.entries(parsed.parameters ?? {})) {
    const parameter = Object.hasOwn(policy.parameters, id) ? policy.parameters[id] : undefined;
    if (parameter === undefined) {
      issues.push({ path: ['parameters', id], message: `the policy has no parameter "${id}"`, rule: 'reform.knownParameter' });
      continue;
    }
    const sorted = [...values].sort((a, b) => (a.from < b.from ? -1 : 1));
    sorted.forEach((entry, index) => {
      const path = ['parameters', id, values.indexOf(entry)];
      if (!valueSuitsUnit(entry.value, parameter.unit)) {
        issues.push({ path: [...path, 'value'], message: `${printable(entry.value)} does not suit unit "${parameter.unit}"`, rule: 'reform.unit' });
      }
      for (const sourceId of entry.sources) {
        if (!Object.hasOwn(sources, sourceId)) issues.push({ path: [...path, 'sources'], message: `unknown source "${sourceId}"`, rule: 'reform.knownSource' });
      }
      const previous = sorted[index - 1];
      if (previous !== undefined && (previous.to === undefined || previous.to >= entry.from)) {
        issues.push({ path, message: `overlaps another value of the reform (from ${previous.from})`, rule: 'reform.noOverlap' });
      }
    });
    const reformed = { ...parameter, values: sorted.reduce<DatedValue[]>((acc, entry) => spliceValue(acc, entry), parameter.values) };
    Object.defineProperty(parameters, id, { value: reformed, enumerable: true, writable: true, configurable: true });
  }
  if (issues.length > 0) {
    throw new PbcError('INVALID_REFORM', `reform "${parsed.id}" cannot be applied: ${issues.map((issue) => issue.message).join('; ')}`, { issues });
  }
  // Deep-frozen, and the caller's policy is copied rather than frozen: the result can be shared and
  // cached, and neither side can change the other.
  return frozenCopy({
    id: `${policy.id}+${parsed.id}`,
    label: `${policy.label}, with ${parsed.label}`,
    sources,
    parameters,
    ruleVersions: { ...policy.ruleVersions, ...parsed.ruleVersions },
    reforms: [...policy.reforms, { id: parsed.id, label: parsed.label }],
  });
}
