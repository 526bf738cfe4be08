/**
 * Assesses a PCT's world class commissioning (WCC) assurance evidence, 2008/09–2009/10, the way the
 * readiness frameworks are assessed: a score (the competency levels), a rating (the governance
 * traffic lights), gaps, the missing evidence that would change the rating, and findings in the one
 * shape — with the link to PBC through competency 4, "collaborate with clinicians". Governance fact
 * sheet §5; domain audit §4, item 4.
 *
 * @module
 */
import { Dec } from '../../core/decimal.js';
import { PbcError } from '../../core/errors.js';
import { resolveEvaluationOptions } from '../../core/evaluation.js';
import { explain, type Explanation, type ExplanationBuilder } from '../../core/explanation.js';
import type { Finding } from '../../core/finding.js';
import type { Policy } from '../../core/policy-model/schemas.js';
import type { RuleCatalogueEntry } from '../../core/rules.js';
import { safeText } from '../../core/text.js';
import { parseInput, raiseIssues } from '../../core/validation.js';
import { financialYearOf } from '../../core/calendar.js';
import { baselinePolicy } from '../../policy/baseline.js';
import { wccAssuranceFramework, type WccCompetencyId, type WccGovernanceAreaId, type WccRag } from '../../policy/frameworks/wcc2008-world-class-commissioning.js';
import { wccRuleCatalogue } from '../../policy/rules/wcc.js';
import type { ReadinessRating } from '../assessment-types.js';
import { WccEvidenceSchema, type AssessWccAssuranceInput, type AssessWccAssuranceOptions, type WccEvidence } from './wcc-schema.js';

/**
 * The codes of WCC findings: per competency (`WCC_WORLD_CLASS`, `WCC_BELOW_WORLD_CLASS`,
 * `WCC_LEVEL_UNKNOWN`, `WCC_NOT_RATED`), per governance area (`WCC_GOVERNANCE_GREEN`, `…_AMBER`,
 * `…_RED`, `…_UNKNOWN`), for the outcomes (`WCC_OUTCOMES_CHOSEN`, `WCC_OUTCOMES_UNKNOWN`) and for
 * the link to PBC (`WCC_PBC_CLINICIANS_CONCERN`, `WCC_PBC_CLINICIANS_NO_CONCERN`, `WCC_PBC_CLINICIANS_UNKNOWN`), and
 * against the national results (`WCC_BEHIND_NATIONAL`, `WCC_WITH_NATIONAL`, `WCC_NO_COMPARISON`); per PCT
 * in a whole-area evaluation, `WCC_NO_EVIDENCE` and `WCC_NOT_IN_FORCE` (not applicable).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccFindingCode } from 'practice-based-commissioning';
 * const code: WccFindingCode = 'WCC_GOVERNANCE_AMBER';
 * ```
 */
export type WccFindingCode =
  | 'WCC_WORLD_CLASS'
  | 'WCC_BELOW_WORLD_CLASS'
  | 'WCC_LEVEL_UNKNOWN'
  | 'WCC_NOT_RATED'
  | 'WCC_GOVERNANCE_GREEN'
  | 'WCC_GOVERNANCE_AMBER'
  | 'WCC_GOVERNANCE_RED'
  | 'WCC_GOVERNANCE_UNKNOWN'
  | 'WCC_OUTCOMES_CHOSEN'
  | 'WCC_OUTCOMES_UNKNOWN'
  | 'WCC_PBC_CLINICIANS_CONCERN'
  | 'WCC_PBC_CLINICIANS_NO_CONCERN'
  | 'WCC_PBC_CLINICIANS_UNKNOWN'
  | 'WCC_BEHIND_NATIONAL'
  | 'WCC_WITH_NATIONAL'
  | 'WCC_NO_COMPARISON'
  | 'WCC_NO_EVIDENCE'
  | 'WCC_NOT_IN_FORCE';

/**
 * A WCC finding: the core {@link Finding} with a {@link WccFindingCode}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccFinding } from 'practice-based-commissioning';
 * const finding: WccFinding = { rule: 'wcc.governance', code: 'WCC_GOVERNANCE_RED', outcome: 'breach', message: 'Finance: red.', sources: ['hfma-2009-wcc-board-grip'], subject: { kind: 'governance', id: 'finance' } };
 * ```
 */
export type WccFinding = Finding<WccFindingCode>;

/**
 * An assurance year of WCC: 2008/09 (year one) or 2009/10 (year two, the last).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccAssuranceYear } from 'practice-based-commissioning';
 * const year: WccAssuranceYear = '2009/10';
 * ```
 */
export type WccAssuranceYear = '2008/09' | '2009/10';

/**
 * One competency as assessed: its level (or `null` when unknown or not rated that year).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccCompetencyResult } from 'practice-based-commissioning';
 * declare const result: WccCompetencyResult;
 * result.rated && result.level === null ? `${result.label}: no evidence` : '';
 * ```
 */
export interface WccCompetencyResult {
  readonly competencyId: WccCompetencyId;
  readonly number: number;
  readonly label: string;
  /** Whether the assurance year rates it (competency 11 is not rated in 2008/09). */
  readonly rated: boolean;
  readonly level: 1 | 2 | 3 | 4 | null;
  /** Whether the level is the world-class level; `null` when unknown or not rated. */
  readonly worldClass: boolean | null;
  readonly pbcLink: boolean;
}

/**
 * One governance area as assessed: its traffic light, or `null` when unknown.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccGovernanceResult } from 'practice-based-commissioning';
 * const board: WccGovernanceResult = { areaId: 'board', label: 'Board', rating: 'green' };
 * ```
 */
export interface WccGovernanceResult {
  readonly areaId: WccGovernanceAreaId;
  readonly label: string;
  readonly rating: WccRag | null;
}

/**
 * The competency score: the sum and mean of the known levels of the competencies the year rates,
 * how many are known, unknown and world class. `meanLevel` is to two decimal places (half-up), as
 * the national results give means (`1.46`); `null` when no level is known.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccScore } from 'practice-based-commissioning';
 * const score: WccScore = { levelSum: 6, maximum: 8, meanLevel: '3.00', ratedCount: 11, knownCount: 2, unknownCount: 9, worldClassCount: 0 };
 * ```
 */
export interface WccScore {
  readonly levelSum: number;
  /** The world-class level times the known competencies. */
  readonly maximum: number;
  readonly meanLevel: string | null;
  readonly ratedCount: number;
  readonly knownCount: number;
  readonly unknownCount: number;
  readonly worldClassCount: number;
}

/**
 * A piece of missing evidence: a governance area with no rating (and the rating a green or a red
 * there would give) or a rated competency with no level (which does not change the rating).
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccMissingEvidence } from 'practice-based-commissioning';
 * declare const missing: WccMissingEvidence;
 * missing.raisesRating ? `${missing.label}: green would give ${missing.ratingIfGreen}` : '';
 * ```
 */
export interface WccMissingEvidence {
  readonly kind: 'governance' | 'competency';
  readonly id: string;
  readonly label: string;
  /** The rating if this governance area were green (`null` for a competency). */
  readonly ratingIfGreen: string | null;
  /** The rating if it were red (`null` for a competency). */
  readonly ratingIfRed: string | null;
  /** Whether a green here alone would raise the rating. */
  readonly raisesRating: boolean;
}

/**
 * A gap: a competency below world class, or a governance area not green.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccGap } from 'practice-based-commissioning';
 * const gap: WccGap = { kind: 'governance', id: 'finance', label: 'Finance (financial management)', level: null, rating: 'amber' };
 * ```
 */
export interface WccGap {
  readonly kind: 'competency' | 'governance';
  readonly id: string;
  readonly label: string;
  readonly level: 1 | 2 | 3 | 4 | null;
  readonly rating: WccRag | null;
}

/**
 * The result of {@link assessWccAssurance}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccAssessment } from 'practice-based-commissioning';
 * declare const assessment: WccAssessment;
 * `${assessment.pct}: ${assessment.rating.label}, mean level ${assessment.score.meanLevel ?? 'unknown'}`;
 * ```
 */
export interface WccAssessment {
  readonly frameworkId: 'WCC2008';
  readonly pct: string | null;
  readonly asOf: string;
  readonly assuranceYear: WccAssuranceYear;
  readonly basis: 'panel' | 'self-assessment' | null;
  readonly competencies: readonly WccCompetencyResult[];
  readonly score: WccScore;
  readonly governance: readonly WccGovernanceResult[];
  /** The governance rating: green in all three, no red, some red, red in all three. */
  readonly rating: ReadinessRating;
  /** Green in all three governance areas. */
  readonly ready: boolean;
  readonly gaps: readonly WccGap[];
  readonly missingEvidence: readonly WccMissingEvidence[];
  /** The rating if every unknown governance area were green. */
  readonly ratingIfAllUnknownGreen: ReadinessRating;
  /** The outcomes the PCT chose (recorded, not scored); `null` when not given. */
  readonly outcomes: readonly string[] | null;
  /** Competency 4, the link to PBC: its level and whether it is below the concern threshold. */
  readonly pbcLink: { readonly competencyId: WccCompetencyId; readonly level: 1 | 2 | 3 | 4 | null; readonly concern: boolean | null };
  readonly findings: readonly WccFinding[];
  readonly explanation: Explanation;
}

/** A WCC rule's catalogue entry, by id. @internal */
export function wccRuleOf(id: string): RuleCatalogueEntry {
  const entry = wccRuleCatalogue.find((rule) => rule.id === id);
  // Only the WCC rule files call it, with ids the catalogue test checks.
  if (entry === undefined) throw new Error(`no WCC rule ${id} in the catalogue`);
  return entry;
}

/** Starts the explanation of a catalogued WCC rule. @internal */
export function wccStep(id: string, policy: Policy, asOf: string): ExplanationBuilder {
  const rule = wccRuleOf(id);
  return explain({ id: rule.id, version: rule.version, title: rule.title, sources: rule.sources }, policy, asOf);
}

const BANDS: readonly Omit<ReadinessRating, 'rank'>[] = [
  { id: 'green_in_all_three', label: 'Green in all three governance areas', ready: true, confidence: 'confirmed' },
  { id: 'no_red', label: 'No red rating, but not green in all three', ready: false, confidence: 'derived' },
  { id: 'some_red', label: 'Red in one or two governance areas', ready: false, confidence: 'derived' },
  { id: 'red_in_all_three', label: 'Red in all three governance areas', ready: false, confidence: 'confirmed' },
];

/** The rating of three traffic lights (an unknown is neither green nor red). @internal */
export function wccRatingOf(lights: readonly (WccRag | null)[]): ReadinessRating {
  const rank = lights.every((light) => light === 'green') ? 0 : lights.every((light) => light === 'red') ? 3 : lights.includes('red') ? 2 : 1;
  // rank is 0–3: BANDS has four entries.
  return { ...(BANDS[rank] as Omit<ReadinessRating, 'rank'>), rank };
}

const GOVERNANCE_FINDING: Readonly<Record<WccRag | 'unknown', { readonly code: WccFindingCode; readonly outcome: WccFinding['outcome'] }>> = {
  green: { code: 'WCC_GOVERNANCE_GREEN', outcome: 'compliant' },
  amber: { code: 'WCC_GOVERNANCE_AMBER', outcome: 'warning' },
  red: { code: 'WCC_GOVERNANCE_RED', outcome: 'breach' },
  unknown: { code: 'WCC_GOVERNANCE_UNKNOWN', outcome: 'unknown' },
};

/** The assurance year of a date, or refuses a date outside WCC assurance. */
function assuranceYearOf(step: ExplanationBuilder, asOf: string): WccAssuranceYear {
  const year: string = financialYearOf(asOf);
  if (step.boolean('wcc.assurance.inForce') && (year === '2008/09' || year === '2009/10')) return year;
  throw new PbcError('NOT_IN_FORCE', `World class commissioning assurance does not apply on ${asOf} (wcc.assurance.inForce is false)`, {
    issues: [{ path: ['asOf'], message: `no WCC assurance in ${year}: it ran in 2008/09 and 2009/10`, rule: 'wcc.assess' }],
    rule: 'wcc.assess',
  });
}

function assessCompetencies(evidence: WccEvidence, policy: Policy, asOf: string, pct: string | null): { results: WccCompetencyResult[]; score: WccScore; findings: WccFinding[]; explanation: Explanation } {
  const step = wccStep('wcc.competencies', policy, asOf);
  const worldClass = step.integer('wcc.worldClassLevel');
  const c11Rated = step.boolean('wcc.competency11.rated');
  const given = evidence.competencies ?? {};
  step.input('levels', Object.fromEntries(Object.entries(given).map(([id, level]) => [id, level ?? null])));
  if (!c11Rated && given['WCC.C11'] !== undefined) {
    raiseIssues([{ path: ['competencies', 'WCC.C11'], message: `competency 11 was not rated in ${financialYearOf(asOf)} (wcc.competency11.rated is false)`, rule: 'wcc.competencies' }], 'WCC assurance evidence');
  }
  const results = wccAssuranceFramework.competencies.map((competency): WccCompetencyResult => {
    const rated = competency.id !== 'WCC.C11' || c11Rated;
    const level = given[competency.id] ?? null;
    return { competencyId: competency.id, number: competency.number, label: competency.label, rated, level, worldClass: level === null ? null : level >= worldClass, pbcLink: competency.pbcLink };
  });
  const ratedResults = results.filter((result) => result.rated);
  const known = ratedResults.filter((result) => result.level !== null);
  const levelSum = known.reduce((sum, result) => sum + (result.level ?? 0), 0);
  const score: WccScore = {
    levelSum,
    maximum: worldClass * known.length,
    meanLevel: known.length === 0 ? null : new Dec(levelSum).div(known.length).toFixed(2, Dec.ROUND_HALF_UP),
    ratedCount: ratedResults.length,
    knownCount: known.length,
    unknownCount: ratedResults.length - known.length,
    worldClassCount: known.filter((result) => result.worldClass === true).length,
  };
  step.note(`${score.knownCount} of ${score.ratedCount} rated competencies known; levels sum to ${levelSum}; ${score.worldClassCount} at level ${worldClass} (world class).${c11Rated ? '' : ' Competency 11 is not rated this year.'}`);
  const sources = wccRuleOf('wcc.competencies').sources;
  const findings = results.map((result): WccFinding => {
    const subject = { kind: 'competency', id: result.competencyId };
    const name = `Competency ${result.number}, ${result.label}`;
    const base = { rule: 'wcc.competencies', subject, sources: [...sources], ...(pct === null ? {} : { details: { pct } }) };
    if (!result.rated) return { ...base, code: 'WCC_NOT_RATED', outcome: 'not_applicable', message: `${name}: not rated in ${financialYearOf(asOf)}.` };
    if (result.level === null) return { ...base, code: 'WCC_LEVEL_UNKNOWN', outcome: 'unknown', message: `${name}: no level given.` };
    if (result.worldClass === true) return { ...base, code: 'WCC_WORLD_CLASS', outcome: 'compliant', message: `${name}: level ${result.level}, world class.` };
    return { ...base, code: 'WCC_BELOW_WORLD_CLASS', outcome: 'info', message: `${name}: level ${result.level} of ${worldClass}.` };
  });
  return { results, score, findings, explanation: step.done({ levelSum, meanLevel: score.meanLevel, knownCount: score.knownCount, ratedCount: score.ratedCount }) };
}

/**
 * Assesses a PCT's world class commissioning assurance evidence on a date in an assurance year
 * (2008/09 or 2009/10):
 * - **score**: the levels (1–4) of the competencies the year rates (competency 11 only from
 *   2009/10), their sum and mean (two places, as the national means), how many are world class;
 * - **rating**: the governance traffic lights for strategy, finance and board — green in all three
 *   (the national results' measure, `ready`), no red, some red, or red in all three;
 * - **gaps**: competencies below world class and governance areas not green;
 * - **missing evidence**: governance areas with no rating and what a green (or red) would make the
 *   rating; rated competencies with no level;
 * - **the link to PBC**: competency 4, "collaborate with clinicians", flagged as a warning below
 *   `wcc.pbcLink.concernBelowLevel` (an INFERRED threshold, default 2);
 * - the outcomes the PCT chose, recorded but not scored (the sources read do not say how);
 * - findings in the core shape and an explanation recording every parameter read.
 *
 * @param input - the PCT's evidence: `pct`, `basis`, `competencies` (level by id), `governance`
 *   (traffic light by area), `outcomes`; every part optional
 * @param options - `asOf` (required: a date in the assurance year) and `policy`
 * @returns the {@link WccAssessment}
 * @throws PbcError `INVALID_INPUT` naming the field (a level outside 1–4, an unknown competency or
 *   governance area, a level for competency 11 in 2008/09); `INVALID_POLICY` at `['policy']`;
 *   `MISSING_INPUT` / `INVALID_DATE` at `['asOf']`; `NOT_IN_FORCE` at `['asOf']` outside 2008/09–2009/10
 * @category Readiness
 * @example
 * ```ts
 * import { assessWccAssurance } from 'practice-based-commissioning';
 * const assessment = assessWccAssurance(
 *   { pct: '5ZZ', competencies: { 'WCC.C01': 3, 'WCC.C04': 1, 'WCC.C11': 2 }, governance: { strategy: 'amber', finance: 'green', board: 'green' } },
 *   { asOf: '2010-03-31' },
 * );
 * assessment.assuranceYear;    //=> '2009/10'
 * assessment.score.meanLevel;  //=> '2.00'
 * assessment.rating.id;        //=> 'no_red'
 * assessment.pbcLink.concern;  //=> true
 * assessment.missingEvidence.length; //=> 8
 * ```
 * @example
 * ```ts
 * import { assessWccAssurance } from 'practice-based-commissioning';
 * assessWccAssurance({ competencies: { 'WCC.C11': 2 } }, { asOf: '2009-01-31' });
 * // throws PbcError INVALID_INPUT, issues[0].path = ['competencies', 'WCC.C11']: not rated in 2008/09
 * ```
 */
export function assessWccAssurance(input: AssessWccAssuranceInput, options: AssessWccAssuranceOptions): WccAssessment {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  const evidence = parseInput(WccEvidenceSchema, input, 'WCC assurance evidence');
  const framework = wccAssuranceFramework;
  const step = wccStep('wcc.assess', policy, asOf);
  const assuranceYear = assuranceYearOf(step, asOf);
  const pct = evidence.pct ?? null;
  step.input('pct', pct);
  step.input('assuranceYear', assuranceYear);
  step.input('basis', evidence.basis ?? null);

  const competencies = assessCompetencies(evidence, policy, asOf, pct);
  step.child(competencies.explanation);

  const governanceStep = wccStep('wcc.governance', policy, asOf);
  const lights = evidence.governance ?? {};
  const governance: WccGovernanceResult[] = framework.governance.map((area) => ({ areaId: area.id, label: area.label, rating: lights[area.id] ?? null }));
  governanceStep.input('ratings', Object.fromEntries(governance.map((area) => [area.areaId, area.rating])));
  const governanceFindings = governance.map((area): WccFinding => {
    const { code, outcome } = GOVERNANCE_FINDING[area.rating ?? 'unknown'];
    const sources = framework.governance.find((each) => each.id === area.areaId)?.sources ?? [];
    return { rule: 'wcc.governance', code, outcome, subject: { kind: 'governance', id: area.areaId }, message: `${area.label}: ${area.rating ?? 'no rating given'}.`, sources: [...sources] };
  });
  step.child(governanceStep.done(Object.fromEntries(governance.map((area) => [area.areaId, area.rating]))));

  const rateStep = wccStep('wcc.rate', policy, asOf);
  const current = governance.map((area) => area.rating);
  const rating = wccRatingOf(current);
  rateStep.note('Bands, best first: green in all three (the national results\' measure); no red; some red; red in all three. An unknown area is neither green nor red.');
  if (rating.confidence !== 'confirmed') rateStep.note(`The band "${rating.id}" groups the published categories (${rating.confidence}): see the readiness guide, "World class commissioning".`);
  step.child(rateStep.done(rating.id));

  const missingStep = wccStep('wcc.missingEvidence', policy, asOf);
  const supposing = (index: number, light: WccRag): ReadinessRating => wccRatingOf(current.map((each, at) => (at === index ? light : each)));
  const missingGovernance = governance.flatMap((area, index): WccMissingEvidence[] => {
    if (area.rating !== null) return [];
    const ifGreen = supposing(index, 'green');
    return [{ kind: 'governance', id: area.areaId, label: area.label, ratingIfGreen: ifGreen.id, ratingIfRed: supposing(index, 'red').id, raisesRating: ifGreen.rank < rating.rank }];
  });
  const missingCompetencies = competencies.results
    .filter((result) => result.rated && result.level === null)
    .map((result): WccMissingEvidence => ({ kind: 'competency', id: result.competencyId, label: result.label, ratingIfGreen: null, ratingIfRed: null, raisesRating: false }));
  const missingEvidence = [...missingGovernance, ...missingCompetencies];
  const ratingIfAllUnknownGreen = wccRatingOf(current.map((light) => light ?? 'green'));
  missingStep.input('unknown', missingEvidence.map((entry) => entry.id));
  missingStep.note(`${missingGovernance.filter((entry) => entry.raisesRating).length} of ${missingGovernance.length} unknown governance areas would each raise the rating if green; all green would give "${ratingIfAllUnknownGreen.id}". Competency levels do not enter the rating.`);
  step.child(missingStep.done(missingEvidence.filter((entry) => entry.raisesRating).map((entry) => entry.id)));

  const outcomesStep = wccStep('wcc.outcomes', policy, asOf);
  const outcomes = evidence.outcomes === undefined ? null : [...evidence.outcomes];
  outcomesStep.input('outcomes', outcomes);
  const outcomesSources = [...wccRuleOf('wcc.outcomes').sources];
  const outcomesFinding: WccFinding =
    outcomes === null
      ? { rule: 'wcc.outcomes', code: 'WCC_OUTCOMES_UNKNOWN', outcome: 'unknown', message: 'No local health outcomes given.', sources: outcomesSources }
      : { rule: 'wcc.outcomes', code: 'WCC_OUTCOMES_CHOSEN', outcome: 'info', message: safeText(`${outcomes.length} local health outcome(s) chosen: ${outcomes.join('; ')} (recorded, not scored).`), sources: outcomesSources };
  step.child(outcomesStep.done(outcomes === null ? null : outcomes.length));

  const linkStep = wccStep('wcc.pbcLink', policy, asOf);
  const concernBelow = linkStep.integer('wcc.pbcLink.concernBelowLevel');
  const c04 = competencies.results.find((result) => result.competencyId === framework.pbcLink.competencyId)?.level ?? null;
  const concern = c04 === null ? null : c04 < concernBelow;
  linkStep.input('level', c04);
  const linkBase = { rule: 'wcc.pbcLink', subject: { kind: 'competency', id: framework.pbcLink.competencyId }, sources: [...framework.pbcLink.sources] };
  const linkFinding: WccFinding =
    concern === null
      ? { ...linkBase, code: 'WCC_PBC_CLINICIANS_UNKNOWN', outcome: 'unknown', message: 'Competency 4, collaborate with clinicians (where support for PBC sits): no level given.' }
      : concern
        ? { ...linkBase, code: 'WCC_PBC_CLINICIANS_CONCERN', outcome: 'warning', message: `Competency 4, collaborate with clinicians (where support for PBC sits): level ${String(c04)}, below ${concernBelow}. PCTs were told they would fail WCC competency targets without better support for GPs.` }
        : { ...linkBase, code: 'WCC_PBC_CLINICIANS_NO_CONCERN', outcome: 'info', message: `Competency 4, collaborate with clinicians (where support for PBC sits): level ${String(c04)}.` };
  step.child(linkStep.done(concern));

  const gaps: WccGap[] = [
    ...competencies.results.filter((result) => result.worldClass === false).map((result): WccGap => ({ kind: 'competency', id: result.competencyId, label: result.label, level: result.level, rating: null })),
    ...governance.filter((area) => area.rating !== null && area.rating !== 'green').map((area): WccGap => ({ kind: 'governance', id: area.areaId, label: area.label, level: null, rating: area.rating })),
  ];
  return {
    frameworkId: framework.id,
    pct,
    asOf,
    assuranceYear,
    basis: evidence.basis ?? null,
    competencies: competencies.results,
    score: competencies.score,
    governance,
    rating,
    ready: rating.ready,
    gaps,
    missingEvidence,
    ratingIfAllUnknownGreen,
    outcomes,
    pbcLink: { competencyId: framework.pbcLink.competencyId, level: c04, concern },
    findings: [...competencies.findings, ...governanceFindings, outcomesFinding, linkFinding],
    explanation: step.done({ assuranceYear, rating: rating.id, ready: rating.ready, meanLevel: competencies.score.meanLevel, pbcConcern: concern }),
  };
}
