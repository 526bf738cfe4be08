/**
 * The WCC section of docs/guide/readiness.md, block by block: its code runs here as written, and
 * its stated results must stay true.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessWccAssurance, compareWccWithNational, wccComparisonChart, wccComparisonTable } from '../../../src/index.js';
import { wccAssuranceFramework } from '../../../src/policy/index.js';
import { compileSpec } from '../../charts/compile.js';

const guide = readFileSync('docs/guide/readiness.md', 'utf8');
const section = guide.slice(guide.indexOf('## World class commissioning assurance'), guide.indexOf('## Choices made'));

describe('the readiness guide: world class commissioning assurance', () => {
  it('keeps the code this test runs', () => {
    for (const line of [
      "const year1 = assessWccAssurance({ pct: 'Kirklees', basis: 'self-assessment', competencies: { 'WCC.C01': 2 } }, { asOf: '2008-12-19' });",
      "const year2 = assessWccAssurance({ pct: 'Kirklees', basis: 'self-assessment', competencies: { 'WCC.C01': 3 } }, { asOf: '2009-12-31' });",
      "  { pct: '5ZZ', competencies: { 'WCC.C11': 1 }, governance: { strategy: 'green', finance: 'amber', board: 'green' } },",
      'const spec = wccComparisonChart(rows);',
    ]) {
      expect(section).toContain(line);
    }
  });

  it('lists the 11 competencies', () => {
    expect(wccAssuranceFramework.competencies.map((competency) => competency.label)).toEqual([
      'locally lead the NHS', 'work with community partners', 'engage with public and patients',
      'collaborate with clinicians', 'manage knowledge and assess needs', 'prioritise investment',
      'stimulate the market', 'promote improvement and innovation', 'secure procurement skills',
      'manage the local health system', 'make sound financial investments',
    ]);
  });

  it('Kirklees, competency 1: level 2 in 2008/09 (10 competencies rated), 3 in 2009/10 (11 rated); no governance evidence', () => {
    const year1 = assessWccAssurance({ pct: 'Kirklees', basis: 'self-assessment', competencies: { 'WCC.C01': 2 } }, { asOf: '2008-12-19' });
    const year2 = assessWccAssurance({ pct: 'Kirklees', basis: 'self-assessment', competencies: { 'WCC.C01': 3 } }, { asOf: '2009-12-31' });
    expect([year1.assuranceYear, year1.score.meanLevel, year1.score.ratedCount]).toEqual(['2008/09', '2.00', 10]);
    expect([year2.assuranceYear, year2.score.meanLevel, year2.score.ratedCount]).toEqual(['2009/10', '3.00', 11]);
    expect(year2.rating.id).toBe('no_red');
    expect(year2.ratingIfAllUnknownGreen.id).toBe('green_in_all_three');
    expect(year2.pbcLink).toEqual({ competencyId: 'WCC.C04', level: null, concern: null });
  });

  it('compares a PCT with the 2009/10 results and charts it', () => {
    const comparison = compareWccWithNational(
      { pct: '5ZZ', competencies: { 'WCC.C11': 1 }, governance: { strategy: 'green', finance: 'amber', board: 'green' } },
      { asOf: '2010-03-31' },
    );
    expect(comparison.cells.map((cell) => `${cell.measure} ${cell.nationalText} ${cell.position}`)).toEqual([
      'board-green 61% in',
      'finance-green slightly less than 43% out',
      'green-all-three just under 23% out',
      'red-all-three 0 out',
      'c11-mean 1.46 below',
    ]);
    const rows = wccComparisonTable([comparison]);
    const spec = wccComparisonChart(rows);
    expect(compileSpec(spec).errors).toEqual([]);
    expect(spec.data.values).toHaveLength(4);
  });
});
