#!/usr/bin/env node
// The README's test command (`npm test`): type check, the suite with coverage under UTC, the suite
// again under three more time zones, the build, a consumer smoke test, the size budgets, the
// tree-shaking check, the notebook example (Node), the fresh project (both builds, node10 and
// node16 types), the browser check (headless Chromium), the Deno notebook in Jupyter, the API docs
// with the policy handbook, and the package checks (publint, attw with every resolver). It ends
// with one plain line `N passed, N failed` summed over every suite run, and exits non-zero if any
// step failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const zones = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'];
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
}

function count(file) {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    passed += json.numPassedTests ?? 0;
    // Failed tests, plus test files that failed without running a test (an import error, say).
    const brokenFiles = (json.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0).length;
    failed += (json.numFailedTests ?? 0) + brokenFiles;
  } catch {
    failed += 1;
  }
}

run('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
zones.forEach((zone, index) => {
  const file = join(reports, `vitest-${zone.replace('/', '-')}.json`);
  const args = ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`];
  if (index === 0) args.push('--coverage');
  run(`tests (TZ=${zone})`, 'npx', args, { TZ: zone });
  count(file);
});
{
  // The hostile-input suites once more in a small heap: no input may need more than 512 MB. Each
  // file in a fresh module graph (`--isolate`), so what one file leaves cached is not charged to the next.
  const file = join(reports, 'vitest-hostile-512mb.json');
  run('hostile inputs in a 512 MB heap', 'npx', ['vitest', 'run', '--isolate', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`, 'test/reliability/hostile-'], { NODE_OPTIONS: '--max-old-space-size=512' });
  count(file);
}
run('build', 'npm', ['run', 'build', '--silent']);
run('consumer smoke test', 'node', ['scripts/smoke-consumer.mjs']);
run('docs snippets (README, guides, @examples: tsc and run against dist)', 'node', ['scripts/check-snippets.mjs']);
run('size budgets (size-limit)', 'npx', ['size-limit']);
run('tree-shaking (incentives without the readiness frameworks)', 'node', ['scripts/check-tree-shaking.mjs']);
run('notebook example (Node)', 'node', ['examples/notebook/budgets-notebook.mjs', '--check']);
run('fresh project: policy cases, both builds, node10 and node16 types', 'node', ['scripts/fresh-project-check.mjs']);
run('browser: the ESM build in headless Chromium, a DES payment and a chart', 'node', ['scripts/browser-check.mjs']);
run('notebook: the Deno notebook executed in Jupyter against the packed package', 'node', ['scripts/notebook-check.mjs']);
run('docs (typedoc, warnings are errors)', 'npm', ['run', 'docs', '--silent']);
run('publint', 'npx', ['publint', '--strict']);
run('attw (every resolver: node10, node16 CJS and ESM, bundler)', 'npx', ['attw', '--pack', '.']);

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
