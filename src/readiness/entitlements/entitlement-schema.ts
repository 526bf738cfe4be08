/**
 * The input of `checkEntitlements`: who (a practice or a PBC group), which financial year, and what
 * was delivered (the date of the check is `options.asOf`). Governance fact sheet §5 and model implications B.
 *
 * @module
 */
import { z } from 'zod';
import { FinancialYearSchema, IsoDateTextSchema } from '../../core/calendar.js';
import type { DatedEvaluationOptions } from '../../core/evaluation.js';
import { PracticeCodeSchema } from '../../core/identifiers.js';

const PRACTICE_CODE = /^[A-Z]\d{5}$/;

/**
 * The zod schema for the holder of the entitlements: a practice (its ODS code) or a PBC group
 * (any id, optionally with its member practices).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { EntitlementHolderSchema } from 'practice-based-commissioning/schemas';
 * EntitlementHolderSchema.parse({ kind: 'practice', id: 'Z90001' });
 * EntitlementHolderSchema.parse({ kind: 'group', id: 'vale-cluster', memberPracticeCodes: ['Z90001', 'Z90002'] });
 * EntitlementHolderSchema.safeParse({ kind: 'practice', id: 'vale-cluster' }).success; //=> false
 * ```
 */
export const EntitlementHolderSchema = z
  .object({
    kind: z.enum(['practice', 'group']).meta({ description: 'A single practice or a PBC group (cluster, consortium).' }),
    id: z.string().min(1).meta({ description: "A practice's ODS code (e.g. A81001), or the group's own id." }),
    name: z.string().min(1).optional(),
    memberPracticeCodes: z.array(PracticeCodeSchema).readonly().optional().meta({ description: "A group's member practices (ODS codes), each once." }),
  })
  .strict()
  .superRefine((holder, context) => {
    if (holder.kind === 'practice' && !PRACTICE_CODE.test(holder.id)) {
      context.addIssue({ code: 'custom', path: ['id'], message: 'a practice is identified by its ODS code: one upper-case letter and five digits, e.g. A81001', params: { rule: 'entitlements.practiceCode' } });
    }
    if (holder.kind === 'practice' && holder.memberPracticeCodes !== undefined) {
      context.addIssue({ code: 'custom', path: ['memberPracticeCodes'], message: 'only a group has member practices', params: { rule: 'entitlements.membersOfGroupsOnly' } });
    }
  })
  .meta({ description: 'Who holds the entitlements: a practice or a PBC group.' });

/**
 * The holder of the entitlements; see {@link EntitlementHolderSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementHolder } from 'practice-based-commissioning';
 * const holder: EntitlementHolder = { kind: 'practice', id: 'Z90001', name: 'Riverside Surgery' };
 * ```
 */
export type EntitlementHolder = z.infer<typeof EntitlementHolderSchema>;

/**
 * The zod schema for a business case (or PBC plan) as the eight-week entitlement sees it: when it
 * was submitted and, if decided, when.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { EntitlementBusinessCaseSchema } from 'practice-based-commissioning/schemas';
 * EntitlementBusinessCaseSchema.parse({ id: 'BC-1', submittedOn: '2009-06-01', decidedOn: '2009-07-20' });
 * ```
 */
export const EntitlementBusinessCaseSchema = z
  .object({
    id: z.string().min(1),
    submittedOn: IsoDateTextSchema.meta({ description: 'The date the PCT received the business case or plan.' }),
    decidedOn: IsoDateTextSchema.optional().meta({ description: 'The date of the PCT decision; absent while undecided.' }),
  })
  .strict();

/**
 * A business case; see {@link EntitlementBusinessCaseSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { EntitlementBusinessCase } from 'practice-based-commissioning';
 * const pending: EntitlementBusinessCase = { id: 'BC-2', submittedOn: '2009-09-01' };
 * ```
 */
export type EntitlementBusinessCase = z.infer<typeof EntitlementBusinessCaseSchema>;

const provided = (what: string) => z.boolean().optional().meta({ description: `Whether accurate, timely ${what} data and analysis were provided (absent: not known).` });

/**
 * The zod schema for the data streams provided: `true` (accurate, timely data and analysis
 * provided), `false` (not), absent (not known). The 2009 list: budgets, expenditure, referrals,
 * prescribing, activity, and clinical performance "where possible".
 *
 * @category Readiness
 * @example
 * ```ts
 * import { EntitlementDataSchema } from 'practice-based-commissioning/schemas';
 * EntitlementDataSchema.parse({ budgets: true, referrals: false });
 * EntitlementDataSchema.safeParse({ waitingTimes: true }).success; //=> false
 * ```
 */
export const EntitlementDataSchema = z
  .object({
    budgets: provided('budget'),
    expenditure: provided('expenditure'),
    referrals: provided('referral'),
    prescribing: provided('prescribing'),
    activity: provided('activity'),
    clinicalPerformance: provided('clinical performance'),
  })
  .strict();

/**
 * The zod schema for the elements of the management and financial support package: `true` (in
 * place), `false` (not), absent (not known).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { EntitlementSupportSchema } from 'practice-based-commissioning/schemas';
 * EntitlementSupportSchema.parse({ designatedSupport: true, developmentPlan: false });
 * ```
 */
export const EntitlementSupportSchema = z
  .object({
    designatedSupport: z.boolean().optional().meta({ description: 'Designated support from PCT staff and/or external partners.' }),
    developmentPlan: z.boolean().optional().meta({ description: 'A plan for how the PCT will meet PBC development needs.' }),
  })
  .strict();

/**
 * The zod schema for the input of `checkEntitlements`: the holder, the financial year, and what was
 * delivered. The date of the check is `options.asOf`.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { CheckEntitlementsInputSchema } from 'practice-based-commissioning/schemas';
 * CheckEntitlementsInputSchema.parse({
 *   holder: { kind: 'practice', id: 'Z90001' }, financialYear: '2009/10',
 *   indicativeBudgetIssuedOn: '2009-04-20', supportAgreedOn: '2009-05-01',
 * });
 * ```
 */
export const CheckEntitlementsInputSchema = z
  .object({
    holder: EntitlementHolderSchema,
    financialYear: FinancialYearSchema,
    indicativeBudgetIssuedOn: IsoDateTextSchema.optional().meta({ description: 'When the indicative budget for the year was issued to the holder.' }),
    supportAgreedOn: IsoDateTextSchema.optional().meta({ description: 'When the management and financial support package for the year was agreed with the PCT.' }),
    businessCases: z.array(EntitlementBusinessCaseSchema).readonly().optional(),
    data: EntitlementDataSchema.optional(),
    support: EntitlementSupportSchema.optional(),
  })
  .strict();

/**
 * The input of `checkEntitlements`; see {@link CheckEntitlementsInputSchema}.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { CheckEntitlementsInput } from 'practice-based-commissioning';
 * const input: CheckEntitlementsInput = { holder: { kind: 'group', id: 'vale-cluster' }, financialYear: '2009/10' };
 * ```
 */
export type CheckEntitlementsInput = z.input<typeof CheckEntitlementsInputSchema>;

/**
 * The options of `checkEntitlements`: the date of the check (`asOf`, required: nothing after it is
 * known; the entitlements apply from 1 March 2009) and the policy.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { CheckEntitlementsOptions } from 'practice-based-commissioning';
 * const options: CheckEntitlementsOptions = { asOf: '2009-06-30' };
 * ```
 */
export interface CheckEntitlementsOptions extends DatedEvaluationOptions {}
