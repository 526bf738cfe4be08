/**
 * DH 2006 universal coverage (src/policy/frameworks/dh2006-universal-coverage.ts).
 */
import { describe, expect, it } from 'vitest';
import {
dh2006UniversalCoverage
} from '../../../src/policy/index.js';

describe('DH 2006 universal coverage', () => {
  it('universal coverage: four criteria scored 1 or 0, covered when all four hold', () => {
    expect(dh2006UniversalCoverage.factors.map((factor) => [factor.id, factor.scale])).toEqual([
      ['UC06.BUDGETS', 'met-not-met'],
      ['UC06.INFORMATION', 'met-not-met'],
      ['UC06.INCENTIVES', 'met-not-met'],
      ['UC06.GOVERNANCE', 'met-not-met'],
    ]);
    expect(dh2006UniversalCoverage.rating.bands.map((band) => [band.id, band.threshold])).toEqual([
      ['covered', { all: true }],
      ['not_covered', { value: 0 }],
    ]);
  });
});
