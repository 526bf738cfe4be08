// Every parameter a rule reads reaches its explanation: outside src/core, code reads parameters only
// through the explanation builder (`step.read`, `step.integer`, …, `step.peek`, `step.peekSchedule`),
// never `policy.parameters[id]` raw. Grep-based, on code with comments removed.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { renderExplanation } from '../../src/index.js';
import { explain } from '../../src/core/index.js';
import { applyReform } from '../../src/policy/index.js';
import { baselinePolicy } from '../../src/policy/index.js';
import { pbcError } from '../support/errors.js';

const rule = { id: 'test.peek', version: '1', title: 'Peek at parameters', sources: [] };

describe('step.peek: a read that may find no value, traced', () => {
  it('records and returns the reading in force on the date (default asOf), null values included', () => {
    const step = explain(rule, baselinePolicy, '2009-06-01');
    expect(step.peek('entitlements.businessCaseDecisionDays')).toMatchObject({ value: 56, from: '2009-03-01' });
    expect(step.peek('entitlements.businessCaseDecisionDays', '2008-01-01')).toMatchObject({ value: null, from: '2005-04-01', to: '2009-02-28' });
    const explanation = step.done(null);
    expect(explanation.parameters.map((reading) => [reading.id, reading.from])).toEqual([
      ['entitlements.businessCaseDecisionDays', '2009-03-01'],
      ['entitlements.businessCaseDecisionDays', '2005-04-01'],
    ]);
    expect(explanation.notes).toEqual([]);
  });
  it('with no value in force on the date: undefined, and a note says so (on the date asked, or asOf)', () => {
    const step = explain(rule, baselinePolicy, '2004-06-01');
    expect(step.peek('entitlements.businessCaseDecisionDays')).toBeUndefined();
    expect(step.peek('entitlements.dataStreams', '2009-02-28')).toBeUndefined();
    const explanation = step.done(null);
    expect(explanation.parameters).toEqual([]);
    expect(explanation.notes).toEqual(['entitlements.businessCaseDecisionDays has no value on 2004-06-01.', 'entitlements.dataStreams has no value on 2009-02-28.']);
  });
  it('an unknown parameter or a bad date is still an error', () => {
    const step = explain(rule, baselinePolicy, '2009-06-01');
    pbcError(() => step.peek('no.such.parameter'), 'PARAMETER_NOT_FOUND');
    pbcError(() => step.peek('entitlements.businessCaseDecisionDays', '2009-02-30'), 'INVALID_DATE');
  });
});

describe('step.peekSchedule: a look along the whole schedule, traced', () => {
  it('returns and records the values `where` accepts, in date order, before and after asOf', () => {
    const step = explain(rule, baselinePolicy, '2008-01-01');
    const later = step.peekSchedule('entitlements.businessCaseDecisionDays', (reading) => reading.value !== null);
    expect(later.map((reading) => [reading.from, reading.value])).toEqual([['2009-03-01', 56]]);
    const all = step.peekSchedule('entitlements.businessCaseDecisionDays');
    expect(all.map((reading) => [reading.from, reading.to, reading.value])).toEqual([
      ['2005-04-01', '2009-02-28', null],
      ['2009-03-01', undefined, 56],
    ]);
    const explanation = step.done(null);
    expect(explanation.parameters.map((reading) => reading.from)).toEqual(['2009-03-01', '2005-04-01', '2009-03-01']);
    expect(renderExplanation(explanation)).toContain('read entitlements.businessCaseDecisionDays = 56 days (in force from 2009-03-01;');
  });
  it('follows a reform, and records nothing when nothing matches', () => {
    const reformed = applyReform(baselinePolicy, {
      id: 'fundholding-back',
      label: 'Fundholding again from 2001',
      parameters: { 'fundholding.inForce': [{ from: '2001-04-01', value: true, sources: ['hansard-1998-12-15'], confidence: 'unconfirmed' }] },
    });
    const step = explain(rule, reformed, '2000-04-01');
    expect(step.peekSchedule('fundholding.inForce', (reading) => reading.value === true).map((reading) => reading.from)).toEqual(['1991-04-01', '2001-04-01']);
    expect(step.peekSchedule('fundholding.inForce', (reading) => typeof reading.value === 'number')).toEqual([]);
    expect(step.done(null).parameters).toHaveLength(2);
  });
  it('an unknown parameter is an error, whatever the asOf', () => {
    pbcError(() => explain(rule, baselinePolicy, '2009-06-01').peekSchedule('no.such.parameter'), 'PARAMETER_NOT_FOUND');
    pbcError(() => explain(rule, baselinePolicy, '').peekSchedule('no.such.parameter'), 'PARAMETER_NOT_FOUND');
  });
});

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

/** `x.parameters[id]`, `x.parameters.id`, `x.parameters?.[id]`. */
const RAW_READ = /\.parameters\s*(?:\?\.)?\s*[[.]/;

// Files that handle a policy as data, not as a rule reading a value: each reason says why.
const POLICY_AS_DATA: Readonly<Record<string, string>> = {
  'src/readiness/check-framework-references.ts': 'checks that the parameter ids a framework names exist in the policy',
  'src/scenario/compare-scenarios.ts': 'compares the dated values of two policies, parameter by parameter',
  'src/scenario/area-context.ts': 'checks whether a policy still shares the baseline’s parameter objects (a cache key)',
  'src/scenario/scenario-parameters.ts': 'adds the scenario parameters a policy lacks',
  'src/policy/baseline.ts': 'assembles the baseline policy from its lists of parameters',
  'src/scenario/explanation-table.ts': 'stores the readings an explanation holds (node.parameters), already traced',
};

describe('parameter reads are traced', () => {
  const files = sourceFiles('src').filter((file) => !file.startsWith(join('src', 'core')));
  it('has rule files to check', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain(join('src', 'conflicts', 'rules', 'decision-in-time.ts'));
  });
  it('no file outside src/core reads policy.parameters raw (except policy-as-data code, listed with its reason)', () => {
    const offenders = files.filter((file) => RAW_READ.test(withoutComments(readFileSync(file, 'utf8'))) && !Object.hasOwn(POLICY_AS_DATA, file.split('\\').join('/')));
    expect(offenders).toEqual([]);
  });
  it('the pattern finds the raw reads it is meant to find, and not the traced ones', () => {
    expect(RAW_READ.test('const parameter = step.policy.parameters[LIMIT];')).toBe(true);
    expect(RAW_READ.test('context.policy.parameters.x')).toBe(true);
    expect(RAW_READ.test('policy.parameters?.[id]')).toBe(true);
    expect(RAW_READ.test("step.peekSchedule('x', (reading) => reading.value === true)")).toBe(false);
    expect(RAW_READ.test('Object.keys(policy.parameters)')).toBe(false);
    expect(withoutComments("/**\n * tiny.parameters['x.rate']?.unit; //=> 'ratio'\n */\nconst a = 1; // policy.parameters[id]")).not.toMatch(RAW_READ);
  });
});
