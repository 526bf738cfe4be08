import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessReadiness, budgetVarianceChart, incentivePaymentSchedule, incentivePaymentsChart, isPbcError, monitorBudget, readinessChart, vegaLiteSchemaUrl, type BudgetMonitoring, type PbcError, type ReadinessEvidenceItem } from '../../src/index.js';
import { formatGbp, pence, sumMoney } from '../../src/core/index.js';
import { readinessFrameworks } from '../../src/policy/index.js';
import { poundsOf } from '../../src/charts/chart-support.js';
import { compileSpec } from './compile.js';

/** Expects `fn` to raise a PbcError with `code` and an issue at `path` (with `rule`, when given). */
function expectIssue(fn: () => unknown, code: string, path: readonly (string | number)[], rule?: string): PbcError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  if (!isPbcError(caught)) throw new Error(`expected a PbcError, got ${String(caught)}`);
  expect(caught.code).toBe(code);
  const found = caught.issues.find((issue) => JSON.stringify(issue.path) === JSON.stringify(path));
  expect(found, `no issue at ${JSON.stringify(path)} among ${JSON.stringify(caught.issues)}`).toBeDefined();
  if (rule !== undefined) expect(found?.rule).toBe(rule);
  return caught;
}

// The chart functions as a JavaScript caller sees them (no types): bad values must still raise a PbcError.
type Untyped<F extends (...args: never[]) => unknown> = (data: unknown, options?: unknown) => ReturnType<F>;
const untypedBudgetVarianceChart = budgetVarianceChart as Untyped<typeof budgetVarianceChart>;
const untypedIncentivePaymentsChart = incentivePaymentsChart as Untyped<typeof incentivePaymentsChart>;
const untypedReadinessChart = readinessChart as Untyped<typeof readinessChart>;

/** Expects vega-lite's compiler to accept the specification without an error or a warning. */
function expectCompilesCleanly(spec: unknown): void {
  const report = compileSpec(spec);
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([]);
  expect(report.vega).not.toBeNull();
}

/** Pounds written from the digits of a whole number of pence, as text: the exact amount. */
function poundsText(amount: number): string {
  const digits = String(Math.abs(amount)).padStart(3, '0');
  return `${amount < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

// The budgets guide's monitoring example (Market Street, 2007/08, reported to June).
const monitoring: BudgetMonitoring = monitorBudget({
  budget: {
    holder: { kind: 'practice', practiceCode: 'Z90002' },
    financialYear: '2007/08',
    kind: 'indicative',
    lines: [
      { serviceLine: 'PRESCRIBING', amount: 1_200_000 },
      { serviceLine: 'OUTPATIENT', amount: 600_001 },
    ],
  },
  throughMonth: 3,
  spend: [
    { serviceLine: 'PRESCRIBING', amount: 99_970, month: 1 },
    { serviceLine: 'PRESCRIBING', amount: 110_030, month: 2 },
    { serviceLine: 'PRESCRIBING', amount: 120_000, date: '2007-06-30' },
    { serviceLine: 'OUTPATIENT', amount: 40_000, date: '2007-04-02' },
  ],
});

// The incentives guide's schedule: Market Street's DES claims and a local scheme (SFE 7A; DH FAQ).
const schedule = incentivePaymentSchedule({
  desClaims: [
    { component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01', listSizes: [{ date: '2006-04-01', registered: 5950 }] },
    {
      component: 'C2', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', plan: 'individual',
      objectives: [{ id: 'referrals', scope: 'own', met: true }], objectivesAgreedMetOn: '2007-04-20', claimedOn: '2007-05-02',
      freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true }, listSizes: [{ date: '2007-04-01', registered: 6000 }],
    },
    { component: 'C1', practiceCode: 'Z90004', planAgreedOn: '2006-11-20', listSizes: [{ date: '2006-04-01', registered: 3100 }] },
  ],
  localSchemes: [
    {
      scheme: {
        id: '5ZZ-2007', name: 'Sample Vale PBC incentive 2007/08', pctCode: '5ZZ', startsOn: '2007-07-01', endsOn: '2008-06-30',
        ratePerPatient: 200, patientBasis: 'registered', listSizeDate: '2007-07-01',
        conditions: [{ id: 'plan', kind: 'plan-approved' }, { id: 'budget', kind: 'no-overspend' }],
        instalments: [{ id: 'sign-up', payOn: '2007-07-31', weight: 1, conditions: ['plan'] }, { id: 'outturn', payOn: '2008-07-31', weight: 1 }],
      },
      practices: [
        { practiceCode: 'Z90002', listSizes: [{ date: '2007-07-01', registered: 6001 }], planApprovedOn: '2007-07-20', indicativeBudget: { overspent: false } },
        { practiceCode: 'Z90004', listSizes: [{ date: '2007-07-01', registered: 3180 }], planApprovedOn: '2007-07-20', indicativeBudget: { overspent: true } },
      ],
    },
  ],
});

const ac2007 = (subject: string, evidence: readonly ReadinessEvidenceItem[], asOf = '2007-11-22') => assessReadiness({ framework: 'AC2007', evidence, subject }, { asOf });

describe('pounds for charts are divided from pence exactly', () => {
  it('30 pence is 0.3, not 0.30000000000000004; negatives and zero keep their sign rules', () => {
    expect(poundsOf(pence(30))).toBe(0.3);
    expect(poundsOf(pence(10)) + poundsOf(pence(20))).not.toBe(0.3); // why a chart must not add pounds as floats
    expect(poundsOf(pence(-1200))).toBe(-12);
    expect(Object.is(poundsOf(pence(0)), 0)).toBe(true);
    expect(poundsOf(pence(Number.MAX_SAFE_INTEGER))).toBe(Number('90071992547409.91'));
  });
  it('is always the number the exact decimal text of the amount reads as', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (amount) => {
        expect(poundsOf(pence(amount))).toBe(Number(poundsText(amount)));
        expect(poundsOf(pence(amount))).toBe(Number(formatGbp(pence(amount)).replace(/[£,]/g, '')));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('budgetVarianceChart: budget variance by month and service line', () => {
  const spec = budgetVarianceChart(monitoring);

  it('compiles with vega-lite without errors or warnings, with and without the total', () => {
    expectCompilesCleanly(spec);
    expectCompilesCleanly(budgetVarianceChart(monitoring, { includeTotal: true, title: 'Market Street 2007/08' }));
    expectCompilesCleanly(budgetVarianceChart(monitoring.months));
  });
  it('is plain JSON for Vega-Lite v6 with its rows inlined', () => {
    expect(spec.$schema).toBe(vegaLiteSchemaUrl);
    expect(vegaLiteSchemaUrl).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(spec.title).toEqual({
      text: 'Budget variance by month and service line',
      subtitle: ['practice Z90002, 2007/08', 'Actual spend to Jun 2007; forecast after (paler bars)', 'Variance = budget − spend: above zero an underspend, below zero an overspend'],
    });
  });
  it('gives one row per line and month, lines in catalogue order, the variance exact in pence, pounds and text', () => {
    expect(spec.data.values).toHaveLength(24);
    expect(spec.data.values.map((row) => row.serviceLine).slice(11, 13)).toEqual(['OUTPATIENT', 'PRESCRIBING']);
    const april = spec.data.values.find((row) => row.serviceLine === 'PRESCRIBING' && row.month === 1);
    expect(april).toEqual({
      serviceLine: 'PRESCRIBING',
      serviceLineLabel: 'Prescribing',
      month: 1,
      period: '2007-04',
      monthName: 'Apr 2007',
      basis: 'actual',
      budget: 100_000,
      spend: 99_970,
      variance: 30,
      budgetPounds: 1000,
      spendPounds: 999.7,
      variancePounds: 0.3,
      budgetGbp: '£1,000.00',
      spendGbp: '£999.70',
      varianceGbp: '£0.30',
      position: 'underspend',
    });
    const may = spec.data.values.find((row) => row.serviceLine === 'PRESCRIBING' && row.month === 2);
    expect(may).toMatchObject({ variance: -10_030, variancePounds: -100.3, varianceGbp: '-£100.30', position: 'overspend' });
    const july = spec.data.values.find((row) => row.serviceLine === 'PRESCRIBING' && row.month === 4);
    expect(july).toMatchObject({ basis: 'forecast', period: '2007-07', monthName: 'Jul 2007' });
  });
  it("adds up: each line's monthly variances sum to its forecast variance, exactly", () => {
    for (const line of monitoring.lines) {
      const rows = spec.data.values.filter((row) => row.serviceLine === line.serviceLine);
      expect(sumMoney(rows.map((row) => row.variance))).toBe(line.forecastVariance);
    }
    const total = budgetVarianceChart(monitoring, { includeTotal: true }).data.values.filter((row) => row.serviceLine === 'TOTAL');
    expect(total.map((row) => row.serviceLineLabel)).toEqual(Array(12).fill('Total'));
    expect(sumMoney(total.map((row) => row.variance))).toBe(monitoring.total.forecastVariance);
  });
  it('marks a month on budget, and a final year as actual throughout', () => {
    const final = monitorBudget({
      budget: { holder: { kind: 'group', groupId: 'vale-north', name: 'Vale North', memberPracticeCodes: ['Z90001'] }, financialYear: '2008/09', kind: 'real', lines: [{ serviceLine: 'DIAGNOSTICS', amount: 1200 }] },
      throughMonth: 12,
      spend: [{ serviceLine: 'DIAGNOSTICS', amount: 100, month: 1 }],
    });
    const finalSpec = budgetVarianceChart(final);
    expect(finalSpec.title.subtitle?.slice(0, 2)).toEqual(['Vale North, 2008/09', 'Actual spend in every month']);
    expect(finalSpec.data.values[0]).toMatchObject({ position: 'on budget', basis: 'actual', variance: 0 });
    expectCompilesCleanly(finalSpec);
    const unnamed = untypedBudgetVarianceChart({ ...final, holder: { kind: 'group', groupId: 'vale-north' } });
    expect(unnamed.title.subtitle?.[0]).toBe('group vale-north, 2008/09');
    const forecastOnly = budgetVarianceChart(monitoring.months.map((row) => ({ ...row, actual: null })));
    expect(forecastOnly.title.subtitle?.[0]).toBe('All months forecast (paler bars)');
    expect(budgetVarianceChart({ months: monitoring.months }).title.subtitle?.[0]).toBe('Actual spend to Jun 2007; forecast after (paler bars)');
  });
  it('keeps every property for any monitoring: the sums hold and pounds match the pence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 500_000_000 }),
        (throughMonth, spend, amount) => {
          const result = monitorBudget({
            budget: { holder: { kind: 'practice', practiceCode: 'Z90002' }, financialYear: '2007/08', kind: 'indicative', lines: [{ serviceLine: 'OUTPATIENT', amount }] },
            throughMonth,
            spend: spend.slice(0, throughMonth).map((value, index) => ({ serviceLine: 'OUTPATIENT', amount: value, month: index + 1 })),
          });
          const rows = budgetVarianceChart(result).data.values;
          expect(sumMoney(rows.map((row) => row.variance))).toBe(result.total.forecastVariance);
          for (const row of rows) {
            expect(row.variancePounds).toBe(Number(poundsText(row.variance)));
            expect(row.basis).toBe(row.month <= throughMonth ? 'actual' : 'forecast');
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('refuses bad data naming each field, for a result object and for a table', () => {
    const broken = monitoring.months.map((row, index) => (index === 3 ? { ...row, budget: 1.5 } : row));
    expectIssue(() => untypedBudgetVarianceChart({ ...monitoring, months: broken }), 'INVALID_INPUT', ['months', 3, 'budget']);
    expectIssue(() => budgetVarianceChart(broken), 'INVALID_INPUT', [3, 'budget']);
    expectIssue(() => untypedBudgetVarianceChart([{ ...monitoring.months[0], extra: true }]), 'INVALID_INPUT', [0]);
    expectIssue(() => untypedBudgetVarianceChart([{ ...monitoring.months[0], label: '2007-13' }]), 'INVALID_INPUT', [0, 'label']);
    expectIssue(() => budgetVarianceChart([]), 'INVALID_INPUT', []);
    expectIssue(() => untypedBudgetVarianceChart(null), 'INVALID_INPUT', []);
    const both = expectIssue(() => untypedBudgetVarianceChart(broken, { includeTotal: 'yes' }), 'INVALID_INPUT', ['options', 'includeTotal']);
    expect(both.issues.map((issue) => issue.path)).toEqual([[3, 'budget'], ['options', 'includeTotal']]);
    expectIssue(() => untypedBudgetVarianceChart(monitoring, { colour: 'red' }), 'INVALID_INPUT', ['options']);
    const many = expectIssue(() => budgetVarianceChart(monitoring.months.map((row) => ({ ...row, forecast: -0.5 }))), 'INVALID_INPUT', [0, 'forecast']);
    expect(many.issues).toHaveLength(36); // 24 line rows and 12 TOTAL rows
    expect(many.message).toBe('invalid budget variance chart: 0.forecast: must be a whole number of pence; 1.forecast: must be a whole number of pence; 2.forecast: must be a whole number of pence (and 33 more)');
    expectIssue(() => untypedBudgetVarianceChart({ ...monitoring, holder: { kind: 'practice' } }), 'INVALID_INPUT', ['holder', 'practiceCode']);
    expectIssue(() => untypedBudgetVarianceChart({ ...monitoring, financialYear: '2007/09' }), 'INVALID_INPUT', ['financialYear']);
  });
  it('refuses two rows for one line and month', () => {
    const twice = [...monitoring.months, monitoring.months[0]];
    expectIssue(() => untypedBudgetVarianceChart(twice), 'CONFLICTING_INPUT', [monitoring.months.length, 'month'], 'charts.budgetVariance.oneRowPerLineAndMonth');
    expectIssue(() => untypedBudgetVarianceChart({ months: twice }), 'CONFLICTING_INPUT', ['months', monitoring.months.length, 'month'], 'charts.budgetVariance.oneRowPerLineAndMonth');
  });
});

describe('incentivePaymentsChart: incentive payments by practice', () => {
  const spec = incentivePaymentsChart(schedule);

  it('compiles with vega-lite without errors or warnings, for a schedule, its records, one year or nothing due', () => {
    expectCompilesCleanly(spec);
    expectCompilesCleanly(incentivePaymentsChart(schedule.records, { financialYear: '2007/08' }));
    expectCompilesCleanly(incentivePaymentsChart([]));
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
  it('plots every due payment, in pounds exactly (SFE 7A worked figures), and nothing else', () => {
    expect(spec.data.values.map((row) => [row.practiceCode, row.payment, row.dueOn, row.amount, row.amountPounds, row.amountGbp])).toEqual([
      ['Z90002', 'Towards PBC DES C1', '2006-06-30', 565_250, 5652.5, '£5,652.50'],
      ['Z90002', 'Towards PBC DES C2', '2007-05-31', 370_000, 3700, '£3,700.00'],
      ['Z90002', '5ZZ-2007 sign-up', '2007-07-31', 600_100, 6001, '£6,001.00'],
      ['Z90002', '5ZZ-2007 outturn', '2008-07-31', 600_100, 6001, '£6,001.00'],
      ['Z90004', '5ZZ-2007 sign-up', '2007-07-31', 318_000, 3180, '£3,180.00'],
    ]);
    const due = schedule.records.filter((record) => record.status === 'due');
    expect(sumMoney(spec.data.values.map((row) => row.amount))).toBe(sumMoney(due.map((record) => record.amount)));
    expect(spec.title.subtitle?.[0]).toBe('Every year: £24,534.50 to 2 practices in 5 payments');
  });
  it("labels each practice's bar with its total, summed in pence", () => {
    const totals = (spec.layer?.[1] as { data: { values: unknown[] } }).data.values;
    expect(totals).toEqual([
      { practiceCode: 'Z90002', total: 2_135_450, totalPounds: 21354.5, totalGbp: '£21,354.50', payments: 4 },
      { practiceCode: 'Z90004', total: 318_000, totalPounds: 3180, totalGbp: '£3,180.00', payments: 1 },
    ]);
  });
  it('keeps one financial year when asked', () => {
    const year = incentivePaymentsChart(schedule.records, { financialYear: '2007/08', title: 'Paid in 2007/08' });
    expect(year.data.values.map((row) => [row.practiceCode, row.item])).toEqual([
      ['Z90002', 'C2'],
      ['Z90002', 'sign-up'],
      ['Z90004', 'sign-up'],
    ]);
    expect(year.title).toEqual({ text: 'Paid in 2007/08', subtitle: ['Due in 2007/08: £12,881.00 to 2 practices in 3 payments', 'Items withheld, refused or not earned pay nothing and are not shown'] });
    expect(incentivePaymentsChart([]).title.subtitle?.[0]).toBe('Every year: £0.00 to 0 practices in 0 payments');
    const one = incentivePaymentsChart(schedule.records.filter((record) => record.practiceCode === 'Z90004' && record.status === 'due'));
    expect(one.title.subtitle?.[0]).toBe('Every year: £3,180.00 to 1 practice in 1 payment');
  });
  it('refuses bad records naming each field', () => {
    const first = schedule.records[0]!;
    expectIssue(() => incentivePaymentsChart({ records: [{ ...first, amount: 1.5 }] }), 'INVALID_INPUT', ['records', 0, 'amount']);
    expectIssue(() => incentivePaymentsChart([{ ...first, amount: 1.5 }]), 'INVALID_INPUT', [0, 'amount']);
    expectIssue(() => untypedIncentivePaymentsChart(schedule, { financialYear: '2007-08' }), 'INVALID_INPUT', ['options', 'financialYear']);
    expectIssue(() => untypedIncentivePaymentsChart('schedule'), 'INVALID_INPUT', []);
  });
  it('refuses a due payment without a date, and one item paid twice', () => {
    const first = schedule.records[0]!;
    expectIssue(() => incentivePaymentsChart([{ ...first, dueOn: null }]), 'CONFLICTING_INPUT', [0, 'dueOn'], 'charts.incentivePayments.dueHasDate');
    expectIssue(() => incentivePaymentsChart({ records: [first, first] }), 'CONFLICTING_INPUT', ['records', 1, 'item'], 'charts.incentivePayments.onePaymentPerItem');
  });
});

describe('readinessChart: readiness by factor and area', () => {
  const vale = ac2007('5ZZ', [
    { factorId: 'AC07.F1_BUDGETS', status: 'met' },
    { factorId: 'AC07.F2_INFORMATION', status: 'partial' },
    { factorId: 'AC07.F4_GOVERNANCE_COI', status: 'not_met' },
  ]);
  const hill = ac2007('5ZY', [{ factorId: 'AC07.F1_BUDGETS', status: 'partial' }]);

  it('compiles with vega-lite without errors or warnings, for every built-in framework', () => {
    expectCompilesCleanly(readinessChart([vale, hill]));
    expectCompilesCleanly(readinessChart(assessReadiness({ framework: 'AC2006', evidence: [{ factorId: 'AC06.Q.GOV.MONITORING', status: 'met' }], subject: '5ZZ' }, { asOf: '2006-12-01' })));
    expectCompilesCleanly(readinessChart(assessReadiness({ framework: 'KF2008', evidence: [{ factorId: 'KF08.F.DATA', status: 'barrier' }], subject: '5ZZ' }, { asOf: '2008-11-30' })));
    expectCompilesCleanly(readinessChart(assessReadiness({ framework: 'DH2006', evidence: [] }, { asOf: '2006-12-31' })));
    expectCompilesCleanly(readinessChart(assessReadiness({ framework: 'DH2009', evidence: [] }, { asOf: '2009-06-30' })));
  });
  it('gives one cell per factor and area, factors in the framework order, areas in the order given (Audit Commission 2007)', () => {
    const spec = readinessChart([vale, hill]);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(spec.data.values.map((cell) => `${cell.factorId} ${cell.area} ${cell.symbol}`)).toEqual([
      'AC07.F1_BUDGETS 5ZZ ✓',
      'AC07.F1_BUDGETS 5ZY ½',
      'AC07.F2_INFORMATION 5ZZ ½',
      'AC07.F2_INFORMATION 5ZY ?',
      'AC07.F3_FREEDOM_SAVINGS 5ZZ ?',
      'AC07.F3_FREEDOM_SAVINGS 5ZY ?',
      'AC07.F4_GOVERNANCE_COI 5ZZ ✗',
      'AC07.F4_GOVERNANCE_COI 5ZY ?',
      'AC07.F5_SHARED_OWNERSHIP 5ZZ ?',
      'AC07.F5_SHARED_OWNERSHIP 5ZY ?',
    ]);
    expect(spec.data.values[0]).toMatchObject({ subjectId: '5ZZ', asOf: '2007-11-22', frameworkId: readinessFrameworks.AC2007.id, factorOrder: 1, groupId: null, groupLabel: 'Factors', role: 'scored', status: 'met', statusLabel: 'met' });
    expect(spec.title.subtitle).toEqual([`${readinessFrameworks.AC2007.title} (${readinessFrameworks.AC2007.id})`, '2 areas × 5 factors; as of 2007-11-22']);
    // The legend lists only the statuses present, in their fixed order and colours.
    const colour = (spec.layer?.[0] as { encoding: { color: { scale: { domain: string[] } } } }).encoding.color.scale.domain;
    expect(colour).toEqual(['met', 'partly met', 'not met', 'unknown (no evidence)']);
  });
  it('draws one panel per key area when the framework has groups (Audit Commission 2006; King’s Fund 2008)', () => {
    const ac2006 = assessReadiness({ framework: 'AC2006', evidence: [], subject: '5ZZ' }, { asOf: '2006-12-01' });
    const spec = readinessChart(ac2006, { title: 'Board checklist' });
    const panels = (spec.vconcat ?? []).map((panel) => (panel as { title: { text: string } }).title.text);
    expect(panels).toEqual((readinessFrameworks.AC2006.groups ?? []).map((group) => group.label));
    expect(spec.title.text).toBe('Board checklist');
    expect(spec.data.values).toHaveLength(readinessFrameworks.AC2006.factors.length);
    const kf = readinessChart(assessReadiness({ framework: 'KF2008', evidence: [{ factorId: 'KF08.F.DATA', status: 'enabler' }], subject: '5ZZ' }, { asOf: '2008-11-30' }));
    expect(new Set(kf.data.values.map((cell) => cell.role))).toEqual(new Set(['scored', 'outcome']));
    expect(kf.data.values.find((cell) => cell.factorId === 'KF08.F.DATA')).toMatchObject({ status: 'enabler', symbol: '+', statusLabel: 'enabler' });
  });
  it('shows one area on two dates as two columns, and names unnamed areas', () => {
    const history: ReadinessEvidenceItem[] = [
      { factorId: 'AC07.F1_BUDGETS', status: 'partial', observedOn: '2007-06-30' },
      { factorId: 'AC07.F1_BUDGETS', status: 'met', observedOn: '2008-05-01' },
    ];
    const then = assessReadiness({ framework: 'AC2007', evidence: history, subject: '5ZZ' }, { asOf: '2007-11-22' });
    const now = assessReadiness({ framework: 'AC2007', evidence: history, subject: '5ZZ' }, { asOf: '2008-11-20' });
    const spec = readinessChart([then, now]);
    expect([...new Set(spec.data.values.map((cell) => cell.area))]).toEqual(['5ZZ (2007-11-22)', '5ZZ (2008-11-20)']);
    expect(spec.data.values.slice(0, 2).map((cell) => cell.status)).toEqual(['partial', 'met']);
    expect(spec.title.subtitle?.[1]).toBe('2 areas × 5 factors; as of 2007-11-22, 2008-11-20');
    const anonymous = readinessChart([assessReadiness({ framework: 'AC2007', evidence: [] }, { asOf: '2007-11-22' })]);
    expect(anonymous.data.values[0]?.area).toBe('assessment 1');
    expect(anonymous.title.subtitle?.[1]).toBe('1 area × 5 factors; as of 2007-11-22');
  });
  it('reads an assessment back from JSON', () => {
    const roundTrip = JSON.parse(JSON.stringify(vale)) as unknown;
    expect(untypedReadinessChart(roundTrip)).toEqual(untypedReadinessChart(vale));
  });
  it('places a factor the first assessment lacks after the others, and names a group by its id when its label is missing', () => {
    const extra = { ...hill, factors: [...hill.factors, { ...hill.factors[0]!, factorId: 'LOCAL.F6', label: 'A local factor', group: 'LOCAL' }] };
    const spec = readinessChart([vale, extra]);
    expect(spec.data.values.at(-1)).toMatchObject({ area: '5ZY', factorId: 'LOCAL.F6', factorOrder: 6, groupId: 'LOCAL', groupLabel: 'LOCAL' });
    expect((spec.vconcat ?? []).map((panel) => (panel as { title: { text: string } }).title.text)).toEqual(['Factors', 'LOCAL']);
    expectCompilesCleanly(spec);
  });
  it('refuses bad assessments naming each field', () => {
    const broken = { ...hill, factors: hill.factors.map((factor, index) => (index === 0 ? { ...factor, status: 'yes' } : factor)) };
    expectIssue(() => untypedReadinessChart([vale, broken]), 'INVALID_INPUT', [1, 'factors', 0, 'status']);
    expectIssue(() => untypedReadinessChart(broken), 'INVALID_INPUT', ['factors', 0, 'status']);
    expectIssue(() => readinessChart([]), 'INVALID_INPUT', []);
    expectIssue(() => readinessChart(vale, { title: '' }), 'INVALID_INPUT', ['options', 'title']);
  });
  it('refuses two frameworks in one chart, and one subject twice on one date', () => {
    const kf = assessReadiness({ framework: 'KF2008', evidence: [], subject: '5ZX' }, { asOf: '2008-11-30' });
    expectIssue(() => readinessChart([vale, kf]), 'CONFLICTING_INPUT', [1, 'frameworkId'], 'charts.readiness.oneFramework');
    expectIssue(() => readinessChart([vale, hill, vale]), 'CONFLICTING_INPUT', [2, 'asOf'], 'charts.readiness.distinctAreas');
  });
});

describe('the charts need nothing to draw them at run time', () => {
  it('no chart module imports vega or vega-lite, and neither is a runtime dependency', () => {
    const folder = new URL('../../src/charts/', import.meta.url);
    const files = readdirSync(folder).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(readFileSync(new URL(file, folder), 'utf8'), file).not.toMatch(/from '(?:vega|vega-lite|vega-embed)[/']/);
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).filter((name) => name.startsWith('vega'))).toEqual([]);
  });
});
