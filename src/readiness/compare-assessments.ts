/**
 * What changed between two assessments against the same framework: the same area between two dates
 * (survey waves, years), or two areas on one date (an SHA comparing PCTs). Governance fact sheet,
 * model implications A: `compare(a, b) → delta`.
 *
 * @module
 */
import { z } from 'zod';
import { Dec } from '../core/decimal.js';
import { IsoDateTextSchema } from '../core/calendar.js';
import { printable } from '../core/errors.js';
import { explain, type Explanation } from '../core/explanation.js';
import type { PbcIssue } from '../core/errors.js';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { parseInput, raiseIssues } from '../core/validation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { ReadinessStatusSchema, type ReadinessStatus } from '../policy/frameworks/framework-schema.js';
import { classOfStatus } from './statuses.js';

const decimalText = z.string().regex(/^-?\d+(?:\.\d+)?$/, { message: 'must be a decimal string such as 3.5' });

/**
 * The zod schema for an assessment given to {@link compareAssessments}: the fields of a
 * `ReadinessAssessment` that a comparison reads (other fields are allowed, and dropped), so an
 * assessment stored as JSON and read back can be compared.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ComparableAssessmentSchema } from 'practice-based-commissioning/schemas';
 * import { assessReadiness } from 'practice-based-commissioning';
 * const stored = JSON.parse(JSON.stringify(assessReadiness({ framework: 'DH2006', evidence: [] }, { asOf: '2006-06-30' })));
 * ComparableAssessmentSchema.safeParse(stored).success; //=> true
 * ```
 */
export const ComparableAssessmentSchema = z.object({
  frameworkId: z.string().min(1),
  subjectId: z.string().nullable(),
  asOf: IsoDateTextSchema,
  rating: z.object({ id: z.string().min(1), label: z.string(), ready: z.boolean(), rank: z.number().int().nonnegative() }),
  score: z.object({ score: decimalText, maximum: decimalText, share: decimalText }),
  factors: z
    .array(
    z.object({
      factorId: z.string().min(1),
      label: z.string(),
      role: z.enum(['scored', 'outcome']),
      status: ReadinessStatusSchema,
      points: decimalText,
      weight: decimalText,
    }),
  )
    .readonly(),
});

/**
 * An assessment as {@link compareAssessments} reads it; see {@link ComparableAssessmentSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ComparableAssessment, ReadinessAssessment } from 'practice-based-commissioning';
 * declare const assessment: ReadinessAssessment;
 * const comparable: ComparableAssessment = assessment;
 * ```
 */
export type ComparableAssessment = z.infer<typeof ComparableAssessmentSchema>;

/**
 * How one factor changed: `improved` or `worsened` (its points went up or down), `reassessed` (its
 * status changed at the same points, e.g. unknown to not met), or `unchanged`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessFactorChange } from 'practice-based-commissioning';
 * const change: ReadinessFactorChange = { factorId: 'AC07.F1_BUDGETS', label: 'Budgets…', role: 'scored', before: 'partial', after: 'met', change: 'improved' };
 * ```
 */
export interface ReadinessFactorChange {
  readonly factorId: string;
  readonly label: string;
  readonly role: 'scored' | 'outcome';
  readonly before: ReadinessStatus;
  readonly after: ReadinessStatus;
  readonly change: 'improved' | 'worsened' | 'reassessed' | 'unchanged';
}

/**
 * One side of a comparison.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessComparisonSide } from 'practice-based-commissioning';
 * const side: ReadinessComparisonSide = { subjectId: '5ZZ', asOf: '2007-11-22', rating: 'some_in_place', ready: false, score: '2.5', maximum: '5', share: '0.5000' };
 * ```
 */
export interface ReadinessComparisonSide {
  readonly subjectId: string | null;
  readonly asOf: string;
  readonly rating: string;
  readonly ready: boolean;
  readonly score: string;
  readonly maximum: string;
  readonly share: string;
}

/**
 * What changed from assessment `before` to assessment `after`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessComparison } from 'practice-based-commissioning';
 * declare const comparison: ReadinessComparison;
 * `${comparison.before.rating} → ${comparison.after.rating} (${comparison.ratingChange}); closed: ${comparison.closedGaps.join(', ')}`;
 * ```
 */
export interface ReadinessComparison {
  readonly frameworkId: string;
  readonly before: ReadinessComparisonSide;
  readonly after: ReadinessComparisonSide;
  /** Whether `after`'s band is better, worse or the same as `before`'s. */
  readonly ratingChange: 'improved' | 'worsened' | 'unchanged';
  readonly readyChange: 'became_ready' | 'no_longer_ready' | 'unchanged';
  /** `after.score − before.score`, exact. */
  readonly scoreChange: string;
  /** `after.share − before.share`, of the four-place shares. */
  readonly shareChange: string;
  /** Every factor, in framework order. */
  readonly factorChanges: readonly ReadinessFactorChange[];
  readonly improved: readonly string[];
  readonly worsened: readonly string[];
  /** Scored factors not in place before and in place after. */
  readonly closedGaps: readonly string[];
  /** Scored factors in place before and not after. */
  readonly newGaps: readonly string[];
  readonly explanation: Explanation;
}

/**
 * The zod schema for the input of {@link compareAssessments}: two assessments against the same
 * framework, `before` and `after`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { CompareAssessmentsInputSchema } from 'practice-based-commissioning/schemas';
 * CompareAssessmentsInputSchema.safeParse({ before: {}, after: {} }).success; //=> false
 * ```
 */
export const CompareAssessmentsInputSchema = z
  .object({
    before: ComparableAssessmentSchema.meta({ description: 'The earlier (or first) assessment.' }),
    after: ComparableAssessmentSchema.meta({ description: 'The later (or second) assessment.' }),
  })
  .strict();

/**
 * The input of {@link compareAssessments}; see {@link CompareAssessmentsInputSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { CompareAssessmentsInput, ReadinessAssessment } from 'practice-based-commissioning';
 * declare const then: ReadinessAssessment;
 * declare const now: ReadinessAssessment;
 * const input: CompareAssessmentsInput = { before: then, after: now };
 * ```
 */
export type CompareAssessmentsInput = z.input<typeof CompareAssessmentsInputSchema>;

/**
 * The options of {@link compareAssessments}: the policy (it reads no parameters; a bad policy is
 * still refused). `asOf` is ignored: the comparison is dated by the later assessment.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { CompareAssessmentsOptions } from 'practice-based-commissioning';
 * const options: CompareAssessmentsOptions = {};
 * ```
 */
export interface CompareAssessmentsOptions extends EvaluationOptions {}

function sideOf(assessment: ComparableAssessment): ReadinessComparisonSide {
  return {
    subjectId: assessment.subjectId,
    asOf: assessment.asOf,
    rating: assessment.rating.id,
    ready: assessment.rating.ready,
    score: assessment.score.score,
    maximum: assessment.score.maximum,
    share: assessment.score.share,
  };
}

function changeOf(before: { status: ReadinessStatus; points: string }, after: { status: ReadinessStatus; points: string }): ReadinessFactorChange['change'] {
  const difference = new Dec(after.points).minus(before.points);
  if (difference.greaterThan(0)) return 'improved';
  if (difference.lessThan(0)) return 'worsened';
  return before.status === after.status ? 'unchanged' : 'reassessed';
}

/**
 * Compares two assessments against the same framework: the rating, readiness and score before and
 * after, each factor's change, the gaps closed and opened. Use it for one area over time (evidence
 * history assessed on two dates) or for two areas side by side.
 *
 * @param input - `before` and `after`, each a {@link ReadinessAssessment} (or one read back from JSON)
 * @param options - optional `policy`
 * @returns the {@link ReadinessComparison}, with an explanation
 * @throws PbcError `INVALID_INPUT` when either is not an assessment (paths under `before` or
 *   `after`); `CONFLICTING_INPUT` when they are against different frameworks or factor lists
 * @category Readiness
 * @example
 * ```ts
 * import { assessReadiness, compareAssessments } from 'practice-based-commissioning';
 * const evidence = [
 *   { factorId: 'AC07.F1_BUDGETS', status: 'partial', observedOn: '2007-06-30' },
 *   { factorId: 'AC07.F1_BUDGETS', status: 'met', observedOn: '2008-05-01' },
 *   { factorId: 'AC07.F2_INFORMATION', status: 'met', observedOn: '2007-06-30' },
 * ] as const;
 * const before = assessReadiness({ framework: 'AC2007', evidence }, { asOf: '2007-11-22' });
 * const after = assessReadiness({ framework: 'AC2007', evidence }, { asOf: '2008-11-20' });
 * const comparison = compareAssessments({ before, after });
 * comparison.ratingChange; //=> 'improved' (few_in_place → some_in_place)
 * comparison.closedGaps;   //=> ['AC07.F1_BUDGETS']
 * comparison.scoreChange;  //=> '0.5'
 * ```
 */
export function compareAssessments(input: CompareAssessmentsInput, options?: CompareAssessmentsOptions): ReadinessComparison {
  const { policy } = resolveEvaluationOptions(options, baselinePolicy);
  const { before: a, after: b } = parseInput(CompareAssessmentsInputSchema, input, 'assessments to compare');
  const issues: PbcIssue[] = [];
  if (a.frameworkId !== b.frameworkId) {
    issues.push({ path: ['after', 'frameworkId'], message: `${printable(b.frameworkId)} is not the framework of before (${printable(a.frameworkId)})`, rule: 'readiness.sameFramework' });
  }
  const beforeById = new Map(a.factors.map((factor) => [factor.factorId, factor]));
  const sameFactors = a.factors.length === b.factors.length && b.factors.every((factor) => beforeById.has(factor.factorId));
  if (!sameFactors) issues.push({ path: ['after', 'factors'], message: 'the two assessments list different factors', rule: 'readiness.sameFactors' });
  raiseIssues(issues, 'assessments to compare', 'CONFLICTING_INPUT');

  const factorChanges: ReadinessFactorChange[] = b.factors.map((after) => {
    // Non-null: sameFactors above guarantees every factor of b is in a.
    const before = beforeById.get(after.factorId) as (typeof a.factors)[number];
    return { factorId: after.factorId, label: after.label, role: after.role, before: before.status, after: after.status, change: changeOf(before, after) };
  });
  const isGap = (status: ReadinessStatus): boolean => classOfStatus(status) !== 'met';
  const scoredChanges = factorChanges.filter((change) => change.role === 'scored');
  const rankDifference = b.rating.rank - a.rating.rank;
  const ratingChange = rankDifference < 0 ? 'improved' : rankDifference > 0 ? 'worsened' : 'unchanged';
  const readyChange = a.rating.ready === b.rating.ready ? 'unchanged' : b.rating.ready ? 'became_ready' : 'no_longer_ready';
  const scoreChange = new Dec(b.score.score).minus(a.score.score).toString();
  const shareChange = new Dec(b.score.share).minus(a.score.share).toFixed(4);

  const step = explain({ id: 'readiness.compare', version: '1', title: `Change in readiness against ${a.frameworkId}`, sources: [] }, policy, b.asOf);
  step.input('before', { subjectId: a.subjectId, asOf: a.asOf, rating: a.rating.id });
  step.input('after', { subjectId: b.subjectId, asOf: b.asOf, rating: b.rating.id });
  step.note(`Rating ${a.rating.id} → ${b.rating.id} (${ratingChange}); score ${a.score.score} → ${b.score.score} of ${b.score.maximum}.`);
  const weightsDiffer = b.factors.some((after) => beforeById.get(after.factorId)?.weight !== after.weight);
  if (weightsDiffer) step.note('The two assessments weight the factors differently: the score change mixes changed weights with changed evidence.');
  if (a.subjectId !== b.subjectId) step.note(`Compares two subjects: ${String(a.subjectId)} and ${String(b.subjectId)}.`);

  const comparison = {
    frameworkId: b.frameworkId,
    before: sideOf(a),
    after: sideOf(b),
    ratingChange,
    readyChange,
    scoreChange,
    shareChange,
    factorChanges,
    improved: factorChanges.filter((change) => change.change === 'improved').map((change) => change.factorId),
    worsened: factorChanges.filter((change) => change.change === 'worsened').map((change) => change.factorId),
    closedGaps: scoredChanges.filter((change) => isGap(change.before) && !isGap(change.after)).map((change) => change.factorId),
    newGaps: scoredChanges.filter((change) => !isGap(change.before) && isGap(change.after)).map((change) => change.factorId),
  } as const;
  return { ...comparison, explanation: step.done({ ratingChange, readyChange, scoreChange }) };
}
