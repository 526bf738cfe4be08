// renderAreaReport: a PCT's year as Markdown in plain words, with formatted money, right plurals,
// a footnote on each figure, and input text escaped so a name cannot inject Markdown or HTML.
import { describe, expect, it } from 'vitest';
import { evaluateArea, renderAreaReport, type EvaluateAreaInput } from '../../src/index.js';
import { generateArea } from '../../src/testing/index.js';
import { pbcError } from '../support/errors.js';

const area = generateArea({ seed: 2008, scope: { pct: '5A0' }, financialYear: '2007/08' });
const year = evaluateArea(area, { asOf: '2008-06-30' });
const report = renderAreaReport(year, { area });

/** The cells of a Markdown table row, splitting on unescaped pipes. */
const cells = (line: string): string[] => line.split(/(?<!\\)\|/).slice(1, -1);

describe('renderAreaReport', () => {
  it('speaks in words: no code identifier, no raw pence, no "(s)", no "1 breaches"', () => {
    for (const code of ['movedTowardsFairShare', 'replaced-by-freed-up-resources', 'not-earned', 'few_in_place', 'some_in_place', 'not_applicable', 'towards-pbc-des', 'AC07.', 'AC2007', 'yearEnd:', 'explanationKey']) {
      expect(report).not.toContain(code);
    }
    const prose = report.split('## Sources')[0]!;
    expect(prose).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/); // camelCase
    expect(prose).not.toMatch(/\b[a-z]+_[a-z_]+\b/); // snake_case
    expect(report).not.toContain('(s)');
    expect(report).not.toMatch(/\b1 (practices|breaches|warnings|assessments|months|business cases|payments are|items pay|primary care trusts)\b/);
    expect(report).not.toContain(String(year.totals.budget));
    expect(report).toContain(`Practice budgets of £`);
  });
  it('formats money in pounds and counts with separators, and the totals agree with the evaluation', () => {
    const total = report.split('\n').find((line) => line.startsWith('| **All practices**'))!;
    const pounds = (amount: number): string => `£${(amount / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    expect(cells(total).map((cell) => cell.trim())).toEqual([
      '**All practices**',
      year.totals.listSize.toLocaleString('en-GB'),
      pounds(year.totals.budget),
      pounds(year.totals.outturn),
      (year.totals.variance < 0 ? '-' : '') + pounds(Math.abs(year.totals.variance)),
      pounds(year.totals.practiceKeeps),
      pounds(year.totals.practiceBears),
      pounds(year.totals.incentivesDue),
    ]);
    const first = year.practices[0]!;
    expect(report).toContain(`| ${first.practiceCode} | ${first.listSize.toLocaleString('en-GB')} | ${pounds(first.budget)} | ${pounds(first.outturn)} |`);
  });
  it('cites a source in a footnote for each figure of the summary, and defines every footnote it uses', () => {
    const glance = report.split('## The year at a glance')[1]!.split('## Practices')[0]!;
    const bullets = glance.split('\n').filter((line) => line.startsWith('- '));
    expect(bullets.length).toBeGreaterThan(5);
    for (const bullet of bullets.slice(1)) expect(bullet).toMatch(/\[\^\d+\]/);
    const used = new Set([...report.split('## Sources')[0]!.matchAll(/\[\^(\d+)\]/g)].map((match) => match[1]));
    const defined = new Set([...report.matchAll(/^\[\^(\d+)\]:/gm)].map((match) => match[1]));
    expect([...used].sort()).toEqual([...defined].sort());
    expect(report).toMatch(/^\[\^1\]: .*Sources: .*\]\(https?:\/\//m);
  });
  it('says when the year is not complete, and keeps the marked place for "how sure are we?"', () => {
    expect(report).toContain('all twelve months of spend reported');
    // The generated area holds events up to June after the year: a report of the year in progress, drawn from the same tables.
    const early = renderAreaReport({ ...year, final: false, throughMonth: 6, asOf: '2007-09-30' });
    expect(early).toContain('with 6 months of spend reported: the year is not complete');
    expect(early).toContain('a forecast outturn of £');
    expect(report).toContain('<!-- how-sure-are-we: the uncertainty section goes here -->');
  });
  it('escapes hostile names, titles and reasons: no HTML, no link, no heading, no extra table cell', () => {
    const hostile = ['<script>alert(1)</script>', '# Heading', '[click](javascript:alert(1))', '| cell | break', '1. list', 'two\nlines', '**bold** _it_ `code` ~~x~~ &amp;'];
    const named: EvaluateAreaInput = {
      ...area,
      name: hostile[0]!,
      practices: area.practices.map((practice, index) => (index < hostile.length ? { ...practice, name: hostile[index]! } : practice)),
    };
    const text = renderAreaReport(year, { area: named, title: '</h1><img src=x onerror=alert(1)>' });
    expect(text).not.toMatch(/<(script|img|\/h1)/i);
    expect(text).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(text).toContain('\\[click\\](javascript:alert(1))');
    expect(text).toContain('&lt;script&gt;');
    expect(text).toContain('&amp;amp;');
    expect(text.split('\n').filter((line) => /^#/.test(line)).every((line) => /^#{1,3} /.test(line) && !line.includes('Heading'))).toBe(true);
    for (const line of text.split('\n').filter((row) => row.startsWith('| '))) expect(cells(line)).toHaveLength(8);
    expect(text).toContain('| \\# Heading (');
    expect(text).toContain('| 1\\. list (');
    expect(text).toContain('two lines (');
  });
  it('escapes text that reaches a finding from the input (a business case id and a proposer named as markup)', () => {
    const cases = area.businessCases ?? [];
    const hostileCases = cases.map((entry) => ({
      ...entry,
      businessCase: { ...entry.businessCase, id: `${entry.businessCase.id}<b>*x*</b>`, proposer: { ...entry.businessCase.proposer, name: '[evil](https://example.org) <i>' } },
    }));
    const text = renderAreaReport(evaluateArea({ ...area, businessCases: hostileCases }, { asOf: '2008-06-30' }));
    expect(text).toContain('&lt;b&gt;\\*x\\*&lt;/b&gt;');
    expect(text).not.toMatch(/<[bi]>/);
    expect(text).not.toMatch(/(?<!\\)\]\(https:\/\/example/);
  });
  it('refuses a value that is not an evaluation, and bad options', () => {
    pbcError(() => renderAreaReport({} as never), 'INVALID_INPUT');
    pbcError(() => renderAreaReport(year, { title: 3 } as never), 'INVALID_INPUT');
  });
});

describe('renderAreaReport: world class commissioning, the groups\' management allowance and the PCT as provider (issue 17)', () => {
  const generated = generateArea({ seed: 3, scope: { pct: '5C4' }, financialYear: '2009/10' });
  const later: EvaluateAreaInput = {
    ...generated,
    pcts: generated.pcts.map((pct) => ({ ...pct, wcc: { basis: 'panel', competencies: { 'WCC.C01': 3, 'WCC.C04': 2, 'WCC.C11': 4 }, governance: { strategy: 'green', finance: 'amber', board: 'green' } } })),
    businessCases: generated.businessCases!.map((entry, index) =>
      index === 0 ? { ...entry, businessCase: { ...entry.businessCase, pctProviderArm: { name: 'Community Services', bids: true, chosen: true, separation: 'internal' } } } : entry,
    ),
  };
  const result = evaluateArea(later, { asOf: '2010-06-30' });
  const text = renderAreaReport(result, { area: later });
  const prose = text.split('## Sources')[0]!;

  it("gives the PCT's WCC assurance in words, beside the national results of the year", () => {
    expect(text).toContain(
      '- North West PCT 13 (5C4), the 2009/10 assurance by the assurance panel: competency 4, collaborating with clinicians (the link to practice based commissioning), at level 2 of 4; governance green for strategy, amber for finance and green for the board, so no red rating, but not green in all three; 1 of 3 competencies with a known level rated world class[^',
    );
    // HFMA 2010 (NHS Confederation analysis of 146 of the 152 PCTs): 61%, slightly less than 43%, just under 23%.
    expect(text).toMatch(/- Nationally in 2009\/10, 61% of the 146 primary care trusts with published results \(of 152\) were rated green for the board, slightly less than 43% were rated green for finance and just under 23% were rated green in all three\[\^\d+\]\./);
  });

  it("gives each group's management allowance, in pounds and pence, beside its budget", () => {
    const group = result.groups[0]!;
    // 12,838,200 pence: the group's 64,191 patients at the default 200p a head.
    expect(group.managementAllowance).toBe(group.listSize * 200);
    const pounds = `£${(group.listSize * 2).toLocaleString('en-GB')}.00`;
    expect(text).toContain(`a management allowance of ${pounds}, a default rate per registered patient (the Department of Health set no figure, and the default is not confirmed)[^`);
    expect(renderAreaReport(evaluateArea(area, { asOf: '2008-06-30' }), { area })).toMatch(/; no management allowance\[\^\d+\]\./);
  });

  it('reports the provider-arm findings in words, under their own heading, once', () => {
    const section = text.slice(text.indexOf('### The primary care trust as provider'), text.indexOf('## Readiness'));
    expect(section).toContain("- Business case BC-5C4-2009-001, the separation of commissioning from the provider arm: a breach. The PCT's provider arm (Community Services) was chosen for the service");
    expect(section).toContain('- Business case BC-5C4-2009-001, how the provider arm was chosen: compliant. The PCT');
    expect(text.split('separation of commissioning from the provider arm').length).toBe(2);
    expect(text).toMatch(/findings need attention in 5 business cases\[\^\d+\]; one is about the primary care trust’s own provider arm, below\. The others:/);
    expect(prose).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
    expect(prose).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    // Without a provider arm in the input, no such section.
    expect(renderAreaReport(evaluateArea(generated, { asOf: '2010-06-30' }), { area: generated })).not.toContain('### The primary care trust as provider');
  });
});
