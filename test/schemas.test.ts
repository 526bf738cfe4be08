import { describe, expect, it } from 'vitest';
import { isPbcError } from '../src/index.js';
import { jsonSchemaOf, schemaNames } from '../src/schemas/index.js';

describe('JSON Schemas generated from the zod schemas', () => {
  it('lists every public schema by name', () => {
    expect(schemaNames).toEqual([...schemaNames].sort());
    expect(schemaNames).toEqual(expect.arrayContaining(['PenceSchema', 'IsoDateSchema', 'PolicySchema', 'ReformSchema', 'SourceSchema']));
  });
  it('generates draft 2020-12 documents with an id and title for each', () => {
    for (const name of schemaNames) {
      const document = jsonSchemaOf(name);
      expect(document['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(document['$id']).toBe(`urn:practice-based-commissioning:schema:${name.replace(/Schema$/, '')}`);
      expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    }
  });
  it('describes money as integer pence and dates as YYYY-MM-DD', () => {
    expect(jsonSchemaOf('PenceSchema')).toMatchObject({ type: 'integer', maximum: Number.MAX_SAFE_INTEGER });
    expect(jsonSchemaOf('IsoDateSchema')).toMatchObject({ type: 'string', format: 'date', pattern: '^(\\d{4})-(\\d{2})-(\\d{2})$' });
  });
  it('refuses an unknown name, or one that is not text', () => {
    for (const name of ['NoSuchSchema', Object.create(null) as string, 42 as unknown as string]) {
      try {
        jsonSchemaOf(name);
        expect.unreachable();
      } catch (error) {
        expect(isPbcError(error, 'INVALID_INPUT')).toBe(true);
      }
    }
  });
});
