/**
 * The report command as a process: `pnpm report` is one process to kill (the worker stops when
 * pnpm is killed, before installing anything), SIGTERM and SIGINT end a run at once and leave the
 * previous report byte for byte, and a signal that arrives while the new report is being put in
 * place ends the run only once that report is complete.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root, runCli, withoutProgress } from '../bad-input/run-cli.js';
import { snapshot } from './run-child.js';

const tmp = mkdtempSync(join(tmpdir(), 'faults-process-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const valid = join(root, 'test/fixtures/bad/valid');
const out = join(tmp, 'r');
const lock = join(tmp, '.r.lock');
let previous: Map<string, string>;

beforeAll(async () => {
  const r = await runCli(['--data', valid, '--out', out, '--quiet', '--year', 'previous']);
  expect(r.status).toBe(0);
  previous = snapshot(out);
}, 180_000);

const until = async (ok: () => boolean, what: string) => {
  for (let i = 0; i < 1200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};
const exited = (child: ChildProcess) => new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (status, signal) => r({ status, signal })));
/** Ids of running processes whose command line holds `text`. */
const processesWith = (text: string) =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
const running = (pid: number) => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

describe('signals and parents', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)('%s during a run ends it at once; the previous report stays byte for byte; the next run takes over its lock', async (signal) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'pipelines/annual-report/cli.ts'), '--data', valid, '--out', out, '--quiet', '--year', 'new'], { cwd: root, stdio: 'ignore' });
    const done = exited(child);
    // The lock is taken as the run starts.
    await until(() => existsSync(lock), 'the lock');
    child.kill(signal);
    expect(await done).toEqual({ status: null, signal });
    expect(snapshot(out)).toEqual(previous);
    const next = await runCli(['--data', join(root, 'test/fixtures/bad/unknown-single-option'), '--out', out, '--quiet']);
    expect(next.status).toBe(1);
    expect(existsSync(lock)).toBe(false);
  }, 180_000);

  test('a signal while the new report is put in place: the report is completed, then the run ends with 143', async () => {
    const r = await runCli(['--data', valid, '--out', out, '--quiet', '--year', 'signalled'], { preload: [join(root, 'test/faults/inject-step.ts')], env: { FAULT_STEP: 'signal:set-aside:SIGTERM' } });
    expect([r.status, withoutProgress(r.stderr)]).toEqual([143, ['SIGTERM を受けて中断しました（レポートの置き換えは完了しています）']]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('signalled');
    expect(snapshot(out).size).toBe(previous.size);
    expect(readdirSync(tmp).sort()).toEqual(['r']);
  }, 180_000);

  test('kill -9 of pnpm: its worker stops before installing anything', async () => {
    const killed = join(tmp, 'k');
    cpSync(out, killed, { recursive: true });
    const before = snapshot(killed);
    const pnpm = spawn('pnpm', ['report', '--data', valid, '--out', killed, '--quiet', '--year', 'orphan'], { cwd: root, stdio: 'ignore' });
    await until(() => existsSync(join(tmp, '.k.lock')), 'the worker to start');
    const [worker] = processesWith(`--out\0${killed}\0`).filter((p) => p !== pnpm.pid && /scripts\/report\.mjs|cli\.(ts|js)/.test(readFileSync(`/proc/${p}/cmdline`, 'utf8')));
    expect(worker).toBeDefined();
    pnpm.kill('SIGKILL');
    await until(() => !running(worker!), 'the worker to stop');
    expect(snapshot(killed)).toEqual(before);
    expect(readdirSync(tmp).filter((e) => e.startsWith('.k.') && e !== '.k.lock')).toEqual([]);
  }, 180_000);
});
