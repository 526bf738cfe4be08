#!/usr/bin/env node
// Tree-shaking check, run after `npm run build` (npm test does). A tool that imports only the DES
// payment from `practice-based-commissioning/incentives` must not carry the readiness frameworks
// (the Audit Commission, King's Fund and DH factor lists) in its bundle. This bundles that import
// with esbuild exactly as a consumer's bundler would (through the package's own `exports`, from
// dist/), and looks for every framework's factor, group, recommendation and risk ids in the output.
// A control bundle that does import the frameworks must contain them, so the check can fail.
// On failure it bundles the same import from src/ and prints the import chain that pulls the
// frameworks in.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(new URL('../dist/incentives.js', import.meta.url))) {
  console.error('check-tree-shaking: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const { readinessFrameworks } = await import('../dist/policy.js');

/** Every id each framework defines: factors, groups, recommendations, risks and context findings. */
const idsByFramework = Object.entries(readinessFrameworks).map(([key, framework]) => ({
  key,
  ids: [
    ...framework.factors.map((item) => item.id),
    ...(framework.groups ?? []).map((item) => item.id),
    ...(framework.recommendations ?? []).map((item) => item.id),
    ...(framework.risks ?? []).map((item) => item.id),
    ...(framework.context ?? []).map((item) => item.id),
  ],
}));

/** Bundles `contents` (an ES module) from the repository root, minified, as a browser app would. */
async function bundle(contents, entryFrom = root) {
  const result = await build({
    stdin: { contents, resolveDir: entryFrom, loader: 'ts', sourcefile: 'consumer.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  return { text: result.outputFiles[0].text, metafile: result.metafile };
}

const consumer = await bundle("import { towardsPbcDesPayment } from 'practice-based-commissioning/incentives';\nexport const pay = towardsPbcDesPayment;\n");
const control = await bundle("import { readinessFrameworks } from 'practice-based-commissioning/policy';\nexport const frameworks = readinessFrameworks;\n");

// The markers are the ids written out literally in the frameworks' code (some, such as the Audit
// Commission's placeholder questions, are built from templates): each framework must have some, or
// its leaking would go unseen.
const markers = idsByFramework.flatMap(({ ids }) => ids.filter((id) => control.text.includes(id)));
const unseen = idsByFramework.filter(({ ids }) => !ids.some((id) => control.text.includes(id))).map(({ key }) => key);
if (unseen.length > 0) {
  console.error(`check-tree-shaking: the control bundle (importing readinessFrameworks) shows no id of ${unseen.join(', ')}: the check itself is broken`);
  process.exit(1);
}

const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} kB`;
const leaked = markers.filter((marker) => consumer.text.includes(marker));
if (leaked.length === 0) {
  console.log(
    `tree-shaking: import { towardsPbcDesPayment } from 'practice-based-commissioning/incentives' bundles to ${kb(consumer.text)} minified (dependencies included) with none of the ${markers.length} readiness framework ids (importing readinessFrameworks instead bundles to ${kb(control.text)})`,
  );
  process.exit(0);
}

// Failed: show what leaked, and the chain of source imports that pulls the frameworks in.
console.error(`check-tree-shaking: the incentives bundle contains ${leaked.length} readiness framework ids, e.g. ${leaked.slice(0, 5).join(', ')}`);
const fromSource = await bundle("import { towardsPbcDesPayment } from './src/incentives/index.ts';\nexport const pay = towardsPbcDesPayment;\n");
const output = Object.values(fromSource.metafile.outputs)[0];
const included = Object.entries(output.inputs)
  .filter(([path, input]) => path.includes('src/policy/frameworks/') && input.bytesInOutput > 0)
  .map(([path]) => path);
console.error(`  framework modules kept when bundling src/: ${included.join(', ') || '(none: the leak is in how dist/ is chunked; look at tsup splitting)'}`);
const target = included[0];
if (target !== undefined) {
  // Breadth-first search from the entry through the import graph to the first framework module kept.
  const previous = new Map([['consumer.ts', null]]);
  const queue = ['consumer.ts'];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === target) break;
    for (const next of fromSource.metafile.inputs[current]?.imports ?? []) {
      if (!previous.has(next.path)) {
        previous.set(next.path, current);
        queue.push(next.path);
      }
    }
  }
  const chain = [];
  for (let step = target; step !== null && step !== undefined; step = previous.get(step)) chain.unshift(step);
  console.error(`  import chain: ${chain.join(' → ')}`);
}
process.exit(1);
