/**
 * The library's own evidence: worked examples from the sources, kept as policy cases so anyone can
 * run them against the baseline or against their own reform.
 *
 * @module
 */
import type { PolicyCase } from './case.js';
import { deepFreeze } from '../core/freeze.js';

/**
 * Worked examples from the sources that the encoded policy must satisfy, as policy cases. Each names
 * its source. Run them with `runPolicyCases(libraryEvidence)`, or against a reform with
 * `compareEvidence(libraryEvidence, { reformed })` to see which cases the reform changes.
 *
 * @category Testing
 * @example
 * ```ts
 * import { libraryEvidence, runPolicyCases } from 'practice-based-commissioning/testing';
 * runPolicyCases(libraryEvidence).failed; //=> 0
 * ```
 */
export const libraryEvidence: readonly PolicyCase[] = deepFreeze([
  {
    name: 'the Towards PBC DES paid component 1 at 95p per registered patient in 2006/07',
    entryPoint: 'parameterAt',
    asOf: '2006-04-01',
    input: { id: 'des.c1.ratePerPatient' },
    expected: { value: 95, confidence: 'confirmed' },
    source: 'gponline-2006-enormous-variation',
  },
  {
    name: 'the Towards PBC DES paid component 2 at 95p per registered patient on the list at 1 April 2007',
    entryPoint: 'parameterAt',
    asOf: '2007-03-31',
    input: { id: 'des.c2.ratePerPatient' },
    expected: { value: 95 },
    source: 'bma-tpbc-des-c2',
  },
  {
    name: 'the Towards PBC DES does not run after 31 March 2007',
    entryPoint: 'parameterAt',
    asOf: '2007-04-01',
    input: { id: 'des.c2.ratePerPatient' },
    expectedError: { code: 'PARAMETER_NOT_IN_FORCE' },
    source: 'bma-tpbc-des-focus',
  },
  {
    name: 'practices keep 50% of freed-up resources under the October 2004 guidance',
    entryPoint: 'parameterAt',
    asOf: '2005-04-01',
    input: { id: 'fur.practiceShare' },
    expected: { value: '0.5' },
    source: 'dh-2004-engaging-practices',
  },
  {
    name: 'practices may access at least 70% of freed-up resources from 2006/07',
    entryPoint: 'parameterAt',
    asOf: '2006-04-01',
    input: { id: 'fur.practiceShare' },
    expected: { value: '0.7' },
    source: 'hansard-2006-11-06',
  },
  {
    name: 'fundholding needed 9,000 patients in 1991',
    entryPoint: 'parameterAt',
    asOf: '1991-04-01',
    input: { id: 'fundholding.minimumListSize.standard' },
    expected: { value: 9000 },
    source: 'hansard-1991-03-13',
  },
  {
    name: 'fundholding needed 7,000 patients from 1 April 1993',
    entryPoint: 'parameterAt',
    asOf: '1993-04-01',
    input: { id: 'fundholding.minimumListSize.standard' },
    expected: { value: 7000 },
    source: 'hansard-1993-02-23',
  },
  {
    name: 'standard fundholding needed 5,000 patients from 1 April 1996',
    entryPoint: 'parameterAt',
    asOf: '1996-04-01',
    input: { id: 'fundholding.minimumListSize.standard' },
    expected: { value: 5000 },
    source: 'uksi-1996-706',
  },
  {
    name: 'the fundholding per-patient ceiling rose to £6,000 from 1 April 1994',
    entryPoint: 'parameterAt',
    asOf: '1994-04-01',
    input: { id: 'fundholding.perPatientCap' },
    expected: { value: 600_000 },
    source: 'uksi-1994-640',
  },
  {
    name: 'from March 2009 PCTs decide business cases within eight weeks',
    entryPoint: 'parameterAt',
    asOf: '2009-03-01',
    input: { id: 'entitlements.businessCaseDecisionDays' },
    expected: { value: 56 },
    source: 'digitalhealth-2009-03-vision',
  },
]);
