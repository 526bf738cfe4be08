/**
 * Assesses an area (a PCT, cluster or practice) against a readiness framework. Governance fact
 * sheet, model implications A: `assess(framework, evidence[]) → Assessment`, an unweighted count by
 * default (met 1, partial 0.5, not met or unknown 0), caller weights allowed.
 *
 * @module
 */
import { Dec } from '../core/decimal.js';
import { PbcError } from '../core/errors.js';
import { explain, type ExplanationBuilder, type JsonValue } from '../core/explanation.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { baselinePolicy } from '../policy/baseline.js';
import type {
  ReadinessAssessment,
  ReadinessFactorResult,
  ReadinessGap,
  ReadinessGroupResult,
  ReadinessRating,
  ReadinessRecommendationResult,
  ReadinessScore,
} from './assessment-types.js';
import { checkFrameworkReferences } from './check-framework-references.js';
import {
  ParsedAssessReadinessInputSchema,
  ResolvedFrameworkSchema,
  type AssessReadinessInput,
  type AssessReadinessOptions,
  type ReadinessEvidenceSchema,
  type ReadinessFrameworkId,
  type ReadinessWeightsSchema,
} from './evidence-schema.js';
import type { z } from 'zod';
import type { IsoDate } from '../core/calendar.js';
import { deepFreeze } from '../core/freeze.js';
import { findMissingReadinessEvidence } from './find-missing-evidence.js';
import { flagReadinessRisks } from './flag-readiness-risks.js';
import { gapFindings, riskFindings } from './readiness-findings.js';
import { type ReadinessFactor, type ReadinessFramework, type ReadinessRecommendation, type ReadinessStatus } from '../policy/frameworks/framework-schema.js';
import { bandForTally, describeBand, resolveReadinessBands, type ResolvedBand } from './rate-readiness.js';
import { resolveReadinessWeights } from './resolve-readiness-weights.js';
import { readReadinessPoints, shareOf, tallyReadiness, type ReadinessPoints, type ReadinessTally } from './score-readiness.js';
import { invalidReadinessEvidence, selectReadinessEvidence } from './select-readiness-evidence.js';
import { classOfStatus } from './statuses.js';
import { parseInput, raiseIssues } from '../core/validation.js';
import { resolveEvaluationOptions } from '../core/evaluation.js';

const SCORING_SOURCES = ['dh-2006-universal-coverage-monitoring', 'pbc-library-readiness-choices'];

function ratingOf(resolved: ResolvedBand): ReadinessRating {
  const { band } = resolved;
  return { id: band.id, label: band.label, ready: band.ready, rank: resolved.rank, confidence: band.confidence };
}

function scoreOf(tally: ReadinessTally, weighted: boolean): ReadinessScore {
  return {
    score: tally.score.toString(),
    maximum: tally.maximum.toString(),
    share: shareOf(tally),
    metCount: tally.metCount,
    partialCount: tally.partialCount,
    notMetCount: tally.notMetCount,
    unknownCount: tally.unknownCount,
    factorCount: tally.factorCount,
    weighted,
  };
}

function recommendationResult(recommendation: ReadinessRecommendation): ReadinessRecommendationResult {
  return {
    recommendationId: recommendation.id,
    label: recommendation.label,
    sources: recommendation.sources,
    confidence: recommendation.confidence,
    linkConfidence: recommendation.linkConfidence ?? recommendation.confidence,
  };
}

function checkInForce(framework: ReadinessFramework, step: ExplanationBuilder): void {
  if (framework.inForceParameter === undefined || step.boolean(framework.inForceParameter)) return;
  const rule = `${framework.id}.inForce`;
  throw new PbcError('NOT_IN_FORCE', `${framework.title} is not in force on ${step.asOf} (${framework.inForceParameter} is false)`, {
    issues: [{ path: ['asOf'], message: `the framework ${framework.id} does not apply on ${step.asOf}`, rule }],
    rule,
  });
}

function noteTargetDate(framework: ReadinessFramework, step: ExplanationBuilder, ready: boolean): void {
  if (framework.targetDateParameter === undefined) return;
  const target = step.read(framework.targetDateParameter).value;
  if (typeof target !== 'string') return;
  if (step.asOf > target && !ready) step.note(`The target date ${target} has passed and the area is not ready: the target was missed.`);
  else step.note(`Target date: ${target}.`);
}

function scoreChild(options: {
  readonly policy: Policy;
  readonly asOf: string;
  readonly title: string;
  readonly factors: readonly ReadinessFactor[];
  readonly statusOf: (factorId: string) => ReadinessStatus;
  readonly weightOf: (factorId: string) => Dec;
  readonly weighted: boolean;
  readonly rule: string;
}): { tally: ReadinessTally; step: ExplanationBuilder; points: ReadinessPoints } {
  const step = explain({ id: options.rule, version: '1', title: options.title, sources: SCORING_SOURCES }, options.policy, options.asOf);
  step.input('statuses', Object.fromEntries(options.factors.map((factor) => [factor.id, options.statusOf(factor.id)])));
  if (options.weighted) step.input('weights', Object.fromEntries(options.factors.map((factor) => [factor.id, options.weightOf(factor.id).toString()])));
  const points = readReadinessPoints(step);
  const tally = tallyReadiness({ factors: options.factors, statusOf: options.statusOf, weightOf: options.weightOf, points });
  step.note(
    `${tally.metCount} met, ${tally.partialCount} partly, ${tally.notMetCount} not, ${tally.unknownCount} unknown, of ${tally.factorCount}; score ${tally.score.toString()} of ${tally.maximum.toString()} (${options.weighted ? 'weighted' : 'unweighted'}).`,
  );
  return { tally, step, points };
}

/**
 * Assesses readiness against a framework on a date: each factor's status and the evidence behind it
 * (the latest observed on or before `asOf`; none means `unknown`), coverage by group, the score
 * (points × weight, summed exactly; unweighted by default), the rating (the first band reached,
 * best first), the gaps with the source's recommendations, **the missing evidence that would change
 * the rating** (each unknown factor and the rating it would give if met), the risks the framework
 * links to groups, and an explanation recording every parameter read.
 *
 * The framework is a built-in one by its key (`'AC2007'`) or any data satisfying
 * `ReadinessFrameworkSchema` — one of `readinessFrameworks` revised, or your own — and is checked in
 * full, as are the evidence and weights.
 *
 * @param input - `framework` (a key of `readinessFrameworks` or a framework), `evidence` (a list of
 *   {@link ReadinessEvidenceItem}, may be empty), optional `weights` by factor id and `subject`
 * @param options - `asOf` (required: the date of the assessment) and `policy`
 * @returns the {@link ReadinessAssessment}
 * @throws PbcError `INVALID_INPUT` naming every bad field: an unknown framework key, evidence for an
 *   unknown factor, a status outside the factor's scale, an unparseable date, a negative weight,
 *   weights summing to zero, a source or parameter the policy lacks; `CONFLICTING_INPUT` for evidence
 *   about two subjects or two statuses of one factor on one date; `INVALID_POLICY` at `['policy']`;
 *   `MISSING_INPUT` / `INVALID_DATE` at `['asOf']`; `NOT_IN_FORCE` when the framework does not apply
 *   on `asOf` (the 2009 entitlements before March 2009)
 * @category Readiness
 * @example
 * ```ts
 * import { assessReadiness } from 'practice-based-commissioning';
 * const assessment = assessReadiness(
 *   {
 *     framework: 'AC2007',
 *     evidence: [
 *       { factorId: 'AC07.F1_BUDGETS', status: 'met' },
 *       { factorId: 'AC07.F2_INFORMATION', status: 'partial' },
 *       { factorId: 'AC07.F3_FREEDOM_SAVINGS', status: 'met' },
 *       { factorId: 'AC07.F4_GOVERNANCE_COI', status: 'not_met' },
 *     ],
 *     subject: '5ZZ',
 *   },
 *   { asOf: '2007-11-22' },
 * );
 * assessment.score.score;  //=> '2.5'
 * assessment.rating.id;    //=> 'some_in_place'
 * assessment.gaps.map((gap) => gap.factorId); //=> ['AC07.F2_INFORMATION', 'AC07.F4_GOVERNANCE_COI', 'AC07.F5_SHARED_OWNERSHIP']
 * assessment.missingEvidence; //=> [{ factorId: 'AC07.F5_SHARED_OWNERSHIP', ratingIfMet: 'some_in_place', raisesRating: false, … }]
 * ```
 * @example
 * ```ts
 * import { assessReadiness } from 'practice-based-commissioning';
 * // Evidence for a factor the framework lacks is refused, naming the field:
 * assessReadiness({ framework: 'DH2006', evidence: [{ factorId: 'UC06.BUDGET', status: 'met' }] }, { asOf: '2006-12-31' });
 * // throws PbcError INVALID_INPUT, issues[0].path = ['evidence', 0, 'factorId']
 * ```
 */
export function assessReadiness(input: AssessReadinessInput, options: AssessReadinessOptions): ReadinessAssessment {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  return assessReadinessOf(parseInput(ParsedAssessReadinessInputSchema, input, 'readiness assessment'), policy, asOf);
}

/** Built-in frameworks as their schema parses them, once each, deep-frozen (they are read, never changed). */
const parsedBuiltIns = new Map<ReadinessFrameworkId, z.output<typeof ResolvedFrameworkSchema>>();

/**
 * {@link assessReadiness} on evidence and weights already parsed with their schemas (a PCT's
 * readiness in an area parsed by `ScenarioAreaSchema`, which checks them with the same schemas as
 * `AssessReadinessInputSchema`), a built-in framework by its key and a resolved policy and date. The
 * input's schema does not run again (the built-in framework is parsed once, and kept); the checks
 * across fields (the framework's references, evidence for factors it lacks, weights, conflicting
 * evidence) still run, with the same errors.
 *
 * @internal
 */
export function assessReadinessOnParsed(
  input: { readonly framework: ReadinessFrameworkId; readonly evidence: z.output<typeof ReadinessEvidenceSchema>; readonly weights?: z.output<typeof ReadinessWeightsSchema>; readonly subject: string },
  policy: Policy,
  asOf: string,
): ReadinessAssessment {
  // An empty subject (which the public schema refuses), on every call: the public function raises its own error.
  if (input.subject.length === 0) return assessReadiness(input, { policy, asOf });
  let framework = parsedBuiltIns.get(input.framework);
  if (framework === undefined) {
    const parsed = ResolvedFrameworkSchema.safeParse(input.framework);
    // Not a built-in framework's key: the public function raises its own error.
    if (!parsed.success) return assessReadiness(input, { policy, asOf });
    framework = deepFreeze(parsed.data);
    parsedBuiltIns.set(input.framework, framework);
  }
  // The date is the caller's, already checked (the area's options).
  return assessReadinessOf({ ...input, framework }, policy, asOf as IsoDate);
}

function assessReadinessOf(parsed: z.output<typeof ParsedAssessReadinessInputSchema>, policy: Policy, asOf: IsoDate): ReadinessAssessment {
  const chosenFramework = parsed.framework;
  const weights = resolveReadinessWeights(chosenFramework, parsed.weights);
  raiseIssues([
    ...checkFrameworkReferences(chosenFramework, policy),
    ...invalidReadinessEvidence(chosenFramework, parsed.evidence),
    ...weights.issues,
  ], 'readiness assessment');
  const selected = selectReadinessEvidence(parsed.evidence, { asOf, subject: parsed.subject });
  raiseIssues(selected.conflicts, 'readiness evidence', 'CONFLICTING_INPUT');

  const step = explain({ id: 'readiness.assess', version: '1', title: `Readiness against "${chosenFramework.title}" (${chosenFramework.publisher}, ${chosenFramework.published})`, sources: chosenFramework.sources }, policy, asOf);
  step.input('framework', chosenFramework.id);
  step.input('subject', selected.subjectId);
  step.input('evidenceGiven', parsed.evidence.length);
  checkInForce(chosenFramework, step);
  if (asOf < chosenFramework.published) step.note(`Retrospective: the framework was published in ${chosenFramework.published}, after the assessment date.`);

  const statusOf = (factorId: string): ReadinessStatus => selected.chosen.get(factorId)?.item.status ?? 'unknown';
  // A weight of 0 leaves a factor out of the score, the rating, the gaps and the missing evidence.
  const counted = chosenFramework.factors.filter((factor) => weights.weightOf(factor.id).greaterThan(0));
  const scored = counted.filter((factor) => (factor.role ?? 'scored') === 'scored');
  const outcomeItems = counted.filter((factor) => factor.role === 'outcome');
  const leftOut = chosenFramework.factors.length - counted.length;
  if (leftOut > 0) step.note(`${leftOut} item(s) with weight 0 left out of the score and the rating.`);
  const common = { policy, asOf, statusOf, weightOf: weights.weightOf, weighted: weights.weighted };

  const scoring = scoreChild({ ...common, factors: scored, rule: 'readiness.score', title: 'Score of the factors that count towards the rating' });
  const { points } = scoring;
  step.child(scoring.step.done({ score: scoring.tally.score.toString(), maximum: scoring.tally.maximum.toString(), metCount: scoring.tally.metCount }));

  const rateStep = explain({ id: 'readiness.rate', version: '1', title: `Rating by ${chosenFramework.rating.measure}, best band first`, sources: chosenFramework.sources }, policy, asOf);
  rateStep.input('measure', chosenFramework.rating.measure);
  const bands = resolveReadinessBands(chosenFramework, rateStep);
  for (const resolved of bands) rateStep.note(`${describeBand(resolved, chosenFramework.rating.measure)} (${resolved.band.confidence})${resolved.band.note === undefined ? '' : `: ${resolved.band.note}`}`);
  const current = bandForTally(bands, chosenFramework.rating.measure, scoring.tally);
  step.child(rateStep.done(current.band.id));

  const missing = findMissingReadinessEvidence({ framework: chosenFramework, scored, statusOf, weightOf: weights.weightOf, points, bands, current });
  const missingStep = explain({ id: 'readiness.missingEvidence', version: '1', title: 'Unknown factors that would change the rating if met', sources: SCORING_SOURCES }, policy, asOf);
  missingStep.input('unknown', missing.missing.map((entry) => entry.factorId));
  const raising = missing.missing.filter((entry) => entry.raisesRating);
  missingStep.note(
    missing.missing.length === 0
      ? 'Every scored factor has evidence.'
      : `${raising.length} of ${missing.missing.length} unknown factors would each raise the rating if met; all of them met would give "${missing.bandIfAllUnknownMet.band.id}".`,
  );
  step.child(missingStep.done(raising.map((entry) => entry.factorId)));

  let outcomes: ReadinessScore | null = null;
  if (outcomeItems.length > 0) {
    const outcomeScoring = scoreChild({ ...common, factors: outcomeItems, rule: 'readiness.scoreOutcomes', title: 'Score of the items scored apart from the rating (outcomes)' });
    outcomes = scoreOf(outcomeScoring.tally, weights.weighted);
    step.child(outcomeScoring.step.done({ score: outcomes.score, maximum: outcomes.maximum }));
  }

  const rating = ratingOf(current);
  noteTargetDate(chosenFramework, step, rating.ready);
  const placeholders = scored.filter((factor) => factor.placeholder === true).length;
  if (placeholders > 0) step.note(`${placeholders} of the ${scored.length} scored items are unconfirmed placeholders; replace them with reviseReadinessFramework or give them weight 0.`);
  if (rating.confidence !== 'confirmed') step.note(`The band "${rating.id}" is ${rating.confidence}: see the readiness guide, "Choices made".`);
  const ignored = selected.ignored;
  if (ignored.length > 0) step.note(`${ignored.length} piece(s) of evidence not used: observed after ${asOf}, or superseded by later evidence.`);

  const factors: ReadinessFactorResult[] = chosenFramework.factors.map((factor) => {
    const chosen = selected.chosen.get(factor.id);
    const status = statusOf(factor.id);
    return {
      factorId: factor.id,
      label: factor.label,
      kind: factor.kind,
      group: factor.group ?? null,
      role: factor.role ?? 'scored',
      scale: factor.scale,
      status,
      points: points[classOfStatus(status)].toString(),
      weight: weights.weightOf(factor.id).toString(),
      confidence: factor.confidence,
      placeholder: factor.placeholder === true,
      sources: factor.sources,
      observedOn: chosen?.observedOn ?? null,
      evidenceNote: chosen?.item.note ?? null,
      evidenceRefs: chosen?.item.refs ?? [],
    };
  });
  const groups: ReadinessGroupResult[] = (chosenFramework.groups ?? []).map((group) => {
    const tally = tallyReadiness({ factors: chosenFramework.factors.filter((factor) => factor.group === group.id), statusOf, weightOf: weights.weightOf, points });
    return {
      groupId: group.id,
      label: group.label,
      factorCount: tally.factorCount,
      met: tally.metCount,
      partial: tally.partialCount,
      notMet: tally.notMetCount,
      unknown: tally.unknownCount,
      score: tally.score.toString(),
      maximum: tally.maximum.toString(),
      share: shareOf(tally),
    };
  });
  const recommendations = chosenFramework.recommendations ?? [];
  const gaps: ReadinessGap[] = scored
    .filter((factor) => classOfStatus(statusOf(factor.id)) !== 'met')
    .map((factor) => ({
      factorId: factor.id,
      label: factor.label,
      group: factor.group ?? null,
      status: statusOf(factor.id),
      recommendations: recommendations
        .filter((recommendation) => recommendation.addresses.includes(factor.id) || (factor.group !== undefined && recommendation.addresses.includes(factor.group)))
        .map(recommendationResult),
    }));
  const generalRecommendations = rating.ready ? [] : recommendations.filter((recommendation) => recommendation.addresses.length === 0).map(recommendationResult);
  const score = scoreOf(scoring.tally, weights.weighted);
  const risks = flagReadinessRisks(chosenFramework, scored, statusOf);
  const output: JsonValue = { rating: rating.id, ready: rating.ready, score: score.score, maximum: score.maximum, share: score.share };
  return {
    frameworkId: chosenFramework.id,
    frameworkTitle: chosenFramework.title,
    subjectId: selected.subjectId,
    asOf,
    factors,
    groups,
    score,
    outcomes,
    rating,
    ready: rating.ready,
    gaps,
    generalRecommendations,
    missingEvidence: missing.missing,
    ratingIfAllUnknownMet: ratingOf(missing.bandIfAllUnknownMet),
    risks,
    findings: [...gapFindings(scored, statusOf), ...riskFindings(risks)],
    ignoredEvidence: ignored,
    explanation: step.done(output),
  };
}
