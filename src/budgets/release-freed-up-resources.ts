/**
 * Freed-up resources, rule `fur.release`: the practice's share released only for a use the PCT
 * approves, normally through a business case. Composed by {@link freedUpResources}.
 *
 * @internal
 * @module
 */
import { explain, type Explanation } from '../core/explanation.js';
import type { IsoDate } from '../core/calendar.js';
import { formatGbp, minMoney, pence, subtractMoney, type Pence } from '../core/money.js';
import type { Policy } from '../core/policy-model/schemas.js';
import { finding, ruleOf } from './internal.js';
import type { BudgetFinding } from './model.js';

const RELEASE_RULE = ruleOf('fur.release');

/** What is released under `fur.release`. @internal */
export interface FurRelease {
  readonly released: Pence;
  readonly releaseStatus: 'nothingToRelease' | 'released' | 'partlyReleased' | 'awaitingBusinessCase' | 'refused';
  readonly findings: readonly BudgetFinding[];
  readonly explanation: Explanation;
}

/**
 * Releases the practice's share under `fur.release` (see {@link freedUpResources}).
 * @internal
 */
export function releaseFreedUpResources(
  practiceShare: Pence,
  businessCase: { readonly status: 'approved' | 'pending' | 'rejected' | 'notSubmitted'; readonly approvedAmount?: Pence | undefined } | undefined,
  policy: Policy,
  start: IsoDate,
): FurRelease {
  const findings: BudgetFinding[] = [];
  const release = explain(RELEASE_RULE, policy, start);
  release.input('practiceShare', practiceShare);
  release.input('businessCase', businessCase?.status ?? 'notSubmitted');
  let released = pence(0);
  let releaseStatus: FurRelease['releaseStatus'] = 'nothingToRelease';
  if (practiceShare > 0) {
    const needsCase = release.boolean('fur.releaseRequiresApprovedBusinessCase', start);
    const status = businessCase?.status ?? 'notSubmitted';
    if (!needsCase) {
      released = practiceShare;
      releaseStatus = 'released';
    } else if (status === 'approved') {
      released = minMoney(practiceShare, businessCase?.approvedAmount ?? practiceShare);
      releaseStatus = released === practiceShare ? 'released' : 'partlyReleased';
    } else {
      releaseStatus = status === 'rejected' ? 'refused' : 'awaitingBusinessCase';
    }
    if (released > 0) findings.push(finding('FUR_RELEASED', 'info', RELEASE_RULE.id, `${formatGbp(released)} of the practice's ${formatGbp(practiceShare)} share is released`, RELEASE_RULE.sources, ['businessCase']));
    if (releaseStatus === 'refused') {
      findings.push(finding('FUR_BUSINESS_CASE_REJECTED', 'warning', RELEASE_RULE.id, 'the PCT rejected the business case, so nothing is released; the SHA arbitrates disputes', RELEASE_RULE.sources, ['businessCase', 'status']));
    }
    if (releaseStatus === 'awaitingBusinessCase' || releaseStatus === 'partlyReleased') {
      findings.push(
        finding(
          'FUR_AWAITING_BUSINESS_CASE',
          'info',
          RELEASE_RULE.id,
          `${formatGbp(subtractMoney(practiceShare, released))} of the practice's share is held until the PCT approves a business case for its use`,
          RELEASE_RULE.sources,
          ['businessCase'],
        ),
      );
    }
  }

  return { released, releaseStatus, findings, explanation: release.done({ released, releaseStatus }) };
}
