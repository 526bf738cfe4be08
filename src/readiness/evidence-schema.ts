/**
 * Evidence about a framework's factors and the options of an assessment. Governance fact sheet,
 * model implications A (`Evidence { factorId, subjectId, status, asOf, notes?, refs? }`).
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateTextSchema } from '../core/calendar.js';
import { ReadinessStatusSchema } from '../policy/frameworks/framework-schema.js';
import { ReadinessPolicyOptionSchema } from './policy-option.js';

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
    refs: z.array(z.string().min(1)).optional().meta({ description: 'References to documents behind the evidence.' }),
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
export const ReadinessEvidenceSchema = z.array(ReadinessEvidenceItemSchema);

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
 * The zod schema for the options of `assessReadiness`: the date (`asOf`), optional weights by factor
 * id (a factor not listed keeps weight 1; none of the sources publishes weights), the subject, and
 * the policy (default: the baseline).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { AssessReadinessOptionsSchema } from 'practice-based-commissioning/schemas';
 * AssessReadinessOptionsSchema.parse({ asOf: '2007-11-22', weights: { 'AC07.F1_BUDGETS': 2 }, subject: '5ZZ' });
 * ```
 */
export const AssessReadinessOptionsSchema = z
  .object({
    asOf: IsoDateTextSchema.meta({ description: 'The date of the assessment: evidence observed later is ignored; parameters are read on it.' }),
    weights: z.record(z.string(), ReadinessWeightSchema).optional().meta({ description: 'Weights by factor id (default 1 each). They must not be negative, and must not sum to zero.' }),
    subject: z.string().min(1).optional().meta({ description: 'The PCT, cluster or practice assessed; evidence about another subject is an error.' }),
    policy: ReadinessPolicyOptionSchema.optional(),
  })
  .strict();

/**
 * The options of `assessReadiness`; see {@link AssessReadinessOptionsSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { AssessReadinessOptions } from 'practice-based-commissioning';
 * const options: AssessReadinessOptions = { asOf: '2008-11-20' };
 * ```
 */
export type AssessReadinessOptions = z.infer<typeof AssessReadinessOptionsSchema>;
