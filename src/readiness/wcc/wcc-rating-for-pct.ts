/**
 * WCC ratings per PCT for a whole-area evaluation: given a PCT and its optional WCC assurance
 * evidence, the assessment's headline (rating, mean level, the PBC link) when WCC applies, or a
 * `not_applicable` finding saying why it does not (no evidence; a date outside 2008/09–2009/10).
 *
 * @module
 */
import { z } from 'zod';
import { resolveEvaluationOptions } from '../../core/evaluation.js';
import type { Explanation } from '../../core/explanation.js';
import { parseInput } from '../../core/validation.js';
import { financialYearOf } from '../../core/calendar.js';
import { safeText } from '../../core/text.js';
import { baselinePolicy } from '../../policy/baseline.js';
import type { ReadinessRating } from '../assessment-types.js';
import { assessWccAssurance, wccRuleOf, wccStep, type WccAssessment, type WccAssuranceYear, type WccFinding } from './assess-wcc-assurance.js';
import { WccEvidenceSchema, type AssessWccAssuranceOptions } from './wcc-schema.js';

/**
 * The zod schema for the input of {@link wccRatingForPct}: the PCT, and its WCC evidence if any
 * (the field a whole-area input would carry per PCT as `wcc`).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { WccRatingForPctInputSchema } from 'practice-based-commissioning/schemas';
 * WccRatingForPctInputSchema.parse({ pct: '5ZZ', wcc: { governance: { board: 'green' } } });
 * ```
 */
export const WccRatingForPctInputSchema = z
  .object({
    pct: z.string().min(1).meta({ description: 'The PCT: a code or name.' }),
    wcc: WccEvidenceSchema.optional().meta({ description: "The PCT's WCC assurance evidence, if any." }),
  })
  .strict();

/**
 * The input of {@link wccRatingForPct}; see {@link WccRatingForPctInputSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccRatingForPctInput } from 'practice-based-commissioning';
 * const input: WccRatingForPctInput = { pct: '5ZZ' };
 * ```
 */
export type WccRatingForPctInput = z.input<typeof WccRatingForPctInputSchema>;

/**
 * The options of {@link wccRatingForPct}: `asOf` (required) and `policy`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccRatingForPctOptions } from 'practice-based-commissioning';
 * const options: WccRatingForPctOptions = { asOf: '2010-03-31' };
 * ```
 */
export interface WccRatingForPctOptions extends AssessWccAssuranceOptions {}

/**
 * One PCT's WCC rating for a whole-area evaluation. When `applies` is false the rating fields are
 * `null` and `findings` holds one `not_applicable` finding saying why.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccPctRating } from 'practice-based-commissioning';
 * declare const rating: WccPctRating;
 * rating.applies ? `${rating.pct}: ${rating.rating?.label}` : `${rating.pct}: WCC does not apply`;
 * ```
 */
export interface WccPctRating {
  readonly pct: string;
  readonly applies: boolean;
  readonly assuranceYear: WccAssuranceYear | null;
  readonly rating: ReadinessRating | null;
  readonly ready: boolean | null;
  readonly meanLevel: string | null;
  readonly pbcConcern: boolean | null;
  /** The full assessment, when WCC applies. */
  readonly assessment: WccAssessment | null;
  readonly findings: readonly WccFinding[];
  readonly explanation: Explanation;
}

/**
 * The WCC rating of one PCT, for a whole-area evaluation to call once per PCT: with evidence on a
 * date in 2008/09 or 2009/10, the headline of {@link assessWccAssurance} (rating, `ready`, mean
 * level, competency 4 concern) and the assessment itself; without evidence, or on a date when WCC
 * assurance is not in force (`wcc.assurance.inForce`, or a year other than 2008/09–2009/10), a
 * result with `applies: false` and one `not_applicable` finding (`WCC_NO_EVIDENCE`,
 * `WCC_NOT_IN_FORCE`) instead of an error, so an area of many years can be evaluated whole.
 *
 * @param input - `pct` and its optional `wcc` evidence
 * @param options - `asOf` (required) and `policy`
 * @returns the {@link WccPctRating}
 * @throws PbcError `INVALID_INPUT` for bad evidence (as `assessWccAssurance`); `INVALID_POLICY`;
 *   `MISSING_INPUT` / `INVALID_DATE` at `['asOf']`
 * @category Readiness
 * @example
 * ```ts
 * import { wccRatingForPct } from 'practice-based-commissioning';
 * wccRatingForPct({ pct: '5ZZ', wcc: { governance: { strategy: 'green', finance: 'green', board: 'green' } } }, { asOf: '2010-03-31' }).rating?.id; //=> 'green_in_all_three'
 * wccRatingForPct({ pct: '5ZZ' }, { asOf: '2010-03-31' }).findings[0]?.code; //=> 'WCC_NO_EVIDENCE'
 * wccRatingForPct({ pct: '5ZZ', wcc: {} }, { asOf: '2007-06-30' }).findings[0]?.code; //=> 'WCC_NOT_IN_FORCE'
 * ```
 */
export function wccRatingForPct(input: WccRatingForPctInput, options: WccRatingForPctOptions): WccPctRating {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  const parsed = parseInput(WccRatingForPctInputSchema, input, 'WCC rating for a PCT');
  const step = wccStep('wcc.ratingForPct', policy, asOf);
  step.input('pct', parsed.pct);
  const sources = [...wccRuleOf('wcc.ratingForPct').sources];
  const notApplicable = (code: 'WCC_NO_EVIDENCE' | 'WCC_NOT_IN_FORCE', message: string): WccPctRating => ({
    pct: parsed.pct,
    applies: false,
    assuranceYear: null,
    rating: null,
    ready: null,
    meanLevel: null,
    pbcConcern: null,
    assessment: null,
    findings: [{ rule: 'wcc.ratingForPct', code, outcome: 'not_applicable', subject: { kind: 'pct', id: parsed.pct }, message, sources }],
    explanation: step.done(null),
  });
  const year: string = financialYearOf(asOf);
  if (!step.boolean('wcc.assurance.inForce') || (year !== '2008/09' && year !== '2009/10')) {
    return notApplicable('WCC_NOT_IN_FORCE', `${safeText(parsed.pct)}: no WCC assurance in ${year} (it ran in 2008/09 and 2009/10).`);
  }
  if (parsed.wcc === undefined) return notApplicable('WCC_NO_EVIDENCE', `${safeText(parsed.pct)}: no WCC assurance evidence given.`);
  const assessment = assessWccAssurance({ ...parsed.wcc, pct: parsed.wcc.pct ?? parsed.pct }, { policy, asOf });
  step.child(assessment.explanation);
  return {
    pct: parsed.pct,
    applies: true,
    assuranceYear: assessment.assuranceYear,
    rating: assessment.rating,
    ready: assessment.ready,
    meanLevel: assessment.score.meanLevel,
    pbcConcern: assessment.pbcLink.concern,
    assessment,
    findings: assessment.findings,
    explanation: step.done({ rating: assessment.rating.id, meanLevel: assessment.score.meanLevel }),
  };
}
