/**
 * Incentive parameters: the Towards PBC DES (2006/07, SFE section 7A), the global sum payment day
 * that DES payments travel with, England's registered population for the national estimate, and
 * the floor and standard condition of local incentive schemes (from 2007/08). Money fact sheet §1,
 * §2, §6 and §7.3–§7.4; the seeds addendum for the component 1 conditions.
 *
 * @module
 */
import type { Parameter } from '../../core/policy-model/schemas.js';

// Every DES value is in force for the DES year only (1 April 2006 – 31 March 2007): rules read
// them as at the date the practice's plan was agreed, so a plan outside the year is refused.
const DES_YEAR = { from: '2006-04-01', to: '2007-03-31' } as const;

/** Incentive parameters. @internal */
export const incentiveParameters: readonly Parameter[] = [
  {
    id: 'des.term.firstDay',
    label: 'Towards PBC DES: first day of the scheme',
    unit: 'date',
    values: [{ ...DES_YEAR, value: '2006-04-01', sources: ['bma-tpbc-des-focus', 'dh-2006-sfe-amendment-3'], confidence: 'confirmed' }],
  },
  {
    id: 'des.term.lastDay',
    label: 'Towards PBC DES: last day of the scheme',
    description: 'A one-year scheme. SFE section 7A stayed in force after it ended only so that outstanding payments could be made.',
    unit: 'date',
    values: [{ ...DES_YEAR, value: '2007-03-31', sources: ['bma-tpbc-des-focus', 'dh-2007-sfe-amendment-2'], confidence: 'confirmed' }],
  },
  {
    id: 'des.c1.ratePerPatient',
    label: 'Towards PBC DES component 1: payment per registered patient',
    description: 'Paid for signing up: agreeing the DES plan with the PCT (and, by default, accepting the indicative budget).',
    unit: 'pence-per-patient',
    values: [{ from: '2006-04-01', to: '2007-03-31', value: 95, sources: ['gponline-2006-enormous-variation', 'bma-tpbc-des-focus'], confidence: 'confirmed' }],
  },
  {
    id: 'des.c1.requiresIndicativeBudget',
    label: 'Towards PBC DES component 1: accepting the indicative budget is a condition as well as agreeing the plan',
    description:
      "The Audit Commission (via the King's Fund) put about half of 2006/07 incentive spend down to signing up to accept an indicative budget; the DES text itself was not retrieved.",
    unit: 'boolean',
    values: [
      {
        ...DES_YEAR,
        value: true,
        sources: ['kf-2008-press-release', 'audit-commission-2007-putting-commissioning'],
        confidence: 'derived',
        note: 'Seeds addendum: component 1 was earned by signing up (indicative budget accepted and DES plan agreed). Set false with a reform to pay on the plan alone.',
      },
    ],
  },
  {
    id: 'des.c1.listSizeBasis',
    label: 'Towards PBC DES component 1: which list size is used',
    description: "'fixed-date': the list on des.c1.listSizeDate; 'plan-agreed': the list on the day the practice's plan was agreed.",
    unit: 'text',
    values: [
      {
        ...DES_YEAR,
        value: 'fixed-date',
        sources: ['gponline-2006-enormous-variation'],
        confidence: 'unconfirmed',
        note: 'No source says which list-size date component 1 used. Default: a fixed date (see des.c1.listSizeDate).',
      },
    ],
  },
  {
    id: 'des.c1.listSizeDate',
    label: 'Towards PBC DES component 1: date of the list size used (when the basis is a fixed date)',
    unit: 'date',
    values: [
      {
        ...DES_YEAR,
        value: '2006-04-01',
        sources: ['bma-tpbc-des-focus'],
        confidence: 'unconfirmed',
        note: 'Default: the first day of the scheme. Unconfirmed; the plan-agreement date is the main alternative (des.c1.listSizeBasis).',
      },
    ],
  },
  {
    id: 'des.c1.paymentTiming',
    label: 'Towards PBC DES component 1: when it is paid',
    description: "'next-monthly-global-sum': with the first global sum payment after the day the conditions were met; 'following-month-global-sum': with the global sum of the month after.",
    unit: 'text',
    values: [
      {
        ...DES_YEAR,
        value: 'next-monthly-global-sum',
        sources: ['pulse-know-your-rights-c2'],
        confidence: 'unconfirmed',
        note: 'The source gives the timing for component 2 only; component 1 is assumed to follow the same route.',
      },
    ],
  },
  {
    id: 'des.c2.ratePerPatient',
    label: 'Towards PBC DES component 2: payment per registered patient',
    description: "Paid when the plan's objectives are met, offset by accessible freed-up resources (SFE 7A.12).",
    unit: 'pence-per-patient',
    values: [{ from: '2006-04-01', to: '2007-03-31', value: 95, sources: ['bma-tpbc-des-c2'], confidence: 'confirmed' }],
  },
  {
    id: 'des.c2.listSizeDate',
    label: 'Towards PBC DES component 2: date of the list size used',
    unit: 'date',
    values: [{ from: '2006-04-01', to: '2007-03-31', value: '2007-04-01', sources: ['bma-tpbc-des-c2'], confidence: 'confirmed' }],
  },
  {
    id: 'des.claimDeadline',
    label: 'Towards PBC DES: last day to claim component 2 in writing',
    unit: 'date',
    values: [{ from: '2006-04-01', to: '2007-03-31', value: '2007-06-30', sources: ['pulse-know-your-rights-c2'], confidence: 'confirmed' }],
  },
  {
    id: 'des.c2.paymentTiming',
    label: 'Towards PBC DES component 2: when it is paid',
    description: "'next-monthly-global-sum': with the first global sum payment after the claim; 'following-month-global-sum': with the global sum of the month after the claim.",
    unit: 'text',
    values: [
      {
        ...DES_YEAR,
        value: 'next-monthly-global-sum',
        sources: ['pulse-know-your-rights-c2'],
        confidence: 'confirmed',
        note: 'Pulse: paid promptly, with the next monthly global sum payment. Which payment counts as "next" is read as the first one after the claim date.',
      },
    ],
  },
  {
    id: 'gms.globalSum.paymentDay',
    label: 'GMS global sum: the day of the month on which the monthly payment falls due',
    description: "'last-day-of-month', or a two-digit day of the month such as '15'.",
    unit: 'text',
    values: [
      {
        from: '2004-04-01',
        value: 'last-day-of-month',
        sources: ['ssi-2004-142-article-37'],
        confidence: 'derived',
        note: "Derived by analogy: no English source was found. The English SFE paragraph was not retrieved; the Scottish GMS transitional order (cited) has monthly global-sum-equivalent payments fall due on the last day of the month, and English practice is taken to match.",
      },
    ],
  },
  {
    id: 'england.registeredPatients',
    label: "England: patients registered with GP practices (for the national incentive estimate)",
    unit: 'patients',
    values: [
      {
        ...DES_YEAR,
        value: 52_706_250,
        sources: ['hansard-2006-07-06-pbc-uptake', 'hansard-2006-07-18-gp-lists', 'pulse-2013-registered-patients'],
        confidence: 'derived',
        note: '8,433 practices (31 May 2006) × 6,250 patients, the average practice list at 30 September 2005. Cross-check: DH counted 53,944,734 registered patients in 2008.',
      },
    ],
  },
  {
    id: 'local.floorPerPatient',
    label: 'Local incentive schemes: minimum value per patient (the DES equivalent)',
    description: 'The GPC read the guidance as requiring local schemes to cover at least what the DES paid (95p + 95p). No DH text setting a figure was found.',
    unit: 'pence-per-patient',
    values: [
      {
        from: '2007-04-01',
        to: '2008-03-31',
        value: 190,
        sources: ['pulse-know-your-rights-c2'],
        confidence: 'derived',
        note: 'GPC reading for 2007/08, not DH text: 95p (C1) + 95p (C2). Override with a reform where a PCT or later guidance says otherwise.',
      },
      {
        from: '2008-04-01',
        value: 190,
        sources: ['pulse-know-your-rights-c2'],
        confidence: 'unconfirmed',
        note: 'The GPC reading is about 2007/08 only; carried forward for later years, where no source sets a floor. The alternative is no floor at all.',
        alternatives: [{ id: 'no-floor', value: null, sources: ['pulse-know-your-rights-c2'], confidence: 'unconfirmed', note: 'No national floor after 2007/08: the GPC reading covers 2007/08 only.' }],
      },
    ],
  },
  {
    id: 'local.requireNoOverspend',
    label: 'Local incentive schemes: the award should depend on the practice not overspending its indicative budget',
    unit: 'boolean',
    values: [
      {
        from: '2007-04-01',
        value: true,
        sources: ['dh-faq-incentive-no-overspend', 'dh-2006-practical-implementation'],
        confidence: 'confirmed',
        note: 'DH FAQ (read in a copy). A scheme without the condition draws a warning, not an error: the FAQ says "should".',
      },
    ],
  },
];
