/**
 * The published national results of world class commissioning (WCC) assurance, 2008/09 and
 * 2009/10, as cited data: DH's year-one governance counts (HFMA, March 2009) and the NHS
 * Confederation PCT Network's analysis of year two for 146 of the 152 PCTs (HFMA, September 2010;
 * DH did not publish year two nationally). Each figure keeps the wording it was published in
 * (`qualifier`), the number of PCTs it is of (`base`), its source and a confidence.
 *
 * @module
 */
import type { Confidence } from '../../core/policy-model/schemas.js';
import { deepFreeze } from '../../core/freeze.js';

/**
 * What a national WCC figure measures:
 * - `<area>-green` / `<area>-amber`: PCTs rated green (amber) for strategy, finance or board (the
 *   board rating is the national results' "governance");
 * - `red-total`: red ratings across the three governance areas;
 * - `green-all-three` / `red-all-three`: PCTs green (red) in all three;
 * - `c11-mean`: the mean level of competency 11;
 * - `pcts-covered`: the PCTs the figures are of.
 *
 * @category Readiness
 * @example
 * ```ts
 * import type { WccNationalMeasure } from 'practice-based-commissioning/policy';
 * const measure: WccNationalMeasure = 'board-green';
 * ```
 */
export type WccNationalMeasure =
  | 'strategy-green'
  | 'finance-green'
  | 'board-green'
  | 'strategy-amber'
  | 'finance-amber'
  | 'board-amber'
  | 'red-total'
  | 'green-all-three'
  | 'red-all-three'
  | 'c11-mean'
  | 'pcts-covered';

/**
 * One published national WCC figure. `value` is the figure as published, in `unit`; `qualifier`
 * says how to read it: `exact` (a count), `rounded` (to the digits shown), `just-under` or
 * `slightly-less-than` (below the value, within one unit: the source's words).
 *
 * @category Readiness
 * @example
 * ```ts
 * import { wccNationalResults } from 'practice-based-commissioning/policy';
 * const finance = wccNationalResults.find((figure) => figure.id === 'wcc-2009-10-finance-green');
 * finance?.qualifier; //=> 'slightly-less-than'
 * ```
 */
export interface WccNationalFigure {
  readonly id: string;
  readonly year: '2008/09' | '2009/10';
  readonly measure: WccNationalMeasure;
  readonly unit: 'percent' | 'count' | 'level';
  readonly value: number;
  readonly qualifier: 'exact' | 'rounded' | 'just-under' | 'slightly-less-than';
  /** The number of PCTs the figure is of, where known. */
  readonly base: number | null;
  /** The source's own words, briefly. */
  readonly quote: string;
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  readonly note?: string;
}

const Y1 = ['hfma-2009-wcc-board-grip'];
const Y2 = ['hfma-2010-wcc-scores-improve'];
const BASE_Y1 = 152;
const BASE_Y2 = 146;
const Y1_BASE_NOTE = 'Base 152: every PCT took part in year one (HSJ, Sophia Christie); the percentages HFMA 2010 gives for 2008/09 are these counts over 152 (71/152 rounds to 47%, 61/152 to 40%).';

/**
 * The published national results of WCC assurance, 2008/09 and 2009/10, frozen. Year one: green,
 * amber and red counts for strategy, finance and board (DH's Mark Britnell, via HFMA, March 2009),
 * and the percentages HFMA gave in 2010. Year two, 146 of the 152 PCTs (NHS Confederation PCT
 * Network, via HFMA, September 2010): 61% green for governance, finance green "slightly less than
 * 43%", "just under 23%" green in all three, no PCT red in all three, competency 11 lowest with a
 * mean of 1.46. No per-PCT results: DH did not publish year two nationally.
 *
 * @category Readiness
 * @example
 * ```ts
 * import { wccNationalResults } from 'practice-based-commissioning/policy';
 * wccNationalResults.filter((figure) => figure.year === '2009/10').map((figure) => [figure.measure, figure.value]);
 * //=> [['pcts-covered', 146], ['board-green', 61], ['finance-green', 43], ['green-all-three', 23], ['red-all-three', 0], ['c11-mean', 1.46]]
 * ```
 */
export const wccNationalResults: readonly WccNationalFigure[] = deepFreeze<WccNationalFigure[]>([
  // ── 2008/09, year one: counts (HFMA, 30 March 2009) ───────────────────────────────────────
  { id: 'wcc-2008-09-board-green-count', year: '2008/09', measure: 'board-green', unit: 'count', value: 71, qualifier: 'exact', base: BASE_Y1, quote: '71 PCTs were awarded a green rating for board', sources: Y1, confidence: 'confirmed', note: Y1_BASE_NOTE },
  { id: 'wcc-2008-09-finance-green-count', year: '2008/09', measure: 'finance-green', unit: 'count', value: 61, qualifier: 'exact', base: BASE_Y1, quote: '61 for finance', sources: Y1, confidence: 'confirmed', note: Y1_BASE_NOTE },
  { id: 'wcc-2008-09-strategy-green-count', year: '2008/09', measure: 'strategy-green', unit: 'count', value: 45, qualifier: 'exact', base: BASE_Y1, quote: '45 on strategy', sources: Y1, confidence: 'confirmed', note: Y1_BASE_NOTE },
  { id: 'wcc-2008-09-board-amber-count', year: '2008/09', measure: 'board-amber', unit: 'count', value: 78, qualifier: 'exact', base: BASE_Y1, quote: 'Amber ratings were given to 78 PCTs (board and finance)', sources: Y1, confidence: 'confirmed' },
  { id: 'wcc-2008-09-finance-amber-count', year: '2008/09', measure: 'finance-amber', unit: 'count', value: 78, qualifier: 'exact', base: BASE_Y1, quote: 'Amber ratings were given to 78 PCTs (board and finance)', sources: Y1, confidence: 'confirmed' },
  { id: 'wcc-2008-09-strategy-amber-count', year: '2008/09', measure: 'strategy-amber', unit: 'count', value: 90, qualifier: 'exact', base: BASE_Y1, quote: '90 PCTs (strategy)', sources: Y1, confidence: 'confirmed' },
  { id: 'wcc-2008-09-red-total', year: '2008/09', measure: 'red-total', unit: 'count', value: 33, qualifier: 'exact', base: BASE_Y1, quote: 'a total of 33 red assessments', sources: Y1, confidence: 'confirmed', note: 'Across the three governance areas; by area not given (152 − green − amber gives 3 board, 13 finance, 17 strategy: derived).' },
  // ── 2008/09, as HFMA gave it in September 2010 ─────────────────────────────────────────────
  { id: 'wcc-2008-09-board-green', year: '2008/09', measure: 'board-green', unit: 'percent', value: 47, qualifier: 'rounded', base: BASE_Y1, quote: '61%, up from 47% in 2008/09', sources: Y2, confidence: 'confirmed', note: Y1_BASE_NOTE },
  { id: 'wcc-2008-09-finance-green', year: '2008/09', measure: 'finance-green', unit: 'percent', value: 40, qualifier: 'rounded', base: BASE_Y1, quote: 'increased from 40%', sources: Y2, confidence: 'confirmed', note: Y1_BASE_NOTE },
  { id: 'wcc-2008-09-green-all-three', year: '2008/09', measure: 'green-all-three', unit: 'percent', value: 18, qualifier: 'rounded', base: BASE_Y1, quote: '(up from 18%)', sources: Y2, confidence: 'confirmed', note: 'Base 152 is derived (as for the other year-one percentages).' },
  { id: 'wcc-2008-09-red-all-three', year: '2008/09', measure: 'red-all-three', unit: 'count', value: 2, qualifier: 'exact', base: BASE_Y1, quote: 'PCTs with three red ratings fell from two to zero', sources: Y2, confidence: 'confirmed' },
  // ── 2009/10, year two (HFMA, 6 September 2010) ─────────────────────────────────────────────
  { id: 'wcc-2009-10-pcts-covered', year: '2009/10', measure: 'pcts-covered', unit: 'count', value: 146, qualifier: 'exact', base: 152, quote: 'scores for 146 of the 152 PCTs', sources: Y2, confidence: 'confirmed', note: 'The NHS Confederation PCT Network analysis; DH did not publish year two nationally.' },
  { id: 'wcc-2009-10-board-green', year: '2009/10', measure: 'board-green', unit: 'percent', value: 61, qualifier: 'rounded', base: BASE_Y2, quote: 'boards given a green governance rating was 61%', sources: Y2, confidence: 'confirmed', note: 'The only count of 146 that rounds to 61% is 89 (derived, not published).' },
  { id: 'wcc-2009-10-finance-green', year: '2009/10', measure: 'finance-green', unit: 'percent', value: 43, qualifier: 'slightly-less-than', base: BASE_Y2, quote: 'slightly less than 43%', sources: Y2, confidence: 'confirmed', note: 'Between 42% and 43%: of 146 PCTs only 62 (42.47%) fits (derived, not published).' },
  { id: 'wcc-2009-10-green-all-three', year: '2009/10', measure: 'green-all-three', unit: 'percent', value: 23, qualifier: 'just-under', base: BASE_Y2, quote: 'Just under 23% of PCTs were rated green in all three categories', sources: Y2, confidence: 'confirmed', note: 'Between 22% and 23%: of 146 PCTs only 33 (22.60%) fits (derived, not published).' },
  { id: 'wcc-2009-10-red-all-three', year: '2009/10', measure: 'red-all-three', unit: 'count', value: 0, qualifier: 'exact', base: BASE_Y2, quote: 'three red ratings fell from two to zero', sources: Y2, confidence: 'confirmed' },
  { id: 'wcc-2009-10-c11-mean', year: '2009/10', measure: 'c11-mean', unit: 'level', value: 1.46, qualifier: 'rounded', base: BASE_Y2, quote: 'the lowest rated competency, with an average score of 1.46', sources: Y2, confidence: 'confirmed', note: 'Competency 11 (efficiency and effectiveness of spend), first rated in 2009/10; the lowest of the 11.' },
]);
