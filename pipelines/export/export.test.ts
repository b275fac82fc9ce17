import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadActivity } from '@smesec/activity/node';
import { loadDataset } from '@smesec/interop/node';
import { computeFigures } from '@smesec/report';
import { afterAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'export-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'pipelines/export/cli.ts'), ...args], { cwd: root, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('pnpm export', () => {
  test('writes the folder, figures.csv holding the report figures in figures.json order', async () => {
    const out = join(tmp, 'fy2024');
    const { code, stdout } = await run(['--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('experts.parquet');
    const dataset = loadDataset(join(root, 'data/fy2024'));
    const figures = computeFigures(dataset.results, { codebooks: dataset.codebooks, activity: loadActivity(join(root, 'data/program-activity')) });
    const lines = readFileSync(join(out, 'figures.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('id,value');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map(([id]) => id)).toEqual(Object.keys(figures).sort());
    expect(rows.map(([id, v]) => [id, v === '' ? null : Number(v)])).toEqual(Object.keys(figures).sort().map((id) => [id, Number.isFinite(figures[id]) ? figures[id] : null]));
    expect(Object.fromEntries(rows)['funnel.attended']).toBe('105');
  });

  test('an invalid cell stops it with status 1 and the cell named; nothing is written', async () => {
    const data = join(tmp, 'bad');
    cpSync(join(root, 'data/fy2024'), data, { recursive: true });
    const file = join(data, 'attendees.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('大阪商工会議所,大阪府', '大阪商工会議所,大阪県');
    writeFileSync(file, lines.join('\n'));
    const out = join(tmp, 'bad-out');
    const { code, stderr } = await run(['--data', data, '--out', out, '--activity', 'none']);
    expect(code).toBe(1);
    expect(stderr).toContain('attendees.csv:2:prefecture');
    expect(existsSync(out)).toBe(false);
  });

  test('wrong usage is status 2 with the usage', async () => {
    const { code, stderr } = await run(['--formats', 'csv']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: pnpm export');
  });
});
