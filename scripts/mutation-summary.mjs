#!/usr/bin/env node
// Summarises Stryker's JSON reports (`npm run test:mutation`, or one area at a time with
// `npx stryker run --mutate 'src/budgets/**/*.ts'`) into the figures docs/quality.md records: the
// mutation score overall, per area and per file, and every surviving mutant with its line.
//
// Usage: node scripts/mutation-summary.mjs [--survivors] [--markdown] report.json [report.json ...]
// (default: reports/mutation/mutation.json). Where two reports hold the same file, the later wins.
//
// The score is Stryker's: (killed + timed out) ÷ (killed + timed out + survived + no coverage).
// Ignored mutants (static code, error-message wording) and compile errors are not counted.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const showSurvivors = args.includes('--survivors');
const markdown = args.includes('--markdown');
const reports = args.filter((arg) => !arg.startsWith('--'));
if (reports.length === 0) reports.push('reports/mutation/mutation.json');

/** @type {Map<string, { source: string, mutants: any[] }>} */
const files = new Map();
for (const report of reports) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  for (const [name, file] of Object.entries(json.files)) files.set(name, file);
}

const RULE_AREAS = new Set(['budgets', 'incentives', 'conflicts', 'readiness', 'governance']);
const areaOf = (name) => {
  const [, folder] = name.split('/');
  if (name === 'src/policy/baseline.ts') return 'policy';
  return folder ?? name;
};

const blank = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 });
const add = (tally, status) => {
  if (status === 'Killed') tally.killed += 1;
  else if (status === 'Timeout') tally.timeout += 1;
  else if (status === 'Survived') tally.survived += 1;
  else if (status === 'NoCoverage') tally.noCoverage += 1;
  else if (status === 'Ignored') tally.ignored += 1;
  else tally.errors += 1;
};
const counted = (t) => t.killed + t.timeout + t.survived + t.noCoverage;
const score = (t) => (counted(t) === 0 ? 100 : (100 * (t.killed + t.timeout)) / counted(t));
const pct = (t) => `${score(t).toFixed(2)}%`;

const total = blank();
const rules = blank();
const areas = new Map();
const perFile = [];
const survivors = [];
for (const [name, file] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const tally = blank();
  for (const mutant of file.mutants) {
    add(tally, mutant.status);
    add(total, mutant.status);
    const area = areaOf(name);
    if (!areas.has(area)) areas.set(area, blank());
    add(areas.get(area), mutant.status);
    if (RULE_AREAS.has(area)) add(rules, mutant.status);
    if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
      const line = file.source.split('\n')[mutant.location.start.line - 1]?.trim() ?? '';
      survivors.push({ name, line: mutant.location.start.line, status: mutant.status, mutator: mutant.mutatorName, replacement: mutant.replacement, code: line });
    }
  }
  perFile.push({ name, tally });
}

const row = (label, t) =>
  markdown
    ? `| ${label} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.ignored} | **${pct(t)}** |`
    : `${label.padEnd(64)} killed ${String(t.killed).padStart(5)}  timeout ${String(t.timeout).padStart(3)}  survived ${String(t.survived).padStart(4)}  no coverage ${String(t.noCoverage).padStart(3)}  ignored ${String(t.ignored).padStart(4)}  score ${pct(t)}`;

if (markdown) {
  console.log('| Scope | Killed | Timed out | Survived | No coverage | Ignored | Score |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
}
console.log(row('All mutated code', total));
console.log(row('Rule modules (budgets, incentives, conflicts, readiness, governance)', rules));
for (const [area, tally] of [...areas].sort(([a], [b]) => a.localeCompare(b))) console.log(row(`src/${area}`, tally));
if (!markdown) {
  console.log('');
  for (const { name, tally } of perFile) if (counted(tally) > 0) console.log(row(name, tally));
}
if (showSurvivors) {
  console.log('');
  for (const s of survivors) console.log(`${s.name}:${s.line} ${s.status} ${s.mutator} → ${JSON.stringify(s.replacement)}\n    ${s.code}`);
}
console.log(`\nMutation score: ${score(total).toFixed(0)}% (${total.killed + total.timeout} of ${counted(total)} mutants detected; rule modules ${pct(rules)})`);
