/**
 * Sources for world class commissioning (WCC) assurance, 2008/09–2009/10: the programme, its 11
 * competencies, the assurance system (outcomes, competencies, governance), the traffic-light
 * governance ratings and the published national results. Governance fact sheet §5 ("Link to world
 * class commissioning"); domain audit §4, item 4. Every address below was read (its stored copy).
 *
 * @module
 */
import type { Source } from '../../core/policy-model/schemas.js';

/** Sources for WCC assurance. @internal */
export const wccSources: readonly Source[] = [
  {
    id: 'navigator-2007-wcc-programme',
    title: "'World class commissioning (WCC)' programme",
    publisher: 'The Health Foundation (NHS navigator)',
    date: '2007-12-03',
    url: 'http://navigator.health.org.uk/theme/world-class-commissioning-wcc-programme',
    weight: 'secondary',
    note: 'Launched December 2007; DH named 11 competencies world class commissioners were expected to show; an assurance framework assessed PCTs each year.',
  },
  {
    id: 'hsj-maggie-rae-wcc-competencies',
    title: 'Maggie Rae on NHS core competencies',
    publisher: 'HSJ',
    date: '2008',
    url: 'https://www.hsj.co.uk/maggie-rae-on-nhs-core-competencies/1906908.article',
    weight: 'secondary',
    note: 'Lists the 11 competency areas in order, in the words the library uses as labels. Year UNCONFIRMED: written "in the build-up to world class commissioning assessment" (2008).',
  },
  {
    id: 'kf-2008-wcc-catalyst',
    title: 'World class commissioning - a catalyst for change?',
    publisher: "The King's Fund",
    date: '2008',
    url: 'https://www.kingsfund.org.uk/publications/articles/world-class-commissioning-catalyst-change',
    weight: 'secondary',
    note: 'Assurance launched December 2007; three categories, health outcomes, competencies and governance; "the highest level four (world class)", not expected in the first round.',
  },
  {
    id: 'pulse-2008-wcc-measure-up',
    title: 'How will your PCT measure up as a world-class commissioner?',
    publisher: 'Pulse',
    date: '2008',
    url: 'http://www.pulsetoday.co.uk/how-will-your-pct-measure-up-as-a-world-class-commissioner/10985407.article',
    weight: 'secondary',
    note: 'SHA-led assurance from autumn 2008 in three areas (health outcomes, competencies, governance): PCT self-assessment, feedback from partners including practice-based commissioners, an annual review panel; a scorecard; league tables not public until 2009/10.',
  },
  {
    id: 'hsj-2009-wcc-first-scores',
    title: 'PCT strategy plans expose the distance to world class',
    publisher: 'HSJ',
    date: '2009',
    url: 'https://www.hsj.co.uk/home/pct-strategy-plans-expose-the-distance-to-world-class/1974885.article',
    weight: 'secondary',
    note: 'First scores: strategy, financial management and board assessed by SHA-led panels on traffic lights, green meaning "no concerns"; 10 competencies assessed in year one.',
  },
  {
    id: 'hfma-2009-wcc-board-grip',
    title: "WCC results reflect 'board grip' on PCTs' performance",
    publisher: 'HFMA (Healthcare Finance)',
    date: '2009-03-30',
    url: 'https://hfma.org.uk/articles/wcc-results-reflect-board-grip-pcts-performance',
    weight: 'secondary',
    note: '2008/09 governance (Mark Britnell, DH): green for board 71 PCTs, finance 61, strategy 45; amber 78 (board and finance) and 90 (strategy); 33 red across the three areas. Competency 11 "deliberately withheld" in year one; strongest competency 2, weakest 7.',
  },
  {
    id: 'hfma-2010-wcc-scores-improve',
    title: 'PCT commissioning scores show improvements in performance',
    publisher: 'HFMA (Healthcare Finance)',
    date: '2010-09-06',
    url: 'https://hfma.org.uk/articles/pct-commissioning-scores-show-improvements-performance',
    weight: 'secondary',
    note: 'NHS Confederation PCT Network analysis of 2009/10 (year two) for 146 of 152 PCTs: green governance 61% (47% in 2008/09); finance green 40% to "slightly less than 43%"; "just under 23%" green in all three categories (18% before); three-red PCTs two to zero; competency 11 (efficiency and effectiveness of spend) lowest, average 1.46. DH did not publish the 2009/10 results nationally.',
  },
  {
    id: 'hsj-2010-wcc-might-be-working',
    title: 'World class commissioning: this ridiculed plan might just be working',
    publisher: 'HSJ',
    date: '2010',
    url: 'https://www.hsj.co.uk/the-bedpan/world-class-commissioning-this-ridiculed-plan-might-just-be-working/5018157.article',
    weight: 'secondary',
    note: 'Second annual assessment against governance and competencies; DH told HSJ there would be no WCC assurance for PCTs the next year (2010/11).',
  },
  {
    id: 'hsj-sophia-christie-wcc',
    title: 'Sophia Christie on becoming a world class commissioner',
    publisher: 'HSJ',
    date: '2008',
    url: 'https://www.hsj.co.uk/sophia-christie-on-becoming-a-world-class-commissioner-/1940572.article',
    weight: 'secondary',
    note: 'Every PCT in the first stage of assurance; no organisation found delivering all 11 competencies at a "world class" standard. Year UNCONFIRMED (first assurance round, 2008).',
  },
  {
    id: 'kirklees-2009-wcc-self-assessment',
    title: 'NHS Kirklees World Class Commissioning governance and competency self assessment 2009 (board report)',
    publisher: 'NHS Kirklees',
    date: '2009-12',
    url: 'https://issuu.com/nhskirklees/docs/kpct-09-235_wcc_board_report_dec_09',
    weight: 'primary',
    note: 'Year-two process: self-assessment against criteria within each of the 11 competencies and governance criteria; outcome "aspirations" (five-year trajectories); panel day. Competency 1 criteria 1.1–1.3 at level 2 in 2008 and 3 in 2009.',
  },
];
