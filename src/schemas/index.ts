/**
 * `practice-based-commissioning/schemas`: every public zod schema, for validating data at the edge
 * of your own tool, and their JSON Schema (draft 2020-12) for tools in other languages. The same
 * JSON Schemas ship in the package as `schemas/<Name>.json`.
 *
 * @module schemas
 */
import { z } from 'zod';
import * as allSchemas from './all.js';
import { PbcError } from '../core/errors.js';

export * from './all.js';

/**
 * The names of every public schema, in alphabetical order (each also exported under that name).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { schemaNames } from 'practice-based-commissioning/schemas';
 * schemaNames.includes('ReformSchema'); //=> true
 * ```
 */
export const schemaNames: readonly string[] = Object.freeze(
  Object.keys(allSchemas)
    .filter((name) => name.endsWith('Schema'))
    .sort(),
);

/**
 * A JSON Schema document (draft 2020-12), as plain JSON.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { JsonSchemaDocument } from 'practice-based-commissioning/schemas';
 * const doc: JsonSchemaDocument = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string' };
 * ```
 */
export type JsonSchemaDocument = { readonly [key: string]: unknown };

/**
 * The JSON Schema (draft 2020-12) of one public schema, generated from its zod definition, with its
 * `$id` and `title`. Money is integer pence; dates are `YYYY-MM-DD` strings; every field carries the
 * description attached in the zod schema. It describes what the library accepts as input.
 *
 * @param name - one of {@link schemaNames}, e.g. `'ReformSchema'`
 * @returns the JSON Schema document
 * @throws PbcError `INVALID_INPUT` for an unknown name
 * @category Schemas
 * @example
 * ```ts
 * import { jsonSchemaOf } from 'practice-based-commissioning/schemas';
 * const pence = jsonSchemaOf('PenceSchema');
 * pence.type; //=> 'integer'
 * ```
 */
export function jsonSchemaOf(name: string): JsonSchemaDocument {
  const schema = typeof name === 'string' && schemaNames.includes(name) ? (allSchemas as Record<string, unknown>)[name] : undefined;
  if (!(schema instanceof z.ZodType)) {
    const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : `a ${typeof name}`;
    throw new PbcError('INVALID_INPUT', `no public schema is named ${shown}`, { issues: [{ path: ['name'], message: `must be one of ${schemaNames.join(', ')}` }] });
  }
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const title = name.replace(/Schema$/, '');
  return { $schema: generated['$schema'], $id: `urn:practice-based-commissioning:schema:${title}`, title, ...generated };
}
