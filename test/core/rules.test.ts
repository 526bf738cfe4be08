import { describe, expect, it } from 'vitest';
import { rulesReading } from '../../src/core/rules.js';
import { conflictsRuleCatalogue } from '../../src/policy/index.js';
import { expectIssue } from '../support/errors.js';

describe('rule catalogues: the way back from a parameter to its rules', () => {
  const entry = (id: string, parameters: string[]) => ({ id, title: id, version: '1', sources: [], parameters, outcomes: [] });
  it('lists every rule reading the parameter, across catalogues, in order', () => {
    const catalogues = [[entry('a.one', ['p.x']), entry('a.two', ['p.y'])], [entry('b.one', ['p.y', 'p.x'])]];
    expect(rulesReading('p.x', catalogues).map((rule) => rule.id)).toEqual(['a.one', 'b.one']);
    expect(rulesReading('p.z', catalogues)).toEqual([]);
  });

  it('keeps each entry as given, optional fields included, without adding absent ones', () => {
    const full = { ...entry('a.one', ['p.x']), inForce: 'p.x', reference: 'R1' };
    expect(rulesReading('p.x', [[full]])).toEqual([full]);
    expect(Object.keys(rulesReading('p.x', [[entry('a.two', ['p.x'])]])[0] ?? {})).not.toContain('inForce');
  });

  it('answers from the shipped catalogues', () => {
    expect(rulesReading('conflicts.decisionInTime.inForce', [conflictsRuleCatalogue]).map((rule) => rule.id)).toEqual(['conflicts.decisionInTime']);
    expect(rulesReading('no.such.parameter', [conflictsRuleCatalogue])).toEqual([]);
  });

  it('refuses arguments that are not a parameter id and catalogues, naming the field', () => {
    expectIssue(() => rulesReading('', [[]]), 'INVALID_INPUT', ['parameterId']);
    expectIssue(() => rulesReading(42 as never, [[]]), 'INVALID_INPUT', ['parameterId']);
    expectIssue(() => rulesReading('p.x', [entry('a.one', ['p.x'])] as never), 'INVALID_INPUT', ['catalogues', 0]);
    expectIssue(() => rulesReading('p.x', [[{ ...entry('a.one', ['p.x']), parameters: 'p.x' }]] as never), 'INVALID_INPUT', ['catalogues', 0, 0, 'parameters']);
    expectIssue(() => rulesReading('p.x', [[{ ...entry('a.one', []), outcomes: ['failed'] }]] as never), 'INVALID_INPUT', ['catalogues', 0, 0, 'outcomes', 0]);
  });
});
