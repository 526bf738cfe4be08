/**
 * Audit Commission 2006, Early lessons (src/policy/frameworks/ac2006-early-lessons.ts).
 */
import { describe, expect, it } from 'vitest';
import {
ac2006EarlyLessons
} from '../../../src/policy/index.js';

describe('Audit Commission 2006, Early lessons (governance fact sheet §1)', () => {
  const questions = ac2006EarlyLessons.factors;
  it('has the six key areas as groups, in the source order', () => {
    expect(ac2006EarlyLessons.groups?.map((group) => group.id)).toEqual([
      'AC06.STRATEGY',
      'AC06.CLINICAL_ENGAGEMENT',
      'AC06.FINANCE',
      'AC06.INFORMATION',
      'AC06.SUPPORT',
      'AC06.GOVERNANCE',
    ]);
  });
  it('has the 36-question board checklist: 3 confirmed (HSJ), 33 marked unconfirmed placeholders, six per area', () => {
    expect(questions).toHaveLength(36);
    const confirmed = questions.filter((question) => question.confidence === 'confirmed');
    expect(confirmed.map((question) => [question.id, question.group])).toEqual([
      ['AC06.Q.FIN.BUDGET_METHOD_UNDERSTOOD', 'AC06.FINANCE'],
      ['AC06.Q.INFO.DATA_QUALITY', 'AC06.INFORMATION'],
      ['AC06.Q.GOV.MONITORING', 'AC06.GOVERNANCE'],
    ]);
    expect(confirmed.every((question) => question.sources.includes('hsj-2006-pbc-guidance-for-boards') && question.placeholder !== true)).toBe(true);
    const placeholders = questions.filter((question) => question.placeholder === true);
    expect(placeholders).toHaveLength(33);
    expect(placeholders.every((question) => question.confidence === 'unconfirmed' && /PLACEHOLDER/.test(question.note ?? ''))).toBe(true);
    for (const group of ac2006EarlyLessons.groups ?? []) expect(questions.filter((question) => question.group === group.id)).toHaveLength(6);
  });
  it("carries the fact sheet's twelve INFERRED themes as placeholders, not as confirmed text", () => {
    const themed = questions.filter((question) => /\.T\d$/.test(question.id));
    expect(themed).toHaveLength(12);
    expect(themed.map((question) => question.label)).toContain('Does budget setting address the penalty on low referrers?');
    expect(themed.every((question) => question.placeholder === true)).toBe(true);
  });
  it('has the three risks, their links to areas INFERRED', () => {
    expect(ac2006EarlyLessons.risks?.map((risk) => [risk.id, risk.linkedGroups, risk.confidence, risk.linkConfidence])).toEqual([
      ['AC06.RISK.FIN_PRESSURE', ['AC06.FINANCE', 'AC06.GOVERNANCE'], 'confirmed', 'unconfirmed'],
      ['AC06.RISK.INEQUALITY', ['AC06.STRATEGY', 'AC06.FINANCE'], 'confirmed', 'unconfirmed'],
      ['AC06.RISK.POOR_VFM', ['AC06.GOVERNANCE', 'AC06.INFORMATION'], 'confirmed', 'unconfirmed'],
    ]);
  });
  it('rates with inferred bands, marked unconfirmed', () => {
    expect(ac2006EarlyLessons.rating.bands.map((band) => [band.id, band.ready, band.confidence])).toEqual([
      ['assured', true, 'unconfirmed'],
      ['partly_assured', false, 'unconfirmed'],
      ['not_assured', false, 'unconfirmed'],
    ]);
  });
});
