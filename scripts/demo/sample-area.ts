/**
 * The embedded sample area used by the demo: one fictional PCT with a handful of practices. The
 * codes are in the published ODS form but the practices are invented.
 */
export const sampleArea = {
  pct: { code: '5ZZ', name: 'Sample Vale PCT', sha: 'Q99' },
  practices: [
    { code: 'Z90001', name: 'Riverside Surgery', listSize: 11_250 },
    { code: 'Z90002', name: 'Market Street Practice', listSize: 6_000 },
    { code: 'Z90003', name: 'Hillcrest Medical Centre', listSize: 8_420 },
    { code: 'Z90004', name: 'Old Mill Health Centre', listSize: 3_180 },
    { code: 'Z90005', name: 'Station Road Surgery', listSize: 14_730 },
  ],
} as const;
