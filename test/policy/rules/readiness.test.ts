import { describe, expect, it } from 'vitest';
import { assessReadiness, checkEntitlements, compareAssessments, surveyHeatMap, type Explanation } from '../../../src/index.js';
import { applyReform, baselinePolicy, readinessFrameworks, readinessRuleCatalogue, type ReadinessStatus } from '../../../src/policy/index.js';
import { fuzzedEntryPoints } from '../../reliability/entry-points.js';
import { expectIssue } from '../../support/errors.js';
import { expectKnownSourcesAndParameters } from '../../support/rule-catalogue.js';

const byId = new Map(readinessRuleCatalogue.map((entry) => [entry.id, entry]));
const ENTITLEMENT_RULES = ['entitlements.budgetBy1May', 'entitlements.businessCaseDecision', 'entitlements.data', 'entitlements.supportPackage'];
const DATES: Readonly<Record<string, string>> = { AC2006: '2006-12-01', AC2007: '2007-11-22', KF2008: '2008-12-01', DH2006: '2007-01-31', DH2009: '2009-06-30' };
const practice = { kind: 'practice', id: 'Z90001' } as const;

function nodes(explanation: Explanation): Explanation[] {
  return [explanation, ...explanation.children.flatMap(nodes)];
}

/** Results of every readiness entry point on its worked examples, every built-in framework (no evidence, all in place), and the entitlements' rarer branches. */
function results(): unknown[] {
  const all: unknown[] = [];
  // WCC assurance has its own catalogue (wccRuleCatalogue, test/policy/rules/wcc.test.ts).
  for (const entry of fuzzedEntryPoints.filter((each) => each.area === 'readiness' && !/wcc/i.test(each.name))) for (const seed of entry.seeds) all.push(entry.call(seed));
  for (const [key, framework] of Object.entries(readinessFrameworks)) {
    const asOf = DATES[key] ?? '2009-06-30';
    const none = assessReadiness({ framework, evidence: [] }, { asOf });
    const best = framework.factors.map((factor) => ({ factorId: factor.id, status: (factor.scale === 'enabler-neutral-barrier' ? 'enabler' : 'met') as ReadinessStatus }));
    const full = assessReadiness({ framework, evidence: best }, { asOf });
    all.push(none, full, compareAssessments({ before: none, after: full }));
  }
  all.push(
    surveyHeatMap({ rows: [{ area: '5ZZ', metricId: 'has_budget', value: 58 }], referenceWave: 'practice-w5' }, { asOf: '2009-03-06' }),
    checkEntitlements({ holder: practice, financialYear: '2009/10', businessCases: [{ id: 'A', submittedOn: '2009-04-01' }], data: { budgets: false }, support: { designatedSupport: false } }, { asOf: '2009-08-31' }),
    checkEntitlements({ holder: practice, financialYear: '2008/09' }, { asOf: '2009-08-31' }),
  );
  return all;
}

describe('readinessRuleCatalogue', () => {
  it('has one entry per rule id, dotted as readiness.* or entitlements.* in lower camel case, frozen', () => {
    expect(byId.size).toBe(readinessRuleCatalogue.length);
    for (const entry of readinessRuleCatalogue) expect(entry.id).toMatch(/^(readiness|entitlements)(\.[a-z][a-zA-Z0-9]*)+$/);
    expect(Object.isFrozen(readinessRuleCatalogue)).toBe(true);
    expect(Object.isFrozen(readinessRuleCatalogue[0]?.parameters)).toBe(true);
  });

  it('cites known sources and reads known parameters; the entitlement rules are in force while entitlements.inForce is', () => {
    expectKnownSourcesAndParameters(readinessRuleCatalogue);
    for (const id of ['entitlements.check', ...ENTITLEMENT_RULES]) expect(byId.get(id)?.inForce, id).toBe('entitlements.inForce');
  });

  it('lists every parameter each rule reads: every reading in an explanation node is in its entry, with the entry\'s version (and title, for the entitlement rules)', () => {
    const seen = new Set<string>();
    const found = new Set<string>();
    for (const result of results()) {
      const { explanation, findings } = result as { explanation?: Explanation; findings?: readonly { rule: string }[] };
      for (const finding of findings ?? []) found.add(finding.rule);
      // reviseReadinessFramework returns a framework, not an evaluation.
      for (const node of explanation === undefined ? [] : nodes(explanation)) {
        const entry = byId.get(node.rule);
        expect(entry, `no catalogue entry for ${node.rule}`).toBeDefined();
        expect(node.version).toBe(entry?.version);
        if (ENTITLEMENT_RULES.includes(node.rule)) {
          expect(node.title).toBe(entry?.title);
          expect(node.sources).toEqual(entry?.sources);
        }
        for (const reading of node.parameters) expect(entry?.parameters, `${node.rule} reads ${reading.id}`).toContain(reading.id);
        seen.add(node.rule);
      }
    }
    // Every rule of the catalogue was run: as an explanation node, or (gaps and risks) as findings.
    for (const rule of found) expect(byId.has(rule), rule).toBe(true);
    expect([...new Set([...seen, ...found])].sort()).toEqual([...byId.keys()].sort());
  });

  it('a reform switching entitlements.inForce off makes every entitlement rule not applicable (NOT_IN_FORCE), and the DH2009 framework refuse', () => {
    const off = applyReform(baselinePolicy, {
      id: 'no-entitlements',
      label: 'No 2009 entitlements',
      parameters: { 'entitlements.inForce': [{ from: '2009-03-01', value: false, sources: ['digitalhealth-2009-03-vision'], confidence: 'unconfirmed' }] },
    });
    const input = { holder: practice, financialYear: '2009/10', indicativeBudgetIssuedOn: '2009-04-20', data: { budgets: true } } as const;
    expect(checkEntitlements(input, { asOf: '2009-06-30' }).inForce).toBe(true);
    const check = checkEntitlements(input, { asOf: '2009-06-30', policy: off });
    expect(check.inForce).toBe(false);
    expect(check.findings.map((finding) => [finding.rule, finding.code, finding.outcome])).toEqual(ENTITLEMENT_RULES.map((rule) => [rule, 'NOT_IN_FORCE', 'not_applicable']));
    expect(check.evidence).toEqual([]);
    expectIssue(() => assessReadiness({ framework: 'DH2009', evidence: [] }, { asOf: '2009-06-30', policy: off }), 'NOT_IN_FORCE', ['asOf']);
  });
});
