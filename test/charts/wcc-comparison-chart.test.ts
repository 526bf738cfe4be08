import { describe, expect, it } from 'vitest';
import { compareWccWithNational, vegaLiteSchemaUrl, wccComparisonChart, wccComparisonTable } from '../../src/index.js';
import { expectIssue } from '../support/errors.js';
import { compileSpec } from './compile.js';

const YEAR_TWO = { asOf: '2010-03-31' } as const;
const rows = wccComparisonTable([
  compareWccWithNational({ pct: '5ZZ', competencies: { 'WCC.C11': 2 }, governance: { strategy: 'green', finance: 'amber', board: 'green' } }, YEAR_TWO),
  compareWccWithNational({ pct: '5YY', competencies: { 'WCC.C11': 1 }, governance: { strategy: 'green', finance: 'green', board: 'green' } }, YEAR_TWO),
]);

function expectCompilesCleanly(spec: unknown): void {
  const report = compileSpec(spec);
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([]);
  expect(report.vega).not.toBeNull();
}

describe('wccComparisonChart', () => {
  it('compiles with vega-lite without an error or warning: two PCTs in 2009/10 (shares and the C11 level), one PCT in 2008/09 (shares only)', () => {
    const spec = wccComparisonChart(rows);
    expectCompilesCleanly(spec);
    expect(spec.$schema).toBe(vegaLiteSchemaUrl);
    expect(spec.vconcat).toHaveLength(2);
    const earlier = wccComparisonChart(wccComparisonTable([compareWccWithNational({ pct: 'Kirklees', governance: { board: 'amber' } }, { asOf: '2008-12-19' })]), { title: 'Kirklees, year one' });
    expectCompilesCleanly(earlier);
    expect(earlier.vconcat).toHaveLength(1);
    expect(earlier.title.text).toBe('Kirklees, year one');
  });

  it('plots the percentages and levels (counts stay in the table), each coloured by where the PCT stands', () => {
    const spec = wccComparisonChart(rows);
    expect(spec.data.values.map((row) => [row.pct, row.measure, row.national, row.position, row.pctLevel])).toEqual([
      ['5ZZ', 'board-green', 61, 'in', null],
      ['5ZZ', 'finance-green', 43, 'out', null],
      ['5ZZ', 'green-all-three', 23, 'out', null],
      ['5ZZ', 'c11-mean', 1.46, 'above', 2],
      ['5YY', 'board-green', 61, 'in', null],
      ['5YY', 'finance-green', 43, 'in', null],
      ['5YY', 'green-all-three', 23, 'in', null],
      ['5YY', 'c11-mean', 1.46, 'below', 1],
    ]);
  });

  it('refuses no rows, rows of two years, a PCT twice for a figure, and bad options, naming the field', () => {
    expectIssue(() => wccComparisonChart([]), 'INVALID_INPUT', []);
    const earlier = wccComparisonTable([compareWccWithNational({ pct: 'X' }, { asOf: '2008-12-19' })]);
    expectIssue(() => wccComparisonChart([...rows, ...earlier]), 'CONFLICTING_INPUT', [10, 'assuranceYear'], 'charts.wcc.oneYear');
    expectIssue(() => wccComparisonChart([...rows, rows[0]!]), 'CONFLICTING_INPUT', [10, 'measure'], 'charts.wcc.distinctRows');
    expectIssue(() => wccComparisonChart(rows, { title: '' }), 'INVALID_INPUT', ['options', 'title']);
    expectIssue(() => wccComparisonChart(rows.filter((row) => row.nationalUnit === 'count')), 'INVALID_INPUT', [], 'charts.wcc.plottable');
  });
});
