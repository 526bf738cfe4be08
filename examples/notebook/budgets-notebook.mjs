// The Node twin of budgets-notebook.ipynb (a Deno Jupyter notebook). Each `// %%` line starts a
// notebook cell; `// %% [markdown]` cells are the notebook's text. Every code cell after the first
// is the same in both: only the setup cell differs (imports by package name here, `npm:` imports
// and Jupyter display there). test/charts/notebook.test.ts checks that the two stay in step.
//
//   npm run build && node examples/notebook/budgets-notebook.mjs              # print the tables
//   node examples/notebook/budgets-notebook.mjs --charts out/                # also write *.vl.json
//   node examples/notebook/budgets-notebook.mjs --check                      # quiet; check the sums

// %% [markdown]
// # Practice based commissioning in a notebook
//
// A fictional PCT, Sample Vale (5ZZ), in 2007/08: a practice's budget monitored to December,
// every incentive payment due to three practices, the Audit Commission's readiness factors in three
// PCTs, and the DH/Ipsos MORI survey. Every result is plain data: tables are arrays of flat records,
// money is whole pence (shown in pounds by `formatGbp`), and each chart is a Vega-Lite specification
// with its data inlined.

// %%
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessReadiness, budgetVarianceChart, incentivePaymentSchedule, incentivePaymentsChart, monitorBudget, readinessChart, renderExplanation } from 'practice-based-commissioning';
import { formatGbp, sumMoney } from 'practice-based-commissioning/core';
import { baselinePolicy, pbcSurveyFigures, pbcSurveyMetrics, readinessFrameworks } from 'practice-based-commissioning/policy';

const args = process.argv.slice(2);
const check = args.includes('--check');
const chartsDir = args.includes('--charts') ? args[args.indexOf('--charts') + 1] : undefined;
const charts = [];

/** Prints a table of flat records (the notebook shows the same with console.table). */
const show = (rows) => {
  if (!check) console.table(rows);
};
/** Prints a line of text. */
const say = (text) => {
  if (!check) console.log(text);
};
/** Keeps a chart; writes it as `<name>.vl.json` when run with `--charts <dir>` (the notebook draws it). */
const chart = async (name, spec) => {
  charts.push({ name, spec });
  if (chartsDir !== undefined) {
    mkdirSync(chartsDir, { recursive: true });
    writeFileSync(join(chartsDir, `${name}.vl.json`), `${JSON.stringify(spec, null, 2)}\n`);
  }
  say(`chart ${name}: ${spec.title.text}, ${spec.data.values.length} rows${chartsDir === undefined ? '' : ` → ${join(chartsDir, `${name}.vl.json`)}`}`);
};

// %% [markdown]
// ## Budgets: monitoring a practice's indicative budget
//
// Market Street Practice (Z90002) holds an indicative budget for three service lines. Spend is
// reported to December 2007 (month 9); the forecast outturn is a straight line. Variances are
// `budget − spend`: above zero an underspend.

// %%
const budget = {
  holder: { kind: 'practice', practiceCode: 'Z90002' },
  financialYear: '2007/08',
  kind: 'indicative',
  lines: [
    { serviceLine: 'OUTPATIENT', amount: 48_000_000 },
    { serviceLine: 'PRESCRIBING', amount: 96_000_000 },
    { serviceLine: 'DIAGNOSTICS', amount: 12_000_000 },
  ],
};
const monthlySpend = {
  OUTPATIENT: [3_950_000, 4_120_000, 4_010_000, 3_880_000, 4_200_000, 4_050_000, 4_300_000, 4_150_000, 3_990_000],
  PRESCRIBING: [7_900_000, 8_050_000, 8_200_000, 8_100_000, 8_350_000, 8_000_000, 8_400_000, 8_250_000, 8_600_000],
  DIAGNOSTICS: [980_000, 1_010_000, 995_000, 940_000, 1_005_000, 990_000, 1_020_000, 960_000, 1_000_000],
};
const spend = Object.entries(monthlySpend).flatMap(([serviceLine, amounts]) => amounts.map((amount, index) => ({ serviceLine, amount, month: index + 1 })));
const monitoring = monitorBudget({ budget, throughMonth: 9, spend });

show(
  [...monitoring.lines, monitoring.total].map((line) => ({
    line: line.serviceLine,
    budget: formatGbp(line.budget),
    spendToDate: formatGbp(line.spendToDate),
    forecastOutturn: formatGbp(line.forecastOutturn),
    forecastVariance: formatGbp(line.forecastVariance),
    overspend: line.projectedOverspend,
  })),
);
for (const finding of monitoring.findings) say(`${finding.code}: ${finding.message}`);

// %%
const variance = budgetVarianceChart(monitoring, { includeTotal: true });
show(variance.data.values.filter((row) => row.serviceLine === 'TOTAL').map(({ monthName, basis, budgetGbp, spendGbp, varianceGbp, variancePounds }) => ({ monthName, basis, budgetGbp, spendGbp, varianceGbp, variancePounds })));
await chart('budget-variance', variance);

// %% [markdown]
// ## Incentives: every payment due, when and why
//
// Three practices claimed the Towards PBC DES in 2006/07 (95p per patient for signing up, 95p more
// when the plan's objectives are met, less freed-up resources); from July 2007 the PCT's own scheme
// pays 200p per registered patient in two instalments.

// %%
const lists = (atStart, atEnd) => [
  { date: '2006-04-01', registered: atStart },
  { date: '2007-04-01', registered: atEnd },
];
const schedule = incentivePaymentSchedule({
  desClaims: [
    { component: 'C1', practiceCode: 'Z90001', planAgreedOn: '2006-05-10', indicativeBudgetAcceptedOn: '2006-04-20', listSizes: lists(11_140, 11_250) },
    { component: 'C1', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', indicativeBudgetAcceptedOn: '2006-05-01', listSizes: lists(5950, 6000) },
    {
      component: 'C2', practiceCode: 'Z90002', planAgreedOn: '2006-06-15', plan: 'individual',
      objectives: [{ id: 'referrals', scope: 'own', met: true }], objectivesAgreedMetOn: '2007-04-20', claimedOn: '2007-05-02',
      freedUpResources: { accessible: 200_000, pctDemonstratedAvailable: true }, listSizes: lists(5950, 6000),
    },
    { component: 'C1', practiceCode: 'Z90003', planAgreedOn: '2006-09-01', indicativeBudgetAcceptedOn: '2006-09-01', listSizes: lists(8390, 8420) },
  ],
  localSchemes: [
    {
      scheme: {
        id: '5ZZ-LIS-2007', name: 'Sample Vale PBC incentive scheme 2007/08', pctCode: '5ZZ',
        startsOn: '2007-07-01', endsOn: '2008-06-30', ratePerPatient: 200, patientBasis: 'registered', listSizeDate: '2007-07-01',
        conditions: [{ id: 'plan', kind: 'plan-approved' }, { id: 'budget', kind: 'no-overspend' }],
        instalments: [{ id: 'sign-up', payOn: '2007-09-30', weight: 1, conditions: ['plan'] }, { id: 'outturn', payOn: '2008-07-31', weight: 1 }],
      },
      practices: [
        { practiceCode: 'Z90001', listSizes: [{ date: '2007-07-01', registered: 11_250 }], planApprovedOn: '2007-08-14', indicativeBudget: { overspent: false } },
        { practiceCode: 'Z90002', listSizes: [{ date: '2007-07-01', registered: 6000 }], planApprovedOn: '2007-07-20', indicativeBudget: { overspent: false } },
        { practiceCode: 'Z90003', listSizes: [{ date: '2007-07-01', registered: 8420 }], planApprovedOn: '2007-10-05', indicativeBudget: { overspent: true } },
      ],
    },
  ],
});
show(schedule.records.map(({ practiceCode, scheme, item, status, dueOn, amount }) => ({ practiceCode, scheme, item, status, dueOn, amount: formatGbp(amount) })));
say(`Total due: ${formatGbp(schedule.total)}`);
// The cell's value, shown below it in a notebook (where a cell's last printed line can arrive late).
`Total due: ${formatGbp(schedule.total)}`;

// %%
const payments = incentivePaymentsChart(schedule);
await chart('incentive-payments', payments);
// Why one payment is what it is: the rule, the dated parameters it read, and their sources.
say(renderExplanation(schedule.explanation.children[1], { policy: baselinePolicy }));

// %% [markdown]
// ## Readiness: the Audit Commission's five factors in three PCTs (2007)
//
// *Putting commissioning into practice* (November 2007) found PBC worked where five factors were in
// place. Factors with no evidence are `unknown`; `missingEvidence` says which evidence would change
// the rating.

// %%
const evidence = {
  '5ZZ': { 'AC07.F1_BUDGETS': 'met', 'AC07.F2_INFORMATION': 'partial', 'AC07.F3_FREEDOM_SAVINGS': 'met', 'AC07.F4_GOVERNANCE_COI': 'met' },
  '5ZY': { 'AC07.F1_BUDGETS': 'met', 'AC07.F2_INFORMATION': 'not_met', 'AC07.F4_GOVERNANCE_COI': 'partial', 'AC07.F5_SHARED_OWNERSHIP': 'not_met' },
  '5ZX': { 'AC07.F1_BUDGETS': 'met', 'AC07.F2_INFORMATION': 'met', 'AC07.F3_FREEDOM_SAVINGS': 'met', 'AC07.F4_GOVERNANCE_COI': 'met', 'AC07.F5_SHARED_OWNERSHIP': 'met' },
};
const assessments = Object.entries(evidence).map(([subject, statuses]) =>
  assessReadiness(
    { framework: 'AC2007', evidence: Object.entries(statuses).map(([factorId, status]) => ({ factorId, status })), subject },
    { asOf: '2007-11-22' },
  ),
);
show(assessments.map((assessment) => ({ area: assessment.subjectId, score: `${assessment.score.score} of ${assessment.score.maximum}`, rating: assessment.rating.id, ready: assessment.ready, unknown: assessment.score.unknownCount })));

// %%
const readiness = readinessChart(assessments);
show(readiness.data.values.filter((cell) => cell.status !== 'met').map(({ area, factorId, statusLabel }) => ({ area, factorId, statusLabel })));
await chart('readiness', readiness);

// %% [markdown]
// ## The DH/Ipsos MORI PBC survey, as published
//
// The survey tables are cited data: each figure as the source gave it, with the number it states.

// %%
const metric = (id) => pbcSurveyMetrics.find((entry) => entry.id === id)?.label ?? id;
show(
  pbcSurveyFigures
    .filter((figure) => figure.series === 'practice' && (figure.metricId === 'has_budget' || figure.metricId === 'supports_pbc'))
    .map(({ waveId, metricId, value, qualifier, published }) => ({ waveId, metric: metric(metricId), value, qualifier, published })),
);

// %% [markdown]
// ## Checks
//
// The figures add up to the penny: the chart rows sum to the monitoring totals and the schedule.

// %%
const lineRows = variance.data.values.filter((row) => row.serviceLine !== 'TOTAL');
const sums = {
  varianceRowsSumToForecastVariance: sumMoney(lineRows.map((row) => row.variance)) === monitoring.total.forecastVariance,
  paymentsSumToScheduleTotal: sumMoney(payments.data.values.map((row) => row.amount)) === schedule.total,
  oneCellPerFactorAndArea: readiness.data.values.length === assessments.length * readinessFrameworks.AC2007.factors.length,
};
show([sums]);
if (Object.values(sums).includes(false)) throw new Error(`the notebook's figures do not add up: ${JSON.stringify(sums)}`);
if (check) console.log(`notebook example ran: ${charts.length} charts (${charts.map((entry) => entry.name).join(', ')}), every check passed`);
