/**
 * `conflicts.referralDisclosure` (COI-R10): a referral to a service in which the clinician has a financial interest needs choice
 * offered and the interest disclosed.
 *
 * Pulse, *Dispelling 10 PBC myths* (`pulse-dispelling-pbc-myths`): GPs may refer patients to services
 * they set up through PBC; the test is to offer the patient all the available options and, if they
 * pick the GP's service, disclose the GP's financial stake; otherwise the GP risks breaching the
 * contract and GMC guidance.
 *
 * @module
 */
import { conflictsRule, makeFinding, openRule, type ConflictsContext, type RuleApplication } from '../context.js';

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
export function checkReferralDisclosed(context: ConflictsContext): RuleApplication[] {
  const rule = conflictsRule('conflicts.referralDisclosure');
  const referrals = context.input.referrals ?? [];
  if (referrals.length === 0) {
    const subject = { kind: 'case' as const, id: context.input.businessCase.id };
    const { step, gate } = openRule(rule, context, context.asOf, subject);
    if (gate !== undefined) return [gate];
    return [makeFinding(rule, step, { code: 'NO_REFERRALS', outcome: 'not_applicable', subject, message: 'No referrals were given to check.' })];
  }
  return referrals.map((referral) => {
    const subject = { kind: 'referral' as const, id: referral.id };
    const { step, gate } = openRule(rule, context, referral.referredOn, subject);
    if (gate !== undefined) return gate;
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
          code: 'INTEREST_ON_REGISTER', outcome: 'warning',
          subject,
          message: `Referral ${referral.id} records no financial interest, but the register shows ${referral.clinicianId} as ${registered.map((interest) => interest.kind.replaceAll('_', ' ')).join(' and ')} of ${provider}: check, and if the interest is financial, offer choice and disclose it.`,
        });
      }
      return makeFinding(rule, step, {
        code: 'NO_FINANCIAL_INTEREST', outcome: 'not_applicable',
        subject,
        message: `Referral ${referral.id}: the referring clinician has no financial interest in ${provider}.`,
      });
    }
    const missing = [...(referral.choiceOffered ? [] : ['the patient was not offered the other available options']), ...(referral.interestDisclosedToPatient ? [] : ['the interest was not disclosed to the patient'])];
    if (missing.length > 0) {
      return makeFinding(rule, step, {
        code: 'CHOICE_OR_DISCLOSURE_MISSING', outcome: 'breach',
        subject,
        message: `Referral ${referral.id} on ${referral.referredOn} to ${provider}, in which ${referral.clinicianId} has a financial interest: ${missing.join(', and ')}.`,
      });
    }
    return makeFinding(rule, step, {
      code: 'CHOICE_OFFERED_AND_DISCLOSED', outcome: 'compliant',
      subject,
      message: `Referral ${referral.id} to ${provider}: choice was offered and ${referral.clinicianId}'s financial interest was disclosed to the patient.`,
    });
  });
}
