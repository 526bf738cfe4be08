/**
 * The policy model's shapes: sources, confidence, units, dated values, parameters, the policy
 * object and reforms, as zod schemas with their types, and the cheap shape checks the other
 * policy-model modules share. Knows nothing of PBC; the encoded PBC policy lives in `src/policy`.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateTextSchema } from '../calendar.js';
import { PbcError, printable } from '../errors.js';
import { MAX_DECIMAL_LENGTH } from '../decimal.js';

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
 * import type { Source } from 'practice-based-commissioning/policy';
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
 * import type { Confidence } from 'practice-based-commissioning/policy';
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
 * import type { ParameterUnit } from 'practice-based-commissioning/policy';
 * const unit: ParameterUnit = 'ratio';
 * ```
 */
export type ParameterUnit = z.infer<typeof ParameterUnitSchema>;

/**
 * The zod schema for one value a parameter takes: a plain JSON value whose type must suit the
 * parameter's unit (checked by `validatePolicy` (from `/policy`)).
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
 * import type { ParameterValue } from 'practice-based-commissioning/policy';
 * const share: ParameterValue = '0.7';
 * ```
 */
export type ParameterValue = z.infer<typeof ParameterValueSchema>;

/**
 * The zod schema for an alternative to a dated value: another value that the sources support for the
 * same dates (a later decision, a different reading), or a bound of the plausible range of an
 * unconfirmed default, with its own sources, confidence and note. `id` (optional) names it, so that
 * a reform can pick it by name as well as by its position in the list.
 *
 * @category Policy
 * @example
 * ```ts
 * import { ParameterAlternativeSchema } from 'practice-based-commissioning/schemas';
 * ParameterAlternativeSchema.parse({
 *   id: 'kf-2004-100pc', value: '1', sources: ['kf-2004-100pc'], confidence: 'derived',
 *   note: 'The government decision of December 2004: practices keep up to 100% from April 2005.',
 * });
 * ```
 */
export const ParameterAlternativeSchema = z
  .object({
    id: z.string().regex(idPattern, { message: 'must be a lower-case id such as kf-2004-100pc' }).optional(),
    value: ParameterValueSchema,
    sources: z.array(z.string().min(1)).min(1, { message: 'an alternative needs at least one source id' }),
    confidence: ConfidenceSchema,
    note: z.string().optional(),
  })
  .strict()
  .meta({ description: 'Another value the sources support for the same dates, or a bound of a plausible range.' });

/**
 * See {@link ParameterAlternativeSchema}.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { ParameterAlternative } from 'practice-based-commissioning/policy';
 * const eighth: ParameterAlternative = { id: 'eighth', value: '0.125', sources: ['dh-2006-fair-shares-toolkit'], confidence: 'unconfirmed' };
 * ```
 */
export type ParameterAlternative = z.infer<typeof ParameterAlternativeSchema>;

/**
 * The zod schema for a dated value of a parameter: in force from `from` to `to` inclusive (no `to`:
 * until further notice), with the sources it rests on and a confidence, and optionally the
 * `alternatives` the sources also support (a disputed fact) or the bounds of a plausible range (an
 * unconfirmed default).
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
    alternatives: z
      .array(ParameterAlternativeSchema)
      .min(1, { message: 'leave `alternatives` out rather than empty' })
      .optional()
      .meta({ description: 'Other values the sources support for these dates, or the bounds of a plausible range; see validatePolicy.' }),
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
 * import type { DatedValue } from 'practice-based-commissioning/policy';
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
 * import type { Parameter } from 'practice-based-commissioning/policy';
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
 * import type { Policy } from 'practice-based-commissioning/policy';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const policy: Policy = baselinePolicy;
 * Object.keys(policy.parameters).length > 0; //=> true
 * ```
 */
export type Policy = z.infer<typeof PolicySchema>;

/**
 * The zod schema for a reform's pick of an alternative: from `from` (to `to`, by default the end of
 * the dated value in force on `from`), use the alternative that value carries, named by its `id` or
 * by its position (0 for the first). The picked value takes the alternative's sources, confidence
 * and note; the value it replaces becomes an alternative in turn, so nothing is lost.
 *
 * @category Policy
 * @example
 * ```ts
 * import { AlternativePickSchema } from 'practice-based-commissioning/schemas';
 * AlternativePickSchema.parse({ from: '2005-04-01', alternative: 'kf-2004-100pc' });
 * AlternativePickSchema.parse({ from: '2007-04-01', alternative: 1 });
 * ```
 */
export const AlternativePickSchema = z
  .object({
    from: IsoDateTextSchema,
    to: IsoDateTextSchema.optional(),
    alternative: z.union([z.string().regex(idPattern, { message: 'must be the id of an alternative' }), z.number().int().min(0)]),
    note: z.string().optional(),
  })
  .strict()
  .refine((entry) => entry.to === undefined || entry.to >= entry.from, {
    message: '`to` must not be before `from`',
    path: ['to'],
  })
  .meta({ description: 'A reform entry that picks one of the alternatives of the dated value in force on `from`, by id or index.' });

/**
 * See {@link AlternativePickSchema}.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { AlternativePick } from 'practice-based-commissioning/policy';
 * const pick: AlternativePick = { from: '2005-04-01', alternative: 0 };
 * ```
 */
export type AlternativePick = z.infer<typeof AlternativePickSchema>;

/**
 * The zod schema for a reform: plain JSON data that overrides dated values of existing parameters
 * (and may add sources and choose rule versions). A new value is spliced into the parameter's
 * timeline over its own dates; the baseline's values outside those dates are kept. An entry may
 * instead pick one of the alternatives the policy already records ({@link AlternativePickSchema}),
 * without restating it: `{ from: '2005-04-01', alternative: 'kf-2004-100pc' }`.
 *
 * @category Policy
 * @example
 * ```ts
 * import { ReformSchema } from 'practice-based-commissioning/schemas';
 * ReformSchema.parse({
 *   id: 'full-savings', label: 'Practices keep all freed-up resources from 2008/09',
 *   parameters: { 'fur.practiceShare': [{ from: '2008-04-01', value: '1', sources: ['kf-2004-100pc'], confidence: 'derived' }] },
 * });
 * ReformSchema.parse({
 *   id: 'up-to-100pc', label: 'The December 2004 decision for 2005/06',
 *   parameters: { 'fur.practiceShare': [{ from: '2005-04-01', alternative: 'kf-2004-100pc' }] },
 * });
 * ```
 */
export const ReformSchema = z
  .object({
    id: z.string().regex(idPattern, { message: 'must be a lower-case id such as real-budgets-elective' }),
    label: z.string().min(1),
    description: z.string().optional(),
    sources: z.array(SourceSchema).optional(),
    parameters: z.record(z.string(), z.array(z.union([DatedValueSchema, AlternativePickSchema])).min(1)).optional(),
    ruleVersions: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/**
 * See {@link ReformSchema}.
 *
 * @category Policy
 * @example
 * ```ts
 * import type { Reform } from 'practice-based-commissioning/policy';
 * const noChange: Reform = { id: 'nothing', label: 'An empty reform' };
 * ```
 */
export type Reform = z.infer<typeof ReformSchema>;

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

/** One problem with a dated value's alternatives, as validatePolicy and applyReform report it. @internal */
export interface AlternativeIssue {
  readonly path: (string | number)[];
  readonly message: string;
  /** `<prefix>.alternativeUnit`, `.alternativeSource`, `.alternativeDistinct` or `.alternativeUniqueId`. */
  readonly rule: string;
}

/**
 * Checks a dated value's alternatives as its value is checked: each of a type its unit allows, every
 * source cited known, none equal to the value or to another alternative, no id used twice.
 * @internal
 */
export function alternativeIssues(
  entry: Pick<DatedValue, 'value' | 'alternatives'>,
  unit: ParameterUnit,
  isKnownSource: (id: string) => boolean,
  path: readonly (string | number)[],
  prefix: 'policy' | 'reform',
): AlternativeIssue[] {
  const issues: AlternativeIssue[] = [];
  const seenValues = new Set<string>([JSON.stringify(entry.value)]);
  const seenIds = new Set<string>();
  (entry.alternatives ?? []).forEach((alternative, index) => {
    const at = [...path, 'alternatives', index];
    if (!valueSuitsUnit(alternative.value, unit)) {
      issues.push({ path: [...at, 'value'], message: `alternative ${index} (${printable(alternative.value)}) does not suit unit "${unit}"`, rule: `${prefix}.alternativeUnit` });
    }
    for (const sourceId of alternative.sources) {
      if (!isKnownSource(sourceId)) issues.push({ path: [...at, 'sources'], message: `alternative ${index} cites unknown source "${sourceId}"`, rule: `${prefix}.alternativeSource` });
    }
    const key = JSON.stringify(alternative.value);
    if (seenValues.has(key)) {
      issues.push({ path: [...at, 'value'], message: `alternative ${index} (${printable(alternative.value)}) repeats the value or another alternative`, rule: `${prefix}.alternativeDistinct` });
    }
    seenValues.add(key);
    if (alternative.id !== undefined) {
      if (seenIds.has(alternative.id)) issues.push({ path: [...at, 'id'], message: `alternative id "${alternative.id}" is used twice`, rule: `${prefix}.alternativeUniqueId` });
      seenIds.add(alternative.id);
    }
  });
  return issues;
}
