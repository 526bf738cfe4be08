/**
 * World class commissioning (WCC) assurance rules as data (readiness area). The WCC rule files of
 * `src/readiness/wcc/` take their id, title, version and sources from here; `parameters` lists every
 * parameter each rule reads, its in-force parameter included.
 *
 * @module
 */
import type { RuleCatalogueEntry } from '../../core/rules.js';
import { deepFreeze } from '../../core/freeze.js';

const IN_FORCE = 'wcc.assurance.inForce';
const FRAMEWORK = ['navigator-2007-wcc-programme', 'kf-2008-wcc-catalyst', 'pulse-2008-wcc-measure-up'];
const GOVERNANCE = ['hsj-2009-wcc-first-scores', 'hfma-2009-wcc-board-grip', 'hfma-2010-wcc-scores-improve'];

/**
 * Every WCC rule: the assessment of a PCT's assurance evidence and its parts, the comparison with
 * the published national results, and the per-PCT summary a whole-area evaluation calls.
 *
 * @category Rules
 * @example
 * ```ts
 * import { wccRuleCatalogue } from 'practice-based-commissioning/policy';
 * wccRuleCatalogue.find((rule) => rule.id === 'wcc.pbcLink')?.parameters; //=> ['wcc.assurance.inForce', 'wcc.pbcLink.concernBelowLevel']
 * ```
 */
export const wccRuleCatalogue: readonly RuleCatalogueEntry[] = deepFreeze<RuleCatalogueEntry[]>([
  {
    id: 'wcc.assess',
    title: "A PCT's world class commissioning assurance: competencies, governance, outcomes and the PBC link",
    version: '1',
    sources: FRAMEWORK,
    inForce: IN_FORCE,
    parameters: [IN_FORCE],
    outcomes: [],
  },
  {
    id: 'wcc.competencies',
    title: 'Competency levels 1–4 (4 = world class); competency 11 rated from 2009/10',
    version: '1',
    sources: ['hsj-maggie-rae-wcc-competencies', 'kf-2008-wcc-catalyst', 'hfma-2009-wcc-board-grip'],
    inForce: IN_FORCE,
    parameters: [IN_FORCE, 'wcc.worldClassLevel', 'wcc.competency11.rated'],
    outcomes: ['compliant', 'info', 'unknown', 'not_applicable'],
    requirement: 'Each competency the year rates is scored at a level from 1 to 4; level 4 is "world class".',
  },
  {
    id: 'wcc.governance',
    title: 'Governance rated red, amber or green for strategy, finance and board',
    version: '1',
    sources: GOVERNANCE,
    inForce: IN_FORCE,
    parameters: [IN_FORCE],
    outcomes: ['compliant', 'warning', 'breach', 'unknown'],
    requirement: 'Green ("no concerns") for strategy, finance and board.',
  },
  {
    id: 'wcc.rate',
    title: 'Rating: green in all three governance areas, no red, some red, or red in all three',
    version: '1',
    sources: [...GOVERNANCE, 'pbc-library-readiness-choices'],
    inForce: IN_FORCE,
    parameters: [IN_FORCE],
    outcomes: [],
  },
  {
    id: 'wcc.missingEvidence',
    title: 'Governance areas and competencies with no evidence, and what a green would do to the rating',
    version: '1',
    sources: ['pbc-library-readiness-choices'],
    inForce: IN_FORCE,
    parameters: [IN_FORCE],
    outcomes: [],
  },
  {
    id: 'wcc.outcomes',
    title: 'The local health outcomes a PCT chose (recorded, not scored)',
    version: '1',
    sources: ['kf-2008-wcc-catalyst', 'kirklees-2009-wcc-self-assessment'],
    inForce: IN_FORCE,
    parameters: [IN_FORCE],
    outcomes: ['info', 'unknown'],
  },
  {
    id: 'wcc.pbcLink',
    title: 'The link to PBC: competency 4, "collaborate with clinicians"',
    version: '1',
    sources: ['dh-2007-12-pbc-governance', 'pulse-2009-pbc-flagging'],
    inForce: IN_FORCE,
    parameters: [IN_FORCE, 'wcc.pbcLink.concernBelowLevel'],
    outcomes: ['warning', 'info', 'unknown'],
    requirement: 'Competency 4 at or above wcc.pbcLink.concernBelowLevel (an INFERRED threshold).',
  },
  {
    id: 'wcc.compare',
    title: "A PCT's WCC assurance against the published national results of its year",
    version: '1',
    sources: ['hfma-2009-wcc-board-grip', 'hfma-2010-wcc-scores-improve'],
    inForce: IN_FORCE,
    parameters: [IN_FORCE],
    outcomes: ['warning', 'info', 'unknown'],
  },
  {
    id: 'wcc.ratingForPct',
    title: "One PCT's WCC rating for a whole-area evaluation, or why WCC does not apply",
    version: '1',
    sources: ['navigator-2007-wcc-programme', 'hsj-2010-wcc-might-be-working'],
    inForce: IN_FORCE,
    parameters: [IN_FORCE],
    outcomes: ['not_applicable'],
  },
]);
