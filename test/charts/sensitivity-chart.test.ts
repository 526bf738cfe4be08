// sensitivityChart (issue 16): a Vega-Lite tornado of a sensitivity ranking, compiled by vega-lite.
import { describe, expect, it } from 'vitest';
import { type SensitivityChartInput, sensitivityChart } from '../../src/charts/index.js';
import { analysePolicySensitivity } from '../../src/sensitivity/index.js';
import { freedUpResources } from '../../src/index.js';
import { compileSpec } from './compile.js';
import { expectIssue } from '../support/errors.js';

const ranking: SensitivityChartInput['ranking'] = [
  { rank: 1, parameter: 'budget.paceOfChange.gapClosedPerYear', from: '2007-04-01', confidence: 'unconfirmed', figure: 'pctBears', low: -1_934_769, high: 4_579_660, largestChangePerCent: '141.12' },
  { rank: 2, parameter: 'budget.scope.mandatoryLines', from: '2005-04-01', confidence: 'derived', figure: 'budget', low: 0, high: 0, largestChangePerCent: '0.00' },
];

describe('sensitivityChart', () => {
  it('compiles with vega-lite without errors or warnings', () => {
    for (const spec of [sensitivityChart({ baseline: { pctBears: 3_245_137, budget: 1 }, ranking }), sensitivityChart({ baseline: {}, ranking: [] }), sensitivityChart({ baseline: { budget: 1 }, ranking }, { includeUnmoved: true, money: false })]) {
      const report = compileSpec(spec);
      expect(report.errors).toEqual([]);
      expect(report.warnings).toEqual([]);
      expect(report.vega).not.toBeNull();
    }
  });

  it('draws one bar per parameter that moves a figure, largest first, in exact pounds', () => {
    const spec = sensitivityChart({ baseline: { pctBears: 3_245_137, budget: 1 }, ranking });
    expect(spec.data.values).toHaveLength(1);
    expect(spec.data.values[0]).toMatchObject({ bar: 'budget.paceOfChange.gapClosedPerYear (from 2007-04-01)', lowValue: -19347.69, highValue: 45796.6, lowText: '-£19,347.69', highText: '£45,796.60', baselineText: '£32,451.37', perCent: '141.12%' });
    expect(sensitivityChart({ baseline: {}, ranking }, { includeUnmoved: true }).data.values.map((row) => row.rank)).toEqual([1, 2]);
  });

  it('charts a real analysis', () => {
    const result = analysePolicySensitivity({
      run: (policy) => freedUpResources({ outcome: { financialYear: '2005/06', budget: 1_000_000_000, outturn: 990_000_000 }, businessCase: { status: 'approved' } }, { policy }),
      figures: (answer) => ({ practiceShare: answer.practiceShare }),
    });
    const spec = sensitivityChart(result);
    expect(spec.data.values[0]).toMatchObject({ parameter: 'fur.practiceShare', lowValue: 0, highValue: 50000 });
    expect(compileSpec(spec).errors).toEqual([]);
  });

  it('refuses bad data and options, naming each field', () => {
    expectIssue(() => sensitivityChart({ baseline: {}, ranking: [{ ...ranking[0]!, low: 5 }] }), 'INVALID_INPUT', ['ranking', 0, 'low']);
    expectIssue(() => sensitivityChart({ baseline: {}, ranking }, { top: 0 }), 'INVALID_INPUT', ['options', 'top']);
  });
});
