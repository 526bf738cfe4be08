// The demo (`npm run demo`): a PCT's year an analyst can read without meeting an identifier, whose
// sections agree, built on renderAreaReport and reusable for any area (`pctReport`).
import { describe, expect, it } from 'vitest';
import { demoReport, pctReport } from '../../scripts/demo.js';
import { sampleValeArea } from '../../src/testing/index.js';

// What `npm run demo` prints: the sample PCT's year (with a provider-arm case), then the tariff and WCC sections.
const text = demoReport();
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
  it("says a line on each piece of issue 17: the group's allowance, the PCT as provider, tariff pricing (synthetic), WCC against the national results", () => {
    // 2007/08 is before DH expected an allowance (July 2008).
    expect(text).toMatch(/- Vale North cluster \(vale-north\): 3 practices, .*; no management allowance\[\^\d+\]\./);
    const provider = text.slice(text.indexOf('### The primary care trust as provider'), text.indexOf('## Readiness'));
    expect(provider).toContain('- Business case BC-5ZZ-2007-009, the separation of commissioning from the provider arm: compliant.');
    expect(provider).toContain('- Business case BC-5ZZ-2007-009, how the provider arm was chosen: a warning. The PCT awarded the service');
    const tariff = text.slice(text.indexOf('## Pricing historic activity at the tariff (a synthetic example)'), text.indexOf('## World class commissioning'));
    expect(tariff).toContain('are invented, not the national tariff');
    // The synthetic 2009/10 table: 20 × £600 + 100 × £93 + 12 × £1,550.
    expect(tariff).toContain('| Day cases | 20 | £600.00 | £12,000.00 |');
    expect(tariff).toContain('| **Total** | | | £39,900.00 |');
    const wcc = text.slice(text.indexOf('## World class commissioning in a later year (invented evidence)'));
    // HFMA 2010: 61% of boards green, slightly less than 43% for finance, competency 11 mean 1.46.
    expect(wcc).toContain('- Governance (board) rated green: nationally 61%; Sample Vale PCT among them.');
    expect(wcc).toContain('- Finance rated green: nationally slightly less than 43%; Sample Vale PCT not among them (behind).');
    expect(wcc).toContain('- Competency 11 level: nationally a mean of 1.46; Sample Vale PCT below it (behind).');
  });
  it('runs for another area, without a reform', () => {
    const other = pctReport({ ...sampleValeArea, name: 'My PCT' }, { asOf: '2008-06-30', reform: null, howSure: false, title: 'My PCT, 2007/08' });
    expect(other.split('\n')[0]).toBe('# My PCT, 2007/08');
    expect(other).not.toContain('What a reform would change');
    expect(other).not.toContain('How sure are we?');
    expect(other).not.toContain('<!-- how-sure-are-we');
  });
});
