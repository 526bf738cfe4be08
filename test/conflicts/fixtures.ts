/**
 * Builders of conflicts inputs for the tests: a clean base case (every rule compliant or not
 * applicable) that each test changes in one respect.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { checkConflictsOfInterest, type ConflictsCheckResult, type ConflictsFinding, type ConflictsInput, type ConflictsLocalPolicy, type ConflictsOutcome, type Explanation } from '../../src/index.js';
import { baselinePolicy, conflictsRuleCatalogue, type ConflictsRuleId, type Policy } from '../../src/policy/index.js';

export interface TestInterest {
  bodyId: string;
  kind: string;
  declaredOn: string;
  description?: string;
}
export interface TestMember {
  id: string;
  name?: string;
  role?: string;
  participated: boolean;
  declarationOn?: string;
  interests: TestInterest[];
}
export interface TestInput {
  businessCase: {
    id: string;
    title?: string;
    proposer: { bodyId: string; name?: string; isPractice: boolean };
    proposesToProvide: boolean;
    namesProvider: boolean;
    rivalBodyIds?: string[];
    singleProviderSought: boolean;
    value: number;
    procurementRoute?: string;
    valueForMoneyDocumented?: boolean;
    submittedOn?: string;
    decision?: { outcome: string; decidedOn?: string; decidedBy: string; reasons?: string[]; remedialActions?: string[] };
    publishedInProspectus?: boolean;
    pctProviderArm?: { name?: string; bids: boolean; chosen?: boolean; separation?: string };
  };
  panel: { chairMemberId?: string; members: TestMember[] };
  referrals?: {
    id: string;
    clinicianId: string;
    providerBodyId?: string | undefined;
    referredOn: string;
    clinicianHasFinancialInterest: boolean;
    choiceOffered: boolean;
    interestDisclosedToPatient: boolean;
  }[];
  dispute?: {
    id: string;
    raisedBy: string;
    raisedOn: string;
    resolvedLocallyOn?: string;
    referredToShaOn?: string;
    arbitration?: { decidedOn: string; result: string; followedByPractice: boolean; followedByPct: boolean };
  };
}

/** The proposer of the base case: Riverside Surgery in the sample PCT. */
export const PROPOSER = 'Z90001';

/** A body whose service the base case's proposal would rival (FAQ Q3), when a test lists it. */
export const RIVAL = 'Y01234';

/**
 * A clean case: submitted 2009-04-06, approved on 2009-05-20 (44 days) by a PCT committee chaired
 * by a non-executive director; the proposer would not provide; any willing provider; published.
 */
export function baseInput(): TestInput {
  return {
    businessCase: {
      id: 'bc-1',
      title: 'Community dermatology',
      proposer: { bodyId: PROPOSER, name: 'Riverside Surgery', isPractice: true },
      proposesToProvide: false,
      namesProvider: false,
      singleProviderSought: false,
      value: 5_000_000,
      procurementRoute: 'any_willing_provider',
      valueForMoneyDocumented: true,
      submittedOn: '2009-04-06',
      decision: { outcome: 'approved', decidedOn: '2009-05-20', decidedBy: 'pct_committee', reasons: ['meets the needs assessment'] },
      publishedInProspectus: true,
    },
    panel: {
      chairMemberId: 'ned',
      members: [
        { id: 'ned', name: 'Ms Jane Ellis', role: 'non_executive_director', participated: true, declarationOn: '2009-01-05', interests: [] },
        { id: 'gp-a', name: 'Dr Ade Okafor', role: 'clinician', participated: true, declarationOn: '2009-01-05', interests: [] },
        { id: 'officer', role: 'pct_officer', participated: true, declarationOn: '2009-01-05', interests: [] },
      ],
    },
  };
}

/**
 * The worked case: Riverside Surgery proposes a dermatology service it would provide. A GP partner of
 * the proposer (a part-owner: DH December 2007 minimum list) sat on the panel, the case named the
 * practice as provider, was directly awarded without value for money documented, and was decided 70
 * days after submission (DH March 2009: eight weeks at most).
 */
export function workedCase(): TestInput {
  return withMember(
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
}

/** Moves the base case's dates so that the decision falls on `decidedOn` (submitted 14 days before). */
export function decidedOn(input: TestInput, date: string, submitted?: string): TestInput {
  const submittedOn = submitted ?? shift(date, -14);
  const members = input.panel.members.map((member) => ({
    ...member,
    ...(member.declarationOn === undefined ? {} : { declarationOn: minDate(member.declarationOn, submittedOn) }),
    interests: member.interests.map((interest) => ({ ...interest, declaredOn: minDate(interest.declaredOn, submittedOn) })),
  }));
  return {
    ...input,
    businessCase: { ...input.businessCase, submittedOn, decision: { ...(input.businessCase.decision ?? { outcome: 'approved', decidedBy: 'pct_committee' }), decidedOn: date } },
    panel: { ...input.panel, members },
  };
}

/** Adds whole days to an ISO date (UTC arithmetic, independent of TZ). */
export function shift(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const value = new Date(Date.UTC(year, month - 1, day) + days * 86_400_000);
  return value.toISOString().slice(0, 10);
}

function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** What the tests pass: the options of the check, and the PCT's local values (put in the input). */
export interface TestOptions {
  asOf?: string;
  policy?: Policy;
  local?: ConflictsLocalPolicy;
}

/** Runs the check (by default as of 2013-03-31); `local` goes into the input, as the PCT's own values. */
export function check(input: unknown, options: TestOptions = {}): ConflictsCheckResult {
  const { local, ...rest } = options;
  // Tests also pass malformed input: it is checked at run time.
  const given = (local === undefined ? input : { ...(input as object), local }) as ConflictsInput;
  return checkConflictsOfInterest(given, { asOf: '2013-03-31', ...rest });
}

/** A finding with the explanation of how it was reached (its node under the rule's node). */
export type TestFinding = ConflictsFinding & { readonly explanation: Explanation };

/** The explanation node of a rule: the child of the check's explanation with the rule's id. */
export function ruleNodeOf(result: ConflictsCheckResult, ruleId: ConflictsRuleId): Explanation {
  const nodes = result.explanation.children.filter((child) => child.rule === ruleId);
  if (nodes.length !== 1) throw new Error(`expected one explanation node for ${ruleId}, got ${nodes.length}`);
  return nodes[0]!;
}

/** The findings of one rule, each with its explanation (the rule node's children, in finding order). */
export function findingsOf(result: ConflictsCheckResult, ruleId: ConflictsRuleId): TestFinding[] {
  const node = ruleNodeOf(result, ruleId);
  const own = result.findings.filter((finding) => finding.rule === ruleId);
  if (node.children.length !== own.length) throw new Error(`${ruleId}: ${own.length} findings but ${node.children.length} explanations`);
  return own.map((finding, index) => ({ ...finding, explanation: node.children[index]! }));
}

/** The single finding of a rule about a subject (the only one when `subjectId` is omitted). */
export function findingOf(result: ConflictsCheckResult, ruleId: ConflictsRuleId, subjectId?: string): TestFinding {
  const found = findingsOf(result, ruleId).filter((finding) => subjectId === undefined || finding.subject.id === subjectId);
  if (found.length !== 1) throw new Error(`expected one ${ruleId} finding${subjectId === undefined ? '' : ` for ${subjectId}`}, got ${found.length}`);
  // found has exactly one element: checked just above.
  return found[0]!;
}

/** The outcome of a rule about a subject. */
export function outcomeOf(result: ConflictsCheckResult, ruleId: ConflictsRuleId, subjectId?: string): string {
  return findingOf(result, ruleId, subjectId).outcome;
}

/** A member of the base panel with the given changes. */
export function member(id: string, changes: Partial<TestMember> = {}): TestMember {
  return { id, role: 'clinician', participated: true, declarationOn: '2009-01-05', interests: [], ...changes };
}

/** The base input with one extra member. */
export function withMember(input: TestInput, extra: TestMember): TestInput {
  return { ...input, panel: { ...input.panel, members: [...input.panel.members, extra] } };
}

/** The base input with changes to the business case. */
export function withCase(input: TestInput, changes: Partial<TestInput['businessCase']>): TestInput {
  return { ...input, businessCase: { ...input.businessCase, ...changes } };
}

/** The base input as a pending case (no decision). */
export function pending(input: TestInput): TestInput {
  const { decision: _decision, ...rest } = input.businessCase;
  return { ...input, businessCase: rest };
}

/** Every outcome observed for each rule, across the rule tests (checked against the catalogue). */
export const observedOutcomes = new Map<ConflictsRuleId, Set<string>>();

/** Records the outcomes of a result. */
export function observe(result: ConflictsCheckResult): ConflictsCheckResult {
  for (const finding of result.findings) {
    const seen = observedOutcomes.get(finding.rule) ?? new Set<string>();
    seen.add(finding.outcome);
    observedOutcomes.set(finding.rule, seen);
  }
  return result;
}

/** A referral of the base case. */
type Referral = NonNullable<TestInput['referrals']>[number];
type Dispute = NonNullable<TestInput['dispute']>;

/** A referral by gp-a to Y55555, with no financial interest (compliant), with the given changes. */
export const referral = (changes: Partial<Referral> = {}): Referral => ({
  id: 'ref-1',
  clinicianId: 'gp-a',
  providerBodyId: 'Y55555',
  referredOn: '2009-06-01',
  clinicianHasFinancialInterest: false,
  choiceOffered: true,
  interestDisclosedToPatient: true,
  ...changes,
});

/** A dispute raised by the practice on 2009-06-10, with the given changes. */
export const dispute = (changes: Partial<Dispute> = {}): Dispute => ({ id: 'd-1', raisedBy: 'practice', raisedOn: '2009-06-10', ...changes });

/** An SHA arbitration decided on `decidedOn`, followed by both sides. */
export const arbitration = (decidedOn: string): NonNullable<Dispute['arbitration']> => ({ decidedOn, result: 'PCT to reconsider', followedByPractice: true, followedByPct: true });

/** The base policy with one parameter's values replaced wholesale (as a hand-edited policy would be). */
export function withRawValue(id: string, value: unknown): Policy {
  const parameter = baselinePolicy.parameters[id];
  if (parameter === undefined) throw new Error(`no parameter ${id}`);
  const first = parameter.values[0];
  if (first === undefined) throw new Error(`no values for ${id}`);
  const { to: _to, ...open } = first;
  const values = [{ ...open, from: '2005-04-01', value }];
  return { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, [id]: { ...parameter, values } } } as unknown as Policy;
}

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

/** Generated cases (fast-check): any panel, interests, decision, referrals, dispute and local values, dated 2004–2013. */
export const caseArbitrary = fc.record({
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

/** One generated case, before it is built. */
export type Generated = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Builds the input, the date of the check (after every event) and the local values of a generated case. */
export function buildGenerated(g: Generated): { input: TestInput; asOf: string; local: Record<string, unknown> } {
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

/** The outcomes of a conflicts finding, least to most serious. */
export const OUTCOME_RANK: Record<ConflictsOutcome, number> = { not_applicable: 0, compliant: 1, pending: 2, warning: 3, breach: 4 };

/**
 * Checks that the outcomes a rule gave in one test file (recorded by `observe`) are exactly those its
 * catalogue entry says it can give.
 */
export function expectObservedOutcomes(ruleId: ConflictsRuleId): void {
  const entry = conflictsRuleCatalogue.find((rule) => rule.id === ruleId);
  expect(entry, ruleId).toBeDefined();
  expect([...(observedOutcomes.get(ruleId) ?? [])].sort(), ruleId).toEqual([...(entry?.outcomes ?? [])].sort());
}

/**
 * The baseline with one parameter redefined under another unit, holding `value` from 1991: such a
 * policy is valid (each value suits its own unit), so only the rule's own type check can refuse it.
 */
export function withRetypedParameter(id: string, unit: string, value: unknown): Policy {
  const parameter = baselinePolicy.parameters[id];
  const first = parameter?.values[0];
  if (parameter === undefined || first === undefined) throw new Error(`no parameter ${id}`);
  const { to: _to, ...open } = first;
  return { ...baselinePolicy, parameters: { ...baselinePolicy.parameters, [id]: { ...parameter, unit, values: [{ ...open, from: '1991-04-01', value }] } } } as unknown as Policy;
}
