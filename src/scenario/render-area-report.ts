/**
 * A PCT's year as a Markdown report in plain words, from the result of `evaluateArea`.
 *
 * @module
 */
import { z } from 'zod';
import type { ExplanationRecord, ExplanationTable } from './explanation-table.js';
import { formatGbp, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { resolveEvaluationOptions, type EvaluationOptions } from '../core/evaluation.js';
import { PbcError } from '../core/errors.js';
import { baselinePolicy } from '../policy/baseline.js';
import type { EvaluateAreaInput } from './area-schema.js';
import type { ScenarioAreaEvaluation, ScenarioGroupRow, ScenarioWccRow } from './tables.js';
import { wccNationalResults } from '../policy/datasets/wcc-national-results.js';
import { wccNationalText } from '../readiness/wcc/compare-wcc-with-national.js';

/**
 * The options of {@link renderAreaReport}. `policy` resolves the source ids the footnotes cite (the
 * policy the evaluation used; the baseline by default).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { RenderAreaReportOptions } from 'practice-based-commissioning';
 * const options: RenderAreaReportOptions = { title: 'Sample Vale PCT: the year 2007/08' };
 * ```
 */
export interface RenderAreaReportOptions extends EvaluationOptions {
  /** The report's title (default: the area's name and financial year). Escaped like all input text. */
  readonly title?: string;
  /** The area given to `evaluateArea`: its names of the area, PCTs, practices and groups are used beside their codes. */
  readonly area?: EvaluateAreaInput;
}

const OptionsSchema = z.looseObject({
  title: z.string().min(1).optional(),
  area: z
    .looseObject({
      name: z.string().optional(),
      pcts: z.array(z.looseObject({ code: z.string(), name: z.string().optional() })).optional(),
      practices: z.array(z.looseObject({ code: z.string(), name: z.string().optional() })).optional(),
      groups: z.array(z.looseObject({ id: z.string(), name: z.string().optional() })).optional(),
    })
    .optional(),
});

const EvaluationSchema = z.looseObject({
  financialYear: z.string(),
  asOf: z.string(),
  throughMonth: z.number(),
  final: z.boolean(),
  practices: z.array(z.looseObject({})),
  pcts: z.array(z.looseObject({})),
  totals: z.looseObject({}),
});

/** Where the "How sure are we?" section goes: a marker line the report always carries (an HTML comment, invisible when rendered). */
const HOW_SURE_MARKER = '<!-- how-sure-are-we: the uncertainty section goes here -->';

// ── Words ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Text from the input (a name, a title, a reason) as Markdown that renders as the same text: every
 * character Markdown or HTML could read as markup is escaped, and line breaks become spaces, so
 * the text cannot start a heading, a list, a link, a table cell or an HTML element.
 */
function escapeText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
    // Text that opens a list item or a cell must not open a block: a heading, a list, a rule.
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const plural = (count: number, one: string, many: string): string => `${formatCount(count)} ${count === 1 ? one : many}`;

function formatCount(count: number): string {
  const sign = count < 0 ? '-' : '';
  return sign + String(Math.abs(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const money = (amount: Pence | number): string => formatGbp(amount as Pence);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2008-06-30` → `30 June 2008` (an ISO date from the evaluation). */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  due: 'due',
  withheld: 'withheld',
  pending: 'pending',
  'not-earned': 'not earned',
  refused: 'refused',
  unclaimed: 'not claimed',
  'replaced-by-freed-up-resources': 'replaced by freed-up resources',
};

const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  breach: 'a breach',
  warning: 'a warning',
  pending: 'pending',
  compliant: 'compliant',
  not_applicable: 'not applicable',
  unknown: 'not known',
  info: 'for information',
};

const FRAMEWORK_WORDS: Readonly<Record<string, string>> = {
  AC2006: "the Audit Commission's 2006 questions",
  AC2007: "the Audit Commission's 2007 key areas",
  KF2008: "the King's Fund's 2008 factors",
  DH2006: "the Department of Health's 2006 universal coverage criteria",
  DH2009: "the Department of Health's 2009 entitlements",
};

const ALLOWANCE_WORDS: Readonly<Record<ScenarioGroupRow['managementAllowanceBasis'], string>> = {
  local_per_head: 'the primary care trust’s own rate per registered patient',
  local_per_group: 'the primary care trust’s own sum for the group',
  national_default_per_head: 'a default rate per registered patient (the Department of Health set no figure, and the default is not confirmed)',
  none: '',
};

/** A group's management allowance in words (a row read back from an older evaluation may lack it). */
function allowanceWords(group: ScenarioGroupRow): string {
  const amount = group.managementAllowance as Pence | null | undefined;
  if (amount === null || amount === undefined || group.managementAllowanceBasis === 'none') return 'no management allowance';
  return `a management allowance of ${money(amount)}, ${ALLOWANCE_WORDS[group.managementAllowanceBasis] ?? 'from the primary care trust'}`;
}

const GOVERNANCE_AREAS: readonly { readonly field: 'strategy' | 'finance' | 'board'; readonly words: string }[] = [
  { field: 'strategy', words: 'strategy' },
  { field: 'finance', words: 'finance' },
  { field: 'board', words: 'the board' },
];

/** A list in words: `a`, `a and b`, `a, b and c`. */
const listWords = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** The governance traffic lights of a WCC row in words: `green for strategy, amber for finance and green for the board`. */
function governanceWords(row: ScenarioWccRow): string {
  return listWords(GOVERNANCE_AREAS.map(({ field, words }) => (row[field] === null || row[field] === undefined ? `not known for ${words}` : `${row[field]} for ${words}`)));
}

/** The national WCC results of an assurance year in one sentence, with their sources, or `null` when none is held. */
function nationalWccWords(year: string): { readonly text: string; readonly sources: readonly string[] } | null {
  const ofYear = wccNationalResults.filter((figure) => figure.year === year);
  const percent = (measure: string) => ofYear.find((figure) => figure.measure === measure && figure.unit === 'percent');
  const parts = [
    [percent('board-green'), 'for the board'],
    [percent('finance-green'), 'for finance'],
    [percent('green-all-three'), 'in all three'],
  ].flatMap(([figure, words]) => (figure === undefined || typeof figure === 'string' ? [] : [{ figure, words: words as string }]));
  if (parts.length === 0) return null;
  const covered = ofYear.find((figure) => figure.measure === 'pcts-covered');
  const of = covered === undefined ? 'of primary care trusts' : `of the ${formatCount(covered.value)} primary care trusts with published results (of ${formatCount(covered.base ?? covered.value)})`;
  const text = `Nationally in ${escapeText(year)}, ${listWords(parts.map(({ figure, words }, index) => `${wccNationalText(figure)}${index === 0 ? ` ${of}` : ''} were rated green ${words}`))}`;
  return { text, sources: [...new Set(parts.flatMap(({ figure }) => figure.sources))] };
}

const PROVIDER_ARM_RULES = new Set(['conflicts.providerArmSeparated', 'conflicts.providerArmChosenFairly']);

const wordsFor = (table: Readonly<Record<string, string>>, code: string): string => table[code] ?? escapeText(code.replace(/[_-]+/g, ' ').toLowerCase());

function paymentWords(scheme: string, item: string): string {
  if (scheme === 'towards-pbc-des') return `Towards PBC directed enhanced service, component ${item === 'C1' ? 'one' : item === 'C2' ? 'two' : escapeText(item)}`;
  return `local incentive scheme ${escapeText(scheme)}, ${escapeText(item)} instalment`;
}

// ── Footnotes ───────────────────────────────────────────────────────────────────────────────────

/** Every source id an explanation cites: its rules' and every parameter it read. */
/** The sources a record's tree cites: its rules' and its parameter readings' (what the rules read, not the policy's parameters). */
function sourcesOf(table: ExplanationTable, key: string, into: Set<string>): void {
  const seen = new Set<string>([key]);
  const stack: ExplanationRecord[] = [table.records[key]!];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    table.rules[node.rule]?.sources.forEach((id) => into.add(id));
    for (const at of node.parameters ?? []) table.readings[at]?.sources.forEach((id) => into.add(id));
    for (const child of node.children ?? []) {
      if (typeof child !== 'string') stack.push(child);
      else if (!seen.has(child)) {
        seen.add(child);
        const cited = table.records[child];
        if (cited !== undefined) stack.push(cited);
      }
    }
  }
}

function safeUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

class Footnotes {
  private readonly notes: string[] = [];
  private readonly byText = new Map<string, number>();

  constructor(
    private readonly evaluation: ScenarioAreaEvaluation,
    private readonly policy: Policy,
  ) {}

  /** A footnote reference for a figure: what it is and the sources its explanations cite. */
  cite(what: string, keys: readonly string[]): string {
    const ids = new Set<string>();
    const explanations = this.evaluation.explanations;
    if (explanations !== null) for (const key of new Set(keys)) if (Object.hasOwn(explanations.records, key)) sourcesOf(explanations, key, ids);
    return this.note(what, ids, explanations !== null);
  }

  /** A footnote reference for published figures: what they are and the sources they come from. */
  citeSources(what: string, sources: readonly string[]): string {
    return this.note(what, new Set(sources), true);
  }

  private note(what: string, ids: ReadonlySet<string>, explained: boolean): string {
    // One entry per publication (two ids may cite the same document), the first few in id order.
    const all = [
      ...new Set(
        [...ids].sort().map((id) => {
          const source = this.policy.sources[id];
          if (source === undefined) return escapeText(id);
          const label = `${escapeText(source.title)} (${escapeText(source.publisher)}, ${escapeText(source.date)})`;
          return source.url === undefined ? label : `[${label}](${safeUrl(source.url)})`;
        }),
      ),
    ];
    const shown = all.slice(0, 3);
    const more = all.length > shown.length ? `; and ${plural(all.length - shown.length, 'more source', 'more sources')}` : '';
    const cited =
      !explained
        ? 'The evaluation was run without explanations, so its sources are not listed here.'
        : shown.length === 0
          ? 'No published source is cited.'
          : `Sources: ${shown.join('; ')}${more}.`;
    const text = `${what} ${cited}`;
    const known = this.byText.get(text);
    if (known !== undefined) return `[^${known}]`;
    this.notes.push(text);
    this.byText.set(text, this.notes.length);
    return `[^${this.notes.length}]`;
  }

  render(): string[] {
    return this.notes.map((note, index) => `[^${index + 1}]: ${note}`);
  }
}

// ── The report ──────────────────────────────────────────────────────────────────────────────────

/**
 * Renders the result of `evaluateArea` as a Markdown report a PCT analyst or a board can read:
 * plain words (every code the library uses is given in words), money formatted in pounds
 * (`£5,700.00`), counts with thousands separators and the right plural, and a footnote on each
 * figure citing the sources its explanation read. Text that comes from the input (names, titles,
 * reasons, ids) is escaped, so it cannot inject Markdown or HTML into the page that renders the
 * report. The report carries a marker comment where a "How sure are we?" section goes.
 *
 * Besides the year's figures it says, where the evaluation has them: each practice group's management
 * allowance and where it came from; the findings about the primary care trust's own provider arm for
 * each business case where the input says whether the arm is involved (COI-R12 and COI-R13, under
 * "The primary care trust as provider"); and each PCT's world class commissioning assurance
 * (competency 4 and the three governance ratings) beside the published national results of the year.
 *
 * Every section reads the same evaluation, so they agree: the outturn of a practice is the same in
 * every table. Where two figures look as if they should match and do not (savings kept against
 * budget minus outturn, when some lines are real budgets), the report says why.
 *
 * @param evaluation - the result of `evaluateArea` (with explanations, for the footnotes' sources)
 * @param options - see {@link RenderAreaReportOptions}
 * @returns the report, Markdown with footnotes
 * @throws PbcError `INVALID_INPUT` for a value that is not an area evaluation, or malformed options
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluateArea, renderAreaReport } from 'practice-based-commissioning';
 * import { generateArea } from 'practice-based-commissioning/testing';
 * const area = generateArea({ seed: 7, scope: { pct: '5A0' }, financialYear: '2007/08' });
 * const report = renderAreaReport(evaluateArea(area, { asOf: '2008-06-30' }));
 * report.split('\n')[0]; //=> '# Practice based commissioning in 2007/08'
 * report.includes('## Sources'); //=> true
 * ```
 */
export function renderAreaReport(evaluation: ScenarioAreaEvaluation, options?: RenderAreaReportOptions): string {
  const { policy } = resolveEvaluationOptions(options?.policy === undefined ? {} : { policy: options.policy }, baselinePolicy);
  const parsedOptions = OptionsSchema.safeParse(options ?? {});
  const parsedEvaluation = EvaluationSchema.safeParse(evaluation);
  if (!parsedOptions.success || !parsedEvaluation.success) {
    throw new PbcError('INVALID_INPUT', 'renderAreaReport needs the result of evaluateArea and options such as { title, area }', {
      issues: [
        ...(parsedEvaluation.success ? [] : [{ path: ['evaluation'], message: 'is not the result of evaluateArea', rule: 'scenario.report.evaluation' }]),
        ...(parsedOptions.success ? [] : parsedOptions.error.issues.map((issue) => ({ path: ['options', ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))], message: issue.message, rule: 'scenario.report.options' }))),
      ],
    });
  }
  const area = parsedOptions.data.area;
  const names = new Map<string, string>([
    ...(area?.pcts ?? []).flatMap((pct) => (pct.name === undefined ? [] : [[pct.code, pct.name] as const])),
    ...(area?.practices ?? []).flatMap((practice) => (practice.name === undefined ? [] : [[practice.code, practice.name] as const])),
    ...(area?.groups ?? []).flatMap((group) => (group.name === undefined ? [] : [[group.id, group.name] as const])),
  ]);
  const named = (code: string): string => (names.has(code) ? `${escapeText(names.get(code)!)} (${escapeText(code)})` : escapeText(code));
  const notes = new Footnotes(evaluation, policy);
  const { totals } = evaluation;
  const lines: string[] = [];
  const areaName = area?.name;
  lines.push(`# ${parsedOptions.data.title === undefined ? `Practice based commissioning ${areaName === undefined ? 'in ' : `in ${escapeText(areaName)}, `}${escapeText(evaluation.financialYear)}` : escapeText(parsedOptions.data.title)}`, '');
  const months = plural(evaluation.throughMonth, 'month', 'months');
  lines.push(
    evaluation.final
      ? `As of ${longDate(evaluation.asOf)}, with all twelve months of spend reported: the year-end figures rest on the outturn.`
      : `As of ${longDate(evaluation.asOf)}, with ${months} of spend reported: the year is not complete, so every outturn below is a forecast from the spend to date, and the year-end figures rest on it.`,
  );
  lines.push(
    evaluation.reforms.length === 0
      ? 'The policy is the law as it stood (no reform applied).'
      : `The policy carries ${plural(evaluation.reforms.length, 'reform', 'reforms')}: ${evaluation.reforms.map((reform) => escapeText(reform.label)).join('; ')}.`,
  );
  if (evaluation.realBudgetLines.length > 0) lines.push(`${plural(evaluation.realBudgetLines.length, 'service line is', 'service lines are')} held as a real budget this year; the others are indicative.`);
  lines.push('');

  const budgetKeys = evaluation.pcts.map((row) => row.explanationKey);
  const monitoringKeys = evaluation.practices.map((row) => `monitoring:${row.practiceCode}`);
  const yearEndKeys = evaluation.yearEnd.map((row) => row.explanationKey);
  const incentiveKeys = evaluation.incentives.map((row) => row.explanationKey);
  const conflictKeys = evaluation.conflicts.map((row) => row.explanationKey);
  const readinessKeys = evaluation.readiness.map((row) => row.explanationKey);

  lines.push('## The year at a glance', '');
  lines.push(`- ${plural(totals.practices, 'practice', 'practices')} in ${plural(totals.pcts, 'primary care trust', 'primary care trusts')}, with ${plural(totals.listSize, 'registered patient', 'registered patients')}${totals.groups > 0 ? `; ${plural(totals.groups, 'practice group', 'practice groups')}` : ''}.`);
  const underOver = totals.variance > 0 ? `an underspend of ${money(totals.variance)}` : totals.variance < 0 ? `an overspend of ${money(-totals.variance)}` : 'exactly on budget';
  lines.push(`- Practice budgets of ${money(totals.budget)}${notes.cite('Practice budgets, set by each primary care trust from its resources and its practices’ historic activity and weighted lists.', budgetKeys)} against ${evaluation.final ? 'an outturn' : 'a forecast outturn'} of ${money(totals.outturn)}${notes.cite(evaluation.final ? 'Outturn: the spend reported for all twelve months.' : 'Forecast outturn: the spend to date, projected to the end of the year.', monitoringKeys)}: ${underOver}.`);
  lines.push(`- Practices keep ${money(totals.practiceKeeps)} of the year’s savings${notes.cite('Savings kept: the practices’ share of freed-up resources on indicative lines, plus what they keep of a real-budget underspend.', yearEndKeys)}, of which ${money(totals.furReleased)} is released for use${notes.cite('Released: the part of the practices’ share of freed-up resources the primary care trust releases once earlier overspends are repaid.', yearEndKeys)}.`);
  lines.push(`- Practices bear ${money(totals.practiceBears)} of overspends${notes.cite('Overspends borne by practices: real-budget overspends, and indicative overspends where the primary care trust does not carry the risk.', yearEndKeys)}; the primary care trusts carry ${money(totals.pctBears)}${notes.cite('Overspends carried by the primary care trusts on indicative budgets.', yearEndKeys)}.`);
  lines.push(`- Incentive payments due: ${money(totals.incentivesDue)}${notes.cite('Incentive payments due under the Towards PBC directed enhanced service (2006/07) or the primary care trust’s local scheme (from 2007/08).', incentiveKeys)}.`);
  lines.push(`- ${plural(totals.businessCases, 'business case', 'business cases')} checked for conflicts of interest: ${plural(totals.conflictsBreaches, 'breach', 'breaches')} and ${plural(totals.conflictsWarnings, 'warning', 'warnings')}${notes.cite('Conflicts of interest: each business case checked against the national guidance on managing conflicts of interest in practice based commissioning.', conflictKeys)}.`);
  lines.push(`- Readiness: rated ready in ${totals.readinessReady} of ${plural(totals.readinessAssessments, 'assessment', 'assessments')}${notes.cite('Readiness: each primary care trust assessed against the frameworks it has evidence for.', readinessKeys)}.`);
  lines.push('');

  lines.push('## Practices', '');
  const withRealLines = evaluation.yearEnd.some((row) => row.realBudget !== 0);
  lines.push(
    `Every practice’s budget, ${evaluation.final ? 'outturn' : 'forecast outturn'} and year end${notes.cite('Each practice’s year: its budget, monitoring and year end.', [...monitoringKeys, ...yearEndKeys])}. The variance is budget minus outturn: above zero an underspend, below zero an overspend.${
      withRealLines
        ? ' Savings kept are not the variance: freed-up resources are worked out on the indicative lines alone, and a practice keeps only its share of them, while a real-budget underspend or overspend is its own.'
        : ' Savings kept are not the variance: a practice keeps only its share of the freed-up resources, after earlier overspends and the primary care trust’s prior claim.'
    }`,
    '',
  );
  lines.push('| Practice | Registered patients | Budget | Outturn | Variance | Savings kept | Overspend borne | Incentives due |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of evaluation.practices) {
    lines.push(`| ${named(row.practiceCode)} | ${formatCount(row.listSize)} | ${money(row.budget)} | ${money(row.outturn)} | ${money(row.variance)} | ${money(row.practiceKeeps)} | ${money(row.practiceBears)} | ${money(row.incentivesDue)} |`);
  }
  lines.push(`| **All practices** | ${formatCount(totals.listSize)} | ${money(totals.budget)} | ${money(totals.outturn)} | ${money(totals.variance)} | ${money(totals.practiceKeeps)} | ${money(totals.practiceBears)} | ${money(totals.incentivesDue)} |`, '');

  if (evaluation.groups.length > 0) {
    lines.push('### Practice groups', '');
    for (const group of evaluation.groups) {
      // What members keep is their freed-up resources plus any real-budget savings.
      const fur = group.freedUpResources === undefined ? '' : group.freedUpResources === group.practiceKeeps ? ' in freed-up resources' : `, of which ${money(group.freedUpResources)} is freed-up resources`;
      lines.push(
        `- ${group.name === null ? named(group.groupId) : `${escapeText(group.name)} (${escapeText(group.groupId)})`}: ${plural(group.memberCount, 'practice', 'practices')}, a budget of ${money(group.budget)} against ${money(group.outturn)}; its members keep ${money(group.practiceKeeps)}${fur}; ${allowanceWords(group)}${notes.cite('Practice groups: their members’ budgets and year ends added up, and the group’s management allowance beside them.', [group.explanationKey])}.`,
      );
    }
    lines.push('');
  }

  lines.push('## Incentive payments', '');
  const due = evaluation.incentives.filter((row) => row.status === 'due');
  const notPaid = evaluation.incentives.filter((row) => row.status !== 'due');
  lines.push(`${plural(due.length, 'payment is', 'payments are')} due, ${money(totals.incentivesDue)} in all${notes.cite('Incentive payments, each with the rule that decided it.', incentiveKeys)}; ${plural(notPaid.length, 'item pays', 'items pay')} nothing.`, '');
  if (notPaid.length > 0) {
    lines.push('Items that pay nothing, and why:', '');
    for (const row of notPaid) {
      const status = wordsFor(STATUS_WORDS, row.status);
      // A reason often starts by repeating the status ("withheld: …"): say it once.
      const reason = row.reason.startsWith(`${row.status}: `) ? row.reason.slice(row.status.length + 2) : row.reason;
      lines.push(`- ${named(row.practiceCode)}, ${paymentWords(row.scheme, row.item)}: ${status}, ${escapeText(reason)}.`);
    }
    lines.push('');
  }

  lines.push('## Conflicts of interest', '');
  const flagged = evaluation.conflicts.filter((row) => row.outcome === 'breach' || row.outcome === 'warning');
  const cases = new Set(evaluation.conflicts.map((row) => row.caseId)).size;
  // The provider-arm rules about cases where they are in force and the input says whether the PCT's own provider arm is involved.
  const armCases = new Set(evaluation.conflicts.filter((row) => PROVIDER_ARM_RULES.has(row.rule) && row.code !== 'PROVIDER_ARM_NOT_STATED' && row.code !== 'NOT_IN_FORCE').map((row) => row.caseId));
  const providerArm = evaluation.conflicts.filter((row) => PROVIDER_ARM_RULES.has(row.rule) && armCases.has(row.caseId));
  const listed = flagged.filter((row) => !providerArm.includes(row));
  const armFlagged = flagged.length - listed.length;
  lines.push(
    flagged.length === 0
      ? `No breach and no warning in ${plural(cases, 'business case', 'business cases')}${notes.cite('Conflicts of interest findings.', conflictKeys)}.`
      : `${plural(flagged.length, 'finding needs', 'findings need')} attention in ${plural(cases, 'business case', 'business cases')}${notes.cite('Conflicts of interest findings.', conflictKeys)}${
          armFlagged === 0 ? ':' : `; ${listed.length === 0 ? (armFlagged === 1 ? 'it is' : 'they are') : armFlagged === 1 ? 'one is' : `${formatCount(armFlagged)} are`} about the primary care trust’s own provider arm, below${listed.length === 0 ? '.' : listed.length === 1 ? '. The other:' : '. The others:'}`
        }`,
    '',
  );
  // Messages may name a related rule by its id, "(conflicts.procurementRoute)": the report leaves ids out.
  const messageWords = (message: string): string =>
    escapeText((message.charAt(0).toUpperCase() + message.slice(1)).replace(/: conflicts\.providerArmSeparated checks the separation/g, ', and its separation is checked above').replace(/\s*\((?:conflicts|entitlements|readiness|budget|incentives|des|fur)\.[\w.]+\)/g, ''));
  for (const row of listed) {
    lines.push(`- Business case ${escapeText(row.caseId)}, ${escapeText(row.title.charAt(0).toLowerCase() + row.title.slice(1))}: ${wordsFor(OUTCOME_WORDS, row.outcome)}. ${messageWords(row.message)}`);
  }
  if (listed.length > 0) lines.push('');
  if (providerArm.length > 0) {
    lines.push('### The primary care trust as provider', '');
    lines.push(
      `From December 2007 a primary care trust whose own provider arm bids for, or is chosen for, a service a business case proposes must keep its commissioning apart from that arm and choose it only through a fair, open route${notes.cite('The primary care trust as commissioner and provider: the separation of its provider arm, and a fair choice of provider.', providerArm.map((row) => row.explanationKey))}:`,
      '',
    );
    for (const row of providerArm) {
      const what = row.rule === 'conflicts.providerArmSeparated' ? 'the separation of commissioning from the provider arm' : 'how the provider arm was chosen';
      lines.push(`- Business case ${escapeText(row.caseId)}, ${what}: ${wordsFor(OUTCOME_WORDS, row.outcome)}. ${messageWords(row.message)}`);
    }
    lines.push('');
  }

  lines.push('## Readiness', '');
  if (evaluation.readiness.length === 0) lines.push('No readiness evidence was given.', '');
  for (const row of evaluation.readiness) {
    const gaps = row.gaps === 0 ? 'no gaps' : plural(row.gaps, 'gap', 'gaps');
    lines.push(
      `- ${named(row.pctCode)} against ${wordsFor(FRAMEWORK_WORDS, row.framework)}: ${escapeText(row.ratingLabel.charAt(0).toLowerCase() + row.ratingLabel.slice(1))}${row.ready ? ' (ready)' : ' (not yet ready)'}; ${row.metCount} of ${plural(row.factorCount, 'factor', 'factors')} met, ${gaps}, ${row.missingEvidence === 0 ? 'no factor without evidence' : `${plural(row.missingEvidence, 'factor', 'factors')} without evidence`}${notes.cite('Readiness assessment.', [row.explanationKey])}.`,
    );
  }
  if (evaluation.readiness.length > 0) lines.push('');

  const wcc = evaluation.wcc ?? [];
  if (wcc.length > 0) {
    lines.push('## World class commissioning', '');
    for (const row of wcc) {
      const by = row.basis === 'panel' ? ' by the assurance panel' : row.basis === 'self-assessment' ? ', the primary care trust’s self-assessment' : '';
      const level = row.pbcLinkLevel === null ? 'at no known level' : `at level ${row.pbcLinkLevel} of 4${row.pbcLinkLevel === 4 ? ' (world class)' : ''}`;
      const concern = row.pbcLinkOutcome === 'warning' ? ', a concern for practice based commissioning' : '';
      lines.push(
        `- ${named(row.pctCode)}, the ${escapeText(row.assuranceYear)} assurance${by}: competency 4, collaborating with clinicians (the link to practice based commissioning), ${level}${concern}; governance ${governanceWords(row)}, so ${escapeText(row.ratingLabel.charAt(0).toLowerCase() + row.ratingLabel.slice(1))}; ${row.worldClassCount} of ${plural(row.knownCount, 'competency', 'competencies')} with a known level rated world class${notes.cite('World class commissioning assurance: the competencies and the governance ratings.', [row.explanationKey])}.`,
      );
    }
    for (const year of [...new Set(wcc.map((row) => row.assuranceYear))]) {
      const national = nationalWccWords(year);
      if (national !== null) lines.push(`- ${national.text}${notes.citeSources('The published national results of world class commissioning assurance.', national.sources)}.`);
    }
    lines.push('');
  }

  lines.push(HOW_SURE_MARKER, '');
  lines.push('## Sources', '', ...notes.render(), '');
  return lines.join('\n');
}
