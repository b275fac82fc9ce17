/**
 * The output protocol under faults, step by step: a writer (`protocol-child.ts`) is killed with
 * SIGKILL or given a file-system error right after each step (a hook in write-atomic.ts, no timer),
 * and the report folder is then the previous report byte for byte or the complete new one, or,
 * between the two renames only, absent with the previous report set aside and marked; the next
 * run of any kind puts it back. Folders the command did not make are never touched. Concurrent
 * writers take turns by a lock; a stale lock is recognised by process id and start time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProtocolStep } from '../../pipelines/annual-report/write-atomic.js';
import { canMount, runWriter, snapshot } from './run-child.js';

const tmp = mkdtempSync(join(tmpdir(), 'faults-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** A parent folder with a previous report `r` written by a complete run, and a user's backup that looks like a leftover. */
async function withPrevious(): Promise<{ parent: string; out: string }> {
  const parent = join(tmp, `p${++n}`);
  const out = join(parent, 'r');
  mkdirSync(join(parent, '.r.old-2023'), { recursive: true });
  writeFileSync(join(parent, '.r.old-2023', 'figures.json'), 'backup');
  const r = await runWriter(out, 'previous');
  expect([r.status, r.stderr]).toEqual([0, '']);
  return { parent, out };
}
const report = (label: string) => snapshot(join(tmp, 'ref', label));
const leftovers = (parent: string) => readdirSync(parent).filter((e) => e !== 'r' && e !== '.r.old-2023').sort();

beforeAll(async () => {
  for (const label of ['previous', 'new']) expect((await runWriter(join(tmp, 'ref', label), label)).status).toBe(0);
  expect([...report('new').keys()].sort()).toEqual(['figures.json', 'index.html', 'tables/a.csv']);
});

describe('the output protocol', () => {
  const steps: ProtocolStep[] = ['locked', 'repaired', 'tmp-marked', 'tmp-written', 'set-aside', 'old-marked', 'tmp-unmarked', 'installed', 'old-removed'];
  const between = new Set<ProtocolStep>(['set-aside', 'old-marked', 'tmp-unmarked']);
  test.each(steps)('killed after step %s: the previous or the new report, and the next run repairs', async (step) => {
    const { parent, out } = await withPrevious();
    const r = await runWriter(out, 'new', { FAULT_STEP: `kill:${step}` });
    expect(r.signal).toBe('SIGKILL');
    if (between.has(step)) expect(existsSync(out)).toBe(false);
    else expect([report('previous'), report('new')]).toContainEqual(snapshot(out));
    // The next run of any kind (here one that stops right after repairing) puts things right.
    const next = await runWriter(out, 'other', { FAULT_STEP: 'kill:repaired' });
    expect(next.signal).toBe('SIGKILL');
    const after = snapshot(out);
    expect(after).toEqual(['installed', 'old-removed'].includes(step) ? report('new') : report('previous'));
    expect(leftovers(parent)).toEqual(['.r.lock']);
    expect(readFileSync(join(parent, '.r.old-2023', 'figures.json'), 'utf8')).toBe('backup');
    // And a complete run then replaces it, leaving nothing behind.
    const last = await runWriter(out, 'new');
    expect([last.status, last.stderr]).toEqual([0, '']);
    expect(snapshot(out)).toEqual(report('new'));
    expect(leftovers(parent)).toEqual([]);
  });

  const failing: ProtocolStep[] = ['tmp-marked', 'tmp-written', 'set-aside', 'old-marked', 'tmp-unmarked'];
  test.each(failing)('an EIO after step %s: the previous report restored, one message, nothing left', async (step) => {
    const { parent, out } = await withPrevious();
    const r = await runWriter(out, 'new', { FAULT_STEP: `throw:${step}:EIO` });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${step === 'tmp-marked' || step === 'tmp-written' ? 'レポートフォルダ ' + out + ' に書き込めません' : 'レポートフォルダ ' + out + ' を置き換えられません'}: 入出力エラーが起きました (EIO)。以前のレポートはそのままです\n`);
    expect(snapshot(out)).toEqual(report('previous'));
    expect(leftovers(parent)).toEqual([]);
  });

  test('the previous report cannot be removed (EACCES): the new one is in place, a warning says so, and the next run removes it', async () => {
    const { parent, out } = await withPrevious();
    const r = await runWriter(out, 'new', { FAULT_STEP: 'throw:installed:EACCES' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^警告: 新しいレポートを ${out} に書きました。以前のレポート ${parent}/\\.r\\.old-\\d+ を削除できませんでした: 書き込む権限がありません \\(EACCES\\)`));
    expect(snapshot(out)).toEqual(report('new'));
    const next = await runWriter(out, 'new');
    expect([next.status, next.stderr]).toEqual([0, '']);
    expect(leftovers(parent)).toEqual([]);
  });

  test('a folder named like a leftover but without the marker is never touched, even with the report missing', async () => {
    const parent = join(tmp, 'user');
    mkdirSync(join(parent, '.r.old-12345'), { recursive: true });
    writeFileSync(join(parent, '.r.old-12345', 'index.html'), 'mine');
    mkdirSync(join(parent, '.r.tmp-1'));
    writeFileSync(join(parent, '.r.tmp-1', 'notes.txt'), 'mine too');
    const r = await runWriter(join(parent, 'r'), 'new');
    expect(r.status).toBe(0);
    expect(readFileSync(join(parent, '.r.old-12345', 'index.html'), 'utf8')).toBe('mine');
    expect(readFileSync(join(parent, '.r.tmp-1', 'notes.txt'), 'utf8')).toBe('mine too');
  });
});

describe('concurrent writers', () => {
  test('a second writer while the first holds the lock: exit 3, a message naming the holder, the first one unaffected', async () => {
    const { out } = await withPrevious();
    const first = runWriter(out, 'new', { HOLD_MS: '4000' });
    // The lock is taken before the hold: wait for it to exist.
    while (!existsSync(join(out, '..', '.r.lock'))) await new Promise((r) => setTimeout(r, 50));
    const second = await runWriter(out, 'other');
    expect(second.status).toBe(3);
    expect(second.stderr).toMatch(new RegExp(`^別の実行（プロセス \\d+）が ${out} にレポートを書いています。終わってから実行し直してください\n$`));
    expect((await first).status).toBe(0);
    expect(snapshot(out)).toEqual(report('new'));
  });

  test('three at once: each either writes or is turned away with 3, and the folder is one complete report', async () => {
    const { parent, out } = await withPrevious();
    const runs = await Promise.all(['new', 'new', 'new'].map((l) => runWriter(out, l)));
    for (const r of runs) expect([0, 3]).toContain(r.status);
    expect(runs.some((r) => r.status === 0)).toBe(true);
    expect(snapshot(out)).toEqual(report('new'));
    expect(leftovers(parent)).toEqual([]);
  });

  test('a stale lock (its process gone, or its pid reused by another process) is taken over; a live one is not', async () => {
    const { parent, out } = await withPrevious();
    const lock = join(parent, '.r.lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const lockOf = (pid: number | string, s: string) => JSON.stringify({ writer: 'smesec annual report writer', role: 'lock', pid: Number(pid), start: s });
    writeFileSync(lock, lockOf(dead, '1'));
    expect((await runWriter(out, 'new')).status).toBe(0);
    writeFileSync(lock, lockOf(process.pid, `${start}9`));
    expect((await runWriter(out, 'new')).status).toBe(0);
    writeFileSync(lock, lockOf(process.pid, start!));
    const held = await runWriter(out, 'new');
    expect(held.status).toBe(3);
    expect(held.stderr).toContain(`プロセス ${process.pid}`);
    rmSync(lock);
  });
});

describe('read-only and full targets', () => {
  const mnt = join(tmp, 'mnt');
  mkdirSync(mnt);
  const mountable = canMount(mnt);
  afterAll(() => {
    if (mountable) spawnSync('umount', [mnt]);
  });

  test.runIf(mountable)('a read-only mount: one Japanese message naming the folder and EROFS, the report unchanged', async () => {
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mnt]).status).toBe(0);
    const out = join(mnt, 'r');
    expect((await runWriter(out, 'previous')).status).toBe(0);
    expect(spawnSync('mount', ['-o', 'remount,ro', mnt]).status).toBe(0);
    // No lock can be taken on a read-only folder: the run stops before any work.
    const r = await runWriter(out, 'new');
    expect([r.status, r.stderr]).toEqual([1, `レポートフォルダ ${out} に書き込めません: 読み取り専用のファイルシステムです (EROFS)。何も書き込んでいません\n`]);
    expect(snapshot(out)).toEqual(report('previous'));
    spawnSync('umount', [mnt]);
  });

  test.runIf(mountable)('a full 2 MB tmpfs: ENOSPC named, the previous report unchanged, nothing left', async () => {
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mnt]).status).toBe(0);
    const out = join(mnt, 'r');
    expect((await runWriter(out, 'x', { PAD: '1200000' })).status).toBe(0);
    const before = snapshot(out);
    const r = await runWriter(out, 'y', { PAD: '1200000' });
    expect([r.status, r.stderr]).toEqual([1, `レポートフォルダ ${out} に書き込めません: ディスクの空き容量が足りません (ENOSPC)。以前のレポートはそのままです\n`]);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(mnt)).toEqual(['r']);
    spawnSync('umount', [mnt]);
  });

  test.runIf(!mountable)('fallback without mount: EROFS and ENOSPC injected at the first write give the same messages', async () => {
    for (const [code, cause] of [['EROFS', '読み取り専用のファイルシステムです'], ['ENOSPC', 'ディスクの空き容量が足りません']]) {
      const { out } = await withPrevious();
      const r = await runWriter(out, 'new', { FAULT_STEP: `throw:tmp-marked:${code}` });
      expect([r.status, r.stderr]).toEqual([1, `レポートフォルダ ${out} に書き込めません: ${cause} (${code})。以前のレポートはそのままです\n`]);
      expect(snapshot(out)).toEqual(report('previous'));
    }
  });
});
