import { describe, expect, it } from 'vitest';
import { baselinePolicy, parameterAt, wccAssuranceFramework } from '../../../src/policy/index.js';

const framework = wccAssuranceFramework;

function sourcesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(sourcesOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'sources' ? (inner as string[]) : sourcesOf(inner)));
}

describe('wccAssuranceFramework', () => {
  it('has the 11 competencies in the order and words HSJ (Maggie Rae) gives them, WCC.C01 to WCC.C11', () => {
    expect(framework.competencies.map((each) => each.label)).toEqual([
      'locally lead the NHS',
      'work with community partners',
      'engage with public and patients',
      'collaborate with clinicians',
      'manage knowledge and assess needs',
      'prioritise investment',
      'stimulate the market',
      'promote improvement and innovation',
      'secure procurement skills',
      'manage the local health system',
      'make sound financial investments',
    ]);
    expect(framework.competencies.map((each) => each.id)).toEqual(Array.from({ length: 11 }, (_, index) => `WCC.C${String(index + 1).padStart(2, '0')}`));
    expect(framework.competencies.map((each) => each.number)).toEqual(Array.from({ length: 11 }, (_, index) => index + 1));
  });

  it('links PBC through competency 4 only, and rates competency 11 from 2009/10 only', () => {
    expect(framework.competencies.filter((each) => each.pbcLink).map((each) => each.id)).toEqual(['WCC.C04']);
    expect(framework.pbcLink.competencyId).toBe('WCC.C04');
    expect(framework.competencies.filter((each) => each.firstRated === '2009/10').map((each) => each.id)).toEqual(['WCC.C11']);
    expect(framework.competencies[10]?.alsoCalled).toBe('efficiency and effectiveness of spend');
  });

  it('scores levels 1–4, 4 being "world class"; rates strategy, finance and board red, amber or green; measures outcomes, competencies and governance', () => {
    expect(framework.levels.map((level) => level.level)).toEqual([1, 2, 3, 4]);
    expect(framework.levels[3]).toMatchObject({ label: 'World class', confidence: 'confirmed' });
    expect(framework.levels.slice(0, 3).every((level) => level.confidence === 'unconfirmed')).toBe(true);
    expect(framework.governance.map((area) => area.id)).toEqual(['strategy', 'finance', 'board']);
    expect(framework.ratings.map((rating) => rating.id)).toEqual(['green', 'amber', 'red']);
    expect(framework.areas.map((area) => area.id)).toEqual(['outcomes', 'competencies', 'governance']);
    expect(framework.assuranceYears).toEqual(['2008/09', '2009/10']);
  });

  it('cites only sources of the baseline policy, and is frozen', () => {
    const cited = sourcesOf(framework);
    expect(cited.length).toBeGreaterThan(20);
    for (const id of cited) expect(baselinePolicy.sources[id], id).toBeDefined();
    expect(Object.isFrozen(framework)).toBe(true);
    expect(Object.isFrozen(framework.competencies[0])).toBe(true);
  });

  it('dates the assurance: in force in 2008/09 and 2009/10 only; competency 11 rated from April 2009', () => {
    const at = (id: string, date: string): unknown => parameterAt(baselinePolicy, id, date).value;
    expect([at('wcc.assurance.inForce', '2008-03-31'), at('wcc.assurance.inForce', '2008-04-01'), at('wcc.assurance.inForce', '2010-03-31'), at('wcc.assurance.inForce', '2010-04-01')]).toEqual([false, true, true, false]);
    expect([at('wcc.competency11.rated', '2009-03-31'), at('wcc.competency11.rated', '2009-04-01')]).toEqual([false, true]);
    expect(at('wcc.worldClassLevel', '2009-06-30')).toBe(4);
    expect(parameterAt(baselinePolicy, 'wcc.pbcLink.concernBelowLevel', '2009-06-30')).toMatchObject({ value: 2, confidence: 'unconfirmed' });
  });
});
