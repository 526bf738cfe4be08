/**
 * The input of a WCC assurance assessment: a PCT's evidence — its competency levels, its governance
 * traffic lights and the outcomes it chose — as its panel report or its self-assessment gives them.
 *
 * @module
 */
import { z } from 'zod';
import type { DatedEvaluationOptions } from '../../core/evaluation.js';

/**
 * The zod schema for a WCC competency id, `WCC.C01` to `WCC.C11`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { WccCompetencyIdSchema } from 'practice-based-commissioning/schemas';
 * WccCompetencyIdSchema.safeParse('WCC.C04').success; //=> true
 * WccCompetencyIdSchema.safeParse('WCC.C12').success; //=> false
 * ```
 */
export const WccCompetencyIdSchema = z.enum(['WCC.C01', 'WCC.C02', 'WCC.C03', 'WCC.C04', 'WCC.C05', 'WCC.C06', 'WCC.C07', 'WCC.C08', 'WCC.C09', 'WCC.C10', 'WCC.C11']);

/**
 * The zod schema for a competency level: a whole number from 1 to 4 (4 = "world class").
 *
 * @category Readiness
 * @example
 * ```ts
 * import { WccLevelSchema } from 'practice-based-commissioning/schemas';
 * WccLevelSchema.parse(3); //=> 3
 * WccLevelSchema.safeParse(5).success; //=> false
 * ```
 */
export const WccLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).meta({ description: 'A competency level from 1 to 4; 4 is "world class".' });

/**
 * The zod schema for a traffic-light rating: `red`, `amber` or `green`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { WccRagSchema } from 'practice-based-commissioning/schemas';
 * WccRagSchema.options; //=> ['red', 'amber', 'green']
 * ```
 */
export const WccRagSchema = z.enum(['red', 'amber', 'green']);

/**
 * The zod schema for a PCT's WCC assurance evidence (the input of `assessWccAssurance`). Every part
 * is optional: what is missing is reported as missing evidence.
 * - `pct`: the PCT assessed (code or name);
 * - `basis`: `panel` (the SHA-led panel's scores) or `self-assessment` (the PCT's own);
 * - `competencies`: a level 1–4 by competency id (`WCC.C01` …);
 * - `governance`: a traffic light for `strategy`, `finance` and `board`;
 * - `outcomes`: the local health outcomes the PCT chose (recorded, not scored).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { WccEvidenceSchema } from 'practice-based-commissioning/schemas';
 * WccEvidenceSchema.parse({ pct: '5ZZ', competencies: { 'WCC.C04': 2 }, governance: { board: 'green' } });
 * WccEvidenceSchema.safeParse({ competencies: { 'WCC.C04': '2' } }).success; //=> false
 * ```
 */
export const WccEvidenceSchema = z
  .object({
    pct: z.string().min(1).optional().meta({ description: 'The PCT assessed: a code or name.' }),
    basis: z.enum(['panel', 'self-assessment']).optional().meta({ description: 'Whose scores: the SHA-led panel\'s or the PCT\'s own self-assessment.' }),
    competencies: z.partialRecord(WccCompetencyIdSchema, WccLevelSchema).optional().meta({ description: 'A level 1–4 by competency id.' }),
    governance: z
      .object({ strategy: WccRagSchema.optional(), finance: WccRagSchema.optional(), board: WccRagSchema.optional() })
      .strict()
      .optional()
      .meta({ description: 'A traffic light for each governance area: strategy, finance, board.' }),
    outcomes: z.array(z.string().min(1)).readonly().optional().meta({ description: 'The local health outcomes the PCT chose.' }),
  })
  .strict()
  .meta({ description: "A PCT's world class commissioning assurance evidence." });

/**
 * A PCT's WCC assurance evidence, the input of `assessWccAssurance`; see {@link WccEvidenceSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { AssessWccAssuranceInput } from 'practice-based-commissioning';
 * const evidence: AssessWccAssuranceInput = { pct: 'Kirklees', competencies: { 'WCC.C01': 3 } };
 * ```
 */
export type AssessWccAssuranceInput = z.input<typeof WccEvidenceSchema>;

/** The parsed evidence. @internal */
export type WccEvidence = z.output<typeof WccEvidenceSchema>;

/**
 * The options of `assessWccAssurance`: `asOf` (required: a date in the assurance year assessed,
 * 2008/09 or 2009/10) and `policy`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { AssessWccAssuranceOptions } from 'practice-based-commissioning';
 * const options: AssessWccAssuranceOptions = { asOf: '2010-03-31' };
 * ```
 */
export interface AssessWccAssuranceOptions extends DatedEvaluationOptions {}
