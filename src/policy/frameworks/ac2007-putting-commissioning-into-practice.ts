/**
 * Audit Commission (22 November 2007), *Putting commissioning into practice*: the five factors
 * needed for PBC to succeed; "few areas" had all of them. Governance fact sheet §2, model
 * implications B; seed 002.
 *
 * @module
 */
import type { ReadinessFramework } from './framework-schema.js';

const MIP = 'mip-2007-limited-progress';
const AA = 'accountancyage-2007-audit-commission';
const PULSE = 'pulse-2007-pbc-failing';
const BMJ = 'bmj-2007-audit-commission-news';
const HFMA = 'hfma-2007-infrastructure-key';
const CHOICES = 'pbc-library-readiness-choices';
const RECIPIENTS = 'The report addressed its recommendations to DH, PCTs and practices; which of them each call falls to is UNCONFIRMED.';

/**
 * The Audit Commission's 2007 framework: five factors for success, each met, partly met or not; the
 * rating counts the factors met — `all_in_place` (all five: the only "ready" rating),
 * `some_in_place` (2–4, INFERRED), `few_in_place` (0–1). The report "calls for" each factor (seed
 * 002), so each gap carries that call as its recommendation.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { ac2007PuttingCommissioningIntoPractice } from 'practice-based-commissioning/policy';
 * ac2007PuttingCommissioningIntoPractice.factors.map((factor) => factor.id);
 * //=> ['AC07.F1_BUDGETS', 'AC07.F2_INFORMATION', 'AC07.F3_FREEDOM_SAVINGS', 'AC07.F4_GOVERNANCE_COI', 'AC07.F5_SHARED_OWNERSHIP']
 * ```
 */
export const ac2007PuttingCommissioningIntoPractice: ReadinessFramework = {
  id: 'AC2007_PUTTING_INTO_PRACTICE',
  title: 'Putting commissioning into practice',
  publisher: 'Audit Commission',
  published: '2007-11-22',
  sources: [MIP, PULSE, BMJ],
  confidence: 'confirmed',
  summary:
    'Whether the financial management behind PBC worked in its second year (2006–07): visits to 16 PCTs (3 practices at each), a survey of 623 practices and a review of local audit findings. Few areas had all five factors for success in place.',
  factors: [
    {
      id: 'AC07.F1_BUDGETS',
      kind: 'factor',
      scale: 'met-partial-not-met',
      label: 'Budgets that are robust, delivered on time, and understood and accepted by practices',
      sources: [MIP, AA, PULSE],
      confidence: 'confirmed',
    },
    {
      id: 'AC07.F2_INFORMATION',
      kind: 'factor',
      scale: 'met-partial-not-met',
      label: 'Regular, accurate, easily understood information so GPs can monitor progress',
      sources: [MIP, AA, PULSE],
      confidence: 'confirmed',
    },
    {
      id: 'AC07.F3_FREEDOM_SAVINGS',
      kind: 'factor',
      scale: 'met-partial-not-met',
      label: 'Freedom and support for practices to make changes, and to generate and use savings for patients',
      sources: [MIP, AA, PULSE],
      confidence: 'confirmed',
    },
    {
      id: 'AC07.F4_GOVERNANCE_COI',
      kind: 'factor',
      scale: 'met-partial-not-met',
      label: 'Sound governance for approving business plans and for handling conflicts of interest when practices buy services from themselves',
      sources: [MIP, AA, PULSE],
      confidence: 'confirmed',
    },
    {
      id: 'AC07.F5_SHARED_OWNERSHIP',
      kind: 'factor',
      scale: 'met-partial-not-met',
      label: 'Shared ownership between PCT and practices of how resources support strategic objectives',
      sources: [MIP, AA],
      confidence: 'confirmed',
    },
  ],
  rating: {
    measure: 'met-count',
    bands: [
      {
        id: 'all_in_place',
        label: 'All five factors in place',
        ready: true,
        threshold: { all: true },
        sources: [MIP, PULSE],
        confidence: 'derived',
        note: 'Read from "few areas had all the factors in place": ready means all five.',
      },
      {
        id: 'some_in_place',
        label: 'Some factors in place (two to four)',
        ready: false,
        threshold: { parameter: 'readiness.ac2007.someInPlaceMinimum' },
        sources: [MIP, CHOICES],
        confidence: 'unconfirmed',
        note: 'INFERRED band.',
      },
      {
        id: 'few_in_place',
        label: 'Few factors in place (none or one)',
        ready: false,
        threshold: { value: 0 },
        sources: [MIP, CHOICES],
        confidence: 'unconfirmed',
        note: 'INFERRED band.',
      },
    ],
  },
  recommendations: [
    {
      id: 'AC07.R.BUDGETS',
      label: 'Provide robust budgets on time, well understood and accepted by the practices that will commission',
      addresses: ['AC07.F1_BUDGETS'],
      sources: [PULSE, MIP],
      confidence: 'confirmed',
      note: RECIPIENTS,
    },
    {
      id: 'AC07.R.INFORMATION',
      label: 'Give GPs regular, accurate and easily understood information to monitor progress',
      addresses: ['AC07.F2_INFORMATION'],
      sources: [PULSE, MIP],
      confidence: 'confirmed',
      note: RECIPIENTS,
    },
    {
      id: 'AC07.R.FREEDOM_SAVINGS',
      label: 'Give practices freedom and support to make changes, and to generate and use savings for the benefit of their patients',
      addresses: ['AC07.F3_FREEDOM_SAVINGS'],
      sources: [PULSE, MIP],
      confidence: 'confirmed',
      note: RECIPIENTS,
    },
    {
      id: 'AC07.R.GOVERNANCE',
      label: 'Put in place sound governance for approving business plans and overcoming conflicts of interest when practices buy services from themselves',
      addresses: ['AC07.F4_GOVERNANCE_COI'],
      sources: [PULSE, MIP],
      confidence: 'confirmed',
      note: RECIPIENTS,
    },
    {
      id: 'AC07.R.SHARED_OWNERSHIP',
      label: 'Build shared ownership between PCT and practices of how resources support strategic objectives',
      addresses: ['AC07.F5_SHARED_OWNERSHIP'],
      sources: [MIP],
      confidence: 'confirmed',
      note: RECIPIENTS,
    },
    {
      id: 'AC07.R.LEADERSHIP',
      label: 'Clear and sustained leadership for the policy (Steve Bundred, Audit Commission)',
      addresses: [],
      sources: [PULSE],
      confidence: 'confirmed',
    },
    {
      id: 'AC07.R.FINANCIAL_INFRASTRUCTURE',
      label: 'Get the financial infrastructure right (Steve Bundred, Audit Commission)',
      addresses: [],
      sources: [PULSE],
      confidence: 'confirmed',
    },
  ],
  context: [
    {
      id: 'AC07.C.TIME_RESOURCES',
      label: 'Only 18% of practices answered positively on having both the resources and the time to implement PBC.',
      sources: [BMJ],
      confidence: 'confirmed',
    },
    {
      id: 'AC07.C.CAPACITY',
      label: 'Nearly three quarters said their PCT was not helping them build capacity.',
      sources: [BMJ],
      confidence: 'confirmed',
    },
    {
      id: 'AC07.C.INCENTIVISED',
      label: 'More than two thirds said they were not "sufficiently incentivised".',
      sources: [BMJ],
      confidence: 'confirmed',
    },
    {
      id: 'AC07.C.SURVEY',
      label: 'Survey of 623 practices: 122 GPs and practice managers replied (20%).',
      sources: [BMJ, PULSE],
      confidence: 'confirmed',
    },
    {
      id: 'AC07.C.REFERRALS',
      label: 'Where enthusiastic practices worked with supportive PCTs, PBC was starting to affect how referrals were managed.',
      sources: [HFMA, MIP],
      confidence: 'confirmed',
    },
  ],
};
