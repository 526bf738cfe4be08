/**
 * The organisational skeleton of England's NHS in 2006/07–2009/10 used by the synthetic area
 * generator: ten SHAs (from July 2006) and 152 PCTs (from October 2006), with 8,433 practices
 * (the count DH used in 2006). SHA names and ODS codes are the real ones; the number of PCTs per SHA
 * follows the 2006 reorganisation as best known and is used only to shape synthetic data. PCT codes
 * and names are synthetic (`5A0` … `5R1`).
 *
 * @module
 */

/** One SHA and how many PCTs it holds in the synthetic England. @internal */
export interface ShaSkeleton {
  readonly code: string;
  readonly name: string;
  readonly pctCount: number;
  /** First letter of synthetic practice codes in this SHA. */
  readonly practicePrefix: string;
}

/** The ten SHAs of July 2006, with 152 PCTs between them. @internal */
export const englandShas: readonly ShaSkeleton[] = [
  { code: 'Q30', name: 'North East', pctCount: 12, practicePrefix: 'A' },
  { code: 'Q31', name: 'North West', pctCount: 24, practicePrefix: 'P' },
  { code: 'Q32', name: 'Yorkshire and the Humber', pctCount: 14, practicePrefix: 'B' },
  { code: 'Q33', name: 'East Midlands', pctCount: 9, practicePrefix: 'C' },
  { code: 'Q34', name: 'West Midlands', pctCount: 17, practicePrefix: 'M' },
  { code: 'Q35', name: 'East of England', pctCount: 14, practicePrefix: 'D' },
  { code: 'Q36', name: 'London', pctCount: 31, practicePrefix: 'F' },
  { code: 'Q37', name: 'South East Coast', pctCount: 8, practicePrefix: 'G' },
  { code: 'Q38', name: 'South Central', pctCount: 9, practicePrefix: 'K' },
  { code: 'Q39', name: 'South West', pctCount: 14, practicePrefix: 'L' },
];

/** Practices in England in 2006 (DH's denominator for uptake). @internal */
export const englandPracticeCount = 8433;
/** Registered patients the synthetic England aims at, about 53 million. @internal */
export const englandTargetPatients = 53_000_000;

/** One synthetic PCT: its code and name, its SHA, and where it sits in England. @internal */
export interface PctSkeleton {
  readonly code: string;
  readonly name: string;
  readonly sha: ShaSkeleton;
  /** 0 … 151, in SHA order. */
  readonly index: number;
  /** 1-based position within its SHA. */
  readonly numberInSha: number;
}

const PCT_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXY';

/** The 152 synthetic PCTs, in SHA order: codes `5A0`, `5A1`, … (a letter per ten PCTs, then a digit). @internal */
export const englandPcts: readonly PctSkeleton[] = englandShas.flatMap((sha, shaIndex) => {
  const before = englandShas.slice(0, shaIndex).reduce((sum, entry) => sum + entry.pctCount, 0);
  return Array.from({ length: sha.pctCount }, (_, position) => {
    const index = before + position;
    return {
      code: `5${PCT_LETTERS.charAt(Math.floor(index / 10))}${index % 10}`,
      name: `${sha.name} PCT ${position + 1}`,
      sha,
      index,
      numberInSha: position + 1,
    };
  });
});
