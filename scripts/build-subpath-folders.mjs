#!/usr/bin/env node
// Writes one folder per public subpath (`budgets/`, `core/`, …) holding only a package.json that
// points into `dist/`, as zod does (`zod/mini/package.json`). Resolvers that read the `exports` map
// (Node 12.7+, TypeScript's node16/nodenext/bundler, modern bundlers) never look at these folders;
// TypeScript's `node10` resolution (still the default for `"module": "commonjs"`) and older bundlers
// do, and without them they cannot resolve any subpath. Run by `npm run build`, after the schemas
// (the `schemas/` folder holds both the JSON Schemas and the proxy for the `./schemas` subpath).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const subpaths = Object.keys(manifest.exports).filter((key) => /^\.\/[a-z-]+$/.test(key) && key !== './package.json');
for (const subpath of subpaths) {
  const name = subpath.slice(2);
  const target = manifest.exports[subpath];
  const proxy = {
    main: `.${target.require.default}`,
    module: `.${target.import.default}`,
    types: `.${target.require.types}`,
    sideEffects: false,
  };
  mkdirSync(name, { recursive: true });
  writeFileSync(`${name}/package.json`, `${JSON.stringify(proxy, null, 2)}\n`);
}
console.log(`wrote ${subpaths.length} subpath folders for node10 resolution: ${subpaths.map((subpath) => subpath.slice(2)).join(', ')}`);
