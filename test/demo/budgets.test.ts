/**
 * The budgets section of the demo report (scripts/demo/budgets.ts).
 */
import { describe, expect, it } from 'vitest';
import { budgetsSection } from '../../scripts/demo/budgets.js';

describe('the demo report', () => {
  it('has a budgets section of 20–50 lines naming the sample PCT and every function it shows', () => {
    const text = budgetsSection();
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(20);
    expect(lines.length).toBeLessThanOrEqual(50);
    expect(text).toContain('Sample Vale PCT');
    expect(text).toContain('Freed-up resources');
    expect(text).toContain('community fundholding: eligible');
  });
});
