/**
 * The inputs of the Towards PBC DES rules: a claim for component 1 or component 2.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { PracticeCodeSchema } from '../core/identifiers.js';
import { NonNegativePenceSchema } from '../core/money.js';
import { IncentiveListSizeSchema } from './list-size.js';

const listSizes = z
  .array(IncentiveListSizeSchema)
  .min(1, { message: 'give at least the list size on the date the rule uses' })
  .meta({ description: "The practice's list on one or more dates; the rule reads the date it needs and no other." });

/**
 * The zod schema for a claim for component 1 of the Towards PBC DES (2006/07): 95p per registered
 * patient for signing up — agreeing the DES plan with the PCT and, by default, accepting the
 * indicative budget.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { DesComponent1ClaimSchema } from 'practice-based-commissioning/schemas';
 * DesComponent1ClaimSchema.parse({
 *   component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01',
 *   listSizes: [{ date: '2006-04-01', registered: 5950 }],
 * });
 * ```
 */
export const DesComponent1ClaimSchema = z
  .object({
    component: z.literal('C1').meta({ description: 'Component 1: signing up.' }),
    practiceCode: PracticeCodeSchema,
    planAgreedOn: IsoDateSchema.meta({ description: 'The day the practice agreed its DES plan with the PCT; must fall within 2006/07.' }),
    indicativeBudgetAcceptedOn: IsoDateSchema.optional().meta({
      description: 'The day the practice accepted its indicative budget; leave out if it has not.',
    }),
    listSizes,
  })
  .strict()
  .meta({ description: 'A claim for component 1 of the Towards PBC DES (SFE section 7A).' });

/**
 * A claim for DES component 1; see {@link DesComponent1ClaimSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesComponent1Claim } from 'practice-based-commissioning/incentives';
 * declare const claim: DesComponent1Claim;
 * claim.planAgreedOn;
 * ```
 */
export type DesComponent1Claim = z.infer<typeof DesComponent1ClaimSchema>;

/**
 * The zod schema for one objective of a DES plan: the practice's own, or a joint objective of a
 * joint plan, and whether it was met.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { DesObjectiveSchema } from 'practice-based-commissioning/schemas';
 * DesObjectiveSchema.parse({ id: 'referrals', scope: 'own', met: true, description: 'Cut outpatient referrals by 5%' });
 * ```
 */
export const DesObjectiveSchema = z
  .object({
    id: z.string().min(1).meta({ description: 'A short id, unique within the plan.' }),
    scope: z.enum(['own', 'joint']).meta({ description: "'own': the practice's individual objective; 'joint': an objective of a joint plan." }),
    met: z.boolean().meta({ description: 'Whether the objective was met.' }),
    description: z.string().optional(),
  })
  .strict();

/**
 * One DES plan objective; see {@link DesObjectiveSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesObjective } from 'practice-based-commissioning/incentives';
 * const objective: DesObjective = { id: 'prescribing', scope: 'joint', met: true };
 * ```
 */
export type DesObjective = z.infer<typeof DesObjectiveSchema>;

/**
 * The zod schema for freed-up resources the PCT says the practice can access: an amount (never
 * negative) and whether the PCT has demonstrated that it became available (SFE 7A.12).
 *
 * @category Incentives
 * @example
 * ```ts
 * import { DesFreedUpResourcesSchema } from 'practice-based-commissioning/schemas';
 * DesFreedUpResourcesSchema.parse({ accessible: 200_000, pctDemonstratedAvailable: true });
 * ```
 */
export const DesFreedUpResourcesSchema = z
  .object({
    accessible: NonNegativePenceSchema.meta({ description: 'Freed-up resources the practice can access, in pence (SFE 7A.12); never negative.' }),
    pctDemonstratedAvailable: z.boolean().meta({
      description: 'Whether the PCT has demonstrated that the resources have become available for use by the practice; if not, they do not count.',
    }),
  })
  .strict();

/**
 * Freed-up resources for the SFE 7A.12 offset; see {@link DesFreedUpResourcesSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesFreedUpResources } from 'practice-based-commissioning/incentives';
 * declare const fur: DesFreedUpResources;
 * fur.pctDemonstratedAvailable;
 * ```
 */
export type DesFreedUpResources = z.infer<typeof DesFreedUpResourcesSchema>;

/**
 * The zod schema for a claim for component 2 of the Towards PBC DES: 95p per registered patient on
 * the list at 1 April 2007 when the plan's objectives are met, less accessible freed-up resources
 * (SFE 7A.12), claimed in writing by 30 June 2007 after the PCT agrees the objectives were met.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { DesComponent2ClaimSchema } from 'practice-based-commissioning/schemas';
 * DesComponent2ClaimSchema.parse({
 *   component: 'C2', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', plan: 'individual',
 *   objectives: [{ id: 'referrals', scope: 'own', met: true }],
 *   objectivesAgreedMetOn: '2007-04-20', claimedOn: '2007-05-02',
 *   freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true },
 *   listSizes: [{ date: '2007-04-01', registered: 6000 }],
 * });
 * ```
 */
export const DesComponent2ClaimSchema = z
  .object({
    component: z.literal('C2').meta({ description: 'Component 2: objectives met.' }),
    practiceCode: PracticeCodeSchema,
    planAgreedOn: IsoDateSchema.meta({ description: 'The day the DES plan was agreed with the PCT; must fall within 2006/07.' }),
    plan: z.enum(['individual', 'joint']).meta({ description: "'joint' when two or more practices share a plan with joint objectives." }),
    jointPlanWith: z.array(PracticeCodeSchema).optional().meta({ description: 'The other practices in a joint plan (for the record).' }),
    objectives: z.array(DesObjectiveSchema).min(1, { message: 'a DES plan has at least one objective' }),
    objectivesAgreedMetOn: IsoDateSchema.optional().meta({ description: 'The day the PCT agreed the objectives were met; leave out if it has not.' }),
    claimedOn: IsoDateSchema.optional().meta({ description: 'The day the practice claimed component 2 in writing; leave out if it has not.' }),
    freedUpResources: DesFreedUpResourcesSchema.optional().meta({ description: 'Freed-up resources for the SFE 7A.12 offset; none when left out.' }),
    listSizes,
  })
  .strict()
  .meta({ description: 'A claim for component 2 of the Towards PBC DES (SFE section 7A).' });

/**
 * A claim for DES component 2; see {@link DesComponent2ClaimSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesComponent2Claim } from 'practice-based-commissioning/incentives';
 * declare const claim: DesComponent2Claim;
 * claim.objectives.every((objective) => objective.met);
 * ```
 */
export type DesComponent2Claim = z.infer<typeof DesComponent2ClaimSchema>;

/**
 * The zod schema for a claim for either DES component, told apart by `component` (`'C1'` or
 * `'C2'`; anything else is refused, naming the field).
 *
 * @category Incentives
 * @example
 * ```ts
 * import { DesClaimSchema } from 'practice-based-commissioning/schemas';
 * DesClaimSchema.safeParse({ component: 'C3' }).success; //=> false
 * ```
 */
export const DesClaimSchema = z.discriminatedUnion('component', [DesComponent1ClaimSchema, DesComponent2ClaimSchema]);

/**
 * A claim for either DES component; see {@link DesClaimSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { DesClaim } from 'practice-based-commissioning/incentives';
 * declare const claim: DesClaim;
 * if (claim.component === 'C2') claim.objectives;
 * ```
 */
export type DesClaim = z.infer<typeof DesClaimSchema>;
