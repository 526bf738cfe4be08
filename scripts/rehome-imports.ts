// One-off codemod (issue 14, "every name in one home"): rewrites imports of names that are no longer
// exported by the root entry point to import them from their one home (a subpath). Run it with
// `npx tsx scripts/rehome-imports.ts [files…]` (default: src, test, bench, examples, scripts, docs/guide,
// README.md). It handles `import { … } from 'practice-based-commissioning'` (also inside TSDoc
// comments and Markdown code blocks) and relative `import { … } from '…/src/index.js'`.
// Delete this file once every branch of issue 14 has been merged and it has been run.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const subpaths = ['core', 'policy', 'schemas', 'testing', 'budgets', 'incentives', 'conflicts', 'readiness', 'scenario', 'charts'];
const entries: Record<string, string> = { '': 'src/index.ts', ...Object.fromEntries(subpaths.map((name) => [name, `src/${name}/index.ts`])) };
const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.src.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
const program = ts.createProgram(Object.values(entries).map((file) => join(root, file)), { ...config.options, noEmit: true });
const checker = program.getTypeChecker();
const exportsOf = new Map<string, Set<string>>();
for (const [name, file] of Object.entries(entries)) {
  const source = program.getSourceFile(join(root, file))!;
  exportsOf.set(name, new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).map((symbol) => symbol.name)));
}
const atRoot = exportsOf.get('')!;
/** The home of a name: the root if it is there, else the first subpath (in the order above) exporting it. */
function homeOf(name: string): string | undefined {
  if (atRoot.has(name)) return '';
  return subpaths.find((subpath) => exportsOf.get(subpath)!.has(name));
}

const pattern = /^([ \t]*(?:\*[ \t]*)?)import(\s+type)?\s*\{([^}]*)\}\s*from\s*'((?:\.\.?\/)+(?:src\/)?index\.js|practice-based-commissioning)';[ \t]*$/gm;

function rewrite(file: string, text: string): string {
  return text.replace(pattern, (whole, prefix: string, typeOnly: string | undefined, list: string, specifier: string) => {
    const relativeRoot = specifier !== 'practice-based-commissioning';
    if (relativeRoot && resolve(dirname(file), specifier) !== join(root, 'src/index.js')) return whole;
    const names = list.replace(/^\s*\*/gm, '').split(',').map((part) => part.trim()).filter(Boolean);
    const groups = new Map<string, string[]>();
    for (const entry of names) {
      const bare = entry.replace(/^type\s+/, '').split(/\s+as\s+/)[0]!;
      const home = homeOf(bare);
      if (home === undefined) console.warn(`${relative(root, file)}: ${bare} is exported by no entry point`);
      const key = home ?? '';
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    if (groups.size === 1 && groups.has('')) return whole;
    const specifierOf = (home: string): string => {
      if (!relativeRoot) return home === '' ? 'practice-based-commissioning' : `practice-based-commissioning/${home}`;
      const target = join(root, home === '' ? 'src/index.js' : `src/${home}/index.js`);
      const path = relative(dirname(file), target);
      return path.startsWith('.') ? path : `./${path}`;
    };
    const order = ['', ...subpaths].filter((home) => groups.has(home));
    return order.map((home) => `${prefix}import${typeOnly ?? ''} { ${groups.get(home)!.join(', ')} } from '${specifierOf(home)}';`).join('\n');
  });
}

function* walk(path: string): Generator<string> {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path)) if (name !== 'node_modules' && name !== 'dist' && name !== 'api') yield* walk(join(path, name));
  } else if (/\.(ts|mts|mjs|js|md)$/.test(path)) yield path;
}

const targets = process.argv.length > 2 ? process.argv.slice(2) : ['src', 'test', 'bench', 'examples', 'scripts', 'docs/guide', 'README.md'];
let changed = 0;
for (const target of targets) {
  for (const file of walk(resolve(root, target))) {
    if (file === resolve(import.meta.filename)) continue;
    const text = readFileSync(file, 'utf8');
    const next = rewrite(file, text);
    if (next !== text) {
      writeFileSync(file, next);
      changed += 1;
      console.log(`rewrote ${relative(root, file)}`);
    }
  }
}
console.log(`${changed} file(s) rewritten`);
