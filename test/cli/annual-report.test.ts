import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Run `pnpm report` as an analyst would, in the repository root: the compiled command it runs
 * (built once per test run by test/global-setup.ts).
 */
function report(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'dist/report/cli.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the FY2024 data with one file's text changed. */
function broken(name: string, edit: (csv: string) => string): string {
  const dir = mkdtempSync(join(tmp, 'data-'));
  cpSync(join(root, 'data/fy2024'), dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

describe('pnpm report', () => {
  const out = join(tmp, 'fy2024');

  test('writes the report folder and reports its steps on stderr', () => {
    const r = report('--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/read experts\.csv: 221 rows, 221 accepted, 0 rejected/);
    expect(r.stderr).toMatch(/rendered \d+ charts to SVG/);
    for (const f of ['index.html', 'figures.json', 'figures.csv', 'validation.json', 'active-list.csv', 'tables/experts-ability.csv']) expect(existsSync(join(out, f)), f).toBe(true);
    const validation = JSON.parse(readFileSync(join(out, 'validation.json'), 'utf8'));
    expect(validation.ok).toBe(true);
    expect(validation.files.map((f: { rows_read: number; rows_accepted: number }) => [f.rows_read, f.rows_accepted])).toEqual([
      [221, 221],
      [105, 105],
      [55, 55],
      [35, 35],
    ]);
    expect(readFileSync(join(out, 'tables/experts-ability.csv'), 'utf8').startsWith('\ufeffスキル（支援領域）,')).toBe(true);
  });

  test('--quiet prints nothing', () => {
    const r = report('--out', join(tmp, 'quiet'), '--quiet');
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', '']);
  });

  test('invalid input: exit 1, every error as file:row:column, and the previous report left as it was', () => {
    const before = readFileSync(join(out, 'figures.json'), 'utf8');
    const data = broken('guidance.csv', (csv) => csv.replace(/\r\n([^,\r\n]+),([^,]+),大阪,/, '\r\n$1,$2,京都,').replace(/,3,達成できた,/, ',5,達成できた,'));
    const validation = join(tmp, 'validation-failed.json');
    const r = report('--data', data, '--out', out, '--validation', validation);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('guidance.csv:'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^guidance\.csv:\d+:region: unknown option "京都" for 地域; expected one of: 大阪, 名古屋, 埼玉$/);
    expect(lines[1]).toMatch(/^guidance\.csv:\d+:visits: "5" is out of range for 訪問回数; expected a whole number \(0–3\)$/);
    expect(r.stderr).toMatch(/2 errors: no report written/);
    expect(readFileSync(join(out, 'figures.json'), 'utf8')).toBe(before);
    const v = JSON.parse(readFileSync(validation, 'utf8'));
    const g = v.files.find((f: { file: string }) => f.file === 'guidance.csv');
    expect(v.ok).toBe(false);
    expect(g.rows_read).toBe(g.rows_accepted + g.rows_rejected);
    expect(g.rejected.flatMap((x: { reasons: { column: string }[] }) => x.reasons.map((i) => i.column)).sort()).toEqual(['region', 'visits']);
  });

  test('wrong usage exits 2 with the usage text', () => {
    const r = report('--colour');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: pnpm report/);
    expect(report('extra').status).toBe(2);
  });

  test('--compare shows each key figure\'s change against a previous year', () => {
    const previous = join(tmp, 'previous.json');
    const figures = JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8'));
    writeFileSync(previous, JSON.stringify({ ...figures, 'funnel.attended': 90, 'experts.n': 221 }));
    const r = report('--out', join(tmp, 'compared'), '--compare', previous, '--quiet');
    expect(r.status).toBe(0);
    const html = readFileSync(join(tmp, 'compared/index.html'), 'utf8');
    expect(html).toContain('前年度比 +15社（前年度 90社）');
    expect(html).toContain('前年度比 ±0件（前年度 221件）');
    expect(report('--compare', join(tmp, 'nowhere'), '--out', join(tmp, 'x')).status).toBe(2);
  });
});
