/**
 * The one explanation mechanism: a JSON-serialisable tree of rule applications, each with its
 * inputs, the dated parameters it read (value, dates, sources, confidence), its output, notes and
 * children; a builder that rules use; and a plain-English renderer.
 *
 * @module
 */
import { formatGbp, pence } from './money.js';
import { PbcError, fieldError, printable, printablePath } from './errors.js';
import { hasUnsafeText, safeText } from './text.js';
import { ConfidenceSchema, ParameterAlternativeSchema, ParameterUnitSchema, ParameterValueSchema, requirePolicyShape, valueSuitsUnit, type Confidence, type ParameterUnit, type ParameterValue, type Policy } from './policy-model/schemas.js';
import { parameterAt, parameterInForce, type ParameterReading } from './policy-model/parameter-at.js';
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
 * import type { RuleMeta } from 'practice-based-commissioning/core';
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
 * import { explain } from 'practice-based-commissioning/core';
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

/**
 * Reads a rule's metadata once into a checked copy (so a getter cannot change it between the check
 * and its use, and a hole in `sources` is refused rather than handed on).
 */
function ruleSnapshot(rule: unknown): RuleMeta {
  const refuse = (): never => {
    throw new PbcError('INVALID_INPUT', `a rule must be { id, version, title, sources }, got ${printable(rule)}`, {
      issues: [{ path: ['rule'], message: 'must be { id, version, title, sources: string[] }', rule: 'explanation.rule' }],
    });
  };
  if (!isRecord(rule)) return refuse();
  const id = rule['id'];
  const version = rule['version'];
  const title = rule['title'];
  const sources = rule['sources'];
  if (typeof id !== 'string' || typeof version !== 'string' || typeof title !== 'string' || !Array.isArray(sources)) return refuse();
  const listed: string[] = [];
  for (let index = 0; index < sources.length; index += 1) {
    const source: unknown = sources[index];
    if (typeof source !== 'string') return refuse();
    listed.push(source);
  }
  return { id, version, title, sources: listed };
}

function mismatch(reading: ParameterReading, expected: string): PbcError {
  return new PbcError('PARAMETER_TYPE_MISMATCH', `${printable(reading.id)} holds ${printable(reading.value)} (from ${reading.from}); the rule needs ${expected}`, {
    issues: [{ path: ['parameters', reading.id], message: `expected ${expected}` }],
  });
}

/** Any valid date: the look only checks that the parameter exists and is well formed. */
const FIRST_DAY = '1900-01-01';

/**
 * Starts an explanation node for one application of a rule. Rules read every policy figure through
 * the builder, so each reading is recorded with its dates, sources and confidence.
 *
 * @param given - the rule's id, version, title and sources (read once)
 * @param policy - the policy in force
 * @param asOf - the date the rule is applied as of (ISO)
 * @returns a builder; call `done(output)` to get the {@link Explanation}
 * @throws PbcError `INVALID_INPUT` for a malformed rule; `INVALID_POLICY` for something that is not a
 *   policy; `INVALID_DATE` when `asOf` is not text
 * @category Explanations
 * @example
 * ```ts
 * import { renderExplanation } from 'practice-based-commissioning';
 * import { explain } from 'practice-based-commissioning/core';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const step = explain({ id: 'demo.share', version: '1', title: 'Practice share of an underspend', sources: ['hansard-2006-11-06'] }, baselinePolicy, '2007-03-31');
 * step.input('underspend', 100_000);
 * const share = step.ratio('fur.practiceShare'); //=> '0.7'
 * renderExplanation(step.done(70_000)).includes('fur.practiceShare'); //=> true
 * ```
 */
export function explain(given: RuleMeta, policy: Policy, asOf: string): ExplanationBuilder {
  const rule = ruleSnapshot(given);
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
    // The same checks as read, but no value in force is a note, not an error.
    const reading = parameterInForce(policy, id, date ?? asOf);
    if (reading === undefined) {
      notes.push(`${id} has no value on ${date ?? asOf}.`);
      return undefined;
    }
    parameters.push(reading);
    return reading;
  };
  const peekSchedule = (id: string, where: (reading: ParameterReading) => boolean = () => true): readonly ParameterReading[] => {
    // parameterInForce checks the id and the parameter's shape before the date, so an unknown or
    // malformed parameter raises here; a well-formed one just has no value on this day.
    parameterInForce(policy, id, FIRST_DAY);
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
      // An input named "__proto__" is defined, never assigned, so it is an ordinary field. Any other
      // name is assigned: the same own, enumerable, writable property (Object.prototype has no other
      // setter), without defineProperty turning the object into a slow dictionary.
      if (name === '__proto__') Object.defineProperty(inputs, name, { value, enumerable: true, writable: true, configurable: true });
      else inputs[name] = value;
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
  if (unit === 'ratio' && typeof value === 'string' && valueSuitsUnit(value, 'ratio')) return `${value} (${toDecimal(value).times(100).toString()}%)`;
  if (Array.isArray(value)) return value.map(safeText).join(', ');
  if (typeof value === 'number' && unit !== 'count') return `${value} ${unit}`;
  return typeof value === 'string' ? safeText(value) : String(value);
}

function describeJson(value: JsonValue): string {
  // JSON.stringify escapes C0 controls; safeText escapes the rest (C1, line separators, bidi).
  return safeText(typeof value === 'string' ? value : JSON.stringify(value));
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
  /** The indent per level: at most 100 characters, no line break or control character (default two spaces). */
  readonly indent?: string;
}

/**
 * Renders an explanation as indented plain English: each rule with its version and date, its
 * inputs, every parameter it read (value, the date the value took effect, confidence and sources),
 * its result, its notes, then the explanations it built on, indented beneath. A reading no source
 * confirms is marked `[?]`; one the sources dispute is marked `[±]` with the other values they
 * support; a result that depends on either, directly or beneath, ends `[rests on ?±]`; and the text
 * then ends with {@link EXPLANATION_LEGEND}.
 *
 * @param explanation - any explanation tree
 * @param options - `policy` to print source titles; `indent`
 * @returns multi-line text
 * Every explanation the library returns is accepted, as it is or after a JSON round trip: a node
 * shared by several parents (a group's explanation shares its members') is fine, and so is a JSON
 * value that holds one object twice; only a node that is its own descendant is a cycle. The tree is
 * read once into a checked copy and rendered from that copy. Caller-supplied text (ids, titles,
 * notes, source titles) is printed with control characters, line and paragraph separators and bidi
 * controls escaped (`\n`, `\u202e`…), so no input can start a line of its own.
 *
 * @throws PbcError `INVALID_INPUT` for a tree that is not an explanation (a node without its fields,
 *   inputs or output that are not JSON, a cycle, more than 1,000 levels, text beyond 20 million
 *   characters once rendered) or for malformed options, each naming the path of the bad field
 * @category Explanations
 * @example
 * ```ts
 * import { renderExplanation } from 'practice-based-commissioning';
 * import { explain } from 'practice-based-commissioning/core';
 * import { baselinePolicy } from 'practice-based-commissioning/policy';
 * const step = explain({ id: 'demo', version: '1', title: 'Demo', sources: [] }, baselinePolicy, '2006-06-01');
 * step.integer('des.c1.ratePerPatient');
 * renderExplanation(step.done(95)).split('\n');
 * //=> ['Demo [demo v1, as of 2006-06-01]', '  read des.c1.ratePerPatient = 95p per patient (in force 2006-04-01 to 2007-03-31; confirmed; …)', '  result: 95']
 * ```
 */
export function renderExplanation(explanation: Explanation, options: RenderOptions = {}): string {
  const { indent, policy } = renderOptionsOf(options);
  // Render from a validated copy, each field read once: a getter cannot change a value between the
  // check and its use, and a node shared by several parents (a DAG) is checked once.
  const tree = readExplanationTree(explanation, []);
  const lines: string[] = [];
  let length = 0;
  const push = (line: string): void => {
    length += line.length + 1;
    if (length > MAX_RENDERED_LENGTH) {
      throw new PbcError('INVALID_INPUT', `the explanation would render to more than ${MAX_RENDERED_LENGTH} characters`, {
        issues: [{ path: [], message: `renders to more than ${MAX_RENDERED_LENGTH} characters`, rule: 'explanation.size' }],
      });
    }
    lines.push(line);
  };
  const cite = (ids: readonly string[]): string =>
    ids
      .map((id) => {
        const source = policy !== undefined && Object.hasOwn(policy.sources, id) ? policy.sources[id] : undefined;
        if (source === undefined) return safeText(id);
        return `${safeText(source.publisher)}, "${safeText(source.title)}" (${safeText(source.date)})${source.url === undefined ? '' : ` ${safeText(source.url)}`}`;
      })
      .join('; ');
  const restsOn = doubtsBeneath(tree);
  // Depth first with an explicit stack (children in order), so a deep tree cannot overflow the call stack.
  const stack: { node: Explanation; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, depth } = next;
    const pad = indent.repeat(depth);
    push(`${pad}${safeText(node.title)} [${safeText(node.rule)} v${safeText(node.version)}, as of ${safeText(node.asOf)}]`);
    const inner = pad + indent;
    const inputs = Object.entries(node.inputs);
    if (inputs.length > 0) push(`${inner}inputs: ${inputs.map(([key, value]) => `${safeText(key)} = ${describeJson(value)}`).join('; ')}`);
    for (const reading of node.parameters) {
      const span = reading.to === undefined ? `in force from ${safeText(reading.from)}` : `in force ${safeText(reading.from)} to ${safeText(reading.to)}`;
      push(`${inner}read ${safeText(reading.id)} = ${describeValue(reading)} (${span}; ${reading.confidence}; ${cite(reading.sources)})${readingMarker(reading)}`);
    }
    const rests = restsOn.get(node) ?? NO_DOUBT;
    push(`${inner}result: ${describeJson(node.output)}${rests.unconfirmed || rests.disputed ? ` [rests on ${rests.unconfirmed ? UNCONFIRMED_MARK : ''}${rests.disputed ? DISPUTED_MARK : ''}]` : ''}`);
    for (const note of node.notes) push(`${inner}note: ${safeText(note)}`);
    if (node.sources.length > 0) push(`${inner}sources: ${cite(node.sources)}`);
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      // index is within the children list.
      stack.push({ node: node.children[index]!, depth: depth + 1 });
    }
  }
  const root = restsOn.get(tree) ?? NO_DOUBT;
  if (root.unconfirmed || root.disputed) push(EXPLANATION_LEGEND);
  return lines.join('\n');
}

/** The marker of a reading that no source confirms (`unconfirmed`). */
const UNCONFIRMED_MARK = '?';
/** The marker of a reading the sources dispute (it carries alternatives). */
const DISPUTED_MARK = '±';

/**
 * The legend {@link renderExplanation} ends with when any figure rests on an unconfirmed or disputed
 * reading.
 *
 * @category Explanations
 * @example
 * ```ts
 * import { EXPLANATION_LEGEND } from 'practice-based-commissioning/core';
 * EXPLANATION_LEGEND.startsWith('legend:'); //=> true
 * ```
 */
export const EXPLANATION_LEGEND =
  'legend: [?] an unconfirmed reading (a documented default no source confirms); [±] a disputed reading (the sources support other values, listed after it); "rests on" marks a result that depends on such a reading, directly or through the figures it builds on.';

interface Doubts {
  readonly unconfirmed: boolean;
  readonly disputed: boolean;
}
const NO_DOUBT: Doubts = { unconfirmed: false, disputed: false };

function readingMarker(reading: ParameterReading): string {
  const marks: string[] = [];
  if (reading.confidence === 'unconfirmed') marks.push(`[${UNCONFIRMED_MARK}]`);
  if (reading.alternatives !== undefined && reading.alternatives.length > 0) {
    const others = reading.alternatives.map((alternative) => `${describeValue({ ...reading, value: alternative.value })} (${alternative.confidence})`).join('; ');
    marks.push(`[${DISPUTED_MARK} also supported: ${others}]`);
  }
  return marks.length === 0 ? '' : ` ${marks.join(' ')}`;
}

/**
 * For every node of a checked tree, whether it or anything beneath it read an unconfirmed or a
 * disputed parameter. Post-order with an explicit stack; a shared node is worked out once.
 */
function doubtsBeneath(tree: Explanation): Map<Explanation, Doubts> {
  const done = new Map<Explanation, Doubts>();
  const stack: { node: Explanation; expanded: boolean }[] = [{ node: tree, expanded: false }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, expanded } = next;
    if (done.has(node)) continue;
    if (!expanded) {
      stack.push({ node, expanded: true });
      for (const child of node.children) if (!done.has(child)) stack.push({ node: child, expanded: false });
      continue;
    }
    let unconfirmed = node.parameters.some((reading) => reading.confidence === 'unconfirmed');
    let disputed = node.parameters.some((reading) => reading.alternatives !== undefined && reading.alternatives.length > 0);
    for (const child of node.children) {
      const below = done.get(child) ?? NO_DOUBT;
      unconfirmed ||= below.unconfirmed;
      disputed ||= below.disputed;
    }
    done.set(node, unconfirmed || disputed ? { unconfirmed, disputed } : NO_DOUBT);
  }
  return done;
}

/**
 * The most text {@link renderExplanation} produces: 20 million characters, thousands of times any
 * real explanation. A tree that shares one node among many parents, or nests deep under a wide
 * indent, could otherwise render to gigabytes from a small input.
 */
const MAX_RENDERED_LENGTH = 20_000_000;

/** How deep an explanation may nest before the renderer refuses it: far beyond any rule's tree. */
const MAX_EXPLANATION_DEPTH = 1_000;

function renderOptionsOf(options: unknown): { indent: string; policy: Policy | undefined } {
  if (!isRecord(options)) {
    throw new PbcError('INVALID_INPUT', `render options must be an object, got ${printable(options)}`, { issues: [{ path: ['options'], message: 'must be an object' }] });
  }
  const { indent, policy } = options;
  // No line break, control or bidi character: such an indent could forge a line.
  if (indent !== undefined && (typeof indent !== 'string' || indent.length > 100 || hasUnsafeText(indent))) {
    throw new PbcError('INVALID_INPUT', `options.indent must be at most 100 characters with no line break or control character, got ${printable(indent)}`, {
      issues: [{ path: ['options', 'indent'], message: 'must be at most 100 characters with no line break or control character', rule: 'explanation.indent' }],
    });
  }
  if (policy !== undefined) requirePolicyShape(policy);
  return { indent: indent ?? '  ', policy };
}

/** How deep a JSON value inside an explanation may nest: far beyond any rule's inputs or output. */
const MAX_JSON_DEPTH = 100;

/**
 * How large one JSON value inside an explanation may be, counting each value once per place it
 * appears (a shared object as often as it is shared) and each character of text: far beyond any
 * rule's inputs or output, and small enough to print.
 */
const MAX_JSON_SIZE = 5_000_000;

/** How long a list inside an explanation (children, parameters, notes, sources, a JSON array) may be. */
const MAX_LIST_LENGTH = 1_000_000;

type Path = readonly (string | number)[];

function refuse(path: Path, problem: string): never {
  throw new PbcError('INVALID_INPUT', `not an explanation${path.length === 0 ? '' : ` at ${printablePath(path)}`}: ${problem}`, {
    issues: [{ path, message: problem, rule: 'explanation.shape' }],
  });
}

/** The items of a list, each read once; refuses what is not an array, a hole or a list too long. */
function listItems(value: unknown, path: Path, what: string): unknown[] {
  if (!Array.isArray(value)) refuse(path, `${what} must be a list`);
  const length = value.length;
  if (length > MAX_LIST_LENGTH) refuse(path, `${what} has more than ${MAX_LIST_LENGTH} items`);
  const items: unknown[] = [];
  for (let index = 0; index < length; index += 1) {
    if (!(index in value)) refuse([...path, index], `${what} has a hole`);
    items.push(value[index]);
  }
  return items;
}

function textList(value: unknown, path: Path, what: string): string[] {
  const items = listItems(value, path, what);
  items.forEach((item, index) => {
    if (typeof item !== 'string') refuse([...path, index], `${what} must be a list of text`);
  });
  return items as string[];
}

function text(value: unknown, path: Path, what: string): string {
  if (typeof value !== 'string') refuse(path, `${what} must be text`);
  return value;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Copies JSON values once each: objects already copied are reused (so a value that holds one
 * object twice is fine, and copying a shared structure is linear), and an object met again while it
 * is still being copied is a cycle.
 */
interface JsonCopier {
  readonly done: Map<object, { readonly value: JsonValue; readonly size: number }>;
  readonly open: Set<object>;
}

function newJsonCopier(): JsonCopier {
  return { done: new Map(), open: new Set() };
}

/** A copy of a JSON value with its printed size; refuses anything else, naming the path. */
function copyJson(value: unknown, path: Path, depth: number, copier: JsonCopier): { value: JsonValue; size: number } {
  if (value === null || typeof value === 'boolean') return { value, size: 1 };
  if (typeof value === 'string') return { value, size: 1 + value.length };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) refuse(path, 'a JSON value cannot be NaN or infinite');
    return { value, size: 1 };
  }
  if (typeof value !== 'object') refuse(path, `a JSON value cannot be ${typeof value === 'bigint' ? 'a BigInt' : `a ${typeof value}`}`);
  const known = copier.done.get(value);
  if (known !== undefined) return known;
  if (copier.open.has(value)) refuse(path, 'the value has a cycle');
  if (depth > MAX_JSON_DEPTH) refuse(path, `the value nests deeper than ${MAX_JSON_DEPTH} levels`);
  copier.open.add(value);
  let size = 1;
  const add = (part: number): void => {
    size += part;
    if (size > MAX_JSON_SIZE) refuse(path, `the value is larger than ${MAX_JSON_SIZE} values and characters`);
  };
  let copy: JsonValue;
  if (Array.isArray(value)) {
    copy = listItems(value, path, 'a JSON array').map((item, index) => {
      const child = copyJson(item, [...path, index], depth + 1, copier);
      add(child.size);
      return child.value;
    });
  } else {
    if (!isPlainObject(value)) refuse(path, 'a JSON value must be a plain object, a list or a primitive');
    const record: Record<string, JsonValue> = {};
    for (const key of Object.keys(value)) {
      const child = copyJson((value as Record<string, unknown>)[key], [...path, key], depth + 1, copier);
      add(key.length + child.size);
      // defineProperty, so a key such as __proto__ is data, never the prototype.
      Object.defineProperty(record, key, { value: child.value, enumerable: true, writable: true, configurable: true });
    }
    copy = record;
  }
  copier.open.delete(value);
  const result = { value: copy, size };
  copier.done.set(value, result);
  return result;
}

const PARAMETER_UNITS: ReadonlySet<string> = new Set(ParameterUnitSchema.options);
const CONFIDENCES: ReadonlySet<string> = new Set(ConfidenceSchema.options);
const ALTERNATIVES = ParameterAlternativeSchema.array();

/** A parameter reading, each field read once, copied; refuses a malformed one, naming the path. */
function copyReading(raw: unknown, path: Path): ParameterReading {
  if (!isRecord(raw)) refuse(path, 'a parameter reading must be an object');
  const id = text(raw['id'], [...path, 'id'], 'id');
  const label = text(raw['label'], [...path, 'label'], 'label');
  const unit = text(raw['unit'], [...path, 'unit'], 'unit');
  if (!PARAMETER_UNITS.has(unit)) refuse([...path, 'unit'], `unit must be one of ${[...PARAMETER_UNITS].join(', ')}`);
  const rawValue = raw['value'];
  const value: ParameterValue = Array.isArray(rawValue) ? textList(rawValue, [...path, 'value'], 'a list value') : (rawValue as ParameterValue);
  if (!Array.isArray(value) && !ParameterValueSchema.safeParse(value).success) refuse([...path, 'value'], 'value must be a number, text, true or false, a list of text or null');
  const from = text(raw['from'], [...path, 'from'], 'from');
  const to = raw['to'];
  if (to !== undefined) text(to, [...path, 'to'], 'to');
  const confidence = text(raw['confidence'], [...path, 'confidence'], 'confidence');
  if (!CONFIDENCES.has(confidence)) refuse([...path, 'confidence'], `confidence must be one of ${[...CONFIDENCES].join(', ')}`);
  const sources = textList(raw['sources'], [...path, 'sources'], 'sources');
  const note = raw['note'];
  if (note !== undefined) text(note, [...path, 'note'], 'note');
  const rawAlternatives = raw['alternatives'];
  let alternatives: ParameterReading['alternatives'];
  if (rawAlternatives !== undefined) {
    const parsed = ALTERNATIVES.safeParse(rawAlternatives);
    if (!parsed.success) refuse([...path, 'alternatives'], 'alternatives must be a list of { id?, value, sources, confidence, note? }');
    alternatives = parsed.data;
  }
  return {
    id,
    label,
    unit: unit as ParameterUnit,
    value,
    from,
    ...(to === undefined ? {} : { to: to as string }),
    sources,
    confidence: confidence as Confidence,
    ...(note === undefined ? {} : { note: note as string }),
    ...(alternatives === undefined ? {} : { alternatives }),
  };
}

/** One node's own fields, each read once and copied; its children still to be read. */
function copyNodeFields(node: Record<string, unknown>, path: Path, copier: JsonCopier): { fields: Omit<Explanation, 'children'>; children: unknown[] } {
  const rule = text(node['rule'], [...path, 'rule'], 'rule');
  const version = text(node['version'], [...path, 'version'], 'version');
  const title = text(node['title'], [...path, 'title'], 'title');
  const asOf = text(node['asOf'], [...path, 'asOf'], 'asOf');
  const sources = textList(node['sources'], [...path, 'sources'], 'sources');
  const notes = textList(node['notes'], [...path, 'notes'], 'notes');
  const rawInputs = node['inputs'];
  if (!isRecord(rawInputs)) refuse([...path, 'inputs'], 'inputs must be an object of JSON values');
  const inputs = copyJson(rawInputs, [...path, 'inputs'], 0, copier).value as { readonly [key: string]: JsonValue };
  const output = copyJson(node['output'], [...path, 'output'], 0, copier).value;
  const parameters = listItems(node['parameters'], [...path, 'parameters'], 'parameters').map((reading, index) => copyReading(reading, [...path, 'parameters', index]));
  const children = listItems(node['children'], [...path, 'children'], 'children');
  return { fields: { rule, version, title, sources, asOf, inputs, parameters, output, notes }, children };
}

interface OpenNode {
  readonly source: object;
  readonly path: Path;
  readonly fields: Omit<Explanation, 'children'>;
  readonly children: unknown[];
  readonly copies: Explanation[];
  next: number;
}

/**
 * Reads an explanation tree (one read back from JSON, say, or taken from a result) into a validated
 * plain copy, reading each field once, so what is checked is what is used. Every node has its text
 * fields, lists and JSON inputs and output; the tree is no deeper than
 * {@link MAX_EXPLANATION_DEPTH}. A node shared by several parents (as a group's explanation shares
 * its members') is read once and shared in the copy; only a node that is its own descendant is a
 * cycle. Iterative, and linear in the distinct nodes and values. Raises one PbcError
 * `INVALID_INPUT` naming the first bad field, its path starting with `root`.
 * @internal
 */
export function readExplanationTree(explanation: unknown, root: Path): Explanation {
  const done = new Map<object, Explanation>();
  const open = new Set<object>();
  const copier = newJsonCopier();
  const stack: OpenNode[] = [];
  // Starts reading a node; returns its copy when it was read already.
  const enter = (node: unknown, path: Path): Explanation | undefined => {
    if (!isRecord(node)) refuse(path, 'a node must be an object');
    const known = done.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) refuse(path, 'the tree has a cycle: a node is its own descendant');
    if (stack.length > MAX_EXPLANATION_DEPTH) refuse(path, `the tree is deeper than ${MAX_EXPLANATION_DEPTH} levels`);
    const { fields, children } = copyNodeFields(node, path, copier);
    open.add(node);
    stack.push({ source: node, path, fields, children, copies: [], next: 0 });
    return undefined;
  };
  const first = enter(explanation, root);
  if (first !== undefined) return first;
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    if (top.next < top.children.length) {
      const index = top.next;
      top.next += 1;
      const known = enter(top.children[index], [...top.path, 'children', index]);
      if (known !== undefined) top.copies.push(known);
      continue;
    }
    stack.pop();
    open.delete(top.source);
    const copy: Explanation = { ...top.fields, children: top.copies };
    done.set(top.source, copy);
    const parent = stack.at(-1);
    if (parent === undefined) return copy;
    parent.copies.push(copy);
  }
  // The loop returns when it closes the root.
  throw new PbcError('INVALID_INPUT', 'not an explanation', { issues: [{ path: root, message: 'not an explanation', rule: 'explanation.shape' }] });
}
