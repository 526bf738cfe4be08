// The uncertainty guide's examples (docs/guide/uncertainty.md), run as written.
import { describe, expect, it } from 'vitest';
import { freedUpResources, renderExplanation } from '../../src/index.js';
import { analysePolicySensitivity, analyseSensitivity, renderSensitivity } from '../../src/sensitivity/index.js';
import { sensitivityChart } from '../../src/charts/index.js';
import { applyReform, baselinePolicy, parameterAt } from '../../src/policy/index.js';
import { sampleValeArea } from '../../src/testing/index.js';

describe('docs/guide/uncertainty.md', () => {
  it('1. the explanation marks the disputed 2005/06 share', () => {
    const fur = freedUpResources({ outcome: { financialYear: '2005/06', budget: 1_000_000_000, outturn: 990_000_000 }, businessCase: { status: 'approved' } });
    const text = renderExplanation(fur.explanation);
    expect(text.includes('read fur.practiceShare = 0.5 (50%)')).toBe(true);
    expect(text.includes('[± also supported: 1 (100%) (derived)]')).toBe(true);
  });

  it('2–3. the PCT re-run under every alternative, printed and charted', () => {
    const result = analyseSensitivity(sampleValeArea, { asOf: '2008-06-30' });
    expect(result.runs).toBe(4);
    expect(result.ranking.map((entry) => entry.parameter)).toEqual(['budget.paceOfChange.gapClosedPerYear', 'budget.scope.mandatoryLines']);
    expect(result.baseline).toMatchObject({ incentivesDue: 6_300_630, practiceBears: 0 });
    const half = result.rows.find((row) => row.alternative === 'half' && row.figure === 'furPracticeShare')!;
    const eighth = result.rows.find((row) => row.alternative === 'eighth' && row.figure === 'furPracticeShare')!;
    expect([half.baseline, half.value, half.changePerCent, eighth.value]).toEqual([17_713_540, 15_759_282, '-11.03', 20_924_223]);
    expect(result.ranking[0]).toMatchObject({ figure: 'pctBears', largestChangePerCent: '141.12' });
    expect(result.rows.find((row) => row.alternative === 'half' && row.figure === 'pctBears')?.changePerCent).toBe('-59.62');
    expect(result.rows.find((row) => row.parameter === 'budget.scope.mandatoryLines')?.error?.code).toBe('MISSING_INPUT');
    expect(result.unexamined.map((item) => item.parameter)).toContain('budget.controlTotal.contingencyShare');
    const text = renderSensitivity(result);
    expect(text.split('\n')[0]).toBe('How sure are we? 9 figures, 2 disputed or unconfirmed parameter values varied, 4 runs.');
    expect(text).toContain('Solid (no alternative moves them): practiceBears, incentivesDue.');
    expect(sensitivityChart(result).data.values.length).toBe(1);
  });

  it('4–5. one rule call, and a reform picking the alternative', () => {
    const one = analysePolicySensitivity({
      run: (policy) => freedUpResources({ outcome: { financialYear: '2005/06', budget: 1_000_000_000, outturn: 990_000_000 }, businessCase: { status: 'approved' } }, { policy }),
      figures: (answer) => ({ practiceShare: answer.practiceShare }),
    });
    expect(one.rows[0]?.change).toBe(5_000_000);
    const upTo100 = applyReform(baselinePolicy, { id: 'dec-2004', label: 'The December 2004 decision', parameters: { 'fur.practiceShare': [{ from: '2005-04-01', alternative: 'kf-2004-100pc' }] } });
    expect(parameterAt(upTo100, 'fur.practiceShare', '2005-06-01').value).toBe('1');
  });
});
