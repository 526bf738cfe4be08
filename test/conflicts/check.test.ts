/**
 * The entry point as a whole, the rule catalogue, the conflicts parameters and the findings table.
 */
import { describe, expect, it } from 'vitest';
import { checkConflictsOfInterest, conflictsFindingsTable, conflictsRuleCatalogue as rootCatalogue, conflictsRulesInForce, worseConflictsOutcome, renderExplanation } from '../../src/index.js';
import { parameterAt, validatePolicy } from '../../src/policy/index.js';
import { baselinePolicy, conflictsRuleCatalogue } from '../../src/policy/index.js';
import { conflictsRule } from '../../src/conflicts/context.js';
import { baseInput, check, decidedOn, errorOf, member, PROPOSER, withCase, withMember } from './fixtures.js';

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
  const result = checkConflictsOfInterest(input, { asOf: '2009-07-01' });

  it('reports every rule, for every subject, in catalogue order', () => {
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.subject.id} ${finding.outcome}`)).toEqual([
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
      rulesBreached: ['COI-R03', 'COI-R08'],
      rulesWarned: ['COI-R02', 'COI-R05', 'COI-R06', 'COI-R09'],
      rulesNotInForce: [],
      conflictedMemberIds: ['dr-shah'],
    });
    expect(result).toMatchObject({ caseId: 'bc-1', asOf: '2009-07-01', policyId: 'baseline' });
  });
  it('never approves or rejects: the result has no decision, and the explanation says the PCT decides', () => {
    expect(Object.keys(result).sort()).toEqual(['asOf', 'caseId', 'explanation', 'findings', 'policyId', 'summary']);
    expect(result.explanation.notes).toContain('Every rule ran; each finding below explains itself. The library never approves or rejects a case: the PCT decides.');
  });
  it('explains the whole check, with each finding as a child', () => {
    expect(result.explanation.rule).toBe('conflicts.check');
    expect(result.explanation.children).toHaveLength(20);
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
      ruleId: 'COI-R03',
      title: 'A conflicted member, or one with an interest in a rival service, takes no part in the decision',
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
    checkConflictsOfInterest(input, { asOf: '2009-07-01' });
    expect(input).toEqual(copy);
  });
});

describe('rules not in force are listed in the summary', () => {
  it('an October 2006 decision: the rules from November 2006 and December 2007 were not yet in force', () => {
    const result = check(decidedOn(baseInput(), '2006-10-31'));
    expect(result.summary.rulesNotInForce.map((row) => `${row.ruleId} ${row.subjectId} ${row.on} ${row.from}`)).toEqual([
      'COI-R02 ned 2006-10-31 2007-12-01',
      'COI-R02 gp-a 2006-10-31 2007-12-01',
      'COI-R02 officer 2006-10-31 2007-12-01',
      'COI-R03 ned 2006-10-31 2006-11-01',
      'COI-R03 gp-a 2006-10-31 2006-11-01',
      'COI-R03 officer 2006-10-31 2006-11-01',
      'COI-R06 bc-1 2006-10-31 2006-11-01',
      'COI-R07 bc-1 2006-10-31 2006-11-01',
      'COI-R09 bc-1 2006-10-31 2006-11-01',
    ]);
    expect(result.summary.rulesNotInForce[0]).toEqual({ ruleId: 'COI-R02', subjectKind: 'member', subjectId: 'ned', on: '2006-10-31', from: '2007-12-01', to: '2013-03-31' });
  });
  it('a case decided after PCTs were abolished: every rule that applies on the decision is not in force', () => {
    const result = check(decidedOn(baseInput(), '2013-04-02', '2013-04-01'), { asOf: '2013-05-01' });
    expect(new Set(result.summary.rulesNotInForce.map((row) => row.ruleId))).toEqual(
      new Set(['COI-R01', 'COI-R02', 'COI-R03', 'COI-R04', 'COI-R05', 'COI-R06', 'COI-R07', 'COI-R08', 'COI-R09', 'COI-R10', 'COI-R11']),
    );
    expect(result.summary.worstOutcome).toBe('not_applicable');
  });
});

describe('the rule catalogue (for a governance lead)', () => {
  it('is the same data from the root and from /policy, frozen', () => {
    expect(rootCatalogue).toBe(conflictsRuleCatalogue);
    expect(Object.isFrozen(conflictsRuleCatalogue)).toBe(true);
    expect(Object.isFrozen(conflictsRuleCatalogue[0]?.sources)).toBe(true);
  });
  it('lists COI-R01 to COI-R11 with unique ids and keys, dates, sources and severity', () => {
    expect(conflictsRuleCatalogue.map((rule) => rule.id)).toEqual(['COI-R01', 'COI-R02', 'COI-R03', 'COI-R04', 'COI-R05', 'COI-R06', 'COI-R07', 'COI-R08', 'COI-R09', 'COI-R10', 'COI-R11']);
    expect(new Set(conflictsRuleCatalogue.map((rule) => rule.key)).size).toBe(11);
    expect(conflictsRuleCatalogue.map(({ id, from, to, severity }) => `${id} ${from}…${to} ${severity}`)).toEqual([
      'COI-R01 2005-04-01…2013-03-31 breach',
      'COI-R02 2007-12-01…2013-03-31 warning',
      'COI-R03 2006-11-01…2013-03-31 breach',
      'COI-R04 2005-04-01…2013-03-31 breach',
      'COI-R05 2005-04-01…2013-03-31 warning',
      'COI-R06 2006-11-01…2013-03-31 breach',
      'COI-R07 2006-11-01…2013-03-31 breach',
      'COI-R08 2005-04-01…2013-03-31 breach',
      'COI-R09 2006-11-01…2013-03-31 warning',
      'COI-R10 2005-04-01…2013-03-31 breach',
      'COI-R11 2005-04-01…2013-03-31 breach',
    ]);
  });
  it('cites only sources and parameters the baseline policy holds; severity is the worst listed outcome', () => {
    for (const rule of conflictsRuleCatalogue) {
      for (const id of [...rule.sources, ...rule.periodSources]) expect(baselinePolicy.sources[id], `${rule.id} cites ${id}`).toBeDefined();
      for (const id of rule.parameters) expect(baselinePolicy.parameters[id], `${rule.id} reads ${id}`).toBeDefined();
      expect(rule.outcomes.reduce(worseConflictsOutcome, 'not_applicable')).toBe(rule.severity);
      expect(rule.outcomes).toContain('not_applicable');
    }
  });
  it('conflictsRulesInForce gives the rules in force on a date, on both sides of each start and of the end', () => {
    const ids = (date: string): string[] => conflictsRulesInForce(date).map((rule) => rule.id);
    expect(ids('2005-03-31')).toEqual([]);
    expect(ids('2005-04-01')).toEqual(['COI-R01', 'COI-R04', 'COI-R05', 'COI-R08', 'COI-R10', 'COI-R11']);
    expect(ids('2006-10-31')).toHaveLength(6);
    expect(ids('2006-11-01')).toEqual(['COI-R01', 'COI-R03', 'COI-R04', 'COI-R05', 'COI-R06', 'COI-R07', 'COI-R08', 'COI-R09', 'COI-R10', 'COI-R11']);
    expect(ids('2007-11-30')).toHaveLength(10);
    expect(ids('2007-12-01')).toHaveLength(11);
    expect(ids('2013-03-31')).toHaveLength(11);
    expect(ids('2013-04-01')).toEqual([]);
  });
  it('an unknown rule id is an error (the catalogue is the single list of rules)', () => {
    expect(errorOf(() => conflictsRule('COI-R99' as never)).code).toBe('INVALID_POLICY');
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
    expect(errorOf(() => parameterAt(baselinePolicy, 'conflicts.minimumConflictingInterests', '2007-11-30')).code).toBe('PARAMETER_NOT_IN_FORCE');
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

describe('worseConflictsOutcome', () => {
  it('orders breach > warning > compliant > not_applicable', () => {
    expect(worseConflictsOutcome('compliant', 'not_applicable')).toBe('compliant');
    expect(worseConflictsOutcome('warning', 'breach')).toBe('breach');
    expect(worseConflictsOutcome('breach', 'warning')).toBe('breach');
  });
});
