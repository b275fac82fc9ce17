/**
 * Every example runs as a researcher would run it (`tsx examples/<name>.ts`, in its own process),
 * and its printed output is compared with `output/<name>.txt`, so an example cannot rot. After an
 * intended change, review the new output and update with `pnpm exec vitest run examples -u`.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, test } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

async function run(name: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(here, `${name}.ts`)], { cwd: join(here, '..'), encoding: 'utf8' });
  return stdout;
}

describe.concurrent('examples', () => {
  test('01 reads a Shift_JIS export with its own codebook', async ({ expect }) => {
    const out = await run('01-shift-jis-codebook');
    expect(out).toContain('encoding: shift_jis');
    expect(out).toContain('rows: 6, accepted 4, rejected 2');
    expect(out).toContain('"respondent":"R02","prefecture":"27","satisfaction":"mid","measures":["antivirus"]');
    await expect(out).toMatchFileSnapshot('output/01-shift-jis-codebook.txt');
  });

  test('02 shows the four bases of a multiple-response question', async ({ expect }) => {
    const out = await run('02-multiple-response-bases');
    // Respondent bases pass 100 % for a multiple answer; the responses base sums to 100 %.
    expect(out).toMatch(/sum of shares\s+253\.3%\s+253\.3%\s+266\.0%\s+100\.0%/);
    expect(out).toContain('services: 6 companies, asked 4 (uses_cloud = yes), missing 1, valid 3, options chosen 6');
    await expect(out).toMatchFileSnapshot('output/02-multiple-response-bases.txt');
  });

  test('03 scores skills and searches the active list', async ({ expect }) => {
    const out = await run('03-skills-and-active-list');
    expect(out).toContain('221 respondents scored');
    expect(out).toContain('203 public records');
    expect(out).toMatch(/exclusion no_skill_answers: 5\b/);
    await expect(out).toMatchFileSnapshot('output/03-skills-and-active-list.txt');
  });

  test('04 renders charts with Vega-Lite and Plot to SVG files', async ({ expect }) => {
    const out = await run('04-charts');
    expect(out).toContain('industries.svg: <svg role="img" aria-label="支援を得意とする業種">');
    expect(out).toContain('top bar: サービス業 40.7%（90） printed: true');
    expect(out).not.toContain('printed: false');
    await expect(out).toMatchFileSnapshot('output/04-charts.txt');
  });

  test('05 computes a crosstab with Wilson intervals', async ({ expect }) => {
    const out = await run('05-crosstab-wilson');
    expect(out).toContain('wilson(10, 44) = [12.8%, 37.0%]');
    expect(out).toContain('per chamber, cases 44 / 33 / 23 but options chosen 113 / 94 / 59');
    await expect(out).toMatchFileSnapshot('output/05-crosstab-wilson.txt');
  });
});
