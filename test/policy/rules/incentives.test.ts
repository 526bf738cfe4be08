import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../../src/core/explanation.js';
import { incentivesRuleCatalogue } from '../../../src/policy/index.js';
import { baselinePolicy } from '../../../src/policy/baseline.js';
import { applyReform } from '../../../src/core/policy-model/apply-reform.js';
import { fuzzedEntryPoints } from '../../reliability/entry-points.js';

type Result = { readonly explanation: Explanation; readonly findings?: readonly { readonly rule: string; readonly outcome: string }[] };

const noFloor = applyReform(baselinePolicy, {
  id: 'no-floor',
  label: 'No floor',
  parameters: { 'local.floorPerPatient': [{ from: '2007-04-01', value: null, sources: ['bma-tpbc-des-c2'], confidence: 'unconfirmed' }] },
});

/** Every incentives entry point run on the registry's worked examples, under the baseline and a reform. */
function results(): Result[] {
  const entries = fuzzedEntryPoints.filter((entry) => entry.area === 'incentives');
  expect(entries.map((entry) => entry.name).sort()).toEqual(['estimateNationalIncentiveSpend', 'incentivePaymentSchedule', 'localIncentivePayment', 'towardsPbcDesPayment']);
  return entries.flatMap((entry) =>
    entry.seeds.flatMap((seed) => {
      const options = (seed[1] ?? {}) as Record<string, unknown>;
      return [entry.call(seed), entry.call([seed[0], { ...options, policy: noFloor }])] as Result[];
    }),
  );
}

function nodes(explanation: Explanation): Explanation[] {
  return [explanation, ...explanation.children.flatMap(nodes)];
}

describe('incentivesRuleCatalogue', () => {
  const ran = results();
  const byId = new Map(incentivesRuleCatalogue.map((entry) => [entry.id, entry]));

  it('has one entry per id, each dotted and frozen', () => {
    expect(byId.size).toBe(incentivesRuleCatalogue.length);
    for (const entry of incentivesRuleCatalogue) expect(entry.id).toMatch(/^(des|local|incentives)\.[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/);
    expect(Object.isFrozen(incentivesRuleCatalogue)).toBe(true);
    expect(Object.isFrozen(incentivesRuleCatalogue[0]?.parameters)).toBe(true);
  });

  it('lists every parameter each rule reads: every reading in an explanation node is in its entry', () => {
    const read = new Map<string, Set<string>>();
    for (const node of ran.flatMap((result) => nodes(result.explanation))) {
      const entry = byId.get(node.rule);
      expect(entry, `explanation node ${node.rule} has no catalogue entry`).toBeDefined();
      for (const reading of node.parameters) {
        expect(entry?.parameters, `${node.rule} reads ${reading.id}`).toContain(reading.id);
        read.set(node.rule, (read.get(node.rule) ?? new Set()).add(reading.id));
      }
    }
    // Every rule ran, and every parameter listed was read somewhere (no stale entries).
    for (const entry of incentivesRuleCatalogue) {
      expect(ran.some((result) => nodes(result.explanation).some((node) => node.rule === entry.id)), `${entry.id} never ran`).toBe(true);
      expect([...(read.get(entry.id) ?? [])].sort()).toEqual([...entry.parameters].sort());
    }
  });

  it("names every finding's rule, with an outcome the entry allows", () => {
    const findings = ran.flatMap((result) => result.findings ?? []);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(byId.get(finding.rule)?.outcomes, `${finding.rule}: ${finding.outcome}`).toContain(finding.outcome);
  });
});
