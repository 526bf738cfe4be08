#!/usr/bin/env node
// Writes the JSON Schema (draft 2020-12) of every public zod schema to `schemas/<Name>.json`, plus
// `schemas/index.json` listing them, from the built `dist/schemas.js`. Run by `npm run build`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { jsonSchemaOf, schemaNames } from '../dist/schemas.js';

rmSync('schemas', { recursive: true, force: true });
mkdirSync('schemas');
const index = [];
for (const name of schemaNames) {
  const document = jsonSchemaOf(name);
  const file = `${document.title}.json`;
  writeFileSync(`schemas/${file}`, `${JSON.stringify(document, null, 2)}\n`);
  index.push({ name: document.title, file, description: document.description ?? null });
}
writeFileSync('schemas/index.json', `${JSON.stringify({ schemas: index }, null, 2)}\n`);
console.log(`wrote ${index.length} JSON Schemas to schemas/`);
