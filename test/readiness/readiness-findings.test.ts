/**
 * The readiness findings (src/readiness/readiness-findings.ts): readiness.gap and readiness.risk in the core shape.
 */
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/index.js';
import { AC2006, AC2007, allAt, best, evidenceOf } from './helpers.js';

describe('assessReadiness: findings (readiness.gap, readiness.risk) in the core shape, beside gaps and risks', () => {
  it('a gap per scored factor not met: partly → warning, not met → breach, unknown → unknown, about the factor', () => {
    const assessment = assessReadiness({ framework: AC2007, evidence: evidenceOf({ 'AC07.F1_BUDGETS': 'met', 'AC07.F2_INFORMATION': 'partial', 'AC07.F3_FREEDOM_SAVINGS': 'met', 'AC07.F4_GOVERNANCE_COI': 'not_met' }) }, { asOf: '2007-11-22' });
    const gaps = assessment.findings.filter((finding) => finding.rule === 'readiness.gap');
    expect(gaps.map((finding) => [finding.subject, finding.code, finding.outcome])).toEqual([
      [{ kind: 'factor', id: 'AC07.F2_INFORMATION' }, 'FACTOR_PARTLY_MET', 'warning'],
      [{ kind: 'factor', id: 'AC07.F4_GOVERNANCE_COI' }, 'FACTOR_NOT_MET', 'breach'],
      [{ kind: 'factor', id: 'AC07.F5_SHARED_OWNERSHIP' }, 'FACTOR_UNKNOWN', 'unknown'],
    ]);
    expect(gaps.map((finding) => finding.subject?.id)).toEqual(assessment.gaps.map((gap) => gap.factorId));
    expect(gaps[1]?.message).toContain(AC2007.factors[3]?.label ?? '?');
    expect(gaps[1]?.sources).toEqual(AC2007.factors[3]?.sources);
    expect(assessReadiness({ framework: AC2007, evidence: allAt(AC2007, best) }, { asOf: '2007-11-22' }).findings).toEqual([]);
  });
  it('a risk finding per risk: flagged → warning, unassessed → unknown, not flagged → compliant, about the risk', () => {
    const flagged = assessReadiness({ framework: AC2006, evidence: evidenceOf({ 'AC06.Q.GOV.MONITORING': 'not_met' }) }, { asOf: '2006-12-01' });
    const risks = (assessment: typeof flagged) => assessment.findings.filter((finding) => finding.rule === 'readiness.risk').map((finding) => [finding.subject?.id, finding.code, finding.outcome]);
    expect(risks(flagged)).toEqual([
      ['AC06.RISK.FIN_PRESSURE', 'RISK_FLAGGED', 'warning'],
      ['AC06.RISK.INEQUALITY', 'RISK_UNASSESSED', 'unknown'],
      ['AC06.RISK.POOR_VFM', 'RISK_FLAGGED', 'warning'],
    ]);
    expect(flagged.findings.find((finding) => finding.code === 'RISK_FLAGGED')?.message).toContain('AC06.Q.GOV.MONITORING');
    const allMet = assessReadiness({ framework: AC2006, evidence: allAt(AC2006, () => 'met') }, { asOf: '2006-12-01' });
    expect(risks(allMet).map(([, code, outcome]) => [code, outcome])).toEqual([
      ['RISK_NOT_FLAGGED', 'compliant'],
      ['RISK_NOT_FLAGGED', 'compliant'],
      ['RISK_NOT_FLAGGED', 'compliant'],
    ]);
    for (const finding of flagged.findings) expect(finding.subject?.kind).toBe(finding.rule === 'readiness.gap' ? 'factor' : 'risk');
  });
});
