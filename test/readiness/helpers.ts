import { isPbcError } from '../../src/index.js';

/** The code and issue paths (joined with '.') of the PbcError `fn` throws; fails if it does not throw one. */
export function errorOf(fn: () => unknown): { code: string; paths: string[]; rules: (string | undefined)[] } {
  try {
    fn();
  } catch (error) {
    if (!isPbcError(error)) throw error;
    return { code: error.code, paths: error.issues.map((issue) => issue.path.join('.')), rules: error.issues.map((issue) => issue.rule) };
  }
  throw new Error('expected a PbcError, but nothing was thrown');
}
