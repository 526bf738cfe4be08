/**
 * The incentives area's public zod schemas. Re-exported by `src/schemas/index.ts`.
 *
 * @module
 */
export { IncentiveListSizeSchema } from './list-size.js';
export {
  DesClaimSchema,
  DesComponent1ClaimSchema,
  DesComponent2ClaimSchema,
  DesFreedUpResourcesSchema,
  DesObjectiveSchema,
} from './des-schemas.js';
export {
  LocalIncentiveBudgetOutcomeSchema,
  LocalIncentiveConditionSchema,
  LocalIncentiveInstalmentSchema,
  LocalIncentivePaymentInputSchema,
  LocalIncentivePracticeSchema,
  LocalIncentiveSchemeSchema,
} from './local-schemas.js';
export { IncentivePaymentScheduleInputSchema } from './schedule-schemas.js';
export { NationalIncentiveEstimateInputSchema } from './estimate-schemas.js';
