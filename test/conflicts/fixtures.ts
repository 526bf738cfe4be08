/**
 * Builders of conflicts inputs for the tests: a clean base case (every rule compliant or not
 * applicable) that each test changes in one respect.
 */
import { checkConflictsOfInterest, isPbcError, type ConflictsCheckResult, type ConflictsFinding, type ConflictsInput, type ConflictsLocalPolicy, type Explanation, type PbcError } from '../../src/index.js';
import { type Policy } from '../../src/policy/index.js';
import type { ConflictsRuleId } from '../../src/policy/index.js';

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

/** The PbcError a call raises (fails the test if none, or another kind of error). */
export function errorOf(fn: () => unknown): PbcError {
  try {
    fn();
  } catch (error) {
    if (isPbcError(error)) return error;
    throw error;
  }
  throw new Error('expected a PbcError, got none');
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
