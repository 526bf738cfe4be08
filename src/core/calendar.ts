/**
 * The NHS calendar: ISO dates, financial years (1 April – 31 March), months numbered from April,
 * quarters, and day, week and month arithmetic. Every function works on calendar dates as strings
 * and gives the same answer under every time zone.
 *
 * @module
 */
import { z } from 'zod';
import { isLeapYear } from 'date-fns/isLeapYear';
import { printable, fieldError, fieldName } from './errors.js';

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1] ?? 0;
  const midYear = new Date(2000, 6, 1, 12, 0, 0, 0);
  midYear.setFullYear(year, 6, 1);
  return isLeapYear(midYear) ? 29 : 28;
}

function isRealCalendarDate(text: string): boolean {
  const match = ISO_DATE_PATTERN.exec(text);
  if (match === null) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * The zod schema for a calendar date in ISO `YYYY-MM-DD` form that exists (`2007-02-29` fails).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { IsoDateSchema } from 'practice-based-commissioning/schemas';
 * IsoDateSchema.safeParse('2008-02-29').success; //=> true
 * IsoDateSchema.safeParse('2007-02-29').success; //=> false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, { message: 'must be a date in ISO YYYY-MM-DD form' })
  .refine(isRealCalendarDate, { message: 'must be a real calendar date in ISO YYYY-MM-DD form' })
  .brand<'IsoDate'>()
  .meta({ description: 'A calendar date in ISO 8601 YYYY-MM-DD form.', format: 'date' });

/**
 * The same check as {@link IsoDateSchema} without the brand: for data authored by hand (policy
 * parameters, reforms, reference tables), where plain strings are easier to write.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { IsoDateTextSchema } from 'practice-based-commissioning/schemas';
 * const from: string = IsoDateTextSchema.parse('2006-04-01');
 * ```
 */
export const IsoDateTextSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, { message: 'must be a date in ISO YYYY-MM-DD form' })
  .refine(isRealCalendarDate, { message: 'must be a real calendar date in ISO YYYY-MM-DD form' })
  .meta({ description: 'A calendar date in ISO 8601 YYYY-MM-DD form.', format: 'date' });

/**
 * A calendar date as an ISO `YYYY-MM-DD` string, checked to exist. ISO dates sort and compare
 * correctly as strings.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { type IsoDate } from 'practice-based-commissioning';
 * import { parseIsoDate } from 'practice-based-commissioning/core';
 * const claimDeadline: IsoDate = parseIsoDate('2007-06-30');
 * ```
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * Checks that a string is a real calendar date in `YYYY-MM-DD` form and brands it.
 *
 * @param text - the candidate date
 * @param field - the field name to report in an error (default `'date'`)
 * @returns the date, branded as {@link IsoDate}
 * @throws PbcError `INVALID_DATE` naming the field
 * @category Calendar
 * @example
 * ```ts
 * import { parseIsoDate } from 'practice-based-commissioning/core';
 * parseIsoDate('2008-02-29'); //=> '2008-02-29'
 * parseIsoDate('2007-02-29'); // throws PbcError INVALID_DATE
 * parseIsoDate('1/4/2007');   // throws PbcError INVALID_DATE
 * ```
 */
export function parseIsoDate(text: unknown, field = 'date'): IsoDate {
  if (typeof text !== 'string' || !isRealCalendarDate(text)) {
    throw fieldError('INVALID_DATE', [fieldName(field, 'date')], `${printable(text)} is not a real calendar date in YYYY-MM-DD form`, 'calendar.isoDate');
  }
  return text as IsoDate;
}

// Day arithmetic runs on UTC day numbers (days since 1970-01-01), never on local-time Date objects:
// a local calendar can lack whole days (Pacific/Kiritimati skipped 1994-12-31; Samoa 2011-12-30),
// so local-time arithmetic would differ between machines. date-fns supplies leap years, asked
// about 1 July at noon, which exists in every time zone.
const MS_PER_DAY = 86_400_000;

function partsOf(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function toDayNumber(date: IsoDate): number {
  const [year, month, day] = partsOf(date);
  const value = new Date(0);
  value.setUTCFullYear(year, month - 1, day);
  return Math.round(value.getTime() / MS_PER_DAY);
}

/**
 * The supported dates: every date with a four-digit year, 0000-01-01 to 9999-12-31 (what ISO
 * `YYYY-MM-DD` can write). Arithmetic that would leave them is refused, never printed as NaN or a
 * five-digit year.
 */
const DATE_RANGE_RULE = 'calendar.dateRange';
const FIRST_DAY = toDayNumber('0000-01-01' as IsoDate);
const LAST_DAY = toDayNumber('9999-12-31' as IsoDate);

/** The date `offset` days after `date`, refusing a result outside the supported dates (naming `field`). */
function shiftDays(date: IsoDate, offset: number, field: string, asked: string): IsoDate {
  const target = toDayNumber(date) + offset;
  if (!Number.isSafeInteger(target) || target < FIRST_DAY || target > LAST_DAY) {
    throw fieldError('INVALID_INPUT', [field], `${asked} from ${date} leaves the supported dates (0000-01-01 to 9999-12-31)`, DATE_RANGE_RULE);
  }
  return fromDayNumber(target);
}

function fromDayNumber(dayNumber: number): IsoDate {
  const value = new Date(dayNumber * MS_PER_DAY);
  const year = String(value.getUTCFullYear()).padStart(4, '0');
  const month = String(value.getUTCMonth() + 1).padStart(2, '0');
  const day = String(value.getUTCDate()).padStart(2, '0');
  return parseIsoDate(`${year}-${month}-${day}`);
}


/**
 * The supported financial years start from 1000 to 9998 ('1000/01' to '9998/99'): every one of
 * their dates has a four-digit year, so `financialYearBounds` never returns `10000-03-31`.
 */
function isSupportedStartYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9998;
}

/**
 * The zod schema for a financial year label such as `'2006/07'`: the year it starts, a slash, and
 * the last two digits of the next year.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { FinancialYearSchema } from 'practice-based-commissioning/schemas';
 * FinancialYearSchema.safeParse('1999/00').success; //=> true
 * FinancialYearSchema.safeParse('2006/08').success; //=> false
 * ```
 */
export const FinancialYearSchema = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, { message: "must be a financial year such as '2006/07'" })
  .refine(
    (text) => {
      const match = /^(\d{4})\/(\d{2})$/.exec(text);
      return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
    },
    { message: "must be a financial year such as '2006/07' (consecutive years)" },
  )
  .refine((text) => isSupportedStartYear(Number(text.slice(0, 4))), { message: "must be a supported financial year, '1000/01' to '9998/99' (its dates keep four-digit years)" })
  .brand<'FinancialYear'>()
  .meta({ description: "An NHS financial year, 1 April to 31 March, written '2006/07'." });

/**
 * An NHS financial year, 1 April to 31 March, written `'2006/07'`.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { type FinancialYear } from 'practice-based-commissioning';
 * import { parseFinancialYear } from 'practice-based-commissioning/core';
 * const desYear: FinancialYear = parseFinancialYear('2006/07');
 * ```
 */
export type FinancialYear = z.infer<typeof FinancialYearSchema>;

/** The financial years parseFinancialYear has accepted: whole-area evaluation parses the same few years millions of times. */
const validFinancialYears = new Set<string>();

/**
 * Checks and brands a financial year label.
 *
 * @param text - for example `'2006/07'`
 * @param field - the field name to report in an error (default `'financialYear'`)
 * @throws PbcError `INVALID_FINANCIAL_YEAR` naming the field
 * @category Calendar
 * @example
 * ```ts
 * import { parseFinancialYear } from 'practice-based-commissioning/core';
 * parseFinancialYear('2006/07'); //=> '2006/07'
 * parseFinancialYear('2006-07'); // throws PbcError INVALID_FINANCIAL_YEAR
 * ```
 */
export function parseFinancialYear(text: unknown, field = 'financialYear'): FinancialYear {
  // A year already found valid is valid again: the check is pure, and the years are few (at most 8,999).
  if (typeof text === 'string' && validFinancialYears.has(text)) return text as FinancialYear;
  const result = FinancialYearSchema.safeParse(text);
  if (!result.success) {
    const outOfRange = typeof text === 'string' && /^\d{4}\/\d{2}$/.test(text) && !isSupportedStartYear(Number(text.slice(0, 4)));
    const message = outOfRange
      ? `${printable(text)} is outside the supported financial years, '1000/01' to '9998/99'`
      : `${printable(text)} is not a financial year such as '2006/07'`;
    throw fieldError('INVALID_FINANCIAL_YEAR', [fieldName(field, 'financialYear')], message, outOfRange ? 'calendar.financialYearRange' : 'calendar.financialYear');
  }
  validFinancialYears.add(result.data);
  return result.data;
}

function startYearOf(year: FinancialYear): number {
  return Number(parseFinancialYear(year).slice(0, 4));
}

/**
 * Makes the financial year that starts on 1 April of `startYear`.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { financialYearStarting } from 'practice-based-commissioning/core';
 * financialYearStarting(2006); //=> '2006/07'
 * financialYearStarting(1999); //=> '1999/00'
 * ```
 */
export function financialYearStarting(startYear: number): FinancialYear {
  if (!isSupportedStartYear(startYear)) {
    throw fieldError('INVALID_FINANCIAL_YEAR', ['startYear'], `${printable(startYear)} is not a year from 1000 to 9998 (the supported financial years)`, 'calendar.financialYearRange');
  }
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}` as FinancialYear;
}

/**
 * The financial year a date falls in (1 April to 31 March).
 *
 * @param date - an ISO date
 * @returns the financial year label
 * @throws PbcError `INVALID_DATE`
 * @category Calendar
 * @example
 * ```ts
 * import { financialYearOf } from 'practice-based-commissioning/core';
 * financialYearOf('2007-03-31'); //=> '2006/07'
 * financialYearOf('2007-04-01'); //=> '2007/08'
 * ```
 */
export function financialYearOf(date: string): FinancialYear {
  const checked = parseIsoDate(date);
  const year = Number(checked.slice(0, 4));
  const month = Number(checked.slice(5, 7));
  const startYear = month >= 4 ? year : year - 1;
  if (!isSupportedStartYear(startYear)) {
    throw fieldError('INVALID_DATE', ['date'], `${checked} falls outside the supported financial years, '1000/01' to '9998/99'`, 'calendar.financialYearRange');
  }
  return financialYearStarting(startYear);
}

/**
 * The first and last days of a financial year. Supported years run from `'1000/01'` to `'9998/99'`,
 * so both dates always have four-digit years.
 *
 * @throws PbcError `INVALID_FINANCIAL_YEAR` (path `financialYear`) for a label that is malformed or
 *   outside the supported years (rule `calendar.financialYearRange`): `'9999/00'` is refused
 *
 * @category Calendar
 * @example
 * ```ts
 * import { financialYearBounds } from 'practice-based-commissioning/core';
 * financialYearBounds('2006/07'); //=> { start: '2006-04-01', end: '2007-03-31' }
 * ```
 */
export function financialYearBounds(year: string): { readonly start: IsoDate; readonly end: IsoDate } {
  const start = startYearOf(year as FinancialYear);
  return { start: `${String(start).padStart(4, '0')}-04-01` as IsoDate, end: `${String(start + 1).padStart(4, '0')}-03-31` as IsoDate };
}

/**
 * Whether a date lies within a financial year.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { isInFinancialYear } from 'practice-based-commissioning/core';
 * isInFinancialYear('2007-03-31', '2006/07'); //=> true
 * isInFinancialYear('2007-04-01', '2006/07'); //=> false
 * ```
 */
export function isInFinancialYear(date: string, year: string): boolean {
  return financialYearOf(date) === parseFinancialYear(year);
}

/**
 * The month of the financial year a date falls in: April is 1, March is 12.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { monthOfFinancialYear } from 'practice-based-commissioning/core';
 * monthOfFinancialYear('2006-04-15'); //=> 1
 * monthOfFinancialYear('2007-03-31'); //=> 12
 * ```
 */
export function monthOfFinancialYear(date: string): number {
  const month = Number(parseIsoDate(date).slice(5, 7));
  return month >= 4 ? month - 3 : month + 9;
}

/**
 * The quarter of the financial year a date falls in: April–June is 1, January–March is 4.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { quarterOfFinancialYear } from 'practice-based-commissioning/core';
 * quarterOfFinancialYear('2006-06-30'); //=> 1
 * quarterOfFinancialYear('2007-01-01'); //=> 4
 * ```
 */
export function quarterOfFinancialYear(date: string): 1 | 2 | 3 | 4 {
  return Math.ceil(monthOfFinancialYear(date) / 3) as 1 | 2 | 3 | 4;
}

/**
 * One month of a financial year.
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { FinancialMonth } from 'practice-based-commissioning/core';
 * const april: FinancialMonth = { month: 1, label: '2006-04', start: '2006-04-01' as never, end: '2006-04-30' as never, quarter: 1 };
 * ```
 */
export interface FinancialMonth {
  /** 1 (April) to 12 (March). */
  readonly month: number;
  /** The calendar month, `YYYY-MM`. */
  readonly label: string;
  /** Its first day. */
  readonly start: IsoDate;
  /** Its last day. */
  readonly end: IsoDate;
  /** Its quarter of the financial year, 1 to 4. */
  readonly quarter: 1 | 2 | 3 | 4;
}

/**
 * The twelve months of a financial year, April first.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { monthsOfFinancialYear } from 'practice-based-commissioning/core';
 * const months = monthsOfFinancialYear('2007/08');
 * months[0]; //=> { month: 1, label: '2007-04', start: '2007-04-01', end: '2007-04-30', quarter: 1 }
 * months[10]?.end; //=> '2008-02-29'
 * ```
 */
export function monthsOfFinancialYear(year: string): FinancialMonth[] {
  const startYear = startYearOf(year as FinancialYear);
  return Array.from({ length: 12 }, (_, index) => {
    const calendarMonth = ((index + 3) % 12) + 1;
    const calendarYear = index < 9 ? startYear : startYear + 1;
    const label = `${calendarYear}-${String(calendarMonth).padStart(2, '0')}`;
    const start = `${label}-01` as IsoDate;
    return {
      month: index + 1,
      label,
      start,
      end: `${label}-${String(daysInMonth(calendarYear, calendarMonth)).padStart(2, '0')}` as IsoDate,
      quarter: (Math.floor(index / 3) + 1) as 1 | 2 | 3 | 4,
    };
  });
}

/**
 * The number of calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { daysBetween } from 'practice-based-commissioning/core';
 * daysBetween('2009-03-01', '2009-04-26'); //=> 56 (eight weeks)
 * daysBetween('2007-04-01', '2007-03-31'); //=> -1
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(parseIsoDate(to, 'to')) - toDayNumber(parseIsoDate(from, 'from'));
}

function checkCount(count: number, field: string): number {
  if (!Number.isSafeInteger(count)) throw fieldError('INVALID_INPUT', [field], `must be a whole number, got ${printable(count)}`, 'calendar.wholeNumber');
  return count;
}

/**
 * Adds whole days to a date (negative to go back).
 *
 * @throws PbcError `INVALID_DATE` for a bad date; `INVALID_INPUT` (path `days`) for a count that is
 *   not a safe integer, or one that would leave the supported dates, 0000-01-01 to 9999-12-31 (rule
 *   `calendar.dateRange`)
 * @category Calendar
 * @example
 * ```ts
 * import { addDays } from 'practice-based-commissioning/core';
 * addDays('2007-03-31', 1); //=> '2007-04-01'
 * addDays('2008-03-01', -1); //=> '2008-02-29'
 * ```
 */
export function addDays(date: string, days: number): IsoDate {
  const checked = checkCount(days, 'days');
  return shiftDays(parseIsoDate(date), checked, 'days', `${checked} days`);
}

/**
 * Adds whole weeks to a date.
 *
 * @throws PbcError `INVALID_INPUT` (path `weeks`, rule `calendar.dateRange`) when the result would
 *   leave the supported dates, 0000-01-01 to 9999-12-31
 * @category Calendar
 * @example
 * ```ts
 * import { addWeeks } from 'practice-based-commissioning/core';
 * addWeeks('2009-03-02', 8); //=> '2009-04-27'
 * ```
 */
export function addWeeks(date: string, weeks: number): IsoDate {
  const checked = checkCount(weeks, 'weeks');
  return shiftDays(parseIsoDate(date), 7 * checked, 'weeks', `${checked} weeks`);
}

/**
 * Adds whole calendar months to a date; a day past the end of the target month becomes its last
 * day (31 January + 1 month = 28 or 29 February).
 *
 * @category Calendar
 * @example
 * ```ts
 * import { addMonths } from 'practice-based-commissioning/core';
 * addMonths('2007-01-31', 1); //=> '2007-02-28'
 * addMonths('2006-04-01', 12); //=> '2007-04-01'
 * ```
 */
export function addMonths(date: string, months: number): IsoDate {
  const checked = checkCount(months, 'months');
  const start = parseIsoDate(date);
  const [year, month, day] = partsOf(start);
  const index = year * 12 + (month - 1) + checked;
  const targetYear = Math.floor(index / 12);
  if (!Number.isSafeInteger(index) || targetYear < 0 || targetYear > 9999) {
    throw fieldError('INVALID_INPUT', ['months'], `${checked} months from ${start} leaves the supported dates (0000-01-01 to 9999-12-31)`, DATE_RANGE_RULE);
  }
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return parseIsoDate(`${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`);
}

/**
 * The earlier of two dates.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { minDate } from 'practice-based-commissioning/core';
 * minDate('2007-06-30', '2007-04-01'); //=> '2007-04-01'
 * ```
 */
export function minDate(a: string, b: string): IsoDate {
  const left = parseIsoDate(a, 'a');
  const right = parseIsoDate(b, 'b');
  return left <= right ? left : right;
}

/**
 * The later of two dates.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { maxDate } from 'practice-based-commissioning/core';
 * maxDate('2007-06-30', '2007-04-01'); //=> '2007-06-30'
 * ```
 */
export function maxDate(a: string, b: string): IsoDate {
  const left = parseIsoDate(a, 'a');
  const right = parseIsoDate(b, 'b');
  return left >= right ? left : right;
}
