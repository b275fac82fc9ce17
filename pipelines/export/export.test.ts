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
import { parseExportArgs } from './args.js';
import { runExport } from './run-export.js';

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

/**
 * The export as the command runs it, in this process: what it writes is under test here, so only
 * the command's own contract (usage, exit status) is run as a child process, below.
 */
function exportInProcess(args: string[]): string[] {
  return runExport(parseExportArgs(args));
}

describe('pnpm export', () => {
  test('writes the folder, figures.csv holding the report figures in figures.json order', () => {
    const out = join(tmp, 'fy2024');
    expect(exportInProcess(['--out', out])).toContain('experts.parquet');
    const dataset = loadDataset(join(root, 'data/fy2024'));
    const figures = computeFigures(dataset.results, { codebooks: dataset.codebooks, activity: loadActivity(join(root, 'data/program-activity')) });
    const lines = readFileSync(join(out, 'figures.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('id,value');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map(([id]) => id)).toEqual(Object.keys(figures).sort());
    expect(rows.map(([id, v]) => [id, v === '' ? null : Number(v)])).toEqual(Object.keys(figures).sort().map((id) => [id, Number.isFinite(figures[id]) ? figures[id] : null]));
    expect(Object.fromEntries(rows)['funnel.attended']).toBe('105');
  });

  test('an invalid cell stops it with status 1 and the cell named; nothing is written', () => {
    const data = join(tmp, 'bad');
    cpSync(join(root, 'data/fy2024'), data, { recursive: true });
    const file = join(data, 'attendees.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('大阪商工会議所,大阪府', '大阪商工会議所,大阪県');
    writeFileSync(file, lines.join('\n'));
    const out = join(tmp, 'bad-out');
    let error: unknown;
    try {
      exportInProcess(['--data', data, '--out', out, '--activity', 'none']);
    } catch (e) {
      error = e;
    }
    // The command prints the message and exits with the error's status.
    expect(error).toMatchObject({ exitCode: 1 });
    expect((error as Error).message).toContain('attendees.csv:2:prefecture');
    expect(existsSync(out)).toBe(false);
  });

  test('wrong usage is status 2 with the usage', async () => {
    const { code, stderr } = await run(['--formats', 'csv']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: pnpm export');
  });
});
