import { describe, expect, it } from 'vitest';
import { evaluateArea, worstOutcome, type ScenarioFinding } from '../../src/index.js';
import { sampleArea } from './fixtures.js';

const brief = (finding: ScenarioFinding) => [finding.outcome, finding.rule, finding.code, `${finding.subject.kind}:${finding.subject.id}`, finding.explanationKey];

describe("evaluateArea: the area's findings in one list (issue 14)", () => {
  const result = evaluateArea(sampleArea(), { asOf: '2008-06-30', explanations: false });

  it('lists the warnings a reader expects, each placed on its practice, PCT or case with the key of its row', () => {
    // Z90001 overspends elective care by £12,000 and Z90002 prescribing by £20,000 (see fixtures.ts);
    // AC2007 factor 5 is only partly met.
    expect(result.findings.filter((finding) => finding.outcome === 'warning').map(brief)).toEqual([
      ['warning', 'budget.monitor', 'PROJECTED_OVERSPEND', 'practice:Z90001', 'monitoring:Z90001'],
      ['warning', 'budget.monitor', 'PROJECTED_OVERSPEND', 'practice:Z90002', 'monitoring:Z90002'],
      ['warning', 'readiness.gap', 'FACTOR_PARTLY_MET', 'pct:5ZZ', 'readiness:5ZZ/AC2007'],
    ]);
    const gap = result.findings.find((finding) => finding.code === 'FACTOR_PARTLY_MET');
    expect(gap?.details?.['subject']).toEqual({ kind: 'factor', id: 'AC07.F5_SHARED_OWNERSHIP' });
    expect(result.findings.find((finding) => finding.code === 'FUR_RELEASED')).toMatchObject({ rule: 'fur.release', subject: { kind: 'practice', id: 'Z90001' }, explanationKey: 'yearEnd:Z90001' });
    expect(result.findings.find((finding) => finding.rule === 'budget.setIndicative')).toMatchObject({ subject: { kind: 'pct', id: '5ZZ' }, explanationKey: 'budgets:5ZZ' });
  });

  it("carries every conflicts finding of the case, the panel member kept in details, and every row's key exists", () => {
    const conflicts = result.findings.filter((finding) => finding.rule.startsWith('conflicts.'));
    expect(conflicts.length).toBe(result.conflicts.length);
    expect(conflicts.every((finding) => finding.subject.kind === 'case' && finding.subject.id === 'BC-5ZZ-2007-001' && finding.explanationKey === 'conflicts:BC-5ZZ-2007-001')).toBe(true);
    expect(conflicts.find((finding) => finding.code === 'MEMBER_WITHDREW')?.details?.['subject']).toEqual({ kind: 'member', id: 'gp-z90001' });
    const keys = new Set([result.budgets, result.monitoring, result.yearEnd, result.conflicts, result.readiness, result.groups].flatMap((rows) => rows.map((row) => row.explanationKey)));
    expect(result.findings.every((finding) => finding.explanationKey !== null && keys.has(finding.explanationKey) && finding.pctCode === '5ZZ' && finding.shaCode === 'Q99')).toBe(true);
    expect(result.findings.every((finding) => !('path' in finding))).toBe(true);
  });

  it('a barred member who took part is a breach, counted in the PCT row with the worst outcome', () => {
    expect(result.pcts[0]).toMatchObject({ findingsBreaches: 0, findingsWarnings: 3, worstOutcome: 'warning' });
    const area = sampleArea();
    area.businessCases![0]!.panel.members[1]!.participated = true;
    const breached = evaluateArea(area, { asOf: '2008-06-30', explanations: false });
    expect(breached.findings.filter((finding) => finding.outcome === 'breach').map(brief)).toEqual([
      ['breach', 'conflicts.recusal', 'BARRED_MEMBER_TOOK_PART', 'case:BC-5ZZ-2007-001', 'conflicts:BC-5ZZ-2007-001'],
    ]);
    expect(breached.pcts[0]).toMatchObject({ findingsBreaches: 1, worstOutcome: 'breach' });
    expect(breached.pcts[0]?.worstOutcome).toBe(worstOutcome(breached.findings));
  });

  it('is the same list with explanations', () => {
    expect(evaluateArea(sampleArea(), { asOf: '2008-06-30' }).findings).toEqual(result.findings);
  });
});
