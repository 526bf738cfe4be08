/**
 * The readiness area's rules as data: the assessment against a framework (`readiness.*`) and DH's
 * 2009 entitlements (`entitlements.*`). The entitlement rule files of `src/readiness/entitlements/`
 * take their id, title, version and sources from here; `parameters` lists every parameter id each
 * rule reads (its in-force parameter included). The DH2009 framework keeps its own factor ids
 * (`ENT.BUDGET_BY_1_MAY`, …): the entitlement check maps each rule to its factor for the evidence.
 *
 * @module
 */
import type { RuleCatalogueEntry } from '../../core/rules.js';
import { deepFreeze } from '../../core/freeze.js';

const ENTITLEMENTS = 'entitlements.inForce';
const SCORING_SOURCES = ['dh-2006-universal-coverage-monitoring', 'pbc-library-readiness-choices'];
const POINTS = ['readiness.points.met', 'readiness.points.partial', 'readiness.points.notMet', 'readiness.points.unknown'];

/**
 * Every readiness and entitlement rule: id, title, version, sources, the parameter that says when it
 * is in force, the parameters it reads and the outcomes its findings can have. `readiness.assess`
 * and `readiness.rate` read the parameters the framework names (the built-in frameworks' are
 * listed; a caller's own framework may name others).
 *
 * @category Rules
 * @example
 * ```ts
 * import { readinessRuleCatalogue } from 'practice-based-commissioning/policy';
 * readinessRuleCatalogue.find((rule) => rule.id === 'entitlements.businessCaseDecision')?.inForce; //=> 'entitlements.inForce'
 * ```
 */
export const readinessRuleCatalogue: readonly RuleCatalogueEntry[] = deepFreeze<RuleCatalogueEntry[]>([
  {
    id: 'readiness.assess',
    title: 'Readiness against a framework',
    version: '1',
    sources: SCORING_SOURCES,
    parameters: [ENTITLEMENTS, 'readiness.universalCoverage.targetDate'],
    outcomes: [],
  },
  { id: 'readiness.score', title: 'Score of the factors that count towards the rating', version: '1', sources: SCORING_SOURCES, parameters: POINTS, outcomes: [] },
  { id: 'readiness.scoreOutcomes', title: 'Score of the items scored apart from the rating (outcomes)', version: '1', sources: SCORING_SOURCES, parameters: POINTS, outcomes: [] },
  {
    id: 'readiness.rate',
    title: 'Rating: the first band reached, best first',
    version: '1',
    sources: SCORING_SOURCES,
    parameters: ['readiness.ac2006.partlyAssuredMinimumShare', 'readiness.ac2007.someInPlaceMinimum', 'readiness.kf2008.balanceShare'],
    outcomes: [],
  },
  { id: 'readiness.missingEvidence', title: 'Unknown factors that would change the rating if met', version: '1', sources: SCORING_SOURCES, parameters: [], outcomes: [] },
  {
    id: 'readiness.gap',
    title: 'A scored factor not fully in place',
    version: '1',
    sources: SCORING_SOURCES,
    parameters: [],
    outcomes: ['warning', 'breach', 'unknown'],
  },
  {
    id: 'readiness.risk',
    title: 'A risk the framework links to groups of factors',
    version: '1',
    sources: ['ac-2006-early-lessons', 'pbc-library-readiness-choices'],
    parameters: [],
    outcomes: ['warning', 'unknown', 'compliant'],
  },
  { id: 'readiness.compare', title: 'Change in readiness between two assessments', version: '1', sources: ['pbc-library-readiness-choices'], parameters: [], outcomes: [] },
  {
    id: 'readiness.surveyHeatMap',
    title: 'PBC survey heat map: each area against the national figure of its wave',
    version: '1',
    sources: ['bmj-2009-here-to-stay', 'pbc-library-readiness-choices'],
    parameters: ['readiness.surveyHeatMap.similarMarginPoints'],
    outcomes: [],
  },
  {
    id: 'entitlements.check',
    title: 'DH 2009 PBC entitlements for a practice or group and a financial year',
    version: '1',
    sources: ['digitalhealth-2009-03-vision', 'bmj-2009-here-to-stay', 'pulse-2009-five-things'],
    inForce: ENTITLEMENTS,
    parameters: [ENTITLEMENTS, 'entitlements.finalRecourse'],
    outcomes: ['not_applicable'],
  },
  {
    id: 'entitlements.budgetBy1May',
    title: 'Indicative budget and support package agreed by 1 May (DH, March 2009)',
    version: '1',
    sources: ['pulse-2009-five-things', 'digitalhealth-2009-03-vision', 'bmj-2009-here-to-stay'],
    inForce: ENTITLEMENTS,
    parameters: [ENTITLEMENTS, 'entitlements.budgetIssueBy', 'entitlements.finalRecourse'],
    outcomes: ['compliant', 'breach', 'pending', 'not_applicable'],
    requirement: 'Every practice receives its indicative budget and knows the level of its support package by 1 May each year, with the SHA as the final recourse.',
  },
  {
    id: 'entitlements.businessCaseDecision',
    title: 'Business cases decided within eight weeks (DH, March 2009)',
    version: '1',
    sources: ['digitalhealth-2009-03-vision', 'pulse-2009-kick-starting-pbc'],
    inForce: ENTITLEMENTS,
    parameters: [ENTITLEMENTS, 'entitlements.businessCaseDecisionDays', 'entitlements.finalRecourse'],
    outcomes: ['compliant', 'breach', 'pending', 'not_applicable'],
    requirement: 'The PCT decides PBC plans and business cases within at most eight weeks (the same timing as conflicts.decisionInTime).',
  },
  {
    id: 'entitlements.data',
    title: 'Data and analysis on budgets, expenditure, referrals, prescribing, activity and (where possible) clinical performance',
    version: '1',
    sources: ['digitalhealth-2009-03-vision', 'bmj-2009-here-to-stay'],
    inForce: ENTITLEMENTS,
    parameters: [ENTITLEMENTS, 'entitlements.dataStreams', 'entitlements.dataStreamsWherePossible'],
    outcomes: ['compliant', 'warning', 'breach', 'unknown', 'not_applicable'],
    requirement: 'Accurate and timely data and analysis on budgets, spending, referrals, prescribing and activity, and on clinical performance where possible.',
  },
  {
    id: 'entitlements.supportPackage',
    title: 'A package of management and financial support (DH, March 2009)',
    version: '1',
    sources: ['digitalhealth-2009-03-vision', 'bmj-2009-here-to-stay'],
    inForce: ENTITLEMENTS,
    parameters: [ENTITLEMENTS, 'entitlements.supportPackageElements'],
    outcomes: ['compliant', 'breach', 'unknown', 'not_applicable'],
    requirement: 'Designated support from PCT staff or external partners, and a plan for how the PCT will meet PBC development needs.',
  },
]);

/** The catalogue entry of a readiness rule (the rule files' one home for their metadata). @internal */
export function readinessRule(id: string): RuleCatalogueEntry {
  const entry = readinessRuleCatalogue.find((rule) => rule.id === id);
  // Only the rule files call it, with ids the catalogue test checks.
  if (entry === undefined) throw new Error(`no readiness rule ${id} in the catalogue`);
  return entry;
}
