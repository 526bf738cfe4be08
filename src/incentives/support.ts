/**
 * Small helpers shared by the incentive rules: options, cross-field issues, dates.
 *
 * @module
 */
import { parseIsoDate, type IsoDate } from '../core/calendar.js';
import { PbcError, isPbcError, type ErrorCode, type PbcIssue } from '../core/errors.js';
import { describeIssues } from '../core/validation.js';
import type { Policy } from '../core/policy-model/schemas.js';
import type { ExplanationBuilder } from '../core/explanation.js';
import { baselinePolicy } from '../policy/baseline.js';

/**
 * Options every incentive entry point accepts.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentiveOptions } from 'practice-based-commissioning/incentives';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const options: IncentiveOptions = { policy: baselinePolicy, asOf: '2007-05-15' };
 * ```
 */
export interface IncentiveOptions {
  /** The policy to apply (default: `baselinePolicy`). Pass a reformed policy to change a parameter. */
  readonly policy?: Policy;
  /**
   * "Today": the date the PCT looks at the case. Optional. When given, no event in the input may be
   * dated after it, and an unclaimed component 2 is reported as still claimable or as lapsed.
   */
  readonly asOf?: string;
}

/** The policy and checked asOf from the options. @internal */
export function resolveIncentiveOptions(options: IncentiveOptions | undefined): { policy: Policy; asOf: IsoDate | undefined } {
  const policy = options?.policy ?? baselinePolicy;
  const asOf = options?.asOf === undefined ? undefined : parseIsoDate(options.asOf, 'asOf');
  return { policy, asOf };
}

/** Throws one PbcError listing every issue, if there are any. @internal */
export function raiseIssues(code: ErrorCode, what: string, issues: readonly PbcIssue[]): void {
  if (issues.length === 0) return;
  throw new PbcError(code, `invalid ${what}: ${describeIssues(issues)}`, { issues, ...(issues[0]?.rule === undefined ? {} : { rule: issues[0].rule }) });
}

/** Issues for event dates after asOf (events cannot lie in the future). @internal */
export function futureEventIssues(asOf: IsoDate | undefined, events: readonly { path: readonly (string | number)[]; date: string | undefined }[]): PbcIssue[] {
  if (asOf === undefined) return [];
  return events
    .filter((event): event is { path: readonly (string | number)[]; date: string } => event.date !== undefined && event.date > asOf)
    .map((event) => ({ path: event.path, message: `dated ${event.date}, after asOf (${asOf})`, rule: 'incentives.asOf.noFutureEvents' }));
}

/** The later of two ISO dates. @internal */
export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/**
 * Runs `read`; turns "parameter not in force" into NOT_IN_FORCE naming the field and the rule, so a
 * date outside a scheme is a clear error, never a zero. `describe` gives the message, only then.
 * @internal
 */
export function withinScheme<T>(read: () => T, path: readonly (string | number)[], rule: string, describe: () => string): T {
  try {
    return read();
  } catch (error) {
    if (isPbcError(error, 'PARAMETER_NOT_IN_FORCE')) {
      const message = describe();
      throw new PbcError('NOT_IN_FORCE', `${path.join('.')}: ${message}`, { issues: [{ path, message, rule }], rule, cause: error });
    }
    throw error;
  }
}

/**
 * The span of a parameter's dated values, for messages ("2006-04-01 to 2007-03-31"), read by a
 * traced look along its schedule.
 * @internal
 */
export function parameterSpan(step: ExplanationBuilder, id: string): string {
  const values = step.peekSchedule(id);
  const first = values[0]?.from ?? '?';
  const last = values[values.length - 1]?.to;
  return last === undefined ? `from ${first}` : `${first} to ${last}`;
}

/** A whole count with thousands separators, the same under every locale ("6,000"). @internal */
export function formatCount(count: number): string {
  const [whole = '', fraction] = String(count).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
