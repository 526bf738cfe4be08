// analyseSensitivity (issue 16): the demo's PCT and a generated SHA, re-run under each alternative of
// every disputed or unconfirmed parameter the evaluation read. Two rows are checked by hand.
import { describe, expect, it } from 'vitest';
import { evaluateArea, freedUpResources } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { analysePolicySensitivity, analyseSensitivity, renderSensitivity, SENSITIVITY_HEADLINE_FIGURES } from '../../src/sensitivity/index.js';
import { generateArea } from '../../src/testing/index.js';
import { sampleValeArea } from '../../src/testing/index.js';
import { expectIssue } from '../support/errors.js';

const asOf = '2008-06-30';
const demo = analyseSensitivity(sampleValeArea, { asOf });

describe("analyseSensitivity on the demo's PCT (Sample Vale, 2007/08 as of 30 June 2008)", () => {
  it('varies exactly the disputed values the evaluation read, once per alternative', () => {
    expect(demo.ranking.map((entry) => [entry.parameter, entry.from, entry.alternatives])).toEqual([
      ['budget.paceOfChange.gapClosedPerYear', '2007-04-01', 2],
      ['budget.scope.mandatoryLines', '2005-04-01', 1],
    ]);
    expect(demo.runs).toBe(4);
    expect(demo.figures).toEqual([...SENSITIVITY_HEADLINE_FIGURES]);
    expect(demo.rows).toHaveLength(3 * SENSITIVITY_HEADLINE_FIGURES.length);
    // Unconfirmed readings with nothing to try are listed, not silently dropped.
    expect(demo.unexamined.map((item) => item.parameter)).toContain('budget.controlTotal.contingencyShare');
  });

  it('hand check 1: closing half the gap a year, the practices keep £19,542.58 less (−11.03%)', () => {
    const row = demo.rows.find((candidate) => candidate.parameter === 'budget.paceOfChange.gapClosedPerYear' && candidate.alternative === 'half' && candidate.figure === 'furPracticeShare');
    // The same year under a reform that restates ½ outright, not by picking the alternative.
    const restated = applyReform(baselinePolicy, {
      id: 'half-gap',
      label: 'Half the gap a year',
      parameters: { 'budget.paceOfChange.gapClosedPerYear': [{ from: '2007-04-01', value: '0.5', sources: ['dh-2006-fair-shares-toolkit'], confidence: 'unconfirmed' }] },
    });
    const base = evaluateArea(sampleValeArea, { asOf, explanations: false }).totals.furPracticeShare;
    const half = evaluateArea(sampleValeArea, { policy: restated, asOf, explanations: false }).totals.furPracticeShare;
    expect(row).toMatchObject({ baselineValue: '0.25', alternativeValue: '0.5', baseline: base, value: half, change: half - base, error: null });
    expect([base, half]).toEqual([17_713_540, 15_759_282]);
    // −1,954,258 / 17,713,540 = −0.110326… → −11.03%.
    expect(row?.change).toBe(-1_954_258);
    expect(row?.changePerCent).toBe('-11.03');
  });

  it('hand check 2: under the DH FAQ scope the year cannot be evaluated (the area has no community or mental health lines): reported, not thrown', () => {
    const rows = demo.rows.filter((candidate) => candidate.parameter === 'budget.scope.mandatoryLines');
    expect(rows).toHaveLength(SENSITIVITY_HEADLINE_FIGURES.length);
    expect(rows.every((candidate) => candidate.value === null && candidate.change === null && candidate.changePerCent === null)).toBe(true);
    expect(rows[0]?.error?.code).toBe('MISSING_INPUT');
    expect(demo.findings.some((finding) => finding.code === 'ALTERNATIVE_FAILED' && finding.subject?.id === 'budget.scope.mandatoryLines')).toBe(true);
    expect(demo.ranking[1]).toMatchObject({ largestChange: 0, failures: 1 });
  });

  it('ranks by the largest change, with the spread of the most affected figure for the tornado', () => {
    const top = demo.ranking[0]!;
    const moves = demo.rows.filter((row) => row.parameter === top.parameter && row.figure === top.figure).map((row) => row.change ?? 0);
    expect(top.largestChange).toBe(Math.max(...moves.map(Math.abs)));
    expect([top.low, top.high]).toEqual([Math.min(0, ...moves), Math.max(0, ...moves)]);
    expect(demo.explanation.rule).toBe('sensitivity.analyse');
    expect(demo.explanation.parameters.map((reading) => reading.id)).toEqual(['budget.paceOfChange.gapClosedPerYear', 'budget.scope.mandatoryLines']);
  });

  it('renders a short "how sure are we?" section', () => {
    const text = renderSensitivity(demo);
    expect(text.split('\n')[0]).toBe('How sure are we? 9 figures, 2 disputed or unconfirmed parameter values varied, 4 runs.');
    expect(text).toContain('1. budget.paceOfChange.gapClosedPerYear (from 2007-04-01, unconfirmed): pctBears £32,451.37 moves -£19,347.69 to +£45,796.60 (up to 141.12%)');
    expect(text).toContain('Not answerable under an alternative of budget.scope.mandatoryLines (from 2005-04-01): MISSING_INPUT.');
  });

  it('refuses unknown figures and parameters, naming the path', () => {
    expectIssue(() => analyseSensitivity(sampleValeArea, { asOf, figures: ['nonsense' as 'budget'] }), 'INVALID_INPUT', ['figures', 0]);
    expectIssue(() => analyseSensitivity(sampleValeArea, { asOf, parameters: ['no.such'] }), 'INVALID_INPUT', ['parameters', 0], 'sensitivity.knownParameter');
    expectIssue(() => analyseSensitivity(sampleValeArea, {} as { asOf: string }), 'MISSING_INPUT', ['asOf']);
  });
});

describe('analysePolicySensitivity: one rule call', () => {
  const run = (policy: typeof baselinePolicy) => freedUpResources({ outcome: { financialYear: '2005/06', budget: 1_000_000_000, outturn: 990_000_000 }, businessCase: { status: 'approved' } }, { policy });

  it("one practice's 2005/06 year end: 50% of £100,000, or all of it under the December 2004 decision", () => {
    const result = analysePolicySensitivity({ run, figures: (answer) => ({ practiceShare: answer.practiceShare, pctShare: answer.pctShare }) });
    const share = result.rows.find((row) => row.parameter === 'fur.practiceShare' && row.figure === 'practiceShare');
    expect(share).toMatchObject({ alternative: 'kf-2004-100pc', baseline: 5_000_000, value: 10_000_000, change: 5_000_000, changePerCent: '100.00' });
    expect(result.ranking[0]).toMatchObject({ parameter: 'fur.practiceShare', largestChange: 5_000_000, low: 0, high: 5_000_000 });
  });

  it('takes the parameters by name when the answer has no explanation, and refuses what is not a question', () => {
    const named = analysePolicySensitivity({ run: (policy) => ({ share: run(policy).practiceShare }), figures: (answer) => answer, parameters: ['budget.paceOfChange.gapClosedPerYear'] });
    expect(named.rows.map((row) => row.change)).toEqual([0, 0]);
    expectIssue(() => analysePolicySensitivity({ run: () => ({ share: 1 }), figures: (answer) => answer }), 'INVALID_INPUT', ['parameters'], 'sensitivity.parametersKnown');
    expectIssue(() => analysePolicySensitivity({ run, figures: () => ({ share: Number.NaN }) }), 'INVALID_INPUT', ['figures', 'share'], 'sensitivity.figures');
    expectIssue(() => analysePolicySensitivity({ run: 1 } as never), 'INVALID_INPUT', ['run'], 'sensitivity.input');
  });
});

describe('analyseSensitivity on a generated SHA', () => {
  it('runs on SHA Q30 (seed 16, 2007/08) and agrees with a direct re-evaluation', { timeout: 300_000 }, () => {
    const area = generateArea({ seed: 16, scope: { sha: 'Q30' }, financialYear: '2007/08' });
    const result = analyseSensitivity(area, { asOf, figures: ['pctBears'], parameters: ['budget.paceOfChange.gapClosedPerYear'] });
    expect(result.runs).toBe(3);
    expect(result.rows.map((row) => row.alternative)).toEqual(['eighth', 'half']);
    const eighth = applyReform(baselinePolicy, { id: 'e', label: 'E', parameters: { 'budget.paceOfChange.gapClosedPerYear': [{ from: '2007-04-01', alternative: 'eighth' }] } });
    expect(result.rows[0]?.value).toBe(evaluateArea(area, { policy: eighth, asOf, explanations: false }).totals.pctBears);
    expect(result.ranking[0]?.largestChange).toBeGreaterThan(0);
  });
});
