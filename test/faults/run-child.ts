import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, type CliRun } from '../bad-input/run-cli.js';

/** Run the protocol writer (`protocol-child.ts`) as a child process. */
export function runWriter(out: string, label: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/faults/protocol-child.ts'), out, label], { cwd: root, env: { ...process.env, ...env } });
    const err: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout: '', stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Every file of a folder by relative path, with its bytes (hidden files included). */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name)).toString('base64'));
  }
  return files;
}

/** Whether this machine lets the tests mount a tmpfs (root in a privileged enough container). */
export function canMount(dir: string): boolean {
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
  if (r.status !== 0) return false;
  spawnSync('umount', [dir]);
  return true;
}
