/**
 * Small helpers shared by the incentive rules: cross-field issues, dates, messages.
 *
 * @module
 */
import type { z } from 'zod';
import type { IsoDate } from '../core/calendar.js';
import { PbcError, isPbcError, type ErrorCode, type PbcIssue } from '../core/errors.js';
import { issue } from '../core/validation.js';
import type { ExplanationBuilder } from '../core/explanation.js';

/** An issue that names the rule it breaks: every cross-field issue of the incentive rules does. @internal */
export type RuledIssue = PbcIssue & { readonly rule: string };

/**
 * Reports cross-field issues (found on parsed data) to zod, each carrying its rule and error code, so
 * that core `parseInput` raises them in one PbcError with the schema's own issues.
 * @internal
 */
export function reportIssues(ctx: z.RefinementCtx, issues: readonly RuledIssue[], code: ErrorCode = 'CONFLICTING_INPUT'): void {
  for (const found of issues) ctx.addIssue(issue([...found.path], found.message, found.rule, code));
}

/** Issues for event dates after asOf (events cannot lie in the future). @internal */
export function futureEventIssues(asOf: IsoDate | undefined, events: readonly { path: readonly (string | number)[]; date: string | undefined }[]): RuledIssue[] {
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
