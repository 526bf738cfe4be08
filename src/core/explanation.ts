/**
 * The one explanation mechanism: a JSON-serialisable tree of rule applications, each with its
 * inputs, the dated parameters it read (value, dates, sources, confidence), its output, notes and
 * children; a builder that rules use; and a plain-English renderer.
 *
 * @module
 */
import { formatGbp, pence } from './money.js';
import { PbcError } from './errors.js';
import { parameterAt, valueSuitsUnit, type ParameterReading, type Policy } from './parameters.js';
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
  /** Adds a note (a reason, warning or caveat). */
  note(text: string): void;
  /** Adds the explanation of a figure this rule builds on. */
  child(explanation: Explanation): void;
  /** Seals the node with its output. */
  done(output: JsonValue): Explanation;
}

function mismatch(reading: ParameterReading, expected: string): PbcError {
  return new PbcError('PARAMETER_TYPE_MISMATCH', `"${reading.id}" holds ${JSON.stringify(reading.value)} (from ${reading.from}); the rule needs ${expected}`, {
    issues: [{ path: ['parameters', reading.id], message: `expected ${expected}` }],
  });
}

/**
 * Starts an explanation node for one application of a rule. Rules read every policy figure through
 * the builder, so each reading is recorded with its dates, sources and confidence.
 *
 * @param rule - the rule's id, version, title and sources
 * @param policy - the policy in force
 * @param asOf - the date the rule is applied as of (ISO)
 * @returns a builder; call `done(output)` to get the {@link Explanation}
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
  const inputs: Record<string, JsonValue> = {};
  const parameters: ParameterReading[] = [];
  const notes: string[] = [];
  const children: Explanation[] = [];
  const version = policy.ruleVersions[rule.id] ?? rule.version;
  const read = (id: string, date?: string): ParameterReading => {
    const reading = parameterAt(policy, id, date ?? asOf);
    parameters.push(reading);
    return reading;
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
      inputs[name] = value;
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
    note(text) {
      notes.push(text);
    },
    child(explanation) {
      children.push(explanation);
    },
    done(output) {
      return { rule: rule.id, version, title: rule.title, sources: rule.sources, asOf, inputs: { ...inputs }, parameters: [...parameters], output, notes: [...notes], children: [...children] };
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
  const indent = options.indent ?? '  ';
  const lines: string[] = [];
  const cite = (ids: readonly string[]): string =>
    ids
      .map((id) => {
        const source = options.policy?.sources[id];
        return source === undefined ? id : `${source.publisher}, "${source.title}" (${source.date})${source.url === undefined ? '' : ` ${source.url}`}`;
      })
      .join('; ');
  const walk = (node: Explanation, depth: number): void => {
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
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(explanation, 0);
  return lines.join('\n');
}
