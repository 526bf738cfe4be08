/**
 * The sample PCT as one whole area for the scenario section: the budgets, incentives and readiness
 * sample data of the other sections, with twelve months of 2007/08 spend per practice and line and
 * one business case. Invented, of the right order of magnitude; no randomness (each practice's use
 * of services is fixed).
 */
import type { EvaluateAreaInput } from '../../src/index.js';
import { sampleBudgetPractices, samplePctResources } from './budgets-data.js';
import { sampleLocalPractices, sampleLocalScheme } from './incentives-data.js';
import { ac2007Evidence } from './readiness-data.js';
import { sampleArea } from './sample-area.js';

/** How each practice's 2007/08 spend compares with its historic activity, by line (1 = the same). */
const drift: Record<string, Record<string, number>> = {
  Z90001: { ELECTIVE_INPATIENT: 0.86, DAY_CASE: 0.9, NON_ELECTIVE: 0.93, OUTPATIENT: 0.9, PRESCRIBING: 0.92 },
  Z90002: { ELECTIVE_INPATIENT: 1.04, DAY_CASE: 1.0, NON_ELECTIVE: 1.0, OUTPATIENT: 0.99, PRESCRIBING: 0.98 },
  Z90003: { ELECTIVE_INPATIENT: 0.93, DAY_CASE: 0.95, NON_ELECTIVE: 0.96, OUTPATIENT: 0.95, PRESCRIBING: 0.96 },
  Z90004: { ELECTIVE_INPATIENT: 1.15, DAY_CASE: 1.08, NON_ELECTIVE: 1.12, OUTPATIENT: 1.05, PRESCRIBING: 1.06 },
  Z90005: { ELECTIVE_INPATIENT: 0.85, DAY_CASE: 0.9, NON_ELECTIVE: 0.95, OUTPATIENT: 0.92, PRESCRIBING: 0.93 },
};
/** Emergency admissions peak in winter (April first). */
const winter = [0.95, 0.94, 0.94, 0.95, 0.95, 0.97, 1.02, 1.06, 1.12, 1.1, 1.02, 0.98];

function months(annual: number, line: string): number[] {
  const shape = line === 'NON_ELECTIVE' ? winter : winter.map(() => 1);
  const weight = shape.reduce((sum, value) => sum + value, 0);
  const amounts = shape.map((value) => Math.floor((annual * value) / weight));
  // The pence left by rounding down go to March, so the months add up to the year.
  amounts[11] = (amounts[11] ?? 0) + annual - amounts.reduce((sum, value) => sum + value, 0);
  return amounts;
}

const practices: EvaluateAreaInput['practices'] = sampleBudgetPractices.map((budget) => {
  const practice = sampleArea.practices.find((entry) => entry.code === budget.practiceCode);
  const historic = new Map<string, number>();
  for (const item of budget.historic.activity) historic.set(item.serviceLine, (historic.get(item.serviceLine) ?? 0) + item.count * item.unitPrice);
  for (const item of budget.historic.costs) historic.set(item.serviceLine, (historic.get(item.serviceLine) ?? 0) + item.amount);
  const local = sampleLocalPractices.find((entry) => entry.practiceCode === budget.practiceCode);
  return {
    code: budget.practiceCode,
    name: practice?.name ?? budget.practiceCode,
    pctCode: sampleArea.pct.code,
    listSize: practice?.listSize ?? 0,
    weightedList: budget.weightedPopulation,
    historic: budget.historic,
    spend: [...historic].map(([serviceLine, amount]) => ({ serviceLine, months: months(Math.round(amount * (drift[budget.practiceCode]?.[serviceLine] ?? 1)), serviceLine) })),
    freedUpResources: { businessCase: budget.practiceCode === 'Z90003' ? { status: 'pending' } : { status: 'approved' } },
    // The evaluation supplies the no-overspend condition from the year end.
    ...(local === undefined ? {} : { localIncentive: { practiceCode: local.practiceCode, listSizes: local.listSizes, planApprovedOn: local.planApprovedOn, ...('conditionsMet' in local ? { conditionsMet: local.conditionsMet } : {}) } }),
  } as unknown as EvaluateAreaInput['practices'][number];
});

/** Sample Vale PCT's 2007/08, as one area. */
export const sampleScenarioArea: EvaluateAreaInput = {
  id: 'sample-vale',
  name: sampleArea.pct.name,
  financialYear: '2007/08',
  shas: [{ code: sampleArea.pct.sha, name: 'Sample SHA' }],
  pcts: [
    {
      code: sampleArea.pct.code,
      name: sampleArea.pct.name,
      shaCode: sampleArea.pct.sha,
      budgetSetting: { method: 'blended', pctResources: samplePctResources } as EvaluateAreaInput['pcts'][number]['budgetSetting'],
      localIncentiveScheme: sampleLocalScheme as unknown as EvaluateAreaInput['pcts'][number]['localIncentiveScheme'],
      conflictsLocalPolicy: { tenderThreshold: 15_000_000, nonExecutiveChairRequired: true, decisionLimitDays: 84 },
      readiness: [{ framework: 'AC2007', evidence: ac2007Evidence.map((item) => ({ ...item })) }],
    },
  ],
  practices,
  groups: [{ id: 'vale-north', name: 'Vale North cluster', pctCode: sampleArea.pct.code, memberPracticeCodes: ['Z90001', 'Z90002', 'Z90003'] }],
  businessCases: [
    {
      pctCode: sampleArea.pct.code,
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
};
