/**
 * Whole-area explanations as one table: every record's explanation tree, with each rule's metadata
 * and each parameter reading held once and cited by position, and a tree that another tree contains
 * (a practice's year end, inside its incentives and its group) cited by its key.
 *
 * Why a table: England's evaluation explains 27,233 records in about 300,000 nodes, and every node
 * used to repeat its rule's title and sources and every reading's label, note, sources and
 * alternatives in full (45 distinct readings in a SHA's 27,000 nodes). See docs/performance.md.
 *
 * @module
 */
import { PbcError } from '../core/errors.js';
import { readExplanationTree, type Explanation, type JsonValue, type RuleMeta } from '../core/explanation.js';
import type { ParameterReading } from '../core/policy-model/parameter-at.js';

/**
 * One node of an {@link ExplanationTable}: an {@link Explanation} node whose rule and parameter
 * readings are positions in the table's `rules` and `readings`. `asOf` is given only where it is not
 * the table's; `parameters`, `notes` and `children` only when not empty. A child that is a string is
 * the key of another record of the table (the tree it names is part of this one).
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ExplanationRecord } from 'practice-based-commissioning/scenario';
 * const record: ExplanationRecord = { rule: 0, inputs: { practice: 'A01001' }, parameters: [3], output: 1200, children: ['yearEnd:A01001'] };
 * record.children?.[0]; //=> 'yearEnd:A01001'
 * ```
 */
export interface ExplanationRecord {
  /** The position of the node's rule in the table's `rules`. */
  readonly rule: number;
  /** The day the node was evaluated as of, when it is not the table's `asOf`. */
  readonly asOf?: string;
  readonly inputs: { readonly [key: string]: JsonValue };
  /** The positions of the node's parameter readings in the table's `readings`, in the order read. */
  readonly parameters?: readonly number[];
  readonly output: JsonValue;
  readonly notes?: readonly string[];
  /** The node's children: a node, or the key of another record of the table. */
  readonly children?: readonly (ExplanationRecord | string)[];
}

/**
 * The explanations of a whole-area evaluation (`evaluateArea`, or one PCT of `evaluateAreaByPct`):
 * every record's tree under its `explanationKey`, with each rule's metadata and each parameter
 * reading stored once. Read a record's {@link Explanation} — the same tree, node for node, with its
 * citations in full — with {@link explanationOf}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluateArea, explanationOf } from 'practice-based-commissioning';
 * import { sampleValeArea } from 'practice-based-commissioning/testing';
 * const year = evaluateArea(sampleValeArea, { asOf: '2008-06-30' });
 * const table = year.explanations!;
 * Object.hasOwn(table.records, year.yearEnd[0]!.explanationKey); //=> true
 * explanationOf(year, year.yearEnd[0]!.explanationKey).rule; //=> 'scenario.yearEnd'
 * ```
 */
export interface ExplanationTable {
  /** The day the evaluation was made as of: every node's, unless the node says otherwise. */
  readonly asOf: string;
  /** Each rule the trees cite, once: id, version, title and sources. */
  readonly rules: readonly RuleMeta[];
  /** Each parameter reading the trees cite, once, as the rules read it. */
  readonly readings: readonly ParameterReading[];
  /** Each record's tree, keyed by the record's `explanationKey`. */
  readonly records: { readonly [key: string]: ExplanationRecord };
}

/**
 * Builds an {@link ExplanationTable} from whole trees, PCT by PCT, so that a PCT's trees can be
 * dropped once added. A node of a tree that is itself a record's tree becomes that record's key.
 * @internal
 */
export class ExplanationTableBuilder {
  private readonly rules: RuleMeta[] = [];
  private readonly ruleAt = new Map<string, number[]>();
  private readonly readings: ParameterReading[] = [];
  private readonly readingAt = new Map<string, number>();
  private readonly records: Record<string, ExplanationRecord> = {};

  constructor(private readonly asOf: string) {}

  /** Adds a PCT's records (every tree it explains, by key). */
  addAll(trees: ReadonlyMap<string, Explanation>): void {
    const keyOf = new Map<Explanation, string>();
    for (const [key, tree] of trees) keyOf.set(tree, key);
    for (const [key, tree] of trees) this.records[key] = this.record(tree, keyOf);
  }

  /** The table: the builder's own lists, handed over (add nothing afterwards). */
  table(): ExplanationTable {
    return { asOf: this.asOf, rules: this.rules, readings: this.readings, records: this.records };
  }

  private record(node: Explanation, keyOf: ReadonlyMap<Explanation, string>): ExplanationRecord {
    const parameters = node.parameters.length === 0 ? undefined : node.parameters.map((reading) => this.reading(reading));
    const children = node.children.length === 0 ? undefined : node.children.map((child) => keyOf.get(child) ?? this.record(child, keyOf));
    return {
      rule: this.rule(node),
      ...(node.asOf === this.asOf ? {} : { asOf: node.asOf }),
      inputs: node.inputs,
      ...(parameters === undefined ? {} : { parameters }),
      output: node.output,
      ...(node.notes.length === 0 ? {} : { notes: node.notes }),
      ...(children === undefined ? {} : { children }),
    };
  }

  private rule(node: Explanation): number {
    // Nearly always one entry per rule id; a rule applied in two versions (or with two titles) has two.
    const known = this.ruleAt.get(node.rule);
    if (known !== undefined) {
      for (const at of known) {
        const meta = this.rules[at]!;
        if (meta.version === node.version && meta.title === node.title && sameTexts(meta.sources, node.sources)) return at;
      }
    }
    const at = this.rules.push({ id: node.rule, version: node.version, title: node.title, sources: node.sources }) - 1;
    if (known === undefined) this.ruleAt.set(node.rule, [at]);
    else known.push(at);
    return at;
  }

  // One policy per evaluation: a parameter's value from a day (to a day) is the same reading wherever it is read.
  private reading(reading: ParameterReading): number {
    const key = `${reading.id}\u0000${reading.from}\u0000${reading.to ?? ''}`;
    let at = this.readingAt.get(key);
    if (at === undefined) {
      at = this.readings.push(reading) - 1;
      this.readingAt.set(key, at);
    }
    return at;
  }
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

function refuse(path: readonly (string | number)[], message: string): never {
  throw new PbcError('INVALID_INPUT', `${path.join('.')}: ${message}`, { issues: [{ path: [...path], message, rule: 'explanation.table' }] });
}

const own = <T,>(record: { readonly [key: string]: T }, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The most records one tree may cite through keys, nested (a record citing a record citing …). */
const MAX_CITED_DEPTH = 64;

/**
 * The explanation of one record of a whole-area evaluation: the record's tree from the result's
 * {@link ExplanationTable}, each node with its rule's id, version, title and sources and its parameter
 * readings in full, and each tree it cites by key included. The tree is a fresh copy: changing it
 * changes neither the result nor a later call. For a result made with `explanations: false`, use
 * `explainFigure` (it re-runs the record's PCT with tracing).
 *
 * @param evaluation - the result of `evaluateArea` (or one PCT of `evaluateAreaByPct`), as returned or read back from JSON
 * @param key - the record's `explanationKey`, as in every row of the result's tables
 * @returns the record's {@link Explanation}
 * @throws PbcError `INVALID_INPUT` at `[]` for a value that is not an evaluation; at `['explanations']`
 *   when the result holds no explanations; at
 *   `['key']` for a key no record has; at the bad field's path for a table that is not one (a rule
 *   or reading position out of range, a cited key with no record, records that cite each other in a
 *   circle, a node that is not an explanation's)
 * @category Scenarios
 * @example
 * ```ts
 * import { evaluateArea, explanationOf, renderExplanation } from 'practice-based-commissioning';
 * import { sampleValeArea } from 'practice-based-commissioning/testing';
 * const year = evaluateArea(sampleValeArea, { asOf: '2008-06-30' });
 * const row = year.incentives[0]!;
 * const tree = explanationOf(year, row.explanationKey);
 * tree.children.some((child) => child.rule === 'scenario.yearEnd'); //=> true
 * renderExplanation(tree).length > 0; //=> true
 * explanationOf(JSON.parse(JSON.stringify(year)), row.explanationKey).output; // the same output
 * ```
 */
export function explanationOf(evaluation: { readonly explanations: ExplanationTable | null }, key: string): Explanation {
  if (typeof evaluation !== 'object' || evaluation === null || Array.isArray(evaluation)) refuse([], 'not an evaluation: give the result of evaluateArea (or one PCT of evaluateAreaByPct)');
  const table: unknown = evaluation.explanations;
  if (table === null || table === undefined) refuse(['explanations'], 'the result holds no explanations (evaluated with explanations: false): use explainFigure to explain a record');
  if (typeof table !== 'object' || Array.isArray(table)) refuse(['explanations'], 'not an explanation table');
  const { asOf, rules, readings, records } = table as Record<string, unknown>;
  if (typeof asOf !== 'string') refuse(['explanations', 'asOf'], 'must be a date');
  if (!Array.isArray(rules)) refuse(['explanations', 'rules'], 'must be a list');
  if (!Array.isArray(readings)) refuse(['explanations', 'readings'], 'must be a list');
  if (typeof records !== 'object' || records === null || Array.isArray(records)) refuse(['explanations', 'records'], 'must be an object');
  const byKey = records as { readonly [key: string]: unknown };
  if (typeof key !== 'string' || own(byKey, key) === undefined) refuse(['key'], `no record of the result has the key ${JSON.stringify(String(key))}`);
  const expanded = new Map<string, unknown>();
  const citing: string[] = [];
  const cite = (name: string, path: readonly (string | number)[]): unknown => {
    const known = expanded.get(name);
    if (known !== undefined) return known;
    if (citing.includes(name)) refuse(path, `the record ${JSON.stringify(name)} cites itself`);
    if (citing.length >= MAX_CITED_DEPTH) refuse(path, `records cite records more than ${MAX_CITED_DEPTH} deep`);
    const record = own(byKey, name);
    if (record === undefined) refuse(path, `cites ${JSON.stringify(name)}, which no record of the result has`);
    citing.push(name);
    const tree = node(record, ['explanations', 'records', name], 0);
    citing.pop();
    expanded.set(name, tree);
    return tree;
  };
  const position = (value: unknown, list: readonly unknown[], path: readonly (string | number)[]): unknown => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= list.length) refuse(path, `must be a position in a list of ${list.length}`);
    return list[value];
  };
  const node = (value: unknown, path: readonly (string | number)[], depth: number): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(path, 'a node must be an object');
    if (depth > 1_000) refuse(path, 'the tree is deeper than 1000 levels');
    const fields = value as Record<string, unknown>;
    const meta = position(fields['rule'], rules, [...path, 'rule']);
    if (typeof meta !== 'object' || meta === null) refuse(['explanations', 'rules', fields['rule'] as number], 'a rule must be an object');
    const { id, version, title, sources } = meta as Record<string, unknown>;
    const list = (name: string): readonly unknown[] => {
      const items = fields[name];
      if (items === undefined) return [];
      if (!Array.isArray(items)) refuse([...path, name], 'must be a list');
      return items;
    };
    return {
      rule: id,
      version,
      title,
      sources,
      asOf: fields['asOf'] ?? asOf,
      inputs: fields['inputs'],
      parameters: list('parameters').map((at, index) => position(at, readings, [...path, 'parameters', index])),
      output: fields['output'],
      notes: list('notes'),
      children: list('children').map((child, index) => (typeof child === 'string' ? cite(child, [...path, 'children', index]) : node(child, [...path, 'children', index], depth + 1))),
    };
  };
  // The reader checks every field of every node and copies the tree: the result is the caller's own.
  return readExplanationTree(cite(key, ['key']), ['explanations', 'records', key]);
}
