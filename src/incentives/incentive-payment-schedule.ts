/**
 * The incentive payment schedule: per practice and month, what is due, when and why — DES
 * payments with the next monthly global sum (Pulse), local instalments on the scheme's own dates
 * (DH FAQ: need not follow the financial year).
 *
 * @module
 */
import { financialYearOf, type IsoDate } from '../core/calendar.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { explain, type Explanation } from '../core/explanation.js';
import { PbcError, isPbcError, printablePath, type ErrorCode, type PbcIssue } from '../core/errors.js';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { formatGbp, sumMoney, type Pence } from '../core/money.js';
import { parseInput } from '../core/validation.js';
import { baselinePolicy } from '../policy/baseline.js';
import type { z } from 'zod';
import type { IncentiveFinding } from './findings.js';
import { localIncentivePaymentOnParsed } from './local-incentive-payment.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { IncentivePaymentScheduleInputSchema } from './schedule-schemas.js';
import { formatCount } from './support.js';
import { towardsPbcDesPayment, type DesPayment } from './towards-pbc-des-payment.js';

/**
 * The status of one scheduled item: `due` (to be paid on `dueOn`); for local instalments
 * `withheld` or `pending`; for DES components `not-earned`, `refused`, `unclaimed` or
 * `replaced-by-freed-up-resources`.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentivePaymentStatus } from 'practice-based-commissioning/incentives';
 * const status: IncentivePaymentStatus = 'due';
 * ```
 */
export type IncentivePaymentStatus = 'due' | 'withheld' | 'pending' | 'not-earned' | 'refused' | 'unclaimed' | 'replaced-by-freed-up-resources';

/**
 * One row of the schedule: a flat record, ready for a table or a chart.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentivePaymentRecord } from 'practice-based-commissioning/incentives';
 * declare const rows: readonly IncentivePaymentRecord[];
 * rows.filter((row) => row.month === '2007-05').map((row) => row.amount);
 * ```
 */
export interface IncentivePaymentRecord {
  readonly practiceCode: string;
  /** `towards-pbc-des`, or the local scheme's id. */
  readonly scheme: string;
  /** `C1` or `C2` for the DES; the instalment id for a local scheme. */
  readonly item: string;
  readonly status: IncentivePaymentStatus;
  /** The payment date; null unless `due`. */
  readonly dueOn: string | null;
  /** `YYYY-MM` of `dueOn`, or null. */
  readonly month: string | null;
  /** The financial year of `dueOn`, or null. */
  readonly financialYear: string | null;
  /** What is paid: zero unless `due`. */
  readonly amount: Pence;
  /** What the item is worth before conditions and offsets (the component value, the instalment's share). */
  readonly value: Pence;
  /** Why, in plain English. */
  readonly reason: string;
  /** The rule that decided it. */
  readonly rule: string;
}

/**
 * What is paid in one month.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentiveMonthTotal } from 'practice-based-commissioning/incentives';
 * const may: IncentiveMonthTotal = { month: '2007-05', financialYear: '2007/08', amount: 370000 as never, payments: 1 };
 * ```
 */
export interface IncentiveMonthTotal {
  readonly month: string;
  readonly financialYear: string;
  readonly amount: Pence;
  /** How many items are paid that month. */
  readonly payments: number;
}

/**
 * What one practice is paid in one month.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentivePracticeMonthTotal } from 'practice-based-commissioning/incentives';
 * declare const row: IncentivePracticeMonthTotal;
 * `${row.practiceCode} ${row.month}`;
 * ```
 */
export interface IncentivePracticeMonthTotal {
  readonly practiceCode: string;
  readonly month: string;
  readonly amount: Pence;
}

/**
 * The result of {@link incentivePaymentSchedule}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentivePaymentSchedule } from 'practice-based-commissioning/incentives';
 * declare const schedule: IncentivePaymentSchedule;
 * schedule.records.length;
 * ```
 */
export interface IncentivePaymentSchedule {
  /** Every item, due or not, ordered by payment date (undated last), practice, scheme and item. */
  readonly records: readonly IncentivePaymentRecord[];
  /** Totals by month, in date order. */
  readonly monthlyTotals: readonly IncentiveMonthTotal[];
  /** Totals by practice and month. */
  readonly practiceMonthTotals: readonly IncentivePracticeMonthTotal[];
  /** Everything due. */
  readonly total: Pence;
  readonly explanation: Explanation;
}

/**
 * The input of {@link incentivePaymentSchedule}: DES claims (one per practice and component) and local
 * schemes with the practices taking part (the input side of `IncentivePaymentScheduleInputSchema`).
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentivePaymentScheduleInput } from 'practice-based-commissioning/incentives';
 * const nothing: IncentivePaymentScheduleInput = {};
 * ```
 */
export type IncentivePaymentScheduleInput = z.input<typeof IncentivePaymentScheduleInputSchema>;

/**
 * The options of {@link incentivePaymentSchedule}: `policy` (default `baselinePolicy`) and `asOf`,
 * optional, passed to every claim and scheme (see `TowardsPbcDesPaymentOptions` and
 * `LocalIncentivePaymentOptions` for what it changes).
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentivePaymentScheduleOptions } from 'practice-based-commissioning/incentives';
 * const options: IncentivePaymentScheduleOptions = { asOf: '2008-03-31' };
 * ```
 */
export interface IncentivePaymentScheduleOptions extends EvaluationOptions {}

const DES_SCHEME = 'towards-pbc-des';

function shortfall(findings: readonly IncentiveFinding[]): string {
  return findings
    .filter((finding) => finding.outcome === 'breach' || finding.outcome === 'unknown' || finding.outcome === 'warning')
    .map((finding) => finding.message)
    .join('; ');
}

function desRecord(payment: DesPayment): IncentivePaymentRecord {
  const due = payment.outcome === 'payable';
  const status: IncentivePaymentStatus = due ? 'due' : payment.outcome;
  let reason: string;
  if (payment.component === 'C1') {
    reason = due
      ? `component 1, ${formatGbp(payment.amountPayable)} (${payment.ratePerPatient}p × ${formatCount(payment.listSize)} on ${payment.listSizeDate}): signed up by ${payment.conditionsMetOn ?? ''}; paid with the next monthly global sum`
      : `component 1 not earned: ${shortfall(payment.findings)}`;
  } else if (due) {
    reason = `component 2 top-up, ${formatGbp(payment.amountPayable)}: C2 value ${formatGbp(payment.componentValue)} less ${formatGbp(payment.freedUpResourcesAccessible)} freed-up resources (SFE 7A.12); paid with the next monthly global sum after the claim`;
  } else if (payment.outcome === 'replaced-by-freed-up-resources') {
    reason = `freed-up resources of ${formatGbp(payment.freedUpResourcesAccessible)} at least equal the C2 value of ${formatGbp(payment.componentValue)} (SFE 7A.12)`;
  } else {
    reason = `component 2 ${payment.outcome}: ${shortfall(payment.findings)}`;
  }
  const dueOn = payment.paymentDue;
  return {
    practiceCode: payment.practiceCode,
    scheme: DES_SCHEME,
    item: payment.component,
    status,
    dueOn,
    month: dueOn === null ? null : dueOn.slice(0, 7),
    financialYear: dueOn === null ? null : financialYearOf(dueOn),
    amount: payment.amountPayable,
    value: payment.componentValue,
    reason,
    rule: payment.component === 'C1' ? incentiveRules.desC1SignUp.id : incentiveRules.desC2TopUp.id,
  };
}

function compareRecords(a: IncentivePaymentRecord, b: IncentivePaymentRecord): number {
  const day = (record: IncentivePaymentRecord): string => record.dueOn ?? '9999-12-31';
  return (
    day(a).localeCompare(day(b)) ||
    a.practiceCode.localeCompare(b.practiceCode) ||
    a.scheme.localeCompare(b.scheme) ||
    a.item.localeCompare(b.item)
  );
}

/** Runs one item, prefixing the paths of any PbcError's issues so they point into the whole input. */
function collecting<T>(path: readonly (string | number)[], errors: { code: ErrorCode; issues: PbcIssue[] }[], run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!isPbcError(error)) throw error;
    const issues = error.issues.length > 0 ? error.issues : [{ path: [], message: error.message, ...(error.rule === undefined ? {} : { rule: error.rule }) }];
    errors.push({ code: error.code, issues: issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })) });
    return undefined;
  }
}

/**
 * Builds the incentive payment schedule for a set of practices: every DES component claimed and
 * every local scheme instalment, as flat records saying what is due, when and why — DES payments on
 * the next monthly global sum payment day (Pulse), local instalments on the scheme's own dates,
 * which need not follow the financial year (DH FAQ) — with totals by month and by practice and
 * month. Items not paid (withheld, refused, not earned…) are listed too, with the reason.
 *
 * @param input - `{ desClaims?, localSchemes? }` (validated with {@link IncentivePaymentScheduleInputSchema})
 * @param options - `policy` (default baseline) and `asOf` (optional; see {@link IncentivePaymentScheduleOptions})
 * @returns an {@link IncentivePaymentSchedule}
 * @throws PbcError one error listing every problem in every claim and scheme, each issue's path
 *   pointing into the whole input (e.g. `['desClaims', 2, 'claimedOn']`); `CONFLICTING_INPUT` for
 *   two claims for the same practice and component, a scheme id used twice, or a practice twice in
 *   one scheme
 * @category Incentives
 * @example
 * ```ts
 * import { incentivePaymentSchedule } from 'practice-based-commissioning/incentives';
 * const schedule = incentivePaymentSchedule({
 *   desClaims: [
 *     { component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01',
 *       listSizes: [{ date: '2006-04-01', registered: 5950 }] },
 *     { component: 'C2', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', plan: 'individual',
 *       objectives: [{ id: 'referrals', scope: 'own', met: true }], objectivesAgreedMetOn: '2007-04-20', claimedOn: '2007-05-02',
 *       freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true }, listSizes: [{ date: '2007-04-01', registered: 6000 }] },
 *   ],
 * });
 * schedule.records.map((row) => [row.item, row.dueOn, row.amount]);
 * //=> [['C1', '2006-06-30', 565250], ['C2', '2007-05-31', 370000]]
 * schedule.monthlyTotals.map((row) => [row.month, row.financialYear]); //=> [['2006-06', '2006/07'], ['2007-05', '2007/08']]
 * ```
 */
export function incentivePaymentSchedule(input: IncentivePaymentScheduleInput, options?: IncentivePaymentScheduleOptions): IncentivePaymentSchedule {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy);
  return scheduleOf(parseInput(IncentivePaymentScheduleInputSchema, input, 'incentive payment schedule'), policy, asOf);
}

/**
 * {@link incentivePaymentSchedule} on claims, schemes and practices already parsed with the
 * schedule's own schemas (a PCT's, from an area parsed by `ScenarioAreaSchema`, with the freed-up
 * resources and indicative budget outcomes its year end filled in), under a resolved policy and date.
 * The schema does not run again when nothing it checks could fail: every scheme with at least one
 * practice, every filled-in amount a whole number of pence of zero or more. Otherwise the public
 * function runs, so any error is the one it raises. The checks across claims and schemes (one claim
 * per component, schemes and practices once each) and each claim's and practice's own checks always
 * run.
 *
 * @internal
 */
export function incentivePaymentScheduleOnParsed(input: z.output<typeof IncentivePaymentScheduleInputSchema>, policy: Policy, asOf: string | undefined): IncentivePaymentSchedule {
  const amount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;
  const plain =
    (input.desClaims ?? []).every((claim) => claim.component === 'C1' || claim.freedUpResources === undefined || amount(claim.freedUpResources.accessible)) &&
    (input.localSchemes ?? []).every(
      (entry) =>
        entry.practices.length > 0 &&
        entry.practices.every((practice) => {
          const outcome = practice.indicativeBudget;
          return outcome === undefined || 'overspent' in outcome || (amount(outcome.budget) && amount(outcome.outturn));
        }),
    );
  if (!plain) return incentivePaymentSchedule(input, { policy, ...(asOf === undefined ? {} : { asOf }) });
  // The date is the caller's, already checked.
  return scheduleOf(input, policy, asOf as IsoDate | undefined);
}

function scheduleOf(parsed: z.output<typeof IncentivePaymentScheduleInputSchema>, policy: Policy, asOf: IsoDate | undefined): IncentivePaymentSchedule {
  const desClaims = parsed.desClaims ?? [];
  const localSchemes = parsed.localSchemes ?? [];
  const conflicts: PbcIssue[] = [];
  const claimKeys = new Set<string>();
  desClaims.forEach((claim, index) => {
    const key = `${claim.practiceCode} ${claim.component}`;
    if (claimKeys.has(key)) conflicts.push({ path: ['desClaims', index], message: `a second ${claim.component} claim for ${claim.practiceCode}`, rule: 'incentives.schedule.oneClaimPerComponent' });
    claimKeys.add(key);
  });
  const schemeIds = new Set<string>();
  localSchemes.forEach((entry, index) => {
    if (schemeIds.has(entry.scheme.id)) conflicts.push({ path: ['localSchemes', index, 'scheme', 'id'], message: `a second scheme "${entry.scheme.id}"`, rule: 'incentives.schedule.uniqueSchemes' });
    schemeIds.add(entry.scheme.id);
    const practices = new Set<string>();
    entry.practices.forEach((practice, position) => {
      if (practices.has(practice.practiceCode)) {
        conflicts.push({ path: ['localSchemes', index, 'practices', position, 'practiceCode'], message: `${practice.practiceCode} twice in one scheme`, rule: 'incentives.schedule.uniquePractices' });
      }
      practices.add(practice.practiceCode);
    });
  });
  if (conflicts.length > 0) {
    throw new PbcError('CONFLICTING_INPUT', `invalid incentive payment schedule: ${conflicts.map((issue) => issue.message).join('; ')}`, { issues: conflicts });
  }

  const root = explain(incentiveRules.schedule, policy, asOf ?? desClaims[0]?.planAgreedOn ?? localSchemes[0]?.scheme.startsOn ?? '');
  const errors: { code: ErrorCode; issues: PbcIssue[] }[] = [];
  const records: IncentivePaymentRecord[] = [];
  const runOptions = { policy, ...(asOf === undefined ? {} : { asOf }) };
  desClaims.forEach((claim, index) => {
    const payment = collecting(['desClaims', index], errors, () => towardsPbcDesPayment(claim, runOptions));
    if (payment === undefined) return;
    records.push(desRecord(payment));
    root.child(payment.explanation);
  });
  localSchemes.forEach((entry, index) => {
    entry.practices.forEach((practice, position) => {
      const payment = collecting(['localSchemes', index], errors, () => {
        try {
          // The schedule's schema parsed the scheme and its practices: only the cross-field checks run again.
          return localIncentivePaymentOnParsed({ scheme: entry.scheme, practice }, policy, asOf);
        } catch (error) {
          // Point practice issues at this practice in the list.
          if (isPbcError(error)) {
            const issues = error.issues.map((issue) => (issue.path[0] === 'practice' ? { ...issue, path: ['practices', position, ...issue.path.slice(1)] } : issue));
            throw new PbcError(error.code, error.message, { issues, ...(error.rule === undefined ? {} : { rule: error.rule }) });
          }
          throw error;
        }
      });
      if (payment === undefined) return;
      root.child(payment.explanation);
      for (const instalment of payment.instalments) {
        records.push({
          practiceCode: payment.practiceCode,
          scheme: payment.schemeId,
          item: instalment.instalmentId,
          status: instalment.status,
          dueOn: instalment.dueOn,
          month: instalment.dueOn === null ? null : instalment.dueOn.slice(0, 7),
          financialYear: instalment.dueOn === null ? null : financialYearOf(instalment.dueOn),
          amount: instalment.amountDue,
          value: instalment.share,
          reason: instalment.reason,
          rule: incentiveRules.localInstalments.id,
        });
      }
    });
  });
  const first = errors[0];
  if (first !== undefined) {
    const issues = errors.flatMap((error) => error.issues);
    throw new PbcError(first.code, `invalid incentive payment schedule: ${issues.length} problem(s), first at ${printablePath(issues[0]?.path ?? [])}: ${issues[0]?.message ?? ''}`, { issues });
  }
  records.sort(compareRecords);
  const paid = records.filter((record): record is IncentivePaymentRecord & { month: string; financialYear: string } => record.month !== null && record.financialYear !== null);
  const byMonth = new Map<string, { financialYear: string; amounts: Pence[] }>();
  const byPracticeMonth = new Map<string, { practiceCode: string; month: string; amounts: Pence[] }>();
  for (const record of paid) {
    const month = byMonth.get(record.month) ?? { financialYear: record.financialYear, amounts: [] };
    month.amounts.push(record.amount);
    byMonth.set(record.month, month);
    const key = `${record.practiceCode} ${record.month}`;
    const practiceMonth = byPracticeMonth.get(key) ?? { practiceCode: record.practiceCode, month: record.month, amounts: [] };
    practiceMonth.amounts.push(record.amount);
    byPracticeMonth.set(key, practiceMonth);
  }
  const monthlyTotals = [...byMonth].map(([month, entry]) => ({ month, financialYear: entry.financialYear, amount: sumMoney(entry.amounts), payments: entry.amounts.length }));
  const practiceMonthTotals = [...byPracticeMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, entry]) => ({ practiceCode: entry.practiceCode, month: entry.month, amount: sumMoney(entry.amounts) }));
  const total = sumMoney(records.map((record) => record.amount));
  root.input('desClaims', desClaims.length);
  root.input('localSchemes', localSchemes.length);
  return { records, monthlyTotals, practiceMonthTotals, total, explanation: root.done({ total, records: records.length }) };
}
