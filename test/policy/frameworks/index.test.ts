/**
 * The built-in readiness frameworks (src/policy/frameworks/index.ts), as data.
 */
import { describe, expect, it } from 'vitest';
import { readinessFrameworks, type ReadinessFramework } from '../../../src/policy/index.js';
import {
ac2006EarlyLessons,
ac2007PuttingCommissioningIntoPractice,
baselinePolicy,
dh2006UniversalCoverage,
dh2009Entitlements,
kf2008ReinvigorateReplaceOrAbandon,
readinessFrameworks as fromPolicy,
} from '../../../src/policy/index.js';
import { ReadinessFrameworkSchema } from '../../../src/schemas/index.js';

const all = Object.values(readinessFrameworks);

function issuesOf(framework: unknown): { path: string; rule: unknown }[] {
  const result = ReadinessFrameworkSchema.safeParse(framework);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), rule: (issue as { params?: { rule?: unknown } }).params?.rule }));
}

function allSourceIds(framework: ReadinessFramework): string[] {
  return [
    ...framework.sources,
    ...(framework.groups ?? []).flatMap((item) => item.sources),
    ...framework.factors.flatMap((item) => item.sources),
    ...framework.rating.bands.flatMap((item) => item.sources),
    ...(framework.recommendations ?? []).flatMap((item) => item.sources),
    ...(framework.risks ?? []).flatMap((item) => item.sources),
    ...(framework.context ?? []).flatMap((item) => item.sources),
  ];
}

describe('the built-in readiness frameworks, as data', () => {
  it('are the five frameworks the sources give, published under ./policy and the root alike', () => {
    expect(Object.keys(readinessFrameworks)).toEqual(['AC2006', 'AC2007', 'KF2008', 'DH2006', 'DH2009']);
    expect(fromPolicy).toBe(readinessFrameworks);
    expect(readinessFrameworks.AC2006).toBe(ac2006EarlyLessons);
    expect(readinessFrameworks.AC2007).toBe(ac2007PuttingCommissioningIntoPractice);
    expect(readinessFrameworks.KF2008).toBe(kf2008ReinvigorateReplaceOrAbandon);
    expect(readinessFrameworks.DH2006).toBe(dh2006UniversalCoverage);
    expect(readinessFrameworks.DH2009).toBe(dh2009Entitlements);
  });
  it.each(all.map((framework) => [framework.id, framework] as const))('%s satisfies the one framework schema', (_id, framework) => {
    expect(issuesOf(framework)).toEqual([]);
  });
  it.each(all.map((framework) => [framework.id, framework] as const))('%s cites only sources in the baseline bibliography', (_id, framework) => {
    for (const id of allSourceIds(framework)) expect(baselinePolicy.sources[id], id).toBeDefined();
  });
  it('are frozen and JSON-serialisable', () => {
    for (const framework of all) {
      expect(Object.isFrozen(framework)).toBe(true);
      expect(Object.isFrozen(framework.factors[0])).toBe(true);
      expect(JSON.parse(JSON.stringify(framework))).toEqual(framework);
    }
  });
  it('give every factor an id, a label, sources and a confidence', () => {
    for (const framework of all) {
      for (const factor of framework.factors) {
        expect(factor.id).toMatch(/^[A-Z0-9]/);
        expect(factor.label.length).toBeGreaterThan(3);
        expect(factor.sources.length).toBeGreaterThan(0);
        expect(['confirmed', 'derived', 'unconfirmed']).toContain(factor.confidence);
      }
    }
  });
});
