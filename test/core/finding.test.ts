import { describe, expect, it } from 'vitest';
import { FINDING_OUTCOMES, worstOutcome } from '../../src/core/finding.js';
import { expectIssue } from '../support/errors.js';

describe('findings: one outcome vocabulary', () => {
  it('the worst outcome follows the order breach, warning, pending, unknown, compliant, not_applicable, info', () => {
    expect(worstOutcome([{ outcome: 'info' }, { outcome: 'compliant' }])).toBe('compliant');
    expect(worstOutcome([{ outcome: 'pending' }, { outcome: 'warning' }, { outcome: 'unknown' }])).toBe('warning');
    expect(worstOutcome([{ outcome: 'not_applicable' }, { outcome: 'breach' }])).toBe('breach');
    expect(worstOutcome([])).toBeUndefined();
    expect(Object.isFrozen(FINDING_OUTCOMES)).toBe(true);
  });

  it('reads every finding once and ignores nothing: an outcome outside the vocabulary is refused, naming the finding', () => {
    expectIssue(() => worstOutcome([{ outcome: 'compliant' }, { outcome: 'failed' } as never]), 'INVALID_INPUT', [1, 'outcome']);
    expectIssue(() => worstOutcome([{ outcome: 'compliant' }, null as never]), 'INVALID_INPUT', [1]);
    expectIssue(() => worstOutcome('breach' as never), 'INVALID_INPUT', []);
  });

  it('keeps the worst of a long list whatever its position', () => {
    const many = Array.from({ length: 1000 }, () => ({ outcome: 'info' as const }));
    expect(worstOutcome([...many, { outcome: 'unknown' }, ...many])).toBe('unknown');
    expect(worstOutcome([{ outcome: 'breach' }, ...many])).toBe('breach');
  });
});
