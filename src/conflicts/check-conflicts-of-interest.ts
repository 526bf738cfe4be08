/**
 * The conflicts area's entry point: run every conflict-of-interest rule on a business case, its
 * decision panel, referrals and any dispute.
 *
 * @module
 */
import { resolveEvaluationOptions, type DatedEvaluationOptions } from '../core/evaluation.js';
import { explain } from '../core/explanation.js';
import { worstOutcome } from '../core/finding.js';
import { parseInput } from '../core/validation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { conflictsRuleCatalogue, type ConflictsRuleId } from '../policy/rules/conflicts.js';
import { assertConflictsInputConsistent } from './consistency.js';
import { decisionDateOf, type ConflictsContext, type RuleApplication } from './context.js';
import type { ConflictsCheckResult, ConflictsFinding } from './findings.js';
import { ConflictsInputSchema, type ConflictsData, type ConflictsInput } from './input.js';
import type { IsoDate } from '../core/calendar.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { assessMemberConflict, minimumListOn } from './member-conflict.js';
import { checkApprovedPlanPublished } from './rules/approved-plan-published.js';
import { checkCaseSaysWhatNotWho } from './rules/case-says-what-not-who.js';
import { checkConflictedMemberWithdrew } from './rules/conflicted-member-withdrew.js';
import { checkDecisionInTime } from './rules/decision-in-time.js';
import { checkDisputeGoesToSha } from './rules/dispute-goes-to-sha.js';
import { checkMemberIsConflicted } from './rules/member-is-conflicted.js';
import { checkPctDecides } from './rules/pct-decides.js';
import { checkProcurementRouteSuits } from './rules/procurement-route-suits.js';
import { checkRegisterIsComplete } from './rules/register-is-complete.js';
import { checkRejectionGivesReasons } from './rules/rejection-gives-reasons.js';
import { checkReferralDisclosed } from './rules/referral-disclosed.js';
import { checkProviderArmChosenFairly } from './rules/provider-arm-chosen-fairly.js';
import { checkProviderArmSeparated } from './rules/provider-arm-separated.js';
import { summariseConflictsFindings } from './summarise.js';

/**
 * Options for {@link checkConflictsOfInterest}: the law (`policy`, the baseline by default) and the
 * day of the check (`asOf`, required: pending cases are judged on it, and no event in the input may
 * be later). The PCT's own values are facts: they go in the input's `local`.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import type { CheckConflictsOfInterestOptions } from 'practice-based-commissioning';
 * const options: CheckConflictsOfInterestOptions = { asOf: '2009-07-01' };
 * ```
 */
export interface CheckConflictsOfInterestOptions extends DatedEvaluationOptions {}

/** Each rule's code, by id; the check runs them in catalogue order, and each returns all its findings. */
const RULES: Readonly<Record<ConflictsRuleId, (context: ConflictsContext) => RuleApplication[]>> = {
  'conflicts.registerComplete': checkRegisterIsComplete,
  'conflicts.minimumListConflict': checkMemberIsConflicted,
  'conflicts.recusal': checkConflictedMemberWithdrew,
  'conflicts.pctDecides': checkPctDecides,
  'conflicts.whatNotWho': checkCaseSaysWhatNotWho,
  'conflicts.procurementRoute': checkProcurementRouteSuits,
  'conflicts.rejectionReasons': checkRejectionGivesReasons,
  'conflicts.decisionInTime': checkDecisionInTime,
  'conflicts.publishedInProspectus': checkApprovedPlanPublished,
  'conflicts.referralDisclosure': checkReferralDisclosed,
  'conflicts.disputeToSha': checkDisputeGoesToSha,
  'conflicts.providerArmSeparated': checkProviderArmSeparated,
  'conflicts.providerArmChosenFairly': checkProviderArmChosenFairly,
};

/**
 * Checks a PBC business case for conflicts of interest and probity: runs **every** rule of
 * `conflictsRuleCatalogue` (COI-R01 to COI-R13, ids `conflicts.registerComplete` to
 * `conflicts.providerArmChosenFairly`, the last two on the PCT as commissioner and provider) and returns all their findings — one per rule and subject (each panel
 * member, the case, each referral, the dispute) — with a summary and an explanation with one child
 * per rule. A rule not in force on the date it applies on (the decision date, or `asOf` while the
 * case is pending; the submission date; the referral date; the date a dispute was raised) gives
 * `not_applicable` with the code `NOT_IN_FORCE`, saying why; each rule's in-force window is a dated
 * boolean parameter (`conflicts.<rule>.inForce`) that a reform can change.
 *
 * It never approves or rejects a case: the PCT decides. The findings inform that decision and record
 * how it was made.
 *
 * Where the policy has no national value (the decision limit before March 2009, the tender
 * threshold, a non-executive chair, how old a declaration may be), give the PCT's own in the input's
 * `local`, or apply a reform; without one, the part of the rule that needs it is not checked and the
 * finding says so.
 *
 * @param input - the business case, its panel (the register of interests), referrals, any dispute and
 *   the PCT's local values; checked at run time against `ConflictsInputSchema`
 * @param options - `asOf` (the date of the check, required) and `policy` (default `baselinePolicy`)
 * @returns the findings, a summary (counts by outcome, worst outcome, rules not in force, conflicted
 *   members) and an explanation
 * @throws PbcError `INVALID_INPUT` naming every bad field (a missing date, a member with no role, an
 *   unknown interest kind…); `CONFLICTING_INPUT` for inconsistent fields (a decision dated before
 *   submission, a duplicated member id, an event after `asOf`…), each issue with its path and rule
 *   id; `INVALID_POLICY` at `['policy']` for a policy that is not valid; `MISSING_INPUT` or
 *   `INVALID_DATE` at `['asOf']`
 * @category Conflicts
 * @example
 * ```ts
 * import { checkConflictsOfInterest } from 'practice-based-commissioning';
 * const result = checkConflictsOfInterest(
 *   {
 *     businessCase: {
 *       id: 'bc-2009-014', proposer: { bodyId: 'Z90001', name: 'Riverside Surgery', isPractice: true },
 *       proposesToProvide: true, namesProvider: false, singleProviderSought: false,
 *       value: 12_000_000, procurementRoute: 'any_willing_provider', submittedOn: '2009-04-06',
 *       decision: { outcome: 'approved', decidedOn: '2009-06-15', decidedBy: 'pct_committee' },
 *       publishedInProspectus: true,
 *     },
 *     panel: {
 *       members: [
 *         { id: 'dr-shah', role: 'clinician', participated: true, declarationOn: '2009-01-05',
 *           interests: [{ bodyId: 'Z90001', kind: 'part_owner', declaredOn: '2009-01-05' }] },
 *       ],
 *     },
 *   },
 *   { asOf: '2009-07-01' },
 * );
 * result.summary.worstOutcome;   //=> 'breach'
 * result.summary.rulesBreached;  //=> ['conflicts.recusal', 'conflicts.decisionInTime']
 * result.summary.conflictedMemberIds; //=> ['dr-shah']
 * result.findings.find((finding) => finding.rule === 'conflicts.decisionInTime')?.code; //=> 'DECIDED_LATE'
 * ```
 */
export function checkConflictsOfInterest(input: ConflictsInput, options: CheckConflictsOfInterestOptions): ConflictsCheckResult {
  const { policy, asOf } = resolveEvaluationOptions(options, baselinePolicy, true);
  return checkConflictsOf(parseInput(ConflictsInputSchema, input, 'conflicts input'), policy, asOf);
}

/**
 * {@link checkConflictsOfInterest} on a case whose parts are already parsed with the schemas of
 * `ConflictsInputSchema` (a business case in an area parsed by `ScenarioAreaSchema`, which checks the
 * case, panel, referrals, dispute and the PCT's local policy with them), under a resolved policy and
 * date. The schema does not run again; the checks across fields (`assertConflictsInputConsistent`:
 * dates against each other and `asOf`, member ids, the dispute's case) still run, with the same errors.
 *
 * @internal
 */
export function checkConflictsOfInterestOnParsed(input: ConflictsData, policy: Policy, asOf: string): ConflictsCheckResult {
  // The date is the caller's, already checked (the area's options).
  return checkConflictsOf(input, policy, asOf as IsoDate);
}

function checkConflictsOf(parsed: ConflictsData, policy: Policy, asOf: IsoDate): ConflictsCheckResult {
  assertConflictsInputConsistent(parsed, asOf);
  const context: ConflictsContext = { input: parsed, asOf, policy, local: parsed.local ?? {} };

  const step = explain(
    { id: 'conflicts.check', version: '1', title: `Conflict-of-interest check of business case ${parsed.businessCase.id}`, sources: [] },
    policy,
    asOf,
  );
  const findings: ConflictsFinding[] = [];
  const ruleNodes = conflictsRuleCatalogue.map((rule) => {
    const applications = RULES[rule.id](context);
    const node = explain(rule, policy, asOf);
    for (const application of applications) {
      findings.push(application.finding);
      node.child(application.explanation);
    }
    return node.done({ findings: applications.length, worstOutcome: worstOutcome(applications.map((application) => application.finding)) ?? null });
  });

  const decisionDate = decisionDateOf(context);
  const listStep = explain({ id: 'conflicts.conflictedMembers', version: '1', title: 'Members barred from the decision', sources: [] }, policy, decisionDate);
  const minimumList = minimumListOn(listStep, decisionDate);
  const conflictedMemberIds = parsed.panel.members.filter((member) => assessMemberConflict(member, context, minimumList).barred).map((member) => member.id);
  const summary = summariseConflictsFindings(findings, conflictedMemberIds);

  step.input('caseId', parsed.businessCase.id);
  step.input('submittedOn', parsed.businessCase.submittedOn);
  step.input('decision', parsed.businessCase.decision === undefined ? 'pending' : `${parsed.businessCase.decision.outcome} on ${parsed.businessCase.decision.decidedOn}`);
  step.input('panelMembers', parsed.panel.members.length);
  step.input('referrals', (parsed.referrals ?? []).length);
  step.input('dispute', parsed.dispute === undefined ? null : parsed.dispute.id);
  step.note('Every rule ran; each rule below explains its findings, one child per subject. The library never approves or rejects a case: the PCT decides.');
  for (const node of ruleNodes) step.child(node);
  const explanation = step.done({ ...summary.counts, worstOutcome: summary.worstOutcome });

  return { caseId: parsed.businessCase.id, asOf, policyId: policy.id, findings, summary, explanation };
}

