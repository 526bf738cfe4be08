import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPbcError, PbcError } from '../../src/index.js';
import { addMonths } from '../../src/core/index.js';
import { applyReform, parameterAt, validatePolicy, type Policy } from '../../src/policy/index.js';
import { baselinePolicy, buildPolicy } from '../../src/policy/index.js';
import { PolicySchema } from '../../src/schemas/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isPbcError(error) ? error.code : 'not a PbcError';
  }
  return undefined;
}

const value = (id: string, date: string): unknown => parameterAt(baselinePolicy, id, date).value;

describe('the baseline policy', () => {
  it('validates clean and matches its schema', () => {
    expect(validatePolicy(baselinePolicy)).toEqual({ ok: true, findings: [] });
    expect(PolicySchema.safeParse(baselinePolicy).success).toBe(true);
  });
  it('is frozen, so no caller can change it', () => {
    expect(Object.isFrozen(baselinePolicy)).toBe(true);
    expect(Object.isFrozen(baselinePolicy.parameters['fur.practiceShare']?.values[0])).toBe(true);
    expect(() => {
      (baselinePolicy as { id: string }).id = 'changed';
    }).toThrow(TypeError);
  });
  it('is JSON-serialisable without loss', () => {
    expect(JSON.parse(JSON.stringify(baselinePolicy))).toEqual(baselinePolicy);
  });
  it('cites only sources in its bibliography, each with a publisher and a date', () => {
    for (const source of Object.values(baselinePolicy.sources)) {
      expect(source.publisher.length).toBeGreaterThan(0);
      expect(source.date).toMatch(/^\d{4}/);
    }
  });
});

describe('dated parameters from the fact sheets, on both sides of each change', () => {
  it('DES: 95p per patient for each component during 2006/07 only (SFE 7A)', () => {
    expect(value('des.c1.ratePerPatient', '2006-04-01')).toBe(95);
    expect(value('des.c2.ratePerPatient', '2007-03-31')).toBe(95);
    expect(codeOf(() => parameterAt(baselinePolicy, 'des.c1.ratePerPatient', '2006-03-31'))).toBe('PARAMETER_NOT_IN_FORCE');
    expect(codeOf(() => parameterAt(baselinePolicy, 'des.c2.ratePerPatient', '2007-04-01'))).toBe('PARAMETER_NOT_IN_FORCE');
    expect(value('des.claimDeadline', '2006-06-01')).toBe('2007-06-30');
    expect(value('des.c2.listSizeDate', '2006-06-01')).toBe('2007-04-01');
  });
  it('freed-up resources: 50% under the 2004 guidance, at least 70% from 2006/07', () => {
    expect(value('fur.practiceShare', '2006-03-31')).toBe('0.5');
    expect(value('fur.practiceShare', '2006-04-01')).toBe('0.7');
    expect(codeOf(() => parameterAt(baselinePolicy, 'fur.practiceShare', '2005-03-31'))).toBe('PARAMETER_NOT_IN_FORCE');
  });
  it('fundholding thresholds: 9,000 from 1991; 7,000 from 1993; 5,000 and 3,000 from 1996; none after March 1999', () => {
    expect(value('fundholding.minimumListSize.standard', '1991-04-01')).toBe(9000);
    expect(value('fundholding.minimumListSize.standard', '1993-03-31')).toBe(9000);
    expect(value('fundholding.minimumListSize.standard', '1993-04-01')).toBe(7000);
    expect(value('fundholding.minimumListSize.standard', '1996-03-31')).toBe(7000);
    expect(value('fundholding.minimumListSize.standard', '1996-04-01')).toBe(5000);
    expect(value('fundholding.minimumListSize.community', '1996-04-01')).toBe(3000);
    expect(codeOf(() => parameterAt(baselinePolicy, 'fundholding.minimumListSize.standard', '1999-04-01'))).toBe('PARAMETER_NOT_IN_FORCE');
    expect(codeOf(() => parameterAt(baselinePolicy, 'fundholding.minimumListSize.standard', '1991-03-31'))).toBe('PARAMETER_NOT_IN_FORCE');
  });
  it('fundholding per-patient cap: £5,000, then £6,000 from 1 April 1994', () => {
    expect(value('fundholding.perPatientCap', '1994-03-31')).toBe(500_000);
    expect(value('fundholding.perPatientCap', '1994-04-01')).toBe(600_000);
  });
  it('2009 entitlements: budgets by 1 May and decisions within 56 days from March 2009; no national limit before', () => {
    expect(value('entitlements.budgetIssueBy', '2009-03-01')).toBe('05-01');
    expect(codeOf(() => parameterAt(baselinePolicy, 'entitlements.budgetIssueBy', '2009-02-28'))).toBe('PARAMETER_NOT_IN_FORCE');
    expect(value('entitlements.businessCaseDecisionDays', '2009-02-28')).toBeNull();
    expect(value('entitlements.businessCaseDecisionDays', '2009-03-01')).toBe(56);
  });
  it('pace of change: 10% in 2007/08 (confirmed), carried forward as unconfirmed', () => {
    expect(parameterAt(baselinePolicy, 'budget.paceOfChange.threshold', '2007-04-01')).toMatchObject({ value: '0.1', confidence: 'confirmed' });
    expect(parameterAt(baselinePolicy, 'budget.paceOfChange.threshold', '2008-04-01')).toMatchObject({ value: '0.1', confidence: 'unconfirmed' });
  });
  it('every parameter, month by month from 1991-04 to 2011-03, has at most one value and no gap inside its span', () => {
    for (const parameter of Object.values(baselinePolicy.parameters)) {
      const first = parameter.values[0]!.from;
      const last = parameter.values.at(-1)!.to ?? '2011-03-31';
      for (let month = '1991-04-01'; month <= '2011-03-01'; month = addMonths(month, 1)) {
        const matches = parameter.values.filter((entry) => entry.from <= month && (entry.to === undefined || month <= entry.to));
        expect(matches.length, `${parameter.id} on ${month}`).toBeLessThanOrEqual(1);
        if (month >= first && month <= last) expect(matches.length, `${parameter.id} on ${month}`).toBe(1);
      }
    }
  });
});

describe('parameterAt errors', () => {
  it('names unknown parameters and bad dates', () => {
    expect(codeOf(() => parameterAt(baselinePolicy, 'no.such', '2006-04-01'))).toBe('PARAMETER_NOT_FOUND');
    expect(codeOf(() => parameterAt(baselinePolicy, 'fur.practiceShare', '2006-02-30'))).toBe('INVALID_DATE');
    expect(() => parameterAt(baselinePolicy, 'des.c1.ratePerPatient', '2010-01-01')).toThrow(/2006-04-01…2007-03-31/);
  });
});

describe('applyReform', () => {
  const fullSavings = {
    id: 'full-savings',
    label: 'Practices keep all freed-up resources from 2008/09',
    parameters: { 'fur.practiceShare': [{ from: '2008-04-01', value: '1', sources: ['kf-2004-100pc'], confidence: 'derived' }] },
  };
  it('overrides dated values without touching the baseline', () => {
    const before = JSON.stringify(baselinePolicy);
    const reformed = applyReform(baselinePolicy, fullSavings);
    expect(parameterAt(reformed, 'fur.practiceShare', '2008-04-01').value).toBe('1');
    expect(parameterAt(reformed, 'fur.practiceShare', '2008-03-31').value).toBe('0.7');
    expect(parameterAt(reformed, 'fur.practiceShare', '2005-06-01').value).toBe('0.5');
    expect(JSON.stringify(baselinePolicy)).toBe(before);
    expect(reformed.reforms).toEqual([{ id: 'full-savings', label: fullSavings.label }]);
    expect(reformed.id).toBe('baseline+full-savings');
    expect(validatePolicy(reformed).ok).toBe(true);
  });
  it('splits a value that a bounded reform lands inside', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'one-year',
      label: '80% in 2007/08 only',
      parameters: { 'fur.practiceShare': [{ from: '2007-04-01', to: '2008-03-31', value: '0.8', sources: ['hansard-2006-11-06'], confidence: 'unconfirmed' }] },
    });
    expect(parameterAt(reformed, 'fur.practiceShare', '2007-03-31').value).toBe('0.7');
    expect(parameterAt(reformed, 'fur.practiceShare', '2007-04-01').value).toBe('0.8');
    expect(parameterAt(reformed, 'fur.practiceShare', '2008-04-01').value).toBe('0.7');
    expect(validatePolicy(reformed)).toEqual({ ok: true, findings: [] });
  });
  it('replaces values a reform covers entirely, and adds its own sources and rule versions', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'fundholding-for-all',
      label: 'No list-size minimum',
      sources: [{ id: 'my-note', title: 'Analyst note', publisher: 'Me', date: '2026', weight: 'context' }],
      parameters: { 'fundholding.minimumListSize.standard': [{ from: '1991-04-01', to: '1999-03-31', value: 0, sources: ['my-note'], confidence: 'unconfirmed' }] },
      ruleVersions: { 'fundholding.eligibility': '2' },
    });
    expect(reformed.parameters['fundholding.minimumListSize.standard']?.values).toHaveLength(1);
    expect(reformed.ruleVersions['fundholding.eligibility']).toBe('2');
    expect(reformed.sources['my-note']?.title).toBe('Analyst note');
  });
  it('an empty reform changes no value (property over dates and parameters)', () => {
    const same = applyReform(baselinePolicy, { id: 'nothing', label: 'No change' });
    expect(same.parameters).toEqual(baselinePolicy.parameters);
    const ids = Object.keys(baselinePolicy.parameters);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.integer({ min: 0, max: 239 }), (id, offset) => {
        const date = addMonths('1991-04-01', offset);
        const a = (() => { try { return parameterAt(baselinePolicy, id, date); } catch (error) { return (error as PbcError).code; } })();
        const b = (() => { try { return parameterAt(same, id, date); } catch (error) { return (error as PbcError).code; } })();
        expect(b).toEqual(a);
      }),
      { numRuns: 1000 },
    );
  });
  it('reports every problem in a reform at once', () => {
    try {
      applyReform(baselinePolicy, {
        id: 'bad',
        label: 'Bad',
        parameters: {
          'no.such': [{ from: '2008-04-01', value: 1, sources: ['hansard-2006-11-06'], confidence: 'derived' }],
          'fur.practiceShare': [
            { from: '2008-04-01', value: 70, sources: ['nobody'], confidence: 'derived' },
            { from: '2009-04-01', value: '0.8', sources: ['hansard-2006-11-06'], confidence: 'derived' },
          ],
        },
      });
      expect.unreachable();
    } catch (error) {
      expect(isPbcError(error, 'INVALID_REFORM')).toBe(true);
      const rules = (error as PbcError).issues.map((issue) => issue.rule);
      expect(rules).toEqual(expect.arrayContaining(['reform.knownParameter', 'reform.unit', 'reform.knownSource', 'reform.noOverlap']));
    }
  });
  it('rejects malformed reform data with INVALID_REFORM and paths', () => {
    expect(codeOf(() => applyReform(baselinePolicy, { id: 'x', label: 'x', parameters: { a: [{ from: '2007-02-29', value: 1, sources: [], confidence: 'maybe' }] } }))).toBe('INVALID_REFORM');
    expect(codeOf(() => applyReform(baselinePolicy, null))).toBe('INVALID_REFORM');
    expect(codeOf(() => applyReform(baselinePolicy, { id: 'x', label: 'x', extra: true }))).toBe('INVALID_REFORM');
  });
});

describe('validatePolicy finds every kind of fault', () => {
  const source = { id: 's', title: 'S', publisher: 'P', date: '2006', weight: 'primary' as const };
  const make = (values: unknown[], unit = 'ratio', key = 'p'): unknown => ({
    id: 't', label: 'T', sources: { s: source }, ruleVersions: {}, reforms: [],
    parameters: { [key]: { id: 'p', label: 'P', unit, values } },
  });
  const v = (from: string, to: string | undefined, value: unknown, sources = ['s']) => ({ from, ...(to === undefined ? {} : { to }), value, sources, confidence: 'confirmed' });
  it.each([
    ['GAP', [v('2006-04-01', '2007-03-31', '0.5'), v('2007-05-01', undefined, '0.7')]],
    ['OVERLAP', [v('2006-04-01', '2007-03-31', '0.5'), v('2007-03-31', undefined, '0.7')]],
    ['OVERLAP', [v('2006-04-01', undefined, '0.5'), v('2007-04-01', undefined, '0.7')]],
    ['UNSORTED', [v('2007-04-01', undefined, '0.5'), v('2006-04-01', '2007-03-31', '0.7')]],
    ['UNKNOWN_SOURCE', [v('2006-04-01', undefined, '0.5', ['nobody'])]],
    ['UNIT_MISMATCH', [v('2006-04-01', undefined, 0.5)]],
  ])('%s', (code, values) => {
    const result = validatePolicy(make(values));
    expect(result.ok).toBe(false);
    expect(result.findings.map((finding) => finding.code)).toContain(code);
  });
  it('checks each unit', () => {
    const cases: [string, unknown, boolean][] = [
      ['pence', 95, true], ['pence', 9.5, false], ['patients', '5000', false], ['boolean', true, true], ['boolean', 'yes', false],
      ['date', '2007-06-30', true], ['date', '2007-06-31', false], ['month-day', '05-01', true], ['month-day', '02-30', false],
      ['month-day', '5-1', false], ['text', 'x', true], ['list', ['a'], true], ['list', 'a', false], ['ratio', '1/3', false], ['days', null, true],
    ];
    for (const [unit, value, ok] of cases) expect(validatePolicy(make([v('2006-04-01', undefined, value)], unit)).ok, `${unit} ${JSON.stringify(value)}`).toBe(ok);
  });
  it('finds mis-filed ids and schema faults', () => {
    expect(validatePolicy(make([v('2006-04-01', undefined, '0.5')], 'ratio', 'q')).findings[0]?.code).toBe('ID_MISMATCH');
    expect(validatePolicy({ id: 'x' }).findings[0]?.code).toBe('SCHEMA');
    const misfiled = { ...(make([v('2006-04-01', undefined, '0.5')]) as Policy), sources: { t: source } };
    expect(validatePolicy(misfiled).findings.map((finding) => finding.code)).toContain('ID_MISMATCH');
  });
  it('buildPolicy refuses duplicates and invalid models', () => {
    const parameter = { id: 'p', label: 'P', unit: 'ratio' as const, values: [{ from: '2006-04-01', value: '0.5', sources: ['s'], confidence: 'confirmed' as const }] };
    expect(codeOf(() => buildPolicy({ id: 'x', label: 'x', sources: [source, source], parameters: [parameter, parameter] }))).toBe('INVALID_POLICY');
    expect(codeOf(() => buildPolicy({ id: 'x', label: 'x', sources: [], parameters: [parameter] }))).toBe('INVALID_POLICY');
    expect(buildPolicy({ id: 'x', label: 'x', sources: [source], parameters: [parameter], ruleVersions: { r: '2' } }).ruleVersions).toEqual({ r: '2' });
  });
});
