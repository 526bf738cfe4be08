import { describe, expect, it } from 'vitest';
import { readinessFrameworks, type ReadinessFramework } from '../../src/policy/index.js';
import {
  ac2006EarlyLessons,
  ac2007PuttingCommissioningIntoPractice,
  baselinePolicy,
  dh2006UniversalCoverage,
  dh2009Entitlements,
  kf2008ReinvigorateReplaceOrAbandon,
  readinessFrameworks as fromPolicy,
} from '../../src/policy/index.js';
import { ReadinessFrameworkSchema } from '../../src/schemas/index.js';

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

describe('Audit Commission 2006, Early lessons (governance fact sheet §1)', () => {
  const questions = ac2006EarlyLessons.factors;
  it('has the six key areas as groups, in the source order', () => {
    expect(ac2006EarlyLessons.groups?.map((group) => group.id)).toEqual([
      'AC06.STRATEGY',
      'AC06.CLINICAL_ENGAGEMENT',
      'AC06.FINANCE',
      'AC06.INFORMATION',
      'AC06.SUPPORT',
      'AC06.GOVERNANCE',
    ]);
  });
  it('has the 36-question board checklist: 3 confirmed (HSJ), 33 marked unconfirmed placeholders, six per area', () => {
    expect(questions).toHaveLength(36);
    const confirmed = questions.filter((question) => question.confidence === 'confirmed');
    expect(confirmed.map((question) => [question.id, question.group])).toEqual([
      ['AC06.Q.FIN.BUDGET_METHOD_UNDERSTOOD', 'AC06.FINANCE'],
      ['AC06.Q.INFO.DATA_QUALITY', 'AC06.INFORMATION'],
      ['AC06.Q.GOV.MONITORING', 'AC06.GOVERNANCE'],
    ]);
    expect(confirmed.every((question) => question.sources.includes('hsj-2006-pbc-guidance-for-boards') && question.placeholder !== true)).toBe(true);
    const placeholders = questions.filter((question) => question.placeholder === true);
    expect(placeholders).toHaveLength(33);
    expect(placeholders.every((question) => question.confidence === 'unconfirmed' && /PLACEHOLDER/.test(question.note ?? ''))).toBe(true);
    for (const group of ac2006EarlyLessons.groups ?? []) expect(questions.filter((question) => question.group === group.id)).toHaveLength(6);
  });
  it("carries the fact sheet's twelve INFERRED themes as placeholders, not as confirmed text", () => {
    const themed = questions.filter((question) => /\.T\d$/.test(question.id));
    expect(themed).toHaveLength(12);
    expect(themed.map((question) => question.label)).toContain('Does budget setting address the penalty on low referrers?');
    expect(themed.every((question) => question.placeholder === true)).toBe(true);
  });
  it('has the three risks, their links to areas INFERRED', () => {
    expect(ac2006EarlyLessons.risks?.map((risk) => [risk.id, risk.linkedGroups, risk.confidence, risk.linkConfidence])).toEqual([
      ['AC06.RISK.FIN_PRESSURE', ['AC06.FINANCE', 'AC06.GOVERNANCE'], 'confirmed', 'unconfirmed'],
      ['AC06.RISK.INEQUALITY', ['AC06.STRATEGY', 'AC06.FINANCE'], 'confirmed', 'unconfirmed'],
      ['AC06.RISK.POOR_VFM', ['AC06.GOVERNANCE', 'AC06.INFORMATION'], 'confirmed', 'unconfirmed'],
    ]);
  });
  it('rates with inferred bands, marked unconfirmed', () => {
    expect(ac2006EarlyLessons.rating.bands.map((band) => [band.id, band.ready, band.confidence])).toEqual([
      ['assured', true, 'unconfirmed'],
      ['partly_assured', false, 'unconfirmed'],
      ['not_assured', false, 'unconfirmed'],
    ]);
  });
});

describe('Audit Commission 2007, Putting commissioning into practice (§2; seed 002)', () => {
  it('has exactly the five factors for success, confirmed', () => {
    expect(ac2007PuttingCommissioningIntoPractice.factors.map((factor) => [factor.id, factor.confidence])).toEqual([
      ['AC07.F1_BUDGETS', 'confirmed'],
      ['AC07.F2_INFORMATION', 'confirmed'],
      ['AC07.F3_FREEDOM_SAVINGS', 'confirmed'],
      ['AC07.F4_GOVERNANCE_COI', 'confirmed'],
      ['AC07.F5_SHARED_OWNERSHIP', 'confirmed'],
    ]);
    expect(ac2007PuttingCommissioningIntoPractice.published).toBe('2007-11-22');
  });
  it('is ready only with all five in place; the 2–4 and 0–1 bands are INFERRED', () => {
    const bands = ac2007PuttingCommissioningIntoPractice.rating.bands;
    expect(ac2007PuttingCommissioningIntoPractice.rating.measure).toBe('met-count');
    expect(bands.map((band) => [band.id, band.ready, band.threshold, band.confidence])).toEqual([
      ['all_in_place', true, { all: true }, 'derived'],
      ['some_in_place', false, { parameter: 'readiness.ac2007.someInPlaceMinimum' }, 'unconfirmed'],
      ['few_in_place', false, { value: 0 }, 'unconfirmed'],
    ]);
  });
  it('gives each factor the call the report makes for it, and leadership as a general recommendation', () => {
    for (const factor of ac2007PuttingCommissioningIntoPractice.factors) {
      expect(ac2007PuttingCommissioningIntoPractice.recommendations?.filter((recommendation) => recommendation.addresses.includes(factor.id))).toHaveLength(1);
    }
    const general = ac2007PuttingCommissioningIntoPractice.recommendations?.filter((recommendation) => recommendation.addresses.length === 0).map((recommendation) => recommendation.id);
    expect(general).toEqual(['AC07.R.LEADERSHIP', 'AC07.R.FINANCIAL_INFRASTRUCTURE']);
  });
});

describe("King's Fund 2008, Reinvigorate, replace or abandon? (§3; seed 001)", () => {
  const items = kf2008ReinvigorateReplaceOrAbandon.factors;
  it('has the seven factors influencing progress, each rated enabler / neutral / barrier', () => {
    const factors = items.filter((item) => item.kind === 'factor');
    expect(factors.map((factor) => factor.id)).toEqual([
      'KF08.F.ROLES_RESPONSIBILITIES',
      'KF08.F.CAPACITY_CAPABILITY',
      'KF08.F.DATA',
      'KF08.F.RELATIONSHIPS',
      'KF08.F.GOVERNANCE_ACCOUNTABILITY',
      'KF08.F.CONFLICTS_OF_INTEREST',
      'KF08.F.WIDER_CONTEXT',
    ]);
    expect(factors.every((factor) => factor.scale === 'enabler-neutral-barrier' && factor.role !== 'outcome')).toBe(true);
  });
  it('has the three lessons from fundholding and the three policy objectives, scored apart', () => {
    expect(items.filter((item) => item.kind === 'lesson').map((item) => item.id)).toEqual(['KF08.L.GP_ENGAGEMENT', 'KF08.L.REAL_BUDGETS', 'KF08.L.MANAGERIAL_CAPACITY']);
    const objectives = items.filter((item) => item.kind === 'objective');
    expect(objectives.map((item) => [item.id, item.role])).toEqual([
      ['KF08.OBJ.CLINICAL_ENGAGEMENT', 'outcome'],
      ['KF08.OBJ.BETTER_SERVICES', 'outcome'],
      ['KF08.OBJ.USE_OF_RESOURCES', 'outcome'],
    ]);
  });
  it('has the confirmed recommendations: real budgets for specific services, formal relationships, a fundamental reassessment', () => {
    const byId = new Map(kf2008ReinvigorateReplaceOrAbandon.recommendations?.map((recommendation) => [recommendation.id, recommendation]));
    expect(byId.get('KF08.R.REAL_BUDGETS')?.confidence).toBe('confirmed');
    expect(byId.get('KF08.R.FORMAL_RELATIONSHIPS')?.addresses).toEqual(['KF08.F.RELATIONSHIPS']);
    expect(byId.get('KF08.R.FUNDAMENTAL_REASSESSMENT')?.addresses).toEqual([]);
  });
});

describe('DH 2006 universal coverage and DH 2009 entitlements', () => {
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
  it('entitlements: four dated entitlements, in force by the parameter entitlements.inForce', () => {
    expect(dh2009Entitlements.factors.map((factor) => factor.id)).toEqual(['ENT.BUDGET_BY_1_MAY', 'ENT.BUSINESS_CASE_8_WEEKS', 'ENT.DATA', 'ENT.SUPPORT_PACKAGE']);
    expect(dh2009Entitlements.inForceParameter).toBe('entitlements.inForce');
  });
});

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
