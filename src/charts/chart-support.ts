/**
 * What the chart functions share: exact pounds from pence, and parsing a chart's data and options
 * into one error.
 *
 * @module
 */
import type { z } from 'zod';
import { Dec } from '../core/decimal.js';
import { PbcError, type PbcIssue } from '../core/errors.js';
import { pence, type Pence } from '../core/money.js';
import { describeIssues, issuesFromZod, refuseReservedKeys } from '../core/validation.js';

/**
 * Pence as a number of pounds, divided in decimal arithmetic: 30 pence is exactly `0.3`, never
 * `0.30000000000000004`. The result is the double nearest the exact amount, the same number that
 * `Number('0.30')` gives, so a chart's axis and a table agree to the penny.
 * @internal
 */
export function poundsOf(amount: Pence): number {
  const value = new Dec(pence(amount)).dividedBy(100).toNumber();
  return value === 0 ? 0 : value;
}

/**
 * Parses a chart's data and options together, raising one {@link PbcError} (`INVALID_INPUT`) that
 * lists every issue: data issues at their path in the data, option issues under `options`.
 * @internal
 */
export function parseChartArguments<Data extends z.ZodType, Options extends z.ZodType>(
  what: string,
  data: { readonly schema: Data; readonly value: unknown },
  options: { readonly schema: Options; readonly value: unknown },
): { readonly data: z.output<Data>; readonly options: z.output<Options> } {
  refuseReservedKeys(data.value, what);
  refuseReservedKeys(options.value, what, 'INVALID_INPUT', ['options']);
  const parsedData = data.schema.safeParse(data.value);
  const parsedOptions = options.schema.safeParse(options.value ?? {});
  const issues: PbcIssue[] = [
    ...(parsedData.success ? [] : issuesFromZod(parsedData.error)),
    ...(parsedOptions.success ? [] : issuesFromZod(parsedOptions.error).map((issue) => ({ ...issue, path: ['options', ...issue.path] }))),
  ];
  if (!parsedData.success || !parsedOptions.success) throw invalid(what, issues, 'INVALID_INPUT');
  return { data: parsedData.data, options: parsedOptions.data };
}

/**
 * One {@link PbcError} for a chart's inputs, naming the first few issues in its message.
 * @internal
 */
export function invalid(what: string, issues: readonly PbcIssue[], code: 'INVALID_INPUT' | 'CONFLICTING_INPUT'): PbcError {
  return new PbcError(code, `invalid ${what}: ${describeIssues(issues)}`, { issues: [...issues] });
}

/** Whether a value is a plain object (not an array): a result object rather than a list of records. @internal */
export function isResultObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
