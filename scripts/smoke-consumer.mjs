#!/usr/bin/env node
// After the build: load every public entry point the way a user would, by package name (Node's
// self-reference through the `exports` map), with `require` and with `import`, and check that a
// real figure comes out of each format and that the JSON Schemas resolve.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const subpaths = ['', '/budgets', '/incentives', '/conflicts', '/readiness', '/scenario', '/charts', '/policy', '/schemas', '/testing', '/core'];
let problems = 0;
for (const subpath of subpaths) {
  const name = `practice-based-commissioning${subpath}`;
  const viaRequire = require(name);
  const viaImport = await import(name);
  const requireKeys = Object.keys(viaRequire).sort().join(',');
  const importKeys = Object.keys(viaImport).filter((key) => key !== 'default').sort().join(',');
  if (requireKeys !== importKeys) {
    console.error(`${name}: CommonJS and ESM export different names`);
    problems += 1;
  }
}
const cjs = require('practice-based-commissioning/core');
const esm = await import('practice-based-commissioning/core');
for (const [label, lib] of [['require', cjs], ['import', esm]]) {
  const value = lib.formatGbp(lib.multiplyByRate(lib.pence(95), 6000));
  if (value !== '£5,700.00') {
    console.error(`${label}: expected £5,700.00, got ${value}`);
    problems += 1;
  }
}
// An error raised by the ESM build is recognised by the CommonJS build's isPbcError, from the root too.
const cjsRoot = require('practice-based-commissioning');
try {
  esm.parseIsoDate('2007-02-29');
} catch (error) {
  if (!cjs.isPbcError(error, 'INVALID_DATE') || !cjsRoot.isPbcError(error, 'INVALID_DATE')) {
    console.error('isPbcError (CJS) does not recognise a PbcError from the ESM build');
    problems += 1;
  }
}
const schema = require('practice-based-commissioning/schemas/Reform.json');
if (schema.title !== 'Reform') {
  console.error('schemas/Reform.json did not resolve');
  problems += 1;
}
console.log(problems === 0 ? `consumer smoke test: ${subpaths.length} entry points load under require and import` : `consumer smoke test: ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
