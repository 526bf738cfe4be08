/**
 * What the nation spent on the Towards PBC DES in 2006/07, by component, from list sizes and
 * uptake — compared with the Audit Commission's £98m (about half for signing up to an indicative
 * budget, the rest for plans; King's Fund press release, November 2008).
 *
 * @module
 */
import { financialYearBounds, type IsoDate } from '../core/calendar.js';
import { Dec, toDecimal } from '../core/decimal.js';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { explain, type Explanation } from '../core/explanation.js';
import { addMoney, formatGbp, maxMoney, multiplyByRate, pence, subtractMoney, sumMoney, type Pence } from '../core/money.js';
import { parseInput } from '../core/validation.js';
import { baselinePolicy } from '../policy/baseline.js';
import type { z } from 'zod';
import { auditCommissionIncentiveSpend2006, desUptakeReadings } from '../policy/datasets/incentive-uptake-and-spend.js';
import { NationalIncentiveEstimateInputSchema } from './estimate-schemas.js';
import { incentiveRules } from '../policy/rules/incentives.js';
import { parameterSpan, withinScheme } from './support.js';

/**
 * The result of {@link estimateNationalIncentiveSpend}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { NationalIncentiveEstimate } from 'practice-based-commissioning/incentives';
 * declare const estimate: NationalIncentiveEstimate;
 * estimate.component1 + estimate.component2 === estimate.total; //=> true
 * ```
 */
export interface NationalIncentiveEstimate {
  readonly financialYear: string;
  readonly basis: 'population' | 'practices';
  /** Patients paid component 1 (population × uptake; may be fractional on the population basis). */
  readonly patientsComponent1: number;
  /** Patients counted for component 2, before any freed-up resources offset. */
  readonly patientsComponent2: number;
  /** Component 1 spend (signing up). */
  readonly component1: Pence;
  /** Component 2 spend (objectives met), after freed-up resources replaced part of it. */
  readonly component2: Pence;
  readonly total: Pence;
  /** Component 1's share of the total, to four decimal places ('0.5000'). */
  readonly component1Share: string;
  /** The Audit Commission's £98m for 2006/07. */
  readonly reference: Pence;
  /** The source of the reference figure. */
  readonly referenceSource: string;
  /** total − reference (negative when the estimate is below it). */
  readonly difference: Pence;
  /** total ÷ reference, to four decimal places. */
  readonly ratioToReference: string;
  /** Why the estimate differs from the reference, in plain English. */
  readonly reasons: readonly string[];
  readonly explanation: Explanation;
}

/**
 * The input of {@link estimateNationalIncentiveSpend}: the population basis (England's list and the
 * uptake, all defaulted) or the practices basis (practice by practice); the input side of
 * `NationalIncentiveEstimateInputSchema`.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { EstimateNationalIncentiveSpendInput } from 'practice-based-commissioning/incentives';
 * const defaults: EstimateNationalIncentiveSpendInput = { basis: 'population' };
 * ```
 */
export type EstimateNationalIncentiveSpendInput = z.input<typeof NationalIncentiveEstimateInputSchema>;

/**
 * The options of {@link estimateNationalIncentiveSpend}: `policy` (default `baselinePolicy`) and
 * `asOf`, optional and used only as the date of the explanation (the estimate reads the DES year's
 * parameters whatever the day).
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { EstimateNationalIncentiveSpendOptions } from 'practice-based-commissioning/incentives';
 * const options: EstimateNationalIncentiveSpendOptions = {};
 * ```
 */
export interface EstimateNationalIncentiveSpendOptions extends EvaluationOptions {}

function fourPlaces(numerator: Pence, denominator: Pence): string {
  return denominator === 0 ? '0.0000' : new Dec(numerator).dividedBy(denominator).toFixed(4);
}

/**
 * Estimates national spend on the Towards PBC DES in 2006/07, by component, and reports how near it
 * lands to the Audit Commission's £98m and why it differs.
 *
 * - Population basis (`{ basis: 'population' }`): component 1 = 95p × registered patients × the
 *   share taking it up; component 2 = 95p × patients × the share meeting their objectives, less
 *   freed-up resources that replaced it. Defaults: England's registered population
 *   (`england.registeredPatients`, derived: 52,706,250), DH's 96% uptake at 31 March 2007 for both
 *   components (an upper bound for component 2), no offset.
 * - Practices basis (`{ basis: 'practices', practices }`): practice by practice, 95p × list for
 *   component 1 where paid, and SFE 7A.12's top-up for component 2 where the objectives were met.
 *
 * @param input - see {@link NationalIncentiveEstimateInputSchema}
 * @param options - `policy` (default baseline) and `asOf` (optional, for the explanation)
 * @returns a {@link NationalIncentiveEstimate}: each component, the total, its distance from £98m,
 *   the reasons and the explanation
 * @throws PbcError `INVALID_INPUT` for a malformed input (an uptake above 1, a negative list…);
 *   `NOT_IN_FORCE` (path `financialYear`) for a year other than the DES year
 * @category Incentives
 * @example
 * ```ts
 * import { estimateNationalIncentiveSpend } from 'practice-based-commissioning/incentives';
 * const estimate = estimateNationalIncentiveSpend({ basis: 'population' });
 * estimate.component1;       //=> 4806810000 (£48,068,100.00: 95p × 52,706,250 × 0.96)
 * estimate.total;            //=> 9613620000 (£96,136,200.00)
 * estimate.component1Share;  //=> '0.5000'
 * estimate.ratioToReference; //=> '0.9810' (1.9% below the Audit Commission's £98m)
 * ```
 * @example
 * ```ts
 * import { estimateNationalIncentiveSpend } from 'practice-based-commissioning/incentives';
 * estimateNationalIncentiveSpend({ basis: 'population', component1Uptake: 1, component2Uptake: 1 }).total;
 * //=> 10014187500 (£100,141,875.00: everyone, both components)
 * ```
 */
export function estimateNationalIncentiveSpend(input: EstimateNationalIncentiveSpendInput, options?: EstimateNationalIncentiveSpendOptions): NationalIncentiveEstimate {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy);
  const parsed = parseInput(NationalIncentiveEstimateInputSchema, input, 'national incentive estimate');
  const financialYear = parsed.financialYear ?? '2006/07';
  const readOn: IsoDate = financialYearBounds(financialYear).start;
  const root = explain(incentiveRules.nationalEstimate, policy, asOf ?? readOn);
  root.input('basis', parsed.basis);
  root.input('financialYear', financialYear);
  const rate1 = withinScheme(
    () => root.integer('des.c1.ratePerPatient', readOn),
    ['financialYear'],
    incentiveRules.nationalEstimate.id,
    () => `${financialYear} is not the Towards PBC DES year (the DES ran ${parameterSpan(root, 'des.c1.ratePerPatient')})`,
  );
  const rate2 = root.integer('des.c2.ratePerPatient', readOn);
  const reasons: string[] = [];
  let patients1: InstanceType<typeof Dec>;
  let patients2: InstanceType<typeof Dec>;
  let component1: Pence;
  let component2: Pence;

  if (parsed.basis === 'population') {
    const population = parsed.registeredPatients ?? root.integer('england.registeredPatients', readOn);
    // The reference table always holds the 31 March 2007 row (a test checks it), hence the `!`.
    const march2007 = desUptakeReadings.find((reading) => reading.id === 'dh-2007-03-31')!;
    const defaultUptake = march2007.share;
    if (parsed.component1Uptake === undefined) {
      root.note(`default uptake ${march2007.share}: desUptakeReadings row ${march2007.id} (as at ${march2007.asAt}; source ${march2007.source}; ${march2007.confidence})`);
    }
    const uptake1 = String(parsed.component1Uptake ?? defaultUptake);
    const uptake2 = String(parsed.component2Uptake ?? uptake1);
    root.input('registeredPatients', population);
    root.input('component1Uptake', uptake1);
    root.input('component2Uptake', uptake2);
    patients1 = toDecimal(population).times(toDecimal(uptake1));
    patients2 = toDecimal(population).times(toDecimal(uptake2));
    component1 = multiplyByRate(pence(rate1), patients1.toString());
    const offset = parsed.freedUpResourcesOffset ?? pence(0);
    root.input('freedUpResourcesOffset', offset);
    component2 = maxMoney(pence(0), subtractMoney(multiplyByRate(pence(rate2), patients2.toString()), offset));
    if (parsed.registeredPatients === undefined) {
      reasons.push(
        "England's registered population is derived — 8,433 practices (31 May 2006) × 6,250, the average list at 30 September 2005 — not counted; component 2 used the lists at 1 April 2007, which had grown (53.9 million registered in 2008).",
      );
    }
    if (parsed.component1Uptake === undefined) {
      reasons.push(
        "Uptake is DH's share of practices (96% at 31 March 2007), counting the DES or a local alternative; applied to patients, it assumes uptake did not vary with list size.",
      );
    }
    if (parsed.component2Uptake === undefined) {
      reasons.push(
        'Component 2 assumes every practice that signed up met its objectives and that no freed-up resources replaced it (SFE 7A.12): an upper bound. DH did not count the practices paid component 2 (Hansard, 19 February 2007).',
      );
    }
  } else {
    const values = parsed.practices.map((practice) => {
      const list2 = practice.listSizeAtComponent2Date ?? practice.listSize;
      const c1 = practice.component1 ? multiplyByRate(pence(rate1), practice.listSize) : pence(0);
      // SFE 7A.12: freed-up resources replace component 2 up to its value.
      const c2 = practice.component2 ? maxMoney(pence(0), subtractMoney(multiplyByRate(pence(rate2), list2), practice.freedUpResourcesAccessible ?? pence(0))) : pence(0);
      return { c1, c2, patients1: practice.component1 ? practice.listSize : 0, patients2: practice.component2 ? list2 : 0 };
    });
    root.input('practices', parsed.practices.length);
    patients1 = values.reduce((sum, value) => sum.plus(value.patients1), new Dec(0));
    patients2 = values.reduce((sum, value) => sum.plus(value.patients2), new Dec(0));
    component1 = sumMoney(values.map((value) => value.c1));
    component2 = sumMoney(values.map((value) => value.c2));
    reasons.push('The practices given may not be all of England: the estimate covers only them.');
  }

  const total = addMoney(component1, component2);
  const reference = auditCommissionIncentiveSpend2006.amount;
  const difference = subtractMoney(total, reference);
  const ratioToReference = fourPlaces(total, reference);
  const percent = new Dec(difference).abs().dividedBy(reference).times(100).toFixed(1);
  reasons.unshift(
    difference === 0
      ? `The estimate equals the Audit Commission's ${formatGbp(reference)}.`
      : `The estimate is ${formatGbp(pence(Math.abs(difference)))} (${percent}%) ${difference < 0 ? 'below' : 'above'} the Audit Commission's ${formatGbp(reference)} for 2006/07.`,
  );
  reasons.push(
    "The Audit Commission's figure is an estimate, rounded to £1 million, of all PBC incentive payments in 2006/07 — the DES and local alternatives, which paid at their own rates.",
    'Component 2 for 2006/07 was claimed by 30 June 2007 and mostly paid in 2007/08; whether the £98m counts it by the year earned or the year paid is not known.',
  );
  for (const reason of reasons) root.note(reason);
  root.note(`reference: ${auditCommissionIncentiveSpend2006.estimatedBy}, read in source ${auditCommissionIncentiveSpend2006.source} (${auditCommissionIncentiveSpend2006.confidence})`);
  const component1Share = fourPlaces(component1, total);
  return {
    financialYear,
    basis: parsed.basis,
    patientsComponent1: patients1.toNumber(),
    patientsComponent2: patients2.toNumber(),
    component1,
    component2,
    total,
    component1Share,
    reference,
    referenceSource: auditCommissionIncentiveSpend2006.source,
    difference,
    ratioToReference,
    reasons,
    explanation: root.done({ component1, component2, total, reference, difference, ratioToReference }),
  };
}
