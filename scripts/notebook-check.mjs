#!/usr/bin/env node
// A real notebook: execute examples/notebook/budgets-notebook.ipynb end to end in Jupyter with the
// Deno kernel, against the packed package (`npm run test:notebook`, after `npm run build`).
//
// The notebook imports `npm:practice-based-commissioning@<version>`. Before the package is
// published that specifier cannot come from the registry; but when the notebook's folder holds a
// package.json, Deno uses the folder's node_modules (its "manual", bring-your-own node_modules
// mode) and resolves `npm:` specifiers from there. So this script packs the library, installs the
// tarball into a fresh folder (offline, from the npm cache that `npm ci` filled), copies the
// notebook in and runs `jupyter nbconvert --execute` there, with the registry pointed at a closed
// port so that nothing can come from the network. The Deno kernel is installed with
// `deno jupyter --install` into a temporary Jupyter data folder, as are Jupyter's runtime and
// config folders: nothing is written to the user's home. The executed notebook is kept in
// `.reports/notebook/` (git-ignored).
//
// Needs Debian's `jupyter` and `python3-nbconvert` (`.ci/run` installs them) and the `deno` dev
// dependency.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const notebookName = 'budgets-notebook.ipynb';
const kept = join(root, '.reports/notebook');
const fail = (message) => {
  console.error(`notebook check: ${message}`);
  process.exit(1);
};
if (!existsSync(join(root, 'dist/index.js'))) fail('dist/ is missing: run `npm run build` first');
if (spawnSync('jupyter', ['nbconvert', '--version'], { encoding: 'utf8' }).status !== 0) fail('jupyter nbconvert is missing (apt-get install -y jupyter python3-nbconvert)');
const deno = join(root, 'node_modules/.bin/deno');
if (!existsSync(deno)) fail('node_modules/.bin/deno is missing (npm ci installs the deno dev dependency)');

const work = mkdtempSync(join(tmpdir(), 'pbc-notebook-'));
const started = Date.now();
try {
  // The packed package, installed into a fresh folder next to the notebook.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
  const project = join(work, 'notebook');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'pbc-notebook', private: true, type: 'module' }, null, 2)}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(work, packed[0].filename)], { cwd: project, stdio: 'inherit' });
  copyFileSync(join(root, 'examples/notebook', notebookName), join(project, notebookName));

  // A throwaway Jupyter: the Deno kernelspec, runtime, config and caches all under `work`.
  const home = join(work, 'home');
  const env = {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: join(home, 'share'),
    XDG_CACHE_HOME: join(home, 'cache'),
    JUPYTER_DATA_DIR: join(home, 'share/jupyter'),
    JUPYTER_PATH: join(home, 'share/jupyter'),
    JUPYTER_RUNTIME_DIR: join(home, 'runtime'),
    JUPYTER_CONFIG_DIR: join(home, 'config'),
    IPYTHONDIR: join(home, 'ipython'),
    DENO_DIR: join(home, 'deno'),
    DENO_NO_UPDATE_CHECK: '1',
    NO_COLOR: '1',
    PYDEVD_DISABLE_FILE_VALIDATION: '1',
    // Nothing from the registry: the package must come from the folder's node_modules.
    NPM_CONFIG_REGISTRY: 'http://127.0.0.1:9/',
  };
  mkdirSync(join(home, 'share'), { recursive: true });
  const install = spawnSync(deno, ['jupyter', '--install'], { env, encoding: 'utf8' });
  if (install.status !== 0 || !existsSync(join(home, 'share/jupyter/kernels/deno/kernel.json'))) fail(`deno jupyter --install failed:\n${install.stdout}${install.stderr}`);

  // One execution of the notebook and what came out: no cell failed, every chart was displayed, the checks all hold.
  const attempt = () => {
    const run = spawnSync('jupyter', ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=deno', '--ExecutePreprocessor.timeout=180', '--output', 'executed.ipynb', notebookName], { cwd: project, env, encoding: 'utf8' });
    if (run.status !== 0) fail(`jupyter nbconvert --execute failed:\n${run.stdout}${run.stderr}`);

    // What came out: no cell failed, every chart was displayed, the checks all hold.
    const executed = JSON.parse(readFileSync(join(project, 'executed.ipynb'), 'utf8'));
    mkdirSync(kept, { recursive: true });
    copyFileSync(join(project, 'executed.ipynb'), join(kept, 'budgets-notebook.executed.ipynb'));
    const code = executed.cells.filter((cell) => cell.cell_type === 'code');
    const outputs = code.flatMap((cell) => cell.outputs);
    // What the cells printed, and the values they ended with (shown below them as results).
    const text = [
      ...outputs.filter((output) => output.output_type === 'stream').map((output) => [output.text].flat().join('')),
      ...outputs.filter((output) => output.output_type === 'execute_result').map((output) => [output.data?.['text/plain'] ?? ''].flat().join('')),
    ].join('\n');
    const problems = [];
    if (code.some((cell) => cell.execution_count === null)) problems.push('a code cell did not run');
    for (const error of outputs.filter((output) => output.output_type === 'error')) problems.push(`a cell failed: ${error.ename}: ${error.evalue}`);
    for (const stream of outputs.filter((output) => output.output_type === 'stream' && output.name === 'stderr')) problems.push(`a cell wrote to stderr: ${[stream.text].flat().join('')}`);
    const charts = outputs.filter((output) => output.output_type === 'display_data' && output.data?.['application/vnd.vegalite.v5+json'] !== undefined);
    const titles = charts.map((output) => output.data['application/vnd.vegalite.v5+json'].title?.text);
    if (charts.length !== 3) problems.push(`expected 3 Vega-Lite charts, got ${charts.length}`);
    if (!/Total due: £[\d,]+\.\d\d/.test(text)) problems.push('the incentive schedule total is missing');
    const checks = [code.at(-1)?.outputs ?? []].flat().map((output) => [output.text ?? ''].flat().join('')).join('');
    if ((checks.match(/\btrue\b/g) ?? []).length !== 3 || /\bfalse\b/.test(checks)) problems.push(`the notebook's checks do not all hold:\n${checks}`);
    return { code, charts, titles, problems, lost: problems.length > 0 && !problems.some((problem) => problem.startsWith('a cell') || problem.startsWith('jupyter')) };
  };
  let result = attempt();
  // The Deno kernel can send a cell's last write to stdout after it has reported the cell done, and
  // nbconvert then records the cell without it (seen once in many runs: a cell's closing line
  // missing, nothing else wrong). Only such a lost output is retried, once, and said.
  if (result.lost) {
    console.log(`notebook check: an output was missing on the first run (${result.problems.join('; ')}); running the notebook once more`);
    result = attempt();
  }
  const { code, charts, titles, problems } = result;
  if (problems.length > 0) fail(problems.join('\n'));
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`notebook check: ${notebookName} ran end to end in Jupyter with the Deno kernel against the packed package (no registry): ${code.length} code cells, ${charts.length} charts (${titles.join('; ')}), every check holds, in ${seconds} s; executed copy in .reports/notebook/`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
