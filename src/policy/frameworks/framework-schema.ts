/**
 * The one schema every readiness framework satisfies — the built-in Audit Commission, King's Fund
 * and DH frameworks and any framework a caller defines. Governance fact sheet, model implications A
 * ("keep frameworks as data … so UNCONFIRMED items can be added later").
 *
 * @module
 */
import { z } from 'zod';
import { ConfidenceSchema, SourceSchema } from '../../core/policy-model/schemas.js';

const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * The zod schema for the status a piece of evidence gives a factor. Which statuses a factor accepts
 * depends on its {@link ReadinessScaleSchema | scale}; `unknown` is always allowed.
 * - `met`, `partial`, `not_met`: in place, partly, not (the Audit Commission's yes / partly / no).
 * - `enabler`, `neutral`, `barrier`: how a King's Fund factor bears on progress at a site.
 * - `unknown`: no evidence either way.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessStatusSchema } from 'practice-based-commissioning/schemas';
 * ReadinessStatusSchema.options; //=> ['met', 'partial', 'not_met', 'enabler', 'neutral', 'barrier', 'unknown']
 * ReadinessStatusSchema.safeParse('yes').success; //=> false
 * ```
 */
export const ReadinessStatusSchema = z
  .enum(['met', 'partial', 'not_met', 'enabler', 'neutral', 'barrier', 'unknown'])
  .meta({ description: 'The status evidence gives a factor; the statuses a factor accepts depend on its scale. `unknown` is always allowed.' });

/**
 * A factor's status; see {@link ReadinessStatusSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessStatus } from 'practice-based-commissioning/policy';
 * const status: ReadinessStatus = 'partial';
 * ```
 */
export type ReadinessStatus = z.infer<typeof ReadinessStatusSchema>;

/**
 * The zod schema for the scale a factor is judged on:
 * - `met-partial-not-met`: met, partial, not_met (or unknown);
 * - `met-not-met`: 1 or 0, as DH's universal coverage return (met, not_met, or unknown);
 * - `enabler-neutral-barrier`: the King's Fund's reading of a factor at a site.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessScaleSchema } from 'practice-based-commissioning/schemas';
 * ReadinessScaleSchema.parse('met-not-met'); //=> 'met-not-met'
 * ```
 */
export const ReadinessScaleSchema = z
  .enum(['met-partial-not-met', 'met-not-met', 'enabler-neutral-barrier'])
  .meta({ description: 'The scale a factor is judged on, and so the statuses it accepts.' });

/**
 * See {@link ReadinessScaleSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessScale } from 'practice-based-commissioning/policy';
 * const scale: ReadinessScale = 'enabler-neutral-barrier';
 * ```
 */
export type ReadinessScale = z.infer<typeof ReadinessScaleSchema>;

const itemId = z
  .string()
  .regex(ITEM_ID, { message: 'must be an id of letters, digits and . _ : - such as AC07.F1_BUDGETS' })
  .meta({ description: 'A stable id, e.g. `AC07.F1_BUDGETS`.' });
const sourceIds = z
  .array(z.string().min(1))
  .min(1, { message: 'cite at least one source id' })
  .meta({ description: 'Ids of sources in the policy bibliography (or in the framework `bibliography`).' });

const itemFields = {
  id: itemId,
  label: z.string().min(1).meta({ description: 'The item in plain English (a paraphrase of the source unless marked otherwise).' }),
  sources: sourceIds,
  confidence: ConfidenceSchema.meta({ description: 'confirmed: read in a source; derived: a reading the sources imply; unconfirmed: INFERRED or a placeholder.' }),
  note: z.string().min(1).optional().meta({ description: 'Caveats: what is inferred, what the source does not say.' }),
};

/**
 * The zod schema for a group of factors (the Audit Commission's six key areas, the King's Fund's
 * factors, lessons and objectives).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessGroupSchema } from 'practice-based-commissioning/schemas';
 * ReadinessGroupSchema.parse({ id: 'AC06.FINANCE', label: 'Managing the finances', sources: ['ac-2006-early-lessons'], confidence: 'confirmed' });
 * ```
 */
export const ReadinessGroupSchema = z.object(itemFields).strict().meta({ description: 'A group of factors, such as a key area.' });

/**
 * A group of factors; see {@link ReadinessGroupSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessGroup } from 'practice-based-commissioning/policy';
 * const area: ReadinessGroup = { id: 'AC06.FINANCE', label: 'Managing the finances', sources: ['ac-2006-early-lessons'], confidence: 'confirmed' };
 * ```
 */
export type ReadinessGroup = z.infer<typeof ReadinessGroupSchema>;

/**
 * The zod schema for one factor, question, criterion, lesson, objective or entitlement of a
 * framework: an id, a label, its sources and confidence, the scale it is judged on, and whether it
 * counts towards the rating (`scored`, the default) or is scored apart (`outcome`, as the King's
 * Fund's policy objectives). `placeholder: true` marks a stand-in (the Audit Commission's 33
 * unpublished checklist questions) that a caller can replace.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessFactorSchema } from 'practice-based-commissioning/schemas';
 * ReadinessFactorSchema.parse({
 *   id: 'AC07.F2_INFORMATION', kind: 'factor', scale: 'met-partial-not-met',
 *   label: 'Regular, accurate, easily understood information so GPs can monitor progress',
 *   sources: ['mip-2007-limited-progress'], confidence: 'confirmed',
 * });
 * ```
 */
export const ReadinessFactorSchema = z
  .object({
    ...itemFields,
    kind: z.enum(['area', 'question', 'factor', 'criterion', 'lesson', 'objective', 'entitlement']).meta({ description: 'What the item is in its source.' }),
    group: itemId.optional().meta({ description: 'The id of the group (key area) it belongs to.' }),
    scale: ReadinessScaleSchema,
    role: z.enum(['scored', 'outcome']).optional().meta({ description: '`scored` (default): counts towards the rating; `outcome`: scored apart (policy objectives).' }),
    placeholder: z.boolean().optional().meta({ description: 'A stand-in for an item whose text is not known; replace it with `reviseReadinessFramework`.' }),
  })
  .strict()
  .meta({ description: 'One factor, question, criterion, lesson, objective or entitlement of a readiness framework.' });

/**
 * One item of a framework; see {@link ReadinessFactorSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessFactor } from 'practice-based-commissioning/policy';
 * const factor: ReadinessFactor = {
 *   id: 'UC06.BUDGETS', kind: 'criterion', scale: 'met-not-met', label: 'Practice budgets',
 *   sources: ['dh-2006-universal-coverage-monitoring'], confidence: 'confirmed',
 * };
 * ```
 */
export type ReadinessFactor = z.infer<typeof ReadinessFactorSchema>;

/**
 * The zod schema for a rating band's threshold: `{ all: true }` (every scored factor met), a fixed
 * `{ value }` (a count for `met-count`, a share from 0 to 1 for `score-share`), or `{ parameter }`,
 * the id of a dated policy parameter holding the value (read, and recorded, on the assessment date).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessThresholdSchema } from 'practice-based-commissioning/schemas';
 * ReadinessThresholdSchema.parse({ parameter: 'readiness.ac2007.someInPlaceMinimum' });
 * ReadinessThresholdSchema.parse({ value: '0' });
 * ```
 */
export const ReadinessThresholdSchema = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z
    .object({
      value: z.union([
        z.number().finite().nonnegative(),
        z.string().regex(DECIMAL, { message: 'must be a non-negative decimal such as 0.5' }),
      ]),
    })
    .strict(),
  z.object({ parameter: z.string().min(1) }).strict(),
]);

/**
 * A band's threshold; see {@link ReadinessThresholdSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessThreshold } from 'practice-based-commissioning/policy';
 * const everything: ReadinessThreshold = { all: true };
 * ```
 */
export type ReadinessThreshold = z.infer<typeof ReadinessThresholdSchema>;

/**
 * The zod schema for one rating band. Bands are listed best first; the first band whose threshold
 * the measure reaches (`at-least`, the default, or `more-than`) is the rating. The last band must
 * be a catch-all (`{ value: 0 }`, at least).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessBandSchema } from 'practice-based-commissioning/schemas';
 * ReadinessBandSchema.parse({ id: 'covered', label: 'Universal coverage', ready: true, threshold: { all: true }, sources: ['dh-2006-universal-coverage-monitoring'], confidence: 'confirmed' });
 * ```
 */
export const ReadinessBandSchema = z
  .object({
    id: itemId,
    label: z.string().min(1),
    ready: z.boolean().meta({ description: 'Whether this rating means the area is ready in the framework’s own terms.' }),
    threshold: ReadinessThresholdSchema,
    comparison: z.enum(['at-least', 'more-than']).optional().meta({ description: 'How the measure is compared with the threshold (default at-least).' }),
    sources: sourceIds,
    confidence: ConfidenceSchema,
    note: z.string().min(1).optional(),
  })
  .strict();

/**
 * A rating band; see {@link ReadinessBandSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessBand } from 'practice-based-commissioning/policy';
 * const few: ReadinessBand = { id: 'few_in_place', label: 'Few factors in place', ready: false, threshold: { value: 0 }, sources: ['mip-2007-limited-progress'], confidence: 'unconfirmed' };
 * ```
 */
export type ReadinessBand = z.infer<typeof ReadinessBandSchema>;

/**
 * The zod schema for a source's recommendation. `addresses` lists the factor or group ids it answers
 * (a gap in one of them carries it); an empty list makes it a general recommendation, reported
 * whenever the area is not ready.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessRecommendationSchema } from 'practice-based-commissioning/schemas';
 * ReadinessRecommendationSchema.parse({
 *   id: 'KF08.R.FORMAL_RELATIONSHIPS', label: 'Put PBC–PCT relationships on a formal, not voluntary, footing',
 *   addresses: ['KF08.F.RELATIONSHIPS'], sources: ['kf-2009-gps-encouraged'], confidence: 'confirmed',
 * });
 * ```
 */
export const ReadinessRecommendationSchema = z
  .object({
    ...itemFields,
    addresses: z.array(itemId).meta({ description: 'Factor or group ids the recommendation answers; empty for a general recommendation.' }),
    linkConfidence: ConfidenceSchema.optional().meta({ description: 'How sure the link from the recommendation to those factors is (default: its own confidence).' }),
  })
  .strict();

/**
 * A recommendation; see {@link ReadinessRecommendationSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessRecommendation } from 'practice-based-commissioning/policy';
 * const general: ReadinessRecommendation = { id: 'R1', label: 'Clear and sustained leadership', addresses: [], sources: ['pulse-2007-pbc-failing'], confidence: 'confirmed' };
 * ```
 */
export type ReadinessRecommendation = z.infer<typeof ReadinessRecommendationSchema>;

/**
 * The zod schema for a risk that a framework links to groups of factors (the Audit Commission's
 * three risks of PBC badly managed). A risk is flagged when a factor in a linked group is partly or
 * not in place.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessRiskSchema } from 'practice-based-commissioning/schemas';
 * ReadinessRiskSchema.parse({
 *   id: 'AC06.RISK.POOR_VFM', label: 'Poor value for money overall', linkedGroups: ['AC06.GOVERNANCE', 'AC06.INFORMATION'],
 *   linkConfidence: 'unconfirmed', sources: ['ac-2006-early-lessons'], confidence: 'confirmed',
 * });
 * ```
 */
export const ReadinessRiskSchema = z
  .object({
    ...itemFields,
    linkedGroups: z.array(itemId).min(1).meta({ description: 'Group ids whose gaps raise the risk.' }),
    linkConfidence: ConfidenceSchema.meta({ description: 'How sure the link from the risk to those groups is.' }),
  })
  .strict();

/**
 * A risk; see {@link ReadinessRiskSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessRisk } from 'practice-based-commissioning/policy';
 * const risk: ReadinessRisk = { id: 'R', label: 'Inequality widens', linkedGroups: ['G'], linkConfidence: 'unconfirmed', sources: ['ac-2006-early-lessons'], confidence: 'confirmed' };
 * ```
 */
export type ReadinessRisk = z.infer<typeof ReadinessRiskSchema>;

/**
 * The zod schema for a readiness framework: what it is (title, publisher, date, sources), its
 * groups and factors, how it rates (`met-count` or `score-share` against bands, best first), the
 * source's recommendations, any risks linked to groups, context findings, and optionally the id of a
 * boolean parameter saying when it is in force (the 2009 entitlements) and of a date parameter
 * holding its target date (universal coverage). Cross-references are checked: unique ids, known
 * groups, known addressed items, a catch-all last band, at least one scored factor.
 *
 * The built-in frameworks (`readinessFrameworks`, from `/policy`) satisfy it; so must a caller's own.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ReadinessFrameworkSchema } from 'practice-based-commissioning/schemas';
 * import { readinessFrameworks } from 'practice-based-commissioning/policy';
 * ReadinessFrameworkSchema.safeParse(readinessFrameworks.AC2007).success; //=> true
 * ReadinessFrameworkSchema.safeParse({ ...readinessFrameworks.AC2007, factors: [] }).success; //=> false
 * ```
 */
export const ReadinessFrameworkSchema = z
  .object({
    id: itemId,
    title: z.string().min(1),
    publisher: z.string().min(1),
    published: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })
      .meta({ description: 'Publication date, as precise as known.' }),
    sources: sourceIds,
    confidence: ConfidenceSchema,
    summary: z.string().min(1).optional(),
    groups: z.array(ReadinessGroupSchema).optional(),
    factors: z.array(ReadinessFactorSchema).min(1, { message: 'a framework needs at least one factor' }),
    rating: z
      .object({
        measure: z.enum(['met-count', 'score-share']).meta({ description: 'met-count: how many scored factors are met; score-share: the (weighted) score over its maximum.' }),
        bands: z.array(ReadinessBandSchema).min(1),
      })
      .strict(),
    recommendations: z.array(ReadinessRecommendationSchema).optional(),
    risks: z.array(ReadinessRiskSchema).optional(),
    context: z.array(z.object(itemFields).strict()).optional().meta({ description: 'Findings that set the framework in context (not scored).' }),
    inForceParameter: z.string().min(1).optional().meta({ description: 'Id of a boolean policy parameter: the framework applies only on dates it is true.' }),
    targetDateParameter: z.string().min(1).optional().meta({ description: 'Id of a date policy parameter: the date by which the framework expected readiness.' }),
    bibliography: z.array(SourceSchema).optional().meta({ description: 'Sources the framework cites that the policy lacks.' }),
  })
  .strict()
  .superRefine((framework, context) => {
    const issue = (path: (string | number)[], message: string, rule: string): void => {
      context.addIssue({ code: 'custom', path, message, params: { rule } });
    };
    const groups = new Set<string>();
    (framework.groups ?? []).forEach((group, index) => {
      if (groups.has(group.id)) issue(['groups', index, 'id'], `group "${group.id}" is defined twice`, 'readiness.uniqueIds');
      groups.add(group.id);
    });
    const factors = new Set<string>();
    framework.factors.forEach((factor, index) => {
      if (factors.has(factor.id) || groups.has(factor.id)) issue(['factors', index, 'id'], `"${factor.id}" is defined twice`, 'readiness.uniqueIds');
      factors.add(factor.id);
      if (factor.group !== undefined && !groups.has(factor.group)) issue(['factors', index, 'group'], `unknown group "${factor.group}"`, 'readiness.knownGroup');
    });
    if (!framework.factors.some((factor) => factor.role !== 'outcome')) {
      issue(['factors'], 'at least one factor must count towards the rating (role "scored")', 'readiness.scoredFactor');
    }
    (framework.recommendations ?? []).forEach((recommendation, index) => {
      recommendation.addresses.forEach((id, at) => {
        if (!factors.has(id) && !groups.has(id)) issue(['recommendations', index, 'addresses', at], `unknown factor or group "${id}"`, 'readiness.knownItem');
      });
    });
    (framework.risks ?? []).forEach((risk, index) => {
      risk.linkedGroups.forEach((id, at) => {
        if (!groups.has(id)) issue(['risks', index, 'linkedGroups', at], `unknown group "${id}"`, 'readiness.knownGroup');
      });
    });
    const bands = framework.rating.bands;
    const bandIds = new Set<string>();
    bands.forEach((band, index) => {
      if (bandIds.has(band.id)) issue(['rating', 'bands', index, 'id'], `band "${band.id}" is defined twice`, 'readiness.uniqueIds');
      bandIds.add(band.id);
      if ('value' in band.threshold) {
        const value = Number(band.threshold.value);
        if (framework.rating.measure === 'met-count' && !Number.isInteger(value)) {
          issue(['rating', 'bands', index, 'threshold', 'value'], 'a met-count threshold must be a whole number', 'readiness.thresholdRange');
        }
        if (framework.rating.measure === 'score-share' && value > 1) {
          issue(['rating', 'bands', index, 'threshold', 'value'], 'a score-share threshold must lie between 0 and 1', 'readiness.thresholdRange');
        }
      }
    });
    const last = bands[bands.length - 1];
    if (last !== undefined && !('value' in last.threshold && Number(last.threshold.value) === 0 && last.comparison !== 'more-than')) {
      issue(['rating', 'bands', bands.length - 1, 'threshold'], 'the last band must be a catch-all: { value: 0 }, at least', 'readiness.catchAllBand');
    }
  })
  .meta({ description: 'A readiness framework as data: its factors, their sources and confidence, how it rates, and its recommendations.' });

/**
 * A readiness framework; see {@link ReadinessFrameworkSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessFramework } from 'practice-based-commissioning/policy';
 * import { readinessFrameworks } from 'practice-based-commissioning/policy';
 * const framework: ReadinessFramework = readinessFrameworks.KF2008;
 * framework.factors.length; //=> 13
 * ```
 */
export type ReadinessFramework = z.infer<typeof ReadinessFrameworkSchema>;
