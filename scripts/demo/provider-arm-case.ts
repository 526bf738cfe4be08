/**
 * One more business case for the demo's sample PCT, where the PCT's own provider arm is chosen for the
 * service (issue 17, COI-R12 and COI-R13). Invented, like the rest of the sample; kept in its own file
 * so that the sample area's data stays as it is.
 */
import type { EvaluateAreaInput } from '../../src/index.js';
import { sampleValeArea } from '../../src/testing/index.js';

type ScenarioCase = NonNullable<EvaluateAreaInput['businessCases']>[number];

/**
 * A community musculoskeletal service proposed by Riverside Surgery, which does not want to provide it;
 * the PCT awards it directly to its own provider services, internally separated from its commissioning
 * (the least the 2008/09 Operating Framework required from December 2007).
 */
export const providerArmCase: ScenarioCase = {
  pctCode: sampleValeArea.pcts[0]!.code,
  businessCase: {
    id: 'BC-5ZZ-2007-009',
    title: 'Community musculoskeletal service',
    proposer: { bodyId: 'Z90001', name: 'Riverside Surgery', isPractice: true },
    proposesToProvide: false,
    namesProvider: false,
    singleProviderSought: true,
    value: 6_000_000,
    procurementRoute: 'direct_award',
    valueForMoneyDocumented: true,
    submittedOn: '2008-01-07',
    decision: { outcome: 'approved', decidedOn: '2008-02-18', decidedBy: 'pct_committee', reasons: ['moves physiotherapy referrals out of hospital'] },
    publishedInProspectus: true,
    pctProviderArm: { name: 'Vale Community Services', bids: true, chosen: true, separation: 'internal' },
  },
  panel: {
    chairMemberId: 'ned-ellis',
    members: [
      { id: 'ned-ellis', name: 'Ms Jane Ellis (NED)', role: 'non_executive_director', participated: true, declarationOn: '2007-04-02', interests: [] },
      { id: 'dr-okafor', name: 'Dr Ade Okafor', role: 'clinician', participated: true, declarationOn: '2007-04-02', interests: [] },
    ],
  },
};

/** The demo's area: the sample PCT's 2007/08 with the provider-arm case added. */
export const demoArea: EvaluateAreaInput = { ...sampleValeArea, businessCases: [...(sampleValeArea.businessCases ?? []), providerArmCase] };
