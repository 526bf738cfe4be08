/**
 * checkConflictsOfInterest (src/conflicts/check-conflicts-of-interest.ts): the check as a whole, its options, and its invariants over generated cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkConflictsOfInterest, renderExplanation } from '../../src/index.js';
import { worstOutcome } from '../../src/core/finding.js';
import { baselinePolicy, conflictsRuleCatalogue, parameterAt } from '../../src/policy/index.js';
import { expectIssue } from '../support/errors.js';
import { OUTCOME_RANK, baseInput, buildGenerated, caseArbitrary, check, findingsOf, ruleNodeOf, withRawValue, workedCase } from './fixtures.js';

describe('the base case (every rule compliant or not applicable)', () => {
  it('gives no warning and no breach', () => {
    const result = check(baseInput(), { asOf: '2009-07-01' });
    expect(result.summary.counts.breach).toBe(0);
    expect(result.summary.counts.warning).toBe(0);
    expect(result.summary.worstOutcome).toBe('compliant');
    expect(result.summary.rulesNotInForce).toEqual([]);
  });
});

describe('a worked case: Riverside Surgery proposes a dermatology service it would provide', () => {
  const input = workedCase();
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
      'COI-R12 bc-1 not_applicable',
      'COI-R13 bc-1 not_applicable',
    ]);
  });
  it('never approves or rejects: the result has no decision, and the explanation says the PCT decides', () => {
    expect(Object.keys(result).sort()).toEqual(['asOf', 'caseId', 'explanation', 'findings', 'policyId', 'summary']);
    expect(result.explanation.notes).toContain('Every rule ran; each rule below explains its findings, one child per subject. The library never approves or rejects a case: the PCT decides.');
  });
  it('explains the whole check, with one child per rule and one grandchild per finding', () => {
    expect(result.explanation.rule).toBe('conflicts.check');
    expect(result.explanation.children.map((child) => child.rule)).toEqual(conflictsRuleCatalogue.map((rule) => rule.id));
    expect(result.explanation.children.flatMap((child) => child.children)).toHaveLength(22);
    expect(ruleNodeOf(result, 'conflicts.recusal').output).toEqual({ findings: 4, worstOutcome: 'breach' });
    expect(result.explanation.output).toEqual({ compliant: 11, pending: 0, warning: 4, breach: 2, not_applicable: 5, worstOutcome: 'breach' });
    expect(result.explanation.inputs).toMatchObject({ caseId: 'bc-1', decision: 'approved on 2009-06-15', panelMembers: 4, referrals: 0, dispute: null });
    expect(renderExplanation(result.explanation)).toContain('Conflict-of-interest check of business case bc-1 [conflicts.check v1, as of 2009-07-01]');
  });
  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
  it('does not change its input', () => {
    const copy = structuredClone(input);
    check(input, { asOf: '2009-07-01' });
    expect(input).toEqual(copy);
  });
});

describe('options and policy', () => {
  it('a bad asOf is INVALID_DATE at path asOf', () => {
    expectIssue(() => check(baseInput(), { asOf: '2009-13-01' }), 'INVALID_DATE', ['asOf'], 'asOf');
  });
  it('missing options (a plain JavaScript caller) are MISSING_INPUT at path asOf; options that are not an object INVALID_INPUT', () => {
    expectIssue(() => checkConflictsOfInterest(baseInput() as never, undefined as never), 'MISSING_INPUT', ['asOf'], 'asOf');
    expectIssue(() => checkConflictsOfInterest(baseInput() as never, '2009-06-01' as never), 'INVALID_INPUT', ['options'], 'options');
  });
  it('a malformed policy is INVALID_POLICY at path policy, before the input is read', () => {
    expectIssue(() => check(baseInput(), { policy: { id: 'x' } as never }), 'INVALID_POLICY', ['policy'], 'policy');
    expectIssue(() => check(null, { policy: { id: 'x' } as never }), 'INVALID_POLICY', ['policy'], 'policy');
  });
  it('a policy whose parameter holds the wrong type is INVALID_POLICY naming the parameter', () => {
    const broken = structuredClone(baselinePolicy) as { parameters: Record<string, { values: { value: unknown }[] }> };
    broken.parameters['conflicts.procurement.tenderThreshold']!.values[0]!.value = 'lots';
    const input = baseInput();
    input.businessCase.procurementRoute = 'direct_award';
    expectIssue(() => check(input, { policy: broken as never }), 'INVALID_POLICY', ['policy', 'parameters', 'conflicts.procurement.tenderThreshold']);
  });
  it('a boolean parameter holding a number is INVALID_POLICY naming the parameter (the policy is checked in full first)', () => {
    const policy = withRawValue('conflicts.panel.nonExecutiveChairRequired', 1);
    expectIssue(() => check(baseInput(), { policy }), 'INVALID_POLICY', ['policy', 'parameters', 'conflicts.panel.nonExecutiveChairRequired']);
    const inForce = withRawValue('conflicts.recusal.inForce', 'yes');
    expectIssue(() => check(baseInput(), { policy: inForce }), 'INVALID_POLICY', ['policy', 'parameters', 'conflicts.recusal.inForce']);
  });
  it('a decision limit that is not a whole number of days is INVALID_POLICY naming the parameter', () => {
    for (const value of [56.5, 'eight weeks']) {
      expectIssue(() => check(baseInput(), { policy: withRawValue('entitlements.businessCaseDecisionDays', value) }), 'INVALID_POLICY', ['policy', 'parameters', 'entitlements.businessCaseDecisionDays']);
    }
  });
});

describe('invariants over generated cases (1,000 runs each)', { timeout: 60_000 }, () => {
  it('property: every rule reports; counts add up; the worst outcome is the worst finding; findings follow the catalogue', () => {
    fc.assert(
      fc.property(caseArbitrary, (g) => {
        const { input, asOf, local } = buildGenerated(g);
        const result = check(input, { asOf, local });
        const { summary, findings } = result;
        expect(summary.total).toBe(findings.length);
        expect(summary.counts.compliant + summary.counts.pending + summary.counts.warning + summary.counts.breach + summary.counts.not_applicable).toBe(findings.length);
        expect(summary.worstOutcome).toBe(worstOutcome(findings) ?? 'not_applicable');
        const perMember = Math.max(1, input.panel.members.length);
        // R01–R03 per member; R04–R09, R11, R12 and R13 once; R10 per referral
        expect(findings).toHaveLength(3 * perMember + 9 + Math.max(1, input.referrals?.length ?? 0));
        const order = findings.map((finding) => conflictsRuleCatalogue.findIndex((rule) => rule.id === finding.rule));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(new Set(findings.map((finding) => finding.rule)).size).toBe(13);
        for (const rule of conflictsRuleCatalogue) {
          for (const finding of findingsOf(result, rule.id)) {
            expect(rule.outcomes).toContain(finding.outcome);
            for (const id of finding.sources) expect(baselinePolicy.sources[id]).toBeDefined();
            // A rule not in force on the day its explanation is dated gives NOT_IN_FORCE (not applicable).
            const on = finding.explanation.asOf;
            const inForce = on >= '1991-04-01' && parameterAt(baselinePolicy, rule.inForce, on).value === true;
            if (!inForce && finding.code !== 'NO_DISPUTE' && finding.code !== 'NO_REFERRALS') expect(finding.code).toBe('NOT_IN_FORCE');
            if (finding.code === 'NOT_IN_FORCE') expect([inForce, finding.outcome]).toEqual([false, 'not_applicable']);
          }
        }
        expect(summary.rulesBreached.every((id) => findings.some((finding) => finding.rule === id && finding.outcome === 'breach'))).toBe(true);
        expect(OUTCOME_RANK[summary.worstOutcome]).toBeGreaterThanOrEqual(summary.counts.breach > 0 ? 3 : summary.counts.warning > 0 ? 2 : 0);
      }),
      { numRuns: 1000 },
    );
  });
  it('property: a member who took no part is never in breach of, or warned by, a member rule', () => {
    fc.assert(
      fc.property(caseArbitrary, (g) => {
        const { input, asOf, local } = buildGenerated(g);
        const result = check(input, { asOf, local });
        for (const member of input.panel.members.filter((candidate) => !candidate.participated)) {
          for (const finding of result.findings.filter((candidate) => candidate.subject.kind === 'member' && candidate.subject.id === member.id)) {
            expect(['compliant', 'not_applicable']).toContain(finding.outcome);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('property: the check is deterministic, plain JSON, and leaves its input unchanged', () => {
    fc.assert(
      fc.property(caseArbitrary, (g) => {
        const { input, asOf, local } = buildGenerated(g);
        const copy = structuredClone(input);
        const first = check(input, { asOf, local });
        expect(check(input, { asOf, local })).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        expect(input).toEqual(copy);
      }),
      { numRuns: 1000 },
    );
  });
});
