/**
 * The conflicts area's entry point: run every conflict-of-interest rule on a business case, its
 * decision panel, referrals and any dispute.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateTextSchema } from '../core/calendar.js';
import { PbcError } from '../core/errors.js';
import { explain } from '../core/explanation.js';
import { PolicySchema, type Policy } from '../core/policy-model/schemas.js';
import { parseInput } from '../core/validation.js';
import { baselinePolicy } from '../policy/baseline.js';
import { assertConflictsInputConsistent } from './consistency.js';
import { decisionDateOf, type ConflictsContext } from './context.js';
import type { ConflictsCheckResult, ConflictsFinding } from './findings.js';
import { ConflictsInputSchema, ConflictsLocalPolicySchema, type ConflictsLocalPolicy } from './input.js';
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
import { summariseConflictsFindings } from './summarise.js';

/**
 * Options for {@link checkConflictsOfInterest}.
 *
 * @category Conflicts
 * @example
 * ```ts
 * import { type ConflictsCheckOptions } from 'practice-based-commissioning';
 * import { pence } from 'practice-based-commissioning/core';
 * const options: ConflictsCheckOptions = { asOf: '2009-07-01', local: { tenderThreshold: pence(15_000_000), decisionLimitDays: 84 } };
 * ```
 */
export interface ConflictsCheckOptions {
  /** The date of the check (ISO): pending cases are judged on it; no event in the input may be later. */
  readonly asOf: string;
  /** The policy to apply; `baselinePolicy` by default. */
  readonly policy?: Policy;
  /** The PCT's own values where the policy has no national value (see {@link ConflictsLocalPolicySchema}). */
  readonly local?: ConflictsLocalPolicy;
}

const OptionsSchema = z
  .object({
    asOf: IsoDateTextSchema,
    local: ConflictsLocalPolicySchema.optional(),
  })
  .strict();

/** The rules in catalogue order; each returns all its findings. */
const RULES: readonly ((context: ConflictsContext) => ConflictsFinding[])[] = [
  checkRegisterIsComplete,
  checkMemberIsConflicted,
  checkConflictedMemberWithdrew,
  checkPctDecides,
  checkCaseSaysWhatNotWho,
  checkProcurementRouteSuits,
  checkRejectionGivesReasons,
  checkDecisionInTime,
  checkApprovedPlanPublished,
  checkReferralDisclosed,
  checkDisputeGoesToSha,
];

/**
 * Checks a PBC business case for conflicts of interest and probity: runs **every** rule of
 * {@link conflictsRuleCatalogue} (COI-R01 to COI-R11) and returns all their findings — one per rule
 * and subject (each panel member, the case, each referral, the dispute) — with a summary and an
 * explanation. A rule not in force on the date it applies on (the decision date, or `asOf` while the
 * case is pending; the submission date; the referral date; the date a dispute was raised) gives
 * `not_applicable`, saying why.
 *
 * It never approves or rejects a case: the PCT decides. The findings inform that decision and record
 * how it was made.
 *
 * Where the policy has no national value (the decision limit before March 2009, the tender
 * threshold, a non-executive chair, how old a declaration may be), pass the PCT's own in
 * `options.local`, or apply a reform; without one, the part of the rule that needs it is not checked
 * and the finding says so.
 *
 * @param input - the business case, its panel (the register of interests), referrals and any dispute;
 *   validated with {@link ConflictsInputSchema}
 * @param options - `asOf` (the date of the check), `policy` (default `baselinePolicy`), `local`
 * @returns the findings, a summary (counts by outcome, worst outcome, rules not in force, conflicted
 *   members) and an explanation
 * @throws PbcError `INVALID_INPUT` naming every bad field (a missing date, a member with no role, an
 *   unknown interest kind, a bad `asOf`…); `CONFLICTING_INPUT` for inconsistent fields (a decision
 *   dated before submission, a duplicated member id, an event after `asOf`…), each issue with its
 *   path and rule id; `INVALID_POLICY` for a malformed policy
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
 * result.summary.rulesBreached;  //=> ['COI-R03', 'COI-R08']
 * result.summary.conflictedMemberIds; //=> ['dr-shah']
 * ```
 */
export function checkConflictsOfInterest(input: unknown, options: ConflictsCheckOptions): ConflictsCheckResult {
  // Callers from plain JavaScript may omit the options altogether: report the missing asOf.
  const given: Partial<ConflictsCheckOptions> = (options as ConflictsCheckOptions | undefined) ?? {};
  const parsedOptions = parseInput(OptionsSchema, { asOf: given.asOf, ...(given.local === undefined ? {} : { local: given.local }) }, 'conflicts check options');
  const policy = given.policy ?? baselinePolicy;
  if (given.policy !== undefined && !PolicySchema.safeParse(given.policy).success) {
    throw new PbcError('INVALID_POLICY', 'options.policy is not a policy (start from baselinePolicy and apply reforms)', {
      issues: [{ path: ['policy'], message: 'not a valid policy' }],
    });
  }
  const parsed = parseInput(ConflictsInputSchema, input, 'conflicts input');
  const { asOf } = parsedOptions;
  assertConflictsInputConsistent(parsed, asOf);
  const context: ConflictsContext = { input: parsed, asOf, policy, local: parsedOptions.local ?? {} };

  const findings = RULES.flatMap((rule) => rule(context));

  const decisionDate = decisionDateOf(context);
  const listStep = explain({ id: 'conflicts.conflictedMembers', version: '1', title: 'Members barred from the decision', sources: [] }, policy, decisionDate);
  const minimumList = minimumListOn(listStep, decisionDate);
  const conflictedMemberIds = parsed.panel.members.filter((member) => assessMemberConflict(member, context, minimumList).barred).map((member) => member.id);
  const summary = summariseConflictsFindings(findings, conflictedMemberIds);

  const step = explain(
    { id: 'conflicts.check', version: '1', title: `Conflict-of-interest check of business case ${parsed.businessCase.id}`, sources: [] },
    policy,
    asOf,
  );
  step.input('caseId', parsed.businessCase.id);
  step.input('submittedOn', parsed.businessCase.submittedOn);
  step.input('decision', parsed.businessCase.decision === undefined ? 'pending' : `${parsed.businessCase.decision.outcome} on ${parsed.businessCase.decision.decidedOn}`);
  step.input('panelMembers', parsed.panel.members.length);
  step.input('referrals', (parsed.referrals ?? []).length);
  step.input('dispute', parsed.dispute === undefined ? null : parsed.dispute.id);
  step.note('Every rule ran; each finding below explains itself. The library never approves or rejects a case: the PCT decides.');
  for (const finding of findings) step.child(finding.explanation);
  const explanation = step.done({ ...summary.counts, worstOutcome: summary.worstOutcome });

  return { caseId: parsed.businessCase.id, asOf, policyId: policy.id, findings, summary, explanation };
}
