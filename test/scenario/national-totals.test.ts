import { describe, expect, it } from 'vitest';
import { evaluateArea } from '../../src/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { generateArea } from '../../src/testing/index.js';
import { referenceEvaluation } from '../../bench/reference.js';

// A generated SHA (Q30, 730 practices in 12 PCTs), as the bench runs England: the fast paths of
// issue 15 (input trusted after the area's parse, whole-number apportioning, bucketed spend) must
// leave every total as it was to the penny, and the bench's plain-number reference must agree.
const area = JSON.parse(JSON.stringify(generateArea({ seed: 2008, scope: { sha: 'Q30' }, financialYear: '2008/09' }))) as ReturnType<typeof generateArea>;
const result = evaluateArea(area, { policy: baselinePolicy, asOf: '2009-06-30', explanations: false });

describe('evaluateArea on a generated SHA: the totals stay to the penny', () => {
  it('gives the totals computed before the fast paths (pinned)', () => {
    expect(result.totals).toEqual({
      shas: 1,
      pcts: 12,
      practices: 730,
      groups: 98,
      listSize: 4_354_873,
      budget: 247_123_938_397,
      indicativeBudget: 247_123_938_397,
      realBudget: 0,
      outturn: 247_688_916_484,
      variance: -564_978_087,
      furPracticeShare: 2_896_550_489,
      furPctShare: 1_241_378_736,
      furReleased: 1_642_346_867,
      pctPriorClaim: 0,
      realHolderKeeps: 0,
      realHolderBears: 0,
      practiceKeeps: 2_896_550_489,
      practiceBears: 0,
      pctBears: 4_899_779_647,
      incentivesDue: 571_907_085,
      businessCases: 93,
      conflictsBreaches: 23,
      conflictsWarnings: 56,
      readinessAssessments: 24,
      readinessReady: 6,
    });
  });

  it('agrees with the plain-number reference of the bench (exactly, or within a penny a practice where the reference rounds in floating point)', () => {
    const plain = referenceEvaluation(area, { policy: baselinePolicy, asOf: '2009-06-30' });
    const { totals } = result;
    expect(plain.practices).toBe(totals.practices);
    expect(plain.budget).toBe(totals.budget);
    expect(plain.outturn).toBe(totals.outturn);
    expect(plain.pctBears).toBe(totals.pctBears);
    expect(plain.realHolderKeeps).toBe(totals.realHolderKeeps);
    expect(plain.realHolderBears).toBe(totals.realHolderBears);
    expect(plain.readinessReady).toBe(totals.readinessReady);
    for (const key of ['furPracticeShare', 'furPctShare', 'furReleased', 'practiceKeeps', 'incentivesDue'] as const) {
      expect(Math.abs(plain[key] - totals[key]), key).toBeLessThanOrEqual(totals.practices);
    }
  });
});
