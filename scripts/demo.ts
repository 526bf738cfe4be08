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
import { compareScenarios, compareWccWithNational, evaluateArea, priceActivityAtTariff, renderAreaReport, type EvaluateAreaInput, type WccNationalPosition } from '../src/index.js';
import { formatGbp, pence } from '../src/core/index.js';
import { realBudgetsForElectiveCareReform, type Policy, type Reform } from '../src/policy/index.js';
import { analyseSensitivity, type SensitivityAnalysis } from '../src/sensitivity/index.js';
import { syntheticTariffSample } from '../src/testing/index.js';
import { demoArea } from './demo/provider-arm-case.js';

/** What {@link pctReport} needs besides the area. */
export interface PctReportOptions {
  /** The day the year is looked at, `YYYY-MM-DD` (30 June after the year gives the complete year). */
  readonly asOf: string;
  /** The law (the baseline policy by default). */
  readonly policy?: Policy;
  /** A reform to compare the year with (the King's Fund's real budgets for elective care by default; `null` for none). */
  readonly reform?: Reform | null;
  readonly title?: string;
  /** Whether to add the “how sure are we?” section (re-runs the year once per disputed value; on by default). */
  readonly howSure?: boolean;
}

const MEASURES: readonly { readonly measure: string; readonly words: string }[] = [
  { measure: 'practiceKeeps', words: 'savings kept by practices' },
  { measure: 'practiceBears', words: 'overspends borne by practices' },
  { measure: 'pctBears', words: 'overspends carried by the primary care trust' },
  { measure: 'incentivesDue', words: 'incentive payments due' },
];

const HOW_SURE_MARKER = '<!-- how-sure-are-we: the uncertainty section goes here -->';
const money = (amount: number): string => formatGbp(pence(amount));
const signed = (amount: number): string => (amount > 0 ? `${money(amount)} more` : amount < 0 ? `${money(-amount)} less` : 'no change');

/** Markdown words for a name that came from the input (the report escapes its own; this section does the same). */
const words = (text: string): string => text.replace(/[\\`*_[\]|~<>&]/g, (character) => `\\${character}`).replace(/\s+/g, ' ');

/** The headline figures of a sensitivity analysis, in words. */
const FIGURE_WORDS: { readonly [figure: string]: string } = {
  budget: 'the practices’ budgets',
  variance: 'the year’s variance against budget',
  furPracticeShare: 'freed-up resources kept by practices',
  furPctShare: 'freed-up resources kept by the primary care trust',
  furReleased: 'freed-up resources released',
  practiceKeeps: 'savings kept by practices',
  practiceBears: 'overspends borne by practices',
  pctBears: 'overspends carried by the primary care trust',
  incentivesDue: 'incentive payments due',
};
const CONFIDENCE_WORDS = { confirmed: 'confirmed by a source', derived: 'derived from the sources', unconfirmed: 'not confirmed by any source' } as const;
const figureWords = (figure: string): string => FIGURE_WORDS[figure] ?? 'another figure';
const plural = (count: number, one: string, many: string): string => `${count === 1 ? 'one' : String(count)} ${count === 1 ? one : many}`;
const signedMoney = (amount: number): string => (amount < 0 ? `−${money(-amount)}` : `+${money(amount)}`);

/**
 * “How sure are we?” in words: which of the year's figures no disputed or unconfirmed fact moves,
 * which hang on one, and by how much (from {@link analyseSensitivity}).
 */
export function howSureSection(analysis: SensitivityAnalysis): string {
  const moved = new Set(analysis.rows.filter((row) => row.change !== null && row.change !== 0).map((row) => row.figure));
  const solid = analysis.figures.filter((figure) => !moved.has(figure));
  const lines = ['## How sure are we?', ''];
  lines.push(
    `The year was worked out again under each other value the sources support for the facts they disagree on or do not confirm (${plural(analysis.runs, 'run', 'runs')} in all).`,
    '',
  );
  if (solid.length > 0) lines.push(`- **Solid:** no disputed fact moves ${solid.map(figureWords).join(', ')}.`);
  if (moved.size > 0) lines.push(`- **Hanging on a disputed fact:** ${[...moved].map(figureWords).join(', ')}.`);
  lines.push('');
  const ranked = analysis.ranking.filter((entry) => entry.largestChange !== 0);
  if (ranked.length > 0) {
    lines.push('| Fact in doubt | How sure | Figure it moves most | Range of the change |', '|---|---|---|---|');
    for (const entry of ranked) {
      const share = entry.largestChangePerCent === null ? '' : ` (up to ${entry.largestChangePerCent.replace('-', '−')}%)`;
      lines.push(`| ${words(entry.label)} | ${CONFIDENCE_WORDS[entry.confidence]} | ${figureWords(entry.figure)} | ${signedMoney(entry.low)} to ${signedMoney(entry.high)}${share} |`);
    }
    lines.push('');
  }
  const failed = new Set(analysis.rows.filter((row) => row.error !== null).map((row) => row.label));
  for (const label of failed) lines.push(`Under another value of “${words(label)}”, the year cannot be worked out from this area’s data (it asks for figures the area does not hold).`, '');
  if (analysis.unexamined.length > 0) {
    lines.push(`${plural(analysis.unexamined.length, 'other value the year read is', 'other values the year read are')} not confirmed by any source, but no source suggests another value to try.`, '');
  }
  return lines.join('\n');
}

/**
 * The year of one area (a PCT, or several) as a Markdown report in plain words, with what a reform
 * would change. Every section reads one evaluation, so the figures agree; the reform section says
 * which figures it compares.
 */
export function pctReport(area: EvaluateAreaInput, options: PctReportOptions): string {
  const policyOption = options.policy === undefined ? {} : { policy: options.policy };
  const year = evaluateArea(area, { ...policyOption, asOf: options.asOf });
  const rendered = renderAreaReport(year, { area, ...policyOption, ...(options.title === undefined ? {} : { title: options.title }) });
  const report = rendered.replace(`${HOW_SURE_MARKER}\n`, options.howSure === false ? '' : howSureSection(analyseSensitivity(area, { ...policyOption, asOf: options.asOf })));
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

const LINE_WORDS: { readonly [line: string]: readonly [string, string] } = {
  DAY_CASE: ['day case', 'day cases'],
  OUTPATIENT: ['outpatient attendance', 'outpatient attendances'],
  NON_ELECTIVE: ['emergency admission', 'emergency admissions'],
  ELECTIVE_INPATIENT: ['planned admission', 'planned admissions'],
};

/**
 * Historic activity priced at the tariff by the tariff's own rules (`priceActivityAtTariff`), on the
 * library's synthetic sample: invented prices and indices, said so in the heading and the first line.
 */
export function tariffSection(): string {
  const result = priceActivityAtTariff(syntheticTariffSample);
  const lines = ['## Pricing historic activity at the tariff (a synthetic example)', ''];
  lines.push(
    `The prices and market forces indices here are invented, not the national tariff: a practice’s ${result.activityYear} activity priced for its ${result.financialYear} budget, at the ${result.pricingYear} tariff (${result.pricingYear === result.financialYear ? 'the budget year’s' : 'the activity year’s'}).`,
    '',
  );
  lines.push('| Activity | Count | Price | Amount |', '|---|---:|---:|---:|');
  for (const item of result.priced.items) {
    const [one, many] = LINE_WORDS[item.serviceLine] ?? ['item', 'items'];
    lines.push(`| ${(item.count === 1 ? one : many).replace(/^./, (first) => first.toUpperCase())} | ${item.count} | ${money(item.unitPrice)} | ${money(item.amount)} |`);
  }
  lines.push(`| **Total** | | | ${money(result.total)} |`, '');
  if (result.currencies.activity !== result.currencies.pricing) {
    lines.push(`- The activity was grouped to ${result.currencies.activity ?? 'an older grouping'}, but the ${result.pricingYear} tariff is priced in ${result.currencies.pricing ?? 'a newer one'}: the activity should be regrouped before it is priced.`);
  }
  lines.push(
    result.mffApplied
      ? '- Each provider’s market forces factor is applied to its activity.'
      : '- The providers’ market forces factors are not applied: by default a budget is priced at the national tariff (no source says how budgets treated the factor, so this is not confirmed).',
  );
  const marginal = result.priced.items.filter((item) => item.marginalCount > 0).length;
  lines.push(marginal === 0 ? `- No reduced rate for emergency admissions above their baseline applies in ${result.financialYear}.` : `- ${plural(marginal, 'item is', 'items are')} partly paid at the reduced rate for emergency admissions above their baseline.`);
  lines.push('');
  return lines.join('\n');
}

const POSITION_WORDS: { readonly [position in WccNationalPosition]: string } = {
  in: 'among them',
  out: 'not among them',
  above: 'above it',
  level: 'level with it',
  below: 'below it',
  unknown: 'not known',
};

/**
 * The sample PCT's world class commissioning assurance against the national results of 2009/10
 * (`compareWccWithNational`). The sample's year, 2007/08, is before WCC began, so the evidence here is
 * invented for a later year, and the section says so.
 */
export function wccSection(): string {
  const comparison = compareWccWithNational(
    { pct: demoArea.pcts[0]!.code, basis: 'panel', competencies: { 'WCC.C04': 3, 'WCC.C11': 1 }, governance: { strategy: 'green', finance: 'amber', board: 'green' } },
    { asOf: '2010-03-31' },
  );
  const name = words(demoArea.pcts[0]!.name ?? demoArea.pcts[0]!.code);
  const level = comparison.assessment.pbcLink.level;
  const c11 = comparison.assessment.competencies.find((competency) => competency.competencyId === 'WCC.C11')?.level ?? null;
  const lines = ['## World class commissioning in a later year (invented evidence)', ''];
  lines.push(
    `World class commissioning assurance began in 2008/09, after this year. Had ${name} been assured in ${comparison.assuranceYear} with competency 4, collaborating with clinicians, at ${level === null ? 'no known level' : `level ${level} of 4`}, competency 11 at ${c11 === null ? 'no known level' : `level ${c11}`}, and governance rated green for strategy, amber for finance and green for the board, it would stand against the published national results like this:`,
    '',
  );
  for (const cell of comparison.cells) {
    const national =
      cell.nationalUnit === 'level' ? `a mean of ${cell.nationalText}` : cell.nationalUnit !== 'count' ? cell.nationalText : cell.national === 0 ? 'no primary care trust' : `${cell.nationalText} primary care trusts`;
    lines.push(`- ${words(cell.label.replace(/\s*\(national: [^)]*\)/, ''))}: nationally ${national}; ${name} ${POSITION_WORDS[cell.position]}${cell.behind === true ? ' (behind)' : ''}.`);
  }
  lines.push('');
  return lines.join('\n');
}

/** What `npm run demo` prints: the sample PCT's year (with the provider-arm case), then the tariff and WCC sections. */
export function demoReport(): string {
  return [pctReport(demoArea, { asOf: '2008-06-30' }), tariffSection(), wccSection()].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(demoReport());
}
