/**
 * King's Fund (November 2008), *Practice-based commissioning: reinvigorate, replace or abandon?*
 * (Curry, Goodwin, Naylor, Robertson): the seven factors influencing progress, the three lessons
 * from GP fundholding that "should have been predicted", the three policy objectives progress was
 * judged against, and the recommendations. Governance fact sheet §3, model implications B; seed 001.
 *
 * @module
 */
import type { ReadinessFactor, ReadinessFramework } from './framework-schema.js';

const REPORT = 'kf-2008-report';
const PRESS = 'kf-2008-press-release';
const GP = 'gponline-2008-devolved-budgets';
const DATA = 'digitalhealth-2008-11-data';
const FORMAL = 'kf-2009-gps-encouraged';
const GOODWIN = 'mip-2009-reinvigoration-agenda';
const CHOICES = 'pbc-library-readiness-choices';

const FACTORS = 'KF08.FACTORS';
const LESSONS = 'KF08.LESSONS';
const OBJECTIVES = 'KF08.OBJECTIVES';

function factor(id: string, label: string, sources: readonly string[], note: string): ReadinessFactor {
  return { id, kind: 'factor', group: FACTORS, scale: 'enabler-neutral-barrier', label, sources: [REPORT, ...sources], confidence: 'confirmed', note };
}

function lesson(id: string, label: string): ReadinessFactor {
  return { id, kind: 'lesson', group: LESSONS, scale: 'enabler-neutral-barrier', label, sources: [PRESS], confidence: 'confirmed', note: 'Rated at a site: heeded (enabler), partly (neutral) or not (barrier).' };
}

function objective(id: string, label: string): ReadinessFactor {
  return {
    id,
    kind: 'objective',
    group: OBJECTIVES,
    scale: 'met-partial-not-met',
    role: 'outcome',
    label,
    sources: [REPORT, PRESS],
    confidence: 'confirmed',
    note: 'A policy objective: scored apart from the factors, never part of the rating.',
  };
}

/**
 * The King's Fund's 2008 framework. The seven factors and three fundholding lessons are each rated
 * `enabler`, `neutral` or `barrier` for a site and make up the rating (INFERRED bands:
 * `enablers_outweigh` when the score is more than half its maximum — with no unknowns, more enablers
 * than barriers — `balanced` at exactly half, `barriers_outweigh` below). The three policy objectives
 * are scored apart (`role: 'outcome'`).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { kf2008ReinvigorateReplaceOrAbandon } from 'practice-based-commissioning/policy';
 * kf2008ReinvigorateReplaceOrAbandon.factors.filter((item) => item.kind === 'factor').length; //=> 7
 * kf2008ReinvigorateReplaceOrAbandon.factors.filter((item) => item.role === 'outcome').length; //=> 3
 * ```
 */
export const kf2008ReinvigorateReplaceOrAbandon: ReadinessFramework = {
  id: 'KF2008_REINVIGORATE',
  title: 'Practice-based commissioning: reinvigorate, replace or abandon?',
  publisher: "King's Fund",
  published: '2008-11-20',
  sources: [REPORT, PRESS],
  confidence: 'confirmed',
  summary:
    'A two-year study of PBC in four PCTs: an expensive investment that delivered little; progress slow and stalling in places; very few GPs commissioning new services despite almost £100m in incentive payments. The policy needs a fundamental reassessment.',
  groups: [
    { id: FACTORS, label: 'Factors influencing progress', sources: [REPORT], confidence: 'confirmed' },
    { id: LESSONS, label: 'Lessons from GP fundholding that "should have been predicted"', sources: [PRESS], confidence: 'confirmed' },
    { id: OBJECTIVES, label: 'Policy objectives progress is judged against', sources: [REPORT], confidence: 'confirmed' },
  ],
  factors: [
    factor(
      'KF08.F.ROLES_RESPONSIBILITIES',
      'Roles and responsibilities of PCTs and practices',
      [PRESS, GP],
      'Barrier found: without national guidance GPs and PCTs disagreed widely over their roles; DH did not explain how the policy worked or what it should achieve.',
    ),
    factor(
      'KF08.F.CAPACITY_CAPABILITY',
      'Capacity and capability (GP time, skills and support)',
      [PRESS, GP],
      'Barrier found: GPs had little time, often lacked the skills and information, and needed far more support than PCTs gave.',
    ),
    factor('KF08.F.DATA', 'Data', [GP, DATA], 'Barrier found: data out of date or lost at all four sites; poor data slowed business-case approvals; few GPs could analyse it.'),
    factor(
      'KF08.F.RELATIONSHIPS',
      'Relationships between practices and the PCT',
      [PRESS, GP, FORMAL],
      'PBC improved GP–PCT relationships in some places and damaged them in others; the policy was likely to fail if they stayed voluntary.',
    ),
    factor('KF08.F.GOVERNANCE_ACCOUNTABILITY', 'Governance and accountability', [GP], 'Barrier found: power was not aligned with financial responsibility.'),
    factor('KF08.F.CONFLICTS_OF_INTEREST', 'Conflicts of interest', [PRESS, GP, GOODWIN], 'Barrier found: conflicts of GPs as both commissioners and providers were not tackled.'),
    factor(
      'KF08.F.WIDER_CONTEXT',
      'The wider context, national and local',
      [PRESS],
      'Reorganisations, financial deficits and the breakdown of relations between government and the profession hamstrung progress.',
    ),
    lesson('KF08.L.GP_ENGAGEMENT', 'Engaging GPs is hard'),
    lesson('KF08.L.REAL_BUDGETS', 'GP commissioners need the freedom to contract independently, through real budgets for specific areas'),
    lesson('KF08.L.MANAGERIAL_CAPACITY', 'Invest in managerial capacity: the right skills, data systems and governance arrangements'),
    objective('KF08.OBJ.CLINICAL_ENGAGEMENT', 'Clinical engagement in commissioning'),
    objective('KF08.OBJ.BETTER_SERVICES', 'Better services for patients'),
    objective('KF08.OBJ.USE_OF_RESOURCES', 'More efficient use of resources'),
  ],
  rating: {
    measure: 'score-share',
    bands: [
      {
        id: 'enablers_outweigh',
        label: 'Enablers outweigh barriers',
        ready: true,
        threshold: { parameter: 'readiness.kf2008.balanceShare' },
        comparison: 'more-than',
        sources: [REPORT, CHOICES],
        confidence: 'unconfirmed',
        note: "INFERRED: the King's Fund rated no sites; the balance of enablers and barriers is the library's reading.",
      },
      {
        id: 'balanced',
        label: 'Enablers and barriers balance',
        ready: false,
        threshold: { parameter: 'readiness.kf2008.balanceShare' },
        sources: [REPORT, CHOICES],
        confidence: 'unconfirmed',
        note: 'INFERRED band.',
      },
      {
        id: 'barriers_outweigh',
        label: 'Barriers outweigh enablers',
        ready: false,
        threshold: { value: 0 },
        sources: [REPORT, CHOICES],
        confidence: 'unconfirmed',
        note: 'INFERRED band.',
      },
    ],
  },
  recommendations: [
    {
      id: 'KF08.R.REAL_BUDGETS',
      label: 'Devolve real budgets for specific services to GPs and groups of practice-based commissioners; PCTs keep strategic, population-wide commissioning (such as public health)',
      addresses: ['KF08.L.REAL_BUDGETS', 'KF08.F.GOVERNANCE_ACCOUNTABILITY'],
      linkConfidence: 'derived',
      sources: [PRESS, GP],
      confidence: 'confirmed',
    },
    {
      id: 'KF08.R.FORMAL_RELATIONSHIPS',
      label: 'Put relationships between practice-based commissioners and PCTs on a formal, not voluntary, footing',
      addresses: ['KF08.F.RELATIONSHIPS'],
      sources: [FORMAL],
      confidence: 'confirmed',
    },
    {
      id: 'KF08.R.NATIONAL_GUIDANCE',
      label: 'Set out a clear vision for PBC and national guidance, translatable locally, on how best to implement it and on the roles of PCTs and practices',
      addresses: ['KF08.F.ROLES_RESPONSIBILITIES'],
      linkConfidence: 'derived',
      sources: [PRESS],
      confidence: 'confirmed',
    },
    {
      id: 'KF08.R.EARNED_INDEPENDENCE',
      label: 'Reward high-performing GPs and PBC groups with more independence, devolving budgets only for tightly defined areas',
      addresses: ['KF08.L.REAL_BUDGETS'],
      linkConfidence: 'derived',
      sources: [PRESS],
      confidence: 'confirmed',
    },
    {
      id: 'KF08.R.CONFLICTS_GOVERNANCE',
      label: 'Tackle conflicts of interest head on through robust governance, so that patient choice and the quality of referrals are not compromised',
      addresses: ['KF08.F.CONFLICTS_OF_INTEREST', 'KF08.F.GOVERNANCE_ACCOUNTABILITY'],
      linkConfidence: 'derived',
      sources: [PRESS],
      confidence: 'confirmed',
    },
    {
      id: 'KF08.R.MANAGERIAL_CAPACITY',
      label: 'Invest in managerial capacity to support and lead PBC: the right skills, data systems and governance arrangements',
      addresses: ['KF08.L.MANAGERIAL_CAPACITY', 'KF08.F.CAPACITY_CAPABILITY', 'KF08.F.DATA'],
      linkConfidence: 'derived',
      sources: [PRESS],
      confidence: 'derived',
      note: 'Stated as a lesson from fundholding, not in the list of recommendations.',
    },
    {
      id: 'KF08.R.FUNDAMENTAL_REASSESSMENT',
      label: 'Commit to a fundamental reassessment (redesign) of the policy',
      addresses: [],
      sources: [PRESS],
      confidence: 'confirmed',
      note: 'What "reinvigorate", "replace" and "abandon" mean as options is UNCONFIRMED.',
    },
  ],
  context: [
    {
      id: 'KF08.C.INCENTIVES',
      label: 'Very few GPs used PBC to commission new services, despite almost £100m in incentive payments.',
      sources: [PRESS],
      confidence: 'confirmed',
    },
    {
      id: 'KF08.C.POLICY_AMNESIA',
      label: 'Goodwin, who had evaluated 52 total purchasing pilots, called the failures "policy amnesia".',
      sources: [GOODWIN],
      confidence: 'confirmed',
    },
    {
      id: 'KF08.C.DARZI',
      label: 'Lord Darzi was right to persevere with PBC, but the policy needs a "fundamental" reassessment.',
      sources: [PRESS],
      confidence: 'confirmed',
    },
  ],
};
