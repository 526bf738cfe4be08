/**
 * COI-R10: a referral to a service in which the clinician has a financial interest needs choice
 * offered and the interest disclosed.
 *
 * Pulse, *Dispelling 10 PBC myths* (`pulse-dispelling-pbc-myths`): GPs may refer patients to services
 * they set up through PBC; the test is to offer the patient all the available options and, if they
 * pick the GP's service, disclose the GP's financial stake; otherwise the GP risks breaching the
 * contract and GMC guidance.
 *
 * @module
 */
import { conflictsRule, makeFinding, notInForceFinding, startRule, type ConflictsContext } from '../context.js';
import type { ConflictsFinding } from '../findings.js';

/**
 * Checks each referral: with a financial interest, choice offered and disclosure made is compliant,
 * either missing a breach; without one it is `not_applicable`, unless the register shows the
 * referring panel member has an interest in the provider (a warning: the records disagree). With no
 * referrals, one `not_applicable` finding about the case.
 *
 * @param context - the checked input, date and policy
 * @returns one finding per referral (or one about the case when there are none)
 * @internal
 */
export function checkReferralDisclosed(context: ConflictsContext): ConflictsFinding[] {
  const rule = conflictsRule('COI-R10');
  const referrals = context.input.referrals ?? [];
  if (referrals.length === 0) {
    const subject = { kind: 'case' as const, id: context.input.businessCase.id };
    const step = startRule(rule, context, context.asOf, subject);
    return [makeFinding(rule, step, { outcome: 'not_applicable', subject, message: 'No referrals were given to check.' })];
  }
  return referrals.map((referral) => {
    const subject = { kind: 'referral' as const, id: referral.id };
    const gate = notInForceFinding(rule, context, referral.referredOn, subject);
    if (gate !== undefined) return gate;
    const step = startRule(rule, context, referral.referredOn, subject);
    step.input('clinicianId', referral.clinicianId);
    step.input('providerBodyId', referral.providerBodyId ?? null);
    step.input('clinicianHasFinancialInterest', referral.clinicianHasFinancialInterest);
    step.input('choiceOffered', referral.choiceOffered);
    step.input('interestDisclosedToPatient', referral.interestDisclosedToPatient);
    const member = context.input.panel.members.find((candidate) => candidate.id === referral.clinicianId);
    const registered = member?.interests.filter((interest) => referral.providerBodyId !== undefined && interest.bodyId === referral.providerBodyId) ?? [];
    const provider = referral.providerBodyId ?? 'the provider';
    if (!referral.clinicianHasFinancialInterest) {
      if (registered.length > 0) {
        return makeFinding(rule, step, {
          outcome: 'warning',
          subject,
          message: `Referral ${referral.id} records no financial interest, but the register shows ${referral.clinicianId} as ${registered.map((interest) => interest.kind.replaceAll('_', ' ')).join(' and ')} of ${provider}: check, and if the interest is financial, offer choice and disclose it.`,
        });
      }
      return makeFinding(rule, step, {
        outcome: 'not_applicable',
        subject,
        message: `Referral ${referral.id}: the referring clinician has no financial interest in ${provider}.`,
      });
    }
    const missing = [...(referral.choiceOffered ? [] : ['the patient was not offered the other available options']), ...(referral.interestDisclosedToPatient ? [] : ['the interest was not disclosed to the patient'])];
    if (missing.length > 0) {
      return makeFinding(rule, step, {
        outcome: 'breach',
        subject,
        message: `Referral ${referral.id} on ${referral.referredOn} to ${provider}, in which ${referral.clinicianId} has a financial interest: ${missing.join(', and ')}.`,
      });
    }
    return makeFinding(rule, step, {
      outcome: 'compliant',
      subject,
      message: `Referral ${referral.id} to ${provider}: choice was offered and ${referral.clinicianId}'s financial interest was disclosed to the patient.`,
    });
  });
}
