/**
 * The conflicts rule catalogue (src/policy/rules/conflicts.ts), for a governance lead.
 */
import { describe, expect, it } from 'vitest';
import { type Explanation } from '../../../src/index.js';
import { worstOutcome } from '../../../src/core/finding.js';
import { baselinePolicy, conflictsRuleCatalogue, parameterAt } from '../../../src/policy/index.js';
import { PROPOSER, baseInput, check, decidedOn, member, pending, ruleNodeOf, withCase, withMember } from '../../conflicts/fixtures.js';

describe('the rule catalogue (for a governance lead)', () => {
  it('is frozen data', () => {
    expect(Object.isFrozen(conflictsRuleCatalogue)).toBe(true);
    expect(Object.isFrozen(conflictsRuleCatalogue[0]?.sources)).toBe(true);
  });
  it('lists COI-R01 to COI-R13 as dotted ids, each naming its in-force parameter first among those it reads', () => {
    expect(conflictsRuleCatalogue.map((rule) => `${rule.reference} ${rule.id} ${rule.appliesOn} ${rule.subject}`)).toEqual([
      'COI-R01 conflicts.registerComplete decision member',
      'COI-R02 conflicts.minimumListConflict decision member',
      'COI-R03 conflicts.recusal decision member',
      'COI-R04 conflicts.pctDecides decision case',
      'COI-R05 conflicts.whatNotWho submission case',
      'COI-R06 conflicts.procurementRoute decision case',
      'COI-R07 conflicts.rejectionReasons decision case',
      'COI-R08 conflicts.decisionInTime submission case',
      'COI-R09 conflicts.publishedInProspectus decision case',
      'COI-R10 conflicts.referralDisclosure referral referral',
      'COI-R11 conflicts.disputeToSha dispute dispute',
      'COI-R12 conflicts.providerArmSeparated decision case',
      'COI-R13 conflicts.providerArmChosenFairly decision case',
    ]);
    for (const rule of conflictsRuleCatalogue) {
      expect(rule.inForce).toBe(`${rule.id}.inForce`);
      expect(rule.parameters[0]).toBe(rule.inForce);
    }
  });
  it('cites only sources and parameters the baseline policy holds; the worst outcomes are as published', () => {
    for (const rule of conflictsRuleCatalogue) {
      for (const id of rule.sources) expect(baselinePolicy.sources[id], `${rule.id} cites ${id}`).toBeDefined();
      for (const id of rule.parameters) expect(baselinePolicy.parameters[id], `${rule.id} reads ${id}`).toBeDefined();
      expect(rule.outcomes).toContain('not_applicable');
    }
    expect(conflictsRuleCatalogue.map((rule) => worstOutcome(rule.outcomes.map((outcome) => ({ outcome }))))).toEqual([
      'breach', 'warning', 'breach', 'breach', 'warning', 'breach', 'breach', 'breach', 'warning', 'breach', 'breach', 'breach', 'breach',
    ]);
  });
  it('the in-force windows are dated parameters: from each start (2005-04-01, 2006-11-01, 2007-12-01) to 2013-03-31', () => {
    const window = (id: string): string => {
      const on = baselinePolicy.parameters[id]!.values.filter((value) => value.value === true);
      return on.map((value) => `${value.from}…${value.to ?? ''} ${value.confidence}`).join(', ');
    };
    expect(conflictsRuleCatalogue.map((rule) => `${rule.reference} ${window(rule.inForce)}`)).toEqual([
      'COI-R01 2005-04-01…2013-03-31 derived',
      'COI-R02 2007-12-01…2013-03-31 derived',
      'COI-R03 2006-11-01…2013-03-31 derived',
      'COI-R04 2005-04-01…2013-03-31 derived',
      'COI-R05 2005-04-01…2013-03-31 unconfirmed',
      'COI-R06 2006-11-01…2013-03-31 derived',
      'COI-R07 2006-11-01…2013-03-31 derived',
      'COI-R08 2005-04-01…2013-03-31 confirmed',
      'COI-R09 2006-11-01…2013-03-31 derived',
      'COI-R10 2005-04-01…2013-03-31 unconfirmed',
      'COI-R11 2005-04-01…2013-03-31 derived',
      'COI-R12 2007-12-01…2013-03-31 derived',
      'COI-R13 2007-12-01…2013-03-31 derived',
    ]);
    expect(parameterAt(baselinePolicy, 'conflicts.minimumListConflict.inForce', '2007-11-30')).toMatchObject({ value: false, from: '1991-04-01', to: '2007-11-30' });
    expect(parameterAt(baselinePolicy, 'conflicts.minimumListConflict.inForce', '2013-04-01')).toMatchObject({ value: false, from: '2013-04-01' });
  });
  it('lists every parameter each rule reads (every reading in a rule node is in its entry)', () => {
    const local = { decisionLimitDays: 84, tenderThreshold: 15_000_000, nonExecutiveChairRequired: true, declarationMaxAgeDays: 365 };
    const referral = { id: 'r1', clinicianId: 'gp-a', providerBodyId: PROPOSER, referredOn: '2009-06-01', clinicianHasFinancialInterest: true, choiceOffered: true, interestDisclosedToPatient: true };
    const dispute = { id: 'd1', raisedBy: 'practice', raisedOn: '2009-06-01', referredToShaOn: '2009-06-10' };
    const conflicted = withMember(baseInput(), member('gp-x', { interests: [{ bodyId: PROPOSER, kind: 'director', declaredOn: '2009-01-05' }] }));
    const fixtures = [
      check(conflicted, { asOf: '2009-07-01', local }),
      check(withCase(conflicted, { procurementRoute: 'direct_award' }), { asOf: '2009-07-01', local }),
      check({ ...pending(decidedOn(conflicted, '2008-06-01', '2008-04-01')), referrals: [referral], dispute }, { asOf: '2009-07-01', local }),
      check(decidedOn(baseInput(), '2006-10-31'), { asOf: '2009-07-01' }),
      check(pending(decidedOn(baseInput(), '2008-06-01', '2008-04-01')), { asOf: '2008-06-01' }),
    ];
    const readings = (node: Explanation): string[] => [...node.parameters.map((reading) => reading.id), ...node.children.flatMap(readings)];
    let checked = 0;
    for (const result of fixtures) {
      for (const rule of conflictsRuleCatalogue) {
        const read = new Set(readings(ruleNodeOf(result, rule.id)));
        for (const id of read) expect(rule.parameters, `${rule.id} reads ${id}`).toContain(id);
        checked += read.size;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
