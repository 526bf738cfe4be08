/**
 * Generates the policy handbook into `docs/handbook/`: one page per parameter (its values by date,
 * with sources and confidence), a page of sources, and pages for the rules and frameworks the areas
 * publish. Run by `npm run docs` before typedoc, which includes the pages. Output is generated, not
 * committed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { formatGbp, pence } from '../src/core/index.js';
import { type Parameter, type ParameterValue, type Policy } from '../src/policy/index.js';
import { baselinePolicy } from '../src/policy/index.js';
import * as policyModule from '../src/policy/index.js';
import { rulesReading, type RuleCatalogueEntry } from '../src/core/index.js';
import { handbookExtras } from './handbook-extras.js';

/** Every area's rule catalogue that ./policy publishes (budgetsRuleCatalogue, conflictsRuleCatalogue, …). */
const catalogues: readonly (readonly RuleCatalogueEntry[])[] = Object.entries(policyModule)
  .filter(([name, value]) => name.endsWith('RuleCatalogue') && Array.isArray(value))
  .map(([, value]) => value as readonly RuleCatalogueEntry[]);

const out = 'docs/handbook';

function describe(value: ParameterValue, unit: Parameter['unit']): string {
  if (value === null) return '*no national value (a local decision)*';
  if (typeof value === 'number' && unit === 'pence') return formatGbp(pence(value));
  if (typeof value === 'number' && unit === 'pence-per-patient') return `${value}p per patient`;
  if (unit === 'ratio' && typeof value === 'string') return `${value} (${(Number(value) * 100).toString()}%)`;
  if (Array.isArray(value)) return value.map((item) => `\`${item}\``).join(', ');
  if (typeof value === 'number') return `${value.toLocaleString('en-GB')} ${unit}`;
  return `\`${String(value)}\``;
}

function cite(policy: Policy, ids: readonly string[]): string {
  return ids
    .map((id) => {
      const source = policy.sources[id];
      if (source === undefined) return id;
      return source.url === undefined ? `${source.publisher}, *${source.title}* (${source.date})` : `[${source.publisher}, *${source.title}* (${source.date})](${source.url})`;
    })
    .join('; ');
}

const slug = (id: string): string => id.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase();
const escape = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/parameters`, { recursive: true });

const parameters = Object.values(baselinePolicy.parameters).sort((a, b) => a.id.localeCompare(b.id));
const index: string[] = [
  '---',
  'title: Policy handbook',
  'children:',
  ...parameters.map((parameter) => `  - ./parameters/${slug(parameter.id)}.md`),
  '  - ./sources.md',
  ...handbookExtras.map((extra) => `  - ./${extra.file}`),
  '---',
  '',
  '# Policy handbook',
  '',
  'The policy this package encodes, readable without reading code: every dated parameter of the',
  'baseline policy with its values, sources and confidence, the bibliography, and the rules and',
  'frameworks of each area. Generated from the package itself by `npm run docs`.',
  '',
  '| parameter | unit | values | confidence |',
  '|---|---|---|---|',
];
for (const parameter of parameters) {
  const span = parameter.values.map((value) => `${value.from}…${value.to ?? ''}: ${describe(value.value, parameter.unit)}`).join('<br>');
  const disputed = parameter.values.some((value) => (value.alternatives?.length ?? 0) > 0);
  const confidence = `${[...new Set(parameter.values.map((value) => value.confidence))].join(', ')}${disputed ? ' (± alternatives)' : ''}`;
  index.push(`| [${parameter.id}](./parameters/${slug(parameter.id)}.md) — ${escape(parameter.label)} | ${parameter.unit} | ${escape(span)} | ${confidence} |`);
  const page = [
    '---',
    `title: ${parameter.id}`,
    '---',
    '',
    `# ${parameter.id}`,
    '',
    `**${parameter.label}** (unit: \`${parameter.unit}\`)`,
    '',
    ...(parameter.description === undefined ? [] : [parameter.description, '']),
    '| in force from | to | value | confidence | sources | note |',
    '|---|---|---|---|---|---|',
    ...parameter.values.flatMap((value) => [
      `| ${value.from} | ${value.to ?? '(until further notice)'} | ${escape(describe(value.value, parameter.unit))} | ${value.confidence} | ${escape(cite(baselinePolicy, value.sources))} | ${escape(value.note ?? '')} |`,
      // Each alternative on a row of its own beneath the value it disputes, marked ±.
      ...(value.alternatives ?? []).map(
        (alternative, index) =>
          `| ± | alternative ${alternative.id === undefined ? index : `\`${alternative.id}\``} | ${escape(describe(alternative.value, parameter.unit))} | ${alternative.confidence} | ${escape(cite(baselinePolicy, alternative.sources))} | ${escape(alternative.note ?? '')} |`,
      ),
    ]),
    '',
    ...(disputed
      ? [
          'Rows marked ± are **alternatives**: other values the sources support for the dates of the value above them, or the bounds of an unconfirmed default. Pick one with a reform, without restating it:',
          '',
          '```ts',
          `applyReform(baselinePolicy, { id: 'my-reading', label: '…', parameters: { '${parameter.id}': [{ from: '${parameter.values.find((value) => value.alternatives !== undefined)?.from ?? ''}', alternative: 0 }] } });`,
          '```',
          '',
          '`analyseSensitivity` (from `practice-based-commissioning/sensitivity`) re-runs an evaluation under each alternative.',
          '',
        ]
      : []),
    '## Rules that read it',
    '',
    ...(() => {
      const rules = rulesReading(parameter.id, catalogues);
      return rules.length === 0
        ? ['No rule in the catalogues reads it directly (it is read by a helper, or kept for reference).', '']
        : ['| rule | title | in force by |', '|---|---|---|', ...rules.map((rule) => `| \`${rule.id}\`${rule.reference === undefined ? '' : ` (${rule.reference})`} | ${escape(rule.title)} | ${rule.inForce === undefined ? '—' : `\`${rule.inForce}\``} |`), ''];
    })(),
    'Override any value with a reform:',
    '',
    '```ts',
    `applyReform(baselinePolicy, { id: 'my-reform', label: '…', parameters: { '${parameter.id}': [{ from: 'YYYY-MM-DD', value: …, sources: ['…'], confidence: 'unconfirmed' }] } });`,
    '```',
    '',
  ];
  writeFileSync(`${out}/parameters/${slug(parameter.id)}.md`, page.join('\n'));
}
writeFileSync(`${out}/index.md`, `${index.join('\n')}\n`);

const sources = Object.values(baselinePolicy.sources).sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(
  `${out}/sources.md`,
  [
    '---',
    'title: Sources',
    '---',
    '',
    '# Sources',
    '',
    'Every publication the baseline policy cites, by id. Weight: primary (legislation, Hansard, DH), secondary (trade or academic press), context.',
    '',
    '| id | publication | weight | note |',
    '|---|---|---|---|',
    ...sources.map((source) => `| \`${source.id}\` | ${escape(cite(baselinePolicy, [source.id]))} | ${source.weight} | ${escape(source.note ?? '')} |`),
    '',
  ].join('\n'),
);
for (const extra of handbookExtras) writeFileSync(`${out}/${extra.file}`, extra.render());
console.log(`handbook: ${parameters.length} parameter pages, ${sources.length} sources, ${handbookExtras.length} area pages → ${out}/`);
