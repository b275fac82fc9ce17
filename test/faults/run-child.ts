import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { root, type CliRun } from '../bad-input/run-cli.js';

let writer: string | undefined;

/**
 * `protocol-child.ts` bundled to JavaScript once per test file: each of the many fault cases then
 * starts plain node (tens of milliseconds) instead of a TypeScript loader (seconds on a busy machine).
 */
function compiledWriter(): string {
  if (!writer) {
    writer = join(mkdtempSync(join(tmpdir(), 'protocol-child-')), 'protocol-child.mjs');
    buildSync({ entryPoints: [join(root, 'test/faults/protocol-child.ts')], outfile: writer, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
  }
  return writer;
}

/** Run the protocol writer (`protocol-child.ts`) as a child process. */
export function runWriter(out: string, label: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiledWriter(), out, label], { cwd: root, env: { ...process.env, ...env } });
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
