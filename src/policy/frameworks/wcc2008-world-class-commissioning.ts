/**
 * World class commissioning (WCC) assurance, 2008/09–2009/10, as policy data: the 11
 * competencies (each scored at levels 1–4, 4 = "world class"), the three governance areas rated
 * red, amber or green, the outcomes area, and the link to PBC through competency 4, "collaborate
 * with clinicians". Governance fact sheet §5; domain audit §4, item 4.
 *
 * WCC does not fit the met / partial / not met scales of `readinessFrameworks`: a competency has a
 * level, a governance area a traffic light. So it has its own shape, and its own assessment
 * (`assessWccAssurance`, from `/readiness`).
 *
 * @module
 */
import type { Confidence } from '../../core/policy-model/schemas.js';
import { deepFreeze } from '../../core/freeze.js';

/**
 * The id of a WCC competency, `WCC.C01` to `WCC.C11`, in the order the sources number them.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccCompetencyId } from 'practice-based-commissioning/policy';
 * const clinicians: WccCompetencyId = 'WCC.C04';
 * ```
 */
export type WccCompetencyId = 'WCC.C01' | 'WCC.C02' | 'WCC.C03' | 'WCC.C04' | 'WCC.C05' | 'WCC.C06' | 'WCC.C07' | 'WCC.C08' | 'WCC.C09' | 'WCC.C10' | 'WCC.C11';

/**
 * The id of a WCC governance area rated red, amber or green: the PCT's strategy, its finance and its
 * board. The national results call the board's rating "governance".
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccGovernanceAreaId } from 'practice-based-commissioning/policy';
 * const area: WccGovernanceAreaId = 'finance';
 * ```
 */
export type WccGovernanceAreaId = 'strategy' | 'finance' | 'board';

/**
 * A traffic-light rating of a governance area: `green` ("no concerns"), `amber` or `red`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccRag } from 'practice-based-commissioning/policy';
 * const rating: WccRag = 'amber';
 * ```
 */
export type WccRag = 'red' | 'amber' | 'green';

/**
 * One WCC competency: its number and id, its name as the sources give it, the assurance year it was
 * first rated in, and whether it is the link to PBC.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { wccAssuranceFramework } from 'practice-based-commissioning/policy';
 * wccAssuranceFramework.competencies[3]?.label; //=> 'collaborate with clinicians'
 * ```
 */
export interface WccCompetency {
  readonly id: WccCompetencyId;
  readonly number: number;
  /** The name as HSJ (Maggie Rae) lists it. */
  readonly label: string;
  /** Another name the sources use, where there is one. */
  readonly alsoCalled?: string;
  /** The first assurance year it was rated in. */
  readonly firstRated: '2008/09' | '2009/10';
  /** Whether supporting PBC sits within it. */
  readonly pbcLink: boolean;
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  readonly note?: string;
}

/**
 * One part of the WCC assurance framework that is not a competency: a governance area, the
 * outcomes area, a level of the competency scale, the PBC link.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { wccAssuranceFramework } from 'practice-based-commissioning/policy';
 * wccAssuranceFramework.governance.map((area) => area.id); //=> ['strategy', 'finance', 'board']
 * ```
 */
export interface WccItem<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  readonly note?: string;
}

/**
 * The WCC assurance framework as data; see {@link wccAssuranceFramework}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccAssuranceFramework } from 'practice-based-commissioning/policy';
 * import { wccAssuranceFramework } from 'practice-based-commissioning/policy';
 * const framework: WccAssuranceFramework = wccAssuranceFramework;
 * framework.assuranceYears; //=> ['2008/09', '2009/10']
 * ```
 */
export interface WccAssuranceFramework {
  readonly id: 'WCC2008';
  readonly title: string;
  readonly publisher: string;
  /** When the programme and its assurance system were launched. */
  readonly published: string;
  /** The assurance years: 2008/09 (year one) and 2009/10 (year two, the last). */
  readonly assuranceYears: readonly ['2008/09', '2009/10'];
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  readonly summary: string;
  /** The three areas assurance measured: outcomes, competencies, governance. */
  readonly areas: readonly WccItem<'outcomes' | 'competencies' | 'governance'>[];
  readonly competencies: readonly WccCompetency[];
  /** The competency levels, 1 to 4; 4 is "world class". */
  readonly levels: readonly (WccItem<string> & { readonly level: 1 | 2 | 3 | 4 })[];
  /** The governance areas rated red, amber or green. */
  readonly governance: readonly WccItem<WccGovernanceAreaId>[];
  /** The traffic lights, best first. */
  readonly ratings: readonly WccItem<WccRag>[];
  /** The link to PBC: competency 4. */
  readonly pbcLink: WccItem<'pbc-link'> & { readonly competencyId: WccCompetencyId };
  /** Findings that set WCC in context (not scored). */
  readonly context: readonly WccItem[];
}

const RAE = ['hsj-maggie-rae-wcc-competencies'];
const NAVIGATOR = ['navigator-2007-wcc-programme'];

function competency(number: number, label: string, extra: Partial<Pick<WccCompetency, 'alsoCalled' | 'firstRated' | 'pbcLink' | 'note' | 'sources'>> = {}): WccCompetency {
  return {
    id: `WCC.C${String(number).padStart(2, '0')}` as WccCompetencyId,
    number,
    label,
    firstRated: extra.firstRated ?? '2008/09',
    pbcLink: extra.pbcLink ?? false,
    sources: extra.sources ?? [...RAE, ...NAVIGATOR],
    confidence: 'confirmed',
    ...(extra.alsoCalled === undefined ? {} : { alsoCalled: extra.alsoCalled }),
    ...(extra.note === undefined ? {} : { note: extra.note }),
  };
}

/**
 * World class commissioning assurance (DH, launched December 2007; assurance years 2008/09 and
 * 2009/10) as frozen, sourced data. The 11 competency names are HSJ's list (Maggie Rae), numbered
 * as the assurance numbered them (competency 11, finance, was "deliberately withheld" in 2008/09
 * and first rated in 2009/10 as "efficiency and effectiveness of spend"). Levels 1–3 have no names
 * in the sources read; level 4 is "world class". Governance was rated on traffic lights for the
 * PCT's strategy, finance and board. PBC sits within competency 4.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { wccAssuranceFramework } from 'practice-based-commissioning/policy';
 * wccAssuranceFramework.competencies.length; //=> 11
 * wccAssuranceFramework.pbcLink.competencyId; //=> 'WCC.C04'
 * wccAssuranceFramework.levels.find((level) => level.level === 4)?.label; //=> 'World class'
 * ```
 */
export const wccAssuranceFramework: WccAssuranceFramework = deepFreeze<WccAssuranceFramework>({
  id: 'WCC2008',
  title: 'World class commissioning assurance',
  publisher: 'Department of Health',
  published: '2007-12',
  assuranceYears: ['2008/09', '2009/10'],
  sources: ['navigator-2007-wcc-programme', 'kf-2008-wcc-catalyst', 'pulse-2008-wcc-measure-up'],
  confidence: 'confirmed',
  summary:
    'An SHA-led annual assurance of each PCT as a commissioner, in three areas (health outcomes, competencies, governance), from PCT self-assessment, feedback from partners including practice-based commissioners, and a review panel; it produced a scorecard.',
  areas: [
    {
      id: 'outcomes',
      label: 'Health outcomes',
      sources: ['kf-2008-wcc-catalyst', 'pulse-2008-wcc-measure-up', 'kirklees-2009-wcc-self-assessment'],
      confidence: 'confirmed',
      note: 'Each PCT chose local outcomes and set "aspirations", five-year year-on-year trajectories (Kirklees 2009). How the outcomes were scored is not in the sources read: the library records them but does not score them.',
    },
    { id: 'competencies', label: 'Competencies', sources: ['kf-2008-wcc-catalyst', 'kirklees-2009-wcc-self-assessment'], confidence: 'confirmed', note: 'Each competency scored at a level; each had criteria within it, each self-assessed at a level (Kirklees).' },
    { id: 'governance', label: 'Governance', sources: ['kf-2008-wcc-catalyst', 'hsj-2009-wcc-first-scores'], confidence: 'confirmed', note: 'Strategy, finance and board, each rated on traffic lights.' },
  ],
  competencies: [
    competency(1, 'locally lead the NHS'),
    competency(2, 'work with community partners'),
    competency(3, 'engage with public and patients'),
    competency(4, 'collaborate with clinicians', {
      pbcLink: true,
      sources: [...RAE, ...NAVIGATOR, 'dh-2007-12-pbc-governance'],
      note: 'Supporting PBC sits within this competency (DH, December 2007).',
    }),
    competency(5, 'manage knowledge and assess needs'),
    competency(6, 'prioritise investment'),
    competency(7, 'stimulate the market'),
    competency(8, 'promote improvement and innovation'),
    competency(9, 'secure procurement skills'),
    competency(10, 'manage the local health system'),
    competency(11, 'make sound financial investments', {
      alsoCalled: 'efficiency and effectiveness of spend',
      firstRated: '2009/10',
      sources: [...RAE, ...NAVIGATOR, 'hfma-2009-wcc-board-grip', 'hfma-2010-wcc-scores-improve'],
      note: '"Deliberately withheld" in 2008/09, when finance was assessed within governance; rated from 2009/10 (parameter wcc.competency11.rated).',
    }),
  ],
  levels: [
    { id: 'level-1', level: 1, label: 'Level 1', sources: ['kf-2008-wcc-catalyst'], confidence: 'unconfirmed', note: 'The sources read give levels 1–3 no names.' },
    { id: 'level-2', level: 2, label: 'Level 2', sources: ['kf-2008-wcc-catalyst'], confidence: 'unconfirmed', note: 'The sources read give levels 1–3 no names.' },
    { id: 'level-3', level: 3, label: 'Level 3', sources: ['kf-2008-wcc-catalyst'], confidence: 'unconfirmed', note: 'The sources read give levels 1–3 no names.' },
    { id: 'level-4', level: 4, label: 'World class', sources: ['kf-2008-wcc-catalyst'], confidence: 'confirmed', note: '"the highest level four (world class)".' },
  ],
  governance: [
    { id: 'strategy', label: 'Strategy', sources: ['hsj-2009-wcc-first-scores', 'hfma-2009-wcc-board-grip'], confidence: 'confirmed' },
    { id: 'finance', label: 'Finance (financial management)', sources: ['hsj-2009-wcc-first-scores', 'hfma-2009-wcc-board-grip'], confidence: 'confirmed' },
    {
      id: 'board',
      label: 'Board (the "governance" rating of the national results)',
      sources: ['hsj-2009-wcc-first-scores', 'hfma-2009-wcc-board-grip', 'hfma-2010-wcc-scores-improve'],
      confidence: 'derived',
      note: 'HFMA 2010 reports "boards given a green governance rating"; its 47% for 2008/09 is the 71 board greens of HFMA 2009 over 152 PCTs. So the national "governance" figure is the board rating.',
    },
  ],
  ratings: [
    { id: 'green', label: 'Green: no concerns', sources: ['hsj-2009-wcc-first-scores'], confidence: 'confirmed' },
    { id: 'amber', label: 'Amber', sources: ['hsj-2009-wcc-first-scores', 'hfma-2009-wcc-board-grip'], confidence: 'confirmed' },
    { id: 'red', label: 'Red', sources: ['hsj-2009-wcc-first-scores', 'hfma-2009-wcc-board-grip'], confidence: 'confirmed' },
  ],
  pbcLink: {
    id: 'pbc-link',
    competencyId: 'WCC.C04',
    label: 'Supporting PBC sits within competency 4, "collaborate with clinicians"; PCTs were told they would fail WCC competency targets without better support and financial backing for GPs',
    sources: ['dh-2007-12-pbc-governance', 'pulse-2009-pbc-flagging', 'pulse-2008-wcc-measure-up'],
    confidence: 'confirmed',
  },
  context: [
    { id: 'no-world-class-pct', label: 'No organisation was found delivering all 11 competencies at a "world class" standard', sources: ['hsj-sophia-christie-wcc', 'hfma-2010-wcc-scores-improve'], confidence: 'confirmed' },
    { id: 'league-tables', label: 'League tables were not to be public until 2009/10; DH did not publish the 2009/10 results nationally', sources: ['pulse-2008-wcc-measure-up', 'hfma-2010-wcc-scores-improve'], confidence: 'confirmed' },
    { id: 'ended', label: 'No WCC assurance in 2010/11, after the move to GP commissioning consortia', sources: ['hsj-2010-wcc-might-be-working', 'hfma-2010-wcc-scores-improve'], confidence: 'confirmed' },
  ],
});
