/**
 * Parameters of the conflicts area: the figures and lists the conflict-of-interest rules read
 * (governance fact sheet §4 and "Model implications" C). Where the sources disagree or leave a
 * matter to the PCT, the value is `null` ("no national value: a local decision"): set it with a
 * reform, or pass the PCT's own value in the `local` field of the input of `checkConflictsOfInterest`.
 * Each rule's in-force window is a dated boolean, `conflicts.<rule>.inForce`, that a reform can change.
 *
 * The eight-week decision limit lives with the 2009 entitlements
 * (`entitlements.businessCaseDecisionDays`).
 *
 * @module
 */
import { addDays } from '../../core/calendar.js';
import type { Confidence, Parameter } from '../../core/policy-model/schemas.js';

const PCT_ERA_START = '1991-04-01';
const PCT_ERA_END = '2013-03-31';
const PCT_ERA_NOTE = 'Ends on 31 March 2013: the Health and Social Care Act 2012 (ss. 33–34) abolished PCTs and SHAs from 1 April 2013 (SI 2013/160).';
const PCT_ERA_SOURCES = ['ukpga-2012-7-s33-34', 'uksi-2013-160'] as const;

/** The day before an ISO date (the core calendar: the same under every time zone). */
function dayBefore(date: string): string {
  return addDays(date, -1);
}

/**
 * The dated boolean that says when a conflict-of-interest rule is in force: false before `from`, true
 * from `from` to the abolition of PCTs (31 March 2013), false after. A reform can switch it on or off.
 */
function inForce(key: string, title: string, from: string, confidence: Confidence, note: string, sources: readonly string[]): Parameter {
  return {
    id: `conflicts.${key}.inForce`,
    label: `Conflicts rule in force: ${title}`,
    unit: 'boolean',
    values: [
      { from: PCT_ERA_START, to: dayBefore(from), value: false, sources: [...sources], confidence, note: `Not yet in force. ${note}` },
      { from, to: PCT_ERA_END, value: true, sources: [...sources, ...PCT_ERA_SOURCES], confidence, note: `${note} ${PCT_ERA_NOTE}` },
      { from: '2013-04-01', value: false, sources: [...PCT_ERA_SOURCES], confidence: 'confirmed', note: 'PCTs (and SHAs) were abolished on 31 March 2013.' },
    ],
  };
}

/** When each conflict-of-interest rule is in force (read by the rule on the date it applies on). */
const inForceParameters: readonly Parameter[] = [
  inForce(
    'registerComplete',
    'the register of interests is complete for every member who takes part',
    '2005-04-01',
    'derived',
    'From the start of PBC in April 2005: PCT standing orders already required declarations, and extending them to PBC was left to local discretion.',
    ['kf-2004-100pc', 'hfma-governance-issues'],
  ),
  inForce(
    'minimumListConflict',
    "a member holding an interest on DH's minimum list in the proposer is conflicted",
    '2007-12-01',
    'derived',
    'DH guidance of December 2007 (day not known: taken as 1 December).',
    ['dh-2007-12-pbc-governance', 'pulse-2007-12-conflicts-warning'],
  ),
  inForce(
    'recusal',
    'a conflicted member, or one with an interest in a rival service, takes no part in the decision',
    '2006-11-01',
    'derived',
    'The DH FAQ is undated; it clarifies the practical implementation guidance of November 2006 (taken as 1 November 2006).',
    ['dh-faq-practical-implementation', 'dh-2006-practical-implementation'],
  ),
  inForce(
    'pctDecides',
    'the PCT decides, never the proposer',
    '2005-04-01',
    'derived',
    'The PCT held the real budget and the accountability from the start of PBC in April 2005.',
    ['dh-2004-engaging-practices', 'kf-2004-100pc'],
  ),
  inForce(
    'whatNotWho',
    'a case whose proposer would provide says what is needed, not who provides it',
    '2005-04-01',
    'unconfirmed',
    'The template that states the rule is undated; it is applied from the start of PBC in April 2005 (Darzi promised in June 2008 to clarify the separation).',
    ['pbc-business-case-template', 'kf-2004-100pc'],
  ),
  inForce(
    'procurementRoute',
    'the procurement route suits the case',
    '2006-11-01',
    'derived',
    'The November 2006 guidance let PCTs designate willing providers (taken as from 1 November 2006).',
    ['hfma-governance-issues', 'dh-2006-practical-implementation'],
  ),
  inForce(
    'rejectionReasons',
    'a rejection states its reasons and what would resolve them',
    '2006-11-01',
    'derived',
    'DH practical implementation guidance, November 2006 (taken as 1 November 2006).',
    ['dh-2006-practical-implementation', 'hfma-governance-issues'],
  ),
  inForce(
    'decisionInTime',
    'the PCT decides within the time limit',
    '2005-04-01',
    'confirmed',
    'The rule runs from the start of PBC; its limit is the parameter entitlements.businessCaseDecisionDays (56 days from 1 March 2009, a local value before).',
    ['digitalhealth-2009-03-vision', 'kf-2004-100pc'],
  ),
  inForce(
    'publishedInProspectus',
    'an approved plan is published in the PCT prospectus',
    '2006-11-01',
    'derived',
    'The DH FAQ is undated; it clarifies the November 2006 guidance (taken as 1 November 2006).',
    ['dh-faq-practical-implementation', 'dh-2006-practical-implementation'],
  ),
  inForce(
    'referralDisclosure',
    'a referral to a service the clinician has a financial interest in needs choice offered and the interest disclosed',
    '2005-04-01',
    'unconfirmed',
    'The PBC test is reported in 2008; contract and GMC duties applied throughout, so the rule runs from the start of PBC in April 2005.',
    ['pulse-dispelling-pbc-myths', 'kf-2004-100pc'],
  ),
  inForce(
    'disputeToSha',
    'a dispute goes to SHA arbitration, whose result binds both sides',
    '2005-04-01',
    'derived',
    'Arbitration appears in the October 2004 guidance (budget disputes) and in the DH FAQ; applied from the start of PBC in April 2005.',
    ['dh-2004-engaging-practices', 'dh-faq-practical-implementation'],
  ),
  inForce(
    'providerArmSeparated',
    "the PCT's commissioning is separated from its own provider arm when the arm bids for, or is chosen for, a service a business case proposes",
    '2007-12-01',
    'derived',
    'The 2008/09 Operating Framework (December 2007; day not known: taken as 1 December) required PCTs to begin separating their commissioning from their provider functions; the required degree of separation is the dated parameter conflicts.providerArm.requiredSeparation.',
    ['navigator-2009-01-tcs', 'dh-2007-12-prcc'],
  ),
  inForce(
    'providerArmChosenFairly',
    "the PCT's own provider arm is chosen for a service a business case proposes only through a fair, open route",
    '2007-12-01',
    'derived',
    'The PRCC (Annex D to the 2008/09 Operating Framework, December 2007; taken as 1 December) oblige commissioners to procure from the providers best placed to meet needs, on a transparent and non-discriminatory basis; Transforming Community Services (January 2009) asked commissioners to consider any willing PCT-accredited provider or competitive tendering.',
    ['dh-2007-12-prcc', 'lexology-ccp-prcc', 'navigator-2009-01-tcs'],
  ),
];

/** conflicts parameters. @internal */
export const conflictsParameters: readonly Parameter[] = [
  ...inForceParameters,
  {
    id: 'conflicts.procurement.tenderThreshold',
    label: 'Business cases: value above which a single-provider service must go to competitive tender',
    unit: 'pence',
    values: [
      {
        from: '2005-04-01',
        value: null,
        sources: ['gponline-tender-150k', 'hfma-governance-issues', 'hsj-procurement-tendering-rules', 'pulse-dispelling-pbc-myths'],
        confidence: 'derived',
        note: "No default: the sources disagree about £150,000. DH (Bob Ricketts) said even services over £150,000 need not be tendered if benefit and value for money are shown; a health lawyer (Tim Winn) said new services over £150,000 were advertised in OJEU. Not every PBC proposal must be tendered. Set the PCT's threshold with a reform or the `local.tenderThreshold` input.",
      },
    ],
  },
  {
    id: 'conflicts.panel.nonExecutiveChairRequired',
    label: 'Business cases: the approving committee must be chaired by a non-executive director',
    unit: 'boolean',
    values: [
      {
        from: '2005-04-01',
        value: null,
        sources: ['pbc-business-case-template'],
        confidence: 'unconfirmed',
        note: "A PCT's business-case template says DH guidance requires a committee accountable to the PCT board and chaired by a non-executive director; the DH wording was not found, so this is treated as a local decision. Set it with a reform or the `local.nonExecutiveChairRequired` input.",
      },
    ],
  },
  {
    id: 'conflicts.register.declarationMaxAgeDays',
    label: 'Register of interests: most days between a member’s declaration and the decision they take part in',
    unit: 'days',
    values: [
      {
        from: '2005-04-01',
        value: null,
        sources: ['hfma-governance-issues'],
        confidence: 'derived',
        note: "Declarations of interest follow each PCT's standing orders; extending them to PBC was left to local discretion, and no national refresh interval was found. Set the PCT's interval with a reform or the `local.declarationMaxAgeDays` input.",
      },
    ],
  },
  {
    id: 'conflicts.minimumConflictingInterests',
    label: "Interests in the body submitting a business case that make a clinician conflicted, as a minimum (DH, December 2007)",
    unit: 'list',
    values: [
      {
        from: '2007-12-01',
        value: [
          'director',
          'non_executive_director',
          'owner',
          'part_owner',
          'employee',
          'partner_or_employee_of_director',
          'close_relative_of_director',
          'close_relative_of_practice_member',
        ],
        sources: ['dh-2007-12-pbc-governance', 'pulse-2007-12-conflicts-warning'],
        confidence: 'confirmed',
        note: 'The list as Pulse reported it. The day of publication in December 2007 is not known: taken as 1 December. A fourth item ("he is a close re…") is cut off in the stored copy and is not encoded; add it with a reform when known. `close_relative_of_practice_member` counts only where the body is a practice.',
      },
    ],
  },
  {
    id: 'conflicts.providerArm.requiredSeparation',
    label: "The least separation required between a PCT's commissioning and its own provider arm",
    unit: 'text',
    values: [
      {
        from: '2007-12-01',
        to: '2009-03-31',
        value: 'internal',
        sources: ['navigator-2009-01-tcs', 'hsj-2006-separating-services'],
        confidence: 'derived',
        note: "The 2008/09 Operating Framework required PCTs to begin separating commissioning from provision; no form was prescribed, so the least is an internal split ('internal'). Day of the Framework not known: taken as 1 December 2007.",
      },
      {
        from: '2009-04-01',
        to: '2011-03-31',
        value: 'contractual',
        sources: ['navigator-2009-01-tcs', 'hsj-2009-commissioner-provider-divide'],
        confidence: 'confirmed',
        note: "By 1 April 2009 every PCT was to have moved its provider arm into a contractual relationship with its commissioning function (the Standard NHS Contract for Community Services), with enough separation to avoid potential conflicts of interest ('contractual').",
      },
      {
        from: '2011-04-01',
        to: '2013-03-31',
        value: 'divested',
        sources: ['hsj-2010-tcs-where-now'],
        confidence: 'confirmed',
        note: "The revised 2010-11 Operating Framework: separating PCT commissioning from provision \"must be achieved by April 2011\", even by transferring services to other organisations ('divested').",
      },
      { from: '2013-04-01', value: null, sources: ['ukpga-2012-7-s33-34', 'uksi-2013-160'], confidence: 'confirmed', note: 'PCTs were abolished on 31 March 2013 (Health and Social Care Act 2012, s. 34; SI 2013/160).' },
    ],
  },
  {
    id: 'conflicts.prcc.inForce',
    label: 'The Principles and rules for co-operation and competition (PRCC) are in force',
    unit: 'boolean',
    values: [
      { from: '2005-04-01', to: '2007-11-30', value: false, sources: ['dh-2007-12-prcc'], confidence: 'derived', note: 'Before the PRCC were published with the 2008/09 Operating Framework.' },
      {
        from: '2007-12-01',
        to: '2008-03-31',
        value: true,
        sources: ['dh-2007-12-prcc'],
        confidence: 'derived',
        note: 'Published in December 2007 (the first day taken as 1 December). Disputed: the PRCC are Annex D to the 2008/09 Operating Framework, so they may have taken effect only with that framework\'s year, on 1 April 2008 (the alternative).',
        alternatives: [
          { id: 'operating-framework-year', value: false, sources: ['dh-2007-12-prcc'], confidence: 'derived', note: 'In force from 1 April 2008, with the 2008/09 Operating Framework they are an annex to.' },
        ],
      },
      {
        from: '2008-04-01',
        to: '2010-10-31',
        value: true,
        sources: ['dh-2007-12-prcc'],
        confidence: 'derived',
        note: 'To October 2010 (the last day taken as 31 October).',
      },
      { from: '2010-11-01', value: false, sources: ['dh-2007-12-prcc'], confidence: 'derived', note: 'The 2007 PRCC ceased in October 2010; what replaced them is outside this library.' },
    ],
  },
];
