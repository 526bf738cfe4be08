import { describe, expect, it } from 'vitest';
import { wccRatingForPct } from '../../../src/index.js';
import { applyReform, baselinePolicy } from '../../../src/policy/index.js';
import { expectIssue } from '../../support/errors.js';

describe('wccRatingForPct', () => {
  it('gives the headline of the assessment for a PCT with evidence in an assurance year', () => {
    const rated = wccRatingForPct({ pct: '5ZZ', wcc: { competencies: { 'WCC.C04': 1, 'WCC.C01': 3 }, governance: { strategy: 'green', finance: 'green', board: 'green' } } }, { asOf: '2010-03-31' });
    expect(rated).toMatchObject({ pct: '5ZZ', applies: true, assuranceYear: '2009/10', ready: true, meanLevel: '2.00', pbcConcern: true, rating: { id: 'green_in_all_three' } });
    expect(rated.assessment?.pct).toBe('5ZZ');
    expect(rated.findings.some((finding) => finding.code === 'WCC_PBC_CLINICIANS_CONCERN')).toBe(true);
    expect(rated.explanation.rule).toBe('wcc.ratingForPct');
    expect(rated.explanation.children[0]?.rule).toBe('wcc.assess');
  });

  it('is not applicable, not an error, without evidence or outside 2008/09–2009/10 (and when a reform switches WCC off)', () => {
    const none = wccRatingForPct({ pct: '5ZZ' }, { asOf: '2009-06-30' });
    expect(none).toMatchObject({ applies: false, rating: null, ready: null, meanLevel: null, pbcConcern: null, assessment: null, assuranceYear: null });
    expect(none.findings).toEqual([expect.objectContaining({ rule: 'wcc.ratingForPct', code: 'WCC_NO_EVIDENCE', outcome: 'not_applicable', subject: { kind: 'pct', id: '5ZZ' } })]);
    expect(wccRatingForPct({ pct: '5ZZ', wcc: {} }, { asOf: '2007-06-30' }).findings[0]).toMatchObject({ code: 'WCC_NOT_IN_FORCE', outcome: 'not_applicable' });
    expect(wccRatingForPct({ pct: '5ZZ', wcc: {} }, { asOf: '2010-04-01' }).findings[0]?.code).toBe('WCC_NOT_IN_FORCE');
    const off = applyReform(baselinePolicy, { id: 'off', label: 'No WCC', parameters: { 'wcc.assurance.inForce': [{ from: '2008-04-01', value: false, sources: ['hsj-2010-wcc-might-be-working'], confidence: 'unconfirmed' }] } });
    expect(wccRatingForPct({ pct: '5ZZ', wcc: {} }, { asOf: '2009-06-30', policy: off }).applies).toBe(false);
    expect(wccRatingForPct({ pct: '5ZZ', wcc: {} }, { asOf: '2009-06-30' }).applies).toBe(true);
  });

  it('refuses bad evidence under wcc, naming the field', () => {
    expectIssue(() => wccRatingForPct({ pct: '5ZZ', wcc: { competencies: { 'WCC.C01': 0 as 1 } } }, { asOf: '2010-03-31' }), 'INVALID_INPUT', ['wcc', 'competencies', 'WCC.C01']);
    expectIssue(() => wccRatingForPct({ pct: '' }, { asOf: '2010-03-31' }), 'INVALID_INPUT', ['pct']);
  });
});
