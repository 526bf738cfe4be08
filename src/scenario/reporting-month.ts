/**
 * How many months of a financial year have been reported by a date.
 *
 * @module
 */
import { monthsOfFinancialYear } from '../core/calendar.js';
import { fieldError } from '../core/errors.js';

/**
 * The last month of the financial year (1 = April … 12 = March) whose spend is reported as of
 * `asOf`: the last month that has ended on or before it, and 12 for any date after the year. Spend of
 * later months is not read, and year-end figures rest on a forecast until all twelve are in.
 *
 * @throws PbcError `INVALID_INPUT` (path `asOf`, rule `scenario.asOf.afterFirstMonth`) for a date
 *   before the end of the year's first month: nothing has been reported yet
 * @internal
 */
export function reportingMonth(financialYear: string, asOf: string): number {
  const months = monthsOfFinancialYear(financialYear);
  const reported = months.filter((month) => month.end <= asOf).length;
  if (reported === 0) {
    // A financial year always has an April.
    const april = months[0]!;
    throw fieldError('INVALID_INPUT', ['asOf'], `${asOf} is before the end of April ${april.end.slice(0, 4)} (${april.end}): no month of ${financialYear} has been reported yet`, 'scenario.asOf.afterFirstMonth');
  }
  return reported;
}
