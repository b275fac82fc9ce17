/**
 * A run that fails or is killed while writing never leaves a report that looks complete: the
 * command is run as a child process with a failure injected at each step of the write
 * (`inject-failure.ts`: killed with SIGKILL at the first, a middle and the last file, between the
 * two renames, or a write error), and the report folder is then either the previous report, byte
 * for byte, or absent; the next run of any kind puts the previous report back. A folder that is
 * not a report is never replaced.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root, runCli, withoutProgress } from '../bad-input/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'atomic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const valid = join(root, 'test/fixtures/bad/valid');
const invalid = join(root, 'test/fixtures/bad/unknown-single-option');
const inject = join(root, 'test/output-safety/inject-failure.ts');
const reports = join(tmp, 'reports');
const out = join(reports, 'r');

/** Every file of a folder by relative path, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name)).toString('base64'));
  }
  return files;
}

const leftovers = () => readdirSync(reports).filter((e) => e !== 'r');
const faulty = (fault: string) => runCli(['--data', valid, '--out', out, '--quiet'], { preload: [inject], env: { SMESEC_FAIL: fault } });

describe('a report folder being replaced', () => {
  let previous: Map<string, string>;

  beforeAll(async () => {
    mkdirSync(reports);
    // Killed while writing the very first report: nothing at the report's path.
    const first = await faulty('kill-write:2');
    expect(first.signal).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    const r = await runCli(['--data', valid, '--out', out, '--quiet']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(leftovers()).toEqual([]);
    previous = snapshot(out);
  }, 120_000);

  test('the previous report has every file', () => {
    expect(previous.size).toBeGreaterThan(30);
    for (const f of ['index.html', 'figures.json', 'validation.json', 'active-list.csv']) expect(previous.has(f), f).toBe(true);
  });

  const faults: [string, () => string][] = [
    ['killed at its first file', () => 'kill-write:1'],
    ['killed half-way', () => 'kill-write:20'],
    ['killed at its last file', () => `kill-write:${previous.size}`],
    ['killed before the previous report is moved aside', () => 'kill-rename:1'],
  ];
  test.each(faults)('%s: the previous report stays, byte for byte', async (_name, fault) => {
    const r = await faulty(fault());
    expect(r.signal).toBe('SIGKILL');
    expect(snapshot(out)).toEqual(previous);
    // The killed run's temporary folder is hidden, and the next run removes it.
    const recover = await runCli(['--data', invalid, '--out', out, '--quiet']);
    expect(recover.status).toBe(1);
    expect(leftovers()).toEqual([]);
    expect(snapshot(out)).toEqual(previous);
  });

  test('killed between moving the previous report aside and renaming the new one: no report there, and the next run of any kind puts the previous one back', async () => {
    const r = await faulty('kill-rename:2');
    expect(r.signal).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    // The previous report set aside, and the new one, complete but never put in place.
    expect(leftovers().map((e) => e.replace(/\d+$/, 'PID')).sort()).toEqual(['.r.lock', '.r.old-PID', '.r.tmp-PID']);
    const recover = await runCli(['--data', invalid, '--out', out, '--quiet']);
    expect(recover.status).toBe(1);
    expect(leftovers()).toEqual([]);
    expect(snapshot(out)).toEqual(previous);
  });

  test('a write that fails: one line, status 1, the previous report as it was, nothing left behind', async () => {
    const r = await faulty('throw-write:20');
    expect([r.status, withoutProgress(r.stderr)]).toEqual([1, [`レポートフォルダ ${out} に書き込めません: 入出力エラーが起きました (EIO)。以前のレポートはそのままです`]]);
    expect(snapshot(out)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  });

  test('invalid input: the previous report as it was', async () => {
    const r = await runCli(['--data', invalid, '--out', out, '--quiet', '--validation', join(tmp, 'failed.json')]);
    expect(r.status).toBe(1);
    expect(snapshot(out)).toEqual(previous);
    expect(JSON.parse(readFileSync(join(tmp, 'failed.json'), 'utf8')).ok).toBe(false);
  });
});

describe('a folder that is not a report is never replaced', () => {
  test('the data folder itself: refused before any work, every input intact', async () => {
    const data = join(tmp, 'data');
    cpSync(valid, data, { recursive: true });
    const before = snapshot(data);
    const r = await runCli(['--data', data, '--out', data, '--quiet']);
    expect([r.status, withoutProgress(r.stderr)]).toEqual([
      2,
      [`--out ${data} holds files that are not part of a report (attendees.csv, consultations.csv, experts.csv, guidance.csv): refusing to replace it; give a new or report folder`],
    ]);
    expect(snapshot(data)).toEqual(before);
  });

  test('a folder of reports, given for one report', async () => {
    const folder = join(tmp, 'many');
    mkdirSync(join(folder, 'fy2023'), { recursive: true });
    writeFileSync(join(folder, 'fy2023', 'figures.json'), '{}');
    writeFileSync(join(folder, 'notes.txt'), 'メモ');
    const r = await runCli(['--data', valid, '--out', folder, '--quiet']);
    expect([r.status, withoutProgress(r.stderr)]).toEqual([2, [`--out ${folder} holds files that are not part of a report (fy2023, notes.txt): refusing to replace it; give a new or report folder`]]);
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('メモ');
  });

  test('a file, and the root folder', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const r = await runCli(['--data', valid, '--out', file, '--quiet']);
    expect([r.status, withoutProgress(r.stderr)]).toEqual([2, [`--out ${file} is a file, not a folder: refusing to replace it`]]);
    expect(readFileSync(file, 'utf8')).toBe('x');
    const slash = await runCli(['--data', valid, '--out', '/', '--quiet']);
    expect([slash.status, withoutProgress(slash.stderr)]).toEqual([2, ['--out / is the root folder: refusing to replace it']]);
  });

  test('--validation inside --out is wrong usage: a failed run would write into the previous report', async () => {
    const r = await runCli(['--data', valid, '--out', join(tmp, 'x'), '--validation', join(tmp, 'x', 'v.json')]);
    expect(r.status).toBe(2);
    expect(withoutProgress(r.stderr)[0]).toBe(`--validation ${join(tmp, 'x', 'v.json')} is inside --out ${join(tmp, 'x')}, which is replaced as a whole; the report folder has its own validation.json`);
    expect(existsSync(join(tmp, 'x'))).toBe(false);
  });
});
