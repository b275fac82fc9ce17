/**
 * The notebook's code cells, in order, run as one script with tsx (imports hoisted, as a module
 * would have them): every cell must run, and what it displays is checked. A Jupyter kernel is not
 * needed for this: `display` prints the plain-text form outside one.
 *
 * Where `deno` and `jupyter` are on PATH, the notebook also runs headless through the Deno kernel
 * (`jupyter nbconvert --execute`), and every cell's outputs are checked as the kernel sent them.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const notebook = JSON.parse(readFileSync(join(here, 'fy2024-analysis.ipynb'), 'utf8')) as {
  metadata: { kernelspec: { name: string } };
  cells: { cell_type: string; source: string[]; outputs?: unknown[] }[];
};

/**
 * The executable `name` on PATH, as an absolute path (pnpm puts `./node_modules/.bin` first, which
 * the kernel, started in another folder, would not find), or undefined.
 */
function onPath(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return resolve(dir, name);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}
const deno = onPath('deno');
const jupyter = onPath('jupyter');

/** The code cells as one module: import lines first, the rest in cell order. */
export function notebookScript(cells: typeof notebook.cells): string {
  const lines = cells.filter((c) => c.cell_type === 'code').flatMap((c, k) => [`// cell ${k + 1}`, ...c.source.join('').split('\n')]);
  const isImport = (l: string) => /^import\s/.test(l);
  return [...lines.filter(isImport), ...lines.filter((l) => !isImport(l)), ''].join('\n');
}

test('the notebook is a Deno notebook with no stored outputs', () => {
  expect(notebook.metadata.kernelspec.name).toBe('deno');
  expect(notebook.cells.filter((c) => c.cell_type === 'code').every((c) => (c.outputs ?? []).length === 0)).toBe(true);
});

test('its cells run as a script and display the FY2024 analysis', async () => {
  const script = join(here, '.notebook-script.ts');
  writeFileSync(script, notebookScript(notebook.cells));
  try {
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const { stdout } = await promisify(execFile)(tsx, [script], { cwd: here, encoding: 'utf8', timeout: 120_000 });
    expect(stdout).toContain('experts n=221, attendees n=');
    expect(stdout).toContain('sum of shares: 100.0 %');
    expect(stdout).toContain('無回答');
    expect(stdout).toMatch(/chi-square = \d+\.\d\d, df = \d+, p = 0\.\d{4}/);
    expect(stdout).toMatch(/columns A, B; marks/);
    expect(stdout).toMatch(/solo_count/);
    expect(stdout).toMatch(/\[SVG, \d+ characters\]/);
    expect(stdout).toContain('wrote experts.parquet: ok');
  } finally {
    rmSync(script, { force: true });
  }
}, 150_000);

/** One output of an executed cell, as nbformat 4 stores it. */
interface Output {
  output_type: 'stream' | 'display_data' | 'execute_result' | 'error';
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join('') : (v ?? ''));

test.runIf(deno && jupyter)('through the Deno kernel, headless, every cell shows all it displays and no error', async () => {
  const work = mkdtempSync(join(tmpdir(), 'notebook-kernel-'));
  try {
    // A kernelspec for the deno on PATH, the one `deno jupyter --install` writes, found first
    // through JUPYTER_PATH: the test does not depend on (or change) the user's installed kernels.
    mkdirSync(join(work, 'kernels', 'deno'), { recursive: true });
    writeFileSync(join(work, 'kernels', 'deno', 'kernel.json'), JSON.stringify({ argv: [deno, 'jupyter', '--kernel', '--conn', '{connection_file}'], display_name: 'Deno', language: 'typescript' }));
    const output = join(work, 'executed.ipynb');
    const args = ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=deno', '--ExecutePreprocessor.timeout=240', '--output', output, join(here, 'fy2024-analysis.ipynb')];
    await promisify(execFile)(jupyter!, args, { cwd: here, encoding: 'utf8', timeout: 300_000, env: { ...process.env, JUPYTER_PATH: work } });

    const executed = JSON.parse(readFileSync(output, 'utf8')) as { cells: { cell_type: string; source: string | string[]; outputs?: Output[] }[] };
    const code = executed.cells.filter((c) => c.cell_type === 'code');
    expect(code.length).toBe(notebook.cells.filter((c) => c.cell_type === 'code').length);
    code.forEach((cell, k) => {
      const outputs = cell.outputs ?? [];
      const where = `cell ${k + 1}`;
      expect(outputs.filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr')), where).toEqual([]);
      // Each awaited display() arrives as one display_data: none is lost at the end of a cell.
      const displays = (joined(cell.source).match(/await display\(/g) ?? []).length;
      expect(displays, where).toBeGreaterThan(0);
      expect(outputs.filter((o) => o.output_type === 'display_data').length, where).toBe(displays);
    });

    const shown = code.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'display_data');
    const text = shown.map((o) => joined(o.data?.['text/plain'])).join('\n');
    expect(text).toMatch(/experts n=221, attendees n=\d+/);
    expect(text).toContain('sum of shares: 100.0 %');
    expect(text).toMatch(/chi-square = \d+\.\d\d, df = \d+, p = 0\.\d{4}/);
    expect(text).toContain('wrote experts.parquet: ok');
    // Tables as HTML tables (the variable view, two frequencies, the crosstab, two skill tables),
    // with 無回答 among the rows; the chart as inline SVG.
    const html = shown.map((o) => joined(o.data?.['text/html'])).filter(Boolean);
    expect(html.length).toBe(6);
    for (const table of html) expect(table).toMatch(/^<table[\s\S]*<\/table>\s*$/);
    expect(html.join('')).toContain('無回答');
    expect(html.join('')).toContain('solo_count');
    const svg = shown.map((o) => joined(o.data?.['image/svg+xml'])).filter(Boolean);
    expect(svg).toHaveLength(1);
    expect(svg[0]).toMatch(/^<svg[\s\S]*支援を得意とする業種[\s\S]*<\/svg>\s*$/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 320_000);
