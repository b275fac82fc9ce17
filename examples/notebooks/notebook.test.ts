/**
 * The notebook's code cells, in order, run as one script with tsx (imports hoisted, as a module
 * would have them): every cell must run, and what it displays is checked. A Jupyter kernel is not
 * needed for this: `display` prints the plain-text form outside one.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const notebook = JSON.parse(readFileSync(join(here, 'fy2024-analysis.ipynb'), 'utf8')) as {
  metadata: { kernelspec: { name: string } };
  cells: { cell_type: string; source: string[]; outputs?: unknown[] }[];
};

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
