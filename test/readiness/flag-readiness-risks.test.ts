/**
 * flagReadinessRisks (src/readiness/flag-readiness-risks.ts): a risk is flagged through the areas linked to it.
 */
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/index.js';
import { AC2006, evidenceOf } from './helpers.js';

describe('risks', () => {
  it('AC2006 flags a risk through the areas linked to it (INFERRED links), naming the questions', () => {
    const assessment = assessReadiness({ framework: AC2006, evidence: evidenceOf({ 'AC06.Q.GOV.MONITORING': 'not_met', 'AC06.Q.FIN.BUDGET_METHOD_UNDERSTOOD': 'partial' }) }, { asOf: '2006-12-01' });
    expect(assessment.risks.map((risk) => [risk.riskId, risk.status, risk.because, risk.linkConfidence])).toEqual([
      ['AC06.RISK.FIN_PRESSURE', 'flagged', ['AC06.Q.FIN.BUDGET_METHOD_UNDERSTOOD', 'AC06.Q.GOV.MONITORING'], 'unconfirmed'],
      ['AC06.RISK.INEQUALITY', 'flagged', ['AC06.Q.FIN.BUDGET_METHOD_UNDERSTOOD'], 'unconfirmed'],
      ['AC06.RISK.POOR_VFM', 'flagged', ['AC06.Q.GOV.MONITORING'], 'unconfirmed'],
    ]);
    const gap = assessment.gaps.find((candidate) => candidate.factorId === 'AC06.Q.GOV.MONITORING');
    expect(gap?.recommendations.map((recommendation) => recommendation.recommendationId)).toEqual(['AC06.R.FOCUS.GOV', 'AC06.R.MONITOR_OUTCOMES']);
  });
});
