import { describe, expect, it } from 'vitest';
import { assessWccAssurance } from '../../../src/index.js';
import { applyReform, baselinePolicy } from '../../../src/policy/index.js';
import { expectIssue } from '../../support/errors.js';

const YEAR_TWO = { asOf: '2010-03-31' } as const;
const YEAR_ONE = { asOf: '2009-01-31' } as const;

describe('assessWccAssurance', () => {
  it('scores the competency levels, rates the governance lights, and flags competency 4 (the worked example of the TSDoc)', () => {
    const assessment = assessWccAssurance(
      { pct: '5ZZ', competencies: { 'WCC.C01': 3, 'WCC.C04': 1, 'WCC.C11': 2 }, governance: { strategy: 'amber', finance: 'green', board: 'green' } },
      YEAR_TWO,
    );
    expect(assessment.assuranceYear).toBe('2009/10');
    expect(assessment.score).toEqual({ levelSum: 6, maximum: 12, meanLevel: '2.00', ratedCount: 11, knownCount: 3, unknownCount: 8, worldClassCount: 0 });
    expect(assessment.rating).toMatchObject({ id: 'no_red', ready: false, rank: 1, confidence: 'derived' });
    expect(assessment.pbcLink).toEqual({ competencyId: 'WCC.C04', level: 1, concern: true });
    expect(assessment.gaps.map((gap) => gap.id)).toEqual(['WCC.C01', 'WCC.C04', 'WCC.C11', 'strategy']);
    expect(assessment.missingEvidence).toHaveLength(8);
    expect(assessment.missingEvidence.every((entry) => entry.kind === 'competency' && !entry.raisesRating)).toBe(true);
    const link = assessment.findings.find((finding) => finding.rule === 'wcc.pbcLink');
    expect(link).toMatchObject({ code: 'WCC_PBC_CLINICIANS_CONCERN', outcome: 'warning', subject: { kind: 'competency', id: 'WCC.C04' } });
    expect(assessment.findings.filter((finding) => finding.rule === 'wcc.governance').map((finding) => [finding.subject?.id, finding.outcome])).toEqual([
      ['strategy', 'warning'],
      ['finance', 'compliant'],
      ['board', 'compliant'],
    ]);
    expect(assessment.explanation.rule).toBe('wcc.assess');
    expect(assessment.explanation.children.map((child) => child.rule)).toEqual(['wcc.competencies', 'wcc.governance', 'wcc.rate', 'wcc.missingEvidence', 'wcc.outcomes', 'wcc.pbcLink']);
  });

  it('Kirklees PCT, competency 1, from its December 2009 board report: level 2 in 2008/09, self-assessed 3 in 2009/10; the rest is missing evidence', () => {
    const before = assessWccAssurance({ pct: 'Kirklees', basis: 'self-assessment', competencies: { 'WCC.C01': 2 } }, { asOf: '2008-12-19' });
    const after = assessWccAssurance({ pct: 'Kirklees', basis: 'self-assessment', competencies: { 'WCC.C01': 3 } }, { asOf: '2009-12-31' });
    expect([before.assuranceYear, after.assuranceYear]).toEqual(['2008/09', '2009/10']);
    expect([before.score.meanLevel, after.score.meanLevel]).toEqual(['2.00', '3.00']);
    // Competency 11 is not rated in year one: 10 rated competencies, 9 missing; 11 and 10 in year two.
    expect([before.score.ratedCount, before.score.unknownCount, after.score.ratedCount, after.score.unknownCount]).toEqual([10, 9, 11, 10]);
    expect(before.findings.find((finding) => finding.subject?.id === 'WCC.C11')).toMatchObject({ code: 'WCC_NOT_RATED', outcome: 'not_applicable' });
    expect(after.findings.find((finding) => finding.subject?.id === 'WCC.C11')).toMatchObject({ code: 'WCC_LEVEL_UNKNOWN', outcome: 'unknown' });
    // No governance evidence: the rating is "no red" and each area, if green, would not alone make it green in all three.
    expect(after.rating.id).toBe('no_red');
    expect(after.missingEvidence.filter((entry) => entry.kind === 'governance').map((entry) => [entry.id, entry.ratingIfGreen, entry.ratingIfRed, entry.raisesRating])).toEqual([
      ['strategy', 'no_red', 'some_red', false],
      ['finance', 'no_red', 'some_red', false],
      ['board', 'no_red', 'some_red', false],
    ]);
    expect(after.ratingIfAllUnknownGreen.id).toBe('green_in_all_three');
  });

  describe('wcc.rate: edges', () => {
    const rate = (strategy?: 'red' | 'amber' | 'green', finance?: 'red' | 'amber' | 'green', board?: 'red' | 'amber' | 'green') =>
      assessWccAssurance({ governance: { ...(strategy ? { strategy } : {}), ...(finance ? { finance } : {}), ...(board ? { board } : {}) } }, YEAR_TWO);

    it('green in all three is ready; red in all three the lowest; one red is some red', () => {
      expect(rate('green', 'green', 'green')).toMatchObject({ ready: true, rating: { id: 'green_in_all_three', rank: 0, confidence: 'confirmed' } });
      expect(rate('red', 'red', 'red').rating).toMatchObject({ id: 'red_in_all_three', rank: 3, confidence: 'confirmed' });
      expect(rate('green', 'red', 'green').rating).toMatchObject({ id: 'some_red', rank: 2 });
      expect(rate('amber', 'amber', 'amber').rating.id).toBe('no_red');
      expect(rate('red', 'red', undefined).rating.id).toBe('some_red');
    });

    it('the missing evidence that would change the rating: the one unknown area of two greens raises it if green; red lowers it', () => {
      const two = rate('green', undefined, 'green');
      expect(two.rating.id).toBe('no_red');
      expect(two.missingEvidence.filter((entry) => entry.kind === 'governance')).toEqual([
        { kind: 'governance', id: 'finance', label: 'Finance (financial management)', ratingIfGreen: 'green_in_all_three', ratingIfRed: 'some_red', raisesRating: true },
      ]);
      const reds = rate('red', undefined, 'red');
      expect(reds.missingEvidence[0]).toMatchObject({ id: 'finance', ratingIfGreen: 'some_red', ratingIfRed: 'red_in_all_three', raisesRating: false });
    });
  });

  describe('wcc.competencies: edges', () => {
    it('level 4 is world class (compliant); a mean is to two places, half-up', () => {
      const assessment = assessWccAssurance({ competencies: { 'WCC.C02': 4, 'WCC.C07': 1, 'WCC.C09': 1 } }, YEAR_TWO);
      expect(assessment.score).toMatchObject({ levelSum: 6, meanLevel: '2.00', worldClassCount: 1 });
      expect(assessment.findings.find((finding) => finding.subject?.id === 'WCC.C02')).toMatchObject({ code: 'WCC_WORLD_CLASS', outcome: 'compliant' });
      expect(assessment.findings.find((finding) => finding.subject?.id === 'WCC.C07')).toMatchObject({ code: 'WCC_BELOW_WORLD_CLASS', outcome: 'info' });
      expect(assessWccAssurance({ competencies: { 'WCC.C01': 2, 'WCC.C02': 2, 'WCC.C03': 1 } }, YEAR_TWO).score.meanLevel).toBe('1.67');
      expect(assessWccAssurance({ competencies: { 'WCC.C01': 1, 'WCC.C02': 2, 'WCC.C03': 2, 'WCC.C04': 2, 'WCC.C05': 2, 'WCC.C06': 2, 'WCC.C07': 2, 'WCC.C08': 2 } }, YEAR_TWO).score.meanLevel).toBe('1.88');
      expect(assessWccAssurance({}, YEAR_TWO).score).toMatchObject({ meanLevel: null, knownCount: 0, maximum: 0 });
    });

    it('a reform of the world-class level is read (and recorded) on the date', () => {
      const three = applyReform(baselinePolicy, { id: 'wc3', label: 'World class at 3', parameters: { 'wcc.worldClassLevel': [{ from: '2009-04-01', value: 3, sources: ['kf-2008-wcc-catalyst'], confidence: 'unconfirmed' }] } });
      const assessment = assessWccAssurance({ competencies: { 'WCC.C01': 3 } }, { ...YEAR_TWO, policy: three });
      expect(assessment.score.worldClassCount).toBe(1);
      expect(assessment.explanation.children[0]?.parameters.map((reading) => [reading.id, reading.value])).toContainEqual(['wcc.worldClassLevel', 3]);
    });
  });

  describe('wcc.pbcLink: edges', () => {
    it('competency 4 at 2 is no concern, at 1 a warning, unknown unknown; a reform of the threshold moves it', () => {
      const at = (level: 1 | 2 | 3 | 4) => assessWccAssurance({ competencies: { 'WCC.C04': level } }, YEAR_TWO).findings.find((finding) => finding.rule === 'wcc.pbcLink');
      expect(at(2)).toMatchObject({ code: 'WCC_PBC_CLINICIANS_NO_CONCERN', outcome: 'info' });
      expect(at(1)).toMatchObject({ code: 'WCC_PBC_CLINICIANS_CONCERN', outcome: 'warning' });
      expect(assessWccAssurance({}, YEAR_TWO).findings.find((finding) => finding.rule === 'wcc.pbcLink')).toMatchObject({ code: 'WCC_PBC_CLINICIANS_UNKNOWN', outcome: 'unknown' });
      const stricter = applyReform(baselinePolicy, { id: 'c04', label: 'C04 below 3', parameters: { 'wcc.pbcLink.concernBelowLevel': [{ from: '2008-04-01', value: 3, sources: ['pbc-library-readiness-choices'], confidence: 'unconfirmed' }] } });
      expect(assessWccAssurance({ competencies: { 'WCC.C04': 2 } }, { ...YEAR_TWO, policy: stricter }).pbcLink.concern).toBe(true);
    });
  });

  describe('wcc.outcomes: edges', () => {
    it('records the outcomes chosen, unscored', () => {
      const assessment = assessWccAssurance({ outcomes: ['smoking prevalence', 'teenage pregnancy'] }, YEAR_TWO);
      expect(assessment.outcomes).toEqual(['smoking prevalence', 'teenage pregnancy']);
      expect(assessment.findings.find((finding) => finding.rule === 'wcc.outcomes')).toMatchObject({ code: 'WCC_OUTCOMES_CHOSEN', outcome: 'info' });
      expect(assessWccAssurance({}, YEAR_TWO).findings.find((finding) => finding.rule === 'wcc.outcomes')).toMatchObject({ code: 'WCC_OUTCOMES_UNKNOWN', outcome: 'unknown' });
    });
  });

  describe('assessWccAssurance: bad input', () => {
    it('refuses a level for competency 11 in 2008/09, naming the field and rule', () => {
      expectIssue(() => assessWccAssurance({ competencies: { 'WCC.C11': 2 } }, YEAR_ONE), 'INVALID_INPUT', ['competencies', 'WCC.C11'], 'wcc.competencies');
    });
    it('refuses a level outside 1–4, a string level, an unknown competency or governance area', () => {
      expectIssue(() => assessWccAssurance({ competencies: { 'WCC.C01': 5 as 4 } }, YEAR_TWO), 'INVALID_INPUT', ['competencies', 'WCC.C01']);
      expectIssue(() => assessWccAssurance({ competencies: { 'WCC.C01': '3' as unknown as 3 } }, YEAR_TWO), 'INVALID_INPUT', ['competencies', 'WCC.C01']);
      expectIssue(() => assessWccAssurance({ competencies: { 'WCC.C12': 3 } as never }, YEAR_TWO), 'INVALID_INPUT', ['competencies']);
      expectIssue(() => assessWccAssurance({ governance: { quality: 'green' } as never }, YEAR_TWO), 'INVALID_INPUT', ['governance']);
    });
    it('refuses dates outside 2008/09–2009/10 and a missing date', () => {
      expectIssue(() => assessWccAssurance({}, { asOf: '2008-03-31' }), 'NOT_IN_FORCE', ['asOf'], 'wcc.assess');
      expectIssue(() => assessWccAssurance({}, { asOf: '2010-04-01' }), 'NOT_IN_FORCE', ['asOf'], 'wcc.assess');
      expectIssue(() => assessWccAssurance({}, {} as never), 'MISSING_INPUT', ['asOf']);
    });
  });
});
