import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// The library performs no I/O and reads no clock, randomness or environment (ARCHITECTURE.md,
// principle 1). Checked on the text of every file in src/, comments included.
const forbidden: [string, RegExp][] = [
  ['a Node built-in import', /from ['"](?:node:[a-z_/]+|fs|path|os|http|https|child_process|crypto|net|url)['"]/],
  ['fetch', /\bfetch\(/],
  ['the clock', /Date\.now\(|new Date\(\)|performance\.now\(/],
  ['randomness', /Math\.random\(|crypto\.getRandomValues/],
  ['the environment', /\bprocess\./],
  ['the console', /\bconsole\./],
  ['a default export', /^export default /m],
  ['an explicit any', /:\s*any\b|<any>|as any\b/],
];

describe('purity of src/', () => {
  const files = sourceFiles('src');
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(forbidden)('never uses %s', (_label, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
