/**
 * The core's guards against hostile input, case by case (the fuzz finds them at random; these pin
 * each one): printable messages for any value, −0 read as 0, malformed policies, rules and
 * explanation trees refused with a PbcError naming what is wrong, and deep data frozen without
 * recursion.
 */
import { describe, expect, it } from 'vitest';
import { renderExplanation, type Explanation } from '../../src/index.js';
import { deepFreeze, explain, parseInput, parseIsoDate, parsePracticeCode } from '../../src/core/index.js';
import { applyReform, parameterAt, type Policy } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { z } from 'zod';
import { PenceSchema } from '../../src/schemas/index.js';
import { sampleExplanation } from './entry-points.js';
import { deeplyNested } from './helpers.js';
import { pbcErrorOf as errorOf } from './fuzz-suite.js';


describe('error messages print any value', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic['self'] = cyclic;
  it.each([
    [10n, '10n'],
    [Symbol('x'), 'Symbol(x)'],
    [() => 1, 'a function'],
    [cyclic, 'an object'],
    [[cyclic], 'an array'],
    [-0, '-0'],
    [undefined, 'undefined'],
    [{ toString: {} }, '{"toString":{}}'],
    [Object.create(null) as object, '{}'],
  ])('%s', (value, shown) => {
    expect(errorOf(() => parseIsoDate(value)).message).toContain(`${shown} is not a real calendar date`);
  });

  it('cuts long text and long JSON short', () => {
    expect(errorOf(() => parseIsoDate('x'.repeat(10_000))).message.length).toBeLessThan(200);
    expect(errorOf(() => parseIsoDate({ long: 'y'.repeat(10_000) })).message).toContain('…');
  });

  it('names the field given, or the default when the name is not text', () => {
    expect(errorOf(() => parseIsoDate('x', 'claimedOn')).issues[0]?.path).toEqual(['claimedOn']);
    expect(errorOf(() => parseIsoDate('x', 42 as never)).issues[0]?.path).toEqual(['date']);
    expect(errorOf(() => parsePracticeCode('x', ['a'] as never)).issues[0]?.path).toEqual(['practiceCode']);
  });

  it('an identifier of the wrong type says what the schema expects', () => {
    expect(errorOf(() => parsePracticeCode(12345)).message).toContain('must be a practice ODS code');
  });
});

describe('parseInput reads −0 as 0, and refuses what is not a schema', () => {
  // A permissive schema: any record, its values passed through as they are.
  const anyRecord = z.record(z.string(), z.unknown());

  it('−0 anywhere in parsed data becomes 0; the result is a copy, the input is left as it was', () => {
    expect(Object.is(parseInput(PenceSchema, -0), 0)).toBe(true);
    const input = { a: [1, -0, { b: -0 }], c: { d: 2 } };
    const parsed = parseInput(anyRecord, input) as typeof input;
    expect(Object.is(parsed.a[1], 0)).toBe(true);
    expect(Object.is((parsed.a[2] as { b: number }).b, 0)).toBe(true);
    // parseInput reads the caller's data once into its own copy (issue 19, class 3).
    expect(parsed.c).toEqual(input.c);
    expect(parsed.c).not.toBe(input.c);
    expect(Object.is(input.a[1], -0)).toBe(true);
    const clean = { a: [1, 2], b: { c: 3 } };
    expect(parseInput(anyRecord, clean)['a']).toEqual(clean.a);
  });

  it('a frozen object and a class instance are shared as they are; data deeper than any schema is copied intact', () => {
    const frozen = Object.freeze({ x: 1 });
    expect(parseInput(anyRecord, { frozen })['frozen']).toBe(frozen);
    // A frozen object holding −0 is replaced by a frozen copy holding 0 (zod's readonly output is frozen).
    const frozenZero = parseInput(anyRecord, { frozen: Object.freeze({ x: -0 }) })['frozen'] as { x: number };
    expect(Object.is(frozenZero.x, 0)).toBe(true);
    expect(Object.isFrozen(frozenZero)).toBe(true);
    const date = new Date(0);
    expect(parseInput(anyRecord, { date })['date']).toBe(date);
    const deep = deeplyNested(200, 'array');
    expect(parseInput(anyRecord, { deep })['deep']).toEqual(deep);
  });

  it('a schema that is not a zod schema is INVALID_INPUT at path schema; a name that is not text is replaced', () => {
    const error = errorOf(() => parseInput({} as never, 1));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]?.path).toEqual(['schema']);
    expect(errorOf(() => parseInput(PenceSchema, 'x', { what: 1 } as never)).message).toMatch(/^invalid input: /);
  });
});

describe('malformed policies, parameters and rules are PbcErrors', () => {
  const notPolicies: unknown[] = [null, 'baseline', [], {}, { ...baselinePolicy, parameters: [] }, { ...baselinePolicy, reforms: {} }, { ...baselinePolicy, id: 7 }];

  it.each(notPolicies.map((policy) => [JSON.stringify(policy)?.slice(0, 40), policy]))('parameterAt, applyReform and explain refuse %s with INVALID_POLICY', (_name, policy) => {
    expect(errorOf(() => parameterAt(policy as Policy, 'fur.practiceShare', '2007-04-01')).code).toBe('INVALID_POLICY');
    expect(errorOf(() => applyReform(policy as Policy, { id: 'x', label: 'X' })).code).toBe('INVALID_POLICY');
    expect(errorOf(() => explain({ id: 'r', version: '1', title: 'R', sources: [] }, policy as Policy, '2007-04-01')).code).toBe('INVALID_POLICY');
  });

  it('a parameter id that is not text is PARAMETER_NOT_FOUND at path id', () => {
    const error = errorOf(() => parameterAt(baselinePolicy, 7 as never, '2007-04-01'));
    expect(error.code).toBe('PARAMETER_NOT_FOUND');
    expect(error.issues[0]?.path).toEqual(['id']);
  });

  it('a malformed parameter inside a policy is INVALID_POLICY naming it, not a TypeError', () => {
    const broken = { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, 'x.y': { id: 'x.y', values: 'none' } } } as never as Policy;
    const error = errorOf(() => parameterAt(broken, 'x.y', '2007-04-01'));
    expect(error.code).toBe('INVALID_POLICY');
    expect(error.issues[0]?.path).toEqual(['parameters', 'x.y']);
    // The well-formed parameters of the same policy still read.
    expect(parameterAt(broken, 'fur.practiceShare', '2007-04-01').value).toBe('0.7');
  });

  it.each([null, {}, { id: 'r', version: 1, title: 'R', sources: [] }, { id: 'r', version: '1', title: 'R', sources: [1] }])('explain refuses the rule %j with INVALID_INPUT', (rule) => {
    expect(errorOf(() => explain(rule as never, baselinePolicy, '2007-04-01')).code).toBe('INVALID_INPUT');
  });

  it('explain refuses an asOf that is not text, and accepts an empty one (a result about no date)', () => {
    expect(errorOf(() => explain({ id: 'r', version: '1', title: 'R', sources: [] }, baselinePolicy, 20070401 as never)).code).toBe('INVALID_DATE');
    expect(explain({ id: 'r', version: '1', title: 'R', sources: [] }, baselinePolicy, '').done(null).asOf).toBe('');
  });
});

describe('renderExplanation refuses what is not an explanation, naming the node', () => {
  const good = sampleExplanation();
  const withChild = (child: unknown): Explanation => ({ ...good, children: [good.children[0] as Explanation, child as Explanation] });

  it.each([
    ['a node that is not an object', withChild(null), ['children', 1], 'a node must be an object'],
    ['a title that is not text', withChild({ ...good, title: 7 }), ['children', 1, 'title'], 'title must be text'],
    ['sources that are not a list of ids', withChild({ ...good, sources: [1] }), ['children', 1, 'sources', 0], 'sources must be a list of text'],
    ['notes that are not text', withChild({ ...good, notes: [undefined] }), ['children', 1, 'notes', 0], 'notes must be a list of text'],
    ['inputs that are not JSON', withChild({ ...good, inputs: { n: NaN } }), ['children', 1, 'inputs', 'n'], 'a JSON value cannot be NaN or infinite'],
    ['an output that is not JSON', withChild({ ...good, output: 10n }), ['children', 1, 'output'], 'a JSON value cannot be a BigInt'],
    ['an output nested too deep', withChild({ ...good, output: deeplyNested(500) }), ['children', 1, 'output', ...Array.from({ length: 101 }, () => 'a')], 'the value nests deeper than 100 levels'],
    ['a reading without its fields', withChild({ ...good, parameters: [{ id: 'x' }] }), ['children', 1, 'parameters', 0, 'label'], 'label must be text'],
    ['a reading whose value is not a parameter value', withChild({ ...good, parameters: [{ ...good.parameters[0], value: [{}] }] }), ['children', 1, 'parameters', 0, 'value', 0], 'a list value must be a list of text'],
    ['children that are not a list', withChild({ ...good, children: {} }), ['children', 1, 'children'], 'children must be a list'],
  ])('%s', (_name, tree, path, problem) => {
    const error = errorOf(() => renderExplanation(tree));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([{ path, message: problem, rule: 'explanation.shape' }]);
  });

  it('a cycle, and a tree deeper than 1,000 levels, are refused', () => {
    const cyclic = { ...good, children: [] as Explanation[] };
    cyclic.children.push(cyclic);
    expect(errorOf(() => renderExplanation(cyclic)).issues[0]).toEqual({ path: ['children', 0], message: 'the tree has a cycle: a node is its own descendant', rule: 'explanation.shape' });
    let deep: Explanation = { ...good, children: [] };
    for (let level = 0; level < 1_500; level += 1) deep = { ...good, children: [deep] };
    expect(errorOf(() => renderExplanation(deep)).issues[0]?.message).toBe('the tree is deeper than 1000 levels');
  });

  it('options must be an object, with a short text indent and a policy', () => {
    expect(errorOf(() => renderExplanation(good, null as never)).issues[0]?.path).toEqual(['options']);
    expect(errorOf(() => renderExplanation(good, { indent: 3 as never })).issues[0]?.path).toEqual(['options', 'indent']);
    expect(errorOf(() => renderExplanation(good, { indent: ' '.repeat(101) })).issues[0]?.path).toEqual(['options', 'indent']);
    expect(errorOf(() => renderExplanation(good, { policy: {} as never })).code).toBe('INVALID_POLICY');
  });

  it('cites a source by id when the policy lacks it, even one named after an Object.prototype member', () => {
    const tree = { ...good, sources: ['constructor', 'hansard-2006-11-06'] };
    const text = renderExplanation(tree, { policy: baselinePolicy });
    expect(text).toContain('sources: constructor; Hansard');
  });

  it('renders a well-formed tree read back from JSON exactly as the original', () => {
    expect(renderExplanation(JSON.parse(JSON.stringify(good)) as Explanation)).toBe(renderExplanation(good));
  });
});

describe('deepFreeze', () => {
  it('freezes data nested 100,000 deep without overflowing the stack', () => {
    const deep = deeplyNested(100_000) as { a: unknown };
    deepFreeze(deep);
    let node: unknown = deep;
    let levels = 0;
    while (typeof node === 'object' && node !== null) {
      expect(Object.isFrozen(node)).toBe(true);
      node = (node as { a: unknown }).a;
      levels += 1;
    }
    expect(levels).toBe(100_000);
  });

  it('leaves primitives alone and returns what it was given', () => {
    expect(deepFreeze(5)).toBe(5);
    const value = { list: [1, { x: 2 }] };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.list[1])).toBe(true);
  });
});

describe('−0 through a readonly (frozen) schema output', () => {
  it('surveyHeatMap given a survey value of −0 reports 0 (found by the fuzz under America/Los_Angeles)', async () => {
    const { surveyHeatMap } = await import('../../src/readiness/index.js');
    const map = surveyHeatMap({ rows: [{ area: '5ZZ', metricId: 'has_budget', value: -0 }], referenceWave: 'practice-w5' }, { asOf: '2009-03-06' });
    expect(Object.is(map.cells[0]?.value, 0)).toBe(true);
  });
});
