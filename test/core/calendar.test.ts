import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPbcError } from '../../src/index.js';
import { addDays, addMonths, addWeeks, daysBetween, financialYearBounds, financialYearOf, financialYearStarting, isInFinancialYear, maxDate, minDate, monthOfFinancialYear, monthsOfFinancialYear, parseFinancialYear, parseIsoDate, quarterOfFinancialYear } from '../../src/core/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isPbcError(error) ? error.code : 'not a PbcError';
  }
  return undefined;
}

describe('ISO dates', () => {
  it('accepts real dates and leap days', () => {
    expect(parseIsoDate('2008-02-29')).toBe('2008-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
  });
  it('rejects impossible or malformed dates, naming the field', () => {
    for (const text of ['2007-02-29', '1900-02-29', '2007-13-01', '2007-04-31', '2007-00-10', '2007-4-1', '01/04/2007', '', '2007-04-01T00:00']) {
      expect(codeOf(() => parseIsoDate(text))).toBe('INVALID_DATE');
    }
    expect(codeOf(() => parseIsoDate(20070401))).toBe('INVALID_DATE');
    try {
      parseIsoDate('2007-02-29', 'claimDate');
    } catch (error) {
      expect(isPbcError(error) && error.issues[0]?.path).toEqual(['claimDate']);
    }
  });
});

describe('financial years', () => {
  it('places 31 March in the year that began the previous April', () => {
    expect(financialYearOf('2007-03-31')).toBe('2006/07');
    expect(financialYearOf('2007-04-01')).toBe('2007/08');
    expect(financialYearOf('2000-01-15')).toBe('1999/00');
  });
  it('gives the bounds of a year', () => {
    expect(financialYearBounds('2006/07')).toEqual({ start: '2006-04-01', end: '2007-03-31' });
    expect(financialYearBounds('1999/00')).toEqual({ start: '1999-04-01', end: '2000-03-31' });
  });
  it('validates labels', () => {
    expect(parseFinancialYear('2006/07')).toBe('2006/07');
    for (const text of ['2006/08', '2006-07', '06/07', '2006/7', 2006]) {
      expect(codeOf(() => parseFinancialYear(text))).toBe('INVALID_FINANCIAL_YEAR');
    }
    expect(codeOf(() => financialYearBounds('2006/08'))).toBe('INVALID_FINANCIAL_YEAR');
    expect(financialYearStarting(2006)).toBe('2006/07');
    expect(codeOf(() => financialYearStarting(20.5))).toBe('INVALID_FINANCIAL_YEAR');
    expect(isInFinancialYear('2007-03-31', '2006/07')).toBe(true);
    expect(isInFinancialYear('2007-04-01', '2006/07')).toBe(false);
  });
  it('numbers months from April and quarters from April', () => {
    expect(monthOfFinancialYear('2006-04-15')).toBe(1);
    expect(monthOfFinancialYear('2006-12-01')).toBe(9);
    expect(monthOfFinancialYear('2007-03-31')).toBe(12);
    expect(quarterOfFinancialYear('2006-06-30')).toBe(1);
    expect(quarterOfFinancialYear('2006-07-01')).toBe(2);
    expect(quarterOfFinancialYear('2007-01-01')).toBe(4);
  });
  it('lists the twelve months of a year with their ends, leap February included', () => {
    const months = monthsOfFinancialYear('2007/08');
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: 1, label: '2007-04', start: '2007-04-01', end: '2007-04-30', quarter: 1 });
    expect(months[10]).toEqual({ month: 11, label: '2008-02', start: '2008-02-01', end: '2008-02-29', quarter: 4 });
    expect(months[11]?.end).toBe('2008-03-31');
  });
  it('agrees with financialYearBounds for every day from 1991-04-01 to 2011-03-31 (exhaustive)', () => {
    let day = '1991-04-01';
    let count = 0;
    while (day <= '2011-03-31') {
      const year = financialYearOf(day);
      const { start, end } = financialYearBounds(year);
      expect(start <= day && day <= end).toBe(true);
      const month = monthsOfFinancialYear(year)[monthOfFinancialYear(day) - 1];
      expect(month !== undefined && month.start <= day && day <= month.end).toBe(true);
      day = addDays(day, 1);
      count += 1;
    }
    expect(count).toBe(7305);
  });
});

describe('date arithmetic', () => {
  it('adds days, weeks and months across year ends and leap days', () => {
    expect(addDays('2007-03-31', 1)).toBe('2007-04-01');
    expect(addDays('2008-03-01', -1)).toBe('2008-02-29');
    expect(addWeeks('2009-03-02', 8)).toBe('2009-04-27');
    expect(addMonths('2007-01-31', 1)).toBe('2007-02-28');
    expect(addMonths('2008-01-31', 1)).toBe('2008-02-29');
    expect(addMonths('2006-04-01', 12)).toBe('2007-04-01');
  });
  it('counts calendar days between dates, including across the clocks changing', () => {
    expect(daysBetween('2009-03-01', '2009-04-26')).toBe(56);
    expect(daysBetween('2007-04-01', '2007-03-31')).toBe(-1);
    expect(daysBetween('2006-03-25', '2006-03-27')).toBe(2);
    expect(daysBetween('2006-10-28', '2006-10-30')).toBe(2);
    expect(minDate('2007-06-30', '2007-04-01')).toBe('2007-04-01');
    expect(minDate('2007-04-01', '2007-06-30')).toBe('2007-04-01');
    expect(maxDate('2007-04-01', '2007-06-30')).toBe('2007-06-30');
    expect(maxDate('2007-06-30', '2007-04-01')).toBe('2007-06-30');
  });
  it('keeps days that some local calendars skipped (Kiritimati lost 1994-12-31, Samoa 2011-12-30)', () => {
    expect(addDays('1994-12-30', 1)).toBe('1994-12-31');
    expect(daysBetween('1994-12-30', '1995-01-01')).toBe(2);
    expect(monthsOfFinancialYear('1994/95')[8]?.end).toBe('1994-12-31');
    expect(addDays('2011-12-29', 1)).toBe('2011-12-30');
    expect(addMonths('2011-11-30', 1)).toBe('2011-12-30');
  });
  it('rejects fractional counts and bad dates', () => {
    expect(codeOf(() => addDays('2007-01-01', 1.5))).toBe('INVALID_INPUT');
    expect(codeOf(() => addDays('2007-02-30', 1))).toBe('INVALID_DATE');
    expect(codeOf(() => daysBetween('2007-01-01', 'tomorrow'))).toBe('INVALID_DATE');
  });
  it('addDays and daysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7304 }), fc.integer({ min: -4000, max: 4000 }), (offset, step) => {
        const start = addDays('1991-04-01', offset);
        expect(daysBetween(start, addDays(start, step))).toBe(step);
      }),
      { numRuns: 1000 },
    );
  });
});
