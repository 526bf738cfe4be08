/**
 * Parameters of world class commissioning (WCC) assurance: when it ran, when competency 11 was
 * first rated, the level that is "world class", and the library's threshold for flagging
 * competency 4 ("collaborate with clinicians", the link to PBC). Governance fact sheet §5.
 *
 * @module
 */
import type { Parameter } from '../../core/policy-model/schemas.js';

const LIBRARY_START = '1991-04-01';
const YEAR_ONE = '2008-04-01';
const YEAR_TWO = '2009-04-01';
const AFTER = '2010-04-01';

/** WCC parameters. @internal */
export const wccParameters: readonly Parameter[] = [
  {
    id: 'wcc.assurance.inForce',
    label: 'World class commissioning assurance applies (assurance years 2008/09 and 2009/10)',
    unit: 'boolean',
    values: [
      { from: LIBRARY_START, to: '2008-03-31', value: false, sources: ['navigator-2007-wcc-programme'], confidence: 'derived', note: 'The programme was launched in December 2007; the first assurance year was 2008/09.' },
      {
        from: YEAR_ONE,
        to: '2010-03-31',
        value: true,
        sources: ['pulse-2008-wcc-measure-up', 'hfma-2010-wcc-scores-improve'],
        confidence: 'derived',
        note: 'Assurance ran from autumn 2008 (year one, 2008/09); 2009/10 was the second and last year. The window is the two financial years, not the panel dates.',
      },
      { from: AFTER, value: false, sources: ['hsj-2010-wcc-might-be-working'], confidence: 'confirmed', note: 'DH told HSJ there would be no WCC assurance for PCTs in 2010/11.' },
    ],
  },
  {
    id: 'wcc.competency11.rated',
    label: 'WCC competency 11 (make sound financial investments; in 2009/10 "efficiency and effectiveness of spend") is rated',
    unit: 'boolean',
    values: [
      {
        from: LIBRARY_START,
        to: '2009-03-31',
        value: false,
        sources: ['hfma-2009-wcc-board-grip', 'hfma-2010-wcc-scores-improve'],
        confidence: 'confirmed',
        note: '"Competency 11 had been deliberately withheld this year" (2008/09): finance was assessed within governance instead.',
      },
      { from: YEAR_TWO, value: true, sources: ['hfma-2010-wcc-scores-improve'], confidence: 'confirmed', note: 'First rated in 2009/10 (year two).' },
    ],
  },
  {
    id: 'wcc.worldClassLevel',
    label: 'The competency level that is "world class" (the top of levels 1–4)',
    unit: 'count',
    values: [{ from: LIBRARY_START, value: 4, sources: ['kf-2008-wcc-catalyst'], confidence: 'confirmed', note: '"the highest level four (world class)".' }],
  },
  {
    id: 'wcc.pbcLink.concernBelowLevel',
    label: 'WCC competency 4 ("collaborate with clinicians") below this level is flagged as a warning for PBC',
    unit: 'count',
    values: [
      {
        from: LIBRARY_START,
        value: 2,
        sources: ['dh-2007-12-pbc-governance', 'pulse-2009-pbc-flagging', 'pbc-library-readiness-choices'],
        confidence: 'unconfirmed',
        note: 'INFERRED: supporting PBC sits within competency 4 and PCTs were told they would fail WCC competency targets without better support for GPs, but no source says which level is failing. Default: level 1 (below 2) is flagged. Change it with a reform.',
      },
    ],
  },
];
