/**
 * The conflict-of-interest rules as data (governance fact sheet §4 and "Model implications" C), so a
 * governance lead can list them, with their sources, the parameters they read and the outcomes they
 * can give, without running a check. Re-exported by `src/policy/index.ts`.
 *
 * @module
 */
import type { FindingOutcome } from '../../core/finding.js';
import { deepFreeze } from '../../core/freeze.js';
import type { RuleCatalogueEntry } from '../../core/rules.js';

/**
 * The id of a conflict-of-interest rule: `conflicts.<rule>`, in the order of the published numbers
 * COI-R01 to COI-R11 (kept as each entry's `reference`), then the two rules on the PCT as commissioner
 * and provider, COI-R12 and COI-R13.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsRuleId } from 'practice-based-commissioning/policy';
 * const recusal: ConflictsRuleId = 'conflicts.recusal';
 * ```
 */
export type ConflictsRuleId =
  | 'conflicts.registerComplete'
  | 'conflicts.minimumListConflict'
  | 'conflicts.recusal'
  | 'conflicts.pctDecides'
  | 'conflicts.whatNotWho'
  | 'conflicts.procurementRoute'
  | 'conflicts.rejectionReasons'
  | 'conflicts.decisionInTime'
  | 'conflicts.publishedInProspectus'
  | 'conflicts.referralDisclosure'
  | 'conflicts.disputeToSha'
  | 'conflicts.providerArmSeparated'
  | 'conflicts.providerArmChosenFairly';

/**
 * What a conflicts finding is about: a panel member, the business case, a referral or a dispute.
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
 * Which date decides whether a rule is in force, and which values of its parameters apply:
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
 * One conflict-of-interest rule in the catalogue: a {@link RuleCatalogueEntry} whose id is a
 * {@link ConflictsRuleId}, whose `inForce` names the dated boolean (`conflicts.<rule>.inForce`)
 * that says when it is in force, with the date that decides it (`appliesOn`) and what each of its
 * findings is about (`subject`).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { conflictsRuleCatalogue, type ConflictsRule } from 'practice-based-commissioning/policy';
 * const rule: ConflictsRule | undefined = conflictsRuleCatalogue.find((entry) => entry.reference === 'COI-R08');
 * rule?.id; //=> 'conflicts.decisionInTime'
 * ```
 */
export interface ConflictsRule extends RuleCatalogueEntry {
  readonly id: ConflictsRuleId;
  readonly inForce: string;
  readonly reference: string;
  readonly requirement: string;
  /** Which date decides whether the rule is in force for a subject, and which parameter values apply. */
  readonly appliesOn: ConflictsDateBasis;
  /** What each finding of the rule is about (a rule with nothing to check reports once about the case). */
  readonly subject: ConflictsSubjectKind;
}

const rule = (entry: Omit<ConflictsRule, 'version' | 'inForce' | 'parameters'> & { readonly reads: readonly string[] }): ConflictsRule => {
  const { reads, ...rest } = entry;
  const inForce = `${entry.id}.inForce`;
  return { ...rest, version: '1', inForce, parameters: [inForce, ...reads] };
};

const ALL: readonly FindingOutcome[] = ['compliant', 'warning', 'breach', 'not_applicable'];

/**
 * The conflict-of-interest rules, COI-R01 to COI-R13, as data. Every rule runs on every check; a
 * rule whose in-force parameter is false (or has no value) on the date it applies on gives
 * `not_applicable`, saying why. `parameters` lists every parameter the rule reads, its in-force
 * parameter first. Frozen.
 *
 * | id | reference | worst outcome |
 * |---|---|---|
 * | conflicts.registerComplete | COI-R01 | breach |
 * | conflicts.minimumListConflict | COI-R02 | warning |
 * | conflicts.recusal | COI-R03 | breach |
 * | conflicts.pctDecides | COI-R04 | breach |
 * | conflicts.whatNotWho | COI-R05 | warning |
 * | conflicts.procurementRoute | COI-R06 | breach |
 * | conflicts.rejectionReasons | COI-R07 | breach |
 * | conflicts.decisionInTime | COI-R08 | breach |
 * | conflicts.publishedInProspectus | COI-R09 | warning |
 * | conflicts.referralDisclosure | COI-R10 | breach |
 * | conflicts.disputeToSha | COI-R11 | breach |
 * | conflicts.providerArmSeparated | COI-R12 | breach |
 * | conflicts.providerArmChosenFairly | COI-R13 | breach |
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { conflictsRuleCatalogue } from 'practice-based-commissioning/policy';
 * conflictsRuleCatalogue.length; //=> 13
 * conflictsRuleCatalogue.map(({ id, reference, inForce }) => `${id} ${reference} ${inForce}`)[1];
 * //=> 'conflicts.minimumListConflict COI-R02 conflicts.minimumListConflict.inForce'
 * ```
 */
export const conflictsRuleCatalogue: readonly ConflictsRule[] = deepFreeze([
  rule({
    id: 'conflicts.registerComplete',
    appliesOn: 'decision',
    subject: 'member',
    reference: 'COI-R01',
    title: 'The register of interests is complete for every member who takes part',
    requirement:
      'Every panel member who takes part in the decision has a declaration of interests on the register made before the decision, with every interest bearing on the case (in the proposer or a rival) declared before it, and, where the PCT sets a refresh interval, not older than that.',
    sources: ['hfma-governance-issues', 'pulse-2007-12-conflicts-warning'],
    outcomes: ALL,
    reads: ['conflicts.register.declarationMaxAgeDays'],
  }),
  rule({
    id: 'conflicts.minimumListConflict',
    appliesOn: 'decision',
    subject: 'member',
    reference: 'COI-R02',
    title: "A member holding an interest on DH's minimum list in the proposer is conflicted",
    requirement:
      'A clinician is conflicted, as a minimum, if a director (including non-executive), owner, part-owner or employee of the body submitting the case; a partner or employee or close relative of one of its directors; or, where the body is a practice, a close relative of a member of the practice. A conflicted member must not take part (conflicts.recusal).',
    sources: ['dh-2007-12-pbc-governance', 'pulse-2007-12-conflicts-warning'],
    outcomes: ['compliant', 'warning', 'not_applicable'],
    reads: ['conflicts.minimumConflictingInterests'],
  }),
  rule({
    id: 'conflicts.recusal',
    appliesOn: 'decision',
    subject: 'member',
    reference: 'COI-R03',
    title: 'A conflicted member, or one with an interest in a rival service, takes no part in the decision',
    requirement:
      'A member who is conflicted (conflicts.minimumListConflict), who is proposing to provide the service, or who has an interest in a service the proposal would rival, excludes themselves from the group making the decision.',
    sources: ['dh-faq-practical-implementation', 'dh-2007-12-pbc-governance', 'pulse-2007-12-conflicts-warning'],
    outcomes: ALL,
    reads: ['conflicts.minimumListConflict.inForce', 'conflicts.minimumConflictingInterests'],
  }),
  rule({
    id: 'conflicts.pctDecides',
    appliesOn: 'decision',
    subject: 'case',
    reference: 'COI-R04',
    title: 'The PCT decides, never the proposer',
    requirement:
      'The decision on a business case is taken by the PCT (a committee accountable to its board, or the board), never by the proposer; where the PCT requires it, the committee is chaired by a non-executive director.',
    sources: ['hsj-pbc-briefing', 'dh-2004-engaging-practices', 'pbc-business-case-template'],
    outcomes: ALL,
    reads: ['conflicts.panel.nonExecutiveChairRequired'],
  }),
  rule({
    id: 'conflicts.whatNotWho',
    appliesOn: 'submission',
    subject: 'case',
    reference: 'COI-R05',
    title: 'A case whose proposer would provide says what is needed, not who provides it',
    requirement:
      'When the proposer would provide the service, the business case sets out what service is needed and does not name the provider; once approved, procurement is a PCT function in which the proposer may bid.',
    sources: ['pbc-business-case-template', 'pulse-2008-darzi-pbc'],
    outcomes: ['compliant', 'warning', 'not_applicable'],
    reads: [],
  }),
  rule({
    id: 'conflicts.procurementRoute',
    appliesOn: 'decision',
    subject: 'case',
    reference: 'COI-R06',
    title: 'The procurement route suits the case',
    requirement:
      'A competitive tender always suits. Any willing provider suits a service open to more than one provider. A direct award needs value for money documented, and above a tender threshold (a local figure: the sources disagree about £150,000) a single-provider service needs a competitive tender.',
    sources: ['hfma-governance-issues', 'pulse-dispelling-pbc-myths', 'pulse-picking-apart-guidance', 'gponline-tender-150k', 'hsj-procurement-tendering-rules'],
    outcomes: ALL,
    reads: ['conflicts.procurement.tenderThreshold', 'conflicts.prcc.inForce'],
  }),
  rule({
    id: 'conflicts.rejectionReasons',
    appliesOn: 'decision',
    subject: 'case',
    reference: 'COI-R07',
    title: 'A rejection states its reasons and what would resolve them',
    requirement: 'A PCT that does not support a business case states clearly why, and what actions would resolve the problem.',
    sources: ['dh-2006-practical-implementation', 'hfma-governance-issues'],
    outcomes: ['compliant', 'breach', 'not_applicable'],
    reads: [],
  }),
  rule({
    id: 'conflicts.decisionInTime',
    appliesOn: 'submission',
    subject: 'case',
    reference: 'COI-R08',
    title: 'The PCT decides within the time limit',
    requirement:
      'The PCT decides a business case within at most eight weeks (56 days) of submission for cases submitted from March 2009; before then the limit is a local one. A decision late, or a case still pending past the limit, is a breach to escalate to the SHA; a case still pending within the limit is pending.',
    sources: ['digitalhealth-2009-03-vision', 'pulse-2009-kick-starting-pbc'],
    outcomes: ['compliant', 'pending', 'breach', 'not_applicable'],
    reads: ['entitlements.businessCaseDecisionDays'],
  }),
  rule({
    id: 'conflicts.publishedInProspectus',
    appliesOn: 'decision',
    subject: 'case',
    reference: 'COI-R09',
    title: 'An approved plan is published in the PCT prospectus',
    requirement: 'PBC plans form the basis of the PCT commissioning plans and are included in the annual PCT prospectus.',
    sources: ['dh-faq-practical-implementation'],
    outcomes: ['compliant', 'warning', 'not_applicable'],
    reads: [],
  }),
  rule({
    id: 'conflicts.referralDisclosure',
    appliesOn: 'referral',
    subject: 'referral',
    reference: 'COI-R10',
    title: 'A referral to a service the clinician has a financial interest in needs choice offered and the interest disclosed',
    requirement:
      'A GP may refer a patient to a service in which they have a financial interest only after offering the patient all the available options and disclosing the interest; otherwise they risk breaching their contract and GMC guidance.',
    sources: ['pulse-dispelling-pbc-myths'],
    outcomes: ALL,
    reads: [],
  }),
  rule({
    id: 'conflicts.disputeToSha',
    appliesOn: 'dispute',
    subject: 'dispute',
    reference: 'COI-R11',
    title: 'A dispute goes to SHA arbitration, whose result binds both sides',
    requirement:
      'A dispute between practice and PCT that they cannot resolve goes to SHA arbitration; both the practice and the PCT are expected to follow the arbitration decision.',
    sources: ['dh-faq-practical-implementation', 'dh-faq-fur-sharing', 'dh-2004-engaging-practices'],
    outcomes: ALL,
    reads: [],
  }),
  rule({
    id: 'conflicts.providerArmSeparated',
    appliesOn: 'decision',
    subject: 'case',
    reference: 'COI-R12',
    title: "The PCT's commissioning is separated from its own provider arm when the arm bids for, or is chosen for, the service",
    requirement:
      "When the PCT's own provider services (its provider arm) bid for, or are chosen for, a service that a PBC business case proposes, the PCT's commissioning is separated from that arm at least as far as required on the day: begun (an internal split) under the 2008/09 Operating Framework; a contractual relationship by 1 April 2009; the services transferred out of the PCT by April 2011.",
    sources: ['navigator-2009-01-tcs', 'hsj-2009-commissioner-provider-divide', 'hsj-2010-tcs-where-now', 'hsj-2006-separating-services'],
    outcomes: ['compliant', 'warning', 'breach', 'not_applicable'],
    reads: ['conflicts.providerArm.requiredSeparation'],
  }),
  rule({
    id: 'conflicts.providerArmChosenFairly',
    appliesOn: 'decision',
    subject: 'case',
    reference: 'COI-R13',
    title: "The PCT's own provider arm is chosen for the service only through a fair, open route",
    requirement:
      "A PCT that chooses its own provider arm for a service a PBC business case proposes does so through a competitive tender or any willing (PCT-accredited) provider, procuring on a transparent and non-discriminatory basis (PRCC); a direct award to its own arm is a warning, and a breach when the practice or group that proposed the service wanted to provide it.",
    sources: ['dh-2007-12-prcc', 'lexology-ccp-prcc', 'navigator-2009-01-tcs', 'pbc-business-case-template'],
    outcomes: ['compliant', 'warning', 'breach', 'not_applicable'],
    reads: ['conflicts.prcc.inForce'],
  }),
]);
