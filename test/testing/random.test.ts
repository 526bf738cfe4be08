import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../src/testing/index.js';
import { isPbcError } from '../../src/index.js';

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createSeededRandom(2006);
    const b = createSeededRandom(2006);
    const c = createSeededRandom(2007);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('gives integers in range and picks from lists', () => {
    const random = createSeededRandom(1);
    for (let i = 0; i < 500; i += 1) {
      const n = random.integer(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
    expect(['a', 'b']).toContain(random.pick(['a', 'b']));
  });
  it('rejects bad seeds and ranges', () => {
    for (const fn of [() => createSeededRandom(1.5), () => createSeededRandom({ toString: {} } as unknown as number), () => createSeededRandom(1).integer(5, 3), () => createSeededRandom(1).pick([])]) {
      try {
        fn();
        expect.unreachable();
      } catch (error) {
        expect(isPbcError(error, 'INVALID_INPUT')).toBe(true);
      }
    }
  });
});
