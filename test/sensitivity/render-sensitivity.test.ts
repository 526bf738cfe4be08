// renderSensitivity (src/sensitivity/render-sensitivity.ts): prints an analysis, and refuses what is not one.
import { describe, expect, it } from 'vitest';
import { analysePolicySensitivity, renderSensitivity } from '../../src/sensitivity/index.js';
import { parameterAt } from '../../src/policy/index.js';
import { expectIssue } from '../support/errors.js';

// The pace-of-change step (¼ of the gap, with ⅛ and ½ as alternatives) applied to a £100,000 gap.
const analysis = analysePolicySensitivity({
  run: (policy) => Number(parameterAt(policy, 'budget.paceOfChange.gapClosedPerYear', '2007-04-01').value) * 10_000_000,
  figures: (closed) => ({ closed }),
  parameters: ['budget.paceOfChange.gapClosedPerYear'],
});

describe('renderSensitivity', () => {
  it('prints the figure, the disputed parameter and the range of its change', () => {
    const text = renderSensitivity(analysis);
    expect(text.split('\n')[0]).toMatch(/^How sure are we\? 1 figure, /);
    expect(text).toContain('budget.paceOfChange.gapClosedPerYear');
  });
  it('refuses what is not an analysis, naming the field', () => {
    expectIssue(() => renderSensitivity({} as never), 'INVALID_INPUT', ['result', 'figures']);
    expectIssue(() => renderSensitivity({ ...analysis, rows: [null] } as never), 'INVALID_INPUT', ['result', 'rows', 0]);
    expectIssue(() => renderSensitivity(analysis, { top: 0 }), 'INVALID_INPUT', ['options', 'top']);
    expectIssue(() => renderSensitivity(null as never), 'INVALID_INPUT', ['result']);
  });
});
