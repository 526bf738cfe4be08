/**
 * Sample Vale PCT: one fictional PCT (5ZZ, in a fictional SHA Q99) with five practices. The codes
 * are in the published ODS form but the PCT and its practices are invented.
 *
 * @module
 */

/** The sample PCT and its SHA. @internal */
export const sampleValePct = { code: '5ZZ', name: 'Sample Vale PCT', sha: 'Q99', shaName: 'Sample SHA' } as const;

/** One sample practice: its code, name and registered list at 1 April 2007. @internal */
export interface SampleValePractice {
  readonly code: string;
  readonly name: string;
  readonly listSize: number;
}

/** The five practices, in code order. @internal */
export const sampleValePractices: readonly [SampleValePractice, SampleValePractice, SampleValePractice, SampleValePractice, SampleValePractice] = [
  { code: 'Z90001', name: 'Riverside Surgery', listSize: 11_250 },
  { code: 'Z90002', name: 'Market Street Practice', listSize: 6_000 },
  { code: 'Z90003', name: 'Hillcrest Medical Centre', listSize: 8_420 },
  { code: 'Z90004', name: 'Old Mill Health Centre', listSize: 3_180 },
  { code: 'Z90005', name: 'Station Road Surgery', listSize: 14_730 },
];
