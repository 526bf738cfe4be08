/**
 * The readiness score (src/readiness/score-readiness.ts): points from dated parameters, caller weights, an exact decimal share.
 */
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/index.js';
import { applyReform, baselinePolicy } from '../../src/policy/index.js';
import { AC2007, evidenceOf } from './helpers.js';

describe('weights', () => {
  it('caller weights give an exact decimal score; the rating is unchanged by weights (it counts factors met)', () => {
    const assessment = assessReadiness({ framework: AC2007, evidence: evidenceOf({ 'AC07.F1_BUDGETS': 'met', 'AC07.F2_INFORMATION': 'partial' }), weights: { 'AC07.F1_BUDGETS': '0.1', 'AC07.F2_INFORMATION': 0.2 } }, { asOf: '2008-01-01' });
    // 0.1 × 1 + 0.2 × 0.5 = 0.2 of 0.1 + 0.2 + 3 = 3.3: exact, no float error.
    expect(assessment.score).toMatchObject({ score: '0.2', maximum: '3.3', share: '0.0606', weighted: true });
    expect(assessment.factors[0]).toMatchObject({ weight: '0.1', points: '1' });
    expect(assessment.rating.id).toBe('few_in_place');
    expect(assessment.explanation.children[0]?.inputs['weights']).toEqual({ 'AC07.F1_BUDGETS': '0.1', 'AC07.F2_INFORMATION': '0.2', 'AC07.F3_FREEDOM_SAVINGS': '1', 'AC07.F4_GOVERNANCE_COI': '1', 'AC07.F5_SHARED_OWNERSHIP': '1' });
  });
  it('a weight of 0 leaves a factor out of the score, rating, gaps and missing evidence', () => {
    const assessment = assessReadiness({ framework: AC2007, evidence: evidenceOf({ 'AC07.F1_BUDGETS': 'met', 'AC07.F2_INFORMATION': 'met', 'AC07.F3_FREEDOM_SAVINGS': 'met', 'AC07.F4_GOVERNANCE_COI': 'met' }), weights: { 'AC07.F5_SHARED_OWNERSHIP': 0 } }, { asOf: '2008-01-01' });
    expect(assessment.rating.id).toBe('all_in_place');
    expect(assessment.score).toMatchObject({ score: '4', maximum: '4', factorCount: 4 });
    expect(assessment.gaps).toEqual([]);
    expect(assessment.missingEvidence).toEqual([]);
    expect(assessment.factors[4]).toMatchObject({ factorId: 'AC07.F5_SHARED_OWNERSHIP', weight: '0', status: 'unknown' });
    expect(assessment.explanation.notes).toContain('1 item(s) with weight 0 left out of the score and the rating.');
  });
});

describe('a score whose maximum is zero', () => {
  it('when a reform scores every status 0, the share is 0.0000, not NaN', () => {
    const zero = applyReform(baselinePolicy, {
      id: 'no-points',
      label: 'Every status scores nothing',
      parameters: Object.fromEntries(
        ['met', 'partial', 'notMet', 'unknown'].map((status) => [`readiness.points.${status}`, [{ from: '1991-04-01', value: '0', sources: ['hansard-2006-11-06'], confidence: 'unconfirmed' as const }]]),
      ),
    });
    const assessment = assessReadiness({ framework: 'AC2007', evidence: [{ factorId: 'AC07.F1_BUDGETS', status: 'met' }] }, { asOf: '2008-01-01', policy: zero });
    expect(assessment.score).toMatchObject({ score: '0', maximum: '0', share: '0.0000' });
  });
});
