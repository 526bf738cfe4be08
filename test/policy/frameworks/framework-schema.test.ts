/**
 * The readiness framework schema (src/policy/frameworks/framework-schema.ts) refuses a malformed caller framework, naming each field.
 */
import { describe, expect, it } from 'vitest';
import {
ac2007PuttingCommissioningIntoPractice
} from '../../../src/policy/index.js';
import { ReadinessFrameworkSchema } from '../../../src/schemas/index.js';

function issuesOf(framework: unknown): { path: string; rule: unknown }[] {
  const result = ReadinessFrameworkSchema.safeParse(framework);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), rule: (issue as { params?: { rule?: unknown } }).params?.rule }));
}

describe('the framework schema refuses a malformed caller framework, naming each field', () => {
  const base = ac2007PuttingCommissioningIntoPractice;
  it('duplicated ids, unknown groups and addressed items, a missing catch-all band', () => {
    const broken = {
      ...base,
      groups: [
        { id: 'G', label: 'A group', sources: ['x'], confidence: 'confirmed' },
        { id: 'G', label: 'Again', sources: ['x'], confidence: 'confirmed' },
      ],
      factors: [
        { ...base.factors[0], group: 'NOPE' },
        { ...base.factors[0] },
      ],
      recommendations: [{ id: 'R', label: 'Do it', addresses: ['NOTHING'], sources: ['x'], confidence: 'confirmed' }],
      risks: [{ id: 'K', label: 'Risk', linkedGroups: ['NOWHERE'], linkConfidence: 'unconfirmed', sources: ['x'], confidence: 'confirmed' }],
      rating: { measure: 'met-count', bands: [{ ...base.rating.bands[0] }, { ...base.rating.bands[0] }] },
    };
    expect(issuesOf(broken)).toEqual([
      { path: 'groups.1.id', rule: 'readiness.uniqueIds' },
      { path: 'factors.0.group', rule: 'readiness.knownGroup' },
      { path: 'factors.1.id', rule: 'readiness.uniqueIds' },
      { path: 'recommendations.0.addresses.0', rule: 'readiness.knownItem' },
      { path: 'risks.0.linkedGroups.0', rule: 'readiness.knownGroup' },
      { path: 'rating.bands.1.id', rule: 'readiness.uniqueIds' },
      { path: 'rating.bands.1.threshold', rule: 'readiness.catchAllBand' },
    ]);
  });
  it('thresholds out of range, no scored factor, no factors, a status scale it does not know', () => {
    expect(issuesOf({ ...base, rating: { measure: 'met-count', bands: [{ ...base.rating.bands[2], id: 'x', threshold: { value: '1.5' } }, base.rating.bands[2]] } })).toEqual([
      { path: 'rating.bands.0.threshold.value', rule: 'readiness.thresholdRange' },
    ]);
    expect(issuesOf({ ...base, rating: { measure: 'score-share', bands: [{ ...base.rating.bands[2], id: 'x', threshold: { value: 2 } }, base.rating.bands[2]] } })).toEqual([
      { path: 'rating.bands.0.threshold.value', rule: 'readiness.thresholdRange' },
    ]);
    expect(issuesOf({ ...base, factors: base.factors.map((factor) => ({ ...factor, role: 'outcome' })) })).toEqual([{ path: 'factors', rule: 'readiness.scoredFactor' }]);
    expect(issuesOf({ ...base, factors: [] })).toContainEqual({ path: 'factors', rule: undefined });
    expect(issuesOf({ ...base, factors: [{ ...base.factors[0], scale: 'yes-no' }] })).toContainEqual({ path: 'factors.0.scale', rule: undefined });
    expect(issuesOf({ ...base, rating: { measure: 'met-count', bands: [{ ...base.rating.bands[2], comparison: 'more-than' }] } })).toEqual([
      { path: 'rating.bands.0.threshold', rule: 'readiness.catchAllBand' },
    ]);
    expect(issuesOf({ ...base, extra: true })).toEqual([{ path: '', rule: undefined }]);
  });
});
