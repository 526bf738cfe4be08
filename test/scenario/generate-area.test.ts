import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateArea } from '../../src/index.js';
import { fingerprintArea, generateArea, generatedEnglandPctCodes } from '../../src/testing/index.js';
import { GenerateAreaOptionsSchema } from '../../src/schemas/index.js';
import { expectIssue } from '../support/errors.js';

describe('generateArea: deterministic synthetic areas', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('the same seed gives the same area, deep-equal and with a stable fingerprint; another seed another area', () => {
    const options = { seed: 42, scope: { pct: '5A0' }, financialYear: '2007/08' } as const;
    const first = generateArea(options);
    const second = generateArea(options);
    expect(second).toEqual(first);
    // A change to the generator changes this fingerprint: update it only on purpose.
    expect(fingerprintArea(first)).toBe('704b63a5ba5603d7');
    expect(fingerprintArea(generateArea({ ...options, seed: 43 }))).not.toBe(fingerprintArea(first));
  });

  it('never uses Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random was called');
    });
    expect(() => generateArea({ seed: 1, scope: { pct: '5B3' }, financialYear: '2006/07' })).not.toThrow();
  });

  it('a PCT generated alone is the same PCT as within its SHA', () => {
    const alone = generateArea({ seed: 7, scope: { pct: '5A2' }, financialYear: '2008/09' });
    const sha = generateArea({ seed: 7, scope: { sha: 'Q30' }, financialYear: '2008/09' });
    expect(sha.pcts).toHaveLength(12);
    expect(sha.pcts.find((pct) => pct.code === '5A2')).toEqual(alone.pcts[0]);
    expect(sha.practices.filter((practice) => practice.pctCode === '5A2')).toEqual(alone.practices);
    expect(sha.businessCases?.filter((entry) => entry.pctCode === '5A2')).toEqual(alone.businessCases);
    expect(alone).toMatchObject({ id: 'pct-5A2', financialYear: '2008/09', shas: [{ code: 'Q30', name: 'North East' }] });
    expect(sha).toMatchObject({ id: 'sha-Q30', name: 'North East SHA' });
  });

  it('England: 8,433 practices in 152 PCTs and 10 SHAs, 53 million patients, lists spread like the real ones', () => {
    const england = generateArea({ seed: 2008, scope: 'england', financialYear: '2008/09' });
    expect(fingerprintArea(england)).toBe('1404868013c9ad90');
    expect(england.practices).toHaveLength(8433);
    expect(england.pcts).toHaveLength(152);
    expect(england.shas).toHaveLength(10);
    expect(new Set(england.practices.map((practice) => practice.code)).size).toBe(8433);
    expect(england.pcts.map((pct) => pct.code)).toEqual(generatedEnglandPctCodes);
    const lists = england.practices.map((practice) => practice.listSize).sort((a, b) => a - b);
    const total = lists.reduce((sum, list) => sum + list, 0);
    expect(total).toBe(53_000_000);
    expect(Math.round(total / lists.length)).toBe(6285);
    expect(lists[0]).toBeLessThan(1000);
    expect(lists.at(-1)).toBeGreaterThan(30_000);
    const median = lists[Math.floor(lists.length / 2)]!;
    expect(median).toBeGreaterThan(4500);
    expect(median).toBeLessThan(6000);
    expect(england.practices.every((practice) => practice.spend.every((line) => line.months.length === 12))).toBe(true);
    expect(england.businessCases?.length).toBeGreaterThan(900);
    expect(england.groups?.length).toBeGreaterThan(900);
  }, 60_000);

  it.each(['2005/06', '2006/07', '2007/08', '2008/09', '2009/10', '2010/11'])('a generated PCT for %s evaluates as of 30 June after the year', (financialYear) => {
    const area = generateArea({ seed: 3, scope: { pct: '5C4' }, financialYear });
    const asOf = `${Number(financialYear.slice(0, 4)) + 1}-06-30`;
    const year = evaluateArea(area, { asOf, explanations: false });
    expect(year.final).toBe(true);
    expect(year.practices.length).toBe(area.practices.length);
    expect(year.totals.listSize).toBe(area.practices.reduce((sum, practice) => sum + practice.listSize, 0));
    expect(year.readiness.length).toBe(financialYear >= '2008/09' ? 2 : 1);
    // The Towards PBC DES in 2006/07, a local scheme from 2007/08, nothing in 2005/06.
    if (financialYear === '2005/06') expect(year.incentives).toEqual([]);
    if (financialYear === '2006/07') expect(new Set(year.incentives.map((row) => row.scheme))).toEqual(new Set(['towards-pbc-des']));
    if (financialYear >= '2007/08') expect(year.incentives.every((row) => row.scheme === `5C4-LIS-${financialYear.slice(0, 4)}`)).toBe(true);
    if (financialYear === '2005/06') expect(year.totals.incentivesDue).toBe(0);
    else expect(year.totals.incentivesDue).toBeGreaterThan(0);
  });

  it('refuses bad options, naming the field', () => {
    expectIssue(() => generateArea({ seed: 1.5, scope: 'england', financialYear: '2008/09' }), 'INVALID_INPUT', ['seed']);
    expectIssue(() => generateArea({ seed: 1, scope: 'england', financialYear: '2004/05' }), 'INVALID_INPUT', ['financialYear']);
    expectIssue(() => generateArea({ seed: 1, scope: 'wales' as never, financialYear: '2008/09' }), 'INVALID_INPUT', ['scope']);
    expectIssue(() => generateArea({ seed: 1, scope: { sha: 'Q99' }, financialYear: '2008/09' }), 'INVALID_INPUT', ['scope', 'sha']);
    expectIssue(() => generateArea({ seed: 1, scope: { pct: '5ZZ' }, financialYear: '2008/09' }), 'INVALID_INPUT', ['scope', 'pct']);
    expect(GenerateAreaOptionsSchema.safeParse({ seed: 1, scope: { pct: '5A0' }, financialYear: '2010/11' }).success).toBe(true);
  });

  it('fingerprints any JSON', () => {
    expect(fingerprintArea({ x: 1 })).toBe('e028e09655751dd7');
    expect(fingerprintArea({ x: 2 })).not.toBe(fingerprintArea({ x: 1 }));
    expect(fingerprintArea(undefined)).toMatch(/^[0-9a-f]{16}$/);
  });
});
