/**
 * Evidence about a framework's factors and the options of an assessment. Governance fact sheet,
 * model implications A (`Evidence { factorId, subjectId, status, asOf, notes?, refs? }`), and the
 * input of an assessment.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateTextSchema } from '../core/calendar.js';
import type { DatedEvaluationOptions } from '../core/evaluation.js';
import { shortText } from '../core/text.js';
import { issue } from '../core/validation.js';
import { ReadinessFrameworkSchema, ReadinessStatusSchema } from '../policy/frameworks/framework-schema.js';
import { readinessFrameworks } from '../policy/frameworks/index.js';

/**
 * The zod schema for one piece of evidence: the status of one factor for one subject (a PCT,
 * cluster or practice), observed on a date. Give the history if you have it: an assessment uses, per
 * factor, the latest evidence observed on or before its `asOf`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessEvidenceItemSchema } from 'practice-based-commissioning/schemas';
 * ReadinessEvidenceItemSchema.parse({ factorId: 'AC07.F1_BUDGETS', status: 'partial', observedOn: '2007-11-01', note: 'budgets late' });
 * ReadinessEvidenceItemSchema.safeParse({ factorId: 'AC07.F1_BUDGETS', status: 'yes' }).success; //=> false
 * ```
 */
export const ReadinessEvidenceItemSchema = z
  .object({
    factorId: z.string().min(1).meta({ description: 'The id of a factor of the framework assessed.' }),
    status: ReadinessStatusSchema,
    observedOn: IsoDateTextSchema.optional().meta({ description: 'When the status was observed (default: the assessment date). Evidence observed after the assessment date is ignored.' }),
    subjectId: z.string().min(1).optional().meta({ description: 'The PCT, cluster or practice the evidence is about.' }),
    note: z.string().optional().meta({ description: 'What the evidence is.' }),
    refs: z.array(z.string().min(1)).readonly().optional().meta({ description: 'References to documents behind the evidence.' }),
  })
  .strict()
  .meta({ description: 'The status of one factor for one subject, observed on a date.' });

/**
 * One piece of evidence; see {@link ReadinessEvidenceItemSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessEvidenceItem } from 'practice-based-commissioning';
 * const item: ReadinessEvidenceItem = { factorId: 'KF08.F.DATA', status: 'barrier', subjectId: '5ZZ' };
 * ```
 */
export type ReadinessEvidenceItem = z.infer<typeof ReadinessEvidenceItemSchema>;

/**
 * The zod schema for the evidence given to an assessment: a list of {@link ReadinessEvidenceItem}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessEvidenceSchema } from 'practice-based-commissioning/schemas';
 * ReadinessEvidenceSchema.parse([]); //=> []
 * ```
 */
export const ReadinessEvidenceSchema = z.array(ReadinessEvidenceItemSchema).readonly();

/**
 * The zod schema for a factor's weight: a number or decimal string, not negative.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessWeightSchema } from 'practice-based-commissioning/schemas';
 * ReadinessWeightSchema.safeParse('1.5').success; //=> true
 * ReadinessWeightSchema.safeParse(-1).success;    //=> false
 * ```
 */
export const ReadinessWeightSchema = z
  .union([z.number().finite(), z.string().regex(/^-?\d+(?:\.\d+)?$/, { message: 'must be a decimal number such as 1.5' })])
  .refine((weight) => !(Number(weight) < 0), { message: 'a weight must not be negative', params: { rule: 'readiness.weightNotNegative' } })
  .meta({ description: 'A non-negative weight, as a number or a decimal string.' });

/**
 * The zod schema for caller weights by factor id: a factor not listed keeps weight 1 (none of the
 * sources publishes weights). They must not be negative, and must not sum to zero.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessWeightsSchema } from 'practice-based-commissioning/schemas';
 * ReadinessWeightsSchema.parse({ 'AC07.F1_BUDGETS': 2, 'AC07.F2_INFORMATION': '0.5' });
 * ```
 */
export const ReadinessWeightsSchema = z
  .record(z.string(), ReadinessWeightSchema)
  .meta({ description: 'Weights by factor id (default 1 each). They must not be negative, and must not sum to zero.' });

/**
 * The zod schema for the key of a built-in framework in `readinessFrameworks`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessFrameworkIdSchema } from 'practice-based-commissioning/schemas';
 * ReadinessFrameworkIdSchema.options; //=> ['AC2006', 'AC2007', 'KF2008', 'DH2006', 'DH2009']
 * ```
 */
export const ReadinessFrameworkIdSchema = z
  .enum(['AC2006', 'AC2007', 'KF2008', 'DH2006', 'DH2009'])
  .meta({ description: 'A built-in readiness framework, by its key in readinessFrameworks.' });

/**
 * The key of a built-in framework; see {@link ReadinessFrameworkIdSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessFrameworkId } from 'practice-based-commissioning';
 * const id: ReadinessFrameworkId = 'KF2008';
 * ```
 */
export type ReadinessFrameworkId = z.infer<typeof ReadinessFrameworkIdSchema>;

/**
 * The zod schema for a framework given to a readiness function: a built-in one by its key, or a
 * framework object (one of `readinessFrameworks` revised, or your own).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessFrameworkRefSchema } from 'practice-based-commissioning/schemas';
 * ReadinessFrameworkRefSchema.safeParse('AC2007').success; //=> true
 * ReadinessFrameworkRefSchema.safeParse('AC2099').success; //=> false
 * ```
 */
export const ReadinessFrameworkRefSchema = z
  .union([ReadinessFrameworkIdSchema, ReadinessFrameworkSchema])
  .meta({ description: 'A built-in framework by its key (AC2006, AC2007, KF2008, DH2006, DH2009), or a framework object.' });

/**
 * The same check as {@link ReadinessFrameworkRefSchema}, resolving a key to its framework, and
 * naming the field of a framework object that is wrong (a union would only say "invalid input").
 * @internal
 */
export const ResolvedFrameworkSchema = z.preprocess((value, context) => {
  if (typeof value !== 'string') return value;
  if (Object.hasOwn(readinessFrameworks, value)) return readinessFrameworks[value as ReadinessFrameworkId];
  context.addIssue(issue([], `no built-in framework "${shortText(value, 60)}" (one of ${ReadinessFrameworkIdSchema.options.join(', ')}), nor a framework object`, 'readiness.knownFramework'));
  return z.NEVER;
}, ReadinessFrameworkSchema);

/**
 * The zod schema for the input of `assessReadiness`: the framework (by key or as an object), the
 * evidence, optional weights by factor id (a factor not listed keeps weight 1; none of the sources
 * publishes weights), and the subject assessed.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { AssessReadinessInputSchema } from 'practice-based-commissioning/schemas';
 * AssessReadinessInputSchema.parse({ framework: 'AC2007', evidence: [], weights: { 'AC07.F1_BUDGETS': 2 }, subject: '5ZZ' });
 * ```
 */
export const AssessReadinessInputSchema = z
  .object({
    framework: ReadinessFrameworkRefSchema,
    evidence: ReadinessEvidenceSchema,
    weights: ReadinessWeightsSchema.optional(),
    subject: z.string().min(1).optional().meta({ description: 'The PCT, cluster or practice assessed; evidence about another subject is an error.' }),
  })
  .strict();

/**
 * The input of `assessReadiness`; see {@link AssessReadinessInputSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { AssessReadinessInput } from 'practice-based-commissioning';
 * const input: AssessReadinessInput = { framework: 'AC2007', evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'met' }], subject: '5ZZ' };
 * ```
 */
export type AssessReadinessInput = z.input<typeof AssessReadinessInputSchema>;

/** The parsed input of `assessReadiness`, the framework resolved. @internal */
export const ParsedAssessReadinessInputSchema = AssessReadinessInputSchema.extend({ framework: ResolvedFrameworkSchema });

/**
 * The options of `assessReadiness`: the date of the assessment (`asOf`, required: evidence observed
 * later is ignored, and parameters are read on it) and the policy (default: the baseline).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { AssessReadinessOptions } from 'practice-based-commissioning';
 * const options: AssessReadinessOptions = { asOf: '2008-11-20' };
 * ```
 */
export interface AssessReadinessOptions extends DatedEvaluationOptions {}
