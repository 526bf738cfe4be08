/**
 * Parameters of the readiness area: the points a status scores, the rating bands the sources imply
 * or the library infers, the universal coverage target date, and the survey heat map's margin.
 * Governance fact sheet §1–§3, §6 and model implications A–B.
 *
 * Scoring conventions and inferred bands are `unconfirmed`: no source publishes weights or bands
 * (model implications A: "None of the sources publishes weights, so do not invent any"). Each is
 * listed in the readiness guide's "Choices made" and can be overridden with a reform.
 *
 * @module
 */
import type { Parameter } from '../../core/policy-model/schemas.js';

// The readiness conventions are timeless modelling choices: they run from the start of the period
// the library covers, so a retrospective assessment on any date can read them.
const LIBRARY_START = '1991-04-01';

/** Readiness parameters. @internal */
export const readinessParameters: readonly Parameter[] = [
  {
    id: 'readiness.points.met',
    label: 'Points for a factor met (or an enabler)',
    unit: 'ratio',
    values: [
      {
        from: LIBRARY_START,
        value: '1',
        sources: ['dh-2006-universal-coverage-monitoring', 'pbc-library-readiness-choices'],
        confidence: 'derived',
        note: 'DH universal coverage monitoring scored each criterion 1 or 0; the fact sheet makes met = 1 the default for every framework.',
      },
    ],
  },
  {
    id: 'readiness.points.partial',
    label: 'Points for a factor partly met (or neutral)',
    unit: 'ratio',
    values: [
      {
        from: LIBRARY_START,
        value: '0.5',
        sources: ['pbc-library-readiness-choices'],
        confidence: 'unconfirmed',
        note: 'INFERRED (fact sheet model implications A): no source scores partial progress.',
      },
    ],
  },
  {
    id: 'readiness.points.notMet',
    label: 'Points for a factor not met (or a barrier)',
    unit: 'ratio',
    values: [
      {
        from: LIBRARY_START,
        value: '0',
        sources: ['dh-2006-universal-coverage-monitoring', 'pbc-library-readiness-choices'],
        confidence: 'derived',
        note: 'DH universal coverage monitoring: 0 for a criterion not met.',
      },
    ],
  },
  {
    id: 'readiness.points.unknown',
    label: 'Points for a factor with no evidence',
    unit: 'ratio',
    values: [
      {
        from: LIBRARY_START,
        value: '0',
        sources: ['pbc-library-readiness-choices'],
        confidence: 'unconfirmed',
        note: 'INFERRED: not shown to be in place counts as not in place; the assessment lists the unknown factors that would change the rating.',
      },
    ],
  },
  {
    id: 'readiness.ac2006.partlyAssuredMinimumShare',
    label: 'Audit Commission 2006 checklist: least share of the score for "partly assured"',
    unit: 'ratio',
    values: [
      {
        from: LIBRARY_START,
        value: '0.5',
        sources: ['ac-2006-early-lessons', 'pbc-library-readiness-choices'],
        confidence: 'unconfirmed',
        note: 'INFERRED: the Commission published a checklist, not a rating; half the score is the library’s midpoint.',
      },
    ],
  },
  {
    id: 'readiness.ac2007.someInPlaceMinimum',
    label: 'Audit Commission 2007: least number of the five factors met for "some in place"',
    unit: 'count',
    values: [
      {
        from: LIBRARY_START,
        value: 2,
        sources: ['mip-2007-limited-progress', 'pbc-library-readiness-choices'],
        confidence: 'unconfirmed',
        note: 'INFERRED from "few areas had all the factors in place": all five = all in place; 2–4 = some; 0–1 = few.',
      },
    ],
  },
  {
    id: 'readiness.kf2008.balanceShare',
    label: "King's Fund 2008: share of the score at which enablers and barriers balance",
    unit: 'ratio',
    values: [
      {
        from: LIBRARY_START,
        value: '0.5',
        sources: ['kf-2008-report', 'pbc-library-readiness-choices'],
        confidence: 'unconfirmed',
        note: 'INFERRED: with enabler 1, neutral 0.5 and barrier 0, a share above one half means more enablers than barriers.',
      },
    ],
  },
  {
    id: 'readiness.universalCoverage.targetDate',
    label: 'Universal coverage: date by which every patient should have access to a PBC practice',
    unit: 'date',
    values: [
      {
        from: LIBRARY_START,
        to: '2005-12-31',
        value: null,
        sources: ['dh-2006-universal-coverage'],
        confidence: 'derived',
        note: 'No national target before the January 2006 guidance on universal coverage.',
      },
      {
        from: '2006-01-01',
        value: '2006-12-31',
        sources: ['hsj-pbc-glossary', 'dh-2006-universal-coverage'],
        confidence: 'confirmed',
        note: 'Target date confirmed; the guidance appeared in January 2006 (day not known: taken as 1 January).',
      },
    ],
  },
  {
    id: 'readiness.surveyHeatMap.similarMarginPoints',
    label: 'Survey heat map: percentage points either side of the national figure counted as similar',
    unit: 'count',
    values: [
      {
        from: LIBRARY_START,
        value: 5,
        sources: ['bmj-2009-here-to-stay', 'pbc-library-readiness-choices'],
        confidence: 'unconfirmed',
        note: 'INFERRED: DH meant to use the survey as a "heat map" but published no bands; 5 points is the library’s default.',
      },
    ],
  },
];
