/**
 * `practice-based-commissioning/incentives`: incentive payments to practices for practice based
 * commissioning — the Towards PBC Directed Enhanced Service of 2006/07 (SFE section 7A), the local
 * incentive schemes that replaced it from 2007/08, a payment schedule per practice and month, and
 * an estimate of what the nation paid. See the incentives guide.
 *
 * @module incentives
 */
export { towardsPbcDesPayment, type DesComponent1Outcome, type DesComponent1Payment, type DesComponent2Outcome, type DesComponent2Payment, type DesPayment } from './towards-pbc-des-payment.js';
export { localIncentivePayment, type LocalIncentiveOutcome, type LocalIncentivePayment } from './local-incentive-payment.js';
export type { LocalIncentiveInstalmentResult, LocalIncentiveInstalmentStatus } from './schedule-local-instalments.js';
export {
  incentivePaymentSchedule,
  type IncentiveMonthTotal,
  type IncentivePaymentRecord,
  type IncentivePaymentSchedule,
  type IncentivePaymentStatus,
  type IncentivePracticeMonthTotal,
} from './incentive-payment-schedule.js';
export { estimateNationalIncentiveSpend, type NationalIncentiveEstimate } from './estimate-national-incentive-spend.js';
export type { IncentiveFinding, IncentiveFindingStatus } from './findings.js';
export type { IncentiveOptions } from './support.js';
export type { IncentiveListSize } from './list-size.js';
export type { DesClaim, DesComponent1Claim, DesComponent2Claim, DesFreedUpResources, DesObjective } from './des-schemas.js';
export type {
  LocalIncentiveBudgetOutcome,
  LocalIncentiveCondition,
  LocalIncentiveInstalment,
  LocalIncentivePaymentInput,
  LocalIncentivePractice,
  LocalIncentiveScheme,
} from './local-schemas.js';
export type { IncentivePaymentScheduleInput } from './schedule-schemas.js';
export type { NationalIncentiveEstimateInput } from './estimate-schemas.js';
