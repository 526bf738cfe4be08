/**
 * The entry point as a whole, the rule catalogue, the conflicts parameters and the findings table.
 */
import { describe, expect, it } from 'vitest';
import { conflictsFindingsTable, conflictsRulesInForce, renderExplanation, type Explanation } from '../../src/index.js';
import { applyReform, parameterAt, validatePolicy } from '../../src/policy/index.js';
import { worstOutcome } from '../../src/core/finding.js';
import { baselinePolicy, conflictsRuleCatalogue } from '../../src/policy/index.js';
import { expectIssue, pbcError } from '../support/errors.js';
import { baseInput, check, decidedOn, findingOf, member, pending, PROPOSER, ruleNodeOf, withCase, withMember } from './fixtures.js';

describe('a worked case: Riverside Surgery proposes a dermatology service it would provide', () => {
  // A GP partner of the proposer (a part-owner: DH December 2007 minimum list) sat on the panel, the
  // case named the practice as provider, was directly awarded without value for money documented,
  // and was decided 70 days after submission (DH March 2009: eight weeks at most).
  const input = withMember(
    withCase(baseInput(), {
      proposesToProvide: true,
      namesProvider: true,
      procurementRoute: 'direct_award',
      singleProviderSought: true,
      valueForMoneyDocumented: false,
      value: 12_000_000,
      submittedOn: '2009-04-06',
      decision: { outcome: 'approved', decidedOn: '2009-06-15', decidedBy: 'pct_committee' },
      publishedInProspectus: false,
    }),
    member('dr-shah', { name: 'Dr Priya Shah', interests: [{ bodyId: PROPOSER, kind: 'part_owner', declaredOn: '2009-01-05', description: 'GP partner' }] }),
  );
  const result = check(input, { asOf: '2009-07-01' });

  it('reports every rule, for every subject, in catalogue order', () => {
    const reference = (id: string): string | undefined => conflictsRuleCatalogue.find((rule) => rule.id === id)?.reference;
    expect(result.findings.map((finding) => `${reference(finding.rule)} ${finding.subject.id} ${finding.outcome}`)).toEqual([
      'COI-R01 ned compliant',
      'COI-R01 gp-a compliant',
      'COI-R01 officer compliant',
      'COI-R01 dr-shah compliant',
      'COI-R02 ned compliant',
      'COI-R02 gp-a compliant',
      'COI-R02 officer compliant',
      'COI-R02 dr-shah warning',
      'COI-R03 ned compliant',
      'COI-R03 gp-a compliant',
      'COI-R03 officer compliant',
      'COI-R03 dr-shah breach',
      'COI-R04 bc-1 compliant',
      'COI-R05 bc-1 warning',
      'COI-R06 bc-1 warning',
      'COI-R07 bc-1 not_applicable',
      'COI-R08 bc-1 breach',
      'COI-R09 bc-1 warning',
      'COI-R10 bc-1 not_applicable',
      'COI-R11 bc-1 not_applicable',
    ]);
  });
  it('summarises: counts, worst outcome, rules breached and warned, conflicted members', () => {
    expect(result.summary).toEqual({
      total: 20,
      counts: { compliant: 11, pending: 0, warning: 4, breach: 2, not_applicable: 3 },
      worstOutcome: 'breach',
      rulesBreached: ['conflicts.recusal', 'conflicts.decisionInTime'],
      rulesWarned: ['conflicts.minimumListConflict', 'conflicts.whatNotWho', 'conflicts.procurementRoute', 'conflicts.publishedInProspectus'],
      rulesNotInForce: [],
      conflictedMemberIds: ['dr-shah'],
    });
    expect(result).toMatchObject({ caseId: 'bc-1', asOf: '2009-07-01', policyId: 'baseline' });
  });
  it('never approves or rejects: the result has no decision, and the explanation says the PCT decides', () => {
    expect(Object.keys(result).sort()).toEqual(['asOf', 'caseId', 'explanation', 'findings', 'policyId', 'summary']);
    expect(result.explanation.notes).toContain('Every rule ran; each rule below explains its findings, one child per subject. The library never approves or rejects a case: the PCT decides.');
  });
  it('explains the whole check, with one child per rule and one grandchild per finding', () => {
    expect(result.explanation.rule).toBe('conflicts.check');
    expect(result.explanation.children.map((child) => child.rule)).toEqual(conflictsRuleCatalogue.map((rule) => rule.id));
    expect(result.explanation.children.flatMap((child) => child.children)).toHaveLength(20);
    expect(ruleNodeOf(result, 'conflicts.recusal').output).toEqual({ findings: 4, worstOutcome: 'breach' });
    expect(result.explanation.output).toEqual({ compliant: 11, pending: 0, warning: 4, breach: 2, not_applicable: 3, worstOutcome: 'breach' });
    expect(result.explanation.inputs).toMatchObject({ caseId: 'bc-1', decision: 'approved on 2009-06-15', panelMembers: 4, referrals: 0, dispute: null });
    expect(renderExplanation(result.explanation)).toContain('Conflict-of-interest check of business case bc-1 [conflicts.check v1, as of 2009-07-01]');
  });
  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
  it('gives a flat table for notebooks', () => {
    const rows = conflictsFindingsTable(result);
    expect(rows).toHaveLength(20);
    expect(rows[11]).toEqual({
      caseId: 'bc-1',
      rule: 'conflicts.recusal',
      reference: 'COI-R03',
      title: 'A conflicted member, or one with an interest in a rival service, takes no part in the decision',
      code: 'BARRED_MEMBER_TOOK_PART',
      outcome: 'breach',
      subjectKind: 'member',
      subjectId: 'dr-shah',
      message: 'Dr Priya Shah took part in the decision despite an interest on the minimum list in the proposer (part owner of Z90001 (GP partner), declared 2009-01-05): they must exclude themselves.',
      sources: 'dh-faq-practical-implementation; dh-2007-12-pbc-governance; pulse-2007-12-conflicts-warning',
    });
    for (const row of rows) for (const value of Object.values(row)) expect(typeof value).toBe('string');
  });
  it('does not change its input', () => {
    const copy = structuredClone(input);
    check(input, { asOf: '2009-07-01' });
    expect(input).toEqual(copy);
  });
});

describe('rules not in force are listed in the summary', () => {
  it('an October 2006 decision: the rules from November 2006 and December 2007 were not yet in force', () => {
    const result = check(decidedOn(baseInput(), '2006-10-31'));
    expect(result.summary.rulesNotInForce.map((row) => `${row.rule} ${row.subject.id} ${row.on}`)).toEqual([
      'conflicts.minimumListConflict ned 2006-10-31',
      'conflicts.minimumListConflict gp-a 2006-10-31',
      'conflicts.minimumListConflict officer 2006-10-31',
      'conflicts.recusal ned 2006-10-31',
      'conflicts.recusal gp-a 2006-10-31',
      'conflicts.recusal officer 2006-10-31',
      'conflicts.procurementRoute bc-1 2006-10-31',
      'conflicts.rejectionReasons bc-1 2006-10-31',
      'conflicts.publishedInProspectus bc-1 2006-10-31',
    ]);
    expect(result.summary.rulesNotInForce[0]).toEqual({ rule: 'conflicts.minimumListConflict', subject: { kind: 'member', id: 'ned' }, on: '2006-10-31' });
    expect(findingOf(result, 'conflicts.minimumListConflict', 'ned')).toMatchObject({
      code: 'NOT_IN_FORCE',
      outcome: 'not_applicable',
      message: 'conflicts.minimumListConflict (COI-R02) is not in force on 2006-10-31 (the date of the decision): it took effect on 2007-12-01.',
      details: { inForce: false, on: '2006-10-31' },
    });
  });
  it('a case decided after PCTs were abolished: every rule that applies on the decision is not in force', () => {
    const result = check(decidedOn(baseInput(), '2013-04-02', '2013-04-01'), { asOf: '2013-05-01' });
    expect(new Set(result.summary.rulesNotInForce.map((row) => row.rule))).toEqual(
      new Set(['conflicts.registerComplete', 'conflicts.minimumListConflict', 'conflicts.recusal', 'conflicts.pctDecides', 'conflicts.whatNotWho', 'conflicts.procurementRoute', 'conflicts.rejectionReasons', 'conflicts.decisionInTime', 'conflicts.publishedInProspectus', 'conflicts.referralDisclosure', 'conflicts.disputeToSha']),
    );
    expect(result.summary.worstOutcome).toBe('not_applicable');
  });
});

describe('the rule catalogue (for a governance lead)', () => {
  it('is frozen data', () => {
    expect(Object.isFrozen(conflictsRuleCatalogue)).toBe(true);
    expect(Object.isFrozen(conflictsRuleCatalogue[0]?.sources)).toBe(true);
  });
  it('lists COI-R01 to COI-R11 as dotted ids, each naming its in-force parameter first among those it reads', () => {
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
      'breach', 'warning', 'breach', 'breach', 'warning', 'breach', 'breach', 'breach', 'warning', 'breach', 'breach',
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
  it('a reform that switches a rule off makes it not_applicable (NOT_IN_FORCE) for every subject, and out of conflictsRulesInForce', () => {
    const off = applyReform(baselinePolicy, {
      id: 'no-recusal',
      label: 'Recusal rule withdrawn from 2009',
      parameters: { 'conflicts.recusal.inForce': [{ from: '2009-01-01', value: false, sources: ['dh-faq-practical-implementation'], confidence: 'unconfirmed' }] },
    });
    const input = withMember(baseInput(), member('gp-x', { interests: [{ bodyId: PROPOSER, kind: 'director', declaredOn: '2009-01-05' }] }));
    expect(findingOf(check(input, { asOf: '2009-07-01' }), 'conflicts.recusal', 'gp-x').outcome).toBe('breach');
    const result = check(input, { asOf: '2009-07-01', policy: off });
    for (const id of ['ned', 'gp-a', 'officer', 'gp-x']) {
      expect(findingOf(result, 'conflicts.recusal', id)).toMatchObject({ code: 'NOT_IN_FORCE', outcome: 'not_applicable' });
    }
    expect(findingOf(result, 'conflicts.recusal', 'gp-x').message).toBe(
      'conflicts.recusal (COI-R03) is not in force on 2009-05-20 (the date of the decision): it ceased after 2008-12-31.',
    );
    expect(result.summary.rulesBreached).not.toContain('conflicts.recusal');
    expect(conflictsRulesInForce({ asOf: '2009-07-01', policy: off }).map((rule) => rule.id)).not.toContain('conflicts.recusal');
    expect(conflictsRulesInForce({ asOf: '2008-12-31', policy: off }).map((rule) => rule.id)).toContain('conflicts.recusal');
    // Switched on early by a reform: the rule applies before its published start.
    const early = applyReform(baselinePolicy, {
      id: 'early-list',
      label: 'Minimum list from 2006',
      parameters: {
        'conflicts.minimumListConflict.inForce': [{ from: '2006-01-01', to: '2007-11-30', value: true, sources: ['dh-2007-12-pbc-governance'], confidence: 'unconfirmed' }],
        'conflicts.minimumConflictingInterests': [{ from: '2006-01-01', to: '2007-11-30', value: ['director'], sources: ['dh-2007-12-pbc-governance'], confidence: 'unconfirmed' }],
      },
    });
    const before = check(decidedOn(input, '2007-06-01'), { asOf: '2007-07-01', policy: early });
    // The rule on, but no list yet: nobody is conflicted under it.
    const withoutList = applyReform(baselinePolicy, { id: 'early-rule', label: 'Rule from 2006, no list', parameters: { 'conflicts.minimumListConflict.inForce': early.parameters['conflicts.minimumListConflict.inForce']!.values } });
    expect(findingOf(check(decidedOn(input, '2007-06-01'), { asOf: '2007-07-01', policy: withoutList }), 'conflicts.minimumListConflict', 'gp-x').code).toBe('NOT_CONFLICTED');
    expect(findingOf(before, 'conflicts.minimumListConflict', 'gp-x')).toMatchObject({ code: 'CONFLICTED_MEMBER_TOOK_PART', outcome: 'warning' });
    expect(findingOf(check(decidedOn(input, '2007-06-01'), { asOf: '2007-07-01' }), 'conflicts.minimumListConflict', 'gp-x').code).toBe('NOT_IN_FORCE');
    // Never in force under a policy: the message says so.
    const never = applyReform(baselinePolicy, {
      id: 'never',
      label: 'No dispute rule',
      parameters: { 'conflicts.disputeToSha.inForce': [{ from: '1991-04-01', value: false, sources: ['dh-faq-practical-implementation'], confidence: 'unconfirmed' }] },
    });
    const disputed = check({ ...input, dispute: { id: 'd1', raisedBy: 'pct', raisedOn: '2009-06-01' } }, { asOf: '2009-07-01', policy: never });
    expect(findingOf(disputed, 'conflicts.disputeToSha').message).toBe('conflicts.disputeToSha (COI-R11) is not in force on 2009-06-01 (the date the dispute was raised): the policy puts it in force on no date.');
  });
  it('conflictsRulesInForce gives the rules in force on a date, on both sides of each start and of the end', () => {
    const ids = (date: string): string[] => conflictsRulesInForce({ asOf: date }).map((rule) => rule.id);
    expect(ids('1980-01-01')).toEqual([]);
    expect(ids('2005-03-31')).toEqual([]);
    expect(ids('2005-04-01')).toEqual(['conflicts.registerComplete', 'conflicts.pctDecides', 'conflicts.whatNotWho', 'conflicts.decisionInTime', 'conflicts.referralDisclosure', 'conflicts.disputeToSha']);
    expect(ids('2006-10-31')).toHaveLength(6);
    expect(ids('2006-11-01')).toEqual(['conflicts.registerComplete', 'conflicts.recusal', 'conflicts.pctDecides', 'conflicts.whatNotWho', 'conflicts.procurementRoute', 'conflicts.rejectionReasons', 'conflicts.decisionInTime', 'conflicts.publishedInProspectus', 'conflicts.referralDisclosure', 'conflicts.disputeToSha']);
    expect(ids('2007-11-30')).toHaveLength(10);
    expect(ids('2007-12-01')).toHaveLength(11);
    expect(ids('2013-03-31')).toHaveLength(11);
    expect(ids('2013-04-01')).toEqual([]);
  });
  it('conflictsRulesInForce refuses a missing or malformed date and a bad policy', () => {
    expectIssue(() => conflictsRulesInForce({} as never), 'MISSING_INPUT', ['asOf']);
    expectIssue(() => conflictsRulesInForce({ asOf: '2007-02-30' }), 'INVALID_DATE', ['asOf']);
    expectIssue(() => conflictsRulesInForce({ asOf: '2007-12-01', policy: {} as never }), 'INVALID_POLICY', ['policy']);
  });
});

describe('the conflicts parameters', () => {
  const value = (id: string, date: string): unknown => parameterAt(baselinePolicy, id, date).value;
  it('keep the baseline policy valid', () => {
    expect(validatePolicy(baselinePolicy)).toEqual({ ok: true, findings: [] });
  });
  it('the tender threshold has no default (null): the sources disagree about £150,000', () => {
    expect(parameterAt(baselinePolicy, 'conflicts.procurement.tenderThreshold', '2009-01-01')).toMatchObject({ value: null, unit: 'pence', confidence: 'derived' });
    expect(parameterAt(baselinePolicy, 'conflicts.procurement.tenderThreshold', '2009-01-01').note).toContain('£150,000');
  });
  it('a non-executive chair and the declaration interval are local decisions (null)', () => {
    expect(value('conflicts.panel.nonExecutiveChairRequired', '2008-01-01')).toBeNull();
    expect(value('conflicts.register.declarationMaxAgeDays', '2008-01-01')).toBeNull();
  });
  it('the minimum list is in force from 2007-12-01 and not the day before', () => {
    expect(value('conflicts.minimumConflictingInterests', '2007-12-01')).toEqual([
      'director',
      'non_executive_director',
      'owner',
      'part_owner',
      'employee',
      'partner_or_employee_of_director',
      'close_relative_of_director',
      'close_relative_of_practice_member',
    ]);
    pbcError(() => parameterAt(baselinePolicy, 'conflicts.minimumConflictingInterests', '2007-11-30'), 'PARAMETER_NOT_IN_FORCE');
  });
  it('the PRCC were in force from December 2007 to October 2010', () => {
    expect(value('conflicts.prcc.inForce', '2007-11-30')).toBe(false);
    expect(value('conflicts.prcc.inForce', '2007-12-01')).toBe(true);
    expect(value('conflicts.prcc.inForce', '2010-10-31')).toBe(true);
    expect(value('conflicts.prcc.inForce', '2010-11-01')).toBe(false);
  });
  it('the eight-week limit is read from the entitlements parameter (56 days from 2009-03-01)', () => {
    expect(value('entitlements.businessCaseDecisionDays', '2009-02-28')).toBeNull();
    expect(value('entitlements.businessCaseDecisionDays', '2009-03-01')).toBe(56);
  });
});
