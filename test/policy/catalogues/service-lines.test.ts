/**
 * The service line catalogue (src/policy/catalogues/service-lines.ts).
 */
import { describe, expect, it } from 'vitest';
import { baselinePolicy, SERVICE_LINE_IDS, serviceLineCatalogue } from '../../../src/policy/index.js';
import { ServiceLineSchema } from '../../../src/schemas/index.js';

describe('the service line catalogue', () => {
  it('has the eleven lines of the fact sheet in enum order, each with sources in the bibliography', () => {
    expect(ServiceLineSchema.options).toEqual([...SERVICE_LINE_IDS]);
    expect(serviceLineCatalogue.map((row) => row.serviceLine)).toEqual([...SERVICE_LINE_IDS]);
    for (const row of serviceLineCatalogue) for (const id of row.sources) expect(baselinePolicy.sources[id]).toBeDefined();
    expect(Object.isFrozen(serviceLineCatalogue[0])).toBe(true);
  });
});
