/**
 * The inputs of the local incentive scheme rules (from 2007/08): the scheme a PCT runs, and one
 * practice's part in it.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { PctCodeSchema, PracticeCodeSchema } from '../core/identifiers.js';
import { NonNegativePenceSchema } from '../core/money.js';
import { IncentiveListSizeSchema } from './list-size.js';

const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'must be a short id of letters, digits, dots, dashes or underscores' });

/**
 * The zod schema for one condition of a local incentive scheme:
 * - `no-overspend`: the practice did not overspend its indicative budget (DH FAQ);
 * - `plan-approved`: the practice's PBC plan was approved by the PCT;
 * - `custom`: anything else the scheme sets (attending 75% of PBC meetings, say), met or not as the
 *   practice's input says.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { LocalIncentiveConditionSchema } from 'practice-based-commissioning/schemas';
 * LocalIncentiveConditionSchema.parse({ id: 'attendance', kind: 'custom', description: 'PBC lead attends 75% of PBC meetings' });
 * ```
 */
export const LocalIncentiveConditionSchema = z.discriminatedUnion('kind', [
  z.object({ id: idSchema, kind: z.literal('no-overspend'), description: z.string().optional() }).strict(),
  z.object({ id: idSchema, kind: z.literal('plan-approved'), description: z.string().optional() }).strict(),
  z.object({ id: idSchema, kind: z.literal('custom'), description: z.string().min(1).meta({ description: 'What the practice must do.' }) }).strict(),
]);

/**
 * A local scheme condition; see {@link LocalIncentiveConditionSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentiveCondition } from 'practice-based-commissioning/incentives';
 * const noOverspend: LocalIncentiveCondition = { id: 'budget', kind: 'no-overspend' };
 * ```
 */
export type LocalIncentiveCondition = z.infer<typeof LocalIncentiveConditionSchema>;

const weightSchema = z
  .union([
    z.number().positive({ message: 'must be more than zero' }),
    z
      .string()
      .regex(/^\d+(?:\.\d+)?$/, { message: "must be a decimal such as '0.5'" })
      .refine((text) => /[1-9]/.test(text), { message: 'must be more than zero' }),
  ])
  .meta({ description: "The instalment's share of the scheme's value, relative to the other instalments' weights ('0.5', 1, 3…)." });

/**
 * The zod schema for one instalment of a local scheme's payment schedule: when it is paid, its
 * share of the scheme's value (a weight), and which conditions gate it (all of them when left
 * out; none for an empty list). DH: the timing is a local matter and need not follow the
 * financial year.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { LocalIncentiveInstalmentSchema } from 'practice-based-commissioning/schemas';
 * LocalIncentiveInstalmentSchema.parse({ id: 'sign-up', payOn: '2007-07-31', weight: '0.5', conditions: ['plan'] });
 * ```
 */
export const LocalIncentiveInstalmentSchema = z
  .object({
    id: idSchema,
    payOn: IsoDateSchema.meta({ description: 'The day the instalment is scheduled to be paid.' }),
    weight: weightSchema,
    conditions: z.array(idSchema).optional().meta({ description: 'Ids of the conditions that gate this instalment; all of them when left out.' }),
  })
  .strict();

/**
 * One instalment of a local scheme; see {@link LocalIncentiveInstalmentSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentiveInstalment } from 'practice-based-commissioning/incentives';
 * declare const instalment: LocalIncentiveInstalment;
 * instalment.payOn;
 * ```
 */
export type LocalIncentiveInstalment = z.infer<typeof LocalIncentiveInstalmentSchema>;

/**
 * The zod schema for a PCT's local PBC incentive scheme (from April 2007, in place of the DES): a
 * rate per registered or weighted patient on a given list date, its conditions, and its payment
 * schedule.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { LocalIncentiveSchemeSchema } from 'practice-based-commissioning/schemas';
 * LocalIncentiveSchemeSchema.parse({
 *   id: '5ZZ-2007', name: 'Sample Vale PBC incentive 2007/08', pctCode: '5ZZ',
 *   startsOn: '2007-07-01', endsOn: '2008-06-30', ratePerPatient: 200, patientBasis: 'registered', listSizeDate: '2007-07-01',
 *   conditions: [{ id: 'plan', kind: 'plan-approved' }, { id: 'budget', kind: 'no-overspend' }],
 *   instalments: [
 *     { id: 'sign-up', payOn: '2007-07-31', weight: 1, conditions: ['plan'] },
 *     { id: 'outturn', payOn: '2008-07-31', weight: 1 },
 *   ],
 * });
 * ```
 */
export const LocalIncentiveSchemeSchema = z
  .object({
    id: idSchema.meta({ description: "The scheme's id, used in schedules." }),
    name: z.string().min(1),
    pctCode: PctCodeSchema,
    startsOn: IsoDateSchema.meta({ description: 'First day of the scheme; from 1 April 2007.' }),
    endsOn: IsoDateSchema.meta({ description: 'Last day of the scheme; it need not be a financial year end.' }),
    ratePerPatient: z
      .number()
      .int({ message: 'must be a whole number of pence' })
      .min(0, { message: 'must be zero or more' })
      .max(Number.MAX_SAFE_INTEGER)
      .meta({ description: 'Pence per patient (registered or weighted, per patientBasis).' }),
    patientBasis: z.enum(['registered', 'weighted']).meta({ description: 'Whether the rate applies per registered or per weighted patient.' }),
    listSizeDate: IsoDateSchema.meta({ description: 'The date of the list the scheme pays on.' }),
    conditions: z.array(LocalIncentiveConditionSchema).meta({ description: 'The conditions; an empty list for an unconditional scheme.' }),
    instalments: z.array(LocalIncentiveInstalmentSchema).min(1, { message: 'a scheme pays in at least one instalment' }),
  })
  .strict()
  .meta({ description: 'A local PBC incentive scheme (2007/08 onward).' });

/**
 * A local incentive scheme; see {@link LocalIncentiveSchemeSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentiveScheme } from 'practice-based-commissioning/incentives';
 * declare const scheme: LocalIncentiveScheme;
 * scheme.instalments.length;
 * ```
 */
export type LocalIncentiveScheme = z.infer<typeof LocalIncentiveSchemeSchema>;

/**
 * The zod schema for the indicative budget outcome a `no-overspend` condition reads: either a
 * plain `overspent` flag (from the budgets area or the PCT's books) or the budget and outturn.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { LocalIncentiveBudgetOutcomeSchema } from 'practice-based-commissioning/schemas';
 * LocalIncentiveBudgetOutcomeSchema.parse({ budget: 1_000_000_00, outturn: 990_000_00 });
 * LocalIncentiveBudgetOutcomeSchema.parse({ overspent: false });
 * ```
 */
export const LocalIncentiveBudgetOutcomeSchema = z.union([
  z.object({ overspent: z.boolean().meta({ description: 'Whether the practice overspent its indicative budget.' }) }).strict(),
  z
    .object({
      budget: NonNegativePenceSchema.meta({ description: 'The indicative budget, in pence.' }),
      outturn: NonNegativePenceSchema.meta({ description: 'Spending against it, in pence.' }),
    })
    .strict(),
]);

/**
 * An indicative budget outcome; see {@link LocalIncentiveBudgetOutcomeSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentiveBudgetOutcome } from 'practice-based-commissioning/incentives';
 * const outcome: LocalIncentiveBudgetOutcome = { overspent: false };
 * ```
 */
export type LocalIncentiveBudgetOutcome = z.infer<typeof LocalIncentiveBudgetOutcomeSchema>;

/**
 * The zod schema for one practice's part in a local scheme: its list sizes and what is known of
 * each condition. A condition whose input is left out is `unknown`, and the instalments it gates
 * are `pending`.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { LocalIncentivePracticeSchema } from 'practice-based-commissioning/schemas';
 * LocalIncentivePracticeSchema.parse({
 *   practiceCode: 'Z90002', listSizes: [{ date: '2007-07-01', registered: 6000, weighted: 6240.5 }],
 *   planApprovedOn: '2007-07-20', indicativeBudget: { overspent: false }, conditionsMet: { attendance: true },
 * });
 * ```
 */
export const LocalIncentivePracticeSchema = z
  .object({
    practiceCode: PracticeCodeSchema,
    listSizes: z.array(IncentiveListSizeSchema).min(1, { message: "give at least the list on the scheme's list date" }),
    indicativeBudget: LocalIncentiveBudgetOutcomeSchema.optional().meta({ description: 'The indicative budget outcome; leave out while unknown.' }),
    planApprovedOn: IsoDateSchema.optional().meta({ description: "The day the PCT approved the practice's PBC plan; leave out if it has not." }),
    conditionsMet: z.record(z.string(), z.boolean()).optional().meta({ description: 'For each custom condition id, whether the practice met it; leave a condition out while unknown.' }),
  })
  .strict();

/**
 * One practice's part in a local scheme; see {@link LocalIncentivePracticeSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentivePractice } from 'practice-based-commissioning/incentives';
 * declare const practice: LocalIncentivePractice;
 * practice.practiceCode;
 * ```
 */
export type LocalIncentivePractice = z.infer<typeof LocalIncentivePracticeSchema>;

/**
 * The zod schema for the input of `localIncentivePayment`: a scheme and one practice.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { LocalIncentivePaymentInputSchema } from 'practice-based-commissioning/schemas';
 * LocalIncentivePaymentInputSchema.safeParse({ scheme: {}, practice: {} }).success; //=> false
 * ```
 */
export const LocalIncentivePaymentInputSchema = z.object({ scheme: LocalIncentiveSchemeSchema, practice: LocalIncentivePracticeSchema }).strict();
