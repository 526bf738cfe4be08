/**
 * Audit Commission (2006), *Early lessons in implementing practice based commissioning*: six key
 * areas to focus on early, a checklist of 36 questions for PCT boards, and three risks if PBC is
 * not managed well. Governance fact sheet §1 and model implications B.
 *
 * Only three of the 36 questions are known in substance (paraphrased by HSJ). The other 33 are
 * placeholders, marked `placeholder: true` and `unconfirmed`: twelve carry the fact sheet's
 * INFERRED themes, the rest say only that the text is not available. The split of six questions
 * per area is itself unconfirmed. Replace them with `reviseReadinessFramework`.
 *
 * @module
 */
import type { ReadinessFactor, ReadinessFramework } from './framework-schema.js';

const PAGE = 'ac-2006-early-lessons';
const HSJ = 'hsj-2006-pbc-guidance-for-boards';
const PULSE = 'pulse-2006-watchdog-wake-up-call';
const CHOICES = 'pbc-library-readiness-choices';

/** The six key areas, which are also the checklist's question groups (same page). */
const areas = [
  { id: 'AC06.STRATEGY', code: 'STR', label: 'Strategy' },
  { id: 'AC06.CLINICAL_ENGAGEMENT', code: 'ENG', label: 'Clinical engagement' },
  { id: 'AC06.FINANCE', code: 'FIN', label: 'Managing the finances' },
  { id: 'AC06.INFORMATION', code: 'INFO', label: 'Information' },
  { id: 'AC06.SUPPORT', code: 'SUP', label: 'Supporting practices' },
  { id: 'AC06.GOVERNANCE', code: 'GOV', label: 'Governance arrangements' },
] as const;

type AreaCode = (typeof areas)[number]['code'];

/** The three questions HSJ paraphrased (not verbatim). */
const confirmedQuestions: Record<AreaCode, readonly { id: string; label: string }[]> = {
  STR: [],
  ENG: [],
  FIN: [{ id: 'AC06.Q.FIN.BUDGET_METHOD_UNDERSTOOD', label: "Do practices understand the PCT's budget-setting methodology?" }],
  INFO: [{ id: 'AC06.Q.INFO.DATA_QUALITY', label: 'Are arrangements in place to give practices high-quality data?' }],
  SUP: [],
  GOV: [{ id: 'AC06.Q.GOV.MONITORING', label: 'Has the board established how the PCT will monitor PBC?' }],
};

/** The fact sheet's INFERRED placeholder themes: editable seed data, not source text. */
const inferredThemes: Record<AreaCode, readonly string[]> = {
  STR: ["Is PBC linked to the PCT's commissioning strategy and plans?"],
  ENG: ['How many practices are engaged in PBC?', 'Is there clinical leadership of PBC?'],
  FIN: [
    'Are the arrangements for sharing financial risk clear?',
    'Is it clear how freed-up resources will be used?',
    'Does budget setting address the penalty on low referrers?',
  ],
  INFO: ['How timely are budget, activity and referral reports?'],
  SUP: ['Is management support available to practices?', 'Is there capacity to develop practices as commissioners?'],
  GOV: ['How are business cases approved?', 'How are conflicts of interest managed?', 'Are the outcomes of PBC monitored?'],
};

// UNCONFIRMED: the checklist's 36 questions are taken as six per key area.
const QUESTIONS_PER_AREA = 6;

function questionsFor(area: (typeof areas)[number]): ReadinessFactor[] {
  const confirmed: ReadinessFactor[] = confirmedQuestions[area.code].map((question) => ({
    id: question.id,
    kind: 'question',
    group: area.id,
    scale: 'met-partial-not-met',
    label: question.label,
    sources: [HSJ],
    confidence: 'confirmed',
    note: 'Confirmed in substance: paraphrased by HSJ, not the checklist’s own words.',
  }));
  const themed: ReadinessFactor[] = inferredThemes[area.code].map((label, index) => ({
    id: `AC06.Q.${area.code}.T${index + 1}`,
    kind: 'question',
    group: area.id,
    scale: 'met-partial-not-met',
    label,
    sources: [PAGE, CHOICES],
    confidence: 'unconfirmed',
    placeholder: true,
    note: 'PLACEHOLDER: an INFERRED theme for this key area, not the checklist’s text. Replace it when the checklist is known.',
  }));
  const blanks = QUESTIONS_PER_AREA - confirmed.length - themed.length;
  const unknown: ReadinessFactor[] = Array.from({ length: blanks }, (_, index) => ({
    id: `AC06.Q.${area.code}.P${index + 1}`,
    kind: 'question',
    group: area.id,
    scale: 'met-partial-not-met',
    label: `${area.label}: checklist question not available (placeholder ${index + 1})`,
    sources: [PAGE, CHOICES],
    confidence: 'unconfirmed',
    placeholder: true,
    note: 'PLACEHOLDER: the checklist’s text was not available. Replace it, or give it weight 0.',
  }));
  return [...confirmed, ...themed, ...unknown];
}

/**
 * The Audit Commission's 2006 early-lessons framework: six key areas, the 36-question board
 * checklist (3 confirmed questions and 33 marked placeholders), the three risks (linked to areas by
 * INFERENCE), and an inferred rating: `assured` when every question is met, `partly_assured` from
 * half the score, otherwise `not_assured`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ac2006EarlyLessons } from 'practice-based-commissioning/policy';
 * ac2006EarlyLessons.factors.length; //=> 36
 * ac2006EarlyLessons.factors.filter((question) => question.confidence === 'confirmed').length; //=> 3
 * ```
 */
export const ac2006EarlyLessons: ReadinessFramework = {
  id: 'AC2006_EARLY_LESSONS',
  title: 'Early lessons in implementing practice based commissioning',
  publisher: 'Audit Commission',
  published: '2006',
  sources: [PAGE, HSJ],
  confidence: 'confirmed',
  summary:
    'The key areas for PCTs to focus on early, with a checklist of 36 questions for board members rolling out PBC. Evidence from four areas where 70–100% of practices had taken up PBC.',
  groups: areas.map((area) => ({ id: area.id, label: area.label, sources: [PAGE], confidence: 'confirmed' as const })),
  factors: areas.flatMap(questionsFor),
  rating: {
    measure: 'score-share',
    bands: [
      {
        id: 'assured',
        label: 'Assured: every checklist question answered yes',
        ready: true,
        threshold: { all: true },
        sources: [HSJ, CHOICES],
        confidence: 'unconfirmed',
        note: 'INFERRED: the Commission published a checklist, not a rating.',
      },
      {
        id: 'partly_assured',
        label: 'Partly assured: at least half the checklist score',
        ready: false,
        threshold: { parameter: 'readiness.ac2006.partlyAssuredMinimumShare' },
        sources: [CHOICES],
        confidence: 'unconfirmed',
        note: 'INFERRED band.',
      },
      {
        id: 'not_assured',
        label: 'Not assured',
        ready: false,
        threshold: { value: 0 },
        sources: [CHOICES],
        confidence: 'unconfirmed',
        note: 'INFERRED band.',
      },
    ],
  },
  recommendations: [
    ...areas.map((area) => ({
      id: `AC06.R.FOCUS.${area.code}`,
      label: `Focus early on ${area.label.toLowerCase()}: one of the six key areas the Commission named`,
      addresses: [area.id],
      sources: [PAGE],
      confidence: 'confirmed' as const,
    })),
    {
      id: 'AC06.R.MONITOR_OUTCOMES',
      label: 'Monitor the outcomes of PBC: the biggest problem found was PCTs with widespread take-up not monitoring outcomes',
      addresses: ['AC06.Q.GOV.MONITORING'],
      sources: [HSJ],
      confidence: 'confirmed',
    },
    {
      id: 'AC06.R.LOW_REFERRERS',
      label: 'Avoid budgets based on historical activity that penalise low referrers; strengthen the data used for service redesign',
      addresses: ['AC06.Q.FIN.BUDGET_METHOD_UNDERSTOOD', 'AC06.Q.INFO.DATA_QUALITY'],
      sources: [PULSE],
      confidence: 'derived',
      note: 'Stated as findings (weak data; historic budgets penalised low referrers), read here as recommendations.',
    },
    {
      id: 'AC06.R.INCENTIVES',
      label: 'Keep incentives beyond the DES an "ongoing priority"',
      addresses: [],
      sources: [PULSE],
      confidence: 'confirmed',
    },
    {
      id: 'AC06.R.LEARNING_BY_DOING',
      label: 'Proceed by "learning-by-doing" rather than piloting',
      addresses: [],
      sources: [PULSE],
      confidence: 'confirmed',
    },
  ],
  risks: [
    {
      id: 'AC06.RISK.FIN_PRESSURE',
      label: 'Financial pressure at PCT level gets worse',
      linkedGroups: ['AC06.FINANCE', 'AC06.GOVERNANCE'],
      linkConfidence: 'unconfirmed',
      sources: [PAGE],
      confidence: 'confirmed',
      note: 'The risk is confirmed; its link to the finance and governance areas is INFERRED.',
    },
    {
      id: 'AC06.RISK.INEQUALITY',
      label: 'Inequalities of provision and access between areas widen',
      linkedGroups: ['AC06.STRATEGY', 'AC06.FINANCE'],
      linkConfidence: 'unconfirmed',
      sources: [PAGE],
      confidence: 'confirmed',
      note: 'The risk is confirmed; its link to the strategy and finance areas is INFERRED.',
    },
    {
      id: 'AC06.RISK.POOR_VFM',
      label: 'Poor value for money overall',
      linkedGroups: ['AC06.GOVERNANCE', 'AC06.INFORMATION'],
      linkConfidence: 'unconfirmed',
      sources: [PAGE],
      confidence: 'confirmed',
      note: 'The risk is confirmed; its link to the governance and information areas is INFERRED.',
    },
  ],
  context: [
    {
      id: 'AC06.C.RESPONSIBILITY',
      label: 'Practices play a central role; PCTs, supported by their SHAs, must make sure PBC is implemented and managed well.',
      sources: [PAGE],
      confidence: 'confirmed',
    },
    {
      id: 'AC06.C.UNDERSTANDINGS',
      label: 'Even in the most successful areas there were different understandings of what PBC means.',
      sources: [PULSE],
      confidence: 'confirmed',
    },
    {
      id: 'AC06.C.DEFICITS',
      label: 'PCTs in deficit struggled to square letting practices keep 70% of savings with their duty to break even.',
      sources: [PULSE],
      confidence: 'confirmed',
    },
  ],
};
