/**
 * `practice-based-commissioning/incentives`: incentive payments to practices for practice based
 * commissioning — the Towards PBC Directed Enhanced Service of 2006/07 (SFE section 7A), the local
 * incentive schemes that replaced it from 2007/08, a payment schedule per practice and month, and
 * an estimate of what the nation paid. Every function is `rule(input, options?)`. See the
 * incentives guide.
 *
 * @module incentives
 */
export {
  towardsPbcDesPayment,
  type DesComponent1Outcome,
  type DesComponent1Payment,
  type DesComponent2Outcome,
  type DesComponent2Payment,
  type DesPayment,
  type TowardsPbcDesPaymentInput,
  type TowardsPbcDesPaymentOptions,
} from './towards-pbc-des-payment.js';
export {
  localIncentivePayment,
  type LocalIncentiveOutcome,
  type LocalIncentivePayment,
  type LocalIncentivePaymentInput,
  type LocalIncentivePaymentOptions,
} from './local-incentive-payment.js';
export type { LocalIncentiveInstalmentResult, LocalIncentiveInstalmentStatus } from './schedule-local-instalments.js';
export {
  incentivePaymentSchedule,
  type IncentiveMonthTotal,
  type IncentivePaymentRecord,
  type IncentivePaymentSchedule,
  type IncentivePaymentScheduleInput,
  type IncentivePaymentScheduleOptions,
  type IncentivePaymentStatus,
  type IncentivePracticeMonthTotal,
} from './incentive-payment-schedule.js';
export {
  estimateNationalIncentiveSpend,
  type EstimateNationalIncentiveSpendInput,
  type EstimateNationalIncentiveSpendOptions,
  type NationalIncentiveEstimate,
} from './estimate-national-incentive-spend.js';
export type { IncentiveFinding, IncentiveFindingCode } from './findings.js';
export type { IncentiveListSize } from './list-size.js';
export type { DesClaim, DesComponent1Claim, DesComponent2Claim, DesFreedUpResources, DesObjective } from './des-schemas.js';
export type { LocalIncentiveBudgetOutcome, LocalIncentiveCondition, LocalIncentiveInstalment, LocalIncentivePractice, LocalIncentiveScheme } from './local-schemas.js';
