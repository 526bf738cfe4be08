/**
 * The one explanation mechanism: a JSON-serialisable tree of rule applications, each with its
 * inputs, the dated parameters it read (value, dates, sources, confidence), its output, notes and
 * children; a builder that rules use; and a plain-English renderer.
 *
 * @module
 */
import { formatGbp, pence } from './money.js';
import { PbcError, fieldError, isPbcError, printable } from './errors.js';
import { ParameterValueSchema, parameterAt, requirePolicyShape, valueSuitsUnit, type ParameterReading, type Policy } from './parameters.js';
import { toDecimal } from './decimal.js';

/**
 * Any JSON value.
 *
 * @category Explanations
 * @example
 * ```ts
 * import type { JsonValue } from 'practice-based-commissioning';
 * const value: JsonValue = { listSize: 6000, targetsMet: true };
 * ```
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * What a rule is: a stable id, a version, a title and the sources it encodes. Areas declare one per
 * rule and pass it to {@link explain}.
 *
 * @category Explanations
 * @example
 * ```ts
 * import type { RuleMeta } from 'practice-based-commissioning';
 * const rule: RuleMeta = {
 *   id: 'des.c2.payable', version: '1', title: 'C2 payable after freed-up resources (SFE 7A.12)',
 *   sources: ['bma-tpbc-des-c2'],
 * };
 * ```
 */
export interface RuleMeta {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  /** Source ids (see `policy.sources`). */
  readonly sources: readonly string[];
}

/**
 * One node of an explanation: which rule (and version) produced `output` from `inputs`, which dated
 * parameters it read, what it noted, and the explanations of the figures it built on.
 *
 * @category Explanations
 * @example
 * ```ts
 * import type { Explanation } from 'practice-based-commissioning';
 * declare const explanation: Explanation;
 * explanation.parameters.map((p) => `${p.id} = ${String(p.value)} (from ${p.from})`);
 * ```
 */
export interface Explanation {
  readonly rule: string;
  readonly version: string;
  readonly title: string;
  /** Source ids the rule encodes. */
  readonly sources: readonly string[];
  /** The date the rule was applied as of. */
  readonly asOf: string;
  readonly inputs: { readonly [key: string]: JsonValue };
  /** Every dated parameter the rule read, in the order read. */
  readonly parameters: readonly ParameterReading[];
  readonly output: JsonValue;
  /** Reasons, warnings and caveats, in plain English. */
  readonly notes: readonly string[];
  readonly children: readonly Explanation[];
}

/**
 * The builder a rule uses while it works: it records inputs, reads parameters (recording each), and
 * collects notes and children; {@link ExplanationBuilder.done} seals the node.
 *
 * @category Explanations
 * @example
 * ```ts
 * import { explain } from 'practice-based-commissioning';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const step = explain({ id: 'demo.rate', version: '1', title: 'Read a rate', sources: [] }, baselinePolicy, '2006-06-01');
 * const rate = step.integer('des.c2.ratePerPatient'); //=> 95
 * step.peek('entitlements.dataStreams'); //=> undefined (none before March 2009: noted)
 * step.peekSchedule('entitlements.businessCaseDecisionDays', (reading) => reading.value !== null)[0]?.from; //=> '2009-03-01'
 * step.done(rate).parameters[0]?.id; //=> 'des.c2.ratePerPatient'
 * ```
 */
export interface ExplanationBuilder {
  /** The policy being applied. */
  readonly policy: Policy;
  /** The date the rule is applied as of. */
  readonly asOf: string;
  /** Records an input. Returns the value, for chaining. */
  input<T extends JsonValue>(name: string, value: T): T;
  /** Reads a parameter on `date` (default `asOf`), records it, and returns the reading. */
  read(id: string, date?: string): ParameterReading;
  /** Reads a whole-number parameter (pence, patients, days…); `null` is an error. */
  integer(id: string, date?: string): number;
  /** Reads a whole-number parameter that may be `null` (no national value). */
  optionalInteger(id: string, date?: string): number | null;
  /** Reads a ratio parameter as its exact decimal string (e.g. `'0.7'`). */
  ratio(id: string, date?: string): string;
  /** Reads a boolean parameter. */
  boolean(id: string, date?: string): boolean;
  /** Reads a text, date or month-day parameter. */
  text(id: string, date?: string): string;
  /** Reads a list parameter. */
  list(id: string, date?: string): readonly string[];
  /**
   * Looks at a parameter on `date` (default `asOf`) that need not have a value then: records the
   * reading like {@link ExplanationBuilder.read} and returns it, or, when no value is in force on
   * that date, notes so and returns `undefined`. An unknown parameter is still an error
   * (`PARAMETER_NOT_FOUND`).
   */
  peek(id: string, date?: string): ParameterReading | undefined;
  /**
   * Looks along a parameter's whole schedule, before and after `asOf`, for a message that says when a
   * value applies ("a national limit applies from 2009-03-01"): returns the value in force on the
   * first day of each of its dated values that `where` accepts (all by default), in date order, and
   * records each one returned, so no reading escapes the explanation.
   */
  peekSchedule(id: string, where?: (reading: ParameterReading) => boolean): readonly ParameterReading[];
  /** Adds a note (a reason, warning or caveat). */
  note(text: string): void;
  /** Adds the explanation of a figure this rule builds on. */
  child(explanation: Explanation): void;
  /** Seals the node with its output. */
  done(output: JsonValue): Explanation;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTextList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function requireRuleMeta(rule: unknown): asserts rule is RuleMeta {
  if (!isRecord(rule) || typeof rule['id'] !== 'string' || typeof rule['version'] !== 'string' || typeof rule['title'] !== 'string' || !isTextList(rule['sources'])) {
    throw new PbcError('INVALID_INPUT', `a rule must be { id, version, title, sources }, got ${printable(rule)}`, {
      issues: [{ path: ['rule'], message: 'must be { id, version, title, sources: string[] }' }],
    });
  }
}

function mismatch(reading: ParameterReading, expected: string): PbcError {
  return new PbcError('PARAMETER_TYPE_MISMATCH', `"${reading.id}" holds ${JSON.stringify(reading.value)} (from ${reading.from}); the rule needs ${expected}`, {
    issues: [{ path: ['parameters', reading.id], message: `expected ${expected}` }],
  });
}

/** Any valid date: the look only checks that the parameter exists and is well formed. */
const FIRST_DAY = '1900-01-01';

/**
 * Starts an explanation node for one application of a rule. Rules read every policy figure through
 * the builder, so each reading is recorded with its dates, sources and confidence.
 *
 * @param rule - the rule's id, version, title and sources
 * @param policy - the policy in force
 * @param asOf - the date the rule is applied as of (ISO)
 * @returns a builder; call `done(output)` to get the {@link Explanation}
 * @throws PbcError `INVALID_INPUT` for a malformed rule; `INVALID_POLICY` for something that is not a
 *   policy; `INVALID_DATE` when `asOf` is not text
 * @category Explanations
 * @example
 * ```ts
 * import { explain, renderExplanation } from 'practice-based-commissioning';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const step = explain({ id: 'demo.share', version: '1', title: 'Practice share of an underspend', sources: ['hansard-2006-11-06'] }, baselinePolicy, '2007-03-31');
 * step.input('underspend', 100_000);
 * const share = step.ratio('fur.practiceShare'); //=> '0.7'
 * renderExplanation(step.done(70_000)).includes('fur.practiceShare'); //=> true
 * ```
 */
export function explain(rule: RuleMeta, policy: Policy, asOf: string): ExplanationBuilder {
  requireRuleMeta(rule);
  requirePolicyShape(policy);
  // asOf is text: an ISO date, or '' for a result that concerns no date (an empty schedule).
  if (typeof asOf !== 'string') throw fieldError('INVALID_DATE', ['asOf'], `${printable(asOf)} is not a date in YYYY-MM-DD form`);
  const inputs: Record<string, JsonValue> = {};
  const parameters: ParameterReading[] = [];
  const notes: string[] = [];
  const children: Explanation[] = [];
  // Own keys only: a rule id such as "toString" must not find Object.prototype's.
  const version = (Object.hasOwn(policy.ruleVersions, rule.id) ? policy.ruleVersions[rule.id] : undefined) ?? rule.version;
  const read = (id: string, date?: string): ParameterReading => {
    const reading = parameterAt(policy, id, date ?? asOf);
    parameters.push(reading);
    return reading;
  };
  const peek = (id: string, date?: string): ParameterReading | undefined => {
    try {
      return read(id, date);
    } catch (error) {
      if (!isPbcError(error, 'PARAMETER_NOT_IN_FORCE')) throw error;
      notes.push(`${id} has no value on ${date ?? asOf}.`);
      return undefined;
    }
  };
  const peekSchedule = (id: string, where: (reading: ParameterReading) => boolean = () => true): readonly ParameterReading[] => {
    // parameterAt checks the id and the parameter's shape before the date, so an unknown or
    // malformed parameter raises here; a well-formed one just has no value on this day.
    try {
      parameterAt(policy, id, FIRST_DAY);
    } catch (error) {
      if (!isPbcError(error, 'PARAMETER_NOT_IN_FORCE')) throw error;
    }
    // Checked just above: the parameter exists and is well formed.
    const found = policy.parameters[id]!.values.map((value) => parameterAt(policy, id, value.from)).filter((reading) => where(reading));
    parameters.push(...found);
    return found;
  };
  const integer = (id: string, date?: string): number => {
    const reading = read(id, date);
    if (typeof reading.value !== 'number' || !Number.isSafeInteger(reading.value)) throw mismatch(reading, 'a whole number');
    return reading.value;
  };
  return {
    policy,
    asOf,
    input(name, value) {
      // Defined, never assigned: an input named "__proto__" is an ordinary field.
      Object.defineProperty(inputs, name, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
    read,
    integer,
    optionalInteger(id, date) {
      const reading = read(id, date);
      if (reading.value === null) return null;
      if (typeof reading.value !== 'number' || !Number.isSafeInteger(reading.value)) throw mismatch(reading, 'a whole number or null');
      return reading.value;
    },
    ratio(id, date) {
      const reading = read(id, date);
      if (typeof reading.value !== 'string' || !valueSuitsUnit(reading.value, 'ratio')) throw mismatch(reading, 'a decimal ratio');
      return reading.value;
    },
    boolean(id, date) {
      const reading = read(id, date);
      if (typeof reading.value !== 'boolean') throw mismatch(reading, 'true or false');
      return reading.value;
    },
    text(id, date) {
      const reading = read(id, date);
      if (typeof reading.value !== 'string') throw mismatch(reading, 'text');
      return reading.value;
    },
    list(id, date) {
      const reading = read(id, date);
      if (!Array.isArray(reading.value)) throw mismatch(reading, 'a list');
      return reading.value;
    },
    peek,
    peekSchedule,
    note(text) {
      notes.push(text);
    },
    child(explanation) {
      children.push(explanation);
    },
    done(output) {
      // Copies throughout: an explanation owns its data, so changing it changes no rule and no later result.
      return { rule: rule.id, version, title: rule.title, sources: [...rule.sources], asOf, inputs: { ...inputs }, parameters: [...parameters], output, notes: [...notes], children: [...children] };
    },
  };
}

function describeValue(reading: ParameterReading): string {
  const { value, unit } = reading;
  if (value === null) return 'no national value (a local decision)';
  if (typeof value === 'number' && (unit === 'pence' || unit === 'pence-per-patient')) {
    return unit === 'pence' ? formatGbp(pence(value)) : `${value}p per patient`;
  }
  if (unit === 'ratio' && typeof value === 'string') return `${value} (${toDecimal(value).times(100).toString()}%)`;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number' && unit !== 'count') return `${value} ${unit}`;
  return String(value);
}

function describeJson(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Options for {@link renderExplanation}.
 *
 * @category Explanations
 * @example
 * ```ts
 * import type { RenderOptions } from 'practice-based-commissioning';
 * const options: RenderOptions = { indent: '    ' };
 * ```
 */
export interface RenderOptions {
  /** When given, sources are printed with their titles and URLs from this policy's bibliography. */
  readonly policy?: Policy;
  /** The indent per level (default two spaces). */
  readonly indent?: string;
}

/**
 * Renders an explanation as indented plain English: each rule with its version and date, its
 * inputs, every parameter it read (value, the date the value took effect, confidence and sources),
 * its result, its notes, then the explanations it built on, indented beneath.
 *
 * @param explanation - any explanation tree
 * @param options - `policy` to print source titles; `indent`
 * @returns multi-line text
 * @throws PbcError `INVALID_INPUT` for a tree that is not an explanation (a node without its fields,
 *   inputs or output that are not JSON, a cycle, more than 1,000 levels) or for malformed options
 * @category Explanations
 * @example
 * ```ts
 * import { explain, renderExplanation } from 'practice-based-commissioning';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const step = explain({ id: 'demo', version: '1', title: 'Demo', sources: [] }, baselinePolicy, '2006-06-01');
 * step.integer('des.c1.ratePerPatient');
 * renderExplanation(step.done(95));
 * //=> Demo [demo v1, as of 2006-06-01]
 * //   read des.c1.ratePerPatient = 95p per patient (in force from 2006-04-01; confirmed; …)
 * //   result: 95
 * ```
 */
export function renderExplanation(explanation: Explanation, options: RenderOptions = {}): string {
  const { indent, policy } = renderOptionsOf(options);
  requireExplanationTree(explanation);
  const lines: string[] = [];
  const cite = (ids: readonly string[]): string =>
    ids
      .map((id) => {
        const source = policy !== undefined && Object.hasOwn(policy.sources, id) ? policy.sources[id] : undefined;
        return source === undefined ? id : `${source.publisher}, "${source.title}" (${source.date})${source.url === undefined ? '' : ` ${source.url}`}`;
      })
      .join('; ');
  // Depth first with an explicit stack (children in order), so a deep tree cannot overflow the call stack.
  const stack: { node: Explanation; depth: number }[] = [{ node: explanation, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, depth } = next;
    const pad = indent.repeat(depth);
    lines.push(`${pad}${node.title} [${node.rule} v${node.version}, as of ${node.asOf}]`);
    const inner = pad + indent;
    const inputs = Object.entries(node.inputs);
    if (inputs.length > 0) lines.push(`${inner}inputs: ${inputs.map(([key, value]) => `${key} = ${describeJson(value)}`).join('; ')}`);
    for (const reading of node.parameters) {
      const span = reading.to === undefined ? `in force from ${reading.from}` : `in force ${reading.from} to ${reading.to}`;
      lines.push(`${inner}read ${reading.id} = ${describeValue(reading)} (${span}; ${reading.confidence}; ${cite(reading.sources)})`);
    }
    lines.push(`${inner}result: ${describeJson(node.output)}`);
    for (const note of node.notes) lines.push(`${inner}note: ${note}`);
    if (node.sources.length > 0) lines.push(`${inner}sources: ${cite(node.sources)}`);
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      // index is within the children list.
      stack.push({ node: node.children[index]!, depth: depth + 1 });
    }
  }
  return lines.join('\n');
}

/** How deep an explanation may nest before the renderer refuses it: far beyond any rule's tree. */
const MAX_EXPLANATION_DEPTH = 1_000;

function renderOptionsOf(options: unknown): { indent: string; policy: Policy | undefined } {
  if (!isRecord(options)) {
    throw new PbcError('INVALID_INPUT', `render options must be an object, got ${printable(options)}`, { issues: [{ path: ['options'], message: 'must be an object' }] });
  }
  const { indent, policy } = options;
  if (indent !== undefined && (typeof indent !== 'string' || indent.length > 100)) {
    throw new PbcError('INVALID_INPUT', `options.indent must be text of at most 100 characters, got ${printable(indent)}`, {
      issues: [{ path: ['options', 'indent'], message: 'must be text of at most 100 characters' }],
    });
  }
  if (policy !== undefined) requirePolicyShape(policy);
  return { indent: indent ?? '  ', policy };
}

/** How deep a JSON value inside an explanation may nest: far beyond any rule's inputs or output. */
const MAX_JSON_DEPTH = 100;

/**
 * Whether a value is plain JSON that can be printed: finite numbers, no cycles, no BigInt, symbol or
 * function, nested at most {@link MAX_JSON_DEPTH} deep. Iterative.
 */
function isJsonValue(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: { item: unknown; depth: number }[] = [{ item: value, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { item, depth } = next;
    if (item === null || typeof item === 'string' || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return false;
      continue;
    }
    if (typeof item !== 'object' || seen.has(item) || depth > MAX_JSON_DEPTH) return false;
    seen.add(item);
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push({ item: child, depth: depth + 1 });
  }
  return true;
}

function readingIsWellFormed(reading: unknown): boolean {
  return (
    isRecord(reading) &&
    typeof reading['id'] === 'string' &&
    typeof reading['unit'] === 'string' &&
    typeof reading['from'] === 'string' &&
    (reading['to'] === undefined || typeof reading['to'] === 'string') &&
    typeof reading['confidence'] === 'string' &&
    isTextList(reading['sources']) &&
    ParameterValueSchema.safeParse(reading['value']).success
  );
}

/**
 * Checks an explanation tree (one read back from JSON, say) before it is rendered: every node has
 * its text fields, lists and JSON inputs and output, and the tree is no deeper than
 * {@link MAX_EXPLANATION_DEPTH}. Raises one PbcError `INVALID_INPUT` naming the first bad node.
 */
function requireExplanationTree(explanation: unknown): asserts explanation is Explanation {
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: explanation, path: [] }];
  const seen = new Set<object>();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, path } = next;
    const problem = explanationNodeProblem(node, seen, path.length / 2);
    if (problem !== undefined) {
      throw new PbcError('INVALID_INPUT', `not an explanation${path.length === 0 ? '' : ` at ${path.join('.')}`}: ${problem}`, {
        issues: [{ path, message: problem, rule: 'explanation.shape' }],
      });
    }
    (node as Explanation).children.forEach((child, index) => stack.push({ node: child, path: [...path, 'children', index] }));
  }
}

function explanationNodeProblem(node: unknown, seen: Set<object>, depth: number): string | undefined {
  if (!isRecord(node)) return 'a node must be an object';
  if (seen.has(node)) return 'the tree has a cycle';
  seen.add(node);
  if (depth > MAX_EXPLANATION_DEPTH) return `the tree is deeper than ${MAX_EXPLANATION_DEPTH} levels`;
  for (const key of ['rule', 'version', 'title', 'asOf'] as const) if (typeof node[key] !== 'string') return `${key} must be text`;
  if (!isTextList(node['sources'])) return 'sources must be a list of source ids';
  if (!isTextList(node['notes'])) return 'notes must be a list of text';
  if (!isRecord(node['inputs']) || !isJsonValue(node['inputs'])) return 'inputs must be an object of JSON values';
  if (!isJsonValue(node['output'])) return 'output must be a JSON value';
  if (!Array.isArray(node['parameters']) || !node['parameters'].every(readingIsWellFormed)) return 'parameters must be a list of parameter readings';
  if (!Array.isArray(node['children'])) return 'children must be a list';
  return undefined;
}
