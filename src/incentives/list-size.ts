/**
 * Practice list sizes on dated snapshots, and the rule that a payment reads the snapshot of the
 * exact date it needs.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { fieldError } from '../core/errors.js';
import type { RuledIssue } from './support.js';

/**
 * The zod schema for a practice's list on one date: registered patients, and optionally the
 * weighted list (adjusted for need; may be fractional).
 *
 * @category Incentives
 * @example
 * ```ts
 * import { IncentiveListSizeSchema } from 'practice-based-commissioning/schemas';
 * IncentiveListSizeSchema.parse({ date: '2007-04-01', registered: 6000 });
 * IncentiveListSizeSchema.safeParse({ date: '2007-04-01', registered: -1 }).success; //=> false
 * ```
 */
export const IncentiveListSizeSchema = z
  .object({
    date: IsoDateSchema.meta({ description: 'The date the list was counted on.' }),
    registered: z
      .number()
      .int({ message: 'must be a whole number of patients' })
      .min(0, { message: 'must be zero or more' })
      .max(Number.MAX_SAFE_INTEGER)
      .meta({ description: 'Registered patients on the list that day.' }),
    weighted: z
      .number()
      .min(0, { message: 'must be zero or more' })
      .optional()
      .meta({ description: 'The weighted list that day (registered patients adjusted for need); needed by per-weighted-patient schemes.' }),
  })
  .strict()
  .meta({ description: "A practice's list size on one date." });

/**
 * A practice's list on one date; see {@link IncentiveListSizeSchema}.
 *
 * @category Incentives
 * @example
 * ```ts
 * import type { IncentiveListSize } from 'practice-based-commissioning/incentives';
 * const atYearEnd = { date: '2007-04-01', registered: 6000 } as IncentiveListSize;
 * ```
 */
export type IncentiveListSize = z.infer<typeof IncentiveListSizeSchema>;

/** Issues for two snapshots on the same date. @internal */
export function duplicateListSizeIssues(listSizes: readonly IncentiveListSize[], path: readonly (string | number)[]): RuledIssue[] {
  const seen = new Set<string>();
  const issues: RuledIssue[] = [];
  listSizes.forEach((snapshot, index) => {
    if (seen.has(snapshot.date)) {
      issues.push({ path: [...path, index, 'date'], message: `a second list size for ${snapshot.date}`, rule: 'incentives.listSizes.oneADay' });
    }
    seen.add(snapshot.date);
  });
  return issues;
}

/**
 * The snapshot for exactly `date`; a rule never guesses a list size from another date.
 *
 * @throws PbcError `MISSING_INPUT` naming `path` and `rule`
 * @internal
 */
export function listSizeOn(listSizes: readonly IncentiveListSize[], date: string, path: readonly (string | number)[], rule: string): IncentiveListSize {
  const snapshot = listSizes.find((entry) => entry.date === date);
  if (snapshot === undefined) {
    const given = listSizes.map((entry) => entry.date).join(', ');
    throw fieldError('MISSING_INPUT', path, `the rule needs the list size on ${date}; list sizes were given for ${given}`, rule);
  }
  return snapshot;
}
