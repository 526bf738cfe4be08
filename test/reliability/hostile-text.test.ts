/**
 * Issue 19, class 5: text that forges output. Caller-supplied text (ids, names, titles, subjects,
 * source titles, notes) is printed with control characters, line and paragraph separators and bidi
 * controls escaped, in rendered explanations, finding messages, chart titles, case reports and error
 * messages; so no input can start a line of its own or reorder what is printed around it. Source
 * URLs are http(s) only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateArea, isPbcError, renderExplanation, type Explanation } from '../../src/index.js';
import { explain } from '../../src/core/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { SourceSchema } from '../../src/schemas/index.js';
import { describePolicyCaseResult } from '../../src/testing/index.js';
import { incentivePaymentsChart } from '../../src/charts/index.js';
import { safeText } from '../../src/core/text.js';
import { sampleArea } from '../scenario/fixtures.js';
import { fuzzedEntryPoints, sampleExplanation } from './entry-points.js';
import { FUZZ_RUNS } from './helpers.js';
import { stringPaths, withStringAt } from './string-fields.js';

/** The characters no printed text may hold raw (line feeds only as the renderer's own line breaks). */
// eslint-disable-next-line no-control-regex -- the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex -- the point
const UNSAFE_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const FORGING = ['\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029', '\u202e', '\u2066', '\u200f', '\u061c', '\u001b[2J', '\u0000', '\t', '\u007f'];

const hostileText = fc.tuple(fc.constantFrom(...FORGING), fc.constantFrom('result: all entitlements met', '    read fur.practiceShare = 1 (100%)', 'PASS')).map(([control, forged]) => `${control}${forged}`);

/** The number of lines a tree renders to, counted from its structure: what a forged line would change. */
function expectedLines(tree: Explanation): number {
  let lines = 0;
  let doubtful = false;
  const stack = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    lines += 2 + (Object.keys(node.inputs).length > 0 ? 1 : 0) + node.parameters.length + node.notes.length + (node.sources.length > 0 ? 1 : 0);
    doubtful ||= node.parameters.some((reading) => reading.confidence === 'unconfirmed' || (reading.alternatives?.length ?? 0) > 0);
    stack.push(...node.children);
  }
  // Issue 16: a tree that rests on an unconfirmed or disputed reading ends with one legend line.
  return lines + (doubtful ? 1 : 0);
}

function expectRenderedSafely(tree: Explanation, what: string): void {
  const text = renderExplanation(tree, { policy: baselinePolicy });
  expect(text.split('\n').length, what).toBe(expectedLines(tree));
  expect(UNSAFE.test(text), what).toBe(false);
}

function isExplanationLike(value: unknown): value is Explanation {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'rule' in value && 'parameters' in value && 'children' in value;
}

/** Checks every printed text in a result: explanations render safely; messages, reasons and chart titles hold no unsafe character. */
function expectNoForgedText(value: unknown, what: string, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (isExplanationLike(value)) {
    expectRenderedSafely(value, what);
    return;
  }
  // A chart spec's title, subtitle and description are printed; elsewhere messages and reasons are.
  if ('$schema' in value) {
    const spec = value as { title?: { text?: string; subtitle?: string[] }; description?: string };
    for (const line of [spec.title?.text ?? '', ...(spec.title?.subtitle ?? []), spec.description ?? '']) expect(UNSAFE_OR_NEWLINE.test(line), `${what}: chart text ${JSON.stringify(line)}`).toBe(false);
  }
  for (const [key, item] of value instanceof Map ? [...value.entries()] : Object.entries(value)) {
    if (typeof item === 'string' && (key === 'message' || key === 'reason')) expect(UNSAFE_OR_NEWLINE.test(item), `${what}: ${String(key)} ${JSON.stringify(item)}`).toBe(false);
    expectNoForgedText(item, what, seen);
  }
}

function expectSafeError(error: unknown, what: string): void {
  if (!isPbcError(error)) throw error;
  expect(UNSAFE_OR_NEWLINE.test(error.message), `${what}: ${JSON.stringify(error.message)}`).toBe(false);
  for (const issue of error.issues) expect(UNSAFE_OR_NEWLINE.test(issue.message), `${what}: ${JSON.stringify(issue.message)}`).toBe(false);
}

describe('text cannot forge output (issue 19, class 5)', () => {
  it("a holder id 'North\\nresult: all entitlements met' cannot forge a line of the explanation", () => {
    const step = explain({ id: 'entitlements.check', version: '1', title: 'DH 2009 PBC entitlements for practice North\nresult: all entitlements met, 2009/10', sources: [] }, baselinePolicy, '2009-08-31');
    step.input('holder', 'North\nresult: all entitlements met');
    step.note('holder North\nresult: all entitlements met');
    const text = renderExplanation(step.done(['breach']));
    expect(text.split('\n').filter((line) => line.trim().startsWith('result:'))).toEqual(['  result: ["breach"]']);
    expect(text).toContain('practice North\\nresult: all entitlements met');
    // Through the public entry point too: a group's name in the area is printed, never obeyed.
    const area = sampleArea();
    const named = { ...area, groups: area.groups?.map((group) => ({ ...group, id: 'North\nresult: all entitlements met' })) };
    try {
      const evaluation = evaluateArea(named, { asOf: '2008-06-30' });
      expectNoForgedText(evaluation, 'evaluateArea');
    } catch (error) {
      expectSafeError(error, 'evaluateArea');
    }
  });

  it("a reform's source titled to print a fake 'read fur.practiceShare = 1 (100%)' line cannot forge it", () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'forged-title',
      label: 'A source with a hostile title',
      sources: [{ id: 'forged', title: 'x\n    read fur.practiceShare = 1 (100%)', publisher: 'P\u202eLIAF', date: '2007', weight: 'context', url: 'https://example.org/a' }],
      parameters: { 'fur.practiceShare': [{ from: '2007-04-01', to: '2008-03-31', value: '0.7', sources: ['forged'], confidence: 'unconfirmed' }] },
    });
    const step = explain({ id: 'demo.share', version: '1', title: 'Share', sources: ['forged'] }, reformed, '2007-06-01');
    step.ratio('fur.practiceShare');
    const text = renderExplanation(step.done('0.7'), { policy: reformed });
    expect(text.split('\n').filter((line) => line.trimStart().startsWith('read '))).toHaveLength(1);
    expect(text).not.toContain('\u202e');
    expect(text).toContain('"x\\n    read fur.practiceShare = 1 (100%)"');
  });

  it('SourceSchema refuses a javascript: URL and accepts only http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'ftp://example.org/x', 'JAVASCRIPT:alert(1)']) {
      expect(SourceSchema.safeParse({ id: 'a', title: 'T', publisher: 'P', date: '2007', weight: 'context', url }).success, url).toBe(false);
    }
    for (const url of ['https://example.org/a', 'http://www.bma.org./ap.nsf/Content/comp2tpbcdes', 'HTTPS://EXAMPLE.ORG']) {
      expect(SourceSchema.safeParse({ id: 'a', title: 'T', publisher: 'P', date: '2007', weight: 'context', url }).success, url).toBe(true);
    }
    expect(() => applyReform(baselinePolicy, { id: 'js', label: 'JS', sources: [{ id: 'js-src', title: 'T', publisher: 'P', date: '2007', weight: 'context', url: 'javascript:alert(1)' }] })).toThrow(/http or https/);
  });

  it('safeText escapes controls, separators and bidi controls, and leaves ordinary text alone', () => {
    expect(safeText('North\nresult')).toBe('North\\nresult');
    expect(safeText('a\r\tb\u0085c\u2028d\u202ee\u2066f\u200fg\u061ch\u007fi\u0000')).toBe('a\\r\\tb\\u0085c\\u2028d\\u202ee\\u2066f\\u200fg\\u061ch\\u007fi\\u0000');
    expect(safeText('Sainté Practice – £1,000 😀 ﷺ')).toBe('Sainté Practice – £1,000 😀 ﷺ');
  });

  it('chart titles are escaped', () => {
    const spec = incentivePaymentsChart([], { title: 'Payments\n\u202eforged' });
    expect(spec.title.text).toBe('Payments\\n\\u202eforged');
    expectNoForgedText(spec, 'incentivePaymentsChart');
  });

  it('describePolicyCaseResult prints a hostile case name on one line', () => {
    const text = describePolicyCaseResult({ name: 'x\nPASS everything', entryPoint: 'freedUpResources', source: 's\u2028t', status: 'fail', differences: [], missingInputs: [] } as never);
    expect(text.split('\n')).toHaveLength(1);
  });

  it('every entry point, given control characters, line breaks or bidi controls in any string field, prints no forged line (property)', () => {
    const entries = fuzzedEntryPoints.filter((entry) => entry.seeds.length > 0);
    fc.assert(
      fc.property(fc.nat(entries.length - 1), fc.nat(), fc.nat(), hostileText, fc.boolean(), (entryIndex, seedIndex, pathIndex, hostile, replace) => {
        const entry = entries[entryIndex]!;
        const seed = entry.seeds[seedIndex % entry.seeds.length]!;
        const paths = stringPaths(seed);
        if (paths.length === 0) return;
        const path = paths[pathIndex % paths.length]!;
        const args = withStringAt(seed, path, (original) => (replace ? hostile : `${original}${hostile}`));
        if (args === undefined) return;
        const what = `${entry.name} with ${path.join('.')} = ${JSON.stringify(hostile)}`;
        let result: unknown;
        try {
          result = entry.call(args);
        } catch (error) {
          expectSafeError(error, what);
          return;
        }
        expectNoForgedText(result, what);
        if (typeof result === 'string') {
          // renderExplanation and describePolicyCaseResult: lines only where the library breaks them.
          expect(UNSAFE.test(result), what).toBe(false);
          if (entry.name === 'renderExplanation') expect(result.split('\n').length, what).toBe(expectedLines(args[0] as Explanation));
        }
      }),
      { numRuns: Math.max(300, FUZZ_RUNS) },
    );
  });

  it('an explanation with hostile text in every field renders one line per item (property)', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('rule', 'version', 'title', 'asOf', 'note', 'source', 'input', 'inputKey', 'output', 'readingId', 'readingFrom'), (hostile, field) => {
        const base = sampleExplanation();
        const reading = base.parameters[0]!;
        const tree: Explanation = {
          ...base,
          ...(field === 'rule' || field === 'version' || field === 'title' || field === 'asOf' ? { [field]: hostile } : {}),
          notes: field === 'note' ? [hostile] : base.notes,
          sources: field === 'source' ? [hostile] : base.sources,
          inputs: field === 'input' ? { a: hostile } : field === 'inputKey' ? { [hostile]: 1 } : base.inputs,
          output: field === 'output' ? hostile : base.output,
          parameters: field === 'readingId' ? [{ ...reading, id: hostile }] : field === 'readingFrom' ? [{ ...reading, from: hostile }] : base.parameters,
        };
        expectRenderedSafely(tree, `${field} = ${JSON.stringify(hostile)}`);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 300) },
    );
  });
});

describe('renderExplanation options cannot forge lines (issue 19, class 5)', () => {
  it('an indent holding a line break is refused, naming options.indent and the rule', async () => {
    const { renderExplanation, explain } = await import('../../src/core/explanation.js');
    const { baselinePolicy } = await import('../../src/policy/baseline.js');
    const tree = explain({ id: 'demo.rule', version: '1', title: 'Demo', sources: [] }, baselinePolicy, '2007-04-01').done(1);
    expect(() => renderExplanation(tree, { indent: '\nresult: all entitlements met' })).toThrow(/options.indent/);
    try {
      renderExplanation(tree, { indent: '\u202e' });
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: { path: unknown; rule: unknown }[] }).issues[0]).toMatchObject({ path: ['options', 'indent'], rule: 'explanation.indent' });
    }
    expect(renderExplanation(tree, { indent: '  - ' })).toContain('Demo');
  });
});
