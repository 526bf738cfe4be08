import { expect } from 'vitest';
import type { Explanation, MonitorBudgetInput, ServiceLine } from '../../src/index.js';
import { baselinePolicy } from '../../src/policy/index.js';

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
