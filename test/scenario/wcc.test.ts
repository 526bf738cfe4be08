import { describe, expect, it } from 'vitest';
import { compareScenarios, evaluateArea, explainFigure, explanationOf, wccRatingForPct, type EvaluateAreaInput } from '../../src/index.js';
import { generateArea } from '../../src/testing/index.js';
import { sampleArea } from './fixtures.js';
import { rulesOf } from './helpers.js';
import { expectIssue } from '../support/errors.js';

type Evidence = NonNullable<EvaluateAreaInput['pcts'][number]['wcc']>;

/** A panel's year-two evidence: competencies 1, 4 and 11 at 3, 2 and 4 (one world class); finance amber. */
const evidence: Evidence = {
  basis: 'panel',
  competencies: { 'WCC.C01': 3, 'WCC.C04': 2, 'WCC.C11': 4 },
  governance: { strategy: 'green', finance: 'amber', board: 'green' },
  outcomes: ['Cut smoking in pregnancy'],
};

/** One generated PCT (5C4) for a year, its WCC evidence given. */
function areaWithWcc(financialYear: string, wcc: Evidence = evidence): EvaluateAreaInput {
  const area = generateArea({ seed: 3, scope: { pct: '5C4' }, financialYear });
  return { ...area, pcts: area.pcts.map((pct) => ({ ...pct, wcc })) };
}

describe('evaluateArea: world class commissioning ratings per PCT (issue 17)', () => {
  const area = areaWithWcc('2009/10');
  // After the year, so the year is final; the assurance is still of 2009/10 (rated as of 31 March 2010).
  const asOf = '2010-06-30';
  const result = evaluateArea(area, { asOf });

  it('gives one tidy row for the PCT with evidence in 2009/10, as wccRatingForPct rates it', () => {
    expect(result.wcc).toEqual([
      {
        explanationKey: 'wcc:5C4',
        shaCode: area.pcts[0]!.shaCode,
        pctCode: '5C4',
        assuranceYear: '2009/10',
        basis: 'panel',
        rating: 'no_red',
        ratingLabel: 'No red rating, but not green in all three',
        ready: false,
        strategy: 'green',
        finance: 'amber',
        board: 'green',
        // (3 + 2 + 4) / 3 = 3.00; competency 11 is rated in year two, and at 4 it is world class.
        meanLevel: '3.00',
        worldClassCount: 1,
        knownCount: 3,
        gaps: expect.any(Number),
        missingEvidence: expect.any(Number),
        pbcLinkLevel: 2,
        // Level 2 is not below wcc.pbcLink.concernBelowLevel (2): no concern.
        pbcLinkOutcome: 'info',
      },
    ]);
    const direct = wccRatingForPct({ pct: '5C4', wcc: evidence }, { asOf: '2010-03-31' });
    expect(result.wcc[0]!.gaps).toBe(direct.assessment!.gaps.length);
    expect(result.wcc[0]!.missingEvidence).toBe(direct.assessment!.missingEvidence.length);
    expect(result.wcc[0]!.gaps).toBeGreaterThan(0);
    expect(result.pcts[0]!.wccWorldClassCount).toBe(1);
    // Its findings join the area's, pointing at the row: finance amber is a warning.
    const wccFindings = result.findings.filter((finding) => finding.rule.startsWith('wcc.'));
    expect(wccFindings.every((finding) => finding.explanationKey === 'wcc:5C4' && finding.subject.id === '5C4')).toBe(true);
    expect(wccFindings.find((finding) => finding.code === 'WCC_GOVERNANCE_AMBER')).toMatchObject({ outcome: 'warning', details: { subject: { kind: 'governance', id: 'finance' } } });
  });

  it('explains the row under its key, and explainFigure finds the same tree', () => {
    const explanation = explanationOf(result, 'wcc:5C4');
    expect(explanation?.rule).toBe('wcc.ratingForPct');
    expect(rulesOf(explanation!)).toContain('wcc.assess');
    expect(explainFigure(area, { asOf, key: 'wcc:5C4' })).toEqual(explanation);
    expectIssue(() => explainFigure(area, { asOf, key: 'wcc:5ZZ' }), 'INVALID_INPUT', ['key']);
  });

  it('is the same table without explanations', () => {
    expect(evaluateArea(area, { asOf, explanations: false }).wcc).toEqual(result.wcc);
  });

  it('a PCT without evidence has no row; in 2007/08 (before WCC) evidence gives no row either', () => {
    const bare = generateArea({ seed: 3, scope: { pct: '5C4' }, financialYear: '2009/10' });
    const without = evaluateArea(bare, { asOf, explanations: false });
    expect(without.wcc).toEqual([]);
    expect(without.pcts[0]!.wccWorldClassCount).toBeNull();
    const early = sampleArea();
    early.pcts[0]!.wcc = evidence;
    const before = evaluateArea(early, { asOf: '2008-06-30' });
    expect(before.wcc).toEqual([]);
    expect(before.pcts[0]!.wccWorldClassCount).toBeNull();
    expect(Object.keys(before.explanations ?? {}).some((key) => key.startsWith('wcc:'))).toBe(false);
    // The rating's not-applicable finding is still in the area's findings, with no row to point at.
    expect(before.findings.filter((finding) => finding.rule.startsWith('wcc.'))).toEqual([
      expect.objectContaining({ rule: 'wcc.ratingForPct', code: 'WCC_NOT_IN_FORCE', outcome: 'not_applicable', subject: { kind: 'pct', id: '5ZZ' }, explanationKey: null }),
    ]);
  });

  it('refuses bad evidence, naming the field in the area', () => {
    expectIssue(() => evaluateArea(areaWithWcc('2009/10', { competencies: { 'WCC.C04': 5 as 4 } }), { asOf, explanations: false }), 'INVALID_INPUT', ['pcts', 0, 'wcc', 'competencies', 'WCC.C04']);
    expectIssue(() => evaluateArea(areaWithWcc('2009/10', { governance: { finance: 'purple' as 'red' } }), { asOf, explanations: false }), 'INVALID_INPUT', ['pcts', 0, 'wcc', 'governance', 'finance']);
    // Competency 11 was not rated in 2008/09: the assessment refuses a level for it, pointed at the area.
    const error = expectIssue(() => evaluateArea(areaWithWcc('2008/09'), { asOf: '2009-06-30', explanations: false }), 'INVALID_INPUT', ['pcts', 0, 'wcc', 'competencies', 'WCC.C11']);
    expect(error.issues[0]?.rule).toBe('wcc.competencies');
    expect(error.message).toContain('PCT 5C4');
  });

  it('compareScenarios reports a changed WCC row and its cause', () => {
    const reform = {
      id: 'wcc-stricter',
      label: 'Flag competency 4 below level 3',
      parameters: { 'wcc.pbcLink.concernBelowLevel': [{ from: '1991-04-01', value: 3, sources: ['pbc-library-readiness-choices'], confidence: 'unconfirmed' as const }] },
    };
    const comparison = compareScenarios(area, { reform, asOf });
    const changes = comparison.changes.filter((change) => change.topic === 'wcc');
    expect(changes.map((change) => [change.recordKey, change.measure, change.before, change.after])).toEqual([['5C4', 'pbcLinkOutcome', 'info', 'warning']]);
    expect(changes[0]?.explanationKey).toBe('wcc:5C4');
    expect(changes[0]?.causes.map((cause) => cause.id)).toEqual(['wcc.pbcLink.concernBelowLevel']);
  });
});
