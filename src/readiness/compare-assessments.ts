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
import { baselinePolicy } from '../policy/baseline.js';
import { ReadinessStatusSchema, type ReadinessStatus } from '../policy/frameworks/framework-schema.js';
import { classOfStatus } from './statuses.js';
import { parseReadinessInput, throwIfIssues, type ReadinessIssue } from './validation.js';

const decimalText = z.string().regex(/^-?\d+(?:\.\d+)?$/, { message: 'must be a decimal string such as 3.5' });

/**
 * The zod schema for an assessment given to {@link compareAssessments}: the fields of a
 * {@link ReadinessAssessment} that a comparison reads (other fields are allowed and ignored), so an
 * assessment stored as JSON and read back can be compared.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ComparableAssessmentSchema } from 'practice-based-commissioning/schemas';
 * import { assessReadiness } from 'practice-based-commissioning';
 * import { readinessFrameworks } from 'practice-based-commissioning/policy';
 * const stored = JSON.parse(JSON.stringify(assessReadiness(readinessFrameworks.DH2006, [], { asOf: '2006-06-30' })));
 * ComparableAssessmentSchema.safeParse(stored).success; //=> true
 * ```
 */
export const ComparableAssessmentSchema = z.looseObject({
  frameworkId: z.string().min(1),
  subjectId: z.string().nullable(),
  asOf: IsoDateTextSchema,
  rating: z.looseObject({ id: z.string().min(1), label: z.string(), ready: z.boolean(), rank: z.number().int().nonnegative() }),
  score: z.looseObject({ score: decimalText, maximum: decimalText, share: decimalText }),
  factors: z.array(
    z.looseObject({
      factorId: z.string().min(1),
      label: z.string(),
      role: z.enum(['scored', 'outcome']),
      status: ReadinessStatusSchema,
      points: decimalText,
      weight: decimalText,
    }),
  ),
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
 * What changed from assessment `a` to assessment `b`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { ReadinessComparison } from 'practice-based-commissioning';
 * declare const comparison: ReadinessComparison;
 * `${comparison.a.rating} → ${comparison.b.rating} (${comparison.ratingChange}); closed: ${comparison.closedGaps.join(', ')}`;
 * ```
 */
export interface ReadinessComparison {
  readonly frameworkId: string;
  readonly a: ReadinessComparisonSide;
  readonly b: ReadinessComparisonSide;
  /** Whether `b`'s band is better, worse or the same as `a`'s. */
  readonly ratingChange: 'improved' | 'worsened' | 'unchanged';
  readonly readyChange: 'became_ready' | 'no_longer_ready' | 'unchanged';
  /** `b.score − a.score`, exact. */
  readonly scoreChange: string;
  /** `b.share − a.share`, of the four-place shares. */
  readonly shareChange: string;
  /** Every factor, in framework order. */
  readonly factorChanges: readonly ReadinessFactorChange[];
  readonly improved: readonly string[];
  readonly worsened: readonly string[];
  /** Scored factors not in place in `a` and in place in `b`. */
  readonly closedGaps: readonly string[];
  /** Scored factors in place in `a` and not in `b`. */
  readonly newGaps: readonly string[];
  readonly explanation: Explanation;
}

const CompareInputSchema = z.object({ a: ComparableAssessmentSchema, b: ComparableAssessmentSchema }).strict();

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
 * @param a - the earlier (or first) {@link ReadinessAssessment}
 * @param b - the later (or second) assessment
 * @returns the {@link ReadinessComparison}, with an explanation
 * @throws PbcError `INVALID_INPUT` when either is not an assessment (paths under `a` or `b`);
 *   `CONFLICTING_INPUT` when they are against different frameworks or factor lists
 * @category Readiness
 * @example
 * ```ts
 * import { assessReadiness, compareAssessments } from 'practice-based-commissioning';
 * import { readinessFrameworks } from 'practice-based-commissioning/policy';
 * const evidence = [
 *   { factorId: 'AC07.F1_BUDGETS', status: 'partial', observedOn: '2007-06-30' },
 *   { factorId: 'AC07.F1_BUDGETS', status: 'met', observedOn: '2008-05-01' },
 *   { factorId: 'AC07.F2_INFORMATION', status: 'met', observedOn: '2007-06-30' },
 * ] as const;
 * const before = assessReadiness(readinessFrameworks.AC2007, evidence, { asOf: '2007-11-22' });
 * const after = assessReadiness(readinessFrameworks.AC2007, evidence, { asOf: '2008-11-20' });
 * const comparison = compareAssessments(before, after);
 * comparison.ratingChange; //=> 'improved' (few_in_place → some_in_place)
 * comparison.closedGaps;   //=> ['AC07.F1_BUDGETS']
 * comparison.scoreChange;  //=> '0.5'
 * ```
 */
export function compareAssessments(a: unknown, b: unknown): ReadinessComparison {
  const input = parseReadinessInput(CompareInputSchema, { a, b }, 'assessments to compare');
  const issues: ReadinessIssue[] = [];
  if (input.a.frameworkId !== input.b.frameworkId) {
    issues.push({ path: ['b', 'frameworkId'], message: `${printable(input.b.frameworkId)} is not the framework of a (${printable(input.a.frameworkId)})`, rule: 'readiness.sameFramework' });
  }
  const beforeById = new Map(input.a.factors.map((factor) => [factor.factorId, factor]));
  const sameFactors = input.a.factors.length === input.b.factors.length && input.b.factors.every((factor) => beforeById.has(factor.factorId));
  if (!sameFactors) issues.push({ path: ['b', 'factors'], message: 'the two assessments list different factors', rule: 'readiness.sameFactors' });
  throwIfIssues('CONFLICTING_INPUT', 'assessments to compare', issues);

  const factorChanges: ReadinessFactorChange[] = input.b.factors.map((after) => {
    // Non-null: sameFactors above guarantees every factor of b is in a.
    const before = beforeById.get(after.factorId) as (typeof input.a.factors)[number];
    return { factorId: after.factorId, label: after.label, role: after.role, before: before.status, after: after.status, change: changeOf(before, after) };
  });
  const isGap = (status: ReadinessStatus): boolean => classOfStatus(status) !== 'met';
  const scoredChanges = factorChanges.filter((change) => change.role === 'scored');
  const rankDifference = input.b.rating.rank - input.a.rating.rank;
  const ratingChange = rankDifference < 0 ? 'improved' : rankDifference > 0 ? 'worsened' : 'unchanged';
  const readyChange = input.a.rating.ready === input.b.rating.ready ? 'unchanged' : input.b.rating.ready ? 'became_ready' : 'no_longer_ready';
  const scoreChange = new Dec(input.b.score.score).minus(input.a.score.score).toString();
  const shareChange = new Dec(input.b.score.share).minus(input.a.score.share).toFixed(4);

  const step = explain({ id: 'readiness.compare', version: '1', title: `Change in readiness against ${input.a.frameworkId}`, sources: [] }, baselinePolicy, input.b.asOf);
  step.input('a', { subjectId: input.a.subjectId, asOf: input.a.asOf, rating: input.a.rating.id });
  step.input('b', { subjectId: input.b.subjectId, asOf: input.b.asOf, rating: input.b.rating.id });
  step.note(`Rating ${input.a.rating.id} → ${input.b.rating.id} (${ratingChange}); score ${input.a.score.score} → ${input.b.score.score} of ${input.b.score.maximum}.`);
  const weightsDiffer = input.b.factors.some((after) => beforeById.get(after.factorId)?.weight !== after.weight);
  if (weightsDiffer) step.note('The two assessments weight the factors differently: the score change mixes changed weights with changed evidence.');
  if (input.a.subjectId !== input.b.subjectId) step.note(`Compares two subjects: ${String(input.a.subjectId)} and ${String(input.b.subjectId)}.`);

  const comparison = {
    frameworkId: input.b.frameworkId,
    a: sideOf(input.a),
    b: sideOf(input.b),
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
