/**
 * Claiming component 2: "the practice must first get the PCT to agree that its objectives were
 * met, then claim in writing", by 30 June 2007; claims after that are refused (Pulse, Know your
 * rights). With `asOf`, a component 2 not yet claimed is reported as still claimable or lapsed.
 *
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import type { IsoDate } from '../core/calendar.js';
import type { Policy } from '../core/policy-model/schemas.js';
import type { IncentiveFinding } from './findings.js';
import { incentiveRules } from '../policy/rules/incentives.js';

/**
 * How a component 2 claim stands: `valid`, `late` (after the deadline), `premature` (before the
 * PCT agreed the objectives were met, or with no agreement at all), `unclaimed`.
 * @internal
 */
export type DesClaimStanding = 'valid' | 'late' | 'premature' | 'unclaimed';

/**
 * Assesses the timing of a component 2 claim. Every problem is reported, not just the first.
 *
 * @param policy - the policy
 * @param options - the dates involved; `readOn` is the date DES parameters are read on
 * @internal
 */
export function assessDesComponent2Claim(
  policy: Policy,
  options: { readonly objectivesAgreedMetOn: IsoDate | undefined; readonly claimedOn: IsoDate | undefined; readonly asOf: IsoDate | undefined; readonly readOn: IsoDate },
): { readonly standing: DesClaimStanding; readonly deadline: string; readonly findings: readonly IncentiveFinding[]; readonly explanation: Explanation } {
  const rule = incentiveRules.desC2Claim;
  const sources = rule.sources;
  const step = explain(rule, policy, options.asOf ?? options.readOn);
  step.input('objectivesAgreedMetOn', options.objectivesAgreedMetOn ?? null);
  step.input('claimedOn', options.claimedOn ?? null);
  const deadline = step.text('des.claimDeadline', options.readOn);
  const findings: IncentiveFinding[] = [];
  const agreed = options.objectivesAgreedMetOn;
  const claimed = options.claimedOn;
  let standing: DesClaimStanding = 'valid';
  if (agreed === undefined) {
    findings.push({ code: 'DES_C2_PCT_AGREEMENT', rule: rule.id, outcome: 'unknown', message: 'the PCT has not (yet) agreed that the objectives were met', sources });
  } else {
    findings.push({ code: 'DES_C2_PCT_AGREEMENT', rule: rule.id, outcome: 'compliant', message: `the PCT agreed the objectives were met on ${agreed}`, sources });
  }
  if (claimed === undefined) {
    standing = 'unclaimed';
    const asOf = options.asOf;
    const lapsed = asOf !== undefined && asOf > deadline;
    findings.push({
      code: 'DES_C2_UNCLAIMED',
      rule: rule.id,
      outcome: lapsed ? 'breach' : 'unknown',
      message: lapsed
        ? `not claimed by the deadline of ${deadline} (as of ${asOf}): component 2 can no longer be paid`
        : `not claimed yet: a written claim may be made until ${deadline}`,
      sources,
    });
  } else {
    if (agreed === undefined || claimed < agreed) {
      standing = 'premature';
      findings.push({
        code: 'DES_C2_CLAIM_AFTER_AGREEMENT',
        rule: rule.id,
        outcome: 'breach',
        message:
          agreed === undefined
            ? `claimed on ${claimed} without the PCT's agreement that the objectives were met: the claim cannot be paid`
            : `claimed on ${claimed}, before the PCT agreed the objectives were met on ${agreed}: the claim cannot be paid`,
        sources,
      });
    } else {
      findings.push({ code: 'DES_C2_CLAIM_AFTER_AGREEMENT', rule: rule.id, outcome: 'compliant', message: `claimed on ${claimed}, after the PCT's agreement`, sources });
    }
    if (claimed > deadline) {
      standing = 'late';
      findings.push({ code: 'DES_C2_CLAIM_DEADLINE', rule: rule.id, outcome: 'breach', message: `claimed on ${claimed}, after the deadline of ${deadline}: the claim is refused`, sources });
    } else {
      findings.push({ code: 'DES_C2_CLAIM_DEADLINE', rule: rule.id, outcome: 'compliant', message: `claimed on ${claimed}, by the deadline of ${deadline}`, sources });
    }
  }
  return { standing, deadline, findings, explanation: step.done(standing) };
}
