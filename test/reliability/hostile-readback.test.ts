/**
 * Issue 19, class 2: the library reads its own output. Every explanation any entry point returns —
 * including the `groups:*` explanations of `evaluateArea`, which share their members' nodes — is
 * accepted by every reader (`renderExplanation`, `diffExplanations`), as the same objects and after a
 * JSON round trip, with the same text and no causes between a tree and its copy. And a reader given
 * something that is not an explanation raises a PbcError naming the path, never a TypeError or a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffExplanations, evaluateArea, explanationOf, renderExplanation, type Explanation } from '../../src/index.js';
import { explain } from '../../src/core/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { sampleArea } from '../scenario/fixtures.js';
import { fuzzedEntryPoints, sampleExplanation } from './entry-points.js';
import { pbcErrorOf } from './fuzz-suite.js';
import { FUZZ_RUNS } from './helpers.js';

const ASOF = '2008-06-30';

function isExplanationLike(value: unknown): value is Explanation {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'rule' in value && 'parameters' in value && 'children' in value && 'asOf' in value;
}

/** Every explanation found in a result (the top-level ones: an explanation's children are inside it). */
function explanationsIn(value: unknown, found: Explanation[] = [], seen = new Set<object>()): Explanation[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  if (isExplanationLike(value)) {
    found.push(value);
    return found;
  }
  const items = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : Object.values(value);
  for (const item of items) explanationsIn(item, found, seen);
  return found;
}

/** Whether a tree shares a node between two parents (a DAG). */
function sharesANode(tree: Explanation): boolean {
  const seen = new Set<Explanation>();
  const stack = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (seen.has(node)) return true;
    seen.add(node);
    stack.push(...node.children);
  }
  return false;
}

const roundTrip = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const areaResult = evaluateArea(sampleArea(), { asOf: ASOF });
const areaExplanations = Object.keys(areaResult.explanations?.records ?? {}).map((key): [string, Explanation] => [key, explanationOf(areaResult, key)]);

/** Every explanation every registered entry point returns for its seeds. */
const entryPointExplanations: [string, Explanation][] = fuzzedEntryPoints.flatMap((entry) =>
  entry.seeds.flatMap((seed, index) => {
    let result: unknown;
    try {
      result = entry.call(seed);
    } catch {
      return [];
    }
    return explanationsIn(result).map((explanation, position): [string, Explanation] => [`${entry.name} seed ${index} #${position}`, explanation]);
  }),
);

describe('the library reads back what it returns (issue 19, class 2)', () => {
  it('renderExplanation accepts every groups:* explanation that evaluateArea returns (a node shared by several members is not a cycle)', () => {
    const groups = areaExplanations.filter(([key]) => key.startsWith('groups:'));
    expect(groups.length).toBeGreaterThan(0);
    for (const [key, tree] of groups) {
      const text = renderExplanation(tree);
      expect(text, key).toContain('[scenario.group');
      expect(renderExplanation(roundTrip(tree)), key).toBe(text);
    }
  });

  it('a node shared by two parents is rendered under each, exactly as its JSON copy', () => {
    const shared = sampleExplanation();
    const step = explain({ id: 'demo.both', version: '1', title: 'Both', sources: [] }, baselinePolicy, '2007-03-31');
    step.child(shared);
    step.child(shared);
    const tree = step.done(null);
    expect(sharesANode(tree)).toBe(true);
    const text = renderExplanation(tree);
    expect(text.split('\n').filter((line) => line.includes('Parent [demo.parent v2')).length).toBe(2);
    expect(renderExplanation(roundTrip(tree))).toBe(text);
    expect(diffExplanations(tree, roundTrip(tree))).toEqual([]);
  });

  it('renderExplanation accepts a JSON value that holds one object twice', () => {
    const part = { amount: 5 };
    const tree = { ...sampleExplanation(), inputs: { first: part, second: part }, output: [part, part] };
    expect(renderExplanation(tree)).toContain('inputs: first = {"amount":5}; second = {"amount":5}');
    expect(renderExplanation(tree)).toContain('result: [{"amount":5},{"amount":5}]');
  });

  it('a real cycle is still refused, naming the path, by renderExplanation and diffExplanations', () => {
    const cyclic = { ...sampleExplanation(), children: [] as Explanation[] };
    const inner = { ...sampleExplanation(), children: [cyclic] };
    cyclic.children.push(inner);
    expect(pbcErrorOf(() => renderExplanation(cyclic)).issues[0]?.path).toEqual(['children', 0, 'children', 0]);
    const error = pbcErrorOf(() => diffExplanations(cyclic, undefined));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]?.path).toEqual(['before', 'children', 0, 'children', 0]);
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(pbcErrorOf(() => renderExplanation({ ...sampleExplanation(), output: loop as never })).issues[0]?.path).toEqual(['output', 'self']);
  });

  it('every explanation from evaluateArea and from every entry point is accepted as it is and after a JSON round trip', () => {
    const all = [...areaExplanations, ...entryPointExplanations];
    // The registry reaches every area: explanations from at least a dozen entry points.
    expect(new Set(entryPointExplanations.map(([name]) => name.split(' ')[0])).size).toBeGreaterThanOrEqual(12);
    for (const [name, tree] of all) {
      const copy = roundTrip(tree);
      const text = renderExplanation(tree, { policy: baselinePolicy });
      expect(renderExplanation(copy, { policy: baselinePolicy }), name).toBe(text);
      expect(diffExplanations(tree, tree), name).toEqual([]);
      expect(diffExplanations(tree, copy, { before: baselinePolicy, after: baselinePolicy }), name).toEqual([]);
      expect(diffExplanations(copy, tree, { parameters: [], rules: [] }), name).toEqual([]);
    }
  });

  it('any sharing of one explanation among parents is accepted and renders as its JSON copy (property)', () => {
    const pool = [...areaExplanations, ...entryPointExplanations].map(([, tree]) => tree).slice(0, 40);
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(pool.length - 1), { maxLength: 4 }), { minLength: 1, maxLength: 4 }), (layers) => {
        let level: Explanation[] = pool;
        for (const picks of layers) {
          const step = explain({ id: 'demo.layer', version: '1', title: 'Layer', sources: [] }, baselinePolicy, '2007-03-31');
          for (const pick of picks) step.child(level[pick % level.length]!);
          const node = step.done(picks.length);
          level = [node, ...level];
        }
        const tree = level[0]!;
        expect(renderExplanation(roundTrip(tree))).toBe(renderExplanation(tree));
        expect(diffExplanations(tree, roundTrip(tree))).toEqual([]);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 200) },
    );
  });
});

describe('diffExplanations validates what it is given (issue 19, class 2)', () => {
  const good = sampleExplanation();
  it.each<[string, () => unknown, readonly (string | number)[]]>([
    ['null options', () => diffExplanations(good, good, null as never), ['options']],
    ['a null child', () => diffExplanations(good, { ...good, children: [null as never] }), ['after', 'children', 0]],
    ['a non-array parameters', () => diffExplanations({ ...good, parameters: {} as never }, good), ['before', 'parameters']],
    ['a BigInt reading', () => diffExplanations(good, { ...good, parameters: [{ ...good.parameters[0]!, value: 10n as never }] }), ['after', 'parameters', 0, 'value']],
    ['a tree that is a string', () => diffExplanations('tree' as never, good), ['before']],
    ['parameters that are not a list', () => diffExplanations(good, good, { parameters: 7 as never }), ['options', 'parameters']],
    ['rules holding a number', () => diffExplanations(good, good, { rules: ['a', 7] as never }), ['options', 'rules', 1]],
  ])('%s is INVALID_INPUT naming the path, not a TypeError', (_name, call, path) => {
    const error = pbcErrorOf(call);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]?.path).toEqual(path);
  });

  it('a cyclic tree returns promptly with INVALID_INPUT instead of never returning', () => {
    const cyclic = { ...good, children: [] as Explanation[] };
    cyclic.children.push(cyclic);
    const started = performance.now();
    expect(pbcErrorOf(() => diffExplanations(good, cyclic)).issues[0]?.message).toBe('the tree has a cycle: a node is its own descendant');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('a policy option that is not a policy is INVALID_POLICY', () => {
    expect(pbcErrorOf(() => diffExplanations(good, good, { before: {} as never })).code).toBe('INVALID_POLICY');
  });
});

describe('renderExplanation reads each field once (issue 19, class 3 part)', () => {
  it('renders from one reading of each field: a getter that changes after validation cannot slip through', () => {
    const base = sampleExplanation();
    let reads = 0;
    const node = { ...base };
    Object.defineProperty(node, 'title', {
      enumerable: true,
      get: () => {
        reads += 1;
        // Valid when first read; a number (which the renderer would refuse) on any later read.
        return reads === 1 ? 'Parent' : (7 as never);
      },
    });
    const text = renderExplanation(node as Explanation);
    expect(reads).toBe(1);
    expect(text.startsWith('Parent [demo.parent v2')).toBe(true);
  });

  it('a wide DAG whose expansion is huge is validated in linear time and refused by the size bound, not rendered for ever', () => {
    let node: Explanation = sampleExplanation();
    for (let level = 0; level < 40; level += 1) node = { ...node, children: [node, node] };
    const started = performance.now();
    const error = pbcErrorOf(() => renderExplanation(node));
    expect(error.issues[0]?.rule).toBe('explanation.size');
    // diffExplanations walks each distinct node once: it finishes and finds nothing.
    expect(diffExplanations(node, node)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
