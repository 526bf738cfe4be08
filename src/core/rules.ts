/**
 * Rule metadata as data: every area keeps a catalogue of its rules (in `policy/rules/`), so a
 * reader can list them without running one, and trace a parameter back to the rules that read it.
 *
 * @module
 */
import { z } from 'zod';
import { FINDING_OUTCOMES, type FindingOutcome } from './finding.js';
import { parseInput } from './validation.js';

/**
 * One rule, as data: its id (one dotted scheme for every area, e.g. `budget.monitor`,
 * `conflicts.decisionInTime`), title, version, the sources it encodes, the parameter that says when
 * it is in force (a dated boolean a reform can change), the parameter ids it reads, and the findings
 * it can report.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { RuleCatalogueEntry } from 'practice-based-commissioning';
 * const entry: RuleCatalogueEntry = {
 *   id: 'budget.monitor',
 *   title: 'Monitor spend against budget, month by month',
 *   version: '1',
 *   sources: ['dh-2006-pbc-budget-monitoring'],
 *   inForce: 'budget.indicative.inForce',
 *   parameters: ['budget.indicative.inForce'],
 *   outcomes: ['warning', 'info'],
 * };
 * ```
 */
export interface RuleCatalogueEntry {
  /** The rule id, dotted: `<area>.<rule>`; the explanation node of the rule carries the same id. */
  readonly id: string;
  /** What the rule decides, in a few words. */
  readonly title: string;
  /** The rule's version; `policy.ruleVersions` may select another. */
  readonly version: string;
  /** The source ids the rule encodes (see `policy.sources`). */
  readonly sources: readonly string[];
  /** The id of the dated boolean parameter that says when the rule is in force; absent for rules of every date. */
  readonly inForce?: string;
  /** Every parameter id the rule reads (the in-force parameter included). */
  readonly parameters: readonly string[];
  /** The outcomes its findings can have (empty for rules that compute figures and report nothing). */
  readonly outcomes: readonly FindingOutcome[];
  /** What the rule requires, in a sentence, where it is a requirement. */
  readonly requirement?: string;
  /** A published number for the rule, where the literature gives one (e.g. `COI-R08`). */
  readonly reference?: string;
}

// What `rulesReading` needs of its arguments; every other field of an entry is kept as given.
const text = (what: string) => z.string({ error: `must be ${what} (text)` });
const RuleCatalogueEntrySchema = z.object(
  {
    id: text('the rule id'),
    title: text('the rule title'),
    version: text('the rule version'),
    sources: z.array(text('a source id'), { error: 'must be a list of source ids' }),
    inForce: text('a parameter id').optional(),
    parameters: z.array(text('a parameter id'), { error: 'must be a list of parameter ids' }),
    outcomes: z.array(z.enum(FINDING_OUTCOMES, { error: 'must be one of the finding outcomes' }), { error: 'must be a list of finding outcomes' }),
    requirement: text('a requirement').optional(),
    reference: text('a reference').optional(),
  },
  { error: 'must be a catalogue entry' },
);
const RulesReadingInputSchema = z.object({
  parameterId: text('a parameter id').min(1, { error: 'must not be empty' }),
  catalogues: z.array(z.array(RuleCatalogueEntrySchema, { error: 'must be a catalogue (a list of entries)' }), { error: 'must be a list of catalogues' }),
});

// zod gives absent optional fields as `undefined`; an entry keeps only the fields it has.
function withoutAbsentFields(entry: z.output<typeof RuleCatalogueEntrySchema>): RuleCatalogueEntry {
  const { inForce, requirement, reference, ...rest } = entry;
  return { ...rest, ...(inForce === undefined ? {} : { inForce }), ...(requirement === undefined ? {} : { requirement }), ...(reference === undefined ? {} : { reference }) };
}

/**
 * The rules, among some catalogues, that read a parameter: the way back from a parameter to its rules.
 *
 * @param parameterId - a parameter id, e.g. `'fur.practiceShare'`
 * @param catalogues - rule catalogues (e.g. `ruleCatalogue` from `practice-based-commissioning/policy`)
 * @returns the entries whose `parameters` include the id, in catalogue order
 * @throws {@link PbcError} `INVALID_INPUT` when the id is not text, or a catalogue is not a list of
 *   entries each with an `id` and a list of `parameters` (the issue names the path)
 * @category Rules
 * @example
 * ```ts
 * import { rulesReading } from 'practice-based-commissioning';
 * rulesReading('x.limit', [[{ id: 'a.rule', title: 'A', version: '1', sources: [], parameters: ['x.limit'], outcomes: [] }]]).map((rule) => rule.id); //=> ['a.rule']
 * ```
 */
export function rulesReading(parameterId: string, catalogues: readonly (readonly RuleCatalogueEntry[])[]): RuleCatalogueEntry[] {
  const checked = parseInput(RulesReadingInputSchema, { parameterId, catalogues }, 'rulesReading arguments');
  const wanted = checked.parameterId;
  return checked.catalogues.flatMap((catalogue) => catalogue.filter((entry) => entry.parameters.includes(wanted)).map(withoutAbsentFields));
}
