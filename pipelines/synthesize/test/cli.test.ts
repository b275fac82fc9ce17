import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromCsv, instrumentOf, readInstruments } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { afterAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(root, 'pipelines', 'synthesize', 'cli.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, encoding: 'utf8' });
const FILES = ['experts', 'attendees', 'consultations', 'guidance'] as const;

describe('pnpm synth', () => {
  const dir = mkdtempSync(join(tmpdir(), 'synth-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('--scale with --encoding shift_jis: N expert rows in CP932, no BOM, the other files calibrated and consistent', () => {
    const out = join(dir, 'sjis');
    const r = run('--scale', '500', '--encoding', 'shift_jis', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/experts\.csv: 500 rows/);
    expect(r.stdout).toMatch(/peak RSS \d+ MiB/);
    const inputs = new Map(FILES.map((f) => [f, { bytes: readFileSync(join(out, `${f}.csv`)), file: `${f}.csv` }]));
    const results = readInstruments(inputs, { codebooks: fy2024, mode: 'strict' });
    for (const f of FILES) expect(results.get(f)!.encoding).toBe('shift_jis');
    const experts = results.get('experts')!.table;
    expect(experts.numRows()).toBe(500);
    const ids = Array.from(experts.array('respondent_id') as ArrayLike<string>);
    expect(new Set(ids).size).toBe(500);
    expect(ids.at(-1)).toBe('E0000500');
    expect(results.get('guidance')!.table.numRows()).toBe(35);
    // The first 221 rows are the calibrated specialists, so the data's other files still point at them.
    const utf8 = fromCsv(readFileSync(join(root, 'data', 'fy2024', 'experts.csv')), { codebook: instrumentOf(fy2024, 'experts') }).table;
    expect(experts.slice(0, 221).objects()).toEqual(utf8.objects());
  });

  test('--scale below 221 writes only experts.csv; --seed changes the rows', () => {
    const out = join(dir, 'small');
    const r = run('--scale', '50', '--seed', 'another', '--out', out, '--quiet');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(existsSync(join(out, 'attendees.csv'))).toBe(false);
    const text = readFileSync(join(out, 'experts.csv'));
    const kept = readFileSync(join(root, 'data', 'fy2024', 'experts.csv'));
    expect(fromCsv(text, { codebook: instrumentOf(fy2024, 'experts') }).table.numRows()).toBe(50);
    expect(text.subarray(0, 2000).equals(kept.subarray(0, 2000))).toBe(false);
  });

  test('wrong usage exits 2 with the usage', () => {
    for (const args of [['--scale', 'many'], ['--encoding', 'latin1'], ['--bogus']]) {
      const r = run(...args, '--out', join(dir, 'never'));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/usage: pnpm synth/);
    }
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
