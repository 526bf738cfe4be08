#!/usr/bin/env node
// Docs that run (issue 18): every `ts` block of README.md and docs/guide/*.md and every TSDoc
// `@example` under src/ is type-checked (strict, one `tsc` over all of them) and run (one process)
// against the BUILT package: the snippets import 'practice-based-commissioning', which resolves to
// dist/ through the package's own `exports` (a package may import itself by name). Run `npm run build`
// first. Each result comment (`expression; // → value`, or `//=> value` in TSDoc) is asserted.
//
// Markers, on the line before a fence (blank lines between are allowed):
//   <!-- continues -->          the block continues the previous block of the same page
//   <!-- types only: why -->    the block is type-checked but not run (say why: e.g. it takes a minute)
// An @example is type-checked only when it uses `declare` (a value it does not build) or imports
// vitest; one that imports a relative path documents an internal module and is left out.
//
// Usage: node scripts/check-snippets.mjs [--keep]  (--keep leaves .snippets/ for inspection)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { mismatch, parseResultComment } from './snippets/result-comment.mjs';

const root = process.cwd();
const work = join(root, '.snippets');
const started = Date.now();

/** @typedef {{ where: string, code: string, lines: string[], run: boolean, why?: string }} Snippet */

/** @returns {Snippet[]} */
function markdownSnippets(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  /** @type {Snippet[]} */
  const snippets = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(?:ts|typescript)\s*$/.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    let before = i - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    const marker = before >= 0 ? lines[before].trim() : '';
    const body = lines.slice(i + 1, end);
    const where = body.map((_, index) => `${relative(root, file)}:${i + 2 + index}`);
    const typesOnly = /^<!--\s*types only:\s*(.+?)\s*-->$/.exec(marker);
    if (marker === '<!-- continues -->' && snippets.length > 0) {
      const previous = snippets[snippets.length - 1];
      previous.code += `\n${body.join('\n')}`;
      previous.lines.push(...where);
    } else {
      snippets.push({ where: where[0] ?? `${relative(root, file)}:${i + 1}`, code: body.join('\n'), lines: where, run: typesOnly === null, ...(typesOnly ? { why: typesOnly[1] } : {}) });
    }
    i = end;
  }
  return snippets;
}

/** @returns {{ snippets: Snippet[], internal: number }} */
function tsdocSnippets(file) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  /** @type {Snippet[]} */
  const snippets = [];
  let internal = 0;
  let inDoc = false;
  let sawExample = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*\/\*\*/.test(line)) inDoc = true;
    if (inDoc && /@example/.test(line)) sawExample = true;
    if (inDoc && sawExample && /^\s*\*\s?```(?:ts|typescript)\s*$/.test(line)) {
      let end = i + 1;
      while (end < lines.length && !/^\s*\*\s?```\s*$/.test(lines[end])) end++;
      const body = lines.slice(i + 1, end).map((l) => l.replace(/^\s*\*\s?/, ''));
      const code = body.join('\n');
      const where = body.map((_, index) => `${relative(root, file)}:${i + 2 + index}`);
      if (/from\s+'\.{1,2}\//.test(code)) internal++;
      else {
        const typesOnly = /^\s*declare\s/m.test(code) || /from\s+'vitest'/.test(code);
        snippets.push({ where: where[0], code, lines: where, run: !typesOnly });
      }
      i = end;
      sawExample = false;
    }
    if (/\*\//.test(line)) {
      inDoc = false;
      sawExample = false;
    }
  }
  return { snippets, internal };
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** @type {Snippet[]} */
const snippets = [];
for (const file of ['README.md', ...readdirSync('docs/guide').filter((name) => name.endsWith('.md')).sort().map((name) => join('docs/guide', name))]) {
  snippets.push(...markdownSnippets(join(root, file)));
}
let internal = 0;
for (const file of sourceFiles(join(root, 'src')).sort()) {
  const found = tsdocSnippets(file);
  snippets.push(...found.snippets);
  internal += found.internal;
}

// Each result comment becomes a check: `expr; // → value` runs as `__pbcCheck(id, () => (expr));`.
/** @type {{ where: string, matcher: import('./snippets/result-comment.mjs').Matcher, snippet: number }[]} */
const checks = [];
const problems = [];
const RESULT = /^[ \t]*(?:\r?\n[ \t]*)?\/\/\s*(?:=>|→|(?=throws\b))[ \t]?(.*)/;

function instrument(snippet, index) {
  const source = ts.createSourceFile('snippet.ts', snippet.code, ts.ScriptTarget.ES2022, true);
  const edits = [];
  const statements = source.statements;
  statements.forEach((statement, position) => {
    const next = statements[position + 1];
    const after = snippet.code.slice(statement.end, next === undefined ? snippet.code.length : next.getStart(source));
    const first = RESULT.exec(after);
    if (first === null) return;
    const line = source.getLineAndCharacterOfPosition(statement.end).line + (first[0].includes('\n') ? 1 : 0);
    const where = snippet.lines[line] ?? snippet.where;
    // The value: the first comment line, then the next ones while the literal is unfinished.
    const rest = after.slice(first[0].length).split('\n').slice(1);
    let text = first[1];
    let parsed = parseResultComment(text);
    for (const more of rest) {
      if (parsed !== null) break;
      const comment = /^\s*\/\/(?!\s*(?:=>|→))\s?(.*)$/.exec(more);
      if (comment === null) break;
      text += `\n${comment[1]}`;
      parsed = parseResultComment(text);
    }
    if (parsed === null) {
      problems.push(`${where}: the result comment does not start with a value: ${first[1]}`);
      return;
    }
    const id = checks.length;
    checks.push({ where, matcher: parsed.matcher, snippet: index });
    if (ts.isExpressionStatement(statement)) {
      edits.push({ from: statement.getStart(source), to: statement.end, text: `__pbcCheck(${id}, () => (${statement.expression.getText(source)}));` });
    } else if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1 && ts.isIdentifier(statement.declarationList.declarations[0].name) && parsed.matcher.t !== 'throws') {
      edits.push({ from: statement.end, to: statement.end, text: ` __pbcCheck(${id}, () => ${statement.declarationList.declarations[0].name.text});` });
    } else {
      problems.push(`${where}: a result comment must follow an expression or a declaration of one name`);
    }
  });
  let code = snippet.code;
  for (const edit of edits.sort((a, b) => b.from - a.from)) code = code.slice(0, edit.from) + edit.text + code.slice(edit.to);
  return code;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const name = (index) => `s${String(index).padStart(4, '0')}`;
snippets.forEach((snippet, index) => {
  writeFileSync(join(work, `${name(index)}.ts`), `${instrument(snippet, index)}\nexport {};\n`);
});
writeFileSync(join(work, 'globals.d.ts'), 'declare function __pbcCheck(id: number, thunk: () => unknown): void;\n');
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2023'],
        types: ['node'],
        typeRoots: [join(root, 'node_modules/@types')],
        skipLibCheck: true,
        outDir: 'out',
        rootDir: '.',
        noEmitOnError: false,
      },
      include: ['*.ts'],
    },
    null,
    2,
  ),
);

// One tsc over every snippet; its errors are reported at the snippet's own line.
const tscStarted = Date.now();
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', work, '--pretty', 'false'], { encoding: 'utf8' });
for (const line of (tsc.stdout + tsc.stderr).split('\n')) {
  const m = /^\.?\/?.*?(s\d{4})\.ts\((\d+),(\d+)\): (.*)$/.exec(line.replace(work + '/', ''));
  if (m === null) {
    // A line of an error's detail continues the error above it.
    if (/^\s/.test(line) && problems.length > 0) problems[problems.length - 1] += ` ${line.trim()}`;
    else if (line.trim() !== '') problems.push(`tsc: ${line}`);
    continue;
  }
  const snippet = snippets[Number(m[1].slice(1))];
  problems.push(`${snippet.lines[Number(m[2]) - 1] ?? snippet.where}: ${m[4]}`);
}

const tscSeconds = (Date.now() - tscStarted) / 1000;

// One process runs them all, in order, with their console output swallowed.
const reached = new Set();
globalThis.__pbcCheck = (id, thunk) => {
  const check = checks[id];
  reached.add(id);
  let value;
  try {
    value = thunk();
  } catch (error) {
    if (check.matcher.t !== 'throws') throw error;
    const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
    if (check.matcher.code !== null && code !== check.matcher.code) problems.push(`${check.where}: threw ${String(code)} (${error.message}), the comment says ${check.matcher.code}`);
    return;
  }
  const problem = mismatch(check.matcher, value);
  if (problem !== null) problems.push(`${check.where}: ${problem}`);
};
const console_ = { log: console.log, info: console.info, table: console.table, warn: console.warn, dir: console.dir };
let ran = 0;
for (const [index, snippet] of snippets.entries()) {
  if (!snippet.run) continue;
  ran++;
  Object.assign(console, { log() {}, info() {}, table() {}, warn() {}, dir() {} });
  try {
    await import(pathToFileURL(join(work, 'out', `${name(index)}.js`)).href);
  } catch (error) {
    problems.push(`${snippet.where}: the snippet throws: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    Object.assign(console, console_);
  }
}
for (const [id, check] of checks.entries()) {
  if (snippets[check.snippet].run && !reached.has(id)) problems.push(`${check.where}: the result comment was never reached`);
}

if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
const typesOnly = snippets.filter((snippet) => !snippet.run);
console.log(
  `snippets: ${snippets.length} type-checked, ${ran} run (${typesOnly.length} types only), ${checks.length} result comments asserted, ${internal} internal @examples left out; ${((Date.now() - started) / 1000).toFixed(1)} s (tsc ${tscSeconds.toFixed(1)} s)`,
);
for (const snippet of typesOnly.filter((s) => s.why !== undefined)) console.log(`  types only: ${snippet.where} (${snippet.why})`);
if (problems.length > 0) {
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.log(`  ${problem}`);
  process.exit(1);
}
