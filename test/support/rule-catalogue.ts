// Checks every area's rule catalogue alike (contract §3): known sources, known parameters, and an
// in-force parameter that is a dated boolean the rule itself lists.
import { expect } from 'vitest';
import type { RuleCatalogueEntry } from '../../src/core/rules.js';
import { baselinePolicy } from '../../src/policy/index.js';

/** Every entry cites at least one known source, reads only known parameters, and lists its boolean in-force parameter. */
export function expectKnownSourcesAndParameters(catalogue: readonly RuleCatalogueEntry[]): void {
  for (const entry of catalogue) {
    expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    for (const source of entry.sources) expect(baselinePolicy.sources[source], `${entry.id}: ${source}`).toBeDefined();
    for (const parameter of entry.parameters) expect(baselinePolicy.parameters[parameter], `${entry.id}: ${parameter}`).toBeDefined();
    if (entry.inForce !== undefined) {
      expect(entry.parameters, entry.id).toContain(entry.inForce);
      expect(baselinePolicy.parameters[entry.inForce]?.unit).toBe('boolean');
    }
  }
}
