#!/usr/bin/env node
// Issue 10's proof: pack the library, install the tarball into a fresh project (nothing else of this
// repository visible), run the example policy cases under node:test and vitest, and check that a
// wrong case fails with a readable message. Needs `npm run build` first; uses the npm cache that
// `npm ci` has filled, so it works offline.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'pbc-fresh-'));
const fail = (message) => {
  console.error(`fresh project check: ${message}`);
  process.exit(1);
};
try {
  const vitestVersion = JSON.parse(readFileSync(join(root, 'node_modules/vitest/package.json'), 'utf8')).version;
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
  const tarball = join(work, packed[0].filename);
  const project = join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-policy-tests', private: true, type: 'module' }, null, 2));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, `vitest@${vitestVersion}`], { cwd: project, stdio: 'inherit' });
  for (const file of ['des-and-budget-cases.json', 'cases.node-test.mjs', 'cases.test.mjs']) {
    copyFileSync(join(root, 'examples/policy-tests', file), join(project, file));
  }
  const nodeRun = spawnSync('node', ['--test', 'cases.node-test.mjs'], { cwd: project, encoding: 'utf8' });
  if (nodeRun.status !== 0) fail(`node:test failed:\n${nodeRun.stdout}${nodeRun.stderr}`);
  if (!/# pass 5/.test(nodeRun.stdout)) fail(`node:test did not pass 5 cases:\n${nodeRun.stdout}`);
  const vitestRun = spawnSync('npx', ['vitest', 'run', '--reporter=dot'], { cwd: project, encoding: 'utf8' });
  if (vitestRun.status !== 0) fail(`vitest failed:\n${vitestRun.stdout}${vitestRun.stderr}`);
  if (!/5 passed/.test(vitestRun.stdout)) fail(`vitest did not pass 5 cases:\n${vitestRun.stdout}`);

  // CommonJS require and ESM import both work, and TypeScript sees the types under node16 resolution.
  const requireRun = spawnSync('node', ['-e', "const { formatGbp, pence } = require('practice-based-commissioning/core'); const { towardsPbcDesPayment } = require('practice-based-commissioning/incentives'); if (formatGbp(pence(570000)) !== '£5,700.00' || typeof towardsPbcDesPayment !== 'function') process.exit(1)"], { cwd: project, encoding: 'utf8' });
  if (requireRun.status !== 0) fail(`require failed:\n${requireRun.stderr}`);
  writeFileSync(join(project, 'check.mts'), "import { formatGbp, pence, type Pence } from 'practice-based-commissioning/core';\nimport { baselinePolicy } from 'practice-based-commissioning/policy';\nconst amount: Pence = pence(95);\nexport const text: string = formatGbp(amount) + baselinePolicy.id;\n");
  writeFileSync(join(project, 'check.cts'), "import { parseIsoDate, type IsoDate } from 'practice-based-commissioning/core';\nimport { runPolicyCase } from 'practice-based-commissioning/testing';\nexport const day: IsoDate = parseIsoDate('2007-04-01');\nexport const status: string = runPolicyCase({}).status;\n");
  const tsc = spawnSync('node', [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', '--target', 'es2022', '--skipLibCheck', 'check.mts', 'check.cts'], { cwd: project, encoding: 'utf8' });
  if (tsc.status !== 0) fail(`TypeScript could not use the types:\n${tsc.stdout}${tsc.stderr}`);
  // An older TypeScript service: `"module": "commonjs"`, whose default resolution is node10 (no
  // `exports` map): every subpath still resolves, through the subpath folders.
  writeFileSync(join(project, 'check-node10.ts'), "import { formatGbp, pence, type Pence } from 'practice-based-commissioning/core';\nimport { towardsPbcDesPayment } from 'practice-based-commissioning/incentives';\nimport { baselinePolicy } from 'practice-based-commissioning/policy';\nimport { runPolicyCase } from 'practice-based-commissioning/testing';\nconst amount: Pence = pence(95);\nexport const text: string = formatGbp(amount) + baselinePolicy.id + typeof towardsPbcDesPayment + runPolicyCase({}).status;\n");
  const tscNode10 = spawnSync('node', [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'commonjs', '--moduleResolution', 'node10', '--target', 'es2022', '--skipLibCheck', '--ignoreDeprecations', '5.0', 'check-node10.ts'], { cwd: project, encoding: 'utf8' });
  if (tscNode10.status !== 0) fail(`TypeScript on node10 resolution could not use the types:\n${tscNode10.stdout}${tscNode10.stderr}`);

  // One error class across builds: an app that both requires and imports the package has two
  // PbcError classes; `instanceof` holds whichever build threw and whichever build checks.
  writeFileSync(join(project, 'both-builds.mjs'), `import { createRequire } from 'node:module';
import * as esm from 'practice-based-commissioning';
import * as esmCore from 'practice-based-commissioning/core';
const cjs = createRequire(import.meta.url)('practice-based-commissioning');
const cjsCore = createRequire(import.meta.url)('practice-based-commissioning/core');
if (esm.PbcError === cjs.PbcError) throw new Error('expected two PbcError classes, one per build');
const thrownBy = (core) => { try { core.parseIsoDate('2007-02-29'); } catch (error) { return error; } throw new Error('no error'); };
const results = [];
for (const [thrower, core] of [['CJS', cjsCore], ['ESM', esmCore]]) {
  const error = thrownBy(core);
  for (const [checker, lib] of [['CJS', cjs], ['ESM', esm]]) {
    results.push(\`\${thrower}→\${checker} \${error instanceof lib.PbcError && error instanceof Error && lib.isPbcError(error, 'INVALID_DATE')}\`);
  }
}
if (new Error('x') instanceof esm.PbcError || new Error('x') instanceof cjs.PbcError) results.push('plain Error true');
console.log(results.join(', '));
`);
  const bothBuilds = spawnSync('node', ['both-builds.mjs'], { cwd: project, encoding: 'utf8' });
  if (bothBuilds.status !== 0 || bothBuilds.stdout.trim() !== 'CJS→CJS true, CJS→ESM true, ESM→CJS true, ESM→ESM true') fail(`instanceof PbcError across the CommonJS and ESM builds:\n${bothBuilds.stdout}${bothBuilds.stderr}`);

  // A wrong case must fail, readably.
  const cases = JSON.parse(readFileSync(join(project, 'des-and-budget-cases.json'), 'utf8'));
  cases[0].expected.topUp = 380000;
  writeFileSync(join(project, 'des-and-budget-cases.json'), JSON.stringify(cases, null, 2));
  const wrongRun = spawnSync('node', ['--test', 'cases.node-test.mjs'], { cwd: project, encoding: 'utf8' });
  if (wrongRun.status === 0) fail('a wrong case passed under node:test');
  if (!wrongRun.stdout.includes('topUp: expected 380000, got 370000')) fail(`the failure was not readable:\n${wrongRun.stdout}`);
  console.log('fresh project check: the packed library installs; require, import and TypeScript (node16 ESM and CJS, node10) see it; instanceof PbcError holds across the CommonJS and ESM builds; 5 JSON cases pass under node:test and vitest; a wrong case fails with "topUp: expected 380000, got 370000"');
} finally {
  rmSync(work, { recursive: true, force: true });
}
