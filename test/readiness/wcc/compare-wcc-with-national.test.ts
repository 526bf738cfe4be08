import { describe, expect, it } from 'vitest';
import { compareWccWithNational, wccComparisonTable } from '../../../src/index.js';
import { expectIssue } from '../../support/errors.js';

const YEAR_TWO = { asOf: '2010-03-31' } as const;

describe('compareWccWithNational', () => {
  it('puts a 2009/10 PCT against the published figures: in the 61% green for governance, outside the finance and all-three shares, below the C11 mean of 1.46', () => {
    const comparison = compareWccWithNational({ pct: '5ZZ', competencies: { 'WCC.C11': 1 }, governance: { strategy: 'green', finance: 'amber', board: 'green' } }, YEAR_TWO);
    expect(comparison.assuranceYear).toBe('2009/10');
    expect(comparison.cells.map((cell) => [cell.measure, cell.pctValue, cell.nationalText, cell.position, cell.behind])).toEqual([
      ['board-green', 'green', '61%', 'in', false],
      ['finance-green', 'amber', 'slightly less than 43%', 'out', true],
      ['green-all-three', 'no_red', 'just under 23%', 'out', true],
      ['red-all-three', 'no_red', '0', 'out', false],
      ['c11-mean', 1, '1.46', 'below', true],
    ]);
    expect(comparison.findings.map((finding) => finding.code)).toEqual(['WCC_WITH_NATIONAL', 'WCC_BEHIND_NATIONAL', 'WCC_BEHIND_NATIONAL', 'WCC_WITH_NATIONAL', 'WCC_BEHIND_NATIONAL']);
    expect(comparison.findings.every((finding) => finding.rule === 'wcc.compare')).toBe(true);
    expect(comparison.explanation.rule).toBe('wcc.compare');
    expect(comparison.explanation.children[0]?.rule).toBe('wcc.assess');
  });

  it('2008/09: board and finance from the published percentages (47%, 40%), strategy as a share derived from DH\'s count (45 of 152 → 30%), no C11 mean', () => {
    const comparison = compareWccWithNational({ pct: 'Kirklees', governance: { strategy: 'red', finance: 'red', board: 'red' } }, { asOf: '2008-12-19' });
    expect(comparison.cells.map((cell) => [cell.measure, cell.national, cell.confidence, cell.position])).toEqual([
      ['board-green', 47, 'confirmed', 'out'],
      ['finance-green', 40, 'confirmed', 'out'],
      ['strategy-green', 30, 'derived', 'out'],
      ['green-all-three', 18, 'confirmed', 'out'],
      ['red-all-three', 2, 'confirmed', 'in'],
    ]);
    expect(comparison.cells.find((cell) => cell.measure === 'red-all-three')?.behind).toBe(true);
  });

  it('a PCT with no evidence is unknown everywhere (WCC_NO_COMPARISON); C11 at 2 is above, a C11 equal to the mean impossible (levels are whole)', () => {
    const none = compareWccWithNational({}, YEAR_TWO);
    expect(none.cells.every((cell) => cell.position === 'unknown' && cell.behind === null)).toBe(true);
    expect(none.findings.every((finding) => finding.code === 'WCC_NO_COMPARISON' && finding.outcome === 'unknown')).toBe(true);
    expect(compareWccWithNational({ competencies: { 'WCC.C11': 2 } }, YEAR_TWO).cells.find((cell) => cell.measure === 'c11-mean')?.position).toBe('above');
    const green = compareWccWithNational({ governance: { strategy: 'green', finance: 'green', board: 'green' } }, YEAR_TWO);
    expect(green.cells.find((cell) => cell.measure === 'green-all-three')).toMatchObject({ position: 'in', behind: false });
    // Partly known, with an amber: outside "green in all three" already.
    expect(compareWccWithNational({ governance: { finance: 'amber' } }, YEAR_TWO).cells.find((cell) => cell.measure === 'green-all-three')?.position).toBe('out');
  });

  it('refuses as assessWccAssurance does', () => {
    expectIssue(() => compareWccWithNational({}, { asOf: '2011-01-01' }), 'NOT_IN_FORCE', ['asOf'], 'wcc.assess');
  });
});

describe('wccComparisonTable', () => {
  it('is one flat row per PCT and figure, sources joined', () => {
    const rows = wccComparisonTable([
      compareWccWithNational({ pct: 'A', governance: { board: 'green' } }, YEAR_TWO),
      compareWccWithNational({ pct: 'B', governance: { board: 'red' } }, YEAR_TWO),
    ]);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({
      pct: 'A',
      assuranceYear: '2009/10',
      measure: 'board-green',
      label: 'Governance (board) rated green',
      pctValue: 'green',
      national: 61,
      nationalUnit: 'percent',
      nationalText: '61%',
      position: 'in',
      behind: false,
      confidence: 'confirmed',
      sources: 'hfma-2010-wcc-scores-improve',
    });
    expect(rows[5]).toMatchObject({ pct: 'B', measure: 'board-green', position: 'out', behind: true });
    for (const row of rows) for (const value of Object.values(row)) expect(['string', 'number', 'boolean'].includes(typeof value) || value === null).toBe(true);
  });
});
