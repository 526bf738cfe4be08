/**
 * The conflicts area's inputs as zod schemas: the business case, the decision panel with its
 * register of interests, referrals, an optional dispute, and the PCT's local values. Types are
 * inferred from the schemas.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateTextSchema } from '../core/calendar.js';
import { PenceSchema } from '../core/money.js';

const IdSchema = z.string().trim().min(1, { message: 'must not be empty' });

/**
 * The kinds of interest a member can declare in a body (governance fact sheet, "Model
 * implications" C). The first eight are the kinds on DH's December 2007 minimum list; `other` is any
 * other interest (a shareholding in a supplier, a sessional contract, the unconfirmed fourth item of
 * the minimum list…). A GP partner of a practice is its `part_owner`.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsInterestKindSchema } from 'practice-based-commissioning/schemas';
 * ConflictsInterestKindSchema.safeParse('part_owner').success; //=> true
 * ConflictsInterestKindSchema.safeParse('friend').success;     //=> false
 * ```
 */
export const ConflictsInterestKindSchema = z
  .enum([
    'director',
    'non_executive_director',
    'owner',
    'part_owner',
    'employee',
    'partner_or_employee_of_director',
    'close_relative_of_director',
    'close_relative_of_practice_member',
    'other',
  ])
  .meta({ description: 'The kind of interest declared in a body.' });

/**
 * See {@link ConflictsInterestKindSchema}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsInterestKind } from 'practice-based-commissioning';
 * const kind: ConflictsInterestKind = 'close_relative_of_director';
 * ```
 */
export type ConflictsInterestKind = z.infer<typeof ConflictsInterestKindSchema>;

/**
 * The zod schema for one entry on the register of interests: the body the interest is in, its kind,
 * and the date it was declared.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsDeclaredInterestSchema } from 'practice-based-commissioning/schemas';
 * ConflictsDeclaredInterestSchema.parse({ bodyId: 'Z90001', kind: 'part_owner', declaredOn: '2009-01-05' });
 * ```
 */
export const ConflictsDeclaredInterestSchema = z
  .object({
    bodyId: IdSchema.meta({ description: 'The body the interest is in: a practice code, a PBC group or a provider company.' }),
    kind: ConflictsInterestKindSchema,
    declaredOn: IsoDateTextSchema.meta({ description: 'The date the interest was entered on the register (YYYY-MM-DD).' }),
    description: z.string().optional().meta({ description: 'Free text, e.g. "GP partner" or "wife is a director".' }),
  })
  .strict()
  .meta({ description: 'An interest declared on the register.' });

/**
 * See {@link ConflictsDeclaredInterestSchema}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsDeclaredInterest } from 'practice-based-commissioning';
 * const interest: ConflictsDeclaredInterest = { bodyId: 'Z90001', kind: 'part_owner', declaredOn: '2009-01-05' };
 * ```
 */
export type ConflictsDeclaredInterest = z.input<typeof ConflictsDeclaredInterestSchema>;

/**
 * The roles a panel member can hold.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsMemberRoleSchema } from 'practice-based-commissioning/schemas';
 * ConflictsMemberRoleSchema.options.includes('non_executive_director'); //=> true
 * ```
 */
export const ConflictsMemberRoleSchema = z
  .enum(['clinician', 'pct_officer', 'non_executive_director', 'lay_member', 'other'])
  .meta({ description: "The member's role on the panel." });

/**
 * The zod schema for a member of the panel that decides a business case, with their entries on the
 * register of interests.
 *
 * - `participated`: whether the member took part in the decision (or, while the case is pending, in
 *   its consideration so far).
 * - `declarationOn`: the date of the member's declaration of interests in force at the decision (or,
 *   while the case is pending, their latest), which may declare none; when absent, the latest
 *   `declaredOn` of their interests up to the decision stands for it, and a member with neither has
 *   no declaration on the register.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsPanelMemberSchema } from 'practice-based-commissioning/schemas';
 * ConflictsPanelMemberSchema.parse({
 *   id: 'm1', name: 'Dr Asha Patel', role: 'clinician', participated: true, declarationOn: '2009-01-05',
 *   interests: [{ bodyId: 'Z90001', kind: 'part_owner', declaredOn: '2009-01-05' }],
 * });
 * ```
 */
export const ConflictsPanelMemberSchema = z
  .object({
    id: IdSchema.meta({ description: 'A unique id for the member (referrals use it as clinicianId).' }),
    name: z.string().optional().meta({ description: 'The name to use in messages.' }),
    role: ConflictsMemberRoleSchema,
    participated: z.boolean().meta({ description: 'Whether the member took part in the decision.' }),
    declarationOn: IsoDateTextSchema.optional().meta({ description: "The date of the member's declaration of interests in force at the decision, or the latest while the case is pending (YYYY-MM-DD)." }),
    interests: z.array(ConflictsDeclaredInterestSchema).meta({ description: "The member's entries on the register; empty when they declared none." }),
  })
  .strict()
  .meta({ description: 'A member of the decision panel and their declared interests.' });

/**
 * See {@link ConflictsPanelMemberSchema}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsPanelMember } from 'practice-based-commissioning';
 * const member: ConflictsPanelMember = { id: 'm2', role: 'pct_officer', participated: true, declarationOn: '2009-01-05', interests: [] };
 * ```
 */
export type ConflictsPanelMember = z.input<typeof ConflictsPanelMemberSchema>;

/**
 * The zod schema for the panel that decides a business case: its members (the register) and,
 * optionally, which member chaired it.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsPanelSchema } from 'practice-based-commissioning/schemas';
 * ConflictsPanelSchema.parse({ chairMemberId: 'ned', members: [{ id: 'ned', role: 'non_executive_director', participated: true, declarationOn: '2009-01-05', interests: [] }] });
 * ```
 */
export const ConflictsPanelSchema = z
  .object({
    chairMemberId: IdSchema.optional().meta({ description: 'The id of the member who chaired the panel.' }),
    members: z.array(ConflictsPanelMemberSchema).meta({ description: 'Every member of the panel, whether or not they took part.' }),
  })
  .strict()
  .meta({ description: 'The panel that decides the business case.' });

/**
 * See {@link ConflictsPanelSchema}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsPanel } from 'practice-based-commissioning';
 * const panel: ConflictsPanel = { members: [] };
 * ```
 */
export type ConflictsPanel = z.input<typeof ConflictsPanelSchema>;

/**
 * The zod schema for the PCT's decision on a business case. The library never makes this decision;
 * it checks how it was made.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsDecisionSchema } from 'practice-based-commissioning/schemas';
 * ConflictsDecisionSchema.parse({
 *   outcome: 'rejected', decidedOn: '2009-05-20', decidedBy: 'pct_committee',
 *   reasons: ['activity model not evidenced'], remedialActions: ['resubmit with six months of referral data'],
 * });
 * ```
 */
export const ConflictsDecisionSchema = z
  .object({
    outcome: z.enum(['approved', 'rejected', 'deferred']).meta({ description: 'What the PCT decided.' }),
    decidedOn: IsoDateTextSchema.meta({ description: 'The date of the decision (YYYY-MM-DD).' }),
    decidedBy: z
      .enum(['pct_committee', 'pct_board', 'proposer', 'other'])
      .meta({ description: 'Who took the decision: a PCT committee, the PCT board, the proposer itself, or someone else.' }),
    reasons: z.array(z.string().trim().min(1)).optional().meta({ description: 'The reasons given for the decision.' }),
    remedialActions: z.array(z.string().trim().min(1)).optional().meta({ description: 'For a rejection: the actions that would resolve the problem.' }),
  })
  .strict()
  .meta({ description: "The PCT's decision on the business case." });

/**
 * See {@link ConflictsDecisionSchema}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsDecision } from 'practice-based-commissioning';
 * const decision: ConflictsDecision = { outcome: 'approved', decidedOn: '2009-05-20', decidedBy: 'pct_board' };
 * ```
 */
export type ConflictsDecision = z.input<typeof ConflictsDecisionSchema>;

/**
 * The zod schema for the PCT's own provider services (its provider arm) in relation to the service a
 * business case proposes: whether the arm bids for it, whether the PCT chose it, and how far the
 * PCT's commissioning is separated from it on the day.
 *
 * - `separation`: `none`; `internal` (an internal split, such as an autonomous provider unit, with no
 *   contract); `contractual` (the arm works to a contract with the commissioning side, such as the
 *   Standard NHS Contract for Community Services); `divested` (the services were transferred out of
 *   the PCT). Absent when not recorded.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsPctProviderArmSchema } from 'practice-based-commissioning/schemas';
 * ConflictsPctProviderArmSchema.parse({ name: 'Provider Services', bids: true, chosen: false, separation: 'contractual' });
 * ```
 */
export const ConflictsPctProviderArmSchema = z
  .object({
    name: z.string().optional().meta({ description: "The provider arm's name, for messages." }),
    bids: z.boolean().meta({ description: "Whether the PCT's provider arm bids (or offers) to provide the service." }),
    chosen: z.boolean().optional().meta({ description: 'Whether the PCT chose its provider arm to provide the service; absent while not yet chosen.' }),
    separation: z
      .enum(['none', 'internal', 'contractual', 'divested'])
      .optional()
      .meta({ description: "How far the PCT's commissioning is separated from its provider arm; absent when not recorded." }),
  })
  .strict()
  .meta({ description: "The PCT's own provider arm and the service the business case proposes." });

/**
 * See {@link ConflictsPctProviderArmSchema}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsPctProviderArm } from 'practice-based-commissioning';
 * const arm: ConflictsPctProviderArm = { bids: true, separation: 'internal' };
 * ```
 */
export type ConflictsPctProviderArm = z.input<typeof ConflictsPctProviderArmSchema>;

/**
 * The zod schema for a PBC business case as the conflict rules see it.
 *
 * - `proposer`: the body submitting the case (`isPractice` matters for the minimum list).
 * - `proposesToProvide`: whether the proposer would provide the service itself.
 * - `namesProvider`: whether the case names who is to provide the service.
 * - `rivalBodyIds`: bodies whose current (or proposed) services the proposed service would directly
 *   rival; a member with an interest in one of them must not take part.
 * - `value`: the estimated value of the service, in whole pence.
 * - `procurementRoute`, `singleProviderSought`, `valueForMoneyDocumented`: how the service is to be
 *   procured.
 * - `submittedOn`, `decision`: the dates and the decision; no `decision` means the case is pending.
 * - `publishedInProspectus`: whether the approved plan is in the PCT prospectus.
 * - `pctProviderArm`: the PCT's own provider arm, when it bids for or is chosen for the service;
 *   absent when the caller does not say (the provider-arm rules then report `not_applicable`, saying
 *   they were not checked).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsBusinessCaseSchema } from 'practice-based-commissioning/schemas';
 * ConflictsBusinessCaseSchema.parse({
 *   id: 'bc-2009-014', title: 'Community dermatology clinic',
 *   proposer: { bodyId: 'Z90001', isPractice: true },
 *   proposesToProvide: true, namesProvider: false, singleProviderSought: false,
 *   value: 12_000_000, procurementRoute: 'any_willing_provider', submittedOn: '2009-04-06',
 * });
 * ```
 */
export const ConflictsBusinessCaseSchema = z
  .object({
    id: IdSchema.meta({ description: 'The business case reference.' }),
    title: z.string().optional().meta({ description: 'A short title for messages.' }),
    proposer: z
      .object({
        bodyId: IdSchema.meta({ description: 'The body submitting the case (a practice code, PBC group or company).' }),
        name: z.string().optional().meta({ description: 'Its name, for messages.' }),
        isPractice: z.boolean().meta({ description: 'Whether the body is a GP practice.' }),
      })
      .strict()
      .meta({ description: 'The body submitting the business case.' }),
    proposesToProvide: z.boolean().meta({ description: 'Whether the proposer would provide the service itself.' }),
    namesProvider: z.boolean().meta({ description: 'Whether the case names who is to provide the service.' }),
    rivalBodyIds: z.array(IdSchema).optional().meta({ description: 'Bodies whose services the proposed service would directly rival.' }),
    singleProviderSought: z.boolean().meta({ description: 'Whether only one provider is wanted (rather than any willing provider).' }),
    value: PenceSchema.refine((amount) => amount >= 0, { message: 'must not be negative' }).meta({
      description: 'The estimated value of the service, in whole pence.',
    }),
    procurementRoute: z
      .enum(['competitive_tender', 'any_willing_provider', 'direct_award'])
      .optional()
      .meta({ description: 'How the service is (to be) procured; absent while not yet chosen.' }),
    valueForMoneyDocumented: z.boolean().optional().meta({ description: 'Whether benefit and value for money are documented.' }),
    submittedOn: IsoDateTextSchema.meta({ description: 'The date the case was submitted to the PCT (YYYY-MM-DD).' }),
    decision: ConflictsDecisionSchema.optional(),
    publishedInProspectus: z.boolean().optional().meta({ description: 'Whether the approved plan is included in the PCT prospectus.' }),
    pctProviderArm: ConflictsPctProviderArmSchema.optional(),
  })
  .strict()
  .meta({ description: 'A PBC business case.' });

/**
 * See {@link ConflictsBusinessCaseSchema}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsBusinessCase } from 'practice-based-commissioning';
 * declare const businessCase: ConflictsBusinessCase;
 * businessCase.decision?.outcome;
 * ```
 */
export type ConflictsBusinessCase = z.input<typeof ConflictsBusinessCaseSchema>;

/**
 * The zod schema for a referral checked under the patient-choice rule: who referred, to which
 * provider, whether the clinician has a financial interest in it, whether the patient was offered
 * the other options and told of the interest.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsReferralSchema } from 'practice-based-commissioning/schemas';
 * ConflictsReferralSchema.parse({
 *   id: 'ref-1', clinicianId: 'm1', providerBodyId: 'derm-llp', referredOn: '2009-09-01',
 *   clinicianHasFinancialInterest: true, choiceOffered: true, interestDisclosedToPatient: false,
 * });
 * ```
 */
export const ConflictsReferralSchema = z
  .object({
    id: IdSchema.meta({ description: 'A reference for the referral (no patient identifiers).' }),
    clinicianId: IdSchema.meta({ description: 'The referring clinician; when they are on the panel, the same id as their member entry.' }),
    providerBodyId: IdSchema.optional().meta({ description: 'The body providing the service referred to.' }),
    referredOn: IsoDateTextSchema.meta({ description: 'The date of the referral (YYYY-MM-DD).' }),
    clinicianHasFinancialInterest: z.boolean().meta({ description: 'Whether the referring clinician has a financial interest in the provider.' }),
    choiceOffered: z.boolean().meta({ description: 'Whether the patient was offered all the available options.' }),
    interestDisclosedToPatient: z.boolean().meta({ description: "Whether the clinician's interest was disclosed to the patient." }),
  })
  .strict()
  .meta({ description: 'A referral to a service.' });

/**
 * See {@link ConflictsReferralSchema}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsReferral } from 'practice-based-commissioning';
 * const referral: ConflictsReferral = { id: 'r1', clinicianId: 'gp-7', referredOn: '2009-09-01', clinicianHasFinancialInterest: false, choiceOffered: true, interestDisclosedToPatient: false };
 * ```
 */
export type ConflictsReferral = z.input<typeof ConflictsReferralSchema>;

/**
 * The zod schema for a dispute between the practice (or PBC group) and the PCT about the case:
 * when it was raised, whether it was resolved locally or referred to SHA arbitration, and the
 * arbitration result and whether each side followed it.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsDisputeSchema } from 'practice-based-commissioning/schemas';
 * ConflictsDisputeSchema.parse({
 *   id: 'd1', raisedBy: 'practice', raisedOn: '2009-07-01', referredToShaOn: '2009-07-20',
 *   arbitration: { decidedOn: '2009-09-15', result: 'PCT to reconsider with the audit data', followedByPractice: true, followedByPct: true },
 * });
 * ```
 */
export const ConflictsDisputeSchema = z
  .object({
    id: IdSchema.meta({ description: 'A reference for the dispute.' }),
    raisedBy: z.enum(['practice', 'pct']).meta({ description: 'Which side raised the dispute.' }),
    raisedOn: IsoDateTextSchema.meta({ description: 'The date the dispute was raised (YYYY-MM-DD).' }),
    resolvedLocallyOn: IsoDateTextSchema.optional().meta({ description: 'The date practice and PCT resolved it between themselves, if they did.' }),
    referredToShaOn: IsoDateTextSchema.optional().meta({ description: 'The date it was referred to SHA arbitration, if it was.' }),
    arbitration: z
      .object({
        decidedOn: IsoDateTextSchema.meta({ description: 'The date of the arbitration decision (YYYY-MM-DD).' }),
        result: z.string().trim().min(1).meta({ description: 'What the arbitration group decided.' }),
        followedByPractice: z.boolean().meta({ description: 'Whether the practice (or PBC group) followed the decision.' }),
        followedByPct: z.boolean().meta({ description: 'Whether the PCT followed the decision.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'The SHA arbitration decision, once made.' }),
  })
  .strict()
  .meta({ description: 'A dispute about the case between practice and PCT.' });

/**
 * See {@link ConflictsDisputeSchema}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsDispute } from 'practice-based-commissioning';
 * const dispute: ConflictsDispute = { id: 'd1', raisedBy: 'pct', raisedOn: '2009-07-01' };
 * ```
 */
export type ConflictsDispute = z.input<typeof ConflictsDisputeSchema>;

/**
 * The zod schema for the PCT's own values, used where the policy has no national value (`null`):
 * the pre-March-2009 decision limit, the tender threshold, whether a non-executive director must
 * chair the panel, and how old a declaration of interests may be. Where the policy has a national
 * value, it governs and the local value is noted but not used (override it with a reform instead).
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsLocalPolicySchema } from 'practice-based-commissioning/schemas';
 * ConflictsLocalPolicySchema.parse({ decisionLimitDays: 90, tenderThreshold: 15_000_000, nonExecutiveChairRequired: true });
 * ```
 */
export const ConflictsLocalPolicySchema = z
  .object({
    decisionLimitDays: z.number().int().positive().optional().meta({ description: 'The local limit, in days, from submission to decision (before March 2009).' }),
    tenderThreshold: PenceSchema.refine((amount) => amount >= 0, { message: 'must not be negative' })
      .optional()
      .meta({ description: 'The value, in pence, above which a single-provider service must be tendered.' }),
    nonExecutiveChairRequired: z.boolean().optional().meta({ description: 'Whether the panel must be chaired by a non-executive director.' }),
    declarationMaxAgeDays: z.number().int().positive().optional().meta({ description: 'The most days a declaration of interests may predate the decision.' }),
  })
  .strict()
  .meta({ description: "The PCT's local values where the policy has no national value." });

/**
 * See {@link ConflictsLocalPolicySchema}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsLocalPolicy } from 'practice-based-commissioning';
 * const local: ConflictsLocalPolicy = { decisionLimitDays: 90 };
 * ```
 */
export type ConflictsLocalPolicy = z.input<typeof ConflictsLocalPolicySchema>;

/**
 * The zod schema for the whole input of `checkConflictsOfInterest`: one business case, the
 * panel that decides it (the register), the referrals to check, an optional dispute, and the PCT's
 * own values (`local`) where the policy has no national value.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { ConflictsInputSchema } from 'practice-based-commissioning/schemas';
 * ConflictsInputSchema.safeParse({
 *   businessCase: {
 *     id: 'bc-1', proposer: { bodyId: 'Z90002', isPractice: true }, proposesToProvide: false,
 *     namesProvider: false, singleProviderSought: false, value: 0, submittedOn: '2009-04-01',
 *   },
 *   panel: { members: [] },
 * }).success; //=> true
 * ```
 */
export const ConflictsInputSchema = z
  .object({
    businessCase: ConflictsBusinessCaseSchema,
    panel: ConflictsPanelSchema,
    referrals: z.array(ConflictsReferralSchema).optional().meta({ description: 'Referrals to check under the patient-choice rule.' }),
    dispute: ConflictsDisputeSchema.optional(),
    local: ConflictsLocalPolicySchema.optional(),
  })
  .strict()
  .meta({ description: "A business case, its decision panel, referrals and any dispute, to check for conflicts of interest, with the PCT's local values." });

/**
 * The input of `checkConflictsOfInterest` (see {@link ConflictsInputSchema}), as a caller writes it:
 * plain numbers for pence, plain strings for dates. It is still checked at run time.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { ConflictsInput } from 'practice-based-commissioning';
 * const input: ConflictsInput = {
 *   businessCase: {
 *     id: 'bc-1', proposer: { bodyId: 'Z90002', isPractice: true }, proposesToProvide: false,
 *     namesProvider: false, singleProviderSought: false, value: 0, submittedOn: '2008-10-01',
 *   },
 *   panel: { members: [] },
 *   local: { decisionLimitDays: 84 },
 * };
 * ```
 */
export type ConflictsInput = z.input<typeof ConflictsInputSchema>;

/** The input after checking. @internal */
export type ConflictsData = z.infer<typeof ConflictsInputSchema>;

/** The PCT's local values after checking. @internal */
export type ConflictsLocalData = NonNullable<ConflictsData['local']>;
