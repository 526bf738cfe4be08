/**
 * Parameters of the conflicts area: the figures and lists the conflict-of-interest rules read
 * (governance fact sheet §4 and "Model implications" C). Where the sources disagree or leave a
 * matter to the PCT, the value is `null` ("no national value: a local decision"): set it with a
 * reform, or pass the PCT's own value in the `local` option of `checkConflictsOfInterest`.
 *
 * The eight-week decision limit lives with the 2009 entitlements
 * (`entitlements.businessCaseDecisionDays`).
 *
 * @module
 */
import type { Parameter } from '../../core/policy-model/schemas.js';

/** conflicts parameters. @internal */
export const conflictsParameters: readonly Parameter[] = [
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
        note: "No default: the sources disagree about £150,000. DH (Bob Ricketts) said even services over £150,000 need not be tendered if benefit and value for money are shown; a health lawyer (Tim Winn) said new services over £150,000 were advertised in OJEU. Not every PBC proposal must be tendered. Set the PCT's threshold with a reform or the `local.tenderThreshold` option.",
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
        note: "A PCT's business-case template says DH guidance requires a committee accountable to the PCT board and chaired by a non-executive director; the DH wording was not found, so this is treated as a local decision. Set it with a reform or the `local.nonExecutiveChairRequired` option.",
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
        note: "Declarations of interest follow each PCT's standing orders; extending them to PBC was left to local discretion, and no national refresh interval was found. Set the PCT's interval with a reform or the `local.declarationMaxAgeDays` option.",
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
    id: 'conflicts.prcc.inForce',
    label: 'The Principles and rules for co-operation and competition (PRCC) are in force',
    unit: 'boolean',
    values: [
      { from: '2005-04-01', to: '2007-11-30', value: false, sources: ['dh-2007-12-prcc'], confidence: 'derived', note: 'Before the PRCC were published with the 2008/09 Operating Framework.' },
      {
        from: '2007-12-01',
        to: '2010-10-31',
        value: true,
        sources: ['dh-2007-12-prcc'],
        confidence: 'derived',
        note: 'December 2007 to October 2010; the first and last days are taken as the first and last of those months.',
      },
      { from: '2010-11-01', value: false, sources: ['dh-2007-12-prcc'], confidence: 'derived', note: 'The 2007 PRCC ceased in October 2010; what replaced them is outside this library.' },
    ],
  },
];
