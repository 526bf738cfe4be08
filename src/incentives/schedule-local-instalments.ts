/**
 * A local scheme's payment schedule for one practice: the scheme's value split exactly between its
 * instalments by weight (largest remainder, so the parts sum to the value), each due on its date
 * once the conditions gating it are met. DH's FAQ: when incentive payments are made is a local
 * matter and need not follow the financial year.
 *
 * @module
 */
import type { IsoDate } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { apportion, pence, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import type { LocalConditionAssessment } from './assess-local-conditions.js';
import type { LocalIncentiveScheme } from './local-schemas.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { laterDate } from './support.js';

/**
 * How an instalment stands: `due` (every condition gating it met), `withheld` (one or more not
 * met), `pending` (none failed, but one or more not yet known).
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentiveInstalmentStatus } from 'practice-based-commissioning/incentives';
 * const status: LocalIncentiveInstalmentStatus = 'pending';
 * ```
 */
export type LocalIncentiveInstalmentStatus = 'due' | 'withheld' | 'pending';

/**
 * One instalment of a practice's local incentive payment: a flat record.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentiveInstalmentResult } from 'practice-based-commissioning/incentives';
 * declare const row: LocalIncentiveInstalmentResult;
 * row.status === 'due' ? row.dueOn : row.reason;
 * ```
 */
export interface LocalIncentiveInstalmentResult {
  readonly instalmentId: string;
  /** The day the scheme schedules it. */
  readonly payOn: string;
  /** The day it is due: `payOn`, or later if the plan was approved later; null unless `due`. */
  readonly dueOn: string | null;
  /** Its share of the scheme's value. */
  readonly share: Pence;
  /** What is due: the share when `due`, else zero. */
  readonly amountDue: Pence;
  readonly status: LocalIncentiveInstalmentStatus;
  /** The ids of the conditions gating it. */
  readonly conditions: readonly string[];
  /** Why it is due, withheld or pending. */
  readonly reason: string;
}

/**
 * Splits a scheme's value into its instalments and decides each one.
 *
 * @internal
 */
export function scheduleLocalInstalments(
  policy: Policy,
  options: { readonly scheme: LocalIncentiveScheme; readonly value: Pence; readonly conditions: readonly LocalConditionAssessment[] },
): { readonly instalments: readonly LocalIncentiveInstalmentResult[]; readonly explanation: Explanation } {
  const step = explain(incentiveRules.localInstalments, policy, options.scheme.startsOn);
  step.input('value', options.value);
  const { instalments } = options.scheme;
  step.input(
    'weights',
    instalments.map((instalment) => String(instalment.weight)),
  );
  const shares = apportion(
    options.value,
    instalments.map((instalment) => instalment.weight),
  );
  const byId = new Map(options.conditions.map((condition) => [condition.id, condition]));
  const results = instalments.map((instalment, index): LocalIncentiveInstalmentResult => {
    // apportion returns one share per weight, in order.
    const share = shares[index]!;
    const gates = instalment.conditions ?? options.scheme.conditions.map((condition) => condition.id);
    const assessed = gates.map((id) => byId.get(id)).filter((condition): condition is LocalConditionAssessment => condition !== undefined);
    const failed = assessed.filter((condition) => condition.status === 'not-met');
    const unknown = assessed.filter((condition) => condition.status === 'unknown');
    const base = { instalmentId: instalment.id, payOn: instalment.payOn, share, conditions: gates };
    if (failed.length > 0) {
      return { ...base, dueOn: null, amountDue: pence(0), status: 'withheld', reason: `withheld: ${failed.map((condition) => `${condition.id} (${condition.message})`).join('; ')}` };
    }
    if (unknown.length > 0) {
      return { ...base, dueOn: null, amountDue: pence(0), status: 'pending', reason: `pending: ${unknown.map((condition) => `${condition.id} (${condition.message})`).join('; ')}` };
    }
    // A dated condition met after the scheduled day defers the instalment to that day.
    const dueOn = assessed.reduce<IsoDate>((day, condition) => (condition.metOn === null ? day : laterDate(day, condition.metOn)), instalment.payOn);
    const reason = gates.length === 0 ? 'due: unconditional' : `due: ${assessed.map((condition) => condition.id).join(', ')} met`;
    return { ...base, dueOn, amountDue: share, status: 'due', reason: dueOn === instalment.payOn ? reason : `${reason}; deferred to ${dueOn}, when the plan was approved` };
  });
  return { instalments: results, explanation: step.done(results.map((result) => ({ instalmentId: result.instalmentId, share: result.share, status: result.status }))) };
}
