import { describe, expect, it } from 'vitest';
import { assessBudgetBalancing, compareBudgetRegimes, freedUpResources, fundholdingEligibility, fundholdingSavingsWindow, monitorBudget, type Explanation } from '../../../src/index.js';
import { applyReform } from '../../../src/policy/index.js';
import { baselinePolicy, budgetsRuleCatalogue } from '../../../src/policy/index.js';
import { fuzzedEntryPoints, practiceBudget } from '../../reliability/entry-points.js';
import { expectIssue } from '../../support/errors.js';
import { expectKnownSourcesAndParameters } from '../../support/rule-catalogue.js';

const byId = new Map(budgetsRuleCatalogue.map((entry) => [entry.id, entry]));

function nodes(explanation: Explanation): Explanation[] {
  return [explanation, ...explanation.children.flatMap(nodes)];
}

/** Results of every budgets entry point on its worked examples, and on inputs that reach the rarer branches. */
function explanations(): Explanation[] {
  const results: unknown[] = [];
  for (const entry of fuzzedEntryPoints.filter((each) => each.area === 'budgets')) for (const seed of entry.seeds) results.push(entry.call(seed));
  results.push(
    freedUpResources({
      outcome: { financialYear: '2007/08', budget: 1_000_000, outturn: 900_000 },
      pctDeficit: 10_000,
      managementCosts: 5_000,
      businessCase: { status: 'approved' },
      proposedUses: [{ description: 'drawings', amount: 1, purpose: 'personalIncome' }],
      unspentFromPriorYear: 100,
    }),
    freedUpResources({ outcome: { financialYear: '2005/06', budget: 1_000_000, outturn: 900_000 }, managementCosts: 5_000 }),
    freedUpResources({ outcome: { financialYear: '2007/08', budget: 1_000_000, outturn: 1_100_000 } }),
    assessBudgetBalancing({ financialYear: '2008/09', budget: 100, outturn: 100, history: [{ financialYear: '2005/06', budget: 100, outturn: 120 }] }),
    compareBudgetRegimes({
      holder: { kind: 'practice', practiceCode: 'Z90002' },
      financialYear: '2008/09',
      lines: [
        { serviceLine: 'ELECTIVE_INPATIENT', budget: 100, outturn: 150 },
        { serviceLine: 'PRESCRIBING', budget: 100, outturn: 150 },
      ],
      realBudgetLines: ['PRESCRIBING'],
    }),
    fundholdingEligibility({ date: '1996-04-01', kind: 'community', practices: [{ practiceCode: 'A81001', listSize: 2_000 }] }),
    fundholdingSavingsWindow({ financialYear: '1997/98', savings: 1 }),
  );
  return results.flatMap((result) => {
    const { explanation, regimes } = result as { explanation?: Explanation; regimes?: readonly { explanation: Explanation }[] };
    return [...(explanation === undefined ? [] : nodes(explanation)), ...(regimes ?? []).flatMap((regime) => nodes(regime.explanation))];
  });
}

describe('budgetsRuleCatalogue', () => {
  it('has one entry per rule id, dotted as budget.*, fur.* or fundholding.* in lower camel case', () => {
    expect(byId.size).toBe(budgetsRuleCatalogue.length);
    for (const entry of budgetsRuleCatalogue) expect(entry.id).toMatch(/^(budget|fur|fundholding)(\.[a-z][a-zA-Z]*)+$/);
    expect(Object.isFrozen(budgetsRuleCatalogue)).toBe(true);
    expect(Object.isFrozen(budgetsRuleCatalogue[0]?.parameters)).toBe(true);
  });

  it('cites known sources and reads known parameters; an in-force parameter is a dated boolean the rule reads', () => {
    expectKnownSourcesAndParameters(budgetsRuleCatalogue);
    expect(byId.get('budget.monitor')?.inForce).toBe('budget.indicative.inForce');
    expect(byId.get('fundholding.eligibility')?.inForce).toBe('fundholding.inForce');
  });

  it('lists every parameter each rule reads: every reading in an explanation node is in its entry, and the node carries the entry\'s title and version', () => {
    const seen = new Set<string>();
    for (const node of explanations()) {
      const entry = byId.get(node.rule);
      expect(entry, `no catalogue entry for ${node.rule}`).toBeDefined();
      expect(node.title).toBe(entry?.title);
      expect(node.version).toBe(entry?.version);
      for (const reading of node.parameters) expect(entry?.parameters, `${node.rule} reads ${reading.id}`).toContain(reading.id);
      seen.add(node.rule);
    }
    // Every rule of the catalogue was run.
    expect([...seen].sort()).toEqual([...byId.keys()].sort());
  });

  it('a reform switching an in-force parameter off makes the rules under it refuse (NOT_IN_FORCE), naming the parameter', () => {
    const noPbc = applyReform(baselinePolicy, {
      id: 'no-pbc',
      label: 'No indicative budgets',
      parameters: { 'budget.indicative.inForce': [{ from: '2005-04-01', value: false, sources: ['dh-2004-engaging-practices'], confidence: 'unconfirmed' }] },
    });
    expectIssue(() => monitorBudget({ budget: practiceBudget('Z90002', { PRESCRIBING: 1 }), throughMonth: 1, spend: [] }, { policy: noPbc }), 'NOT_IN_FORCE', ['budget', 'financialYear'], 'budget.indicative.inForce');
    expectIssue(() => freedUpResources({ outcome: { financialYear: '2007/08', budget: 1, outturn: 1 } }, { policy: noPbc }), 'NOT_IN_FORCE', ['outcome', 'financialYear'], 'budget.indicative.inForce');
    const noFundholding = applyReform(baselinePolicy, {
      id: 'no-fundholding',
      label: 'No fundholding',
      parameters: { 'fundholding.inForce': [{ from: '1991-04-01', value: false, sources: ['hansard-1991-03-13'], confidence: 'unconfirmed' }] },
    });
    expectIssue(() => fundholdingEligibility({ date: '1995-04-01', practices: [{ practiceCode: 'A81001', listSize: 9_000 }] }, { policy: noFundholding }), 'NOT_IN_FORCE', ['date'], 'fundholding.inForce');
    expectIssue(() => fundholdingSavingsWindow({ financialYear: '1995/96', savings: 1 }, { policy: noFundholding }), 'NOT_IN_FORCE', ['financialYear'], 'fundholding.inForce');
  });
});
