/**
 * What the conflicts area publishes under `practice-based-commissioning/policy`: the catalogue of
 * conflict-of-interest rules as data, so a governance lead can list them (with their dates, sources
 * and severity) without running a check. Re-exported by `src/policy/index.ts`.
 *
 * @module
 */
import type { Confidence } from '../../core/policy-model/schemas.js';
import { deepFreeze } from '../../core/freeze.js';

/**
 * The stable id of a conflict-of-interest rule, `COI-R01` to `COI-R11`.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsRuleId } from 'practice-based-commissioning/policy';
 * const recusal: ConflictsRuleId = 'COI-R03';
 * ```
 */
export type ConflictsRuleId = 'COI-R01' | 'COI-R02' | 'COI-R03' | 'COI-R04' | 'COI-R05' | 'COI-R06' | 'COI-R07' | 'COI-R08' | 'COI-R09' | 'COI-R10' | 'COI-R11';

/**
 * What a finding concludes: `compliant`, `pending` (not yet decided and still within its time: not a
 * breach, not yet compliant; only COI-R08 gives it), `warning` (look at this), `breach` (a rule was
 * broken) or `not_applicable` (the rule does not bite here, or was not in force; the message says
 * why).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsOutcome } from 'practice-based-commissioning/policy';
 * const outcome: ConflictsOutcome = 'not_applicable';
 * ```
 */
export type ConflictsOutcome = 'compliant' | 'pending' | 'warning' | 'breach' | 'not_applicable';

/**
 * What a finding is about: a panel member, the business case, a referral or a dispute.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsSubjectKind } from 'practice-based-commissioning/policy';
 * const kind: ConflictsSubjectKind = 'member';
 * ```
 */
export type ConflictsSubjectKind = 'member' | 'case' | 'referral' | 'dispute';

/**
 * Which date decides whether a rule was in force, and which values of its parameters apply:
 * `decision` (the date of the decision, or `asOf` while the case is pending), `submission` (the date
 * the case was submitted), `referral` (the date of the referral), `dispute` (the date the dispute
 * was raised).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsDateBasis } from 'practice-based-commissioning/policy';
 * const basis: ConflictsDateBasis = 'submission';
 * ```
 */
export type ConflictsDateBasis = 'decision' | 'submission' | 'referral' | 'dispute';

/**
 * One conflict-of-interest rule, as data: its stable id and key, what it requires, the dates it is in
 * force (with how sure the library is of them), the date that decides whether it applies, the
 * sources it encodes, its severity (the worst outcome it can give) and every outcome it can give.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { conflictsRuleCatalogue, type ConflictsRule } from 'practice-based-commissioning/policy';
 * const rule: ConflictsRule | undefined = conflictsRuleCatalogue.find((entry) => entry.key === 'DECISION_IN_TIME');
 * rule?.id; //=> 'COI-R08'
 * ```
 */
export interface ConflictsRule {
  /** The stable id, e.g. `COI-R03`. */
  readonly id: ConflictsRuleId;
  /** A stable, readable key, e.g. `RECUSAL`. */
  readonly key: string;
  /** A one-line title. */
  readonly title: string;
  /** What the rule requires, in plain English. */
  readonly requirement: string;
  /** First day in force (ISO date). */
  readonly from: string;
  /** Last day in force (ISO date). */
  readonly to: string;
  /** How sure the library is of `from` and `to`. */
  readonly dateConfidence: Confidence;
  /** Where the dates come from, and what was assumed. */
  readonly dateNote: string;
  /** Source ids for the dates (see `baselinePolicy.sources`). */
  readonly periodSources: readonly string[];
  /** Which date decides whether the rule applies to a subject. */
  readonly appliesOn: ConflictsDateBasis;
  /** What each finding of the rule is about. */
  readonly subject: ConflictsSubjectKind;
  /** Source ids the rule encodes (see `baselinePolicy.sources`). */
  readonly sources: readonly string[];
  /** The worst outcome the rule can give. */
  readonly severity: 'warning' | 'breach';
  /** Every outcome the rule can give. */
  readonly outcomes: readonly ConflictsOutcome[];
  /** Parameter ids the rule reads (see `baselinePolicy.parameters`). */
  readonly parameters: readonly string[];
}

const PCT_ERA_END = '2013-03-31';
const PCT_ERA_NOTE = 'Ends on 31 March 2013, when PCTs (and SHAs) were abolished.';
const PCT_ERA_SOURCES = ['wikipedia-nhs-primary-care-trust', 'wikipedia-list-of-pcts'] as const;

/**
 * The conflict-of-interest rules COI-R01 to COI-R11 as data (governance fact sheet §4 and "Model
 * implications" C). Every rule runs on every check; a rule whose dates do not cover the date it
 * applies on gives `not_applicable`, saying why. Frozen.
 *
 * | id | key | worst outcome |
 * |---|---|---|
 * | COI-R01 | REGISTER_COMPLETE | breach |
 * | COI-R02 | MINIMUM_LIST_CONFLICT | warning |
 * | COI-R03 | RECUSAL | breach |
 * | COI-R04 | PCT_DECIDES | breach |
 * | COI-R05 | WHAT_NOT_WHO | warning |
 * | COI-R06 | PROCUREMENT_ROUTE | breach |
 * | COI-R07 | REJECTION_REASONS | breach |
 * | COI-R08 | DECISION_IN_TIME | breach |
 * | COI-R09 | PUBLISHED_IN_PROSPECTUS | warning |
 * | COI-R10 | REFERRAL_DISCLOSURE | breach |
 * | COI-R11 | DISPUTE_TO_SHA | breach |
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { conflictsRuleCatalogue } from 'practice-based-commissioning/policy';
 * conflictsRuleCatalogue.length; //=> 11
 * conflictsRuleCatalogue.map(({ id, from, severity }) => `${id} ${from} ${severity}`)[1];
 * //=> 'COI-R02 2007-12-01 warning'
 * ```
 */
export const conflictsRuleCatalogue: readonly ConflictsRule[] = deepFreeze([
  {
    id: 'COI-R01',
    key: 'REGISTER_COMPLETE',
    title: 'The register of interests is complete for every member who takes part',
    requirement:
      'Every panel member who takes part in the decision has a declaration of interests on the register made before the decision, with every interest bearing on the case (in the proposer or a rival) declared before it, and, where the PCT sets a refresh interval, not older than that.',
    from: '2005-04-01',
    to: PCT_ERA_END,
    dateConfidence: 'derived',
    dateNote: `From the start of PBC in April 2005: PCT standing orders already required declarations, and extending them to PBC was left to local discretion. ${PCT_ERA_NOTE}`,
    periodSources: ['kf-2004-100pc', 'hfma-governance-issues', ...PCT_ERA_SOURCES],
    appliesOn: 'decision',
    subject: 'member',
    sources: ['hfma-governance-issues', 'pulse-2007-12-conflicts-warning'],
    severity: 'breach',
    outcomes: ['compliant', 'warning', 'breach', 'not_applicable'],
    parameters: ['conflicts.register.declarationMaxAgeDays'],
  },
  {
    id: 'COI-R02',
    key: 'MINIMUM_LIST_CONFLICT',
    title: "A member holding an interest on DH's minimum list in the proposer is conflicted",
    requirement:
      'A clinician is conflicted, as a minimum, if a director (including non-executive), owner, part-owner or employee of the body submitting the case; a partner or employee or close relative of one of its directors; or, where the body is a practice, a close relative of a member of the practice. A conflicted member must not take part (COI-R03).',
    from: '2007-12-01',
    to: PCT_ERA_END,
    dateConfidence: 'derived',
    dateNote: `DH guidance of December 2007 (day not known: taken as 1 December). ${PCT_ERA_NOTE}`,
    periodSources: ['dh-2007-12-pbc-governance', 'pulse-2007-12-conflicts-warning', ...PCT_ERA_SOURCES],
    appliesOn: 'decision',
    subject: 'member',
    sources: ['dh-2007-12-pbc-governance', 'pulse-2007-12-conflicts-warning'],
    severity: 'warning',
    outcomes: ['compliant', 'warning', 'not_applicable'],
    parameters: ['conflicts.minimumConflictingInterests'],
  },
  {
    id: 'COI-R03',
    key: 'RECUSAL',
    title: 'A conflicted member, or one with an interest in a rival service, takes no part in the decision',
    requirement:
      'A member who is conflicted (COI-R02), who is proposing to provide the service, or who has an interest in a service the proposal would rival, excludes themselves from the group making the decision.',
    from: '2006-11-01',
    to: PCT_ERA_END,
    dateConfidence: 'derived',
    dateNote: `The DH FAQ is undated; it clarifies the practical implementation guidance of November 2006 (taken as 1 November 2006). ${PCT_ERA_NOTE}`,
    periodSources: ['dh-faq-practical-implementation', 'dh-2006-practical-implementation', ...PCT_ERA_SOURCES],
    appliesOn: 'decision',
    subject: 'member',
    sources: ['dh-faq-practical-implementation', 'dh-2007-12-pbc-governance', 'pulse-2007-12-conflicts-warning'],
    severity: 'breach',
    outcomes: ['compliant', 'warning', 'breach', 'not_applicable'],
    parameters: ['conflicts.minimumConflictingInterests'],
  },
  {
    id: 'COI-R04',
    key: 'PCT_DECIDES',
    title: 'The PCT decides, never the proposer',
    requirement:
      'The decision on a business case is taken by the PCT (a committee accountable to its board, or the board), never by the proposer; where the PCT requires it, the committee is chaired by a non-executive director.',
    from: '2005-04-01',
    to: PCT_ERA_END,
    dateConfidence: 'derived',
    dateNote: `The PCT held the real budget and the accountability from the start of PBC in April 2005. ${PCT_ERA_NOTE}`,
    periodSources: ['dh-2004-engaging-practices', 'kf-2004-100pc', ...PCT_ERA_SOURCES],
    appliesOn: 'decision',
    subject: 'case',
    sources: ['hsj-pbc-briefing', 'dh-2004-engaging-practices', 'pbc-business-case-template'],
    severity: 'breach',
    outcomes: ['compliant', 'warning', 'breach', 'not_applicable'],
    parameters: ['conflicts.panel.nonExecutiveChairRequired'],
  },
  {
    id: 'COI-R05',
    key: 'WHAT_NOT_WHO',
    title: 'A case whose proposer would provide says what is needed, not who provides it',
    requirement:
      'When the proposer would provide the service, the business case sets out what service is needed and does not name the provider; once approved, procurement is a PCT function in which the proposer may bid.',
    from: '2005-04-01',
    to: PCT_ERA_END,
    dateConfidence: 'unconfirmed',
    dateNote: `The template that states the rule is undated; it is applied from the start of PBC in April 2005 (Darzi promised in June 2008 to clarify the separation). ${PCT_ERA_NOTE}`,
    periodSources: ['pbc-business-case-template', 'kf-2004-100pc', ...PCT_ERA_SOURCES],
    appliesOn: 'submission',
    subject: 'case',
    sources: ['pbc-business-case-template', 'pulse-2008-darzi-pbc'],
    severity: 'warning',
    outcomes: ['compliant', 'warning', 'not_applicable'],
    parameters: [],
  },
  {
    id: 'COI-R06',
    key: 'PROCUREMENT_ROUTE',
    title: 'The procurement route suits the case',
    requirement:
      'A competitive tender always suits. Any willing provider suits a service open to more than one provider. A direct award needs value for money documented, and above a tender threshold (a local figure: the sources disagree about £150,000) a single-provider service needs a competitive tender.',
    from: '2006-11-01',
    to: PCT_ERA_END,
    dateConfidence: 'derived',
    dateNote: `The November 2006 guidance let PCTs designate willing providers (taken as from 1 November 2006). ${PCT_ERA_NOTE}`,
    periodSources: ['hfma-governance-issues', 'dh-2006-practical-implementation', ...PCT_ERA_SOURCES],
    appliesOn: 'decision',
    subject: 'case',
    sources: ['hfma-governance-issues', 'pulse-dispelling-pbc-myths', 'pulse-picking-apart-guidance', 'gponline-tender-150k', 'hsj-procurement-tendering-rules'],
    severity: 'breach',
    outcomes: ['compliant', 'warning', 'breach', 'not_applicable'],
    parameters: ['conflicts.procurement.tenderThreshold', 'conflicts.prcc.inForce'],
  },
  {
    id: 'COI-R07',
    key: 'REJECTION_REASONS',
    title: 'A rejection states its reasons and what would resolve them',
    requirement: 'A PCT that does not support a business case states clearly why, and what actions would resolve the problem.',
    from: '2006-11-01',
    to: PCT_ERA_END,
    dateConfidence: 'derived',
    dateNote: `DH practical implementation guidance, November 2006 (taken as 1 November 2006). ${PCT_ERA_NOTE}`,
    periodSources: ['dh-2006-practical-implementation', 'hfma-governance-issues', ...PCT_ERA_SOURCES],
    appliesOn: 'decision',
    subject: 'case',
    sources: ['dh-2006-practical-implementation', 'hfma-governance-issues'],
    severity: 'breach',
    outcomes: ['compliant', 'breach', 'not_applicable'],
    parameters: [],
  },
  {
    id: 'COI-R08',
    key: 'DECISION_IN_TIME',
    title: 'The PCT decides within the time limit',
    requirement:
      'The PCT decides a business case within at most eight weeks (56 days) of submission for cases submitted from March 2009; before then the limit is a local one. A decision late, or a case still pending past the limit, is a breach to escalate to the SHA; a case still pending within the limit is pending.',
    from: '2005-04-01',
    to: PCT_ERA_END,
    dateConfidence: 'confirmed',
    dateNote: `The rule runs from the start of PBC; its limit is the parameter entitlements.businessCaseDecisionDays (56 days from 1 March 2009, a local value before). ${PCT_ERA_NOTE}`,
    periodSources: ['digitalhealth-2009-03-vision', 'kf-2004-100pc', ...PCT_ERA_SOURCES],
    appliesOn: 'submission',
    subject: 'case',
    sources: ['digitalhealth-2009-03-vision', 'pulse-2009-kick-starting-pbc'],
    severity: 'breach',
    outcomes: ['compliant', 'pending', 'breach', 'not_applicable'],
    parameters: ['entitlements.businessCaseDecisionDays'],
  },
  {
    id: 'COI-R09',
    key: 'PUBLISHED_IN_PROSPECTUS',
    title: 'An approved plan is published in the PCT prospectus',
    requirement: 'PBC plans form the basis of the PCT commissioning plans and are included in the annual PCT prospectus.',
    from: '2006-11-01',
    to: PCT_ERA_END,
    dateConfidence: 'derived',
    dateNote: `The DH FAQ is undated; it clarifies the November 2006 guidance (taken as 1 November 2006). ${PCT_ERA_NOTE}`,
    periodSources: ['dh-faq-practical-implementation', 'dh-2006-practical-implementation', ...PCT_ERA_SOURCES],
    appliesOn: 'decision',
    subject: 'case',
    sources: ['dh-faq-practical-implementation'],
    severity: 'warning',
    outcomes: ['compliant', 'warning', 'not_applicable'],
    parameters: [],
  },
  {
    id: 'COI-R10',
    key: 'REFERRAL_DISCLOSURE',
    title: 'A referral to a service the clinician has a financial interest in needs choice offered and the interest disclosed',
    requirement:
      'A GP may refer a patient to a service in which they have a financial interest only after offering the patient all the available options and disclosing the interest; otherwise they risk breaching their contract and GMC guidance.',
    from: '2005-04-01',
    to: PCT_ERA_END,
    dateConfidence: 'unconfirmed',
    dateNote: `The PBC test is reported in 2008; contract and GMC duties applied throughout, so the rule runs from the start of PBC in April 2005. ${PCT_ERA_NOTE}`,
    periodSources: ['pulse-dispelling-pbc-myths', 'kf-2004-100pc', ...PCT_ERA_SOURCES],
    appliesOn: 'referral',
    subject: 'referral',
    sources: ['pulse-dispelling-pbc-myths'],
    severity: 'breach',
    outcomes: ['compliant', 'warning', 'breach', 'not_applicable'],
    parameters: [],
  },
  {
    id: 'COI-R11',
    key: 'DISPUTE_TO_SHA',
    title: 'A dispute goes to SHA arbitration, whose result binds both sides',
    requirement:
      'A dispute between practice and PCT that they cannot resolve goes to SHA arbitration; both the practice and the PCT are expected to follow the arbitration decision.',
    from: '2005-04-01',
    to: PCT_ERA_END,
    dateConfidence: 'derived',
    dateNote: `Arbitration appears in the October 2004 guidance (budget disputes) and in the DH FAQ; applied from the start of PBC in April 2005. ${PCT_ERA_NOTE}`,
    periodSources: ['dh-2004-engaging-practices', 'dh-faq-practical-implementation', ...PCT_ERA_SOURCES],
    appliesOn: 'dispute',
    subject: 'dispute',
    sources: ['dh-faq-practical-implementation', 'experts123-sha-arbitration', 'dh-2004-engaging-practices'],
    severity: 'breach',
    outcomes: ['compliant', 'warning', 'breach', 'not_applicable'],
    parameters: [],
  },
]);
