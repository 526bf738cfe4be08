/**
 * Area pages for the policy handbook (rules, frameworks, reference tables), rendered from the
 * package's own data by `npm run docs` (see build-handbook.ts): the conflict-of-interest rule
 * catalogue, the readiness frameworks (an overview and one page each), the service lines a budget is
 * divided into, and the DH/Ipsos MORI PBC survey tables.
 */
import {
  baselinePolicy,
  conflictsRuleCatalogue,
  pbcSurveyFigures,
  pbcSurveyMetrics,
  pbcSurveyWaves,
  readinessFrameworks,
  serviceLineCatalogue,
  wccAssuranceFramework,
  wccNationalResults,
  wccRuleCatalogue,
  type Source,
} from '../src/policy/index.js';
import type { ReadinessFramework } from '../src/policy/frameworks/index.js';

export interface HandbookPage {
  /** File name under docs/handbook/. */
  readonly file: string;
  /** The page, as Markdown with YAML front matter giving its title. */
  readonly render: () => string;
}

const slug = (id: string): string => id.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase();
/** Text for a table cell: no pipes, no line breaks, no stray HTML. */
const cell = (text: string | number | boolean | null | undefined): string =>
  text === null || text === undefined ? '' : String(text).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
const code = (text: string): string => `\`${text}\``;
const codes = (ids: readonly string[]): string => ids.map(code).join(', ');
// A JSON string is a valid YAML scalar, so a title with a colon needs no further quoting.
const frontMatter = (title: string): string[] => ['---', `title: ${JSON.stringify(title)}`, '---', ''];

/** A parameter id, linked to its handbook page when the baseline policy has it. */
function parameterLink(id: string): string {
  return baselinePolicy.parameters[id] === undefined ? code(id) : `[${code(id)}](./parameters/${slug(id)}.md)`;
}

/** A source as a reference: publisher, title, date, linked to the publication when it has a URL. */
function citation(source: Source): string {
  const text = `${source.publisher}, *${cell(source.title)}* (${source.date})`;
  return source.url === undefined ? text : `[${text}](${source.url})`;
}

/** A closing "Sources" section: every source id the page cites, in full. */
function sourcesSection(ids: Iterable<string>, extra: readonly Source[] = []): string[] {
  const known = new Map<string, Source>([...Object.values(baselinePolicy.sources), ...extra].map((source) => [source.id, source]));
  const unique = [...new Set(ids)].sort();
  return [
    '## Sources',
    '',
    'Every source id cited on this page (the full bibliography is on the [sources](./sources.md) page):',
    '',
    ...unique.map((id) => {
      const source = known.get(id);
      return `- ${code(id)}: ${source === undefined ? '*not in the bibliography*' : citation(source)}`;
    }),
    '',
  ];
}

const appliesOnText = {
  decision: 'the date of the decision (or the assessment date while the case is pending)',
  submission: 'the date the business case was submitted',
  referral: 'the date of the referral',
  dispute: 'the date the dispute was raised',
} as const;

/** The window a rule's in-force parameter puts it in force, from the baseline: `from to to (confidence)`, with the note and sources. */
function inForceWindow(parameterId: string): { readonly text: string; readonly note: string; readonly sources: readonly string[] } {
  const on = (baselinePolicy.parameters[parameterId]?.values ?? []).filter((value) => value.value === true);
  return {
    text: on.map((value) => `${value.from} to ${value.to ?? 'open'} (${value.confidence})`).join('; ') || 'never',
    note: on.map((value) => value.note ?? '').join(' '),
    sources: on.flatMap((value) => value.sources),
  };
}

function conflictsRulesPage(): string {
  const cited = conflictsRuleCatalogue.flatMap((rule) => [...rule.sources, ...inForceWindow(rule.inForce).sources]);
  return [
    ...frontMatter('Conflict-of-interest rules'),
    '# Conflict-of-interest rules',
    '',
    'The rules `checkConflictsOfInterest` applies to a PBC business case, its panel, referrals and',
    'disputes: the governance fact sheet\'s COI-R01 to COI-R11 and the PCT-as-provider rules COI-R12 and COI-R13, each dated and cited. Every rule runs on',
    'every check; a rule not in force on the date it applies on gives `not_applicable` and says why.',
    'When a rule is in force is a dated boolean parameter (`conflicts.<rule>.inForce`) that a reform can change.',
    'The same catalogue is data in the package: `conflictsRuleCatalogue` from',
    '`practice-based-commissioning/policy`.',
    '',
    '| id | reference | rule | in force (baseline) | applies on | about | outcomes |',
    '|---|---|---|---|---|---|---|',
    ...conflictsRuleCatalogue.map(
      (rule) => `| [${rule.id}](#${slug(rule.id)}) | ${rule.reference} | ${cell(rule.title)} | ${inForceWindow(rule.inForce).text} | ${rule.appliesOn} | ${rule.subject} | ${rule.outcomes.join(', ')} |`,
    ),
    '',
    ...conflictsRuleCatalogue.flatMap((rule) => {
      const window = inForceWindow(rule.inForce);
      return [
        `## ${rule.id}`,
        '',
        `**${cell(rule.title)}** (${rule.reference})`,
        '',
        rule.requirement,
        '',
        `- **In force (baseline):** ${window.text}, parameter ${parameterLink(rule.inForce)}. ${window.note}`,
        `- **Dates rest on:** ${codes(window.sources)}`,
        `- **Applies on:** ${appliesOnText[rule.appliesOn]}.`,
        `- **Each finding is about:** a ${rule.subject}.`,
        `- **Outcomes it can give:** ${codes(rule.outcomes)}.`,
        `- **Parameters read:** ${rule.parameters.map(parameterLink).join(', ')}`,
        `- **Sources:** ${codes(rule.sources)}`,
        '',
      ];
    }),
    ...sourcesSection(cited),
  ].join('\n');
}

type Factor = ReadinessFramework['factors'][number];

/** A Markdown table: one column per entry, one row per item. */
function table<Item>(columns: readonly { head: string; value: (item: Item, index: number) => string }[], items: readonly Item[]): string[] {
  return [
    `| ${columns.map((column) => column.head).join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...items.map((item, index) => `| ${columns.map((column) => column.value(item, index)).join(' | ')} |`),
  ];
}

const frameworkKeys = Object.keys(readinessFrameworks) as (keyof typeof readinessFrameworks)[];
const frameworkFile = (key: string): string => `readiness-${key.toLowerCase()}.md`;

function thresholdText(framework: ReadinessFramework, threshold: ReadinessFramework['rating']['bands'][number]['threshold']): string {
  if ('all' in threshold) return 'every scored factor met';
  if ('parameter' in threshold) return `the value of ${parameterLink(threshold.parameter)} on the assessment date`;
  return framework.rating.measure === 'met-count' ? `${threshold.value} factors met` : `a share of ${threshold.value}`;
}

function readinessOverviewPage(): string {
  return [
    ...frontMatter('Readiness frameworks'),
    '# Readiness frameworks',
    '',
    'The frameworks the Audit Commission, the King\'s Fund and the Department of Health used between',
    '2006 and 2009 to judge whether practice based commissioning could work in an area, encoded as',
    'data (`readinessFrameworks` from `practice-based-commissioning/policy`) and assessed with',
    '`assessReadiness`. Each factor, band and recommendation carries its sources and a confidence:',
    '`confirmed` (read in a source), `derived` (a reading the sources imply) or `unconfirmed`',
    '(inferred, or a placeholder). One page per framework:',
    '',
    '| key | framework | publisher | published | factors | groups | rates by | bands (best first) |',
    '|---|---|---|---|---|---|---|---|',
    ...frameworkKeys.map((key) => {
      const framework = readinessFrameworks[key];
      return `| [${code(key)}](./${frameworkFile(key)}) | ${cell(framework.title)} | ${cell(framework.publisher)} | ${framework.published} | ${framework.factors.length} | ${framework.groups?.length ?? 0} | ${framework.rating.measure} | ${framework.rating.bands.map((band) => code(band.id)).join(', ')} |`;
    }),
    '',
    'A framework of your own follows the same schema (`ReadinessFrameworkSchema`); `reviseReadinessFramework`',
    'replaces a placeholder with the text of the source once you have it.',
    '',
  ].join('\n');
}

function readinessFrameworkPage(key: keyof typeof readinessFrameworks): string {
  const framework = readinessFrameworks[key];
  const groups = framework.groups ?? [];
  const recommendations = framework.recommendations ?? [];
  const risks = framework.risks ?? [];
  const context = framework.context ?? [];
  const groupLabel = new Map(groups.map((group) => [group.id, group.label]));
  const cited = [
    ...framework.sources,
    ...groups.flatMap((item) => item.sources),
    ...framework.factors.flatMap((item) => item.sources),
    ...framework.rating.bands.flatMap((item) => item.sources),
    ...recommendations.flatMap((item) => item.sources),
    ...risks.flatMap((item) => item.sources),
    ...context.flatMap((item) => item.sources),
  ];
  const placeholders = framework.factors.filter((factor) => factor.placeholder === true).length;
  return [
    ...frontMatter(`${key}: ${framework.title}`),
    `# ${framework.title}`,
    '',
    `${framework.publisher}, ${framework.published}. In the package: ${code(`readinessFrameworks.${key}`)} (id ${code(framework.id)}, ${framework.confidence}); sources ${codes(framework.sources)}.`,
    '',
    ...(framework.summary === undefined ? [] : [framework.summary, '']),
    ...(framework.inForceParameter === undefined ? [] : [`Applies only on dates when ${parameterLink(framework.inForceParameter)} is true.`, '']),
    ...(framework.targetDateParameter === undefined ? [] : [`Readiness was expected by the date in ${parameterLink(framework.targetDateParameter)}.`, '']),
    '## How it rates',
    '',
    framework.rating.measure === 'met-count'
      ? 'By how many scored factors are met. The rating is the first band, best first, whose threshold the count reaches.'
      : 'By the score (met 1, partly 0.5, not met or unknown 0, unless a reform changes the points) over its maximum. The rating is the first band, best first, whose threshold the share reaches.',
    '',
    '| band | label | ready | threshold | confidence | note |',
    '|---|---|---|---|---|---|',
    ...framework.rating.bands.map(
      (band) =>
        `| ${code(band.id)} | ${cell(band.label)} | ${band.ready ? 'yes' : 'no'} | ${band.comparison === 'more-than' ? 'more than ' : 'at least '}${thresholdText(framework, band.threshold)} | ${band.confidence} | ${cell(band.note)} |`,
    ),
    '',
    ...(groups.length === 0
      ? []
      : ['## Groups', '', '| id | group | confidence | sources | note |', '|---|---|---|---|---|', ...groups.map((group) => `| ${code(group.id)} | ${cell(group.label)} | ${group.confidence} | ${codes(group.sources)} | ${cell(group.note)} |`), '']),
    '## Factors',
    '',
    `${framework.factors.length} items${placeholders === 0 ? '' : `, of which ${placeholders} are placeholders for text the sources do not give (replace them with \`reviseReadinessFramework\`, or give them weight 0)`}. Scale: ${codes([...new Set(framework.factors.map((factor) => factor.scale))])}.`,
    '',
    ...table(
      [
        { head: '#', value: (_factor, index) => String(index + 1) },
        { head: 'id', value: (factor) => code(factor.id) },
        { head: 'factor', value: (factor) => `${cell(factor.label)}${factor.placeholder === true ? ' *(placeholder)*' : ''}` },
        { head: 'kind', value: (factor) => factor.kind },
        ...(groups.length === 0 ? [] : [{ head: 'group', value: (factor: Factor) => cell(factor.group === undefined ? '' : (groupLabel.get(factor.group) ?? factor.group)) }]),
        ...(framework.factors.some((factor) => factor.role === 'outcome')
          ? [{ head: 'counts', value: (factor: Factor) => (factor.role === 'outcome' ? 'scored apart' : 'towards the rating') }]
          : []),
        { head: 'confidence', value: (factor) => factor.confidence },
        { head: 'sources', value: (factor) => codes(factor.sources) },
        { head: 'note', value: (factor) => cell(factor.note) },
      ],
      framework.factors,
    ),
    '',
    ...(recommendations.length === 0
      ? []
      : [
          '## Recommendations',
          '',
          'A gap in an addressed factor or group carries the recommendation; one that addresses nothing is general, listed whenever the area is not ready.',
          '',
          '| id | recommendation | addresses | confidence | sources |',
          '|---|---|---|---|---|',
          ...recommendations.map(
            (item) =>
              `| ${code(item.id)} | ${cell(item.label)} | ${item.addresses.length === 0 ? '*general*' : codes(item.addresses)} | ${item.confidence}${item.linkConfidence === undefined ? '' : ` (link: ${item.linkConfidence})`} | ${codes(item.sources)} |`,
          ),
          '',
        ]),
    ...(risks.length === 0
      ? []
      : [
          '## Risks',
          '',
          '| id | risk | flagged by gaps in | link confidence | sources | note |',
          '|---|---|---|---|---|---|',
          ...risks.map((risk) => `| ${code(risk.id)} | ${cell(risk.label)} | ${cell(risk.linkedGroups.map((id) => groupLabel.get(id) ?? id).join(', '))} | ${risk.linkConfidence} | ${codes(risk.sources)} | ${cell(risk.note)} |`),
          '',
        ]),
    ...(context.length === 0
      ? []
      : ['## Context (not scored)', '', '| id | finding | confidence | sources |', '|---|---|---|---|', ...context.map((item) => `| ${code(item.id)} | ${cell(item.label)} | ${item.confidence} | ${codes(item.sources)} |`), '']),
    ...sourcesSection(cited, framework.bibliography ?? []),
  ].join('\n');
}

function serviceLinesPage(): string {
  const scope = ['budget.scope.mandatoryLines', 'budget.scope.optionalLines', 'budget.scope.excludedUnlessIncludedLines'].filter((id) => baselinePolicy.parameters[id] !== undefined);
  return [
    ...frontMatter('Service lines'),
    '# Service lines',
    '',
    'The service lines a PBC indicative budget (or a fundholder\'s allotted sum) is divided into, in the',
    'order the library reports them: `serviceLineCatalogue` from `practice-based-commissioning/policy`.',
    ...(scope.length === 0 ? [] : ['Which lines a budget must, may or need not cover on a date is policy, in the parameters', `${scope.map(parameterLink).join(', ')}.`]),
    '',
    '| service line | label | priced at the national tariff | what it covers | sources |',
    '|---|---|---|---|---|',
    ...serviceLineCatalogue.map(
      (line) =>
        `| ${code(line.serviceLine)} | ${cell(line.label)} | ${line.pricedByNationalTariff === null ? '*not stated in the sources*' : line.pricedByNationalTariff ? 'yes' : 'no'} | ${cell(line.description)} | ${codes(line.sources)} |`,
    ),
    '',
    ...sourcesSection(serviceLineCatalogue.flatMap((line) => line.sources)),
  ].join('\n');
}

const qualifierMark = { exact: '', about: '≈', more_than: '>', less_than: '<' } as const;

function surveyPage(): string {
  const metricLabel = new Map(pbcSurveyMetrics.map((metric) => [metric.id, metric.label]));
  const waveLabel = new Map(pbcSurveyWaves.map((wave) => [wave.id, wave.label]));
  const figureText = (waveId: string, metricId: string): string => {
    const figure = pbcSurveyFigures.find((entry) => entry.waveId === waveId && entry.metricId === metricId);
    if (figure === undefined) return '';
    if (figure.value === null) return '*no figure*';
    const unit = pbcSurveyMetrics.find((metric) => metric.id === metricId)?.unit === 'percent' ? '%' : '';
    return `${qualifierMark[figure.qualifier]}${figure.value}${unit}`;
  };
  const metricsWithFigures = pbcSurveyMetrics.filter((metric) => pbcSurveyFigures.some((figure) => figure.metricId === metric.id));
  return [
    ...frontMatter('PBC surveys'),
    '# The DH/Ipsos MORI PBC surveys',
    '',
    'The quarterly GP practice survey (August 2007 to September 2009) and the PBC group and independent',
    'leads survey that followed it, as cited tables: `pbcSurveyWaves`, `pbcSurveyMetrics` and',
    '`pbcSurveyFigures` from `practice-based-commissioning/policy`. Each figure is as published, with the',
    'number it states or implies; wave numbers after wave 2 and some fieldwork periods are inferred, and',
    'say so. `surveyHeatMap` colours a table of them.',
    '',
    '## Figures by wave',
    '',
    'Percent unless the metric is in points. ≈ about, > more than, < less than; *no figure*: the source',
    'describes the result without a number.',
    '',
    `| metric | ${pbcSurveyWaves.map((wave) => code(wave.id)).join(' | ')} |`,
    `|---|${pbcSurveyWaves.map(() => '---').join('|')}|`,
    ...metricsWithFigures.map((metric) => `| ${cell(metric.label)} | ${pbcSurveyWaves.map((wave) => cell(figureText(wave.id, metric.id))).join(' | ')} |`),
    '',
    '## Waves',
    '',
    '| id | survey | number | fieldwork | period | respondents | sampled | response rate | published | sources | note |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...pbcSurveyWaves.map(
      (wave) =>
        `| ${code(wave.id)} | ${cell(wave.label)} | ${wave.number ?? '*not known*'} (${wave.numberConfidence}) | ${cell(wave.fieldwork)} | ${wave.periodFrom === null ? '*not known*' : `${wave.periodFrom} to ${wave.periodTo ?? ''}`} (${wave.periodConfidence}) | ${cell(wave.respondents?.toLocaleString('en-GB'))} | ${cell(wave.sampled?.toLocaleString('en-GB'))} | ${wave.responseRatePercent === null ? '' : `${wave.responseRatePercent}%`} | ${cell(wave.published)} | ${codes(wave.sources)} | ${cell(wave.note)} |`,
    ),
    '',
    '## Metrics',
    '',
    'The direction that counts as better is the library\'s reading (for the heat map), not the survey\'s.',
    '',
    '| id | metric | unit | better when | note |',
    '|---|---|---|---|---|',
    ...pbcSurveyMetrics.map(
      (metric) =>
        `| ${code(metric.id)} | ${cell(metric.label)} | ${metric.unit} | ${metric.polarity === 'higher_is_better' ? 'higher' : metric.polarity === 'lower_is_better' ? 'lower' : 'neither'} | ${cell(metric.note)} |`,
    ),
    '',
    '## Every figure as published',
    '',
    '| wave | metric | value | as published | confidence | sources | note |',
    '|---|---|---|---|---|---|---|',
    ...pbcSurveyFigures.map(
      (figure) =>
        `| ${cell(waveLabel.get(figure.waveId) ?? figure.waveId)} | ${cell(metricLabel.get(figure.metricId) ?? figure.metricId)} | ${figure.value === null ? '' : cell(`${qualifierMark[figure.qualifier]}${figure.value}`)} | ${cell(figure.published)} | ${figure.confidence} | ${codes(figure.sources)} | ${cell(figure.note)} |`,
    ),
    '',
    ...sourcesSection([...pbcSurveyWaves.flatMap((wave) => wave.sources), ...pbcSurveyFigures.flatMap((figure) => figure.sources)]),
  ].join('\n');
}

function wccPage(): string {
  const framework = wccAssuranceFramework;
  return [
    ...frontMatter('World class commissioning assurance'),
    `# ${framework.title} (${framework.assuranceYears.join(', ')})`,
    '',
    cell(framework.summary),
    '`wccAssuranceFramework`, `wccNationalResults` and `wccRuleCatalogue` from `practice-based-commissioning/policy`;',
    '`assessWccAssurance` and `compareWccWithNational` from `practice-based-commissioning/readiness`.',
    '',
    '## Competencies (levels 1–4; 4 = world class)',
    '',
    '| id | competency | first rated | PBC link | confidence | sources |',
    '|---|---|---|---|---|---|',
    ...framework.competencies.map((each) => `| ${code(each.id)} | ${cell(each.label)}${each.alsoCalled === undefined ? '' : ` (${cell(each.alsoCalled)})`} | ${each.firstRated} | ${each.pbcLink ? 'yes' : ''} | ${each.confidence} | ${codes(each.sources)} |`),
    '',
    '## Governance (red, amber, green)',
    '',
    ...framework.governance.map((area) => `- ${code(area.id)}: ${cell(area.label)} (${area.confidence})${area.note === undefined ? '' : `. ${cell(area.note)}`}`),
    '',
    '## Rules',
    '',
    '| rule | title | parameters |',
    '|---|---|---|',
    ...wccRuleCatalogue.map((rule) => `| ${code(rule.id)} | ${cell(rule.title)} | ${rule.parameters.map(parameterLink).join(', ')} |`),
    '',
    '## National results',
    '',
    '| year | measure | figure | base | as published | confidence | sources |',
    '|---|---|---|---|---|---|---|',
    ...wccNationalResults.map((figure) => `| ${figure.year} | ${code(figure.measure)} | ${figure.value}${figure.unit === 'percent' ? '%' : ''} (${figure.qualifier}) | ${figure.base ?? ''} | ${cell(figure.quote)} | ${figure.confidence} | ${codes(figure.sources)} |`),
    '',
    ...sourcesSection([...framework.sources, ...framework.competencies.flatMap((each) => each.sources), ...framework.governance.flatMap((area) => area.sources), ...wccNationalResults.flatMap((figure) => figure.sources), ...wccRuleCatalogue.flatMap((rule) => rule.sources)]),
  ].join('\n');
}

export const handbookExtras: readonly HandbookPage[] = [
  { file: 'conflicts-rules.md', render: conflictsRulesPage },
  { file: 'readiness-frameworks.md', render: readinessOverviewPage },
  ...frameworkKeys.map((key) => ({ file: frameworkFile(key), render: () => readinessFrameworkPage(key) })),
  { file: 'service-lines.md', render: serviceLinesPage },
  { file: 'pbc-survey.md', render: surveyPage },
  { file: 'wcc-assurance.md', render: wccPage },
];
