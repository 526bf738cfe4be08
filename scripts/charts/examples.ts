/**
 * The charts rendered into docs/charts/ (by scripts/render-charts.ts) and checked to be current by
 * test/charts/rendered.test.ts: one specification per chart, from fixed sample data, with the hash
 * of its JSON recorded beside its PNG.
 */
import { createHash } from 'node:crypto';
import { assessReadiness, budgetVarianceChart, compareWccWithNational, incentivePaymentSchedule, incentivePaymentsChart, monitorBudget, readinessChart, wccComparisonChart, wccComparisonTable, type VegaLiteSpec } from '../../src/index.js';
import { parameterAt } from '../../src/policy/index.js';
import { analysePolicySensitivity } from '../../src/sensitivity/index.js';
import { sensitivityChart } from '../../src/charts/index.js';

/** Twelve months of spend around a monthly budget, by a fixed pattern (pence). */
const months = (serviceLine: 'PRESCRIBING' | 'OUTPATIENT' | 'DIAGNOSTICS', monthly: number, pattern: readonly number[]) =>
  pattern.map((factor, index) => ({ serviceLine, amount: Math.round(monthly * factor), month: index + 1 }));

export function chartExamples(): { readonly name: string; readonly spec: VegaLiteSpec<unknown> }[] {
  // Lines of very different sizes: prescribing £120,000 a year, outpatients £30,000, diagnostics £1,200.
  const monitoring = monitorBudget({
    budget: {
      holder: { kind: 'practice', practiceCode: 'Z90002' }, financialYear: '2007/08', kind: 'indicative',
      lines: [{ serviceLine: 'PRESCRIBING', amount: 12_000_000 }, { serviceLine: 'OUTPATIENT', amount: 3_000_000 }, { serviceLine: 'DIAGNOSTICS', amount: 120_000 }],
    },
    throughMonth: 7,
    spend: [
      ...months('PRESCRIBING', 1_000_000, [0.97, 1.02, 1.05, 0.99, 1.04, 1.08, 1.03]),
      ...months('OUTPATIENT', 250_000, [1.1, 0.92, 0.95, 1.04, 0.9, 1.02, 0.97]),
      ...months('DIAGNOSTICS', 10_000, [0.8, 1.3, 1.1, 0.7, 1.2, 0.95, 1.05]),
    ],
  });
  const schedule = incentivePaymentSchedule({
    desClaims: [
      { component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01', listSizes: [{ date: '2006-04-01', registered: 5950 }] },
      { component: 'C1', practiceCode: 'Z90004', planAgreedOn: '2006-11-20', indicativeBudgetAcceptedOn: '2006-11-20', listSizes: [{ date: '2006-04-01', registered: 3150 }] },
      {
        component: 'C2', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', plan: 'individual', objectives: [{ id: 'referrals', scope: 'own', met: true }],
        objectivesAgreedMetOn: '2007-04-20', claimedOn: '2007-05-02', freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true },
        listSizes: [{ date: '2007-04-01', registered: 6000 }],
      },
    ],
  });
  const assess = (subject: string, evidence: { factorId: string; status: 'met' | 'partial' | 'not_met' }[]) => assessReadiness({ framework: 'AC2007', evidence, subject }, { asOf: '2007-11-22' });
  const readiness = readinessChart([
    assess('5ZZ', [{ factorId: 'AC07.F1_BUDGETS', status: 'met' }, { factorId: 'AC07.F2_INFORMATION', status: 'partial' }, { factorId: 'AC07.F4_GOVERNANCE_COI', status: 'not_met' }]),
    assess('5ZY', [{ factorId: 'AC07.F1_BUDGETS', status: 'partial' }, { factorId: 'AC07.F3_FREEDOM_SAVINGS', status: 'met' }]),
  ]);
  return [
    { name: 'budget-variance', spec: budgetVarianceChart(monitoring, { includeTotal: true }) },
    { name: 'incentive-payments', spec: incentivePaymentsChart(schedule) },
    { name: 'readiness', spec: readiness },
    // A PCT's (synthetic) 2009/10 WCC assurance against the published national results.
    { name: 'wcc-comparison', spec: wccComparisonChart(wccComparisonTable([compareWccWithNational({ pct: '5ZZ', competencies: { 'WCC.C01': 3, 'WCC.C04': 1, 'WCC.C11': 2 }, governance: { strategy: 'green', finance: 'amber', board: 'green' } }, { asOf: '2010-03-31' })])) },
    // The pace-of-change step (¼ of the gap; ⅛ and ½ as alternatives) on a £100,000 gap.
    {
      name: 'sensitivity',
      spec: sensitivityChart(
        analysePolicySensitivity({
          run: (policy) => Number(parameterAt(policy, 'budget.paceOfChange.gapClosedPerYear', '2007-04-01').value) * 10_000_000,
          figures: (closed) => ({ closed }),
          parameters: ['budget.paceOfChange.gapClosedPerYear'],
        }),
      ),
    },
  ];
}

/** The SHA-256 of a specification's JSON: what the PNG beside it was rendered from. */
export function specHash(spec: unknown): string {
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex');
}
