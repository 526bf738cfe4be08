// The PNG of each chart in docs/charts/ is current: it was rendered from the specification the
// library builds today (the SHA-256 of that specification's JSON is recorded beside the PNG by
// scripts/render-charts.ts). Pixels are not compared: fonts differ between machines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartExamples, specHash } from '../../scripts/charts/examples.js';

describe('the rendered charts in docs/charts/', () => {
  for (const { name, spec } of chartExamples()) {
    it(`${name}.png is rendered from the current specification (else run: npx tsx scripts/render-charts.ts)`, () => {
      expect(readFileSync(`docs/charts/${name}.spec.sha256`, 'utf8').trim()).toBe(specHash(spec));
      expect([...readFileSync(`docs/charts/${name}.png`).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    });
  }
  it('labels in full, scales each panel on its own, and shows square swatches like the marks', () => {
    const specs = chartExamples().map((example) => JSON.stringify(example.spec));
    expect(specs).toHaveLength(5);
    expect(specs[0]).toContain('"resolve":{"scale":{"y":"independent"}}');
    for (const spec of specs) {
      expect(spec).not.toMatch(/"labelLimit":[1-9]/);
      expect(spec).toContain('"symbolType":"square"');
    }
  });
});
