/**
 * Evidence for the dated parameters themselves: each value the fact sheets confirm, on its date.
 *
 * @module
 */
import type { PolicyCase } from '../case.js';

function parameterCase(name: string, id: string, asOf: string, value: string | number, source: string): PolicyCase {
  return { name, entryPoint: 'parameterAt', asOf, input: { id }, expected: { value }, source };
}

/** Parameter evidence. @internal */
export const parameterEvidence: readonly PolicyCase[] = [
  parameterCase('the Towards PBC DES paid component 1 at 95p per registered patient in 2006/07', 'des.c1.ratePerPatient', '2006-04-01', 95, 'gponline-2006-enormous-variation'),
  parameterCase('the Towards PBC DES paid component 2 at 95p per registered patient on the list at 1 April 2007', 'des.c2.ratePerPatient', '2007-03-31', 95, 'bma-tpbc-des-c2'),
  {
    name: 'the Towards PBC DES does not run after 31 March 2007',
    entryPoint: 'parameterAt',
    asOf: '2007-04-01',
    input: { id: 'des.c2.ratePerPatient' },
    expectedError: { code: 'PARAMETER_NOT_IN_FORCE' },
    source: 'bma-tpbc-des-focus',
  },
  parameterCase('practices keep 50% of freed-up resources under the October 2004 guidance', 'fur.practiceShare', '2005-04-01', '0.5', 'dh-2004-engaging-practices'),
  parameterCase('practices may access at least 70% of freed-up resources from 2006/07', 'fur.practiceShare', '2006-04-01', '0.7', 'hansard-2006-11-06'),
  parameterCase('fundholding needed 9,000 patients in 1991', 'fundholding.minimumListSize.standard', '1991-04-01', 9000, 'hansard-1991-03-13'),
  parameterCase('fundholding needed 7,000 patients from 1 April 1993', 'fundholding.minimumListSize.standard', '1993-04-01', 7000, 'hansard-1993-02-23'),
  parameterCase('standard fundholding needed 5,000 patients from 1 April 1996', 'fundholding.minimumListSize.standard', '1996-04-01', 5000, 'uksi-1996-706'),
  parameterCase('the fundholding per-patient ceiling rose to £6,000 from 1 April 1994', 'fundholding.perPatientCap', '1994-04-01', 600_000, 'uksi-1994-640'),
  parameterCase('from March 2009 PCTs decide business cases within eight weeks', 'entitlements.businessCaseDecisionDays', '2009-03-01', 56, 'digitalhealth-2009-03-vision'),
];
