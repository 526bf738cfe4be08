/**
 * Golden results: every entry point's worked examples (the fuzz seeds: the guides' examples and the
 * demo's sample area) pinned exactly — the figures, findings and messages, and the explanation
 * rendered as plain English (every rule applied, every input recorded, every dated parameter read,
 * every note). A change to any rule's output, or to what its explanation says, shows here as a diff
 * to review; accept an intended one with `npx vitest run test/reliability/golden.test.ts -u`.
 *
 * Mutation testing showed why: a rule can keep its headline figure while its explanation loses an
 * input, a note or a reason, and only an exact comparison notices.
 */
import { describe, expect, it } from 'vitest';
import { renderExplanation, type Explanation } from '../../src/index.js';
import { fuzzedEntryPoints } from './entry-points.js';

// Left out: functions returning a whole policy or schema (pinned by their own tests), deepFreeze,
// and the test kit, whose evidence grows as the library does.
const skipped = new Set(['applyReform', 'buildPolicy', 'deepFreeze', 'jsonSchemaOf', 'validatePolicy']);
const entries = fuzzedEntryPoints.filter((entry) => entry.area !== 'testing' && !skipped.has(entry.name));

function isExplanation(value: unknown): value is Explanation {
  return typeof value === 'object' && value !== null && 'rule' in value && 'parameters' in value && 'children' in value;
}

/** The result without its explanation trees, and each tree rendered in plain English. */
function golden(value: unknown): { readonly result: unknown; readonly explanations: readonly string[] } {
  const found: Explanation[] = [];
  const strip = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(strip);
    if (typeof item !== 'object' || item === null) return item;
    if (isExplanation(item)) {
      found.push(item);
      return '(explanation below)';
    }
    return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, strip(child)]));
  };
  const result = strip(value);
  // A finding's explanation is also a child of the check's: render each tree once, from its root.
  const descendants = new Set<Explanation>();
  const collect = (node: Explanation): void => node.children.forEach((child) => (descendants.add(child), collect(child)));
  found.forEach(collect);
  return { result, explanations: found.filter((node) => !descendants.has(node)).map((node) => renderExplanation(node)) };
}

describe('golden results of the worked examples', () => {
  it.each(entries.flatMap((entry) => entry.seeds.map((seed, index) => [`${entry.name} #${index + 1}`, entry, seed] as const)))('%s', (_name, entry, seed) => {
    expect(golden(entry.call(seed))).toMatchSnapshot();
  });

  it('covers every area', () => {
    expect(new Set(entries.map((entry) => entry.area))).toEqual(new Set(['core', 'budgets', 'incentives', 'conflicts', 'readiness']));
  });
});
