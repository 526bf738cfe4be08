/** The shared fixtures of the budgets tests: budgets, requests, reforms and explanation walkers. Errors are tested with test/support/errors.ts, not here. */
import { expect } from 'vitest';
import { type Explanation, type MonitorBudgetInput, type PracticeBudgetInput, type ServiceLine, setIndicativeBudget, type SetIndicativeBudgetInput } from '../../src/index.js';
import { applyReform, baselinePolicy, type Parameter, type Policy } from '../../src/policy/index.js';

/** Every source id cited anywhere in an explanation tree (rules and parameters). */
export function citedSources(explanation: Explanation): string[] {
  return [...explanation.sources, ...explanation.parameters.flatMap((reading) => [...reading.sources]), ...explanation.children.flatMap(citedSources)];
}

/** Expects every source an explanation (and any findings) cite to be in the baseline bibliography, and the tree to survive JSON. */
export function expectWellFormed(result: { explanation: Explanation; findings?: readonly { sources: readonly string[] }[] }): void {
  for (const id of citedSources(result.explanation)) expect(baselinePolicy.sources[id], `unknown source ${id}`).toBeDefined();
  for (const finding of result.findings ?? []) for (const id of finding.sources) expect(baselinePolicy.sources[id], `unknown source ${id}`).toBeDefined();
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

/** All rule ids in an explanation tree. */
export function rulesOf(explanation: Explanation): string[] {
  return [explanation.rule, ...explanation.children.flatMap(rulesOf)];
}

/** A practice budget for tests. */
export function practiceBudget(code: string, lines: Partial<Record<ServiceLine, number>>, financialYear = '2008/09', kind: 'indicative' | 'real' = 'indicative'): MonitorBudgetInput['budget'] {
  return {
    holder: { kind: 'practice', practiceCode: code },
    financialYear,
    kind,
    lines: Object.entries(lines).map(([serviceLine, amount]) => ({ serviceLine: serviceLine as ServiceLine, amount })),
  };
}

export const CORE_LINES = ['ELECTIVE_INPATIENT', 'DAY_CASE', 'NON_ELECTIVE', 'OUTPATIENT', 'PRESCRIBING'] as const;

/** Input the types refuse on purpose (JavaScript and JSON callers can still send it): checked at run time only. */
export function untyped(value: unknown): never {
  return value as never;
}

/** PCT resources on the mandatory core: `prescribing` on PRESCRIBING, `others` on every other core line. */
export function resources(prescribing: number, others = 0): SetIndicativeBudgetInput['pctResources'] {
  return CORE_LINES.map((serviceLine) => ({ serviceLine, amount: serviceLine === 'PRESCRIBING' ? prescribing : others }));
}

/** A practice with `historic` prescribing costs (none when undefined), weighted 1 unless `extra` says otherwise. */
export function practice(code: string, historic: number | undefined, extra: Partial<PracticeBudgetInput> = { weightedPopulation: 1 }): PracticeBudgetInput {
  return {
    practiceCode: code,
    ...extra,
    ...(historic === undefined ? {} : { historic: { costs: [{ serviceLine: 'PRESCRIBING', amount: historic }] } }),
  };
}

/** The 2007/08 blended request of the fair-shares examples: £300,000 of prescribing over three practices. */
export function request(overrides: Partial<SetIndicativeBudgetInput> = {}): SetIndicativeBudgetInput {
  return {
    pctCode: '5ZZ',
    financialYear: '2007/08',
    method: 'blended',
    pctResources: resources(30_000_000),
    practices: [practice('Z90001', 14_000_000), practice('Z90002', 10_500_000), practice('Z90003', 5_500_000)],
    ...overrides,
  };
}

export const outcome = (financialYear: string, budget: number, outturn: number) => ({ financialYear, budget, outturn });

/** A baseline policy with one parameter replaced from 2005/06 on. */
export function withParameter(id: string, value: string | boolean): Policy {
  return applyReform(baselinePolicy, {
    id: `test-${id}`,
    label: `Test value for ${id}`,
    parameters: { [id]: [{ from: '2005-04-01', value, sources: ['dh-2004-engaging-practices'], confidence: 'unconfirmed' }] },
  });
}

/** The ids of the parameters one explanation node read, in order. */
export const readings = (explanation: Explanation | undefined): string[] => (explanation?.parameters ?? []).map((reading) => reading.id);

export const BALANCING_SOURCES = ['dh-2004-engaging-practices', 'hsj-2004-10-07'];

export const RELEASE_SOURCES = ['pulse-2009-kick-starting-pbc', 'pulse-what-next-for-fur', 'dh-faq-fur-sharing'];

export const codes = (result: { findings: readonly { code: string }[] }) => result.findings.map((entry) => entry.code);

export const USE_SOURCES = ['pulse-gpc-keep-savings', 'lse-hpm-pbc-developments'];

export const holder = { kind: 'practice', practiceCode: 'Z90002' } as const;

export const prescribingRows = (set: ReturnType<typeof setIndicativeBudget>) => set.rows.filter((row) => row.serviceLine === 'PRESCRIBING');

/** PCT resources: the given prescribing pot, nothing on the other core lines. */
export const prescribing = (set: ReturnType<typeof setIndicativeBudget>, index: number) => set.budgets[index]?.lines.find((line) => line.serviceLine === 'PRESCRIBING')?.amount;

export function reform(id: string, values: { from: string; to?: string; value: unknown }[]): Policy {
  return applyReform(baselinePolicy, {
    id: `test-${id}`,
    label: `test ${id}`,
    parameters: { [id]: values.map((value) => ({ ...value, sources: ['napc-2005-budget-baseline'], confidence: 'unconfirmed' as const })) },
  });
}

/** A hand-built policy whose parameter holds values a reform would refuse (the wrong type, a date that does not exist). */
export function broken(id: string, values: { from: string; to?: string; value: unknown }[]): Policy {
  const parameter = baselinePolicy.parameters[id];
  if (parameter === undefined) throw new Error(`no parameter ${id}`);
  const dated = values.map((value) => ({ ...value, sources: ['napc-2005-budget-baseline'], confidence: 'unconfirmed' as const }));
  return { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, [id]: { ...parameter, values: dated } } } as Policy;
}

/** A policy with one parameter's values replaced outright (bypassing the reform checks, to test the rules' own guards). */
export function withValues(id: string, values: Parameter['values']): Policy {
  const parameter = baselinePolicy.parameters[id]!;
  return { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, [id]: { ...parameter, values } } };
}

export const group = { kind: 'group' as const, groupId: 'vale-north', name: 'Vale North cluster', memberPracticeCodes: ['Z90001', 'Z90002', 'Z90003'] };
