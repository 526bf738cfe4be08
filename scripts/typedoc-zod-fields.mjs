// A TypeDoc plugin: the page of every type defined from a zod schema (`z.input<typeof XSchema>`,
// `z.infer<…>`, `z.output<…>`) lists the type's fields — name, whether required, type with units and
// enumerations, and the schema's description — read from the JSON Schema the build writes for it
// (`schemas/X.json`, from `npm run build`). Without it the page would show only `input<typeof XSchema>`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter, ReflectionKind } from 'typedoc';

const MAX_DEPTH = 3;
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const code = (value) => `\`${String(value).replace(/`/g, "'")}\``;

/** The type of one JSON Schema node in words: `integer (pence)`, one of `a`, `b`, a list of …. */
function typeOf(node) {
  if (node === undefined || node === null || typeof node !== 'object') return 'any';
  if (node.const !== undefined) return code(JSON.stringify(node.const));
  if (Array.isArray(node.enum)) return `one of ${node.enum.map((value) => code(value)).join(', ')}`;
  const variants = node.oneOf ?? node.anyOf;
  if (Array.isArray(variants)) {
    const kinds = variants.map(typeOf);
    return [...new Set(kinds)].join(' or ');
  }
  const description = typeof node.description === 'string' ? node.description : '';
  if (node.type === 'array') return `list of ${typeOf(node.items)}`;
  if (node.type === 'integer' && /pence/i.test(description)) return 'integer (pence)';
  if (node.type === 'string' && (/\bYYYY-MM-DD\b|ISO/.test(description) || node.format === 'date' || node.pattern === '^\\d{4}-\\d{2}-\\d{2}$')) return 'string (ISO date, YYYY-MM-DD)';
  if (node.type === 'object') return node.properties ? 'object (fields below)' : 'object';
  return Array.isArray(node.type) ? node.type.join(' or ') : (node.type ?? 'any');
}

/** One row per field, nested fields under dotted paths (`budget.lines[].amount`). */
function rows(node, prefix, depth, out, when = '') {
  if (node === undefined || node === null || typeof node !== 'object' || depth > MAX_DEPTH) return out;
  const variants = node.oneOf ?? node.anyOf;
  if (Array.isArray(variants)) {
    // A discriminated union: each variant's fields, marked with the value of its `kind` (or other constant).
    for (const variant of variants) {
      const tag = Object.entries(variant?.properties ?? {}).find(([, child]) => child?.const !== undefined);
      rows(variant, prefix, depth, out, tag === undefined ? when : `(when ${tag[0]} is ${code(tag[1].const)}) `);
    }
    return out;
  }
  if (node.type === 'array') return rows(node.items, `${prefix}[]`, depth, out, when);
  if (node.type !== 'object' || node.properties === undefined) return out;
  const required = new Set(node.required ?? []);
  for (const [name, child] of Object.entries(node.properties)) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    if (out.some((row) => row.path === path)) continue; // a field shared by variants is listed once
    const description = child.description ?? child.items?.description ?? '';
    out.push({ path, required: required.has(name), type: typeOf(child), description: `${when}${description}` });
    rows(child, path, depth + 1, out, when);
  }
  return out;
}

function table(schema) {
  const found = rows(schema, '', 0, []);
  if (found.length === 0) return null;
  const lines = ['', '', '**Fields** (from the JSON Schema; amounts in pence, dates `YYYY-MM-DD`):', '', '| Field | Required | Type | Description |', '|---|---|---|---|'];
  for (const row of found) lines.push(`| ${code(row.path)} | ${row.required ? 'yes' : 'no'} | ${cell(row.type)} | ${cell(row.description)} |`);
  return `${lines.join('\n')}\n`;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const folder = join(process.cwd(), 'schemas');
    if (!existsSync(folder)) {
      app.logger.info('typedoc-zod-fields: no schemas/ folder (run npm run build first); field tables left out');
      return;
    }
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
      const text = reflection.type?.toString() ?? '';
      if (process.env['ZOD_FIELDS_DEBUG']) app.logger.info(`typedoc-zod-fields: ${reflection.name} = ${text} (${reflection.type?.type}) comment=${reflection.comment !== undefined}`);
      const match = /^(?:z\.)?(?:input|infer|output|Readonly)<(?:(?:z\.)?input<)?typeof (\w+)Schema>+$/.exec(text);
      if (match === null || reflection.comment === undefined) continue;
      const file = join(folder, `${match[1]}.json`);
      if (!existsSync(file)) continue;
      const rendered = table(JSON.parse(readFileSync(file, 'utf8')));
      if (rendered !== null) reflection.comment.summary.push({ kind: 'text', text: rendered });
    }
  });
}
