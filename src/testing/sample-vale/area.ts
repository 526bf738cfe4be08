/**
 * Sample Vale PCT's 2007/08 as one whole area: the area the demo (`npm run demo`) reports on and
 * the guides work through. Invented, of the right order of magnitude, and fixed: no randomness.
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import type { ServiceLine } from '../../budgets/index.js';
import type { EvaluateAreaInput } from '../../scenario/index.js';
import { sampleValeBudgetPractices, sampleValePctResources } from './budgets.js';
import { sampleValeLocalPractices, sampleValeLocalScheme } from './incentives.js';
import { sampleValePct, sampleValePractices } from './practices.js';
import { sampleValeAc2007Evidence } from './readiness.js';

type AreaPractice = EvaluateAreaInput['practices'][number];
type MonthlySpend = AreaPractice['spend'][number];

/** How each practice's 2007/08 spend compares with its historic activity, by line (1 = the same). */
const drift: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  Z90001: { ELECTIVE_INPATIENT: 0.86, DAY_CASE: 0.9, NON_ELECTIVE: 0.93, OUTPATIENT: 0.9, PRESCRIBING: 0.92 },
  Z90002: { ELECTIVE_INPATIENT: 1.04, DAY_CASE: 1.0, NON_ELECTIVE: 1.0, OUTPATIENT: 0.99, PRESCRIBING: 0.98 },
  Z90003: { ELECTIVE_INPATIENT: 0.93, DAY_CASE: 0.95, NON_ELECTIVE: 0.96, OUTPATIENT: 0.95, PRESCRIBING: 0.96 },
  Z90004: { ELECTIVE_INPATIENT: 1.15, DAY_CASE: 1.08, NON_ELECTIVE: 1.12, OUTPATIENT: 1.05, PRESCRIBING: 1.06 },
  Z90005: { ELECTIVE_INPATIENT: 0.85, DAY_CASE: 0.9, NON_ELECTIVE: 0.95, OUTPATIENT: 0.92, PRESCRIBING: 0.93 },
};
/** Emergency admissions peak in winter (April first). */
const winter: readonly number[] = [0.95, 0.94, 0.94, 0.95, 0.95, 0.97, 1.02, 1.06, 1.12, 1.1, 1.02, 0.98];

/** A year's spend on one line as twelve months (emergencies shaped by the winter peak). */
function months(annual: number, line: ServiceLine): number[] {
  const shape = line === 'NON_ELECTIVE' ? winter : winter.map(() => 1);
  const weight = shape.reduce((sum, value) => sum + value, 0);
  const amounts = shape.map((value) => Math.floor((annual * value) / weight));
  // The pence left by rounding down go to March, so the months add up to the year.
  amounts[11] = (amounts[11] ?? 0) + annual - amounts.reduce((sum, value) => sum + value, 0);
  return amounts;
}

const practices: AreaPractice[] = sampleValeBudgetPractices.map((budget): AreaPractice => {
  const practice = sampleValePractices.find((entry) => entry.code === budget.practiceCode);
  const historic = new Map<ServiceLine, number>();
  for (const item of budget.historic.activity ?? []) historic.set(item.serviceLine, (historic.get(item.serviceLine) ?? 0) + item.count * item.unitPrice);
  for (const item of budget.historic.costs ?? []) historic.set(item.serviceLine, (historic.get(item.serviceLine) ?? 0) + item.amount);
  const spend = [...historic].map(([serviceLine, amount]): MonthlySpend => ({ serviceLine, months: months(Math.round(amount * (drift[budget.practiceCode]?.[serviceLine] ?? 1)), serviceLine) }));
  const local = sampleValeLocalPractices.find((entry) => entry.practiceCode === budget.practiceCode);
  return {
    code: budget.practiceCode,
    name: practice?.name ?? budget.practiceCode,
    pctCode: sampleValePct.code,
    listSize: practice?.listSize ?? 0,
    weightedList: budget.weightedPopulation,
    historic: budget.historic,
    spend,
    freedUpResources: { businessCase: { status: budget.practiceCode === 'Z90003' ? 'pending' : 'approved' } },
    ...(local === undefined ? {} : { localIncentive: local }),
  };
});

/**
 * Sample Vale PCT (5ZZ) in 2007/08, as one area for `evaluateArea`, `compareScenarios` and
 * `analyseSensitivity`: the demo's PCT (`npm run demo`) and the one the guides work through. Five
 * practices with historic activity, twelve months of spend per service line and freed-up-resources
 * business cases (Hillcrest's still pending); blended budget setting; the PCT's local incentive
 * scheme for 2007/08; its local conflict-of-interest values; its Audit Commission 2007 readiness
 * evidence; one cluster of three practices; and one business case (an anticoagulation clinic).
 * SYNTHETIC: the PCT, its SHA, practices, people and figures are invented (the codes only have the
 * published ODS form). Frozen: copy it to vary it.
 *
 * @category Testing
 * @example
 * ```ts
 * import { evaluateArea } from 'practice-based-commissioning';
 * import { sampleValeArea } from 'practice-based-commissioning/testing';
 * sampleValeArea.practices.map((practice) => practice.code); //=> ['Z90001', 'Z90002', 'Z90003', 'Z90004', 'Z90005']
 * const year = evaluateArea(sampleValeArea, { asOf: '2008-06-30' });
 * year.totals.incentivesDue; //=> 6_300_630 (£63,006.30 of local incentive payments)
 * const renamed = evaluateArea({ ...sampleValeArea, name: 'My PCT' }, { asOf: '2008-06-30' });
 * renamed.totals.incentivesDue === year.totals.incentivesDue; //=> true
 * ```
 */
export const sampleValeArea: EvaluateAreaInput = deepFreeze({
  id: 'sample-vale',
  name: sampleValePct.name,
  financialYear: '2007/08',
  shas: [{ code: sampleValePct.sha, name: sampleValePct.shaName }],
  pcts: [
    {
      code: sampleValePct.code,
      name: sampleValePct.name,
      shaCode: sampleValePct.sha,
      budgetSetting: { method: 'blended', pctResources: sampleValePctResources },
      localIncentiveScheme: sampleValeLocalScheme,
      conflictsLocalPolicy: { tenderThreshold: 15_000_000, nonExecutiveChairRequired: true, decisionLimitDays: 84 },
      readiness: [{ framework: 'AC2007', evidence: [...sampleValeAc2007Evidence] }],
    },
  ],
  practices,
  groups: [{ id: 'vale-north', name: 'Vale North cluster', pctCode: sampleValePct.code, memberPracticeCodes: ['Z90001', 'Z90002', 'Z90003'] }],
  businessCases: [
    {
      pctCode: sampleValePct.code,
      businessCase: {
        id: 'BC-5ZZ-2007-006',
        title: 'Anticoagulation clinic in practice',
        proposer: { bodyId: 'Z90002', name: 'Market Street Practice', isPractice: true },
        proposesToProvide: true,
        namesProvider: false,
        singleProviderSought: true,
        value: 4_500_000,
        procurementRoute: 'direct_award',
        valueForMoneyDocumented: true,
        submittedOn: '2007-09-03',
        decision: { outcome: 'approved', decidedOn: '2007-11-12', decidedBy: 'pct_committee', reasons: ['moves INR testing out of hospital'] },
        publishedInProspectus: true,
      },
      panel: {
        chairMemberId: 'ned-ellis',
        members: [
          { id: 'ned-ellis', name: 'Ms Jane Ellis (NED)', role: 'non_executive_director', participated: true, declarationOn: '2007-04-02', interests: [] },
          { id: 'dr-patel', name: 'Dr Ravi Patel', role: 'clinician', participated: true, declarationOn: '2007-04-02', interests: [{ bodyId: 'Z90002', kind: 'part_owner', declaredOn: '2007-04-02', description: 'GP partner' }] },
          { id: 'dr-okafor', name: 'Dr Ade Okafor', role: 'clinician', participated: true, declarationOn: '2007-04-02', interests: [] },
        ],
      },
    },
  ],
});
