// Type tests for the conflicts entry points (checked by `tsc -p .`, never run): the typed input
// catches a misspelt enum value, a number given as a string and an unknown key at compile time.
import { checkConflictsOfInterest, conflictsRulesInForce, type ConflictsInput } from '../../src/index.js';

const input: ConflictsInput = {
  businessCase: {
    id: 'bc-1',
    proposer: { bodyId: 'Z90001', isPractice: true },
    proposesToProvide: false,
    namesProvider: false,
    singleProviderSought: false,
    value: 5_000_000,
    procurementRoute: 'any_willing_provider',
    submittedOn: '2009-04-06',
  },
  panel: { members: [{ id: 'ned', role: 'non_executive_director', participated: true, interests: [] }] },
  local: { decisionLimitDays: 84 },
};
checkConflictsOfInterest(input, { asOf: '2009-07-01' });
conflictsRulesInForce({ asOf: '2009-07-01' });

// (a) a misspelt enum value
// @ts-expect-error: 'any_wiling_provider' is not a procurement route
checkConflictsOfInterest({ ...input, businessCase: { ...input.businessCase, procurementRoute: 'any_wiling_provider' } }, { asOf: '2009-07-01' });
// @ts-expect-error: 'clinican' is not a member role
checkConflictsOfInterest({ ...input, panel: { members: [{ id: 'm1', role: 'clinican', participated: true, interests: [] }] } }, { asOf: '2009-07-01' });

// (b) a number given as a string
// @ts-expect-error: the value is whole pence, a number
checkConflictsOfInterest({ ...input, businessCase: { ...input.businessCase, value: '5000000' } }, { asOf: '2009-07-01' });
// @ts-expect-error: the local limit is a number of days
checkConflictsOfInterest({ ...input, local: { decisionLimitDays: '84' } }, { asOf: '2009-07-01' });

// (c) an unknown key in an object literal
// @ts-expect-error: 'decisionLimit' is not a field of the input (local values go under `local`)
checkConflictsOfInterest({ ...input, decisionLimit: 84 }, { asOf: '2009-07-01' });
// @ts-expect-error: local values are facts: they go in the input, not the options
checkConflictsOfInterest(input, { asOf: '2009-07-01', local: { decisionLimitDays: 84 } });

// asOf is required
// @ts-expect-error: the conflicts check judges pending cases on a day
checkConflictsOfInterest(input, {});

// The PCT's provider arm: a misspelt degree of separation, a flag given as a string.
// @ts-expect-error: 'contracted' is not a degree of separation
checkConflictsOfInterest({ ...input, businessCase: { ...input.businessCase, pctProviderArm: { bids: true, separation: 'contracted' } } }, { asOf: '2009-07-01' });
// @ts-expect-error: bids is a boolean
checkConflictsOfInterest({ ...input, businessCase: { ...input.businessCase, pctProviderArm: { bids: 'yes' } } }, { asOf: '2009-07-01' });
