import { compareScenarios, evaluateArea } from '../../src/index.js';
import { formatGbp, pence } from '../../src/core/index.js';
import { baselinePolicy, realBudgetsForElectiveCareReform } from '../../src/policy/index.js';
import { sampleScenarioArea } from './scenario-data.js';

const money = (amount: number): string => formatGbp(pence(amount));

/** The demo report's scenario section: the sample PCT's whole year in one call, and the King's Fund's "replace" option against it. */
export function scenarioSection(): string {
  const asOf = '2008-06-30';
  const year = evaluateArea(sampleScenarioArea, { policy: baselinePolicy, asOf });
  const lines: string[] = [`── Scenarios: ${sampleScenarioArea.name}'s 2007/08 in one call (evaluateArea), and real budgets for elective care ──`, ''];
  lines.push(`As of ${asOf} (${year.throughMonth} months reported): budgets, monitoring, the year end, incentives, conflicts and readiness for ${year.totals.practices} practices.`);
  lines.push(`  ${'practice'.padEnd(9)}${'list'.padStart(8)}${'budget'.padStart(15)}${'outturn'.padStart(15)}${'variance'.padStart(14)}${'keeps (FUR)'.padStart(13)}${'released'.padStart(12)}${'incentives'.padStart(12)}`);
  for (const row of year.practices) {
    lines.push(
      `  ${row.practiceCode.padEnd(9)}${String(row.listSize).padStart(8)}${money(row.budget).padStart(15)}${money(row.outturn).padStart(15)}${money(row.variance).padStart(14)}${money(row.practiceKeeps).padStart(13)}${money(row.furReleased).padStart(12)}${money(row.incentivesDue).padStart(12)}`,
    );
  }
  const { totals } = year;
  lines.push(`  ${'total'.padEnd(17)}${money(totals.budget).padStart(15)}${money(totals.outturn).padStart(15)}${money(totals.variance).padStart(14)}${money(totals.practiceKeeps).padStart(13)}${money(totals.furReleased).padStart(12)}${money(totals.incentivesDue).padStart(12)}`);
  lines.push(`  The PCT carries ${money(totals.pctBears)} of overspends; ${totals.businessCases} business case (${totals.conflictsBreaches} breaches, ${totals.conflictsWarnings} warnings); readiness: ${year.readiness.map((row) => `${row.framework} ${row.rating}`).join(', ')}.`);
  lines.push('');

  const replaced = compareScenarios(sampleScenarioArea, { reform: realBudgetsForElectiveCareReform, asOf });
  lines.push(`compareScenarios with ${replaced.reforms[0]?.label ?? 'the reform'}:`);
  for (const measure of ['practiceKeeps', 'practiceBears', 'pctBears', 'incentivesDue'] as const) {
    const total = replaced.totals.find((row) => row.measure === measure);
    if (total !== undefined) lines.push(`  ${measure.padEnd(14)} ${money(total.before).padStart(13)} → ${money(total.after).padStart(13)} (${total.difference >= 0 ? '+' : ''}${money(total.difference)})`);
  }
  const biggest = [...replaced.practices].sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))[0];
  if (biggest !== undefined) {
    const cause = biggest.causes[0];
    lines.push(`  The largest change: ${biggest.practiceCode} ${biggest.measure} ${money(biggest.before)} → ${money(biggest.after)}`);
    if (cause !== undefined) lines.push(`    because ${cause.id}, read as of ${cause.date}, was ${JSON.stringify(cause.before)} and is ${JSON.stringify(cause.after)} under the reform`);
  }
  lines.push(`  ${replaced.summary.recordsChanged} of ${replaced.summary.recordsCompared} records changed; each change names the parameters and rule versions behind it.`);
  return lines.join('\n');
}
