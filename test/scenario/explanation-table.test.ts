// The explanations of a whole-area evaluation, as one table (issue 15): lossless (every record's tree
// reads back node for node as the rules built it), smaller (each rule and reading once, a contained
// tree cited by key), readable after JSON, and a table that is not one is refused with a PbcError.
import { describe, expect, it } from 'vitest';
import { evaluateArea, evaluateAreaByPct, explanationOf, renderExplanation, type Explanation, type ExplanationTable, type ScenarioAreaEvaluation } from '../../src/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { generateArea, sampleValeArea } from '../../src/testing/index.js';
import { ScenarioAreaSchema } from '../../src/schemas/index.js';
import { areaContext } from '../../src/scenario/area-context.js';
import { evaluatePct } from '../../src/scenario/evaluate-pct.js';
import { expectIssue } from '../support/errors.js';

const AS_OF = '2009-06-30';
const area = generateArea({ seed: 2008, scope: { pct: '5A0' }, financialYear: '2008/09' });
const year = evaluateArea(area, { policy: baselinePolicy, asOf: AS_OF });
const table = year.explanations!;

/** The trees as the rules built them, before the table (the internal per-PCT evaluation). */
function builtTrees(): Map<string, Explanation> {
  const context = areaContext(ScenarioAreaSchema.parse(area), { policy: baselinePolicy, asOf: AS_OF, explanations: true });
  return evaluatePct(context, 0).explanations!;
}

/** Every node of a tree, each once. */
function nodesOf(tree: Explanation): Explanation[] {
  const seen = new Set<Explanation>();
  const stack = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    stack.push(...node.children);
  }
  return [...seen];
}

const withTable = (explanations: unknown): { explanations: ExplanationTable | null } => ({ explanations: explanations as ExplanationTable });

describe('explanationOf: the table is lossless', () => {
  const built = builtTrees();

  it('has a record for every tree the rules built, and every row of every table has one', () => {
    expect(Object.keys(table.records).sort()).toEqual([...built.keys()].sort());
    for (const rows of [year.budgets, year.monitoring, year.yearEnd, year.incentives, year.conflicts, year.readiness, year.practices, year.groups, year.pcts]) {
      for (const row of rows) expect(Object.hasOwn(table.records, row.explanationKey), row.explanationKey).toBe(true);
    }
  });

  it('reads every record back as the tree the rules built, node for node', () => {
    for (const [key, tree] of built) expect(explanationOf(year, key), key).toEqual(tree);
  });

  it('renders the same text as the tree the rules built', () => {
    const key = `incentives:${area.practices[0]!.code}`;
    expect(renderExplanation(explanationOf(year, key))).toBe(renderExplanation(built.get(key)!));
  });

  it('stores each rule and each reading once, and cites a contained year end by its key', () => {
    const nodes = [...built.values()].flatMap(nodesOf);
    const readings = new Set(nodes.flatMap((node) => node.parameters.map((reading) => JSON.stringify(reading))));
    const rules = new Set(nodes.map((node) => JSON.stringify([node.rule, node.version, node.title, node.sources])));
    expect(table.readings.length).toBe(readings.size);
    expect(table.rules.length).toBe(rules.size);
    const practice = area.practices[0]!.code;
    expect(table.records[`incentives:${practice}`]?.children).toContain(`yearEnd:${practice}`);
    expect(table.asOf).toBe(AS_OF);
  });

  it('is a fraction of the size of the trees as JSON', () => {
    const trees = JSON.stringify(Object.fromEntries(built)).length;
    expect(JSON.stringify(table).length).toBeLessThan(trees / 3);
  });

  it('reads the same trees after a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(year)) as ScenarioAreaEvaluation;
    const key = `groups:${area.groups![0]!.id}`;
    expect(explanationOf(copy, key)).toEqual(explanationOf(year, key));
  });

  it('gives the caller a fresh copy each time: changing it changes neither the result nor the next read', () => {
    const key = `yearEnd:${area.practices[0]!.code}`;
    const first = explanationOf(year, key);
    const reader = nodesOf(first).find((node) => node.parameters.length > 0)!;
    (reader.parameters[0] as { value: unknown }).value = 'changed';
    (first.notes as string[]).push('changed');
    const again = explanationOf(year, key);
    expect(nodesOf(again).find((node) => node.parameters.length > 0)!.parameters[0]!.value).not.toBe('changed');
    expect(again.notes).not.toContain('changed');
    expect(table.readings.every((reading) => reading.value !== 'changed')).toBe(true);
  });

  it('gives each PCT of evaluateAreaByPct its own table, read the same way', () => {
    const [part] = [...evaluateAreaByPct(area, { asOf: AS_OF })];
    const key = `budgets:${area.pcts[0]!.code}`;
    expect(explanationOf(part!, key)).toEqual(explanationOf(year, key));
  });

  it("works on the test kit's sample area (a real budget, groups, conflicts, readiness)", () => {
    const vale = evaluateArea(sampleValeArea, { asOf: '2008-06-30' });
    for (const key of Object.keys(vale.explanations!.records)) expect(explanationOf(vale, key).rule, key).toMatch(/\./);
  });
});

describe('explanationOf: refusals', () => {
  const key = `yearEnd:${area.practices[0]!.code}`;
  const record = table.records[key]!;

  it('refuses a value that is not an evaluation (nothing, a list, text)', () => {
    for (const value of [undefined, null, [], 'result']) expectIssue(() => explanationOf(value as never, key), 'INVALID_INPUT', []);
  });

  it('refuses a result made without explanations, pointing to explainFigure', () => {
    const quiet = evaluateArea(area, { asOf: AS_OF, explanations: false });
    const error = expectIssue(() => explanationOf(quiet, key), 'INVALID_INPUT', ['explanations'], 'explanation.table');
    expect(error.message).toContain('explainFigure');
  });

  it('refuses a key no record has (not one inherited from Object.prototype)', () => {
    expectIssue(() => explanationOf(year, 'yearEnd:NOPE'), 'INVALID_INPUT', ['key']);
    expectIssue(() => explanationOf(year, 'constructor'), 'INVALID_INPUT', ['key']);
    expectIssue(() => explanationOf(year, 42 as never), 'INVALID_INPUT', ['key']);
  });

  it('refuses a table that is not one, naming the field', () => {
    expectIssue(() => explanationOf(withTable([]), key), 'INVALID_INPUT', ['explanations']);
    expectIssue(() => explanationOf(withTable({ ...table, asOf: 1 }), key), 'INVALID_INPUT', ['explanations', 'asOf']);
    expectIssue(() => explanationOf(withTable({ ...table, rules: {} }), key), 'INVALID_INPUT', ['explanations', 'rules']);
    expectIssue(() => explanationOf(withTable({ ...table, readings: null }), key), 'INVALID_INPUT', ['explanations', 'readings']);
    expectIssue(() => explanationOf(withTable({ ...table, records: [] }), key), 'INVALID_INPUT', ['explanations', 'records']);
  });

  it('refuses a rule or reading position out of range, a node that is not an object, a list that is not one', () => {
    const broken = (changed: object) => withTable({ ...table, records: { ...table.records, [key]: { ...record, ...changed } } });
    expectIssue(() => explanationOf(broken({ rule: table.rules.length }), key), 'INVALID_INPUT', ['explanations', 'records', key, 'rule']);
    expectIssue(() => explanationOf(broken({ rule: 0.5 }), key), 'INVALID_INPUT', ['explanations', 'records', key, 'rule']);
    expectIssue(() => explanationOf(broken({ parameters: [-1] }), key), 'INVALID_INPUT', ['explanations', 'records', key, 'parameters', 0]);
    expectIssue(() => explanationOf(broken({ parameters: 'all' }), key), 'INVALID_INPUT', ['explanations', 'records', key, 'parameters']);
    expectIssue(() => explanationOf(broken({ children: [7] }), key), 'INVALID_INPUT', ['explanations', 'records', key, 'children', 0]);
    expectIssue(() => explanationOf(withTable({ ...table, records: { ...table.records, [key]: 'node' } }), key), 'INVALID_INPUT', ['explanations', 'records', key]);
  });

  it('refuses a cited key no record has, and records that cite each other in a circle', () => {
    const records = { ...table.records, a: { ...record, children: ['b'] }, b: { ...record, children: ['a'] }, c: { ...record, children: ['missing'] } };
    expectIssue(() => explanationOf(withTable({ ...table, records }), 'a'), 'INVALID_INPUT', ['explanations', 'records', 'b', 'children', 0]);
    expectIssue(() => explanationOf(withTable({ ...table, records }), 'c'), 'INVALID_INPUT', ['explanations', 'records', 'c', 'children', 0]);
  });

  it('refuses a node whose fields are not an explanation’s (the tree reader checks every field)', () => {
    const records = { ...table.records, [key]: { ...record, inputs: 'none' } };
    expectIssue(() => explanationOf(withTable({ ...table, records }), key), 'INVALID_INPUT', ['explanations', 'records', key, 'inputs']);
  });
});
