/**
 * DH (March 2009), *Clinical commissioning: our vision for practice-based commissioning*: the
 * entitlements of every practice-based commissioner. They are dated checks — see
 * `checkEntitlements` — and this framework lets their results be rated like any other (the
 * `evidence` of an entitlement check feeds `assessReadiness`). Governance fact sheet §5, model
 * implications B; seed 003.
 *
 * @module
 */
import type { ReadinessFramework } from './framework-schema.js';

const VISION = 'digitalhealth-2009-03-vision';
const BMJ = 'bmj-2009-here-to-stay';
const FIVE = 'pulse-2009-five-things';
const KICK = 'pulse-2009-kick-starting-pbc';
const DARZI = 'pulse-2008-darzi-special';

/**
 * The 2009 entitlements as a framework: four entitlements, each met, partly met (only warnings,
 * such as no clinical performance data) or not; `all_delivered` (ready: "every entitlement is
 * compliant for the year") or `not_all_delivered`. In force from 1 March 2009 (the parameter
 * `entitlements.inForce`): assessing it on an earlier date is an error.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { dh2009Entitlements } from 'practice-based-commissioning/policy';
 * dh2009Entitlements.factors.map((entitlement) => entitlement.id);
 * //=> ['ENT.BUDGET_BY_1_MAY', 'ENT.BUSINESS_CASE_8_WEEKS', 'ENT.DATA', 'ENT.SUPPORT_PACKAGE']
 * ```
 */
export const dh2009Entitlements: ReadinessFramework = {
  id: 'DH2009_ENTITLEMENTS',
  title: 'Clinical commissioning: our vision for practice-based commissioning (entitlements)',
  publisher: 'Department of Health',
  published: '2009-03',
  sources: [VISION, BMJ],
  confidence: 'confirmed',
  summary:
    'Entitlements for every practice-based commissioner, to address the quality and speed of PCT data and the slow turnaround of plans and business cases. The wording is paraphrased from press summaries; the original list may hold more items.',
  factors: [
    {
      id: 'ENT.BUDGET_BY_1_MAY',
      kind: 'entitlement',
      scale: 'met-partial-not-met',
      label: 'Indicative budget received and management and financial support agreed with the PCT by 1 May each year',
      sources: [FIVE, VISION, BMJ],
      confidence: 'confirmed',
    },
    {
      id: 'ENT.BUSINESS_CASE_8_WEEKS',
      kind: 'entitlement',
      scale: 'met-partial-not-met',
      label: 'PBC plans and business cases decided by the PCT within at most eight weeks',
      sources: [VISION, KICK],
      confidence: 'confirmed',
    },
    {
      id: 'ENT.DATA',
      kind: 'entitlement',
      scale: 'met-partial-not-met',
      label: 'Accurate, timely data and analysis on budgets, expenditure, referrals, prescribing and activity, and on clinical performance "where possible"',
      sources: [VISION, BMJ],
      confidence: 'confirmed',
    },
    {
      id: 'ENT.SUPPORT_PACKAGE',
      kind: 'entitlement',
      scale: 'met-partial-not-met',
      label: 'A package of management and financial support: designated support from PCT staff or external partners, and a plan for PBC development needs',
      sources: [VISION, BMJ],
      confidence: 'confirmed',
    },
  ],
  rating: {
    measure: 'met-count',
    bands: [
      {
        id: 'all_delivered',
        label: 'Every entitlement delivered for the year',
        ready: true,
        threshold: { all: true },
        sources: [VISION],
        confidence: 'derived',
        note: 'Read from the entitlements as a list every commissioner should receive.',
      },
      { id: 'not_all_delivered', label: 'An entitlement not (yet) delivered', ready: false, threshold: { value: 0 }, sources: [VISION], confidence: 'derived' },
    ],
  },
  recommendations: [
    {
      id: 'ENT.R.SHA_RECOURSE_BUDGET',
      label: 'Take a budget or support package not delivered by 1 May to the SHA, the final recourse',
      addresses: ['ENT.BUDGET_BY_1_MAY'],
      sources: [FIVE, VISION],
      confidence: 'confirmed',
    },
    {
      id: 'ENT.R.SHA_RECOURSE_OTHER',
      label: 'Raise other entitlements not delivered with the SHA',
      addresses: ['ENT.BUSINESS_CASE_8_WEEKS', 'ENT.DATA', 'ENT.SUPPORT_PACKAGE'],
      linkConfidence: 'unconfirmed',
      sources: [FIVE],
      confidence: 'unconfirmed',
      note: 'The SHA is the stated recourse for the 1 May entitlement only; extending it to the others is INFERRED.',
    },
  ],
  context: [
    {
      id: 'ENT.C.HEAT_MAP',
      label: 'DH would use the MORI survey as a "heat map" to find where extra support was needed; its PBC development team would visit every region.',
      sources: [BMJ],
      confidence: 'confirmed',
    },
    {
      id: 'ENT.C.MANAGEMENT_ALLOWANCE',
      label: 'Since 2008 DH "expects all PCTs to provide a management allowance for PBC groups"; PCTs are held to account for the quality of PBC support and data.',
      sources: [DARZI],
      confidence: 'confirmed',
    },
  ],
  inForceParameter: 'entitlements.inForce',
};
