/**
 * A short plain-English "how sure are we?" summary of a sensitivity analysis.
 *
 * @module
 */
import { formatGbp, pence } from '../core/money.js';
import { safeText } from '../core/text.js';
import { z } from 'zod';
import { parseInput } from '../core/validation.js';
import type { SensitivityAnalysis } from './analyse-policy-sensitivity.js';

/**
 * Options for {@link renderSensitivity}.
 *
 * @category Sensitivity
 * @example
 * ```ts
 * import type { RenderSensitivityOptions } from 'practice-based-commissioning/sensitivity';
 * const options: RenderSensitivityOptions = { top: 3, money: false };
 * ```
 */
export interface RenderSensitivityOptions {
  /** How many ranked parameters to list (default 5). */
  readonly top?: number;
  /** Whether the figures are pence, printed as pounds (default true); otherwise printed as numbers. */
  readonly money?: boolean;
}

// What renderSensitivity reads of an analysis (every other field is ignored): checked, so that a
// value that is not an analysis (or one damaged on its way back from JSON) is a PbcError naming the field.
const text = z.string();
const RenderSensitivityInputSchema = z.object({
  result: z.object(
    {
      figures: z.array(text),
      baseline: z.record(z.string(), z.number()),
      runs: z.number().int().nonnegative(),
      rows: z.array(z.object({ parameter: text, from: text, figure: text, change: z.number().nullable(), error: z.object({ code: text }).nullable() })),
      ranking: z.array(
        z.object({
          rank: z.number().int(),
          parameter: text,
          from: text,
          confidence: z.enum(['confirmed', 'derived', 'unconfirmed']),
          figure: text,
          largestChange: z.number(),
          largestChangePerCent: text.nullable(),
          low: z.number(),
          high: z.number(),
          failures: z.number().int().nonnegative(),
        }),
      ),
      unexamined: z.array(z.object({ parameter: text })),
    },
    { error: 'must be a sensitivity analysis (from analyseSensitivity or analysePolicySensitivity)' },
  ),
  options: z.object({ top: z.number().int().positive().optional(), money: z.boolean().optional() }, { error: 'must be an object' }),
});

/**
 * Renders a sensitivity analysis as a short "how sure are we?" section: which figures are solid (no
 * alternative moves them), which hang on a disputed or unconfirmed fact and by how much (the ranked
 * parameters, each with the range of its most affected figure), the alternatives under which the
 * question could not be answered, and how many unconfirmed readings had no alternative to try.
 *
 * @param analysis - a {@link SensitivityAnalysis}
 * @param options - `top` (default 5), `money` (default true)
 * @returns multi-line text
 * @category Sensitivity
 * @example
 * ```ts
 * import { analysePolicySensitivity, renderSensitivity } from 'practice-based-commissioning/sensitivity';
 * import { freedUpResources } from 'practice-based-commissioning';
 * const result = analysePolicySensitivity({
 *   run: (policy) => freedUpResources({ outcome: { financialYear: '2005/06', budget: 1_000_000_000, outturn: 990_000_000 }, businessCase: { status: 'approved' } }, { policy }),
 *   figures: (answer) => ({ practiceShare: answer.practiceShare }),
 * });
 * renderSensitivity(result).split('\n')[0]; //=> 'How sure are we? 1 figure, 2 disputed or unconfirmed parameter values varied, 3 runs.'
 * ```
 */
export function renderSensitivity(analysis: SensitivityAnalysis, options: RenderSensitivityOptions = {}): string {
  // One reading of the caller's data, checked; everything below reads the checked copy.
  const checked = parseInput(RenderSensitivityInputSchema, { result: analysis, options }, 'renderSensitivity arguments');
  const result = checked.result;
  const top = checked.options.top ?? 5;
  const asMoney = checked.options.money ?? true;
  const show = (amount: number): string => (asMoney && Number.isSafeInteger(amount) ? formatGbp(pence(amount)) : String(amount));
  const signed = (amount: number): string => (amount > 0 ? `+${show(amount)}` : show(amount));
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const lines: string[] = [`How sure are we? ${plural(result.figures.length, 'figure')}, ${result.ranking.length} disputed or unconfirmed parameter value${result.ranking.length === 1 ? '' : 's'} varied, ${plural(result.runs, 'run')}.`];
  const moved = new Set(result.rows.filter((row) => row.change !== null && row.change !== 0).map((row) => row.figure));
  const solid = result.figures.filter((figure) => !moved.has(figure));
  lines.push(`  Solid (no alternative moves them): ${solid.length === 0 ? 'none' : solid.map(safeText).join(', ')}.`);
  lines.push(`  Hanging on a disputed or unconfirmed fact: ${moved.size === 0 ? 'none' : [...moved].map(safeText).join(', ')}.`);
  const ranked = result.ranking.filter((entry) => entry.largestChange > 0).slice(0, top);
  for (const entry of ranked) {
    const baseline = result.baseline[entry.figure] ?? 0;
    lines.push(
      `  ${entry.rank}. ${safeText(entry.parameter)} (from ${safeText(entry.from)}, ${entry.confidence}): ${safeText(entry.figure)} ${show(baseline)} moves ${signed(entry.low)} to ${signed(entry.high)}${entry.largestChangePerCent === null ? '' : ` (up to ${entry.largestChangePerCent}%)`}`,
    );
  }
  const failed = result.ranking.filter((entry) => entry.failures > 0);
  for (const entry of failed) {
    const row = result.rows.find((candidate) => candidate.parameter === entry.parameter && candidate.from === entry.from && candidate.error !== null);
    lines.push(`  Not answerable under an alternative of ${safeText(entry.parameter)} (from ${safeText(entry.from)}): ${safeText(row?.error?.code ?? 'error')}.`);
  }
  if (result.unexamined.length > 0) {
    lines.push(`  Untested: ${plural(result.unexamined.length, 'unconfirmed reading')} with no alternatives recorded (${result.unexamined.slice(0, 4).map((item) => safeText(item.parameter)).join(', ')}${result.unexamined.length > 4 ? ', …' : ''}).`);
  }
  return lines.join('\n');
}
