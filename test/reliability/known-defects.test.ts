/**
 * Defects the fuzz found in files outside the reliability work's reach, each reported to its owner
 * (see `knownDefects` in entry-points.ts). Each test here proves its defect still reproduces; when
 * one is fixed its test fails, and the entry must be removed so that the fuzz is strict again.
 */
import { describe, expect, it } from 'vitest';
import { isPbcError } from '../../src/index.js';
import { exportedFunctionNames, knownDefects } from './entry-points.js';

describe('known defects outside the reliability files (remove each entry once fixed)', () => {
  it('each listed defect still reproduces: a fixed one must leave the list, so that the fuzz is strict again', () => {
    for (const entry of knownDefects) {
      let thrown: unknown;
      try {
        entry.reproduce();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `${entry.name} (${entry.file}) no longer fails: remove it from knownDefects`).toBeDefined();
      expect(isPbcError(thrown), `${entry.name} (${entry.file}) now raises a PbcError: remove it from knownDefects`).toBe(false);
      expect(entry.tolerate(thrown), `${entry.name} fails in a way its entry does not describe`).toBe(true);
    }
  });

  it('lists each function at most once, and only functions the package exports', () => {
    const names = knownDefects.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(exportedFunctionNames()).toContain(name);
  });
});
