// The notebook example comes twice: a Deno Jupyter notebook (budgets-notebook.ipynb, executed in
// Jupyter by scripts/notebook-check.mjs) and its Node twin (budgets-notebook.mjs); `npm test` runs
// both after the build. These tests keep the two in step: same cells, same code, same imports, and a
// well-formed nbformat 4 file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface NotebookCell {
  readonly cell_type: 'markdown' | 'code' | 'raw';
  readonly id: string;
  readonly metadata: Record<string, unknown>;
  readonly source: readonly string[];
  readonly outputs?: readonly unknown[];
  readonly execution_count?: number | null;
}

interface Notebook {
  readonly cells: readonly NotebookCell[];
  readonly metadata: { readonly kernelspec: { readonly name: string; readonly display_name: string; readonly language: string }; readonly language_info: { readonly name: string } };
  readonly nbformat: number;
  readonly nbformat_minor: number;
}

const folder = new URL('../../examples/notebook/', import.meta.url);
const notebook = JSON.parse(readFileSync(new URL('budgets-notebook.ipynb', folder), 'utf8')) as Notebook;
const script = readFileSync(new URL('budgets-notebook.mjs', folder), 'utf8');
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The script's cells: each `// %%` line starts one; `// %% [markdown]` cells are comment text. */
function scriptCells(text: string): { kind: 'markdown' | 'code'; text: string }[] {
  const parts = text.split(/^\/\/ %%(.*)$/m);
  const cells: { kind: 'markdown' | 'code'; text: string }[] = [];
  for (let index = 1; index < parts.length; index += 2) {
    const kind = parts[index]?.trim() === '[markdown]' ? 'markdown' : 'code';
    const body = (parts[index + 1] ?? '').replace(/^\n+|\n+$/g, '');
    cells.push({ kind, text: kind === 'markdown' ? body.replace(/^\/\/ ?/gm, '') : body });
  }
  return cells;
}

/** The names imported from each module in a cell: `{ 'practice-based-commissioning/policy': ['baselinePolicy', …] }`. */
function importsOf(code: string): Record<string, string[]> {
  const imports: Record<string, string[]> = {};
  for (const match of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    const names = (match[1] ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
    imports[match[2] ?? ''] = names.sort();
  }
  return imports;
}

const cellText = (cell: NotebookCell): string => cell.source.join('');
const cells = scriptCells(script);

describe('the notebook example: a Deno Jupyter notebook and its Node twin', () => {
  it('is a well-formed nbformat 4 notebook for the Deno kernel, committed without outputs', () => {
    expect(notebook.nbformat).toBe(4);
    expect(notebook.nbformat_minor).toBe(5);
    expect(notebook.metadata.kernelspec).toEqual({ display_name: 'Deno', language: 'typescript', name: 'deno' });
    expect(notebook.metadata.language_info.name).toBe('typescript');
    expect(new Set(notebook.cells.map((cell) => cell.id)).size).toBe(notebook.cells.length);
    for (const cell of notebook.cells) {
      expect(cell.id).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);
      expect(cell.metadata).toEqual({});
      expect(cell.source.every((line, index) => typeof line === 'string' && (index === cell.source.length - 1 || line.endsWith('\n')))).toBe(true);
      if (cell.cell_type === 'code') {
        expect(cell.outputs).toEqual([]);
        expect(cell.execution_count).toBeNull();
      } else {
        expect(cell.cell_type).toBe('markdown');
        expect(Object.keys(cell).sort()).toEqual(['cell_type', 'id', 'metadata', 'source']);
      }
    }
  });

  it('has the same cells as the script, in the same order, with the same text', () => {
    expect(notebook.cells.map((cell) => cell.cell_type)).toEqual(cells.map((cell) => cell.kind));
    expect(cells.length).toBeGreaterThan(10);
    cells.forEach((cell, index) => {
      // The first code cell is the setup, which differs by design (see below).
      if (index === 1) return;
      expect(cellText(notebook.cells[index]!), `cell ${index + 1}`).toBe(cell.text);
    });
  });

  it('imports the same functions in its setup cell: by package name in Node, by npm: specifier at the package version in Deno', () => {
    const setup = cells[1]!;
    expect(setup.kind).toBe('code');
    const node = importsOf(setup.text);
    const deno = importsOf(cellText(notebook.cells[1]!));
    expect(Object.keys(node).filter((module) => module.startsWith('practice-based-commissioning'))).toEqual(['practice-based-commissioning', 'practice-based-commissioning/core', 'practice-based-commissioning/policy']);
    for (const [module, names] of Object.entries(node)) {
      if (module.startsWith('node:')) continue;
      expect(deno[module.replace('practice-based-commissioning', `npm:practice-based-commissioning@${version}`)], module).toEqual(names);
    }
    expect(Object.keys(deno).every((module) => module.startsWith(`npm:practice-based-commissioning@${version}`))).toBe(true);
    // Both define the helpers the other cells use.
    for (const helper of ['const check', 'const charts', 'const show', 'const say', 'const chart']) {
      expect(setup.text).toContain(helper);
      expect(cellText(notebook.cells[1]!)).toContain(helper);
    }
  });

  it('keeps every import in the setup cell, so the other cells run unchanged in either place', () => {
    cells.forEach((cell, index) => {
      if (index !== 1) expect(cell.text, `cell ${index + 1}`).not.toMatch(/^import /m);
    });
    expect(script.slice(0, script.indexOf('// %%'))).not.toMatch(/^import /m);
  });
});
