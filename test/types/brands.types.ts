// Type tests: checked by `tsc --noEmit` (part of `npm test`), never run. Each `@ts-expect-error`
// line must be an error; if a change made it compile, tsc would fail on the unused directive.
import { type FinancialYear, type IsoDate, type Pence, type PracticeCode } from '../../src/index.js';
import { addMoney, financialYearBounds, formatGbp, parseIsoDate, parsePracticeCode, pence } from '../../src/core/index.js';

const amount: Pence = pence(95);
// @ts-expect-error a plain number is not money
const notMoney: Pence = 95;
// @ts-expect-error a count of patients cannot be added to money without pence()
addMoney(amount, 6000);
// @ts-expect-error formatGbp takes Pence, not a string
formatGbp('95');

const date: IsoDate = parseIsoDate('2007-04-01');
// @ts-expect-error a plain string is not a checked date
const notDate: IsoDate = '2007-04-01';
// @ts-expect-error a practice code is not a date
const wrongBrand: IsoDate = parsePracticeCode('A81001');
const code: PracticeCode = parsePracticeCode('A81001');
// @ts-expect-error a plain string is not a financial year
const notYear: FinancialYear = '2006/07';
const bounds: { readonly start: IsoDate; readonly end: IsoDate } = financialYearBounds('2006/07');

export const typeTestValues = [amount, notMoney, date, notDate, wrongBrand, code, notYear, bounds];
