/**
 * Invariants of the conflicts check over generated cases (fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type ConflictsOutcome } from '../../src/index.js';
import { parameterAt } from '../../src/policy/index.js';
import { worstOutcome } from '../../src/core/finding.js';
import { baselinePolicy, conflictsRuleCatalogue } from '../../src/policy/index.js';
import { baseInput, check, decidedOn, findingOf, findingsOf, shift, type TestInput, type TestMember } from './fixtures.js';

const START = '2004-06-01';
const SPAN = 3500; // days: to the end of 2013, past the abolition of PCTs
const KINDS = [
  'director',
  'non_executive_director',
  'owner',
  'part_owner',
  'employee',
  'partner_or_employee_of_director',
  'close_relative_of_director',
  'close_relative_of_practice_member',
  'other',
] as const;
const ROLES = ['clinician', 'pct_officer', 'non_executive_director', 'lay_member', 'other'] as const;
const BODIES = ['P', 'R', 'X'] as const;

const day = (offset: number): string => shift(START, offset);

const memberArbitrary = fc.record({
  participated: fc.boolean(),
  role: fc.constantFrom(...ROLES),
  declarationOffset: fc.option(fc.integer({ min: 0, max: SPAN }), { nil: undefined }),
  interests: fc.array(fc.record({ bodyId: fc.constantFrom(...BODIES), kind: fc.constantFrom(...KINDS), offset: fc.integer({ min: 0, max: SPAN }) }), { maxLength: 3 }),
});

const caseArbitrary = fc.record({
  submitted: fc.integer({ min: 0, max: SPAN }),
  decision: fc.option(
    fc.record({
      after: fc.integer({ min: 0, max: 200 }),
      outcome: fc.constantFrom('approved', 'rejected', 'deferred'),
      decidedBy: fc.constantFrom('pct_committee', 'pct_board', 'proposer', 'other'),
      reasons: fc.option(fc.array(fc.constant('a reason'), { maxLength: 2 }), { nil: undefined }),
      remedialActions: fc.option(fc.array(fc.constant('an action'), { maxLength: 2 }), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  isPractice: fc.boolean(),
  proposesToProvide: fc.boolean(),
  namesProvider: fc.boolean(),
  rival: fc.boolean(),
  singleProviderSought: fc.boolean(),
  value: fc.integer({ min: 0, max: 50_000_000 }),
  procurementRoute: fc.option(fc.constantFrom('competitive_tender', 'any_willing_provider', 'direct_award'), { nil: undefined }),
  valueForMoneyDocumented: fc.option(fc.boolean(), { nil: undefined }),
  publishedInProspectus: fc.option(fc.boolean(), { nil: undefined }),
  members: fc.array(memberArbitrary, { maxLength: 4 }),
  chair: fc.option(fc.nat(3), { nil: undefined }),
  referrals: fc.array(
    fc.record({ offset: fc.integer({ min: 0, max: SPAN }), interest: fc.boolean(), choice: fc.boolean(), disclosed: fc.boolean(), provider: fc.option(fc.constantFrom(...BODIES), { nil: undefined }) }),
    { maxLength: 2 },
  ),
  dispute: fc.option(
    fc.record({
      raised: fc.integer({ min: 0, max: SPAN }),
      state: fc.constantFrom('open', 'resolved', 'referred', 'arbitrated'),
      gap: fc.integer({ min: 0, max: 60 }),
      followedByPractice: fc.boolean(),
      followedByPct: fc.boolean(),
    }),
    { nil: undefined },
  ),
  extra: fc.integer({ min: 0, max: 120 }),
  local: fc.record({
    decisionLimitDays: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    tenderThreshold: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: undefined }),
    nonExecutiveChairRequired: fc.option(fc.boolean(), { nil: undefined }),
    declarationMaxAgeDays: fc.option(fc.integer({ min: 1, max: 800 }), { nil: undefined }),
  }),
});

type Generated = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(g: Generated): { input: TestInput; asOf: string; local: Record<string, unknown> } {
  const offsets: number[] = [g.submitted];
  const decidedOffset = g.decision === undefined ? undefined : g.submitted + g.decision.after;
  if (decidedOffset !== undefined) offsets.push(decidedOffset);
  const members: TestMember[] = g.members.map((m, index) => {
    if (m.declarationOffset !== undefined) offsets.push(m.declarationOffset);
    m.interests.forEach((interest) => offsets.push(interest.offset));
    return {
      id: `m${index}`,
      role: m.role,
      participated: m.participated,
      ...(m.declarationOffset === undefined ? {} : { declarationOn: day(m.declarationOffset) }),
      interests: m.interests.map((interest) => ({ bodyId: interest.bodyId, kind: interest.kind, declaredOn: day(interest.offset) })),
    };
  });
  g.referrals.forEach((referral) => offsets.push(referral.offset));
  let dispute: TestInput['dispute'];
  if (g.dispute !== undefined) {
    const { raised, state, gap } = g.dispute;
    offsets.push(raised + 2 * gap);
    dispute = {
      id: 'd',
      raisedBy: 'practice',
      raisedOn: day(raised),
      ...(state === 'resolved' ? { resolvedLocallyOn: day(raised + gap) } : {}),
      ...(state === 'referred' || state === 'arbitrated' ? { referredToShaOn: day(raised + gap) } : {}),
      ...(state === 'arbitrated'
        ? { arbitration: { decidedOn: day(raised + 2 * gap), result: 'r', followedByPractice: g.dispute.followedByPractice, followedByPct: g.dispute.followedByPct } }
        : {}),
    };
  }
  const asOf = day(Math.max(...offsets) + g.extra);
  const input: TestInput = {
    businessCase: {
      id: 'bc',
      proposer: { bodyId: 'P', isPractice: g.isPractice },
      proposesToProvide: g.proposesToProvide,
      namesProvider: g.namesProvider,
      ...(g.rival ? { rivalBodyIds: ['R'] } : {}),
      singleProviderSought: g.singleProviderSought,
      value: g.value,
      ...(g.procurementRoute === undefined ? {} : { procurementRoute: g.procurementRoute }),
      ...(g.valueForMoneyDocumented === undefined ? {} : { valueForMoneyDocumented: g.valueForMoneyDocumented }),
      submittedOn: day(g.submitted),
      ...(g.decision === undefined || decidedOffset === undefined
        ? {}
        : {
            decision: {
              outcome: g.decision.outcome,
              decidedOn: day(decidedOffset),
              decidedBy: g.decision.decidedBy,
              ...(g.decision.reasons === undefined ? {} : { reasons: g.decision.reasons }),
              ...(g.decision.remedialActions === undefined ? {} : { remedialActions: g.decision.remedialActions }),
            },
          }),
      ...(g.publishedInProspectus === undefined ? {} : { publishedInProspectus: g.publishedInProspectus }),
    },
    panel: { ...(g.chair !== undefined && g.chair < members.length ? { chairMemberId: `m${g.chair}` } : {}), members },
    referrals: g.referrals.map((referral, index) => ({
      id: `r${index}`,
      clinicianId: `m${index}`,
      ...(referral.provider === undefined ? {} : { providerBodyId: referral.provider }),
      referredOn: day(referral.offset),
      clinicianHasFinancialInterest: referral.interest,
      choiceOffered: referral.choice,
      interestDisclosedToPatient: referral.disclosed,
    })),
    ...(dispute === undefined ? {} : { dispute }),
  };
  const local = Object.fromEntries(Object.entries(g.local).filter(([, value]) => value !== undefined));
  return { input, asOf, local };
}

const RANK: Record<ConflictsOutcome, number> = { not_applicable: 0, compliant: 1, pending: 2, warning: 3, breach: 4 };

// Each property runs 1,000 whole checks; allow for a loaded machine.
describe('invariants over generated cases (1,000 runs each)', { timeout: 60_000 }, () => {
  it('every rule reports; counts add up; the worst outcome is the worst finding; findings follow the catalogue', () => {
    fc.assert(
      fc.property(caseArbitrary, (g) => {
        const { input, asOf, local } = build(g);
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
        expect(RANK[summary.worstOutcome]).toBeGreaterThanOrEqual(summary.counts.breach > 0 ? 3 : summary.counts.warning > 0 ? 2 : 0);
      }),
      { numRuns: 1000 },
    );
  });
  it('a member who took no part is never in breach of, or warned by, the register and recusal rules', () => {
    fc.assert(
      fc.property(caseArbitrary, (g) => {
        const { input, asOf, local } = build(g);
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
  it('a barred member who took part is a COI-R03 breach whenever COI-R03 is in force; the summary lists barred members', () => {
    fc.assert(
      fc.property(caseArbitrary, (g) => {
        const { input, asOf, local } = build(g);
        const result = check(input, { asOf, local });
        for (const id of result.summary.conflictedMemberIds) {
          const member = input.panel.members.find((candidate) => candidate.id === id);
          expect(member).toBeDefined();
          const recusal = findingOf(result, 'conflicts.recusal', id);
          if (recusal.explanation.asOf >= '2006-11-01' && recusal.explanation.asOf <= '2013-03-31') {
            expect(recusal.outcome).toBe(member?.participated === true ? 'breach' : 'compliant');
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('is deterministic, plain JSON, and leaves its input unchanged', () => {
    fc.assert(
      fc.property(caseArbitrary, (g) => {
        const { input, asOf, local } = build(g);
        const copy = structuredClone(input);
        const first = check(input, { asOf, local });
        expect(check(input, { asOf, local })).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        expect(input).toEqual(copy);
      }),
      { numRuns: 1000 },
    );
  });
  it('from March 2009, a decision is in time exactly when it comes within 56 days, and later never does better', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 0, max: 200 }), (start, elapsed) => {
        const submitted = shift('2009-03-01', start);
        const decided = shift(submitted, elapsed);
        const result = check(decidedOn(baseInput(), decided, submitted), { asOf: '2013-12-31' });
        expect(findingOf(result, 'conflicts.decisionInTime').outcome).toBe(elapsed <= 56 ? 'compliant' : 'breach');
        const later = check(decidedOn(baseInput(), shift(decided, 1), submitted), { asOf: '2013-12-31' });
        expect(RANK[findingOf(later, 'conflicts.decisionInTime').outcome]).toBeGreaterThanOrEqual(RANK[findingOf(result, 'conflicts.decisionInTime').outcome]);
      }),
      { numRuns: 1000 },
    );
  });
  it('with a local tender threshold, a documented direct award is a breach exactly when its value exceeds the threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 100_000_000 }), (value, threshold) => {
        const input = baseInput();
        input.businessCase = { ...input.businessCase, procurementRoute: 'direct_award', value, valueForMoneyDocumented: true };
        const result = check(input, { asOf: '2009-07-01', local: { tenderThreshold: threshold as never } });
        expect(findingOf(result, 'conflicts.procurementRoute').outcome).toBe(value > threshold ? 'breach' : 'compliant');
      }),
      { numRuns: 1000 },
    );
  });
});
