/**
 * Progress reports of whole-area evaluation.
 *
 * @module
 */
import { z } from 'zod';

/**
 * What `onProgress` receives after each PCT of an area is evaluated: how many PCTs are done, out of
 * how many, and the code of the one just finished.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluateArea, type ScenarioProgress } from 'practice-based-commissioning/scenario';
 * import { generateArea } from 'practice-based-commissioning/testing';
 * const seen: ScenarioProgress[] = [];
 * evaluateArea(generateArea({ seed: 1, scope: { sha: 'Q30' }, financialYear: '2008/09' }), {
 *   asOf: '2009-06-30', explanations: false, onProgress: (progress) => seen.push(progress),
 * });
 * seen.at(-1)?.done === seen.at(-1)?.total; //=> true
 * ```
 */
export interface ScenarioProgress {
  /** PCTs evaluated so far, this one included. */
  readonly done: number;
  /** PCTs in the area. */
  readonly total: number;
  /** The PCT just evaluated. */
  readonly pctCode: string;
}

/** An `onProgress` option: a function. @internal */
export const ProgressCallbackSchema = z.custom<(progress: ScenarioProgress) => void>((value) => typeof value === 'function', { message: 'must be a function called with { done, total, pctCode }' });
