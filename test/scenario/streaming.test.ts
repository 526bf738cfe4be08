import { describe, expect, it } from 'vitest';
import { compareScenarios, evaluateArea, evaluateAreaByPct, explainFigure, explanationOf, renderExplanation, type ScenarioProgress } from '../../src/index.js';
import { baselinePolicy, realBudgetsForElectiveCareReform } from '../../src/policy/index.js';
import { generateArea } from '../../src/testing/index.js';
import { expectIssue } from '../support/errors.js';

const AS_OF = '2009-06-30';
const sha = generateArea({ seed: 2008, scope: { sha: 'Q30' }, financialYear: '2008/09' });
const pct = generateArea({ seed: 2008, scope: { pct: '5A0' }, financialYear: '2008/09' });

describe('evaluateAreaByPct and onProgress', () => {
  const progress: ScenarioProgress[] = [];
  const whole = evaluateArea(sha, { policy: baselinePolicy, asOf: AS_OF, explanations: false, onProgress: (entry) => progress.push(entry) });

  it('yields each PCT in area order with exactly the rows evaluateArea returns', () => {
    const parts = [...evaluateAreaByPct(sha, { policy: baselinePolicy, asOf: AS_OF, explanations: false })];
    expect(parts.map((part) => part.pctCode)).toEqual(sha.pcts.map((entry) => entry.code));
    expect(parts.flatMap((part) => part.yearEnd)).toEqual(whole.yearEnd);
    expect(parts.flatMap((part) => part.budgets)).toEqual(whole.budgets);
    expect(parts.flatMap((part) => part.incentives)).toEqual(whole.incentives);
    expect(parts.map((part) => part.pct)).toEqual(whole.pcts);
    expect(parts.every((part) => part.explanations === null)).toBe(true);
  });

  it('reports progress once per PCT: done counts up to total, naming each PCT', () => {
    expect(progress).toEqual(sha.pcts.map((entry, index) => ({ done: index + 1, total: sha.pcts.length, pctCode: entry.code })));
  });

  it('checks the area and the options when called, before the first PCT', () => {
    const bad = { ...pct, pcts: [] };
    expectIssue(() => evaluateAreaByPct(bad, { asOf: AS_OF }), 'INVALID_INPUT', ['pcts']);
    // @ts-expect-error onProgress must be a function
    expectIssue(() => evaluateArea(pct, { asOf: AS_OF, onProgress: 'yes' }), 'INVALID_INPUT', ['onProgress']);
  });

  it('compareScenarios reports progress once per PCT', () => {
    const seen: ScenarioProgress[] = [];
    compareScenarios(pct, { reform: realBudgetsForElectiveCareReform, asOf: AS_OF, onProgress: (entry) => seen.push(entry) });
    expect(seen).toEqual([{ done: 1, total: 1, pctCode: '5A0' }]);
  });
});

describe('explainFigure: explanations on demand', () => {
  const traced = evaluateArea(pct, { policy: baselinePolicy, asOf: AS_OF });
  const practice = pct.practices[3]!.code;

  it('renders the same steps as evaluateArea with explanations, for every record of one practice', () => {
    for (const kind of ['monitoring', 'yearEnd', 'incentives']) {
      const key = `${kind}:${practice}`;
      const before = explanationOf(traced, key);
      const now = explainFigure(pct, { policy: baselinePolicy, asOf: AS_OF, key });
      expect(renderExplanation(now)).toBe(renderExplanation(before!));
      expect(now).toEqual(before);
    }
    const budgets = explainFigure(pct, { asOf: AS_OF, key: 'budgets:5A0' });
    expect(renderExplanation(budgets)).toBe(renderExplanation(explanationOf(traced, 'budgets:5A0')));
  });

  it('explains one key of every kind the same way (groups, conflicts, readiness too)', () => {
    const keys = Object.keys(traced.explanations!.records);
    const kinds = [...new Set(keys.map((key) => key.slice(0, key.indexOf(':'))))];
    expect(kinds).toEqual(expect.arrayContaining(['budgets', 'monitoring', 'yearEnd', 'incentives', 'conflicts', 'readiness', 'groups']));
    for (const kind of kinds) {
      const key = keys.find((entry) => entry.startsWith(`${kind}:`))!;
      expect(explainFigure(pct, { asOf: AS_OF, key }), key).toEqual(explanationOf(traced, key));
    }
  });

  it('refuses a key that names no record', () => {
    expectIssue(() => explainFigure(pct, { asOf: AS_OF, key: 'yearEnd:Z99999' }), 'INVALID_INPUT', ['key'], 'scenario.explainFigure.knownKey');
    expectIssue(() => explainFigure(pct, { asOf: AS_OF, key: 'nonsense' }), 'INVALID_INPUT', ['key']);
  });
});
