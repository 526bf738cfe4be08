/**
 * `npm run demo`: a report on a PCT's year that an analyst can read, in plain words, built on the
 * library's own `renderAreaReport`. Run it on the embedded sample PCT, or import `pctReport` and run
 * it on your own area:
 *
 * ```ts
 * import { pctReport } from './scripts/demo.js';
 * console.log(pctReport(myArea, { asOf: '2008-06-30' }));
 * ```
 */
import { pathToFileURL } from 'node:url';
import { compareScenarios, evaluateArea, renderAreaReport, type EvaluateAreaInput } from '../src/index.js';
import { formatGbp, pence } from '../src/core/index.js';
import { realBudgetsForElectiveCareReform, type Policy, type Reform } from '../src/policy/index.js';
import { sampleScenarioArea } from './demo/scenario-data.js';

/** What {@link pctReport} needs besides the area. */
export interface PctReportOptions {
  /** The day the year is looked at, `YYYY-MM-DD` (30 June after the year gives the complete year). */
  readonly asOf: string;
  /** The law (the baseline policy by default). */
  readonly policy?: Policy;
  /** A reform to compare the year with (the King's Fund's real budgets for elective care by default; `null` for none). */
  readonly reform?: Reform | null;
  readonly title?: string;
}

const MEASURES: readonly { readonly measure: string; readonly words: string }[] = [
  { measure: 'practiceKeeps', words: 'savings kept by practices' },
  { measure: 'practiceBears', words: 'overspends borne by practices' },
  { measure: 'pctBears', words: 'overspends carried by the primary care trust' },
  { measure: 'incentivesDue', words: 'incentive payments due' },
];

const money = (amount: number): string => formatGbp(pence(amount));
const signed = (amount: number): string => (amount > 0 ? `${money(amount)} more` : amount < 0 ? `${money(-amount)} less` : 'no change');

/** Markdown words for a name that came from the input (the report escapes its own; this section does the same). */
const words = (text: string): string => text.replace(/[\\`*_[\]|~<>&]/g, (character) => `\\${character}`).replace(/\s+/g, ' ');

/**
 * The year of one area (a PCT, or several) as a Markdown report in plain words, with what a reform
 * would change. Every section reads one evaluation, so the figures agree; the reform section says
 * which figures it compares.
 */
export function pctReport(area: EvaluateAreaInput, options: PctReportOptions): string {
  const policyOption = options.policy === undefined ? {} : { policy: options.policy };
  const year = evaluateArea(area, { ...policyOption, asOf: options.asOf });
  const report = renderAreaReport(year, { area, ...policyOption, ...(options.title === undefined ? {} : { title: options.title }) });
  const reform = options.reform === undefined ? realBudgetsForElectiveCareReform : options.reform;
  if (reform === null) return report;

  const comparison = compareScenarios(area, { ...policyOption, reform, asOf: options.asOf });
  const lines = ['## What a reform would change', ''];
  lines.push(`Under the reform “${words(reform.label)}”, the same year gives (the figures before are those of the report above):`, '');
  lines.push('| Figure | Before | After | Change |', '|---|---:|---:|---:|');
  for (const { measure, words: label } of MEASURES) {
    const total = comparison.totals.find((row) => row.measure === measure);
    if (total !== undefined) lines.push(`| ${label.charAt(0).toUpperCase()}${label.slice(1)} | ${money(total.before)} | ${money(total.after)} | ${signed(total.difference)} |`);
  }
  const changed = comparison.summary.practicesChanged;
  lines.push('', `${changed === 1 ? 'One practice’s year changes' : `${changed} practices’ years change`}.`);
  const names = new Map((area.practices ?? []).map((practice) => [practice.code, practice.name ?? practice.code]));
  const biggest = [...comparison.practices].filter((row) => row.measure === 'practiceKeeps' || row.measure === 'practiceBears').sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))[0];
  if (biggest !== undefined) {
    const what = MEASURES.find((entry) => entry.measure === biggest.measure)?.words ?? 'its figures';
    const cause = biggest.causes[0];
    lines.push(
      `The largest change is at ${words(names.get(biggest.practiceCode) ?? biggest.practiceCode)} (${biggest.practiceCode}): its ${what.replace(' by practices', '')} go from ${money(biggest.before)} to ${money(biggest.after)}${cause === undefined ? '.' : `, because the reform changes one figure of the law: ${words(cause.label.replace(/\s*…$/, '').toLowerCase())}.`}`,
    );
  }
  lines.push('');
  return `${report}\n${lines.join('\n')}`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(pctReport(sampleScenarioArea, { asOf: '2008-06-30' }));
}
