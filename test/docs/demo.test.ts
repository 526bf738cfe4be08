// The demo (`npm run demo`): a PCT's year an analyst can read without meeting an identifier, whose
// sections agree, built on renderAreaReport and reusable for any area (`pctReport`).
import { describe, expect, it } from 'vitest';
import { pctReport } from '../../scripts/demo.js';
import { sampleValeArea } from '../../src/testing/index.js';

const text = pctReport(sampleValeArea, { asOf: '2008-06-30' });
const prose = text.replace(/^\[\^\d+\]:.*$/gm, '');

describe('the demo report', () => {
  it('speaks in words: no identifier, no raw JSON, no "1 breaches", no "(s)"', () => {
    for (const identifier of ['movedTowardsFairShare', 'replaced-by-freed-up-resources', 'few_in_place', 'some_in_place', 'AC07.', 'realBudget', 'practiceKeeps', 'result:']) expect(text).not.toContain(identifier);
    expect(prose).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
    expect(prose).not.toMatch(/[{}]|":/);
    expect(text).not.toMatch(/\b1 (breaches|warnings|practices|business cases)\b/);
    expect(text).not.toContain('(s)');
  });
  it('agrees with itself: the reform table starts from the figures of the report above it', () => {
    const kept = /Practices keep (£[\d,]+\.\d\d) of the year’s savings/.exec(text)?.[1];
    expect(kept).toBeDefined();
    expect(text).toContain(`| Savings kept by practices | ${kept} |`);
    const total = text.split('\n').find((line) => line.startsWith('| **All practices**'));
    expect(total).toContain(kept);
  });
  it('names the practices, and says how sure it is: the pace-of-change step is the one disputed fact that moves a figure', () => {
    expect(text).toContain('| Riverside Surgery (Z90001) |');
    expect(text).not.toContain('<!-- how-sure-are-we');
    const section = text.slice(text.indexOf('## How sure are we?'), text.indexOf('## Sources'));
    expect(section).toContain('- **Solid:** no disputed fact moves overspends borne by practices, incentive payments due.');
    expect(section).toMatch(/\| Pace of change: [^|]+ \| not confirmed by any source \| overspends carried by the primary care trust \| −£19,347\.69 to \+£45,796\.60 \(up to 141\.12%\) \|/);
  });
  it('runs for another area, without a reform', () => {
    const other = pctReport({ ...sampleValeArea, name: 'My PCT' }, { asOf: '2008-06-30', reform: null, howSure: false, title: 'My PCT, 2007/08' });
    expect(other.split('\n')[0]).toBe('# My PCT, 2007/08');
    expect(other).not.toContain('What a reform would change');
    expect(other).not.toContain('How sure are we?');
    expect(other).not.toContain('<!-- how-sure-are-we');
  });
});
