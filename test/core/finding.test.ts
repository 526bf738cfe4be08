import { describe, expect, it } from 'vitest';
import { FINDING_OUTCOMES, worstOutcome } from '../../src/core/finding.js';
import { rulesReading } from '../../src/core/rules.js';

describe('findings: one outcome vocabulary', () => {
  it('the worst outcome follows the order breach, warning, pending, unknown, compliant, not_applicable, info', () => {
    expect(worstOutcome([{ outcome: 'info' }, { outcome: 'compliant' }])).toBe('compliant');
    expect(worstOutcome([{ outcome: 'pending' }, { outcome: 'warning' }, { outcome: 'unknown' }])).toBe('warning');
    expect(worstOutcome([{ outcome: 'not_applicable' }, { outcome: 'breach' }])).toBe('breach');
    expect(worstOutcome([])).toBeUndefined();
    expect(Object.isFrozen(FINDING_OUTCOMES)).toBe(true);
  });
});

describe('rule catalogues: the way back from a parameter to its rules', () => {
  const entry = (id: string, parameters: string[]) => ({ id, title: id, version: '1', sources: [], parameters, outcomes: [] });
  it('lists every rule reading the parameter, across catalogues, in order', () => {
    const catalogues = [[entry('a.one', ['p.x']), entry('a.two', ['p.y'])], [entry('b.one', ['p.y', 'p.x'])]];
    expect(rulesReading('p.x', catalogues).map((rule) => rule.id)).toEqual(['a.one', 'b.one']);
    expect(rulesReading('p.z', catalogues)).toEqual([]);
  });
});
