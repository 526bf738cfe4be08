import { compareBudgetRegimes, freedUpResources, fundholdingEligibility, monitorBudget, rollUpGroupBudget, setIndicativeBudget, type Budget } from '../../src/index.js';
import { formatGbp, pence } from '../../src/core/index.js';
import { sampleBudgetPractices, sampleMarketStreetSpend, samplePctResources } from './budgets-data.js';
import { sampleArea } from './sample-area.js';

const money = (amount: number): string => formatGbp(pence(amount));
const nameOf = (code: string): string => sampleArea.practices.find((practice) => practice.code === code)?.name ?? code;
const percent = (ratio: string | null): string => (ratio === null ? '—' : `${(Number(ratio) * 100).toFixed(1)}%`);
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const total = (budget: Budget | undefined): number => (budget?.lines ?? []).reduce((sum, line) => sum + line.amount, 0);

/** The demo report's budgets section: budgets and variance for the sample PCT, freed-up resources, a fundholding comparison. */
export function budgetsSection(): string {
  const lines: string[] = ['── Budgets: indicative budgets set, monitored and settled; the real-budget comparison ──', ''];
  const set = setIndicativeBudget({ pctCode: sampleArea.pct.code, financialYear: '2007/08', method: 'blended', pctResources: samplePctResources, practices: sampleBudgetPractices });
  lines.push(`${sampleArea.pct.name}, 2007/08 indicative budgets (blended: historic activity at the 2007/08 tariff; a practice`);
  lines.push(`more than 10% from its fair share closes a quarter of the gap — the step is the library's unconfirmed default):`);
  lines.push(`  ${'practice'.padEnd(34)}${'historic'.padStart(14)}${'fair share'.padStart(14)}${'distance'.padStart(10)}${'budget'.padStart(14)}  basis`);
  for (const practice of set.practices) {
    lines.push(
      `  ${`${practice.practiceCode} ${nameOf(practice.practiceCode)}`.padEnd(34)}${money(practice.historicTotal ?? 0).padStart(14)}${money(practice.fairShareTotal ?? 0).padStart(14)}${percent(practice.distanceFromFairShare).padStart(10)}${money(practice.total).padStart(14)}  ${practice.basis}`,
    );
  }
  const available = set.controlTotal.reduce((sum, row) => sum + row.available, 0);
  const allocated = set.controlTotal.reduce((sum, row) => sum + row.sumOfBudgets, 0);
  const scaled = set.controlTotal.filter((row) => row.scaledDown).map((row) => row.serviceLine);
  lines.push(`  PCT control total ${money(available)}; budgets ${money(allocated)}; scaled down to the control total: ${scaled.length === 0 ? 'none' : scaled.join(', ')}`);
  lines.push('');

  const marketStreet = set.budgets.find((budget) => budget.holder.kind === 'practice' && budget.holder.practiceCode === 'Z90002');
  if (marketStreet === undefined) throw new Error('the sample PCT has no budget for Z90002');
  const monitoring = monitorBudget({ budget: marketStreet, throughMonth: 9, spend: sampleMarketStreetSpend });
  lines.push(`Monitoring ${nameOf('Z90002')} to December 2007 (month 9), straight-line forecast:`);
  lines.push(`  ${'line'.padEnd(20)}${'budget'.padStart(14)}${'budget to date'.padStart(16)}${'spend to date'.padStart(15)}${'forecast'.padStart(14)}${'variance'.padStart(14)}`);
  for (const row of [...monitoring.lines, monitoring.total]) {
    lines.push(
      `  ${row.serviceLine.padEnd(20)}${money(row.budget).padStart(14)}${money(row.budgetToDate).padStart(16)}${money(row.spendToDate).padStart(15)}${money(row.forecastOutturn).padStart(14)}${money(row.forecastVariance).padStart(14)}${row.projectedOverspend ? '  ⚠ overspend' : ''}`,
    );
  }
  lines.push('');

  const riverside = set.budgets[0];
  const outturn = Math.round(total(riverside) * 0.97);
  const fur = freedUpResources({ outcome: { holder: riverside?.holder, financialYear: '2007/08', budget: total(riverside), outturn }, businessCase: { status: 'approved', approvedAmount: 2_500_000 } });
  lines.push(`Year end: ${nameOf('Z90001')} spends ${money(outturn)} against ${money(fur.budget)} — an underspend of ${money(fur.underspend)}.`);
  lines.push(`  Freed-up resources: practice ${money(fur.practiceShare)} (${percent(fur.practiceShareRatio)}), PCT ${money(fur.pctShare)}; business case approved for ${money(fur.released)} (${fur.releaseStatus}).`);
  const group = { kind: 'group' as const, groupId: 'vale-north', name: 'Vale North cluster', memberPracticeCodes: ['Z90001', 'Z90002', 'Z90003'] };
  const rollUp = rollUpGroupBudget({ group, budgets: set.budgets.slice(0, 3) });
  lines.push(`  The Vale North cluster (Z90001–Z90003) holds ${money(rollUp.total)}: the exact sum of its members' budgets.`);
  lines.push('');

  const hillcrest = sampleArea.practices[2];
  const oldMill = sampleArea.practices[3];
  lines.push('The real-budget comparison: GP fundholding (1991–1999), and a real budget in 2007/08:');
  for (const date of ['1993-03-31', '1993-04-01', '1996-04-01']) {
    const result = fundholdingEligibility({ date, practices: [{ practiceCode: hillcrest.code, listSize: hillcrest.listSize }] });
    lines.push(`  ${hillcrest.name} (${count(hillcrest.listSize)} patients) on ${date}: ${result.eligible ? 'eligible' : `not eligible, ${count(result.shortfall)} short`} (minimum ${count(result.minimumListSize)})`);
  }
  const community = fundholdingEligibility({ date: '1996-04-01', kind: 'community', practices: [{ practiceCode: oldMill.code, listSize: oldMill.listSize }] });
  lines.push(`  ${oldMill.name} (${count(oldMill.listSize)} patients) on 1996-04-01, community fundholding: ${community.eligible ? 'eligible' : 'not eligible'} (minimum ${count(community.minimumListSize)})`);
  const comparison = compareBudgetRegimes({
    holder: { kind: 'practice', practiceCode: 'Z90002' },
    financialYear: '2007/08',
    lines: monitoring.lines.map((row) => ({ serviceLine: row.serviceLine, budget: row.budget, outturn: row.forecastOutturn })),
    realBudgetLines: ['ELECTIVE_INPATIENT', 'DAY_CASE', 'OUTPATIENT'],
  });
  lines.push(`  ${nameOf('Z90002')}'s forecast year with elective, day case and outpatient care as a real budget:`);
  for (const regime of comparison.regimes) {
    lines.push(
      `    ${regime.regime.padEnd(10)} practice holds ${money(regime.cashHeldByHolder).padStart(13)}; keeps ${money(regime.holderKeeps).padStart(11)}; bears ${money(regime.holderBears).padStart(11)}; the PCT bears ${money(regime.pctBears)}`,
    );
  }
  return lines.join('\n');
}
