/**
 * Inputs that are not what they claim: special files in the data folder (a FIFO, a symlink to
 * /dev/zero, a folder, a symlink to /etc/passwd), a file over the size limit, a missing data or
 * activity folder, and a `--validation` path that would write over an input or into the report
 * (directly or through a symlink). Each is refused at once, naming the file and what it is.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { root, runCli, withoutProgress } from '../bad-input/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'faults-inputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const valid = join(root, 'test/fixtures/bad/valid');

function dataWith(name: string, make: (path: string) => void): string {
  const dir = mkdtempSync(join(tmp, 'data-'));
  cpSync(valid, dir, { recursive: true });
  rmSync(join(dir, name));
  make(join(dir, name));
  return dir;
}

describe('special files in the data folder', () => {
  test('a FIFO, a symlink to /dev/zero and a folder are refused at once, each named with what it is; a symlink to /etc/passwd is read as the text it is', async () => {
    const data = mkdtempSync(join(tmp, 'data-'));
    cpSync(valid, data, { recursive: true });
    for (const f of ['experts.csv', 'attendees.csv', 'guidance.csv', 'consultations.csv']) rmSync(join(data, f));
    execFileSync('mkfifo', [join(data, 'experts.csv')]);
    symlinkSync('/dev/zero', join(data, 'attendees.csv'));
    mkdirSync(join(data, 'guidance.csv'));
    symlinkSync('/etc/passwd', join(data, 'consultations.csv'));
    const validation = join(tmp, 'special.json');
    const started = Date.now();
    const r = await runCli(['--data', data, '--out', join(tmp, 'out'), '--quiet', '--validation', validation]);
    expect(r.status).toBe(1);
    const lines = withoutProgress(r.stderr);
    expect(lines.slice(0, 3)).toEqual([
      'experts.csv: this is a FIFO (named pipe), not a regular file: refused; expected a CSV file',
      'attendees.csv: a symlink to /dev/zero, which is a character device, not a regular file: refused; expected a CSV file',
      'guidance.csv: this is a folder, not a regular file: refused; expected a CSV file',
    ]);
    expect(lines.at(-1)).toMatch(/^エラー \d+件: レポートは作成していません/);
    // Refused, not waited on: a blocked FIFO or an endless device would never return.
    expect(Date.now() - started).toBeLessThan(120_000);
    const files = JSON.parse(readFileSync(validation, 'utf8')).files as { file: string; file_errors: { code: string }[]; warnings: { value: string }[] }[];
    expect(files.map((f) => [f.file, f.file_errors[0]?.code])).toEqual([
      ['experts.csv', 'not_a_file'],
      ['attendees.csv', 'not_a_file'],
      ['consultations.csv', 'missing_column'],
      ['guidance.csv', 'not_a_file'],
    ]);
    expect(existsSync(join(tmp, 'out'))).toBe(false);
  }, 180_000);

  test('the first line of a file that is not CSV appears in warnings only as a short escaped excerpt', async () => {
    const line = `#!\u0007binary${'x'.repeat(5000)}`;
    const data = dataWith('guidance.csv', (p) => writeFileSync(p, `${line}\nmore\n`));
    const validation = join(tmp, 'excerpt.json');
    const r = await runCli(['--data', data, '--out', join(tmp, 'out'), '--quiet', '--validation', validation]);
    expect(r.status).toBe(1);
    const guidance = (JSON.parse(readFileSync(validation, 'utf8')).files as { file: string; warnings: { code: string; value: string }[] }[]).find((f) => f.file === 'guidance.csv')!;
    const unknown = guidance.warnings.filter((w) => w.code === 'unknown_column');
    expect(unknown.map((w) => w.value)).toEqual([`#!\\u0007binary${'x'.repeat(71)}…`]);
    expect(readFileSync(validation, 'utf8')).not.toContain('x'.repeat(100));
  }, 180_000);

  test('a file over the size limit is refused before it is read; --max-file-size raises the limit', async () => {
    const r = await runCli(['--data', valid, '--out', join(tmp, 'small'), '--quiet', '--max-file-size', '0.001']);
    expect(r.status).toBe(1);
    expect(withoutProgress(r.stderr)[0]).toMatch(/^experts\.csv: \d+ kB is larger than the limit of 1 kB per input file; raise it with --max-file-size if the file is right$/);
    const bad = await runCli(['--data', valid, '--max-file-size', 'lots']);
    expect([bad.status, withoutProgress(bad.stderr)[0]]).toEqual([2, '--max-file-size lots: expected a number of megabytes above 0']);
  }, 180_000);
});

describe('folders and paths given on the command line', () => {
  test('a missing --data or --activity folder is wrong usage (exit 2) naming the folder', async () => {
    const data = await runCli(['--data', join(tmp, 'nowhere'), '--out', join(tmp, 'o')]);
    expect([data.status, withoutProgress(data.stderr)[0]]).toEqual([2, `--data ${join(tmp, 'nowhere')}: no such folder`]);
    const activity = await runCli(['--data', valid, '--activity', join(tmp, 'gone'), '--out', join(tmp, 'o')]);
    expect([activity.status, withoutProgress(activity.stderr)[0]]).toEqual([2, `--activity ${join(tmp, 'gone')}: no such folder`]);
    expect(existsSync(join(tmp, 'o'))).toBe(false);
  });

  test('--validation over an input, inside the data folder, or into the report through a symlink: exit 2, nothing written', async () => {
    const data = mkdtempSync(join(tmp, 'data-'));
    cpSync(valid, data, { recursive: true });
    const experts = readFileSync(join(data, 'experts.csv'));
    const over = await runCli(['--data', data, '--out', join(tmp, 'o'), '--validation', join(data, 'experts.csv')]);
    expect([over.status, withoutProgress(over.stderr)[0]]).toEqual([2, `--validation ${join(data, 'experts.csv')} would write over the input --data ${data}; give a file outside the inputs`]);
    expect(readFileSync(join(data, 'experts.csv'))).toEqual(experts);
    // A symlink to the report folder is the report folder.
    const out = join(tmp, 'report');
    mkdirSync(out);
    writeFileSync(join(out, 'validation.json'), 'previous');
    symlinkSync(out, join(tmp, 'link'));
    const linked = await runCli(['--data', data, '--out', out, '--validation', join(tmp, 'link', 'validation.json')]);
    expect(linked.status).toBe(2);
    expect(withoutProgress(linked.stderr)[0]).toBe(`--validation ${join(tmp, 'link', 'validation.json')} is inside --out ${out}, which is replaced as a whole; the report folder has its own validation.json`);
    expect(readFileSync(join(out, 'validation.json'), 'utf8')).toBe('previous');
    // A symlink to an input, given as the validation file.
    symlinkSync(join(data, 'guidance.csv'), join(tmp, 'innocent.json'));
    const sneaky = await runCli(['--data', data, '--out', join(tmp, 'o'), '--validation', join(tmp, 'innocent.json')]);
    expect(sneaky.status).toBe(2);
  });
});

describe('a --compare folder left set aside by a killed run', () => {
  test('is put back before it is read', async () => {
    const parent = mkdtempSync(join(tmp, 'compare-'));
    const dead = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString();
    const aside = join(parent, `.fy2023.old-${dead}`);
    mkdirSync(aside);
    writeFileSync(join(aside, 'figures.json'), JSON.stringify({ 'experts.n': 3 }));
    writeFileSync(join(aside, '.smesec-report-writer.json'), JSON.stringify({ writer: 'smesec annual report writer', role: 'previous', pid: Number(dead), start: '1' }));
    const r = await runCli(['--data', valid, '--out', join(tmp, 'compared'), '--compare', join(parent, 'fy2023'), '--quiet']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readFileSync(join(parent, 'fy2023', 'figures.json'), 'utf8')).toBe('{"experts.n":3}');
    expect(existsSync(aside)).toBe(false);
  }, 180_000);
});
