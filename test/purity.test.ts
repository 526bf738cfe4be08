import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// Code only: comments and string literals removed, so prose ("an impartial process.", "any willing
// provider") is not mistaken for code. Approximate, but errs towards checking more.
function codeOf(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

// The library performs no I/O and reads no clock, randomness or environment (ARCHITECTURE.md,
// principle 1). The first two patterns are checked on the whole text, comments included (the
// before-stop hook does the same); the rest on code only.
const forbidden: [string, RegExp, 'text' | 'code'][] = [
  ['a Node built-in import', /from ['"](?:node:[a-z_/]+|fs|path|os|http|https|child_process|crypto|net|url)['"]/, 'text'],
  ['the console', /\bconsole\./, 'text'],
  ['fetch', /\bfetch\(/, 'code'],
  ['the clock', /Date\.now\(|new Date\(\)|performance\.now\(/, 'code'],
  ['randomness', /Math\.random\(|crypto\.getRandomValues/, 'code'],
  ['the environment', /\bprocess\.|\bglobalThis\.process\b|\bDeno\.|\bBun\./, 'code'],
  ['a default export', /^export default /m, 'code'],
  ['an explicit any', /:\s*any\b|<any>|\bas any\b/, 'code'],
];

describe('purity of src/', () => {
  const files = sourceFiles('src');
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(forbidden)('never uses %s', (_label, pattern, scope) => {
    const offenders = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return pattern.test(scope === 'text' ? text : codeOf(text));
    });
    expect(offenders).toEqual([]);
  });
});

describe('the purity check itself', () => {
  it('ignores prose in comments and strings but not code', () => {
    expect(codeOf("const a = 'an impartial process.'; // any: thing").trim()).toBe("const a = '';");
    expect(codeOf('/* any */ let x: any = 1;')).toContain(': any');
    expect(codeOf('const url = "http://example.org"; process.env.X')).toContain('process.env');
  });
});
