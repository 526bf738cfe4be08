/**
 * Local PBC incentive schemes, from 2007/08: what a practice is paid under its PCT's scheme, when,
 * and why — and whether the scheme is worth at least the DES it replaced.
 *
 * @module
 */
import type { IsoDate } from '../core/calendar.js';
import { explain, type Explanation } from '../core/explanation.js';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { sumMoney, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { parseInput } from '../core/validation.js';
import { baselinePolicy } from '../policy/baseline.js';
import type { z } from 'zod';
import { assessLocalConditions } from './assess-local-conditions.js';
import { checkLocalFloor } from './check-local-floor.js';
import type { IncentiveFinding } from './findings.js';
import { duplicateListSizeIssues } from './list-size.js';
import { localSchemeValue } from './local-scheme-value.js';
import { LocalIncentivePaymentInputSchema } from './local-schemas.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { scheduleLocalInstalments, type LocalIncentiveInstalmentResult } from './schedule-local-instalments.js';
import { futureEventIssues, parameterSpan, reportIssues, withinScheme, type RuledIssue } from './support.js';

/**
 * How a practice's local incentive payment stands overall: `payable` (every instalment due),
 * `partly-payable` (some due, others withheld or pending), `pending` (nothing due, and at least
 * one instalment waits on a condition not yet known), `withheld` (every instalment withheld).
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentiveOutcome } from 'practice-based-commissioning/incentives';
 * const outcome: LocalIncentiveOutcome = 'partly-payable';
 * ```
 */
export type LocalIncentiveOutcome = 'payable' | 'partly-payable' | 'pending' | 'withheld';

/**
 * The result of {@link localIncentivePayment}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentivePayment } from 'practice-based-commissioning/incentives';
 * declare const payment: LocalIncentivePayment;
 * payment.amountDue + payment.amountWithheld + payment.amountPending === payment.schemeValue; //=> true
 * ```
 */
export interface LocalIncentivePayment {
  readonly schemeId: string;
  readonly practiceCode: string;
  readonly outcome: LocalIncentiveOutcome;
  readonly patientBasis: 'registered' | 'weighted';
  readonly listSizeDate: string;
  /** The patients the rate applies to: registered, or weighted (may be fractional). */
  readonly patients: number;
  /** Registered patients on the list date (what the floor is measured against). */
  readonly registered: number;
  /** Pence per patient. */
  readonly ratePerPatient: number;
  /** Rate × patients, rounded half-up to the penny: the scheme's whole value to the practice. */
  readonly schemeValue: Pence;
  /** Instalments due. */
  readonly amountDue: Pence;
  /** Instalments withheld because a condition was not met. */
  readonly amountWithheld: Pence;
  /** Instalments waiting on a condition not yet known. */
  readonly amountPending: Pence;
  /** One flat record per instalment. */
  readonly instalments: readonly LocalIncentiveInstalmentResult[];
  /** The floor per registered patient in force (null: no floor). */
  readonly floorPerPatient: number | null;
  /** The DES equivalent for this practice (floor × registered), or null. */
  readonly floorValue: Pence | null;
  /** Every condition and check: each condition, the floor, DH's no-overspend expectation. */
  readonly findings: readonly IncentiveFinding[];
  readonly explanation: Explanation;
}

/**
 * The input of {@link localIncentivePayment}: the PCT's scheme and one practice (the input side of
 * `LocalIncentivePaymentInputSchema`: plain numbers for pence, strings for dates).
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentivePaymentInput } from 'practice-based-commissioning/incentives';
 * declare const input: LocalIncentivePaymentInput;
 * input.scheme.id;
 * ```
 */
export type LocalIncentivePaymentInput = z.input<typeof LocalIncentivePaymentInputSchema>;

/**
 * The options of {@link localIncentivePayment}: `policy` (default `baselinePolicy`) and `asOf`.
 * `asOf` ("today") is optional. When given, the plan's approval may not be dated after it, and a
 * plan still unapproved after the scheme's end counts as not met (`breach`); without it, an
 * unapproved plan leaves its instalments pending (`unknown`).
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { LocalIncentivePaymentOptions } from 'practice-based-commissioning/incentives';
 * const options: LocalIncentivePaymentOptions = { asOf: '2008-07-01' };
 * ```
 */
export interface LocalIncentivePaymentOptions extends EvaluationOptions {}

function crossFieldIssues(input: z.output<typeof LocalIncentivePaymentInputSchema>, asOf: IsoDate | undefined): RuledIssue[] {
  const { scheme, practice } = input;
  const issues: RuledIssue[] = [...duplicateListSizeIssues(practice.listSizes, ['practice', 'listSizes'])];
  if (scheme.endsOn < scheme.startsOn) issues.push({ path: ['scheme', 'endsOn'], message: `ends on ${scheme.endsOn}, before it starts on ${scheme.startsOn}`, rule: 'local.scheme.period' });
  const conditionKinds = new Map<string, string>();
  scheme.conditions.forEach((condition, index) => {
    if (conditionKinds.has(condition.id)) issues.push({ path: ['scheme', 'conditions', index, 'id'], message: `a second condition "${condition.id}"`, rule: 'local.conditions.uniqueIds' });
    conditionKinds.set(condition.id, condition.kind);
  });
  const instalmentIds = new Set<string>();
  scheme.instalments.forEach((instalment, index) => {
    if (instalmentIds.has(instalment.id)) issues.push({ path: ['scheme', 'instalments', index, 'id'], message: `a second instalment "${instalment.id}"`, rule: 'local.instalments.uniqueIds' });
    instalmentIds.add(instalment.id);
    if (instalment.payOn < scheme.startsOn) {
      issues.push({ path: ['scheme', 'instalments', index, 'payOn'], message: `scheduled on ${instalment.payOn}, before the scheme starts on ${scheme.startsOn}`, rule: 'local.instalments.afterStart' });
    }
    (instalment.conditions ?? []).forEach((id, position) => {
      if (!conditionKinds.has(id)) issues.push({ path: ['scheme', 'instalments', index, 'conditions', position], message: `no condition "${id}" in the scheme`, rule: 'local.instalments.knownConditions' });
    });
  });
  for (const id of Object.keys(practice.conditionsMet ?? {})) {
    const kind = conditionKinds.get(id);
    if (kind === undefined) issues.push({ path: ['practice', 'conditionsMet', id], message: `no condition "${id}" in the scheme`, rule: 'local.conditions.known' });
    else if (kind !== 'custom') {
      issues.push({ path: ['practice', 'conditionsMet', id], message: `"${id}" is a ${kind} condition: it is read from ${kind === 'no-overspend' ? 'indicativeBudget' : 'planApprovedOn'}`, rule: 'local.conditions.known' });
    }
  }
  issues.push(...futureEventIssues(asOf, [{ path: ['practice', 'planApprovedOn'], date: practice.planApprovedOn }]));
  return issues;
}

function outcomeOf(instalments: readonly LocalIncentiveInstalmentResult[]): LocalIncentiveOutcome {
  const due = instalments.filter((instalment) => instalment.status === 'due').length;
  const pending = instalments.filter((instalment) => instalment.status === 'pending').length;
  if (due === instalments.length) return 'payable';
  if (due > 0) return 'partly-payable';
  return pending > 0 ? 'pending' : 'withheld';
}

function checkLocalTerm(policy: Policy, startsOn: IsoDate): Explanation {
  const step = explain(incentiveRules.localTerm, policy, startsOn);
  step.input('startsOn', startsOn);
  const message = (): string => `${startsOn} is before local PBC incentive schemes, which replaced the Towards PBC DES (local scheme parameters are in force ${parameterSpan(step, 'local.floorPerPatient')})`;
  withinScheme(() => step.read('local.floorPerPatient'), ['scheme', 'startsOn'], incentiveRules.localTerm.id, message);
  return step.done(true);
}

/**
 * Works out what one practice is paid under its PCT's local PBC incentive scheme (from April 2007,
 * when local schemes replaced the DES; DH, *Practical implementation*): the rate per registered or
 * weighted patient times the list on the scheme's list date, split exactly between the scheme's
 * instalments, each due on its own date — which need not follow the financial year (DH FAQ) — once
 * the conditions gating it are met: no overspend of the indicative budget (DH FAQ), the PBC plan
 * approved, and the scheme's own (attendance at meetings, say). A condition whose input is not
 * given leaves its instalments `pending`. The scheme's value is checked against the floor of the
 * DES equivalent (190p per registered patient, the GPC's reading: a warning, not a refusal).
 *
 * @param input - `{ scheme, practice }` (validated with {@link LocalIncentivePaymentInputSchema})
 * @param options - `policy` (default baseline), `asOf` (optional "today": see
 *   {@link LocalIncentivePaymentOptions})
 * @returns a {@link LocalIncentivePayment}: the value, the instalments as flat records, the amounts
 *   due, withheld and pending, every finding and the explanation
 * @throws PbcError `INVALID_INPUT` for a malformed scheme or practice, every issue with its path;
 *   `CONFLICTING_INPUT` for contradictions (a scheme ending before it starts, an instalment gated on
 *   an unknown condition, a duplicated id); `MISSING_INPUT` for the list on the scheme's list date
 *   (or its weighted count); `NOT_IN_FORCE` (path `scheme.startsOn`) for a scheme before 2007/08
 * @category Incentives
 * @example
 * ```ts
 * import { localIncentivePayment } from 'practice-based-commissioning/incentives';
 * const payment = localIncentivePayment({
 *   scheme: {
 *     id: '5ZZ-2007', name: 'Sample Vale PBC incentive 2007/08', pctCode: '5ZZ',
 *     startsOn: '2007-07-01', endsOn: '2008-06-30', ratePerPatient: 200, patientBasis: 'registered', listSizeDate: '2007-07-01',
 *     conditions: [{ id: 'plan', kind: 'plan-approved' }, { id: 'budget', kind: 'no-overspend' }],
 *     instalments: [
 *       { id: 'sign-up', payOn: '2007-07-31', weight: 1, conditions: ['plan'] },
 *       { id: 'outturn', payOn: '2008-07-31', weight: 1 },
 *     ],
 *   },
 *   practice: { practiceCode: 'Z90002', listSizes: [{ date: '2007-07-01', registered: 6000 }], planApprovedOn: '2007-07-20' },
 * });
 * payment.schemeValue; //=> 1200000 (£12,000: 200p × 6,000)
 * payment.outcome;     //=> 'partly-payable'
 * payment.instalments.map((row) => [row.instalmentId, row.status, row.amountDue]);
 * //=> [['sign-up', 'due', 600000], ['outturn', 'pending', 0]]
 * payment.findings.find((finding) => finding.code === 'LOCAL_FLOOR')?.outcome; //=> 'compliant' (£12,000 ≥ 190p × 6,000)
 * ```
 */
export function localIncentivePayment(input: LocalIncentivePaymentInput, options?: LocalIncentivePaymentOptions): LocalIncentivePayment {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy);
  // Contradictions in the scheme or the practice (or events after asOf) are CONFLICTING_INPUT, in the same error.
  const checked = LocalIncentivePaymentInputSchema.superRefine((data, ctx) => reportIssues(ctx, crossFieldIssues(data, asOf)));
  return paymentOf(parseInput(checked, input, 'local incentive scheme payment'), policy, asOf);
}

/**
 * {@link localIncentivePayment} on a scheme and practice already parsed with their schemas (as
 * `incentivePaymentSchedule` has parsed them, with every other practice of the scheme): only the
 * cross-field checks run again, so a scheme is parsed once, not once per practice. When a check
 * fails, the public function runs, so the error is the one it raises.
 *
 * @internal
 */
export function localIncentivePaymentOnParsed(input: z.output<typeof LocalIncentivePaymentInputSchema>, policy: Policy, asOf: IsoDate | undefined): LocalIncentivePayment {
  if (crossFieldIssues(input, asOf).length > 0) return localIncentivePayment(input, { policy, ...(asOf === undefined ? {} : { asOf }) });
  return paymentOf(input, policy, asOf);
}

function paymentOf(parsed: z.output<typeof LocalIncentivePaymentInputSchema>, policy: Policy, asOf: IsoDate | undefined): LocalIncentivePayment {
  const { scheme, practice } = parsed;
  const root = explain(incentiveRules.localPayment, policy, asOf ?? scheme.startsOn);
  root.input('schemeId', scheme.id);
  root.input('practiceCode', practice.practiceCode);
  root.child(checkLocalTerm(policy, scheme.startsOn));
  const value = localSchemeValue(policy, scheme, practice);
  root.child(value.explanation);
  const assessed = assessLocalConditions(policy, { scheme, practice, asOf });
  root.child(assessed.explanation);
  const schedule = scheduleLocalInstalments(policy, { scheme, value: value.value, conditions: assessed.conditions });
  root.child(schedule.explanation);
  const floor = checkLocalFloor(policy, { scheme, registered: value.registered, value: value.value });
  root.child(floor.explanation);
  const total = (status: string): Pence => sumMoney(schedule.instalments.filter((row) => row.status === status).map((row) => row.share));
  const outcome = outcomeOf(schedule.instalments);
  const amountDue = total('due');
  return {
    schemeId: scheme.id,
    practiceCode: practice.practiceCode,
    outcome,
    patientBasis: scheme.patientBasis,
    listSizeDate: scheme.listSizeDate,
    patients: value.patients,
    registered: value.registered,
    ratePerPatient: scheme.ratePerPatient,
    schemeValue: value.value,
    amountDue,
    amountWithheld: total('withheld'),
    amountPending: total('pending'),
    instalments: schedule.instalments,
    floorPerPatient: floor.floorPerPatient,
    floorValue: floor.floorValue,
    findings: [...assessed.findings, floor.finding],
    explanation: root.done({ outcome, schemeValue: value.value, amountDue }),
  };
}
