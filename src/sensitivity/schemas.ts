/**
 * The zod schemas of the sensitivity analysis's options: which headline figures to compare.
 *
 * @module
 */
import { z } from 'zod';

/**
 * The headline figures of an area's year that `analyseSensitivity` (in `/sensitivity`) can compare: the pence
 * totals of `evaluateArea` (`result.totals`).
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import { SensitivityFigureSchema } from 'practice-based-commissioning/schemas';
 * SensitivityFigureSchema.parse('furPracticeShare'); //=> 'furPracticeShare'
 * ```
 */
export const SensitivityFigureSchema = z
  .enum([
    'budget',
    'indicativeBudget',
    'realBudget',
    'outturn',
    'variance',
    'furPracticeShare',
    'furPctShare',
    'furReleased',
    'pctPriorClaim',
    'realHolderKeeps',
    'realHolderBears',
    'practiceKeeps',
    'practiceBears',
    'pctBears',
    'incentivesDue',
  ])
  .meta({ description: "A pence total of evaluateArea's result (result.totals)." });

/**
 * See {@link SensitivityFigureSchema}.
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import type { SensitivityFigure } from 'practice-based-commissioning/sensitivity';
 * const figure: SensitivityFigure = 'incentivesDue';
 * ```
 */
export type SensitivityFigure = z.infer<typeof SensitivityFigureSchema>;

/**
 * The zod schema for the switches of `analyseSensitivity` (in `/sensitivity`)'s options (the policy and the day are
 * checked as every rule's are): `figures`, the headline figures to compare (default
 * `SENSITIVITY_HEADLINE_FIGURES`); `parameters`, to try the alternatives of these parameters only.
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import { AnalyseSensitivitySwitchesSchema } from 'practice-based-commissioning/schemas';
 * AnalyseSensitivitySwitchesSchema.parse({ asOf: '2008-06-30', figures: ['variance'] }).figures; //=> ['variance']
 * ```
 */
export const AnalyseSensitivitySwitchesSchema = z
  .looseObject({
    figures: z.array(SensitivityFigureSchema).min(1, { message: 'name at least one figure, or leave figures out' }).optional(),
    parameters: z.array(z.string().min(1)).min(1, { message: 'name at least one parameter, or leave parameters out' }).optional(),
  })
  .meta({ description: 'Which figures to compare and, optionally, which parameters to try.' });
