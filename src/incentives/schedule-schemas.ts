/**
 * The input of the incentive payment schedule.
 *
 * @module
 */
import { z } from 'zod';
import { DesClaimSchema } from './des-schemas.js';
import { LocalIncentivePracticeSchema, LocalIncentiveSchemeSchema } from './local-schemas.js';

/**
 * The zod schema for the input of `incentivePaymentSchedule`: DES claims (one per practice and
 * component) and local schemes, each with the practices taking part.
 *
 * @category Incentives
 * @example
 * ```ts
 * import { IncentivePaymentScheduleInputSchema } from 'practice-based-commissioning/schemas';
 * IncentivePaymentScheduleInputSchema.parse({ desClaims: [], localSchemes: [] });
 * ```
 */
export const IncentivePaymentScheduleInputSchema = z
  .object({
    desClaims: z.array(DesClaimSchema).optional().meta({ description: 'Towards PBC DES claims, at most one per practice and component.' }),
    localSchemes: z
      .array(
        z
          .object({
            scheme: LocalIncentiveSchemeSchema,
            practices: z.array(LocalIncentivePracticeSchema).min(1, { message: 'give at least one practice' }),
          })
          .strict(),
      )
      .optional()
      .meta({ description: 'Local incentive schemes with the practices taking part.' }),
  })
  .strict();
