// The national WCC results as cited data, and the held-out check: figures published in one source
// are reproduced exactly from figures published in another.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/core/decimal.js';
import { baselinePolicy, wccNationalResults, type WccNationalFigure } from '../../../src/policy/index.js';

function figure(id: string): WccNationalFigure {
  const found = wccNationalResults.find((each) => each.id === id);
  if (found === undefined) throw new Error(`no figure ${id}`);
  return found;
}

/** The whole counts of `base` PCTs whose share fits a published percentage, read as the source words it. */
function countsFitting(published: WccNationalFigure): number[] {
  const base = published.base ?? 0;
  const fits = (count: number): boolean => {
    const share = new Dec(count).times(100).div(base);
    switch (published.qualifier) {
      case 'rounded':
        return share.toDecimalPlaces(0, Dec.ROUND_HALF_UP).equals(published.value);
      case 'just-under':
      case 'slightly-less-than':
        return share.lessThan(published.value) && share.greaterThanOrEqualTo(published.value - 1);
      default:
        return share.equals(published.value);
    }
  };
  return Array.from({ length: base + 1 }, (_, count) => count).filter(fits);
}

describe('wccNationalResults', () => {
  it('has unique ids, cites only baseline sources, is frozen, and records a confidence per figure', () => {
    expect(new Set(wccNationalResults.map((each) => each.id)).size).toBe(wccNationalResults.length);
    for (const each of wccNationalResults) {
      for (const source of each.sources) expect(baselinePolicy.sources[source], `${each.id}: ${source}`).toBeDefined();
      expect(['confirmed', 'derived', 'unconfirmed']).toContain(each.confidence);
    }
    expect(Object.isFrozen(wccNationalResults)).toBe(true);
    expect(Object.isFrozen(wccNationalResults[0])).toBe(true);
  });

  it('holds the 2009/10 figures as HFMA (September 2010) published them: 146 of 152 PCTs, 61% governance green (47% in 2008/09), finance 40% to slightly less than 43%, just under 23% green in all three, C11 mean 1.46', () => {
    expect(figure('wcc-2009-10-pcts-covered')).toMatchObject({ value: 146, base: 152 });
    expect(figure('wcc-2009-10-board-green')).toMatchObject({ value: 61, unit: 'percent', qualifier: 'rounded' });
    expect(figure('wcc-2008-09-board-green')).toMatchObject({ value: 47, unit: 'percent' });
    expect(figure('wcc-2008-09-finance-green')).toMatchObject({ value: 40 });
    expect(figure('wcc-2009-10-finance-green')).toMatchObject({ value: 43, qualifier: 'slightly-less-than' });
    expect(figure('wcc-2009-10-green-all-three')).toMatchObject({ value: 23, qualifier: 'just-under' });
    expect(figure('wcc-2009-10-c11-mean')).toMatchObject({ value: 1.46, unit: 'level' });
    expect([figure('wcc-2008-09-red-all-three').value, figure('wcc-2009-10-red-all-three').value]).toEqual([2, 0]);
  });

  describe('held-out check', () => {
    it("DH's 2008/09 counts (HFMA, March 2009) over 152 PCTs reproduce exactly the 2008/09 percentages HFMA published in September 2010: 47% board, 40% finance", () => {
      const share = (id: string): string => new Dec(figure(id).value).times(100).div(152).toFixed(0, Dec.ROUND_HALF_UP);
      expect(share('wcc-2008-09-board-green-count')).toBe(String(figure('wcc-2008-09-board-green').value));
      expect(share('wcc-2008-09-finance-green-count')).toBe(String(figure('wcc-2008-09-finance-green').value));
      // And not over 146 (the year-two base): 71/146 would be 49%, 61/146 42%.
      expect(new Dec(71).times(100).div(146).toFixed(0, Dec.ROUND_HALF_UP)).toBe('49');
    });

    it('the 2008/09 green and amber counts reproduce the published total of 33 red ratings exactly (3 × 152 − greens − ambers)', () => {
      const sum = (ids: readonly string[]): number => ids.reduce((total, id) => total + figure(id).value, 0);
      const greens = sum(['wcc-2008-09-board-green-count', 'wcc-2008-09-finance-green-count', 'wcc-2008-09-strategy-green-count']);
      const ambers = sum(['wcc-2008-09-board-amber-count', 'wcc-2008-09-finance-amber-count', 'wcc-2008-09-strategy-amber-count']);
      expect(3 * 152 - greens - ambers).toBe(figure('wcc-2008-09-red-total').value);
      expect([152 - 71 - 78, 152 - 61 - 78, 152 - 45 - 90]).toEqual([3, 13, 17]);
    });

    it('each 2009/10 percentage fits exactly one whole count of the 146 PCTs (89, 62, 33), as the figures\' notes say; 2008/09\'s 18% fits two', () => {
      expect(countsFitting(figure('wcc-2009-10-board-green'))).toEqual([89]);
      expect(countsFitting(figure('wcc-2009-10-finance-green'))).toEqual([62]);
      expect(countsFitting(figure('wcc-2009-10-green-all-three'))).toEqual([33]);
      expect(countsFitting(figure('wcc-2008-09-green-all-three'))).toEqual([27, 28]);
      expect(countsFitting(figure('wcc-2008-09-board-green'))).toEqual([71, 72]);
    });
  });
});
