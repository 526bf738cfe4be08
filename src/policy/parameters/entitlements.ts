/**
 * The entitlements of DH's March 2009 vision for PBC (*Clinical commissioning: our vision for
 * practice-based commissioning*): budget and support by 1 May, business-case decisions within eight
 * weeks, data, and a support package, with the SHA as the final recourse. Governance fact sheet §5
 * and model implications B; seed 003.
 *
 * The conflicts area reads `entitlements.businessCaseDecisionDays`; keep its id and values.
 *
 * @module
 */
import type { Parameter } from '../../core/policy-model/schemas.js';

const VISION = '2009-03-01';
const VISION_NOTE = 'From the March 2009 vision (day of publication not known: taken as 1 March).';

/** Entitlement parameters. @internal */
export const entitlementParameters: readonly Parameter[] = [
  {
    id: 'entitlements.inForce',
    label: 'The 2009 PBC entitlements are in force',
    unit: 'boolean',
    values: [
      {
        from: '1991-04-01',
        to: '2009-02-28',
        value: false,
        sources: ['digitalhealth-2009-03-vision'],
        confidence: 'derived',
        note: 'No national entitlements before the March 2009 vision.',
      },
      {
        from: VISION,
        value: true,
        sources: ['digitalhealth-2009-03-vision', 'bmj-2009-here-to-stay'],
        confidence: 'derived',
        note: `${VISION_NOTE} Launched before 6 March 2009 (BMJ report of the launch).`,
      },
    ],
  },
  {
    id: 'entitlements.budgetIssueBy',
    label: 'Indicative budget and support package agreed by (day of each financial year)',
    unit: 'month-day',
    values: [
      {
        from: VISION,
        value: '05-01',
        sources: ['pulse-2009-five-things', 'digitalhealth-2009-03-vision'],
        confidence: 'confirmed',
        note: `${VISION_NOTE} The first financial year it binds is 2009/10 (1 May 2009): the vision asks for the budget "by 1 May each year" and was published before that year began; no source names a later first year. The fact sheet's "probably 2010/11" has no source. The rule reads this value on the first day of the year, so a reform starting it on 2010-04-01 makes 2010/11 the first.`,
      },
    ],
  },
  {
    id: 'entitlements.businessCaseDecisionDays',
    label: 'Business cases: most days from submission to the PCT decision',
    unit: 'days',
    values: [
      {
        from: '2005-04-01',
        to: '2009-02-28',
        value: null,
        sources: ['digitalhealth-2009-03-vision'],
        confidence: 'unconfirmed',
        note: 'No national limit before the March 2009 vision is known: no source states one, and none states that there was none (the fact sheet: any national timescale before 2009 is unconfirmed). A local PCT parameter (set it with a reform).',
      },
      { from: VISION, value: 56, sources: ['digitalhealth-2009-03-vision', 'pulse-2009-kick-starting-pbc'], confidence: 'confirmed', note: 'Eight weeks.' },
    ],
  },
  {
    id: 'entitlements.dataStreams',
    label: 'Data and analysis every practice-based commissioner is entitled to',
    unit: 'list',
    values: [
      {
        from: VISION,
        value: ['budgets', 'expenditure', 'referrals', 'prescribing', 'activity'],
        sources: ['digitalhealth-2009-03-vision', 'bmj-2009-here-to-stay'],
        confidence: 'confirmed',
        note: '"Accurate and timely" data and analysis on budgets, expenditure (spending), referrals, prescribing and activity.',
      },
    ],
  },
  {
    id: 'entitlements.dataStreamsWherePossible',
    label: 'Data provided "where possible" (missing: a warning, not a breach)',
    unit: 'list',
    values: [
      {
        from: VISION,
        value: ['clinicalPerformance'],
        sources: ['digitalhealth-2009-03-vision', 'bmj-2009-here-to-stay'],
        confidence: 'confirmed',
        note: 'Clinical performance data "where possible".',
      },
    ],
  },
  {
    id: 'entitlements.supportPackageElements',
    label: 'Management and financial support package: the minimum elements',
    unit: 'list',
    values: [
      {
        from: VISION,
        value: ['designatedSupport', 'developmentPlan'],
        sources: ['digitalhealth-2009-03-vision'],
        confidence: 'confirmed',
        note: 'At minimum: designated support from PCT staff and/or external partners, and a plan for how the PCT will meet PBC development needs.',
      },
    ],
  },
  {
    id: 'entitlements.finalRecourse',
    label: 'Final recourse when an entitlement is not delivered',
    unit: 'text',
    values: [
      {
        from: VISION,
        value: 'SHA',
        sources: ['pulse-2009-five-things', 'digitalhealth-2009-03-vision'],
        confidence: 'confirmed',
        note: 'Stated for the 1 May budget and support entitlement; the library applies it to every entitlement breach (see the readiness guide).',
      },
    ],
  },
];
