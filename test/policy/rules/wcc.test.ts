import { describe, expect, it } from 'vitest';
import { assessWccAssurance, type Explanation } from '../../../src/index.js';
import { applyReform, baselinePolicy, wccRuleCatalogue } from '../../../src/policy/index.js';
import { fuzzedEntryPoints } from '../../reliability/entry-points.js';
import { expectIssue } from '../../support/errors.js';
import { expectKnownSourcesAndParameters } from '../../support/rule-catalogue.js';

const byId = new Map(wccRuleCatalogue.map((entry) => [entry.id, entry]));

function nodes(explanation: Explanation): Explanation[] {
  return [explanation, ...explanation.children.flatMap(nodes)];
}

function results(): unknown[] {
  return fuzzedEntryPoints.filter((each) => /wcc/i.test(each.name)).flatMap((entry) => entry.seeds.map((seed) => entry.call(seed)));
}

describe('wccRuleCatalogue', () => {
  it('has one frozen entry per rule id, dotted as wcc.* in lower camel case, each in force while wcc.assurance.inForce is', () => {
    expect(byId.size).toBe(wccRuleCatalogue.length);
    for (const entry of wccRuleCatalogue) {
      expect(entry.id).toMatch(/^wcc(\.[a-z][a-zA-Z0-9]*)+$/);
      expect(entry.inForce, entry.id).toBe('wcc.assurance.inForce');
    }
    expect(Object.isFrozen(wccRuleCatalogue)).toBe(true);
    expectKnownSourcesAndParameters(wccRuleCatalogue);
  });

  it('lists every parameter each rule reads, and every rule runs on the registry seeds (as a node or as findings)', () => {
    const seen = new Set<string>();
    const all = results();
    expect(all.length).toBeGreaterThan(2);
    for (const result of all) {
      const { explanation, findings } = result as { explanation?: Explanation; findings?: readonly { rule: string }[] };
      for (const finding of findings ?? []) {
        expect(byId.has(finding.rule), finding.rule).toBe(true);
        seen.add(finding.rule);
      }
      for (const node of explanation === undefined ? [] : nodes(explanation)) {
        const entry = byId.get(node.rule);
        expect(entry, `no catalogue entry for ${node.rule}`).toBeDefined();
        expect(node.version).toBe(entry?.version);
        expect(node.title).toBe(entry?.title);
        for (const reading of node.parameters) expect(entry?.parameters, `${node.rule} reads ${reading.id}`).toContain(reading.id);
        seen.add(node.rule);
      }
    }
    expect([...seen].sort()).toEqual([...byId.keys()].sort());
  });

  it('a reform switching wcc.assurance.inForce off makes the assessment refuse (NOT_IN_FORCE at asOf)', () => {
    const off = applyReform(baselinePolicy, {
      id: 'no-wcc',
      label: 'No WCC assurance in 2009/10',
      parameters: { 'wcc.assurance.inForce': [{ from: '2009-04-01', value: false, sources: ['hsj-2010-wcc-might-be-working'], confidence: 'unconfirmed' }] },
    });
    expect(assessWccAssurance({}, { asOf: '2010-03-31' }).assuranceYear).toBe('2009/10');
    expectIssue(() => assessWccAssurance({}, { asOf: '2010-03-31', policy: off }), 'NOT_IN_FORCE', ['asOf'], 'wcc.assess');
  });
});
