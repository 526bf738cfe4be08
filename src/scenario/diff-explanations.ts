/**
 * The explanation diff: walk two explanation trees of the same figure — one under each policy — and
 * report the parameter readings whose values differ and the rule versions that differ.
 *
 * @module
 */
import { PbcError, printable } from '../core/errors.js';
import { readExplanationTree, type Explanation, type JsonValue } from '../core/explanation.js';
import { parameterAt } from '../core/policy-model/parameter-at.js';
import { requirePolicyShape, type Policy } from '../core/policy-model/schemas.js';

/**
 * One cause of a change: a parameter whose value read differs between the two trees, or a rule
 * applied in a different version. A flat record.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { ScenarioCause } from 'practice-based-commissioning';
 * const cause: ScenarioCause = {
 *   kind: 'parameter', id: 'fur.practiceShare', label: 'Practice share of freed-up resources', date: '2008-04-01',
 *   before: '0.7', after: '1', beforeFrom: '2006-04-01', afterFrom: '2008-04-01', readIn: 'both',
 * };
 * cause.kind; //=> 'parameter'
 * ```
 */
export interface ScenarioCause {
  /** `parameter`: a dated parameter read with different values; `ruleVersion`: a rule applied in another version. */
  readonly kind: 'parameter' | 'ruleVersion';
  /** The parameter id or the rule id. */
  readonly id: string;
  /** The parameter's label or the rule's title. */
  readonly label: string;
  /** The date the rule that read the parameter (or the rule itself) was applied as of. */
  readonly date: string;
  /** The value (or version) before: in the first tree, or — read only in the second — in the first policy on that date; `null` when that policy has none. */
  readonly before: JsonValue;
  /** The value (or version) after. */
  readonly after: JsonValue;
  /** The first day of the value read before, when known. */
  readonly beforeFrom: string | null;
  /** The first day of the value read after, when known. */
  readonly afterFrom: string | null;
  /** Which tree read it: `both`, only `before` or only `after`. */
  readonly readIn: 'both' | 'before' | 'after';
}

/**
 * Options of {@link diffExplanations}.
 *
 * @category Scenarios
 * @example
 * ```ts
 * import type { DiffExplanationsOptions } from 'practice-based-commissioning';
 * const options: DiffExplanationsOptions = { parameters: ['fur.practiceShare'] };
 * [...(options.parameters ?? [])]; //=> ['fur.practiceShare']
 * ```
 */
export interface DiffExplanationsOptions {
  /** The policy the first tree was built under: gives the value of a parameter read only in the second tree (without it, such readings are not reported). */
  readonly before?: Policy;
  /** The policy the second tree was built under. */
  readonly after?: Policy;
  /** Only these parameter ids can be causes (for example, those a reform changes). Default: any. */
  readonly parameters?: Iterable<string>;
  /** Rule ids whose version counts as a cause even when applied in only one tree. */
  readonly rules?: Iterable<string>;
}

interface Reading {
  readonly id: string;
  readonly label: string;
  readonly date: string;
  readonly value: JsonValue;
  readonly from: string;
}

interface Applied {
  readonly version: string;
  readonly title: string;
  readonly date: string;
}

function collect(tree: Explanation | undefined): { readings: Map<string, Reading>; rules: Map<string, Applied> } {
  const readings = new Map<string, Reading>();
  const rules = new Map<string, Applied>();
  const stack: Explanation[] = tree === undefined ? [] : [tree];
  // A node shared by several parents adds nothing the second time (the first reading of each key
  // wins), so each is walked once: linear in the distinct nodes.
  const visited = new Set<Explanation>();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (visited.has(node)) continue;
    visited.add(node);
    if (!rules.has(node.rule)) rules.set(node.rule, { version: node.version, title: node.title, date: node.asOf });
    for (const reading of node.parameters) {
      const key = `${reading.id}@${node.asOf}`;
      if (!readings.has(key)) readings.set(key, { id: reading.id, label: reading.label, date: node.asOf, value: reading.value, from: reading.from });
    }
    // Children in reverse, so the walk is depth first in the order the rule built them.
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]!);
  }
  return { readings, rules };
}

/** The ids of an optional `parameters` or `rules` option: an iterable of text (not a lone string). */
function idSet(value: unknown, name: 'parameters' | 'rules'): Set<string> | undefined {
  if (value === undefined) return undefined;
  const iterable = typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  if (!iterable) {
    throw new PbcError('INVALID_INPUT', `diffExplanations: options.${name} must be a list of ids, got ${printable(value)}`, {
      issues: [{ path: ['options', name], message: 'must be a list (or other iterable) of ids', rule: 'diffExplanations.options' }],
    });
  }
  const ids = new Set<string>();
  let index = 0;
  for (const id of value as Iterable<unknown>) {
    if (typeof id !== 'string') {
      throw new PbcError('INVALID_INPUT', `diffExplanations: options.${name}[${index}] must be an id, got ${printable(id)}`, {
        issues: [{ path: ['options', name, index], message: 'must be text', rule: 'diffExplanations.options' }],
      });
    }
    ids.add(id);
    index += 1;
  }
  return ids;
}

/** The options, each read once and checked. */
function optionsOf(options: unknown): { before: Policy | undefined; after: Policy | undefined; parameters: Set<string> | undefined; rules: Set<string> | undefined } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new PbcError('INVALID_INPUT', `diffExplanations: options must be an object, got ${printable(options)}`, {
      issues: [{ path: ['options'], message: 'must be an object', rule: 'diffExplanations.options' }],
    });
  }
  const { before, after, parameters, rules } = options as Record<string, unknown>;
  if (before !== undefined) requirePolicyShape(before);
  if (after !== undefined) requirePolicyShape(after);
  return { before: before as Policy | undefined, after: after as Policy | undefined, parameters: idSet(parameters, 'parameters'), rules: idSet(rules, 'rules') };
}

function same(a: JsonValue, b: JsonValue): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function valueIn(policy: Policy, id: string, date: string): { value: JsonValue; from: string } | undefined {
  try {
    const reading = parameterAt(policy, id, date);
    return { value: reading.value, from: reading.from };
  } catch {
    // The parameter is unknown to that policy or has no value on the date: its value is unknown.
    return undefined;
  }
}

/**
 * Compares two explanation trees of the same figure — typically one under a baseline policy and one
 * under a reform — and reports why they differ: every parameter read (matched by id and the date of
 * the rule that read it) whose value differs, and every rule applied in a different version. A
 * parameter read in only one tree (a branch the other did not take) is a cause only when the other
 * policy holds a different value on that date. Give the policies to fill in those values, and
 * `parameters` / `rules` to keep only what the reform changed. No peer library offers this diff.
 *
 * @param before - the explanation under the first policy (or `undefined` when there is none)
 * @param after - the explanation under the second policy (or `undefined`)
 * @param options - see {@link DiffExplanationsOptions}
 * @returns the causes, parameters first, in the order the trees read them
 * @throws PbcError `INVALID_INPUT` when a tree is not an explanation (naming the field, its path
 *   starting `before` or `after`; a node shared by several parents is fine, a cycle is not) or an
 *   option is malformed; `INVALID_POLICY` when `options.before` or `options.after` is not a policy
 * @category Scenarios
 * @example
 * ```ts
 * import { diffExplanations, freedUpResources } from 'practice-based-commissioning';
 * import { applyReform } from 'practice-based-commissioning/policy';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const reform = applyReform(baselinePolicy, {
 *   id: 'keep-it-all', label: 'Practices keep all their savings',
 *   parameters: { 'fur.practiceShare': [{ from: '2008-04-01', value: '1', sources: ['kf-2004-100pc'], confidence: 'derived' }] },
 * });
 * const input = { outcome: { financialYear: '2008/09', budget: 1_000_000, outturn: 900_000 } };
 * const causes = diffExplanations(freedUpResources(input).explanation, freedUpResources(input, { policy: reform }).explanation);
 * causes.map((cause) => [cause.id, cause.before, cause.after]); //=> [['fur.practiceShare', '0.7', '1']]
 * ```
 */
export function diffExplanations(before: Explanation | undefined, after: Explanation | undefined, options: DiffExplanationsOptions = {}): ScenarioCause[] {
  // Both trees are read into checked copies (each field once; shared nodes fine, real cycles
  // refused), so a tree read back from JSON, or a hostile one, gives a PbcError naming the field.
  const first = before === undefined ? undefined : readExplanationTree(before, ['before']);
  const second = after === undefined ? undefined : readExplanationTree(after, ['after']);
  const checked = optionsOf(options);
  const { parameters, rules } = checked;
  const a = collect(first);
  const b = collect(second);
  const causes: ScenarioCause[] = [];
  const keys = new Set([...a.readings.keys(), ...b.readings.keys()]);
  for (const key of keys) {
    const left = a.readings.get(key);
    const right = b.readings.get(key);
    // Every key comes from one of the two maps.
    const reading = (left ?? right)!;
    if (parameters !== undefined && !parameters.has(reading.id)) continue;
    if (left !== undefined && right !== undefined) {
      if (!same(left.value, right.value)) {
        causes.push({ kind: 'parameter', id: reading.id, label: reading.label, date: reading.date, before: left.value, after: right.value, beforeFrom: left.from, afterFrom: right.from, readIn: 'both' });
      }
      continue;
    }
    const otherPolicy = left === undefined ? checked.before : checked.after;
    // Without the other policy, a reading on one side only is a branch not taken, not a known change.
    if (otherPolicy === undefined) continue;
    const other = valueIn(otherPolicy, reading.id, reading.date);
    if (other !== undefined && same(other.value, reading.value)) continue;
    causes.push(
      left !== undefined
        ? { kind: 'parameter', id: reading.id, label: reading.label, date: reading.date, before: left.value, after: other?.value ?? null, beforeFrom: left.from, afterFrom: other?.from ?? null, readIn: 'before' }
        : { kind: 'parameter', id: reading.id, label: reading.label, date: reading.date, before: other?.value ?? null, after: reading.value, beforeFrom: other?.from ?? null, afterFrom: reading.from, readIn: 'after' },
    );
  }
  const ruleIds = new Set([...a.rules.keys(), ...b.rules.keys()]);
  for (const rule of ruleIds) {
    const left = a.rules.get(rule);
    const right = b.rules.get(rule);
    // Every rule id comes from one of the two maps.
    const applied = (left ?? right)!;
    if (left !== undefined && right !== undefined) {
      if (left.version !== right.version) causes.push({ kind: 'ruleVersion', id: rule, label: applied.title, date: applied.date, before: left.version, after: right.version, beforeFrom: null, afterFrom: null, readIn: 'both' });
      continue;
    }
    if (rules === undefined || !rules.has(rule)) continue;
    const policy = left === undefined ? checked.before : checked.after;
    const other = (policy !== undefined && Object.hasOwn(policy.ruleVersions, rule) ? policy.ruleVersions[rule] : undefined) ?? null;
    causes.push({
      kind: 'ruleVersion',
      id: rule,
      label: applied.title,
      date: applied.date,
      before: left === undefined ? other : left.version,
      after: left === undefined ? applied.version : other,
      beforeFrom: null,
      afterFrom: null,
      readIn: left === undefined ? 'after' : 'before',
    });
  }
  return causes;
}
